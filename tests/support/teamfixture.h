#pragma once

#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/dossierstore.h"
#include "support/handcohort.h"

#include <gtest/gtest.h>

namespace dw::test {

// The team of the access tests, on a database that has no accounts yet: the first account "beheer" (logged in
// afterwards), then team Noord: M. Jansen (N-1, N-2), S. Öztürk (N-3) and teamleider T. Leider; team Zuid:
// P. Haverkamp (Z-1); and beheerder B. Heer. Every account has `wachtwoord`; each inwoner one meetmoment. The teams
// of the inwoners come from their professionals' accounts.
inline void makeTeam(Database& db, const QString& wachtwoord)
{
    AccountStore accounts(db);
    EXPECT_TRUE(accounts.createFirst(QStringLiteral("beheer"), wachtwoord).ok());
    EXPECT_TRUE(accounts.login(QStringLiteral("beheer"), wachtwoord, {}).ok());
    const auto add = [&](const char* naam, Rollen rollen, const char* team) {
        const Status s = accounts.add(QString::fromUtf8(naam), rollen, QString::fromUtf8(team), wachtwoord, false);
        EXPECT_TRUE(s.ok()) << naam << ": " << s.errorMessage().toStdString();
    };
    add("M. Jansen", Rol::Professional, "Noord");
    add("S. Öztürk", Rol::Professional, "Noord");
    add("P. Haverkamp", Rol::Professional, "Zuid");
    add("T. Leider", Rol::Teamleider, "Noord");
    add("B. Heer", Rol::Beheerder, "");
    QVector<Dossier> dossiers {
        handDossier(QStringLiteral("N-1"), QStringLiteral("Enschede"), QStringLiteral("M. Jansen")),
        handDossier(QStringLiteral("N-2"), QStringLiteral("Hengelo"), QStringLiteral("M. Jansen")),
        handDossier(QStringLiteral("N-3"), QStringLiteral("Enschede"), QStringLiteral("S. Öztürk")),
        handDossier(QStringLiteral("Z-1"), QStringLiteral("Almelo"), QStringLiteral("P. Haverkamp"))};
    for (Dossier& d : dossiers)
        addMeetmoment(d, QDate(2026, 3, 1), 4, 4);
    EXPECT_TRUE(DossierStore(db, Instrument::standaard()).importDossiers(dossiers).ok());
}

} // namespace dw::test
