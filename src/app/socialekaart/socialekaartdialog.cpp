#include "socialekaartdialog.h"

#include "storage/voorzieningrepository.h"
#include "ui_socialekaartdialog.h"

#include <QCheckBox>

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <optional>

namespace dw {

namespace {

// One change of the kaart as an undo step: `before` is empty for a new voorziening, `after` for a removed one. The
// ids are the dialog's first ones; a voorziening brought back by an undo gets a new row, which the dialog maps.
class KaartCommand : public QUndoCommand
{
public:
    KaartCommand(SocialeKaartDialog* dialog, std::optional<Voorziening> before, std::optional<Voorziening> after)
        : m_dialog(dialog)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        const QString naam = (m_after ? m_after : m_before)->naam;
        setText(!m_before  ? QCoreApplication::translate("dw::Undo", "%1 toevoegen").arg(naam)
                : !m_after ? QCoreApplication::translate("dw::Undo", "%1 verwijderen").arg(naam)
                           : QCoreApplication::translate("dw::Undo", "%1 wijzigen").arg(naam));
    }
    void redo() override
    {
        const auto row = m_dialog->apply(m_before, m_after);
        if (!row) {
            setObsolete(true);
            return;
        }
        if (m_after && m_after->id == 0)
            m_after->id = *row; // its first row; the dialog follows it when an undo brings it back as another
    }
    void undo() override
    {
        if (!m_dialog->apply(m_after, m_before))
            setObsolete(true);
    }

private:
    SocialeKaartDialog* m_dialog;
    std::optional<Voorziening> m_before;
    std::optional<Voorziening> m_after;
};

} // namespace

