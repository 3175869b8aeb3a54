#include "planeditor.h"

#include "common/bestandskeuze.h"

#include "codedelegate.h"
#include "common/kolombreedte.h"
#include "core/clock.h"
#include "core/kwaliteitscheck.h"
#include "core/planconcept.h"
#include "core/suggesties.h"
#include "document/dossierdocument.h"
#include "doelform.h"
#include "planadvies.h"
#include "plantablemodel.h"
#include "reporting/partnerplan.h"
#include "reporting/planhtml.h"
#include "reporting/planpdf.h"
#include "reporting/plantext.h"
#include "ui_planeditor.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>

namespace dw {

PlanEditor::PlanEditor(DossierDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PlanEditor>())
    , m_doc(document)
    , m_doelen(new PlanTableModel(document, PlanTableModel::Lijst::Doelen, this))
    , m_interventies(new PlanTableModel(document, PlanTableModel::Lijst::Interventies, this))
    , m_afspraken(new PlanTableModel(document, PlanTableModel::Lijst::Afspraken, this))
{
    m_ui->setupUi(this);
    m_ui->mainLayout->setStretchFactor(m_ui->splitter, 1); // the two bars above keep their own height
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    // The dossier's undo stack handles Ctrl+Z; the text fields' own undo would bypass it.
    for (QPlainTextEdit* edit : {m_ui->hulpvraagEdit, m_ui->draaglastEdit, m_ui->draagkrachtEdit}) {
        edit->setUndoRedoEnabled(false);
        edit->installEventFilter(this);
    }
    connectText(m_ui->hulpvraagEdit, &Plan::hulpvraag, tr("hulpvraag wijzigen"));
    connectText(m_ui->draaglastEdit, &Plan::draaglastBepaald, tr("bepaalde draaglast wijzigen"));
    connectText(m_ui->draagkrachtEdit, &Plan::draagkrachtBepaald, tr("bepaalde draagkracht wijzigen"));
    setupTable(m_ui->doelenView, m_doelen);
    setupTable(m_ui->interventiesView, m_interventies);
    setupTable(m_ui->afsprakenView, m_afspraken);
    setupDoelen();
    connect(m_ui->doelenAddButton, &QPushButton::clicked, this, [this] { addRow(m_ui->doelenView, m_doelen); });
    connect(m_ui->interventiesAddButton, &QPushButton::clicked, this, [this] {
        addRow(m_ui->interventiesView, m_interventies);
    });
    connect(
        m_ui->afsprakenAddButton, &QPushButton::clicked, this, [this] { addRow(m_ui->afsprakenView, m_afspraken); });
    connect(m_ui->doelenRemoveButton, &QPushButton::clicked, this, [this] {
        m_doelen->removeRow(m_ui->doelenView->currentIndex().row());
    });
    connect(m_ui->interventiesRemoveButton, &QPushButton::clicked, this, [this] {
        m_interventies->removeRow(m_ui->interventiesView->currentIndex().row());
    });
    connect(m_ui->afsprakenRemoveButton, &QPushButton::clicked, this, [this] {
        m_afspraken->removeRow(m_ui->afsprakenView->currentIndex().row());
    });

    for (Instemming i : {Instemming::Onbekend, Instemming::Eens, Instemming::Deels, Instemming::Oneens}) {
        static const QString labels[] = {tr("nog niet vastgelegd"), tr("eens"), tr("deels eens"), tr("oneens")};
        m_ui->instemmingCombo->addItem(labels[static_cast<int>(i)], static_cast<int>(i));
    }
    connect(m_ui->instemmingCombo, &QComboBox::activated, this, [this] {
        Plan p = m_doc->concept();
        p.inwonerEens = static_cast<Instemming>(m_ui->instemmingCombo->currentData().toInt());
        m_doc->editConcept(p, tr("instemming wijzigen"));
    });
    connect(m_ui->toelichtingEdit, &QLineEdit::editingFinished, this, [this] {
        Plan p = m_doc->concept();
        p.visieToelichting = m_ui->toelichtingEdit->text().trimmed();
        m_doc->editConcept(p, tr("toelichting wijzigen"), QStringLiteral("toelichting"));
    });
    connect(m_ui->verschilCheck, &QCheckBox::toggled, this, [this](bool on) {
        Plan p = m_doc->concept();
        p.verschilBesproken = on;
        m_doc->editConcept(p, tr("verschil besproken wijzigen"));
    });
    connect(m_ui->overnemenButton, &QPushButton::clicked, this, [this] {
        const Dossier& d = m_doc->dossier();
        if (d.meetmomenten.isEmpty()) {
            Q_EMIT statusMessage(tr("Er is nog geen meetmoment om de vraagverheldering uit over te nemen."));
            return;
        }
        const VraagVerheldering v = vraagverheldering(m_doc->instrument(), d.meetmomenten.constLast());
        Plan p = m_doc->concept();
        p.draaglastBepaald = v.draaglast;
        p.draagkrachtBepaald = v.draagkracht;
        m_doc->editConcept(p, tr("vraagverheldering overnemen"));
    });
    connect(m_ui->suggestieBrowser, &QTextBrowser::anchorClicked, this, &PlanEditor::suggestieGekozen);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &PlanEditor::saveVersie);
    connect(m_ui->discardButton, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this,
                tr("Concept herstellen"),
                tr("De wijzigingen in het concept vervallen en het plan begint weer bij de laatste versie. "
                   "Doorgaan?"))
            == QMessageBox::Yes)
            m_doc->discardConcept();
    });
    connect(m_ui->pdfButton, &QPushButton::clicked, this, &PlanEditor::exportPdf);
    connect(m_ui->intrekButton, &QPushButton::clicked, this, &PlanEditor::withdrawVersie);
    connect(m_ui->printButton, &QPushButton::clicked, this, &PlanEditor::print);
    connect(m_ui->partnerButton, &QPushButton::clicked, this, &PlanEditor::exportPartnerPdf);
    connect(m_ui->versieCombo, &QComboBox::currentIndexChanged, this, &PlanEditor::showVersie);
    connect(m_doc, &DossierDocument::conceptChanged, this, &PlanEditor::conceptChanged);
    connect(m_doc, &DossierDocument::changed, this, &PlanEditor::dossierChanged);
    dossierChanged();
}

