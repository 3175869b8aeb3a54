#include "caseloadwidget.h"

#include "core/zoekvraag.h"

#include "caseloadmodel.h"
#include "common/kolombreedte.h"
#include "core/clock.h"
#include "core/instrument.h"
#include "ui_caseloadwidget.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QTimer>

namespace dw {

CaseloadWidget::CaseloadWidget(
    const Connector& connector, const Instrument& instrument, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CaseloadWidget>())
    , m_clock(clock)
{
    m_ui->setupUi(this);
    m_searchSettled.setSingleShot(true);
    m_searchSettled.setInterval(1500);
    connect(&m_searchSettled, &QTimer::timeout, this, [this] {
        if (!m_model->isLoading() && !m_model->filter().zoek.trimmed().isEmpty())
            Q_EMIT searched(m_model->telling());
    });
    m_model = new CaseloadModel(connector, instrument, this);
    m_ui->tableView->setModel(m_model);
    m_ui->tableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->tableView->horizontalHeader()->setSortIndicator(CaseloadModel::Naam, Qt::AscendingOrder);
    m_ui->tableView->verticalHeader()->hide();
    m_ui->tableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // Widths to start with; once the first page is in, from the header and its first rows (never all rows).
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[] = {9, 10, 9, 8, 3, 9, 13, 13};
    for (int c = 0; c < CaseloadModel::ColumnCount; ++c)
        m_ui->tableView->setColumnWidth(c, widths[c] * em);
    m_ui->tableView->installEventFilter(this);
    m_ui->zoekEdit->installEventFilter(this);

    m_ui->gemeenteCombo->addItem(tr("Alle gemeenten"));
    m_ui->professionalCombo->addItem(tr("Iedereen"));
    m_ui->kwadrantCombo->addItem(tr("Alle kwadranten"), 0);
    for (Kwadrant k : bekendeKwadranten)
        m_ui->kwadrantCombo->addItem(instrument.kwadrantNaam(k) + tr(" (inwoner)"), static_cast<int>(k));

    // A short pause after typing: one query per word instead of one per key.
    m_typingTimer = new QTimer(this);
    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(120);
    connect(m_typingTimer, &QTimer::timeout, this, &CaseloadWidget::applyFilter);
    connect(m_ui->zoekEdit, &QLineEdit::textChanged, m_typingTimer, qOverload<>(&QTimer::start));
    connect(m_ui->zoekEdit, &QLineEdit::returnPressed, this, [this] {
        m_ui->tableView->setFocus();
        m_ui->tableView->selectRow(0);
    });
    // Closed dossiers leave the active caseload; "Afgesloten" shows them (issue 15).
    m_ui->statusCombo->addItem(tr("Open dossiers"), static_cast<int>(CaseloadFilter::Status::Open));
    m_ui->statusCombo->addItem(tr("Afgesloten"), static_cast<int>(CaseloadFilter::Status::Afgesloten));
    m_ui->statusCombo->addItem(tr("Alle"), static_cast<int>(CaseloadFilter::Status::Alle));
    // The quadrant's long names do not set the pane's width (a small or scaled screen); its list shows them whole.
    m_ui->kwadrantCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->kwadrantCombo->setMinimumContentsLength(18);
    m_ui->kwadrantCombo->view()->setMinimumWidth(m_ui->kwadrantCombo->view()->sizeHintForColumn(0) + 24);
    for (QComboBox* combo : {m_ui->gemeenteCombo, m_ui->kwadrantCombo, m_ui->professionalCombo, m_ui->statusCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &CaseloadWidget::applyFilter);
    connect(m_ui->vervolgCheck, &QCheckBox::toggled, this, &CaseloadWidget::applyFilter);
    connect(m_ui->eigenCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_eigenProfessional.isEmpty()) {
            Q_EMIT statusMessage(tr("Stel eerst uw naam als professional in (Bewerken → Instellingen)."));
            const QSignalBlocker block(m_ui->eigenCheck);
            m_ui->eigenCheck->setChecked(false);
            return;
        }
        m_ui->professionalCombo->setEnabled(!on);
        applyFilter();
    });
    connect(m_ui->tableView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const QString ref = index.siblingAtColumn(0).data(CaseloadModel::RefRole).toString();
        if (!ref.isEmpty())
            Q_EMIT inwonerActivated(ref);
    });
    const auto sizeOnce = [this] {
        if (m_sized || m_model->rowCount() == 0 || m_model->index(0, CaseloadModel::Ref).data().toString().isEmpty())
            return;
        m_sized = true; // later searches keep the widths, also those the user dragged
        kolommenNaarInhoud(m_ui->tableView, 16, 50);
    };
    connect(m_model, &CaseloadModel::modelReset, this, sizeOnce);
    connect(m_model, &CaseloadModel::dataChanged, this, sizeOnce);
    connect(m_model, &CaseloadModel::loadingChanged, this, &CaseloadWidget::updateCount);
    connect(m_model, &CaseloadModel::tellingChanged, this, &CaseloadWidget::updateCount);
    connect(m_model, &CaseloadModel::choicesReady, this, &CaseloadWidget::fillChoices);
    connect(m_model, &CaseloadModel::failed, this, [this](const QString& message) {
        Q_EMIT statusMessage(tr("Caseload kan niet worden geladen: %1").arg(message));
    });
    setFocusProxy(m_ui->zoekEdit);
    m_geenTreffers = new QLabel(this);
    m_geenTreffers->setObjectName(QStringLiteral("geenTreffersLabel"));
    m_geenTreffers->setTextFormat(Qt::PlainText);
    m_geenTreffers->setWordWrap(true);
    m_geenTreffers->hide();
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->tableView) + 1, m_geenTreffers);
    applyFilter();
    m_model->requestChoices();
}

