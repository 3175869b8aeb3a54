#include "dossierwidget.h"

#include "bijlagen/bijlagenwidget.h"
#include "common/fieldmessage.h"
#include "core/clock.h"
#include "document/dossierdocument.h"
#include "herinneringen/herinneringenwidget.h"
#include "inwoner/inwonerdialog.h"
#include "journaal/journaalwidget.h"
#include "meetmomentenmodel.h"
#include "meting/metingdialog.h"
#include "meting/sameninvullendialog.h"
#include "plan/planeditor.h"
#include "trend/draaglasttrendmodel.h"
#include "trend/trendwidget.h"
#include "ui_dossierwidget.h"

#include "core/persoonsgegevens.h"
#include "vergelijkingview.h"

#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace dw {

DossierWidget::DossierWidget(DossierDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DossierWidget>())
    , m_doc(document)
    , m_meetmomenten(new MeetmomentenModel(document->instrument(), this))
    , m_draaglast(new DraaglastTrendModel(document->instrument(), this))
    , m_planEditor(new PlanEditor(document))
{
    m_ui->setupUi(this);
    m_ui->planLayout->addWidget(m_planEditor);
    connect(m_planEditor, &PlanEditor::statusMessage, this, &DossierWidget::statusMessage);
    auto* trends = new TrendWidget(document, this);
    m_ui->tabs->insertTab(m_ui->tabs->indexOf(m_ui->vergelijkingPage) + 1, trends, tr("Trends"));
    // What is coming, under the personal data: the first thing seen on opening the dossier.
    m_herinneringen = new HerinneringenWidget(document, this);
    m_ui->gegevensLayout->insertWidget(m_ui->gegevensLayout->count() - 1, m_herinneringen, 1);
    m_journaal = new JournaalWidget(document, this);
    m_ui->tabs->addTab(m_journaal, tr("Journaal"));
    m_bijlagen = new BijlagenWidget(document, this);
    m_ui->tabs->addTab(m_bijlagen, tr("Bijlagen"));
    // The tabs have no Alt letter of their own: Alt+1 … Alt+7 (Beeld) choose them, and their letters are left to
    // the fields on the pages.
    for (int i = 0; i < m_ui->tabs->count(); ++i)
        m_ui->tabs->setTabToolTip(i, tr("%1 (Alt+%2)").arg(m_ui->tabs->tabText(i)).arg(i + 1));
    connect(m_journaal, &JournaalWidget::statusMessage, this, &DossierWidget::statusMessage);
    connect(m_bijlagen, &BijlagenWidget::statusMessage, this, &DossierWidget::statusMessage);
    connect(trends, &TrendWidget::statusMessage, this, &DossierWidget::statusMessage);
    // Looking at the trends or the Vergelijking is a read of its own in the audit log (once while open).
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this, trends](int index) {
        QWidget* page = m_ui->tabs->widget(index);
        if (page == trends)
            (void)m_doc->noteRead(QStringLiteral("trend bekeken"), true);
        else if (page == m_ui->vergelijkingPage)
            (void)m_doc->noteRead(QStringLiteral("vergelijking bekeken"), true);
    });
    m_ui->meetmomentenView->setModel(m_meetmomenten);
    m_ui->meetmomentenView->verticalHeader()->hide();
    m_ui->meetmomentenView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->draaglastView->setModel(m_draaglast);
    m_ui->draaglastView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connectField(m_ui->naamEdit, DossierDocument::Field::Naam);
    connectField(m_ui->geboortedatumEdit, DossierDocument::Field::Geboortedatum);
    connectField(m_ui->gemeenteEdit, DossierDocument::Field::Gemeente);
    connectField(m_ui->contactEdit, DossierDocument::Field::Contact);
    connectField(m_ui->professionalEdit, DossierDocument::Field::Professional);
    const std::pair<QLineEdit*, DossierDocument::Field> persoonsgegevens[]
        = {{m_ui->bsnEdit, DossierDocument::Field::Bsn},
            {m_ui->straatEdit, DossierDocument::Field::Straat},
            {m_ui->huisnummerEdit, DossierDocument::Field::Huisnummer},
            {m_ui->postcodeEdit, DossierDocument::Field::Postcode},
            {m_ui->woonplaatsEdit, DossierDocument::Field::Woonplaats},
            {m_ui->telefoonEdit, DossierDocument::Field::Telefoon},
            {m_ui->emailEdit, DossierDocument::Field::Email}};
    for (const auto& [edit, field] : persoonsgegevens)
        connectField(edit, field);
    connect(m_ui->toonBsnButton, &QPushButton::clicked, this, [this] { toonBsn(!m_bsnGetoond); });
    // Correction mode (AVG art. 16): the document marks each following change until it is switched off.
    connect(m_ui->correctieCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->correctieEdit->setEnabled(on);
        m_doc->setCorrectie(on, m_ui->correctieEdit->text());
        if (on)
            m_ui->correctieEdit->setFocus();
    });
    connect(m_ui->correctieEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_doc->setCorrectie(m_ui->correctieCheck->isChecked(), text);
    });
    connect(m_ui->nieuwButton, &QPushButton::clicked, this, &DossierWidget::newMeetmoment);
    connect(m_ui->samenButton, &QPushButton::clicked, this, &DossierWidget::samenInvullen);
    connect(m_ui->bewerkButton, &QPushButton::clicked, this, &DossierWidget::editMeetmoment);
    connect(m_ui->verwijderButton, &QPushButton::clicked, this, &DossierWidget::removeMeetmoment);
    connect(m_ui->meetmomentenView, &QAbstractItemView::activated, this, &DossierWidget::editMeetmoment);
    connect(m_ui->vergelijkingCombo, &QComboBox::currentIndexChanged, this, &DossierWidget::showVergelijking);
    connect(m_doc, &DossierDocument::changed, this, &DossierWidget::refresh);
    connect(m_doc, &DossierDocument::errorOccurred, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("Niet opgeslagen"), message);
    });
    refresh();
}

