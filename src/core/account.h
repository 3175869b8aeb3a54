#pragma once

#include "result.h"

#include <QFlags>
#include <QString>
#include <QStringList>

namespace dw {

// The three roles of DESIGN.md. A person may hold more than one.
enum class Rol {
    Professional = 0x1, // their own caseload, plus inwoners handed over to them
    Teamleider = 0x2, // the team's caseload, read-only; Teamoverzicht, follow-up list, trends
    Beheerder = 0x4, // accounts, settings, sociale kaart, audit viewer; never the contents of a dossier
};
Q_DECLARE_FLAGS(Rollen, Rol)
Q_DECLARE_OPERATORS_FOR_FLAGS(Rollen)

namespace rollen {
constexpr Rollen alle = Rollen(Rol::Professional) | Rol::Teamleider | Rol::Beheerder;
// "professional,teamleider": the stored and printed form, in this fixed order.
QString codes(Rollen rollen);
// The reverse; a bad code is a Dutch reason naming it.
Result<Rollen> parse(const QString& codes);
// "professional en teamleider", for the screen.
QString text(Rollen rollen);
} // namespace rollen

// Who is working in this session, and so what they may see and change. An inwoner is seen by their own
// professional and by the teamleiders of their team; a teamleider without a team leads the whole desk.
//
// A session without an account (a database from before accounts, opened by a program that has not logged in)
// sees everything, as before; once a database has accounts, the app and the CLI always log in first.
struct Sessie
{
    qint64 accountId = 0;
    QString gebruiker; // the account name; on a professional's inwoners, their `professional`
    Rollen rollen;
    QString team;
    QString werkplek; // the computer (host name), for the audit log
    // Team mode: the server checked the password of the account's own server login (SCRAM) and enforces the roles
    // itself; Draagwijzer's password hash is not used.
    bool serverlogin = false;
    // On whose behalf this session works (NEN 7513 "namens"), an account name; empty: on its own. Gives no rights:
    // it is written in every audit row of the session (draagwijzer-cli --namens, docs/privacy.md).
    QString namens = QString();

    bool aangemeld() const { return accountId > 0; }
    bool heeft(Rol rol) const { return !aangemeld() || rollen.testFlag(rol); }
    // Every inwoner, whatever their professional or team.
    bool zietAlles() const { return !aangemeld() || (rollen.testFlag(Rol::Teamleider) && team.isEmpty()); }
    bool kanZien(const QString& professional, const QString& inwonerTeam) const;
    // Their own inwoners as professional; every inwoner for a professional who is also teamleider of the whole desk.
    bool kanWijzigen(const QString& professional) const;
    // The role written in the audit log: the roles this account holds.
    QString rolVoorAudit() const { return aangemeld() ? rollen::codes(rollen) : QString(); }
};

} // namespace dw