CaseloadWidget::~CaseloadWidget() = default;

void CaseloadWidget::setFollowUpMonths(int months)
{
    m_followUpMonths = months;
    applyFilter();
}

void CaseloadWidget::setEigenProfessional(const QString& naam)
{
    m_eigenProfessional = naam;
    m_ui->eigenCheck->setToolTip(
        naam.isEmpty() ? tr("Stel uw naam in via Bewerken → Instellingen") : tr("Alleen de inwoners van %1").arg(naam));
    applyFilter();
}

QStringList CaseloadWidget::professionals() const
{
    QStringList out;
    for (int i = 1; i < m_ui->professionalCombo->count(); ++i)
        out << m_ui->professionalCombo->itemText(i);
    return out;
}

void CaseloadWidget::focusSearch()
{
    m_ui->zoekEdit->setFocus();
    m_ui->zoekEdit->selectAll();
}

void CaseloadWidget::reload()
{
    m_model->reload();
    m_model->requestChoices();
}

QStringList CaseloadWidget::gemeenten() const
{
    QStringList out;
    for (int i = 1; i < m_ui->gemeenteCombo->count(); ++i)
        out << m_ui->gemeenteCombo->itemText(i);
    return out;
}

void CaseloadWidget::applyFilter()
{
    CaseloadFilter f = m_model->filter();
    f.zoek = m_ui->zoekEdit->text();
    f.gemeente = m_ui->gemeenteCombo->currentIndex() > 0 ? m_ui->gemeenteCombo->currentText() : QString();
    f.professional = m_ui->eigenCheck->isChecked()    ? m_eigenProfessional
        : m_ui->professionalCombo->currentIndex() > 0 ? m_ui->professionalCombo->currentText()
                                                      : QString();
    f.kwadrantInwoner = static_cast<Kwadrant>(m_ui->kwadrantCombo->currentData().toInt());
    f.alleenVervolgNodig = m_ui->vervolgCheck->isChecked();
    f.status = static_cast<CaseloadFilter::Status>(m_ui->statusCombo->currentData().toInt());
    f.peildatum = m_clock.today();
    f.vervolgNaMaanden = m_followUpMonths;
    m_model->setFilter(f);
}