DossierWidget::~DossierWidget() = default;

void DossierWidget::connectField(QLineEdit* edit, DossierDocument::Field field)
{
    FieldMessage* message = FieldMessage::attach(m_ui->gegevensForm, edit);
    m_fieldMessages.append({field, message});
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, f = field, message] {
        if (f == DossierDocument::Field::Bsn && !m_bsnGetoond)
            return; // the mask is no value
        // The same rules as the new-inwoner dialog and the import; a refused value stays in the field with the
        // reason under it, and what is stored is said, never silently put back.
        QString value;
        const QString problem = InwonerDialog::fieldProblem(f, edit->text(), m_doc->clock().today(), &value);
        if (!problem.isEmpty()) {
            message->showProblem(tr("%1 Opgeslagen blijft: %2.")
                                     .arg(FieldMessage::sentence(problem), shownValue(f, m_doc->dossier().inwoner)));
            return;
        }
        message->clearProblem();
        if (value != DossierDocument::fieldValue(m_doc->dossier().inwoner, f))
            m_doc->editField(f, value);
    });
}

void DossierWidget::toonBsn(bool toon)
{
    // Issue 18: the BSN is masked (*****6782) until asked for; asking is a read of its own in the audit log, once
    // while the dossier is open. Only the real number can be edited.
    const Inwoner& i = m_doc->dossier().inwoner;
    if (toon && !(m_bsnGetoond && m_bsnVan == i.id))
        (void)m_doc->noteRead(QStringLiteral("bsn getoond"), true);
    m_bsnGetoond = toon;
    m_bsnVan = i.id;
    auto* edit = m_ui->bsnEdit;
    const auto bsn = std::find_if(m_fieldMessages.cbegin(), m_fieldMessages.cend(), [](const auto& m) {
        return m.first == DossierDocument::Field::Bsn;
    });
    if (bsn != m_fieldMessages.cend() && !bsn->second->hasProblem()) {
        const QSignalBlocker block(edit);
        edit->setText(toon ? i.bsn : persoonsgegevens::gemaskeerdeBsn(i.bsn));
        edit->setModified(false);
    }
    edit->setReadOnly(!toon || m_readOnly);
    m_ui->toonBsnButton->setText(toon ? tr("Verbergen") : tr("Tonen"));
    m_ui->toonBsnButton->setEnabled(!i.bsn.isEmpty() || !m_readOnly);
}

void DossierWidget::setReadOnly(bool readOnly, const QString& reason)
{
    for (const auto& [field, message] : std::as_const(m_fieldMessages))
        static_cast<QLineEdit*>(message->field())->setReadOnly(readOnly);
    m_ui->bsnEdit->setReadOnly(readOnly || !m_bsnGetoond);
    for (QPushButton* button : {m_ui->nieuwButton, m_ui->samenButton, m_ui->bewerkButton, m_ui->verwijderButton})
        button->setEnabled(!readOnly);
    m_ui->correctieCheck->setEnabled(!readOnly);
    m_ui->gegevensHint->setText(readOnly
            ? (reason.isEmpty() ? tr("Alleen lezen: er kan nu niets worden gewijzigd.") : reason)
            : tr("Wijzigingen worden opgeslagen zodra u het veld verlaat (Tab of Enter); "
                 "Ctrl+Z maakt ze ongedaan."));
    m_readOnly = readOnly;
    m_planEditor->setReadOnly(readOnly);
    m_journaal->setReadOnly(readOnly);
    m_bijlagen->setReadOnly(readOnly);
    m_herinneringen->setReadOnly(readOnly);
}

