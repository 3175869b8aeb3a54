#include "socialekaartdialog.h"

#include "storage/voorzieningrepository.h"
#include "ui_socialekaartdialog.h"

#include <QMessageBox>
#include <QPushButton>

namespace dw {

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
                .arg(v.naam, type ? type->naam : v.type, v.gemeente.isEmpty() ? tr("regio") : v.gemeente),
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
    for (int i = 0; i < m_ui->lijst->count(); ++i)
        m_ui->lijst->item(i)->setHidden(
            !text.isEmpty() && !m_ui->lijst->item(i)->text().contains(text, Qt::CaseInsensitive));
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

void SocialeKaartDialog::opslaan()
{
    const Voorziening v = fromForm();
    VoorzieningRepository repo(m_db, m_instrument);
    qint64 id = v.id;
    Status s;
    if (v.id == 0) {
        const auto inserted = repo.insert(v);
        s = inserted.ok() ? Status() : Status(inserted.error());
        id = inserted.ok() ? inserted.value() : 0;
    } else {
        s = repo.update(v);
    }
    if (!s.ok()) {
        QMessageBox::warning(this, tr("Niet opgeslagen"), s.errorMessage());
        return;
    }
    m_changed = true;
    load(id);
    m_current = id; // the form now shows the stored entry
    m_ui->verwijderButton->setEnabled(true);
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
    const Status s = VoorzieningRepository(m_db, m_instrument).remove(m_current);
    if (!s.ok()) {
        QMessageBox::warning(this, tr("Niet verwijderd"), s.errorMessage());
        return;
    }
    m_changed = true;
    load();
    nieuw();
}

} // namespace dw