QString CaseloadWidget::geenTreffersTekst() const
{
    // Issue 18: a search that finds nothing says so, what the text was read as, and what to try.
    const QString zoek = m_model->filter().zoek.trimmed();
    QStringList filters;
    for (QComboBox* combo : {m_ui->gemeenteCombo, m_ui->professionalCombo, m_ui->kwadrantCombo}) {
        if (combo->isEnabled() && combo->currentIndex() > 0)
            filters << combo->currentText();
    }
    if (m_ui->eigenCheck->isChecked())
        filters << m_ui->eigenCheck->text().remove(QLatin1Char('&'));
    if (m_ui->vervolgCheck->isChecked())
        filters << m_ui->vervolgCheck->text().remove(QLatin1Char('&'));
    if (m_ui->statusCombo->currentIndex() != 2)
        filters << m_ui->statusCombo->currentText();
    QString uit;
    if (zoek.isEmpty()) {
        uit = tr("Geen inwoners in deze selectie.");
    } else {
        const Zoekvraag z = leesZoekvraag(zoek);
        switch (z.soort) {
        case Zoekvraag::Soort::Geboortedatum:
            uit = tr("Niemand met geboortedatum %1.").arg(QLocale().toString(z.datum, QLocale::LongFormat));
            break;
        case Zoekvraag::Soort::Geboortejaar:
            uit = tr("Niemand geboren in %1, en geen naam, ref of gemeente met '%1'.").arg(z.jaar);
            break;
        case Zoekvraag::Soort::Postcode:
            uit = tr("Niemand met postcode %1.").arg(z.postcode);
            break;
        case Zoekvraag::Soort::Bsn:
            uit = tr("Niemand met dit BSN.");
            break;
        case Zoekvraag::Soort::Tekst:
            uit = tr("Geen naam, ref of gemeente met '%1'.").arg(zoek);
            break;
        }
        uit += QLatin1Char(' ')
            + tr("Probeer een deel van de naam of de ref, een geboortedatum (02-03-1971) of jaar, een postcode "
                 "(7511 AB) of een heel BSN.");
    }
    if (!filters.isEmpty())
        uit += QLatin1Char(' ')
            + tr("Er wordt ook gefilterd op: %1; zet die op 'alle' om verder te zoeken.")
                  .arg(filters.join(QStringLiteral(", ")));
    return uit;
}

void CaseloadWidget::updateCount()
{
    if (m_model->isLoading()) {
        m_ui->countLabel->setText(tr("Zoeken…"));
        return;
    }
    // Which dossiers are counted is said with the count: the active caseload leaves the closed ones out. A count
    // that stopped at its cap says so; the exact one follows from the loader thread.
    const CaseloadTelling telling = m_model->telling();
    const QString aantal = telling.meer ? tr("meer dan %L1 inwoners").arg(telling.aantal)
        : telling.aantal == 1           ? tr("1 inwoner")
                                        : tr("%L1 inwoners").arg(telling.aantal);
    m_ui->countLabel->setText(aantal + QStringLiteral(" · ") + m_ui->statusCombo->currentText().toLower());
    m_ui->countLabel->setToolTip(telling.meer ? tr("Het precieze aantal wordt nog geteld.") : QString());
    const bool geen = telling.aantal == 0 && !telling.meer;
    m_geenTreffers->setText(geen ? geenTreffersTekst() : QString());
    m_geenTreffers->setVisible(geen);
    // A search is a read of the caseload: said once the typing has settled, with its count (never the text, which
    // can be a name).
    if (!m_model->filter().zoek.trimmed().isEmpty())
        m_searchSettled.start();
}

void CaseloadWidget::fillChoices(const QStringList& gemeenten, const QStringList& professionals)
{
    const auto refill = [](QComboBox* combo, const QStringList& items) {
        const QString current = combo->currentText();
        const QSignalBlocker block(combo);
        while (combo->count() > 1)
            combo->removeItem(1);
        combo->addItems(items);
        const int i = combo->findText(current);
        combo->setCurrentIndex(i > 0 ? i : 0);
    };
    refill(m_ui->gemeenteCombo, gemeenten);
    refill(m_ui->professionalCombo, professionals);
}

QString CaseloadWidget::geselecteerdeRef() const
{
    const QModelIndex index = m_ui->tableView->selectionModel()->currentIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(CaseloadModel::RefRole).toString() : QString();
}

bool CaseloadWidget::eventFilter(QObject* watched, QEvent* event)
{
    // On X11 a line edit takes Ctrl+E for "end of line" (after Emacs), and the search field has the focus when the
    // window opens: leave Ctrl+E to the window's Exporteren. End still moves to the end.
    if (watched == m_ui->zoekEdit && event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_E && key->modifiers() == Qt::ControlModifier) {
            event->ignore();
            return true;
        }
    }
    // Enter in the list opens the dossier (QAbstractItemView::activated does so only on some platforms).
    if (watched == m_ui->tableView && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            const QModelIndex index = m_ui->tableView->currentIndex();
            const QString ref = index.siblingAtColumn(0).data(CaseloadModel::RefRole).toString();
            if (!ref.isEmpty())
                Q_EMIT inwonerActivated(ref);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace dw