PlanEditor::~PlanEditor() = default;

bool PlanEditor::eventFilter(QObject* watched, QEvent* event)
{
    // A text field claims Ctrl+Z / Ctrl+Shift+Z for its own (disabled) undo; leave them to the window's actions.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PlanEditor::connectText(QPlainTextEdit* edit, QString Plan::*field, const QString& actie)
{
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, field, actie] {
        Plan p = m_doc->concept();
        p.*field = edit->toPlainText();
        m_doc->editConcept(p, actie, actie); // typing in one field is one undo step
    });
}

void PlanEditor::setupTable(QTableView* view, PlanTableModel* model)
{
    view->setModel(model);
    view->setItemDelegate(new CodeDelegate(view));
    view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    view->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    view->setWordWrap(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // From the header and the rows, each column 7 to 22 M wide; a longer text is whole in its tooltip.
    kolommenNaarInhoud(view, 22, 50, 7);
    connect(model, &PlanTableModel::invalidInput, this, &PlanEditor::statusMessage);
}

void PlanEditor::setupDoelen()
{
    // The list shows a doel's number, its words, termijn and uitkomst; the form below it all of the chosen doel.
    using K = PlanTableModel::DoelKolom;
    for (int c : {K::DWat, K::DHoe, K::DMetWie, K::DLevensgebied, K::DComponent, K::DUitkomstDatum})
        m_ui->doelenView->setColumnHidden(c, true);
    QHeaderView* header = m_ui->doelenView->horizontalHeader();
    header->setSectionResizeMode(K::DOmschrijving, QHeaderView::Stretch);
    kolommenNaarInhoud(m_ui->doelenView, 22, 50, 7);
    header->setStretchLastSection(false); // the doel takes the room, not the uitkomst
    m_ui->doelenView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_doelForm = new DoelForm;
    m_doelForm->setObjectName(QStringLiteral("doelForm"));
    m_doelForm->setModel(m_doelen);
    m_ui->doelenLayout->insertWidget(m_ui->doelenLayout->indexOf(m_ui->doelenView) + 1, m_doelForm);
    connect(m_ui->doelenView->selectionModel(),
        &QItemSelectionModel::currentRowChanged,
        this,
        [this](const QModelIndex& i) { m_doelForm->setRow(i.row()); });
    // A reset (a doel added, removed or undone) leaves the list without a current row: the form keeps its doel.
    connect(m_doelen, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_doelForm->row() >= 0 ? m_doelForm->row() : m_doelen->rowCount() - 1;
        if (row >= 0)
            m_ui->doelenView->setCurrentIndex(m_doelen->index(row, K::DOmschrijving));
    });
    if (m_doelen->rowCount() > 0)
        m_ui->doelenView->setCurrentIndex(m_doelen->index(0, K::DOmschrijving));
    // Tab: the list, the fields of its doel, then the buttons.
    QWidget* vorige = m_ui->doelenView;
    for (QWidget* veld : m_doelForm->fields()) {
        setTabOrder(vorige, veld);
        vorige = veld;
    }
    setTabOrder(vorige, m_ui->doelenAddButton);
}

