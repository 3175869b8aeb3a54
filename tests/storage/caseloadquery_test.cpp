#include "storage/caseloadquery.h"

#include "core/demogenerator.h"
#include "storage/dossierstore.h"
#include "storage/inwonerrepository.h"

#include "support/handcohort.h"
#include "support/qtprinters.h"
#include "support/tempdatabase.h"

#include <QSet>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace dw;

namespace dw {
void PrintTo(const CaseloadTelling& t, std::ostream* os)
{
    *os << (t.meer ? "meer dan " : "") << t.aantal;
}
} // namespace dw

namespace {
class CaseloadQueryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const DemoGenerator g(Instrument::standaard(), 12);
        ASSERT_TRUE(DossierStore(t.db(), Instrument::standaard())
                        .importGenerated(120, [&g](int i) { return g.dossier(i); })
                        .ok());
    }
    // An inwoner of Venlo with this ref and naam, written straight to the table; returns its id.
    qint64 addVenlonaar(const QString& ref, const QString& naam)
    {
        Inwoner i;
        i.ref = ref;
        i.naam = naam;
        i.geboortedatum = QDate(1990, 1, 1);
        i.gemeente = QStringLiteral("Venlo");
        const auto id = InwonerRepository(t.db()).insert(i);
        EXPECT_TRUE(id.ok()) << id.errorMessage().toStdString();
        return id.ok() ? id.value() : 0;
    }

    test::TempDatabase t;
};
} // namespace

TEST_F(CaseloadQueryTest, CountsAndPagesAreConsistent)
{
    CaseloadQuery q(t.db());
    EXPECT_EQ(q.count({}).value(), 120);
    const auto first = q.page({}, std::nullopt, 50).value();
    const auto rest = q.page({}, first.constLast(), 100).value();
    ASSERT_EQ(first.size(), 50);
    ASSERT_EQ(rest.size(), 70);
    EXPECT_LE(first.last().naam, rest.first().naam); // sorted by naam across the page boundary
    EXPECT_GT(first.first().meetmomenten, 0);
    EXPECT_TRUE(first.first().laatsteMeting.isValid());
}

TEST_F(CaseloadQueryTest, KeysetPagesTogetherAreTheWholeListInEverySortAndDirection)
{
    // Ties on every sort key across page boundaries of 3: five of the same name in one gemeente, without a
    // meetmoment (no date: before every date), and four whose last meetmomenten fall on the same day.
    for (int k = 0; k < 5; ++k)
        ASSERT_GT(addVenlonaar(QStringLiteral("GLK-%1").arg(k), QStringLiteral("Jan de Gelijk")), 0);
    QVector<Dossier> zelfdeDag;
    for (int k = 0; k < 4; ++k) {
        Dossier d = test::handDossier(QStringLiteral("DAG-%1").arg(k), QStringLiteral("Venlo"));
        d.inwoner.naam = QStringLiteral("Jan de Gelijk");
        test::addMeetmoment(d, QDate(2016, 5, 1), 2, 2);
        test::addMeetmoment(d, QDate(2017, 3, 1), 4, 4);
        zelfdeDag << d;
    }
    ASSERT_TRUE(DossierStore(t.db(), Instrument::standaard()).importDossiers(zelfdeDag).ok());

    // What the list must be, in the engine's own order, with the last meetmoment found from the meetmomenten
    // themselves (not from the columns the caseload reads).
    const QString laatsteDatum = QStringLiteral("coalesce((SELECT m.datum FROM meetmoment m WHERE m.inwoner_id = i.id "
                                                "ORDER BY m.volgnummer DESC LIMIT 1), '')");
    const std::pair<CaseloadFilter::Sort, QStringList> sorts[] = {
        {CaseloadFilter::Sort::Naam, {QStringLiteral("i.naam"), QStringLiteral("i.id")}},
        {CaseloadFilter::Sort::Ref, {QStringLiteral("i.ref"), QStringLiteral("i.id")}},
        {CaseloadFilter::Sort::Gemeente,
            {QStringLiteral("i.gemeente"), QStringLiteral("i.naam"), QStringLiteral("i.id")}},
        {CaseloadFilter::Sort::LaatsteMeting, {laatsteDatum, QStringLiteral("i.id")}},
    };
    for (const auto& [sort, columns] : sorts) {
        for (const bool descending : {false, true}) {
            const QString dir = descending ? QStringLiteral(" DESC") : QString();
            QSqlQuery r(t.db().connection());
            ASSERT_TRUE(r.exec(QStringLiteral("SELECT i.id FROM inwoner i WHERE i.afgesloten_op IS NULL ORDER BY ")
                + columns.join(dir + QStringLiteral(", ")) + dir));
            QVector<qint64> expected;
            while (r.next())
                expected << r.value(0).toLongLong();
            ASSERT_EQ(expected.size(), 129);

            CaseloadFilter f;
            f.sort = sort;
            f.descending = descending;
            CaseloadQuery q(t.db());
            QVector<qint64> paged;
            std::optional<CaseloadRij> after;
            for (int pages = 0; pages < 100; ++pages) {
                const auto page = q.page(f, after, 3);
                ASSERT_TRUE(page.ok()) << page.errorMessage().toStdString();
                for (const CaseloadRij& row : page.value())
                    paged << row.id;
                if (page.value().size() < 3)
                    break;
                after = page.value().constLast();
            }
            EXPECT_EQ(paged, expected) << "sort " << int(sort) << (descending ? " aflopend" : " oplopend");
        }
    }
}

