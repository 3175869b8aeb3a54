// Migration 23: the inwoner's last meetmoment kept on the inwoner row (laatstemeetmomentmigratie.cpp). Its triggers
// must keep the four columns equal to the meetmomenten after every way they are written, and the caseload must show
// what it showed when it looked the last meetmoment up itself.
#include "storage/caseloadquery.h"

#include "core/demogenerator.h"
#include "storage/dossierimport.h"
#include "storage/dossierstore.h"
#include "storage/metingrepository.h"
#include "storage/migrations.h"
#include "storage/vervolgquery.h"

#include "support/handcohort.h"
#include "support/qtprinters.h"
#include "support/tempdatabase.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace dw;

namespace {

// The last meetmoment as the caseload found it before migration 23: a correlated max(volgnummer).
const QString oudeLaatste
    = QStringLiteral(" LEFT JOIN meetmoment l ON l.inwoner_id = i.id"
                     "  AND l.volgnummer = (SELECT max(x.volgnummer) FROM meetmoment x WHERE x.inwoner_id = i.id)");

struct Rij
{
    qint64 id = 0;
    int meetmomenten = 0;
    QDate datum;
    Kwadrant inwoner = Kwadrant::Onbekend;
    Kwadrant professional = Kwadrant::Onbekend;

    bool operator==(const Rij& o) const
    {
        return id == o.id && meetmomenten == o.meetmomenten && datum == o.datum && inwoner == o.inwoner
            && professional == o.professional;
    }
};

void PrintTo(const Rij& r, std::ostream* os)
{
    *os << r.id << " " << r.meetmomenten << " " << r.datum.toString(Qt::ISODate).toStdString() << " " << int(r.inwoner)
        << "/" << int(r.professional);
}

class LaatsteMeetmomentTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Three inwoners of Venlo: two meetmomenten (zwak, then dubbel), one (zwak, both perspectives), none.
        Dossier twee = test::handDossier(QStringLiteral("VNL-1"), QStringLiteral("Venlo"));
        test::addMeetmoment(twee, QDate(2016, 3, 1), 2, 2);
        test::addMeetmoment(twee, QDate(2017, 3, 1), 4, 4, 0, true);
        Dossier een = test::handDossier(QStringLiteral("VNL-2"), QStringLiteral("Venlo"));
        test::addMeetmoment(een, QDate(2016, 9, 1), 2, 2, 0, true);
        const Dossier geen = test::handDossier(QStringLiteral("VNL-3"), QStringLiteral("Venlo"));
        ASSERT_TRUE(store().importDossiers({twee, een, geen}).ok());
    }

    DossierStore store() { return DossierStore(t.db(), Instrument::standaard()); }
    MetingRepository metingen() { return MetingRepository(t.db(), Instrument::standaard()); }

    qint64 id(const char* ref)
    {
        QSqlQuery q(t.db().connection());
        q.prepare(QStringLiteral("SELECT id FROM inwoner WHERE ref = ?"));
        q.addBindValue(QLatin1String(ref));
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }
    QVector<Meetmoment> meetmomenten(const char* ref) { return metingen().load(id(ref)).value(); }

    // Inwoners whose four columns differ from their meetmomenten.
    int afwijkend()
    {
        const QString laatste = QStringLiteral("(SELECT m.%1 FROM meetmoment m WHERE m.inwoner_id = i.id "
                                               "ORDER BY m.volgnummer DESC LIMIT 1)");
        QSqlQuery q(t.db().connection());
        const bool ok = q.exec(
            QStringLiteral("SELECT count(*) FROM inwoner i WHERE i.laatste_volgnummer <> coalesce(%1, 0) "
                           "OR i.laatste_datum <> coalesce(%2, '') OR i.laatste_kwadrant_inwoner IS DISTINCT FROM %3 "
                           "OR i.laatste_kwadrant_professional IS DISTINCT FROM %4")
                .arg(laatste.arg(QStringLiteral("volgnummer")),
                    laatste.arg(QStringLiteral("datum")),
                    laatste.arg(QStringLiteral("kwadrant_inwoner")),
                    laatste.arg(QStringLiteral("kwadrant_professional"))));
        return ok && q.next() ? q.value(0).toInt() : -1;
    }

    // What the caseload of this filter showed before migration 23, in the same order (a date '' for none, as the
    // SQLite caseload sorted NULL first).
    QVector<Rij> voorheen(const QString& where, const QString& orderBy)
    {
        QSqlQuery q(t.db().connection());
        EXPECT_TRUE(
            q.exec(QStringLiteral("SELECT i.id, l.volgnummer, l.datum, l.kwadrant_inwoner, l.kwadrant_professional "
                                  "FROM inwoner i%1 WHERE i.afgesloten_op IS NULL%2 ORDER BY %3")
                       .arg(oudeLaatste, where, orderBy)));
        QVector<Rij> out;
        while (q.next())
            out << Rij {q.value(0).toLongLong(),
                q.value(1).toInt(),
                q.value(2).isNull() ? QDate() : QDate::fromString(q.value(2).toString(), Qt::ISODate),
                kwadrantFromCode(q.value(3).toString()),
                kwadrantFromCode(q.value(4).toString())};
        return out;
    }
    QVector<Rij> nu(const CaseloadFilter& f)
    {
        QVector<Rij> out;
        CaseloadQuery q(t.db());
        std::optional<CaseloadRij> after;
        for (;;) {
            const auto page = q.page(f, after, m_pagina);
            EXPECT_TRUE(page.ok()) << page.errorMessage().toStdString();
            if (!page.ok())
                return out;
            for (const CaseloadRij& r : page.value())
                out << Rij {r.id, r.meetmomenten, r.laatsteMeting, r.kwadrantInwoner, r.kwadrantProfessional};
            if (page.value().size() < m_pagina)
                return out;
            after = page.value().constLast();
        }
    }

    // The caseload's filters and sorts on the last meetmoment agree with the old way, and the columns with the
    // meetmomenten.
    void checkAll(const char* after)
    {
        SCOPED_TRACE(after);
        EXPECT_EQ(afwijkend(), 0);
        for (Kwadrant k : bekendeKwadranten) {
            CaseloadFilter f;
            f.gemeente = QStringLiteral("Venlo");
            f.kwadrantInwoner = k;
            EXPECT_EQ(nu(f),
                voorheen(QStringLiteral(" AND i.gemeente = 'Venlo' AND l.kwadrant_inwoner = '%1'").arg(kwadrantCode(k)),
                    QStringLiteral("i.naam, i.id")));
            f = {};
            f.kwadrantProfessional = k;
            EXPECT_EQ(nu(f),
                voorheen(QStringLiteral(" AND l.kwadrant_professional = '%1'").arg(kwadrantCode(k)),
                    QStringLiteral("i.naam, i.id")));
        }
        for (const bool descending : {false, true}) {
            CaseloadFilter f;
            f.sort = CaseloadFilter::Sort::LaatsteMeting;
            f.descending = descending;
            const QString dir = descending ? QStringLiteral(" DESC") : QString();
            EXPECT_EQ(nu(f), voorheen({}, QStringLiteral("coalesce(l.datum, '')%1, i.id%1").arg(dir)));
        }
        CaseloadFilter vervolg;
        vervolg.alleenVervolgNodig = true;
        vervolg.peildatum = QDate(2017, 4, 1);
        vervolg.vervolgNaMaanden = 6;
        const QString grens = laatsteMetingVoorVervolg(vervolg.peildatum, 6).toString(Qt::ISODate);
        EXPECT_EQ(
            nu(vervolg), voorheen(QStringLiteral(" AND l.datum <= '%1'").arg(grens), QStringLiteral("i.naam, i.id")));
    }

    test::TempDatabase t;
    int m_pagina = 2; // rows per page: small, so that pages meet between equal keys
};

} // namespace