void PlanEditor::addRow(QTableView* view, PlanTableModel* model)
{
    model->addRow();
    const int row = model->rowCount() - 1;
    // Doelen and afspraken start with their description; an interventie with its type, just chosen, then the text.
    const int column = model == m_interventies ? 1 : 0;
    view->setFocus();
    view->setCurrentIndex(model->index(row, column));
    view->edit(model->index(row, column));
}

void PlanEditor::dossierChanged()
{
    const Dossier& d = m_doc->dossier();
    const int keepVersie = m_ui->versieCombo->currentData().toInt();
    {
        const QSignalBlocker block(m_ui->versieCombo);
        m_ui->versieCombo->clear();
        m_ui->versieCombo->addItem(QString(), 0);
        for (int i = d.plannen.size() - 1; i >= 0; --i) {
            const Plan& p = d.plannen.at(i);
            m_ui->versieCombo->addItem(p.ingetrokken()
                    ? tr("Versie %1 — %2 (ingetrokken)").arg(p.versie).arg(PlanTableModel::formatDate(p.datum))
                    : tr("Versie %1 — %2").arg(p.versie).arg(PlanTableModel::formatDate(p.datum)),
                p.versie);
        }
        const int found = m_ui->versieCombo->findData(keepVersie);
        m_ui->versieCombo->setCurrentIndex(found >= 0 ? found : 0);
    }
    conceptChanged();
    showVersie();
}

void PlanEditor::conceptChanged()
{
    const Plan& p = m_doc->concept();
    const std::pair<QPlainTextEdit*, const QString*> texts[] = {{m_ui->hulpvraagEdit, &p.hulpvraag},
        {m_ui->draaglastEdit, &p.draaglastBepaald},
        {m_ui->draagkrachtEdit, &p.draagkrachtBepaald}};
    for (const auto& [edit, value] : texts) {
        if (edit->toPlainText() == *value)
            continue;
        const QSignalBlocker block(edit);
        edit->setPlainText(*value);
        edit->moveCursor(QTextCursor::End);
    }
    {
        const QSignalBlocker b1(m_ui->instemmingCombo), b2(m_ui->toelichtingEdit), b3(m_ui->verschilCheck);
        m_ui->instemmingCombo->setCurrentIndex(m_ui->instemmingCombo->findData(static_cast<int>(p.inwonerEens)));
        if (m_ui->toelichtingEdit->text().trimmed() != p.visieToelichting)
            m_ui->toelichtingEdit->setText(p.visieToelichting);
        m_ui->verschilCheck->setChecked(p.verschilBesproken);
    }
    const Dossier& d = m_doc->dossier();
    const Meetmoment* laatste = d.meetmomenten.isEmpty() ? nullptr : &d.meetmomenten.constLast();
    const QVector<Bevinding> bevindingen = kwaliteitscheck(m_doc->instrument(), p, laatste);
    m_ui->checkLabel->setText(bevindingen.isEmpty() ? tr("<b>Kwaliteitscheck</b>")
                                                    : tr("<b>Kwaliteitscheck</b> (%1)").arg(bevindingen.size()));
    m_ui->checkBrowser->setHtml(bevindingenHtml(bevindingen));
    m_ui->suggestieBrowser->setHtml(
        suggestiesHtml(suggesties(m_doc->instrument(), laatste, p), m_doc->socialeKaart(), d.inwoner.gemeente));
    m_ui->versieCombo->setItemText(0, tr("Concept (wordt versie %1)").arg(p.versie));
    m_ui->statusLabel->setText(m_doc->conceptGewijzigd() ? tr("<i>gewijzigd, nog niet vastgelegd</i>")
            : d.plannen.isEmpty()                        ? tr("<i>nog geen plan vastgelegd</i>")
                                                         : tr("<i>gelijk aan versie %1</i>").arg(p.versie - 1));
}

