// The bulk INSERT of import and demo (storage/preparedinsert.h), on both engines: a row must be stored exactly as
// Qt's own binding stored it, and a failure must read as the repositories' other failures.
#include "storage/preparedinsert.h"

#include "storage/database.h"
#include "storage/inwonerrepository.h"

#include "support/tempdatabase.h"

#include <QSqlQuery>

#include "support/qtprinters.h"

#include <gtest/gtest.h>

using namespace dw;

namespace {

const QString insertJournaal = QStringLiteral("INSERT INTO journaal (inwoner_id, datum, soort, duur_minuten, tekst, "
                                              "aard, levensgebied, doel_nummer) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");

class PreparedInsertTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Inwoner i;
        i.ref = QStringLiteral("P-1");
        i.naam = QStringLiteral("P. Pieters");
        i.geboortedatum = QDate(1970, 5, 6);
        i.gemeente = QStringLiteral("Hengelo");
        inwonerId = InwonerRepository(t.db()).insert(i).value();
    }

    void bindRow(PreparedInsert& q, const QString& tekst, const QVariant& soort = QStringLiteral("gesprek"))
    {
        q.bindValue(0, inwonerId);
        q.bindValue(1, QStringLiteral("2026-11-30"));
        q.bindValue(2, soort);
        q.bindValue(3, 45);
        q.bindValue(4, tekst);
        q.bindValue(5, QStringLiteral("feit"));
        q.bindValue(6, QString()); // a null QString is NULL, as Qt binds it
        q.bindValue(7, QVariant());
    }

    // tekst, duur_minuten, levensgebied IS NULL, doel_nummer IS NULL of one row.
    std::tuple<QString, int, bool, bool> row(qint64 id)
    {
        QSqlQuery q(t.db().connection());
        q.prepare(QStringLiteral("SELECT tekst, duur_minuten, levensgebied IS NULL, doel_nummer IS NULL FROM journaal "
                                 "WHERE id = ?"));
        q.addBindValue(id);
        EXPECT_TRUE(q.exec() && q.next());
        return {q.value(0).toString(), q.value(1).toInt(), q.value(2).toBool(), q.value(3).toBool()};
    }

    int rows()
    {
        QSqlQuery q(t.db().connection());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM journaal")) && q.next());
        return q.value(0).toInt();
    }

    test::TempDatabase t;
    qint64 inwonerId = 0;
};

} // namespace

TEST_F(PreparedInsertTest, StoresTextNumbersAndNullsAsQtWould)
{
    PreparedInsert q(t.db(), insertJournaal);
    ASSERT_TRUE(q.isValid());
    const QString tekst = QStringLiteral("Eén gesprek over de schulden — ‘rustig’, ü");
    bindRow(q, tekst);
    ASSERT_TRUE(q.exec()) << q.failed().message.toStdString();
    const auto [stored, duur, levensgebiedNull, doelNull] = row(q.insertedId());
    EXPECT_EQ(stored, tekst);
    EXPECT_EQ(duur, 45);
    EXPECT_TRUE(levensgebiedNull);
    EXPECT_TRUE(doelNull);
    if (!t.db().isServer()) {
        // Stored as SQLite's types, not as text: the figures and verify compare them.
        QSqlQuery types(t.db().connection());
        ASSERT_TRUE(types.exec(QStringLiteral("SELECT typeof(inwoner_id), typeof(duur_minuten), typeof(tekst), "
                                              "length(tekst) FROM journaal"))
            && types.next());
        EXPECT_EQ(types.value(0).toString(), QStringLiteral("integer"));
        EXPECT_EQ(types.value(1).toString(), QStringLiteral("integer"));
        EXPECT_EQ(types.value(2).toString(), QStringLiteral("text"));
        EXPECT_EQ(types.value(3).toInt(), 42); // characters, not UTF-8 bytes or UTF-16 units
    }
}

TEST_F(PreparedInsertTest, EachRowGetsItsOwnIdAndTheValuesStayBound)
{
    PreparedInsert q(t.db(), insertJournaal);
    bindRow(q, QStringLiteral("eerste"));
    ASSERT_TRUE(q.exec());
    const qint64 first = q.insertedId();
    // Nothing bound again: the same row once more, its text still read from the buffer kept for it.
    ASSERT_TRUE(q.exec());
    const qint64 second = q.insertedId();
    EXPECT_EQ(second, first + 1);
    EXPECT_EQ(std::get<0>(row(second)), QStringLiteral("eerste"));
    q.bindValue(4, QStringLiteral("derde"));
    ASSERT_TRUE(q.exec());
    EXPECT_EQ(std::get<0>(row(q.insertedId())), QStringLiteral("derde"));
    EXPECT_EQ(std::get<0>(row(first)), QStringLiteral("eerste"));
    EXPECT_EQ(rows(), 3);
}

TEST_F(PreparedInsertTest, ARefusedRowSaysWhyInDutchAndTheNextRowGoesIn)
{
    PreparedInsert q(t.db(), insertJournaal);
    bindRow(q, QStringLiteral("niet toegestaan"), QStringLiteral("bowlen"));
    EXPECT_FALSE(q.exec());
    const Error e = q.failed(QStringLiteral("de journaalregel kan niet worden opgeslagen"));
    EXPECT_EQ(e.kind, Error::Kind::Failure);
    EXPECT_EQ(e.message,
        QStringLiteral("de journaalregel kan niet worden opgeslagen: de gegevens passen niet bij een regel van de "
                       "database (bijvoorbeeld een ref die al bestaat, of een waarde buiten het bereik)"));
    EXPECT_EQ(rows(), 0);
    bindRow(q, QStringLiteral("wel toegestaan"));
    ASSERT_TRUE(q.exec());
    EXPECT_EQ(rows(), 1);
}

TEST_F(PreparedInsertTest, AStatementThatCannotBePreparedRunsNothing)
{
    PreparedInsert q(t.db(), QStringLiteral("INSERT INTO bestaat_niet (a) VALUES (?)"));
    EXPECT_FALSE(q.isValid());
    q.bindValue(0, 1);
    EXPECT_FALSE(q.exec());
    EXPECT_FALSE(q.failed().message.isEmpty());
}
