#include "bestandpagina.h"

#include "ui_bestandpagina.h"

#include "common/bestandskeuze.h"
#include "importstaat.h"
#include "reporting/safefile.h"
#include "storage/spreadsheetopslag.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

// Q_INIT_RESOURCE cannot be used inside a namespace; the app is a static library, so its resources are pulled in.
static void initSpreadsheetResources()
{
    Q_INIT_RESOURCE(spreadsheet);
}

namespace dw {

BestandPagina::BestandPagina(ImportStaat& staat, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::BestandPagina>())
    , m_staat(staat)
{
    m_ui->setupUi(this);
    m_ui->profielCombo->addItem(tr("Nieuwe indeling"), QString());
    m_ui->profielCombo->addItem(tr("sjabloon (het sjabloon van Draagwijzer)"), SpreadsheetProfiel::sjabloonNaam());
    const auto namen = spreadsheetopslag::profielNamen(m_staat.db);
    if (namen.ok()) {
        for (const QString& naam : *namen)
            m_ui->profielCombo->addItem(naam, naam);
    } else {
        m_ui->melding->setText(tr("De bewaarde profielen zijn niet te lezen: %1").arg(namen.errorMessage()));
    }
    m_ui->bladCombo->setEnabled(false);
    connect(m_ui->bestandEdit, &QLineEdit::textChanged, this, &BestandPagina::openBestand);
    connect(m_ui->bladerenButton, &QPushButton::clicked, this, &BestandPagina::kiesBestand);
    connect(m_ui->sjabloonButton, &QPushButton::clicked, this, &BestandPagina::bewaarSjabloon);
    connect(m_ui->profielCombo, &QComboBox::currentIndexChanged, this, &BestandPagina::kiesProfiel);
}

BestandPagina::~BestandPagina() = default;

QString BestandPagina::melding() const
{
    return m_ui->melding->text();
}

bool BestandPagina::isComplete() const
{
    return !m_bladen.isEmpty();
}

void BestandPagina::kiesBestand()
{
    const QString pad = bestandskeuze::openBestand(this,
        tr("Spreadsheet kiezen"),
        QFileInfo(m_ui->bestandEdit->text()).absolutePath(),
        tr("Spreadsheets (*.xlsx *.csv *.txt);;Alle bestanden (*)"));
    if (!pad.isEmpty())
        m_ui->bestandEdit->setText(QDir::toNativeSeparators(pad));
}

// The template ships inside the app (resources/spreadsheet), so a team finds it where it imports.
void BestandPagina::bewaarSjabloon()
{
    initSpreadsheetResources();
    QString filter;
    const QString xlsx = tr("Excel-werkmap (*.xlsx)");
    const QString pad = bestandskeuze::opslaanAls(this,
        tr("Sjabloon opslaan"),
        QDir::home().filePath(QStringLiteral("sjabloon.xlsx")),
        xlsx + QStringLiteral(";;") + tr("CSV met puntkomma's (*.csv)"),
        &filter);
    if (pad.isEmpty())
        return;
    const bool csv = pad.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
        || (filter != xlsx && !pad.contains(QLatin1Char('.')));
    QFile bron(csv ? QStringLiteral(":/spreadsheet/sjabloon.csv") : QStringLiteral(":/spreadsheet/sjabloon.xlsx"));
    const Status s = bron.open(QIODevice::ReadOnly)
        ? saveFile(pad, bron.readAll())
        : Status(Error::failure(tr("het sjabloon ontbreekt in deze versie")));
    if (!s.ok()) {
        m_ui->melding->setText(tr("Het sjabloon is niet opgeslagen: %1").arg(s.errorMessage()));
        return;
    }
    m_ui->melding->setText(tr("Het sjabloon staat in %1. Vul het in, en lees het hier in met het profiel sjabloon.")
                               .arg(QDir::toNativeSeparators(pad)));
}

void BestandPagina::openBestand()
{
    m_bladen.clear();
    m_ui->bladCombo->clear();
    m_ui->melding->clear();
    const QString pad = QDir::fromNativeSeparators(m_ui->bestandEdit->text().trimmed());
    if (!pad.isEmpty() && !QFileInfo(pad).isFile()) {
        m_ui->melding->setText(tr("Dit bestand bestaat niet."));
    } else if (!pad.isEmpty()) {
        const auto bron = openSpreadsheet(pad);
        if (bron.ok())
            m_bladen = (*bron)->sheetNames();
        else
            m_ui->melding->setText(tr("Dit bestand kan niet worden gelezen: %1").arg(bron.errorMessage()));
    }
    m_ui->bladCombo->addItems(m_bladen);
    m_ui->bladCombo->setEnabled(m_bladen.size() > 1);
    if (m_profiel && m_bladen.contains(m_profiel->blad))
        m_ui->bladCombo->setCurrentText(m_profiel->blad);
    Q_EMIT completeChanged();
}

void BestandPagina::kiesProfiel()
{
    m_profiel.reset();
    m_ui->melding->clear();
    const QString naam = m_ui->profielCombo->currentData().toString();
    if (naam.isEmpty())
        return;
    auto profiel = SpreadsheetImporter::laadProfiel(m_staat.db, m_staat.instrument, naam);
    if (!profiel.ok()) {
        m_ui->melding->setText(tr("Het profiel kan niet worden gelezen: %1").arg(profiel.errorMessage()));
        return;
    }
    m_profiel = std::move(profiel).value();
    m_ui->kopregelSpin->setValue(m_profiel->kopregel);
    (m_profiel->indeling == SpreadsheetProfiel::Indeling::PerInwoner ? m_ui->perInwonerRadio : m_ui->perMeetmomentRadio)
        ->setChecked(true);
    if (m_bladen.contains(m_profiel->blad))
        m_ui->bladCombo->setCurrentText(m_profiel->blad);
}

bool BestandPagina::validatePage()
{
    ImportStaat& s = m_staat;
    s.pad = QDir::fromNativeSeparators(m_ui->bestandEdit->text().trimmed());
    s.basis = m_profiel.value_or(SpreadsheetProfiel {});
    // A CSV file's one sheet is named after the file: a profile that named it would fit no other file.
    s.basis.blad = m_bladen.size() > 1 ? m_ui->bladCombo->currentText() : QString();
    s.basis.kopregel = m_ui->kopregelSpin->value();
    s.basis.indeling = m_ui->perInwonerRadio->isChecked() ? SpreadsheetProfiel::Indeling::PerInwoner
                                                          : SpreadsheetProfiel::Indeling::PerMeetmoment;
    const QString sleutel = QStringList {s.pad,
        s.basis.blad,
        QString::number(s.basis.kopregel),
        QString::number(static_cast<int>(s.basis.indeling)),
        s.basis.naam,
        QFileInfo(s.pad).lastModified().toString(Qt::ISODateWithMs)}
                                .join(QLatin1Char('\n'));
    if (sleutel == m_gelezen)
        return true; // the choices made on the next pages stay
    const Status gelezen = s.leesVoorbeeld();
    if (!gelezen.ok()) {
        m_ui->melding->setText(gelezen.errorMessage());
        return false;
    }
    s.basisJson = s.basis.naam.isEmpty() ? QByteArray() : s.profiel(s.basis.naam).toJson();
    m_gelezen = sleutel;
    return true;
}

} // namespace dw
