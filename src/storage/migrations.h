#pragma once

#include "core/result.h"

#include <QStringList>
#include <QVector>

#include <functional>

namespace dw {

class Database;

// Numbered schema migrations (as in KMyMoney's upgradeToVn). Each runs, with its version bump in
// PRAGMA user_version, in one transaction: a failed migration leaves the previous version intact.
struct Migration
{
    int version = 0;
    QString name;
    QStringList statements;
    // Run after the statements, in the same transaction: for what SQL alone cannot do (a hash per existing row).
    std::function<Status(Database&)> after = {};
};

// Migrations kept in files of their own.
Migration inwonerGegevensMigratie(); // 19
Migration voorzieningGemeenteMigratie(); // 20
QString inwonerBsnIndex();
QString inwonerPostcodeIndex();
QString inwonerGeboortedatumIndex();

class Migrations
{
public:
    static const QVector<Migration>& all();
    static int currentVersion();
    // Upgrades db from its stored version to currentVersion(). Refuses a newer version without writing.
    static Status migrate(Database& db);
    // Runs the migrations up to and including `version` only (tests build fixtures of old versions this way).
    static Status migrateTo(Database& db, int version);

    // Secondary indexes that only speed up reading. A bulk import drops them and builds them again at the end
    // (one sort instead of millions of scattered inserts), inside the same transaction.
    struct SecondaryIndex
    {
        QString name;
        QString create;
    };
    static const QVector<SecondaryIndex>& secondaryIndexes();
};

// Migration 21, bijlagen per inwoner (bijlagemigratie.cpp).
Migration bijlagenMigratie();
// Migration 22, answers and draaglast on the meting's row (antwoordenmigratie.cpp).
Migration antwoordenMigratie();

// Migration 23, the inwoner's last meetmoment on the inwoner row (laatstemeetmomentmigratie.cpp): its triggers for
// each engine's dialect (the statement for an @LAATSTE_MEETMOMENT_…@ placeholder; empty for any other), the index
// the caseload sorts on by date and the one a search walks by name.
Migration laatsteMeetmomentMigratie();
QString sqliteLaatsteMeetmoment(const QString& statement);
QString postgresLaatsteMeetmoment();
QString inwonerLaatsteDatumIndex();
QString inwonerNaamZoekIndex();
// Its part of a bulk import on a file (DossierImport): the trigger on new meetmomenten and the two indexes dropped at
// the start; at the end the columns filled in one statement for the inwoners with a meetmoment whose id is above the
// bound value (the highest before the import), then the trigger and the indexes made again.
QStringList laatsteMeetmomentBulkBegin();
QString laatsteMeetmomentBulkFill();
QStringList laatsteMeetmomentBulkEnd();

} // namespace dw