TEST_F(LaatsteMeetmomentTest, AnImportSetsTheLastMeetmoment)
{
    checkAll("import");
    const auto rows = CaseloadQuery(t.db()).page({}, std::nullopt, 10).value();
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0].meetmomenten, 2);
    EXPECT_EQ(rows[0].laatsteMeting, QDate(2017, 3, 1));
    EXPECT_EQ(rows[0].kwadrantInwoner, Kwadrant::Dubbel);
    EXPECT_EQ(rows[2].meetmomenten, 0);
    EXPECT_FALSE(rows[2].laatsteMeting.isValid());
    EXPECT_EQ(rows[2].kwadrantInwoner, Kwadrant::Onbekend);
}

TEST_F(LaatsteMeetmomentTest, AddingAMeetmomentLaterOrEarlierKeepsItRight)
{
    Meetmoment later;
    later.datum = QDate(2018, 1, 10);
    later.inwoner = test::handMeting(Perspectief::Inwoner, 4, 2);
    ASSERT_TRUE(metingen().addMeetmoment(id("VNL-2"), later).ok());
    checkAll("a later meetmoment");
    // One dated before the last: renumbered by date, the later one stays the last.
    Meetmoment eerder;
    eerder.datum = QDate(2015, 1, 10);
    eerder.inwoner = test::handMeting(Perspectief::Inwoner, 2, 4);
    ASSERT_TRUE(metingen().addMeetmoment(id("VNL-2"), eerder).ok());
    checkAll("an earlier meetmoment");
    ASSERT_TRUE(metingen().addMeetmoment(id("VNL-3"), eerder).ok());
    checkAll("a first meetmoment");
}