TEST_F(CaseloadQueryTest, PagesOfASearchAreTheSameWhicheverWayTheyAreRead)
{
    // "ven" finds Venlo's 20 and more. Read with a page of one row the walk along the names is the cheaper plan,
    // with a page of 500 the trigram index (a file; a server's planner chooses itself): the rows and their order are
    // those of a plain scan either way, also for a two-letter search, which no index can answer.
    QSet<int> plans;
    for (const QString& zoek : {QStringLiteral("ven"), QStringLiteral("VE"), QStringLiteral("jan de")}) {
        const QString pattern = QLatin1Char('%') + zoek.toLower() + QLatin1Char('%');
        QSqlQuery scan(t.db().connection());
        ASSERT_TRUE(
            scan.exec(QStringLiteral("SELECT id FROM inwoner WHERE afgesloten_op IS NULL AND (lower(naam) LIKE "
                                     "'%1' OR lower(ref) LIKE '%1' OR lower(gemeente) LIKE '%1') ORDER BY naam, id")
                          .arg(pattern)));
        QVector<qint64> expected;
        while (scan.next())
            expected << scan.value(0).toLongLong();
        for (const int limit : {1, 2, 7, 500}) {
            CaseloadFilter f;
            f.zoek = zoek;
            CaseloadQuery q(t.db());
            ASSERT_TRUE(q.countUpTo(f).ok());
            plans << int(q.plan(f, limit).value());
            QVector<qint64> paged;
            std::optional<CaseloadRij> after;
            for (int pages = 0; pages < 200; ++pages) {
                const auto page = q.page(f, after, limit);
                ASSERT_TRUE(page.ok()) << page.errorMessage().toStdString();
                for (const CaseloadRij& row : page.value())
                    paged << row.id;
                if (page.value().size() < limit)
                    break;
                after = page.value().constLast();
            }
            EXPECT_EQ(paged, expected) << zoek.toStdString() << ", pagina's van " << limit;
        }
    }
    if (!test::testingServer()) {
        EXPECT_TRUE(plans.contains(int(CaseloadQuery::Plan::SearchIndex)));
        EXPECT_TRUE(plans.contains(int(CaseloadQuery::Plan::SortOrder)));
    }
}

TEST_F(CaseloadQueryTest, TheCountIsExactBelowItsCapAndSaysMoreAboveIt)
{
    CaseloadFilter venloZwak;
    venloZwak.gemeente = QStringLiteral("Venlo");
    venloZwak.kwadrantInwoner = Kwadrant::Zwak;
    CaseloadFilter tekst; // by the trigram index on a file
    tekst.zoek = QStringLiteral("ven");
    CaseloadFilter kort; // too short for any index
    kort.zoek = QStringLiteral("v");
    for (const CaseloadFilter& f : {CaseloadFilter {}, venloZwak, tekst, kort}) {
        CaseloadQuery q(t.db());
        const int n = q.count(f).value();
        ASSERT_GT(n, 1) << f.zoek.toStdString();
        EXPECT_EQ(q.countUpTo(f).value(), (CaseloadTelling {n, false})); // the cap of 1,000
        EXPECT_EQ(q.countUpTo(f, n).value(), (CaseloadTelling {n, false}));
        EXPECT_EQ(q.countUpTo(f, n + 1).value(), (CaseloadTelling {n, false}));
        EXPECT_EQ(q.countUpTo(f, n - 1).value(), (CaseloadTelling {n - 1, true}));
        EXPECT_EQ(q.countUpTo(f, 1).value(), (CaseloadTelling {1, true}));
    }
    CaseloadFilter niemand;
    niemand.zoek = QStringLiteral("bestaat-niet");
    EXPECT_EQ(CaseloadQuery(t.db()).countUpTo(niemand).value(), (CaseloadTelling {0, false}));
}

