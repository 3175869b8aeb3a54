#pragma once

#include "core/refpatroon.h"
#include "storage/serveraddress.h"
#include "weergave/weergave.h"

#include <QString>

class QWidget;

namespace dw {

// The user's preferences, kept in QSettings.
struct Instellingen
{
    QString eigenProfessional; // "Mijn caseload"
    int vervolgNaMaanden = 6; // decision: a follow-up meetmoment is due 6 months after the last one
    int backupElkeUren = 24; // automatic backup
    int backupsBewaren = 7;
    QString refPatroon = refpatroon::standaard(); // issue 18: the proposed ref of a new inwoner
    int vergrendelNaMinuten = 15; // the screen locks after this long without keyboard or mouse (issue 14)
    // Instellingen -> Database: the local file, or the team server (never its password).
    bool teamserver = false;
    QString serverHost;
    int serverPoort = 5432;
    QString serverDatabase = QStringLiteral("draagwijzer");
    QString serverGebruiker;
    bool serverCertificaatControleren = false; // sslmode=verify-full instead of the default (require elsewhere)
    Kleurenschema kleurenschema = Kleurenschema::Systeem; // issue 20: high contrast

    static Instellingen load();
    void save() const;
    // The team server of these settings, for the next start.
    ServerAddress serverAddress() const;
};

// Edits Instellingen; returns true when the user pressed OK.
bool editInstellingen(Instellingen& instellingen, const QStringList& professionals, QWidget* parent);

} // namespace dw