QString DossierWidget::commitPendingEdits()
{
    const QString gegevens = commitGegevens();
    return gegevens.isEmpty() ? m_planEditor->commitPendingEdits() : gegevens;
}

QString DossierWidget::shownValue(DossierDocument::Field field, const Inwoner& inwoner)
{
    if (field == DossierDocument::Field::Geboortedatum)
        return inwoner.geboortedatum.toString(QStringLiteral("dd-MM-yyyy"));
    const QString value = DossierDocument::fieldValue(inwoner, field);
    return value.isEmpty() ? tr("(leeg)") : value;
}

QString DossierWidget::commitGegevens()
{
    // A field still being typed in is saved (or refused with its reason) before anything else happens.
    for (const auto& [field, message] : std::as_const(m_fieldMessages)) {
        auto* edit = static_cast<QLineEdit*>(message->field());
        if (edit->hasFocus() || edit->isModified()) {
            edit->setModified(false);
            Q_EMIT edit->editingFinished();
        }
    }
    for (const auto& [field, message] : std::as_const(m_fieldMessages)) {
        if (message->hasProblem())
            return tr("Gegevens, %1: %2").arg(DossierDocument::fieldName(field), message->text());
    }
    return {};
}

void DossierWidget::refresh()
{
    const Dossier& d = m_doc->dossier();
    const Inwoner& i = d.inwoner;
    // A closed dossier says so under its title, with the date and reason (issue 15); wrapped, so that a long
    // reason never widens the window.
    const QString status = i.status.afgesloten()
        ? tr("<p style=\"color:#8a5a00\">Dossier %1.</p>").arg(i.status.beschrijving().toHtmlEscaped())
        : QString();
    m_ui->titleLabel->setWordWrap(true);
    m_ui->titleLabel->setText(
        tr("<h2>%1 <small>(%2, %3)</small></h2>%4")
            .arg(i.naam.toHtmlEscaped(), i.ref.toHtmlEscaped(), i.gemeente.toHtmlEscaped(), status));
    m_ui->refValue->setText(i.ref);
    for (const auto& [field, message] : std::as_const(m_fieldMessages)) {
        // A refused value stays on screen until it is corrected.
        if (message->hasProblem())
            continue;
        auto* edit = static_cast<QLineEdit*>(message->field());
        const QSignalBlocker block(edit);
        edit->setText(field == DossierDocument::Field::Geboortedatum
                ? i.geboortedatum.toString(QStringLiteral("dd-MM-yyyy"))
                : DossierDocument::fieldValue(i, field));
        edit->setModified(false);
    }
    toonBsn(m_bsnGetoond && m_bsnVan == i.id);

    const qint64 selected = selectedMeetmoment();
    m_meetmomenten->setDossier(d);
    m_draaglast->setTrend(Trend::build(m_doc->instrument(), d));
    for (int r = 0; r < m_meetmomenten->rowCount(); ++r) {
        if (m_meetmomenten->index(r, 0).data(MeetmomentenModel::MeetmomentIdRole).toLongLong() == selected)
            m_ui->meetmomentenView->selectRow(r);
    }
    const int keep = m_ui->vergelijkingCombo->currentIndex();
    {
        const QSignalBlocker block(m_ui->vergelijkingCombo);
        m_ui->vergelijkingCombo->clear();
        for (const Meetmoment& m : d.meetmomenten)
            m_ui->vergelijkingCombo->addItem(
                tr("%1 — %2").arg(m.volgnummer).arg(QLocale().toString(m.datum, QLocale::ShortFormat)), m.id);
        m_ui->vergelijkingCombo->setCurrentIndex(
            keep >= 0 && keep < d.meetmomenten.size() ? keep : d.meetmomenten.size() - 1);
    }
    showVergelijking();
}

