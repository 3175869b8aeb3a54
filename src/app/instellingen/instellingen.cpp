#include "instellingen.h"

#include "instellingendialog.h"

#include <QSettings>

namespace dw {

Instellingen Instellingen::load()
{
    QSettings s;
    Instellingen i;
    i.eigenProfessional = s.value(QStringLiteral("gebruiker/professional")).toString();
    i.vervolgNaMaanden = std::clamp(s.value(QStringLiteral("vervolg/maanden"), 6).toInt(), 1, 36);
    const QString patroon = s.value(QStringLiteral("inwoner/refpatroon"), refpatroon::standaard()).toString();
    i.refPatroon = refpatroon::probleem(patroon).isEmpty() ? patroon : refpatroon::standaard();
    i.backupElkeUren = std::clamp(s.value(QStringLiteral("backup/elke_uren"), 24).toInt(), 1, 24 * 30);
    i.backupsBewaren = std::clamp(s.value(QStringLiteral("backup/bewaren"), 7).toInt(), 1, 365);
    i.vergrendelNaMinuten = std::clamp(s.value(QStringLiteral("scherm/vergrendelen_na_minuten"), 15).toInt(), 1, 120);
    i.teamserver = s.value(QStringLiteral("database/soort")).toString() == QLatin1String("teamserver");
    i.serverHost = s.value(QStringLiteral("database/server")).toString();
    i.serverPoort = std::clamp(s.value(QStringLiteral("database/poort"), 5432).toInt(), 1, 65535);
    i.serverDatabase = s.value(QStringLiteral("database/naam"), QStringLiteral("draagwijzer")).toString();
    i.serverGebruiker = s.value(QStringLiteral("database/gebruiker")).toString();
    i.serverCertificaatControleren = s.value(QStringLiteral("database/tls")).toString() == QLatin1String("verify-full");
    i.kleurenschema = s.value(QStringLiteral("weergave/kleuren")).toString() == QLatin1String("hoog-contrast")
        ? Kleurenschema::HoogContrast
        : Kleurenschema::Systeem;
    return i;
}

void Instellingen::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("gebruiker/professional"), eigenProfessional);
    s.setValue(QStringLiteral("vervolg/maanden"), vervolgNaMaanden);
    s.setValue(QStringLiteral("inwoner/refpatroon"), refPatroon);
    s.setValue(QStringLiteral("backup/elke_uren"), backupElkeUren);
    s.setValue(QStringLiteral("backup/bewaren"), backupsBewaren);
    s.setValue(QStringLiteral("scherm/vergrendelen_na_minuten"), vergrendelNaMinuten);
    // The password is asked at every start and never stored (docs/teammode.md).
    s.setValue(QStringLiteral("database/soort"), teamserver ? QStringLiteral("teamserver") : QStringLiteral("bestand"));
    s.setValue(QStringLiteral("database/server"), serverHost);
    s.setValue(QStringLiteral("database/poort"), serverPoort);
    s.setValue(QStringLiteral("database/naam"), serverDatabase);
    s.setValue(QStringLiteral("database/gebruiker"), serverGebruiker);
    s.setValue(QStringLiteral("database/tls"),
        serverCertificaatControleren ? QStringLiteral("verify-full") : QStringLiteral("standaard"));
    s.setValue(QStringLiteral("weergave/kleuren"),
        kleurenschema == Kleurenschema::HoogContrast ? QStringLiteral("hoog-contrast") : QStringLiteral("systeem"));
}

ServerAddress Instellingen::serverAddress() const
{
    return ServerAddress::fromParts(serverHost,
        serverPoort,
        serverDatabase,
        serverGebruiker,
        serverCertificaatControleren ? QStringLiteral("verify-full") : QString());
}

bool editInstellingen(Instellingen& instellingen, const QStringList& professionals, QWidget* parent)
{
    InstellingenDialog dialog(instellingen, professionals, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    instellingen = dialog.instellingen();
    instellingen.save();
    return true;
}

} // namespace dw