void PlanEditor::showVersie()
{
    const int versie = m_ui->versieCombo->currentData().toInt();
    const bool concept = versie == 0;
    m_ui->saveButton->setEnabled(concept && !m_readOnly);
    m_ui->discardButton->setEnabled(concept && !m_readOnly);
    m_ui->adviesPanel->setVisible(concept);
    m_ui->intrekButton->setEnabled(false);
    if (concept) {
        m_ui->stack->setCurrentWidget(m_ui->editorPage);
        return;
    }
    for (const Plan& p : m_doc->dossier().plannen) {
        if (p.versie != versie)
            continue;
        m_ui->versieBrowser->setHtml(planHtml(p, m_doc->instrument()));
        m_ui->intrekButton->setEnabled(!p.ingetrokken() && !m_readOnly);
    }
    m_ui->stack->setCurrentWidget(m_ui->versieBrowser);
}

void PlanEditor::suggestieGekozen(const QUrl& link)
{
    const QString path = link.path();
    Plan p = m_doc->concept();
    Interventie iv;
    iv.doel = p.doelen.size() == 1 ? 1 : 0;
    if (path.startsWith(QLatin1String("type/"))) {
        iv.type = path.mid(5);
    } else if (path.startsWith(QLatin1String("voorziening/"))) {
        const int index = path.mid(12).toInt();
        if (index < 0 || index >= m_doc->socialeKaart().size())
            return;
        const Voorziening& v = m_doc->socialeKaart().at(index);
        iv.type = v.type;
        iv.partner = v.naam;
        iv.omschrijving = v.contact.isEmpty() ? tr("Via %1").arg(v.naam) : tr("Via %1 (%2)").arg(v.naam, v.contact);
    }
    if (!m_doc->instrument().interventieType(iv.type))
        return;
    p.interventies.append(iv);
    m_doc->editConcept(p, tr("interventie toevoegen"));
    const int row = m_interventies->rowCount() - 1;
    m_ui->interventiesView->setFocus();
    m_ui->interventiesView->setCurrentIndex(m_interventies->index(row, 1));
    if (iv.omschrijving.isEmpty())
        m_ui->interventiesView->edit(m_interventies->index(row, 1));
    Q_EMIT statusMessage(tr("Interventie toegevoegd; koppel haar aan een doel."));
}

QString PlanEditor::commitPendingEdits()
{
    // A table cell still open in its editor (a shortcut such as Ctrl+S leaves the focus in it): commit it as
    // leaving the cell would, through QAbstractItemView's own slots.
    m_doelForm->commitPending();
    QWidget* focus = window()->focusWidget();
    for (QTableView* view : {m_ui->doelenView, m_ui->interventiesView, m_ui->afsprakenView}) {
        if (!focus || focus == view->viewport() || !view->viewport()->isAncestorOf(focus))
            continue;
        QWidget* editor = focus;
        while (editor->parentWidget() != view->viewport())
            editor = editor->parentWidget();
        QMetaObject::invokeMethod(view, "commitData", Q_ARG(QWidget*, editor));
        QMetaObject::invokeMethod(view,
            "closeEditor",
            Q_ARG(QWidget*, editor),
            Q_ARG(QAbstractItemDelegate::EndEditHint, QAbstractItemDelegate::NoHint));
    }
    // The toelichting is taken when the field is left; a save with the cursor still in it takes it now.
    const QString toelichting = m_ui->toelichtingEdit->text().trimmed();
    if (toelichting != m_doc->concept().visieToelichting) {
        Plan p = m_doc->concept();
        p.visieToelichting = toelichting;
        m_doc->editConcept(p, tr("toelichting wijzigen"), QStringLiteral("toelichting"));
    }
    for (PlanTableModel* model : {m_doelen, m_interventies, m_afspraken}) {
        const QString refused = model->refusedCell();
        if (!refused.isEmpty())
            return refused;
    }
    return {};
}