TEST_F(CaseloadQueryTest, SearchIsCaseInsensitiveOverNaamRefAndGemeente)
{
    CaseloadQuery q(t.db());
    CaseloadFilter f;
    f.zoek = QStringLiteral("vnl-00000");
    EXPECT_EQ(q.count(f).value(), 9); // VNL-000001 .. VNL-000009 (Venlo has 20 of 120)
    f.zoek = QStringLiteral("VENLO");
    EXPECT_EQ(q.count(f).value(), 20);
}

TEST_F(CaseloadQueryTest, WildcardsInTheSearchMatchThemselves)
{
    ASSERT_GT(addVenlonaar(QStringLiteral("X_1%"), QStringLiteral("Test 100%")), 0);
    CaseloadQuery q(t.db());
    CaseloadFilter f;
    f.zoek = QStringLiteral("%");
    EXPECT_EQ(q.count(f).value(), 1);
    f.zoek = QStringLiteral("_");
    EXPECT_EQ(q.count(f).value(), 1);
}

TEST_F(CaseloadQueryTest, SearchFollowsARenameAndMatchesNoTextAcrossTwoFields)
{
    // On a server the search reads one stored column made of the three fields; it must follow every change, and
    // neither "hagen" nor "ha gen" may be found in naam "Jan Ha" followed by ref "GEN-1".
    const qint64 id = addVenlonaar(QStringLiteral("GEN-1"), QStringLiteral("Pietje Bell"));
    ASSERT_GT(id, 0);
    InwonerRepository repo(t.db());
    Inwoner i = repo.findById(id).value();
    i.naam = QStringLiteral("Jan Ha");
    ASSERT_TRUE(repo.update(i).ok());
    CaseloadQuery q(t.db());
    CaseloadFilter f;
    f.zoek = QStringLiteral("pietje");
    EXPECT_EQ(q.count(f).value(), 0);
    f.zoek = QStringLiteral("JAN HA");
    ASSERT_EQ(q.count(f).value(), 1);
    EXPECT_EQ(q.page(f, std::nullopt, 10).value().constFirst().ref, QStringLiteral("GEN-1"));
    f.zoek = QStringLiteral("hagen");
    EXPECT_EQ(q.count(f).value(), 0);
    f.zoek = QStringLiteral("ha gen");
    EXPECT_EQ(q.count(f).value(), 0);
}

TEST_F(CaseloadQueryTest, TheIndexedSearchFindsExactlyWhatAScanFinds)
{
    // From three characters on, a file's search goes through the trigram index (migration 14); shorter ones scan.
    // Both must find the same inwoners as LIKE over the three columns, whatever the case or the spaces.
    QSqlQuery scan(t.db().connection());
    for (const QString& zoek : {QStringLiteral("jan"),
             QStringLiteral("BAKKER"),
             QStringLiteral("ens-0000"),
             QStringLiteral("en"),
             QStringLiteral("a"),
             QStringLiteral("  venlo "),
             QStringLiteral("de v"),
             QStringLiteral("west")}) {
        const QString pattern = QLatin1Char('%') + zoek.trimmed().toLower() + QLatin1Char('%');
        ASSERT_TRUE(
            scan.exec(QStringLiteral("SELECT count(*) FROM inwoner WHERE afgesloten_op IS NULL AND "
                                     "(lower(naam) LIKE '%1' OR lower(ref) LIKE '%1' OR lower(gemeente) LIKE '%1')")
                          .arg(pattern)));
        ASSERT_TRUE(scan.next());
        CaseloadFilter f;
        f.zoek = zoek;
        EXPECT_EQ(CaseloadQuery(t.db()).count(f).value(), scan.value(0).toInt()) << zoek.toStdString();
        EXPECT_EQ(CaseloadQuery(t.db()).page(f, std::nullopt, 500).value().size(), scan.value(0).toInt())
            << zoek.toStdString();
    }
}

TEST_F(CaseloadQueryTest, ARemovedInwonerIsNoLongerFound)
{
    const qint64 id = addVenlonaar(QStringLiteral("WEG-1"), QStringLiteral("Quirina Ypma"));
    ASSERT_GT(id, 0);
    CaseloadFilter f;
    f.zoek = QStringLiteral("ypma");
    EXPECT_EQ(CaseloadQuery(t.db()).count(f).value(), 1);
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM inwoner WHERE id = %1").arg(id)));
    EXPECT_EQ(CaseloadQuery(t.db()).count(f).value(), 0);
}

