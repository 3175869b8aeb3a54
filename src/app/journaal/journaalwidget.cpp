#include "journaalwidget.h"

#include "core/clock.h"
#include "core/instrument.h"
#include "document/dossierdocument.h"
#include "journaalmodel.h"
#include "ui_journaalwidget.h"
#include "weergave/weergave.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMessageBox>

namespace dw {

JournaalWidget::JournaalWidget(DossierDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::JournaalWidget>())
    , m_doc(document)
    , m_model(new JournaalModel(document, this))
{
    m_ui->setupUi(this);
    m_ui->lijstView->setModel(m_model);
    m_ui->lijstView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->lijstView->header()->setStretchLastSection(true);
    m_ui->splitter->setStretchFactor(0, 1);

    const Instrument& ins = document->instrument();
    m_ui->soortFilter->addItem(tr("Alle soorten contact"));
    m_ui->aardFilter->addItems({tr("Feiten en aannames"), tr("Alleen feiten"), tr("Alleen aannames")});
    m_ui->levensgebiedFilter->addItem(tr("Alle levensgebieden"));
    m_ui->levensgebiedCombo->addItem(tr("— geen —"), QString());
    for (ContactSoort s : alleContactSoorten) {
        m_ui->soortFilter->addItem(contactSoortNaam(s), static_cast<int>(s));
        m_ui->soortCombo->addItem(contactSoortNaam(s), static_cast<int>(s));
    }
    for (const LevensgebiedDefinitie& lg : ins.levensgebieden()) {
        m_ui->levensgebiedFilter->addItem(lg.naam, lg.code);
        m_ui->levensgebiedCombo->addItem(lg.naam, lg.code);
    }
    m_ui->tekstEdit->installEventFilter(this);

    connect(m_ui->zoekEdit, &QLineEdit::textChanged, this, &JournaalWidget::filterChanged);
    for (QComboBox* filter : {m_ui->soortFilter, m_ui->aardFilter, m_ui->levensgebiedFilter})
        connect(filter, &QComboBox::currentIndexChanged, this, &JournaalWidget::filterChanged);
    connect(m_ui->lijstView->selectionModel(),
        &QItemSelectionModel::currentRowChanged,
        this,
        [this](const QModelIndex& current) {
            if (const JournaalRegel* r = m_model->regel(current.row()))
                toon(*r);
        });
    connect(m_ui->nieuwButton, &QPushButton::clicked, this, &JournaalWidget::nieuweNotitie);
    connect(m_ui->opslaanButton, &QPushButton::clicked, this, &JournaalWidget::opslaan);
    connect(m_ui->verwijderButton, &QPushButton::clicked, this, &JournaalWidget::verwijderen);
    connect(m_doc, &DossierDocument::changed, this, &JournaalWidget::dossierChanged);
    dossierChanged();
    nieuweNotitie();
}

JournaalWidget::~JournaalWidget() = default;

void JournaalWidget::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_ui->editorBox->setEnabled(!readOnly);
    m_ui->editorBox->setTitle(readOnly ? tr("Notitie (alleen lezen)") : tr("Notitie"));
}

