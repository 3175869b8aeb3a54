#include "backupterugzettendialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace dw {

namespace {
const QLocale nl(QLocale::Dutch, QLocale::Netherlands);
}

QString BackupTerugzettenDialog::moment(const QDateTime& when)
{
    return nl.toString(when, QStringLiteral("d MMMM yyyy 'om' HH:mm"));
}

BackupTerugzettenDialog::BackupTerugzettenDialog(
    const BackupSummary& summary, const QString& backupPath, const QString& database, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Back-up terugzetten"));
    auto* layout = new QVBoxLayout(this);

    auto* kop = new QLabel(tr("<b>Deze back-up terugzetten?</b>"));
    layout->addWidget(kop);

    // The summary: read-only text the user checks before deciding, selectable for a screen reader's caret.
    auto* form = new QFormLayout;
    const auto regel = [&](const QString& naam, const QString& waarde, const char* objectName) {
        auto* label = new QLabel(waarde);
        label->setObjectName(QLatin1String(objectName));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        form->addRow(naam, label);
        m_samenvatting += QStringLiteral("%1 %2\n").arg(naam, waarde);
    };
    regel(tr("Bestand:"), QDir::toNativeSeparators(backupPath), "bestandWaarde");
    regel(tr("Gemaakt op:"), summary.made.isValid() ? moment(summary.made) : tr("onbekend"), "gemaaktWaarde");
    if (summary.lastActivity.isValid())
        regel(tr("Laatste wijziging erin:"), moment(summary.lastActivity), "laatsteWijzigingWaarde");
    regel(tr("Inwoners:"), nl.toString(summary.inwoners), "inwonersWaarde");
    regel(tr("Meetmomenten:"), nl.toString(summary.meetmomenten), "meetmomentenWaarde");
    regel(tr("Schemaversie:"), QString::number(summary.schemaVersion), "schemaversieWaarde");
    regel(tr("Grootte:"), nl.formattedDataSize(summary.bytes, 1, QLocale::DataSizeTraditionalFormat), "grootteWaarde");
    layout->addLayout(form);

    const QString sinds = summary.made.isValid() ? tr("sinds %1 ").arg(moment(summary.made)) : QString();
    auto* waarschuwing = new QLabel(
        tr("Terugzetten <b>vervangt alle gegevens</b> in %1 door die uit de back-up: inwoners, meetmomenten, plannen, "
           "journaal, accounts en auditlog. Wat %2is ingevoerd of gewijzigd, is daarna niet meer in Draagwijzer te "
           "zien. Draagwijzer bewaart de huidige database ook zelf als kopie naast het databasebestand.")
            .arg(QDir::toNativeSeparators(database).toHtmlEscaped(), sinds));
    waarschuwing->setObjectName(QStringLiteral("waarschuwingLabel"));
    waarschuwing->setWordWrap(true);
    layout->addWidget(waarschuwing);

    m_eerstBackup = new QCheckBox(tr("&Eerst een back-up van de huidige gegevens maken"));
    m_eerstBackup->setObjectName(QStringLiteral("eerstBackupCheck"));
    m_eerstBackup->setChecked(true);
    layout->addWidget(m_eerstBackup);

    m_buttons = new QDialogButtonBox;
    m_buttons->setObjectName(QStringLiteral("buttons"));
    QPushButton* terugzetten = m_buttons->addButton(tr("&Terugzetten"), QDialogButtonBox::DestructiveRole);
    terugzetten->setObjectName(QStringLiteral("terugzettenButton"));
    QPushButton* annuleren = m_buttons->addButton(tr("&Annuleren"), QDialogButtonBox::RejectRole);
    annuleren->setObjectName(QStringLiteral("annulerenButton"));
    // Enter cancels: replacing every record must be a choice, not a reflex.
    terugzetten->setAutoDefault(false);
    annuleren->setDefault(true);
    connect(terugzetten, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    annuleren->setFocus();
    setMinimumWidth(560);
}

bool BackupTerugzettenDialog::eerstBackup() const
{
    return m_eerstBackup->isChecked();
}

} // namespace dw
