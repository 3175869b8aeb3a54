#include "storage/voorzieningrepository.h"

#include "support/tempdatabase.h"

#include <QSqlQuery>

#include "support/qtprinters.h"

#include <gtest/gtest.h>

using namespace dw;

namespace {

const Instrument& ins()
{
    return Instrument::standaard();
}

Voorziening schuldhulp()
{
    return {0,
        QStringLiteral("Schuldhulpverlening Enschede"),
        QStringLiteral("draaglast_verminderen"),
        QStringLiteral("financien"),
        QStringLiteral("Enschede"),
        QStringLiteral("14 053")};
}

Voorziening buurthuis()
{
    return {0, QStringLiteral("buurthuis De Kolk"), QStringLiteral("voorliggend_veld_benutten"), {}, {}, {}};
}

int rows(Database& db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM voorziening"));
    q.next();
    return q.value(0).toInt();
}

} // namespace

TEST(VoorzieningRepository, InsertUpdateRemove)
{
    test::TempDatabase t;
    VoorzieningRepository repo(t.db(), ins());
    const auto id = repo.insert(schuldhulp());
    ASSERT_TRUE(id.ok()) << qPrintable(id.errorMessage());
    ASSERT_TRUE(repo.insert(buurthuis()).ok());

    auto all = repo.all();
    ASSERT_TRUE(all.ok());
    // By name, case-insensitive: "buurthuis" before "Schuldhulp".
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->at(0), buurthuis());
    EXPECT_EQ(all->at(1), schuldhulp());
    EXPECT_EQ(all->at(1).id, *id);

    Voorziening changed = all->at(1);
    changed.contact = QStringLiteral("schuldhulp@enschede.example");
    ASSERT_TRUE(repo.update(changed).ok());
    EXPECT_EQ(repo.all()->at(1).contact, QStringLiteral("schuldhulp@enschede.example"));

    ASSERT_TRUE(repo.remove(*id).ok());
    EXPECT_EQ(rows(t.db()), 1);
    Voorziening gone = changed;
    EXPECT_EQ(repo.update(gone).errorMessage(), QStringLiteral("Deze voorziening bestaat niet meer."));
}

TEST(VoorzieningRepository, RefusesAnInvalidEntryWithoutWriting)
{
    test::TempDatabase t;
    VoorzieningRepository repo(t.db(), ins());
    Voorziening v = schuldhulp();
    v.type = QStringLiteral("schuldhulp");
    const auto r = repo.insert(v);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::BadInput);
    EXPECT_EQ(r.errorMessage(), QStringLiteral("type: onbekend interventietype 'schuldhulp'"));
    EXPECT_EQ(rows(t.db()), 0);
}

TEST(VoorzieningRepository, TheSchemaRefusesWhatValidationWouldToo)
{
    // CHECK constraints guard the table against writers that skip the repository.
    test::TempDatabase t;
    QSqlQuery q(t.db().connection());
    EXPECT_FALSE(q.exec(QStringLiteral("INSERT INTO voorziening (naam, type) VALUES ('X', 'koffie')")));
    EXPECT_FALSE(q.exec(QStringLiteral("INSERT INTO voorziening (naam, type) VALUES (' ', 'netwerk_versterken')")));
    EXPECT_FALSE(q.exec(
        QStringLiteral("INSERT INTO voorziening (naam, type, levensgebied) VALUES ('X', 'netwerk_versterken', 'x')")));
    EXPECT_EQ(rows(t.db()), 0);
}

TEST(VoorzieningRepository, MergeAddsOnlyNewEntriesAllOrNothing)
{
    test::TempDatabase t;
    VoorzieningRepository repo(t.db(), ins());
    ASSERT_TRUE(repo.insert(schuldhulp()).ok());
    // The same entry with extra spaces is the same entry.
    Voorziening spaced = schuldhulp();
    spaced.naam = QStringLiteral("  Schuldhulpverlening Enschede ");
    ASSERT_TRUE(repo.merge({spaced, buurthuis()}).ok());
    EXPECT_EQ(rows(t.db()), 2);
    ASSERT_TRUE(repo.merge({spaced, buurthuis()}).ok());
    EXPECT_EQ(rows(t.db()), 2);

    // A bad second entry: the first new one is not kept either.
    Voorziening nieuw = buurthuis();
    nieuw.naam = QStringLiteral("Taalcafé");
    Voorziening slecht = buurthuis();
    slecht.levensgebied = QStringLiteral("sport");
    const Status s = repo.merge({nieuw, slecht});
    EXPECT_EQ(s.errorMessage(), QStringLiteral("sociale_kaart[1].levensgebied: onbekend levensgebied 'sport'"));
    EXPECT_EQ(rows(t.db()), 2);
}