TEST_F(CaseloadQueryTest, QuadrantFilterUsesTheLastMeetmoment)
{
    CaseloadQuery q(t.db());
    CaseloadFilter f;
    f.kwadrantInwoner = Kwadrant::Zwak;
    const auto rows = q.page(f, std::nullopt, 500).value();
    EXPECT_EQ(static_cast<int>(rows.size()), q.count(f).value());
    for (const CaseloadRij& r : rows)
        EXPECT_EQ(r.kwadrantInwoner, Kwadrant::Zwak);
}

TEST_F(CaseloadQueryTest, SortByLastMeetingAndDescending)
{
    CaseloadQuery q(t.db());
    CaseloadFilter f;
    f.sort = CaseloadFilter::Sort::LaatsteMeting;
    f.descending = true;
    const auto rows = q.page(f, std::nullopt, 120).value();
    ASSERT_EQ(rows.size(), 120);
    for (int k = 1; k < rows.size(); ++k)
        EXPECT_GE(rows[k - 1].laatsteMeting, rows[k].laatsteMeting);
}

TEST(CaseloadQueryVervolg, TheFollowUpFilterAgreesWithTheDueDateAtTheMonthsEnd)
{
    // Last meetmoment 31 August 2026: due on 28 February 2027 (QDate::addMonths), as the row's vervolgOp says.
    test::TempDatabase t;
    Dossier d = test::handDossier(QStringLiteral("X"), QStringLiteral("Venlo"));
    test::addMeetmoment(d, QDate(2026, 8, 31), 3, 3);
    // Without any meetmoment nothing is due: there is nothing to follow up.
    const Dossier zonder = test::handDossier(QStringLiteral("Y"), QStringLiteral("Venlo"));
    ASSERT_TRUE(DossierStore(t.db(), Instrument::standaard()).importDossiers({d, zonder}).ok());
    CaseloadFilter f;
    f.alleenVervolgNodig = true;
    f.vervolgNaMaanden = 6;
    f.peildatum = QDate(2027, 2, 27);
    EXPECT_EQ(CaseloadQuery(t.db()).count(f).value(), 0);
    f.peildatum = QDate(2027, 2, 28);
    EXPECT_EQ(CaseloadQuery(t.db()).count(f).value(), 1);
    EXPECT_EQ(CaseloadQuery(t.db()).page(f, std::nullopt, 10).value().first().vervolgOp(6), QDate(2027, 2, 28));
}

// Issue 18: the search field also finds a birth date, a birth year, a postcode and a whole BSN.
TEST_F(CaseloadQueryTest, SearchFindsABirthDateAYearAPostcodeAndAWholeBsn)
{
    Inwoner i;
    i.ref = QStringLiteral("VNL-900001");
    i.naam = QStringLiteral("Q. Zoekmans");
    i.geboortedatum = QDate(1912, 3, 2); // older than any demo inwoner
    i.gemeente = QStringLiteral("Venlo");
    i.bsn = QStringLiteral("1234.56.782");
    i.adres.postcode = QStringLiteral("5911ab");
    ASSERT_TRUE(InwonerRepository(t.db()).insert(i).ok());
    CaseloadQuery q(t.db());
    const auto refsFor = [&q](const char* zoek) {
        CaseloadFilter f;
        f.zoek = QString::fromUtf8(zoek);
        QStringList refs;
        const auto rows = q.page(f, std::nullopt, 500);
        for (const CaseloadRij& r : rows.value())
            refs << r.ref;
        EXPECT_EQ(q.count(f).value(), refs.size()) << zoek;
        return refs;
    };
    const QStringList hem {QStringLiteral("VNL-900001")};
    EXPECT_EQ(refsFor("02-03-1912"), hem);
    EXPECT_EQ(refsFor("2-3-1912"), hem);
    EXPECT_TRUE(refsFor("03-02-1912").isEmpty()); // the Dutch order: 3 February is someone else's
    EXPECT_EQ(refsFor("5911 AB"), hem);
    EXPECT_EQ(refsFor("5911ab"), hem);
    EXPECT_EQ(refsFor("123456782"), hem);
    EXPECT_EQ(refsFor("123 456 782"), hem);
    EXPECT_TRUE(refsFor("12345678").isEmpty()); // part of a BSN finds nothing: exact match only
    EXPECT_TRUE(refsFor("6782").isEmpty());
    // A year: the inwoners born in it, and refs that hold it.
    EXPECT_EQ(refsFor("1912"), hem);
    int bornIn1980 = 0;
    const auto alle = InwonerRepository(t.db()).all();
    for (const Inwoner& x : alle.value())
        bornIn1980 += x.geboortedatum.year() == 1980 || x.ref.contains(QLatin1String("1980"));
    EXPECT_EQ(refsFor("1980").size(), bornIn1980);
}