SocialeKaartDialog::SocialeKaartDialog(Database& db, const Instrument& instrument, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SocialeKaartDialog>())
    , m_db(db)
    , m_instrument(instrument)
{
    m_ui->setupUi(this);
    for (const InterventieTypeDefinitie& t : instrument.interventieTypen())
        m_ui->typeCombo->addItem(t.naam, t.code);
    m_ui->levensgebiedCombo->addItem(tr("alle levensgebieden"), QString());
    for (const LevensgebiedDefinitie& lg : instrument.levensgebieden())
        m_ui->levensgebiedCombo->addItem(lg.naam, lg.code);
    // Every change is an undo step (Ctrl+Z in the list, or the button), as in a dossier.
    m_undoStack = new QUndoStack(this);
    QAction* undo = m_undoStack->createUndoAction(this, tr("&Ongedaan maken"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Opnieuw"));
    redo->setShortcut(QKeySequence::Redo);
    addActions({undo, redo});
    QPushButton* undoButton = m_ui->buttons->addButton(tr("Ongedaan &maken"), QDialogButtonBox::ActionRole);
    undoButton->setObjectName(QStringLiteral("ongedaanButton"));
    undoButton->setEnabled(false);
    connect(undoButton, &QPushButton::clicked, m_undoStack, &QUndoStack::undo);
    connect(m_undoStack, &QUndoStack::canUndoChanged, undoButton, &QPushButton::setEnabled);
    connect(m_undoStack, &QUndoStack::undoTextChanged, undoButton, [undoButton](const QString& text) {
        undoButton->setToolTip(text.isEmpty() ? QString() : tr("Ongedaan maken: %1").arg(text));
    });
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({340, 480});
    connect(m_ui->zoekEdit, &QLineEdit::textChanged, this, &SocialeKaartDialog::filter);
    connect(m_ui->lijst, &QListWidget::currentRowChanged, this, &SocialeKaartDialog::show);
    connect(m_ui->nieuwButton, &QPushButton::clicked, this, &SocialeKaartDialog::nieuw);
    connect(m_ui->opslaanButton, &QPushButton::clicked, this, &SocialeKaartDialog::opslaan);
    connect(m_ui->verwijderButton, &QPushButton::clicked, this, &SocialeKaartDialog::verwijder);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
    if (m_kaart.isEmpty())
        nieuw();
}

SocialeKaartDialog::~SocialeKaartDialog() = default;

void SocialeKaartDialog::load(qint64 select)
{
    auto kaart = VoorzieningRepository(m_db, m_instrument).all();
    if (!kaart.ok()) {
        QMessageBox::warning(this, tr("Sociale kaart"), kaart.errorMessage());
        return;
    }
    m_kaart = std::move(kaart).value();
    const QSignalBlocker block(m_ui->lijst);
    m_ui->lijst->clear();
    for (const Voorziening& v : m_kaart) {
        const InterventieTypeDefinitie* type = m_instrument.interventieType(v.type);
        auto* item = new QListWidgetItem(
            QStringLiteral("%1\n%2 · %3")
                .arg(v.naam, type ? type->naam : v.type, v.gemeente.isEmpty() ? landelijk() : v.gemeente),
            m_ui->lijst);
        item->setData(Qt::UserRole, v.id);
        if (v.id == select)
            m_ui->lijst->setCurrentItem(item);
    }
    filter();
}

void SocialeKaartDialog::filter()
{
    const QString text = m_ui->zoekEdit->text().trimmed();
    const bool alleenGemeente = m_gemeenteCheck && m_gemeenteCheck->isChecked();
    for (int i = 0; i < m_ui->lijst->count(); ++i) {
        const bool past = !alleenGemeente || (i < m_kaart.size() && geldtVoor(m_kaart.at(i), m_gemeente));
        m_ui->lijst->item(i)->setHidden(
            !past || (!text.isEmpty() && !m_ui->lijst->item(i)->text().contains(text, Qt::CaseInsensitive)));
    }
}

void SocialeKaartDialog::setGemeente(const QString& gemeente)
{
    // Opened beside a dossier: what serves this inwoner's gemeente (its own services and the landelijke), unless the
    // whole kaart is asked for.
    m_gemeente = gemeente;
    if (!m_gemeenteCheck) {
        m_gemeenteCheck = new QCheckBox(this);
        m_gemeenteCheck->setObjectName(QStringLiteral("gemeenteCheck"));
        m_ui->lijstLayout->insertWidget(1, m_gemeenteCheck);
        connect(m_gemeenteCheck, &QCheckBox::toggled, this, &SocialeKaartDialog::filter);
    }
    m_gemeenteCheck->setText(tr("Alleen voor %1 en landelijk").arg(gemeente));
    m_gemeenteCheck->setChecked(true);
    filter();
}

void SocialeKaartDialog::show(int row)
{
    if (row < 0 || row >= m_kaart.size())
        return;
    const Voorziening& v = m_kaart.at(row);
    m_current = v.id;
    m_ui->naamEdit->setText(v.naam);
    m_ui->typeCombo->setCurrentIndex(m_ui->typeCombo->findData(v.type));
    m_ui->levensgebiedCombo->setCurrentIndex(qMax(0, m_ui->levensgebiedCombo->findData(v.levensgebied)));
    m_ui->gemeenteEdit->setText(v.gemeente);
    m_ui->contactEdit->setText(v.contact);
    m_ui->verwijderButton->setEnabled(true);
}

void SocialeKaartDialog::nieuw()
{
    m_current = 0;
    m_ui->lijst->clearSelection();
    m_ui->naamEdit->clear();
    m_ui->typeCombo->setCurrentIndex(0);
    m_ui->levensgebiedCombo->setCurrentIndex(0);
    m_ui->gemeenteEdit->clear();
    m_ui->contactEdit->clear();
    m_ui->verwijderButton->setEnabled(false);
    m_ui->naamEdit->setFocus();
}

Voorziening SocialeKaartDialog::fromForm() const
{
    return {m_current,
        m_ui->naamEdit->text().trimmed(),
        m_ui->typeCombo->currentData().toString(),
        m_ui->levensgebiedCombo->currentData().toString(),
        m_ui->gemeenteEdit->text().trimmed(),
        m_ui->contactEdit->text().trimmed()};
}

qint64 SocialeKaartDialog::currentId(qint64 id) const
{
    // Removed and brought back by an undo, perhaps more than once (bounded: a reused row is never a loop).
    for (int hops = 0; hops <= m_rowOf.size() && m_rowOf.contains(id); ++hops)
        id = m_rowOf.value(id);
    return id;
}

std::optional<qint64> SocialeKaartDialog::apply(const std::optional<Voorziening>& from, std::optional<Voorziening> to)
{
    VoorzieningRepository repo(m_db, m_instrument);
    Status s;
    qint64 row = 0;
    if (to && from) {
        to->id = currentId(to->id);
        s = repo.update(*to);
        row = to->id;
    } else if (to) {
        const qint64 earlier = to->id; // 0 for a new one
        to->id = 0;
        const auto inserted = repo.insert(*to);
        s = inserted.ok() ? Status() : Status(inserted.error());
        row = inserted.ok() ? inserted.value() : 0;
        if (inserted.ok() && earlier != 0 && earlier != row) { // SQLite may give the removed row's id again
            m_rowOf.remove(row); // the new row is itself, whatever an older one of that id became
            m_rowOf.insert(earlier, row);
        }
    } else if (from) {
        s = repo.remove(currentId(from->id));
    }
    if (!s.ok()) {
        QMessageBox::warning(this, tr("Niet opgeslagen"), s.errorMessage());
        return std::nullopt;
    }
    m_changed = true;
    load(row);
    // The form shows the entry as now stored (an undo changes it under the user's eyes), or is empty again.
    const Voorziening* now = row == 0 ? nullptr : stored(row);
    if (now)
        show(int(now - m_kaart.constData()));
    else
        nieuw();
    return row;
}

void SocialeKaartDialog::opslaan()
{
    const Voorziening v = fromForm();
    if (v.id == 0) {
        m_undoStack->push(new KaartCommand(this, std::nullopt, v));
        return;
    }
    const Voorziening* before = stored(v.id);
    if (before && !(*before == v))
        m_undoStack->push(new KaartCommand(this, *before, v));
}

const Voorziening* SocialeKaartDialog::stored(qint64 id) const
{
    const auto it = std::find_if(m_kaart.cbegin(), m_kaart.cend(), [id](const Voorziening& k) { return k.id == id; });
    return it == m_kaart.cend() ? nullptr : &*it;
}

void SocialeKaartDialog::verwijder()
{
    if (m_current == 0)
        return;
    const Voorziening v = fromForm();
    if (QMessageBox::question(
            this, tr("Voorziening verwijderen"), tr("'%1' van de sociale kaart verwijderen?").arg(v.naam))
        != QMessageBox::Yes)
        return;
    if (const Voorziening* before = stored(m_current))
        m_undoStack->push(new KaartCommand(this, *before, std::nullopt));
}

} // namespace dw