TEST_F(LaatsteMeetmomentTest, EditingOrRemovingAMetingKeepsTheQuadrantsRight)
{
    const auto mm = meetmomenten("VNL-1");
    ASSERT_EQ(mm.size(), 2);
    ASSERT_TRUE(metingen().saveMeting(mm[1].id, test::handMeting(Perspectief::Inwoner, 2, 4)).ok());
    checkAll("the last meting changed");
    ASSERT_TRUE(metingen().saveMeting(mm[0].id, test::handMeting(Perspectief::Inwoner, 4, 2)).ok());
    checkAll("an earlier meting changed");
    ASSERT_TRUE(metingen().removeMeting(mm[1].id, Perspectief::Professional).ok());
    checkAll("the professional's meting removed");
    ASSERT_TRUE(metingen().saveMeting(mm[1].id, test::handMeting(Perspectief::Professional, 2, 2)).ok());
    checkAll("the professional's meting added");
}

TEST_F(LaatsteMeetmomentTest, RemovingMeetmomentenFallsBackToThePreviousOrToNone)
{
    const auto mm = meetmomenten("VNL-1");
    ASSERT_TRUE(metingen().removeMeetmoment(mm[1].id).ok());
    checkAll("the last meetmoment removed");
    ASSERT_TRUE(metingen().removeMeetmoment(mm[0].id).ok());
    checkAll("the only meetmoment removed");
    // The first of two removed: the second is renumbered 1 and stays the last.
    const auto een = meetmomenten("VNL-2");
    Meetmoment later;
    later.datum = QDate(2018, 1, 10);
    later.professional = test::handMeting(Perspectief::Professional, 4, 4);
    ASSERT_TRUE(metingen().addMeetmoment(id("VNL-2"), later).ok());
    ASSERT_TRUE(metingen().removeMeetmoment(een[0].id).ok());
    checkAll("the first meetmoment removed");
}

TEST_F(LaatsteMeetmomentTest, TheSpreadsheetImportAndRemovingTheInwonerKeepItRight)
{
    DossierImport import(t.db(), Instrument::standaard());
    ASSERT_TRUE(import.begin(1).ok());
    Dossier nieuw = test::handDossier(QStringLiteral("VNL-4"), QStringLiteral("Venlo"));
    test::addMeetmoment(nieuw, QDate(2016, 2, 2), 4, 2);
    ASSERT_TRUE(import.add(std::move(nieuw)).ok());
    Meetmoment erbij;
    erbij.datum = QDate(2016, 12, 1);
    erbij.inwoner = test::handMeting(Perspectief::Inwoner, 2, 4);
    ASSERT_TRUE(import.extend(QStringLiteral("VNL-1"), {erbij}).ok()); // between the two: renumbered
    ASSERT_TRUE(import.extend(QStringLiteral("VNL-3"), {erbij}).ok());
    ASSERT_TRUE(import.finish().ok());
    checkAll("the spreadsheet import");
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM inwoner WHERE ref = 'VNL-1'"))); // meetmomenten by cascade
    checkAll("an inwoner removed");
}

TEST_F(LaatsteMeetmomentTest, TheMigrationFillsTheColumnsFromTheMeetmomenten)
{
    // As before migration 23 (the columns at their defaults), then its statement that fills them.
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE inwoner SET laatste_volgnummer = 0, laatste_datum = '', "
                                      "laatste_kwadrant_inwoner = NULL, laatste_kwadrant_professional = NULL")));
    ASSERT_GT(afwijkend(), 0);
    QString vullen;
    for (const QString& statement : laatsteMeetmomentMigratie().statements) {
        if (statement.startsWith(QLatin1String("UPDATE inwoner")))
            vullen = t.db().dialect().ddl(statement);
    }
    ASSERT_FALSE(vullen.isEmpty());
    ASSERT_TRUE(q.exec(vullen)) << q.lastError().text().toStdString();
    checkAll("the migration");
}

TEST_F(LaatsteMeetmomentTest, ABulkImportFillsTheColumnsAtItsEnd)
{
    // From 5,000 dossiers on a file's import drops the trigger and the indexes and fills the columns in one statement
    // at the end (DossierImport); afterwards the trigger works again.
    const DemoGenerator g(Instrument::standaard(), 3);
    ASSERT_TRUE(store().importGenerated(5000, [&g](int i) { return g.dossier(i); }).ok());
    m_pagina = 250;
    EXPECT_EQ(afwijkend(), 0);
    Meetmoment later;
    later.datum = QDate(2019, 1, 10);
    later.inwoner = test::handMeting(Perspectief::Inwoner, 4, 2);
    ASSERT_TRUE(metingen().addMeetmoment(id("VNL-3"), later).ok());
    checkAll("a bulk import and a meetmoment after it");
    if (test::testingServer())
        return;
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('meetmoment_laatste_nieuw', "
                                      "'inwoner_laatste_datum', 'inwoner_naam_open_zoek')"))
        && q.next());
    EXPECT_EQ(q.value(0).toInt(), 3);
}