bool PlanEditor::takeWhatIsOnScreen()
{
    const QString refused = commitPendingEdits();
    if (refused.isEmpty())
        return true;
    QMessageBox::warning(this,
        tr("Nog niet alles is opgenomen"),
        tr("%1\n\nVerbeter die waarde eerst; het plan is niet vastgelegd of afgedrukt.").arg(refused));
    return false;
}

void PlanEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_ui->editorPage->setEnabled(!readOnly);
    showVersie();
}

void PlanEditor::withdrawVersie()
{
    const int versie = m_ui->versieCombo->currentData().toInt();
    if (versie == 0)
        return;
    bool ok = false;
    const QString reden = QInputDialog::getText(this,
        tr("Versie %1 intrekken").arg(versie),
        tr("Versie %1 wordt ingetrokken: ze blijft bewaard en leesbaar, gemarkeerd als ingetrokken. Dit kan niet "
           "ongedaan worden gemaakt en wordt in het auditlog vastgelegd.\n\nReden:")
            .arg(versie),
        QLineEdit::Normal,
        QString(),
        &ok);
    if (!ok)
        return;
    const Status s = m_doc->withdrawRevision(versie, reden.trimmed());
    if (!s.ok()) {
        QMessageBox::warning(this, tr("Versie niet ingetrokken"), s.errorMessage());
        return;
    }
    Q_EMIT statusMessage(tr("Versie %1 van het plan is ingetrokken.").arg(versie));
}

void PlanEditor::saveVersie()
{
    if (m_readOnly || !takeWhatIsOnScreen())
        return;
    if (!m_doc->conceptGewijzigd() && !m_doc->dossier().plannen.isEmpty()) {
        Q_EMIT statusMessage(tr("Het plan is niet gewijzigd sinds de laatste versie."));
        return;
    }
    const int versie = m_doc->concept().versie;
    const Status s = m_doc->saveConcept();
    if (!s.ok()) {
        QMessageBox::warning(this, tr("Plan niet vastgelegd"), s.errorMessage());
        return;
    }
    Q_EMIT statusMessage(tr("Plan van aanpak vastgelegd als versie %1.").arg(versie));
}

const Plan* PlanEditor::planVoorAfdruk()
{
    if (!m_readOnly && !takeWhatIsOnScreen())
        return nullptr;
    const int versie = m_ui->versieCombo->currentData().toInt();
    if (m_readOnly && m_doc->dossier().plannen.isEmpty()) {
        Q_EMIT statusMessage(tr("Er is nog geen vastgelegde versie om af te drukken."));
        return nullptr;
    }
    if (versie == 0 && !m_readOnly && (m_doc->conceptGewijzigd() || m_doc->dossier().plannen.isEmpty())) {
        const auto answer = QMessageBox::question(this,
            tr("Concept vastleggen"),
            tr("Een afgedrukt plan hoort bij een vastgelegde versie. Het concept nu vastleggen als versie %1?")
                .arg(m_doc->concept().versie));
        if (answer != QMessageBox::Yes)
            return nullptr;
        const Status s = m_doc->saveConcept();
        if (!s.ok()) {
            QMessageBox::warning(this, tr("Plan niet vastgelegd"), s.errorMessage());
            return nullptr;
        }
    }
    const QVector<Plan>& plannen = m_doc->dossier().plannen;
    for (const Plan& p : plannen) {
        if (p.versie == versie)
            return &p;
    }
    return plannen.isEmpty() ? nullptr : &plannen.constLast();
}