void DossierWidget::showVergelijking()
{
    const qint64 id = m_ui->vergelijkingCombo->currentData().toLongLong();
    const Meetmoment* m = m_doc->meetmoment(id);
    m_ui->vergelijkingBrowser->setHtml(m ? vergelijkingHtml(m_doc->instrument(), *m)
                                         : tr("<p>Nog geen meetmomenten. Kies <b>Nieuw meetmoment</b> (Ctrl+M) voor de "
                                              "nulmeting.</p>"));
}

qint64 DossierWidget::selectedMeetmoment() const
{
    const QModelIndex index = m_ui->meetmomentenView->currentIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(MeetmomentenModel::MeetmomentIdRole).toLongLong() : 0;
}

void DossierWidget::showTab(int index)
{
    m_ui->tabs->setCurrentIndex(index);
}

void DossierWidget::newMeetmoment()
{
    if (m_readOnly)
        return;
    MetingDialog dialog(m_doc->instrument(), this);
    dialog.setWindowTitle(m_doc->dossier().meetmomenten.isEmpty()
            ? tr("Nulmeting — %1").arg(m_doc->dossier().inwoner.naam)
            : tr("Vervolgmeting — %1").arg(m_doc->dossier().inwoner.naam));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_doc->addMeetmoment(dialog.meetmoment());
    m_ui->tabs->setCurrentWidget(m_ui->meetmomentenPage);
    Q_EMIT statusMessage(tr("Meetmoment opgeslagen."));
}

void DossierWidget::samenInvullen()
{
    if (m_readOnly)
        return;
    // Today's meetmoment when it has no questionnaire of the inwoner yet; otherwise a new one, dated today.
    const QDate vandaag = m_doc->clock().today();
    const Meetmoment* vanVandaag = nullptr;
    for (const Meetmoment& mm : m_doc->dossier().meetmomenten) {
        if (mm.datum == vandaag && !mm.inwoner)
            vanVandaag = &mm;
    }
    const qint64 meetmomentId = vanVandaag ? vanVandaag->id : 0;
    SamenInvullenDialog dialog(
        m_doc->instrument(),
        m_doc->clock(),
        [this](const QString& wachtwoord) { return m_doc->bevestigProfessional(wachtwoord); },
        window());
    if (dialog.exec() != QDialog::Accepted || dialog.leeg()) {
        Q_EMIT statusMessage(tr("Samen invullen gestopt; er is niets ingevuld of bewaard."));
        return;
    }
    const Meting meting = dialog.meting();
    if (meetmomentId && m_doc->meetmoment(meetmomentId)) {
        m_doc->saveMeting(meetmomentId, meting);
    } else {
        Meetmoment nieuw;
        nieuw.datum = vandaag;
        nieuw.inwoner = meting;
        m_doc->addMeetmoment(nieuw);
    }
    m_ui->tabs->setCurrentWidget(m_ui->meetmomentenPage);
    Q_EMIT statusMessage(tr("De vragenlijst van de inwoner is bewaard (zelf ingevuld, %1 min). Bespreek de "
                            "antwoorden samen; het tabblad Vergelijking zet ze naast de uwe.")
                             .arg(meting.invulduurMinuten()));
}

void DossierWidget::editMeetmoment()
{
    if (m_readOnly)
        return;
    const Meetmoment* m = m_doc->meetmoment(selectedMeetmoment());
    if (!m) {
        Q_EMIT statusMessage(tr("Kies eerst een meetmoment in de lijst."));
        return;
    }
    MetingDialog dialog(m_doc->instrument(), this);
    dialog.setMeetmoment(*m);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Meetmoment edited = dialog.meetmoment();
    const qint64 id = m->id;
    for (Perspectief p : allePerspectieven) {
        if (edited.meting(p) && edited.meting(p) != m_doc->meetmoment(id)->meting(p))
            m_doc->saveMeting(id, *edited.meting(p));
    }
    Q_EMIT statusMessage(tr("Meetmoment bijgewerkt."));
}

void DossierWidget::removeMeetmoment()
{
    const Meetmoment* m = m_doc->meetmoment(selectedMeetmoment());
    if (!m)
        return;
    const auto answer = QMessageBox::question(this,
        tr("Meetmoment verwijderen"),
        tr("Meetmoment %1 van %2 verwijderen? U kunt dit ongedaan maken met Ctrl+Z.")
            .arg(m->volgnummer)
            .arg(QLocale().toString(m->datum, QLocale::ShortFormat)));
    if (answer == QMessageBox::Yes)
        m_doc->removeMeetmoment(m->id);
}

void DossierWidget::setVervolgNaMaanden(int maanden)
{
    m_herinneringen->setVervolgNaMaanden(maanden);
}

} // namespace dw