bool JournaalWidget::eventFilter(QObject* watched, QEvent* event)
{
    // Ctrl+Enter in the text stores the entry; Enter alone starts a new line.
    if (watched == m_ui->tekstEdit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ControlModifier)) {
            opslaan();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void JournaalWidget::filterChanged()
{
    journaal::Filter f;
    if (m_ui->soortFilter->currentIndex() > 0)
        f.soort = static_cast<ContactSoort>(m_ui->soortFilter->currentData().toInt());
    if (m_ui->aardFilter->currentIndex() > 0)
        f.aard = m_ui->aardFilter->currentIndex() == 1 ? Aard::Feit : Aard::Aanname;
    f.levensgebied = m_ui->levensgebiedFilter->currentData().toString();
    f.zoektekst = m_ui->zoekEdit->text();
    m_model->setFilter(f);
    dossierChanged();
}

void JournaalWidget::dossierChanged()
{
    vulKeuzes();
    const int shown = m_model->rowCount();
    const int total = m_model->totaal();
    if (total == 0)
        m_ui->aantalLabel->setText(tr("Nog geen notities"));
    else if (m_model->filter().leeg())
        m_ui->aantalLabel->setText(tr("%n notitie(s)", nullptr, total));
    else if (shown == 0)
        m_ui->aantalLabel->setText(tr("Geen notitie past bij dit filter (van %1); maak het filter ruimer.").arg(total));
    else
        m_ui->aantalLabel->setText(tr("%1 van %2 notities").arg(shown).arg(total));
    // Keep the entry in the form chosen in the list (its row moved, or it came back by undo with a new id).
    const int row = m_model->rowOf(m_gekozen);
    if (row >= 0) {
        const QSignalBlocker block(m_ui->lijstView->selectionModel());
        m_ui->lijstView->setCurrentIndex(m_model->index(row, 0));
    } else if (m_gekozen != 0 && !m_doc->journaalRegel(m_gekozen)) {
        nieuweNotitie(); // removed, here or at another desk
    }
    m_ui->verwijderButton->setEnabled(!m_readOnly && m_gekozen != 0);
}

void JournaalWidget::vulKeuzes()
{
    const Dossier& d = m_doc->dossier();
    const int doel = m_ui->doelCombo->currentData().toInt();
    const int meetmoment = m_ui->meetmomentCombo->currentData().toInt();
    m_ui->doelCombo->clear();
    m_ui->doelCombo->addItem(tr("— geen —"), 0);
    if (!d.plannen.isEmpty()) {
        const QVector<Doel>& doelen = d.plannen.constLast().doelen;
        for (int i = 0; i < doelen.size(); ++i)
            m_ui->doelCombo->addItem(tr("%1. %2").arg(i + 1).arg(doelen.at(i).omschrijving.left(60)), i + 1);
    }
    m_ui->meetmomentCombo->clear();
    m_ui->meetmomentCombo->addItem(tr("— geen —"), 0);
    for (const Meetmoment& mm : d.meetmomenten)
        m_ui->meetmomentCombo->addItem(
            tr("Meetmoment %1 (%2)").arg(mm.volgnummer).arg(mm.datum.toString(QStringLiteral("dd-MM-yyyy"))),
            mm.volgnummer);
    m_ui->doelCombo->setCurrentIndex(std::max(0, m_ui->doelCombo->findData(doel)));
    m_ui->meetmomentCombo->setCurrentIndex(std::max(0, m_ui->meetmomentCombo->findData(meetmoment)));
}

void JournaalWidget::toon(const JournaalRegel& r)
{
    m_gekozen = r.id;
    m_ui->datumEdit->setDate(r.datum);
    m_ui->soortCombo->setCurrentIndex(m_ui->soortCombo->findData(static_cast<int>(r.soort)));
    m_ui->duurSpin->setValue(r.duurMinuten);
    (r.aard == Aard::Feit ? m_ui->feitRadio : m_ui->aannameRadio)->setChecked(true);
    m_ui->levensgebiedCombo->setCurrentIndex(std::max(0, m_ui->levensgebiedCombo->findData(r.levensgebied)));
    m_ui->doelCombo->setCurrentIndex(std::max(0, m_ui->doelCombo->findData(r.doel)));
    m_ui->meetmomentCombo->setCurrentIndex(std::max(0, m_ui->meetmomentCombo->findData(r.meetmoment)));
    m_ui->tekstEdit->setPlainText(r.tekst);
    m_ui->editorBox->setTitle(m_readOnly ? tr("Notitie van %1 (alleen lezen)").arg(m_ui->datumEdit->text())
                                         : tr("Notitie van %1").arg(m_ui->datumEdit->text()));
    m_ui->verwijderButton->setEnabled(!m_readOnly);
    meld({});
}

void JournaalWidget::nieuweNotitie()
{
    m_gekozen = 0;
    m_ui->lijstView->clearSelection();
    m_ui->lijstView->setCurrentIndex({});
    m_ui->datumEdit->setDate(m_doc->clock().today());
    m_ui->datumEdit->setMaximumDate(m_doc->clock().today());
    m_ui->soortCombo->setCurrentIndex(0);
    m_ui->duurSpin->setValue(0);
    m_ui->feitRadio->setChecked(true);
    m_ui->levensgebiedCombo->setCurrentIndex(0);
    m_ui->doelCombo->setCurrentIndex(0);
    m_ui->meetmomentCombo->setCurrentIndex(0);
    m_ui->tekstEdit->clear();
    m_ui->editorBox->setTitle(m_readOnly ? tr("Notitie (alleen lezen)") : tr("Nieuwe notitie"));
    m_ui->verwijderButton->setEnabled(false);
    meld({});
    if (isVisible() && !m_readOnly)
        m_ui->tekstEdit->setFocus();
}

JournaalRegel JournaalWidget::uitFormulier() const
{
    JournaalRegel r;
    r.id = m_gekozen;
    r.datum = m_ui->datumEdit->date();
    r.soort = static_cast<ContactSoort>(m_ui->soortCombo->currentData().toInt());
    r.duurMinuten = m_ui->duurSpin->value();
    r.aard = m_ui->aannameRadio->isChecked() ? Aard::Aanname : Aard::Feit;
    r.levensgebied = m_ui->levensgebiedCombo->currentData().toString();
    r.doel = m_ui->doelCombo->currentData().toInt();
    r.meetmoment = m_ui->meetmomentCombo->currentData().toInt();
    r.tekst = m_ui->tekstEdit->toPlainText().trimmed();
    return r;
}

bool JournaalWidget::opslaan()
{
    if (m_readOnly)
        return false;
    const JournaalRegel r = uitFormulier();
    const QString probleem = m_doc->journaalProbleem(r);
    if (!probleem.isEmpty()) {
        meld(probleem);
        m_ui->tekstEdit->setFocus();
        return false;
    }
    const bool nieuw = m_gekozen == 0;
    if (!(nieuw ? m_doc->addJournaal(r) : m_doc->editJournaal(r)))
        return false;
    if (nieuw) {
        nieuweNotitie(); // ready for the next one
        Q_EMIT statusMessage(tr("Notitie van %1 opgeslagen. Ongedaan maken: Ctrl+Z.")
                                 .arg(r.datum.toString(QStringLiteral("dd-MM-yyyy"))));
    } else {
        Q_EMIT statusMessage(tr("Notitie gewijzigd. Ongedaan maken: Ctrl+Z."));
    }
    return true;
}

void JournaalWidget::verwijderen()
{
    const JournaalRegel* r = m_doc->journaalRegel(m_gekozen);
    if (m_readOnly || !r)
        return;
    const auto antwoord = QMessageBox::question(this,
        tr("Notitie verwijderen"),
        tr("De notitie van %1 verwijderen? Ongedaan maken kan met Ctrl+Z.")
            .arg(r->datum.toString(QStringLiteral("dd-MM-yyyy"))));
    if (antwoord != QMessageBox::Yes)
        return;
    m_doc->removeJournaal(m_gekozen);
    nieuweNotitie();
    Q_EMIT statusMessage(tr("Notitie verwijderd. Ongedaan maken: Ctrl+Z."));
}

void JournaalWidget::meld(const QString& text)
{
    m_ui->meldingLabel->setText(text.isEmpty()
            ? QString()
            : QStringLiteral("<span style='color:%1'>%2</span>").arg(kleuren().afwijking.name(), text.toHtmlEscaped()));
}

} // namespace dw