void PlanEditor::exportPdf()
{
    const Plan* plan = planVoorAfdruk();
    if (!plan)
        return;
    const Plan chosen = *plan;
    const Dossier& d = m_doc->dossier();
    const QString path = bestandskeuze::opslaanAls(this,
        tr("Plan van aanpak als PDF"),
        tr("plan-van-aanpak-%1-versie-%2.pdf").arg(d.inwoner.ref).arg(chosen.versie),
        tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status s = writePlanPdf(d, chosen, m_doc->instrument(), path, m_doc->clock().today());
    if (!s.ok()) {
        QMessageBox::warning(this, tr("PDF niet gemaakt"), s.errorMessage());
        return;
    }
    (void)m_doc->noteRead(QStringLiteral("plan afgedrukt"), false);
    Q_EMIT statusMessage(tr("Plan van aanpak opgeslagen als %1.").arg(QDir::toNativeSeparators(path)));
}

void PlanEditor::print()
{
    const Plan* plan = planVoorAfdruk();
    if (!plan)
        return;
    const Plan chosen = *plan;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(18, 18, 18, 22), QPageLayout::Millimeter);
    printer.setDocName(tr("Plan van aanpak %1, versie %2").arg(m_doc->dossier().inwoner.ref).arg(chosen.versie));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Afdrukvoorbeeld — plan van aanpak, versie %1").arg(chosen.versie));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, &chosen](QPrinter* p) {
        const Status s = printPlan(*p, m_doc->dossier(), chosen, m_doc->instrument(), m_doc->clock().today());
        if (!s.ok())
            Q_EMIT statusMessage(s.errorMessage());
    });
    if (preview.exec() == QDialog::Accepted)
        (void)m_doc->noteRead(QStringLiteral("plan afgedrukt"), false);
}

void PlanEditor::exportPartnerPdf()
{
    const Plan* plan = planVoorAfdruk();
    if (!plan)
        return;
    const Plan chosen = *plan;
    const QStringList partners = planPartners(chosen);
    if (partners.isEmpty()) {
        QMessageBox::information(this,
            tr("Partnerversie"),
            tr("Versie %1 van het plan noemt bij geen enkele interventie een partner. Kies bij een interventie in de "
               "kolom Partner een organisatie van de sociale kaart.")
                .arg(chosen.versie));
        return;
    }
    bool ok = false;
    const QString partner = QInputDialog::getItem(this,
        tr("Partnerversie van versie %1").arg(chosen.versie),
        tr("Voor welke partner?\n\nDe PDF bevat de gedeelde visie, de doelen en alleen de eigen interventies en\n"
           "afspraken van die partner: geen scores, geen draaglast en niets over andere partners.\n"
           "Het delen komt in het auditlog, met de naam van de partner."),
        partners,
        0,
        false,
        &ok);
    if (!ok || partner.isEmpty())
        return;
    const Dossier& d = m_doc->dossier();
    QString bestandsnaam = partner.toLower();
    bestandsnaam.replace(QRegularExpression(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption),
        QStringLiteral("-"));
    const QString path = bestandskeuze::opslaanAls(this,
        tr("Partnerversie als PDF"),
        tr("plan-van-aanpak-%1-versie-%2-%3.pdf").arg(d.inwoner.ref).arg(chosen.versie).arg(bestandsnaam),
        tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status s = writePartnerPlanPdf(
        d, chosen, m_doc->instrument(), partner, m_doc->socialeKaart(), path, m_doc->clock().today());
    if (!s.ok()) {
        QMessageBox::warning(this, tr("PDF niet gemaakt"), s.errorMessage());
        return;
    }
    (void)m_doc->noteRead(QStringLiteral("plan gedeeld met partner"), false, QStringLiteral("aan: ") + partner);
    Q_EMIT statusMessage(tr("Partnerversie voor %1 opgeslagen als %2.").arg(partner, QDir::toNativeSeparators(path)));
}

} // namespace dw
