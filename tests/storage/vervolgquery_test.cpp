#include "storage/vervolgquery.h"

#include "core/instrument.h"
#include "storage/dossierstore.h"

#include "support/fakeclock.h"
#include "support/handcohort.h"
#include "support/qtprinters.h"
#include "support/tempdatabase.h"

#include <gtest/gtest.h>

using namespace dw;

namespace {

// The fake clock says 25 November 2026. Follow-up after 6 months: due when the last meetmoment is on or before
// 25 May 2026.
//   P1 Anna  last 2026-05-25  due 2026-11-25: today, exactly 6 months
//   P2 Anna  last 2026-05-26  due tomorrow
//   P3 Bram  last 2026-06-25  5 months ago: not due
//   P4 Bram  2024-12-01, last 2025-01-01  due since 2025-07-01
//   P5 (none) last 2026-04-01  due since 2026-10-01
//   P6 Anna  no meetmoment: needs a nulmeting, not a follow-up
class VervolgQueryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        using test::addMeetmoment;
        using test::handDossier;
        const QString enschede = QStringLiteral("Enschede");
        const QString anna = QStringLiteral("Anna");
        const QString bram = QStringLiteral("Bram");
        QVector<Dossier> d {handDossier(QStringLiteral("P1"), enschede, anna),
            handDossier(QStringLiteral("P2"), enschede, anna),
            handDossier(QStringLiteral("P3"), QStringLiteral("Hengelo"), bram),
            handDossier(QStringLiteral("P4"), enschede, bram),
            handDossier(QStringLiteral("P5"), enschede),
            handDossier(QStringLiteral("P6"), enschede, anna)};
        addMeetmoment(d[0], QDate(2026, 5, 25), 3, 3);
        addMeetmoment(d[1], QDate(2026, 5, 26), 3, 3);
        addMeetmoment(d[2], QDate(2026, 6, 25), 3, 3);
        addMeetmoment(d[3], QDate(2024, 12, 1), 3, 3);
        addMeetmoment(d[3], QDate(2025, 1, 1), 3, 3);
        addMeetmoment(d[4], QDate(2026, 4, 1), 3, 3);
        ASSERT_TRUE(DossierStore(t.db(), Instrument::standaard()).importDossiers(d).ok());
    }
    VervolgFilter filter() const
    {
        VervolgFilter f;
        f.peildatum = clock.today();
        f.maanden = 6;
        return f;
    }
    QStringList refs(const VervolgFilter& f)
    {
        QStringList out;
        const auto rows = VervolgQuery(t.db()).inwoners(f);
        EXPECT_TRUE(rows.ok());
        for (const VervolgRij& r : rows.value())
            out << r.ref;
        return out;
    }
    test::TempDatabase t;
    test::FakeClock clock;
};

} // namespace

TEST(VervolgDatum, SixMonthsAfterTheLastClampedToTheMonthsEnd)
{
    EXPECT_EQ(vervolgDatum(QDate(2026, 5, 25), 6), QDate(2026, 11, 25));
    EXPECT_EQ(vervolgDatum(QDate(2026, 8, 31), 6), QDate(2027, 2, 28));
    EXPECT_EQ(vervolgDatum(QDate(2027, 8, 31), 6), QDate(2028, 2, 29));
    EXPECT_FALSE(vervolgDatum(QDate(), 6).isValid());
}

TEST(VervolgDatum, TheLastDateThatIsDueMatchesTheDueDate)
{
    EXPECT_EQ(laatsteMetingVoorVervolg(QDate(2026, 11, 25), 6), QDate(2026, 5, 25));
    // 29, 30 and 31 August + 6 months are all 28 February 2027.
    EXPECT_EQ(laatsteMetingVoorVervolg(QDate(2027, 2, 28), 6), QDate(2026, 8, 31));
    EXPECT_EQ(laatsteMetingVoorVervolg(QDate(2027, 3, 1), 6), QDate(2026, 9, 1));
    EXPECT_EQ(laatsteMetingVoorVervolg(QDate(2028, 2, 29), 6), QDate(2027, 8, 31));
    EXPECT_EQ(laatsteMetingVoorVervolg(QDate(2026, 11, 25), 3), QDate(2026, 8, 25));
}

TEST_F(VervolgQueryTest, DueExactlyAtSixMonthsNotAtFive)
{
    const auto rows = VervolgQuery(t.db()).inwoners(filter());
    ASSERT_TRUE(rows.ok()) << rows.errorMessage().toStdString();
    // The longest overdue first.
    ASSERT_EQ(rows->size(), 3);
    EXPECT_EQ(rows->at(0).ref, QStringLiteral("P4"));
    EXPECT_EQ(rows->at(0).meetmomenten, 2);
    EXPECT_EQ(rows->at(0).laatsteMeting, QDate(2025, 1, 1));
    EXPECT_EQ(rows->at(0).vervolgOp, QDate(2025, 7, 1));
    EXPECT_EQ(rows->at(1).ref, QStringLiteral("P5"));
    EXPECT_EQ(rows->at(2).ref, QStringLiteral("P1"));
    EXPECT_EQ(rows->at(2).vervolgOp, QDate(2026, 11, 25));
    EXPECT_EQ(rows->at(2).professional, QStringLiteral("Anna"));
}

TEST_F(VervolgQueryTest, TheNextDayTheNextOneIsDue)
{
    clock.advanceDays(1);
    EXPECT_EQ(refs(filter()),
        (QStringList {QStringLiteral("P4"), QStringLiteral("P5"), QStringLiteral("P1"), QStringLiteral("P2")}));
    clock.advanceMonths(1); // 26 December: P3 (25 June) is due too
    EXPECT_EQ(refs(filter()).size(), 5);
}

TEST_F(VervolgQueryTest, TheSettingChangesTheInterval)
{
    VervolgFilter f = filter();
    f.maanden = 5; // P3's five months are now enough
    EXPECT_TRUE(refs(f).contains(QStringLiteral("P3")));
    f.maanden = 12; // only P4
    EXPECT_EQ(refs(f), QStringList {QStringLiteral("P4")});
}

TEST_F(VervolgQueryTest, CountsPerProfessionalAndForTheTeam)
{
    const auto o = VervolgQuery(t.db()).run(filter());
    ASSERT_TRUE(o.ok()) << o.errorMessage().toStdString();
    ASSERT_EQ(o->perProfessional.size(), 3);
    const VervolgTelling& anna = o->perProfessional[0];
    EXPECT_EQ(anna.professional, QStringLiteral("Anna"));
    EXPECT_EQ(anna.inwoners, 3);
    EXPECT_EQ(anna.metMeetmoment, 2);
    EXPECT_EQ(anna.vervolgNodig, 1);
    const VervolgTelling& bram = o->perProfessional[1];
    EXPECT_EQ(bram.professional, QStringLiteral("Bram"));
    EXPECT_EQ(bram.inwoners, 2);
    EXPECT_EQ(bram.vervolgNodig, 1);
    const VervolgTelling& zonder = o->perProfessional[2]; // without a professional: last
    EXPECT_TRUE(zonder.professional.isEmpty());
    EXPECT_EQ(zonder.vervolgNodig, 1);
    EXPECT_EQ(o->team.inwoners, 6);
    EXPECT_EQ(o->team.metMeetmoment, 5);
    EXPECT_EQ(o->team.vervolgNodig, 3);
    EXPECT_EQ(o->inwoners.size(), 3);
}

TEST_F(VervolgQueryTest, FilterByProfessionalAndGemeente)
{
    VervolgFilter f = filter();
    f.professional = QStringLiteral("Bram");
    EXPECT_EQ(refs(f), QStringList {QStringLiteral("P4")});
    const auto o = VervolgQuery(t.db()).run(f);
    ASSERT_EQ(o->perProfessional.size(), 1);
    EXPECT_EQ(o->team.inwoners, 2);
    f.professional.clear();
    f.gemeente = QStringLiteral("Hengelo");
    clock.advanceMonths(2);
    f.peildatum = clock.today();
    EXPECT_EQ(refs(f), QStringList {QStringLiteral("P3")});
}

TEST_F(VervolgQueryTest, OnlyTheInwonersWithoutAProfessional)
{
    VervolgFilter f = filter();
    f.zonderProfessional = true;
    EXPECT_EQ(refs(f), QStringList {QStringLiteral("P5")});
    const auto o = VervolgQuery(t.db()).run(f);
    ASSERT_TRUE(o.ok());
    EXPECT_EQ(o->team.vervolgNodig, 1);
}

namespace {

// Thirty inwoners, all due, on three dates and with two names only, so that many rows share their date and name:
// a page boundary then falls inside such a group and only the id tells the rows apart.
class VervolgPaginaTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QVector<Dossier> d;
        const QString namen[] = {QStringLiteral("B. Jansen"), QStringLiteral("A. de Vries")};
        const QString professionals[] = {QStringLiteral("Anna"), QStringLiteral("Bram"), QString()};
        const QDate datums[] = {QDate(2025, 3, 1), QDate(2024, 11, 15), QDate(2025, 3, 2)};
        for (int i = 0; i < 30; ++i) {
            // Refs not in id order: the ref sort must not follow the ids by accident.
            d << test::handDossier(QStringLiteral("K%1").arg((i * 7) % 30, 2, 10, QLatin1Char('0')),
                i % 4 == 0 ? QStringLiteral("Hengelo") : QStringLiteral("Enschede"),
                professionals[i % 3]);
            d.last().inwoner.naam = namen[(i / 2) % 2];
            if (i % 5 == 0)
                test::addMeetmoment(d.last(), QDate(2024, 1, 1), 3, 3);
            test::addMeetmoment(d.last(), datums[i % 3], 3, 3);
        }
        ASSERT_TRUE(DossierStore(t.db(), Instrument::standaard()).importDossiers(d).ok());
    }
    VervolgFilter filter() const
    {
        VervolgFilter f;
        f.peildatum = QDate(2026, 11, 25);
        return f;
    }
    // The list read page by page, each page after the last row of the one before, until a short page.
    QVector<VervolgRij> inPaginas(const VervolgFilter& f, int limit, int* grenzenGelijk = nullptr)
    {
        QVector<VervolgRij> out;
        std::optional<VervolgRij> na;
        for (int guard = 0; guard < 100; ++guard) {
            const auto page = VervolgQuery(t.db()).pagina(f, na, limit);
            EXPECT_TRUE(page.ok()) << page.errorMessage().toStdString();
            if (!page.ok())
                break;
            EXPECT_LE(page->size(), limit);
            if (grenzenGelijk && na && !page->isEmpty() && page->first().laatsteMeting == na->laatsteMeting
                && page->first().naam == na->naam)
                ++*grenzenGelijk;
            out << page.value();
            if (page->size() < limit)
                break;
            na = page->last();
        }
        return out;
    }
    static QVector<qint64> ids(const QVector<VervolgRij>& rows)
    {
        QVector<qint64> out;
        for (const VervolgRij& r : rows)
            out << r.id;
        return out;
    }
    test::TempDatabase t;
};

} // namespace

TEST_F(VervolgPaginaTest, PagesByKeyMakeTheWholeListInItsOrder)
{
    const auto geheel = VervolgQuery(t.db()).inwoners(filter());
    ASSERT_TRUE(geheel.ok()) << geheel.errorMessage().toStdString();
    ASSERT_EQ(geheel->size(), 30);
    // The longest overdue first, then naam, then id.
    for (int i = 1; i < geheel->size(); ++i) {
        const VervolgRij& a = geheel->at(i - 1);
        const VervolgRij& b = geheel->at(i);
        EXPECT_TRUE(std::tie(a.laatsteMeting, a.naam, a.id) < std::tie(b.laatsteMeting, b.naam, b.id)) << i;
    }
    int grenzenGelijk = 0;
    const QVector<VervolgRij> paginas = inPaginas(filter(), 4, &grenzenGelijk);
    EXPECT_EQ(ids(paginas), ids(geheel.value()));
    EXPECT_GT(grenzenGelijk, 0); // some page began with the date and naam the page before ended with
    for (int i = 0; i < paginas.size(); ++i) {
        EXPECT_EQ(paginas[i].ref, geheel->at(i).ref);
        EXPECT_EQ(paginas[i].laatsteMeting, geheel->at(i).laatsteMeting);
        EXPECT_EQ(paginas[i].vervolgOp, geheel->at(i).vervolgOp);
        EXPECT_EQ(paginas[i].meetmomenten, geheel->at(i).meetmomenten);
    }
    // The count says how long the list is.
    const auto tellingen = VervolgQuery(t.db()).tellingen(filter());
    ASSERT_TRUE(tellingen.ok());
    EXPECT_EQ(teamTotaal(tellingen.value()).vervolgNodig, paginas.size());
}

TEST_F(VervolgPaginaTest, EveryOrderPagesTheSameAsTheWholeListAndReversesExactly)
{
    using S = VervolgFilter::Sort;
    for (S sort : {S::VervolgOp, S::Ref, S::Naam, S::Gemeente, S::Professional, S::Meetmomenten}) {
        VervolgFilter f = filter();
        f.sort = sort;
        const auto op = VervolgQuery(t.db()).inwoners(f);
        ASSERT_TRUE(op.ok()) << op.errorMessage().toStdString();
        f.descending = true;
        const auto af = VervolgQuery(t.db()).inwoners(f);
        ASSERT_TRUE(af.ok()) << af.errorMessage().toStdString();
        QVector<qint64> omgekeerd = ids(af.value());
        std::reverse(omgekeerd.begin(), omgekeerd.end());
        EXPECT_EQ(ids(op.value()), omgekeerd) << int(sort);
        for (int limit : {1, 7}) {
            f.descending = false;
            EXPECT_EQ(ids(inPaginas(f, limit)), ids(op.value())) << int(sort) << " " << limit;
            f.descending = true;
            EXPECT_EQ(ids(inPaginas(f, limit)), ids(af.value())) << int(sort) << " " << limit << " desc";
        }
    }
    VervolgFilter f = filter();
    f.sort = S::Ref;
    const auto op = VervolgQuery(t.db()).inwoners(f);
    EXPECT_EQ(op->first().ref, QStringLiteral("K00"));
    EXPECT_EQ(op->last().ref, QStringLiteral("K29"));
}

TEST_F(VervolgPaginaTest, OneProfessionalsPagesMatchTheirCount)
{
    const auto tellingen = VervolgQuery(t.db()).tellingen(filter());
    ASSERT_TRUE(tellingen.ok());
    ASSERT_EQ(tellingen->size(), 3); // Anna, Bram, and those without
    for (const VervolgTelling& telling : tellingen.value()) {
        VervolgFilter f = filter();
        f.professional = telling.professional;
        f.zonderProfessional = telling.professional.isEmpty();
        const QVector<VervolgRij> rows = inPaginas(f, 3);
        EXPECT_EQ(rows.size(), telling.vervolgNodig);
        for (const VervolgRij& r : rows)
            EXPECT_EQ(r.professional, telling.professional);
    }
}

TEST(VervolgPagina, AnEmptyCaseloadHasNoRowsAndNoPage)
{
    test::TempDatabase t;
    VervolgFilter f;
    f.peildatum = QDate(2026, 11, 25);
    const auto page = VervolgQuery(t.db()).pagina(f, std::nullopt, 500);
    ASSERT_TRUE(page.ok()) << page.errorMessage().toStdString();
    EXPECT_TRUE(page->isEmpty());
    const auto tellingen = VervolgQuery(t.db()).tellingen(f);
    ASSERT_TRUE(tellingen.ok());
    EXPECT_TRUE(tellingen->isEmpty());
    EXPECT_EQ(teamTotaal(tellingen.value()).vervolgNodig, 0);
}

TEST_F(VervolgQueryTest, AProfessionalsSessionCountsAndListsOnlyTheirInwoners)
{
    Sessie anna;
    anna.accountId = 1;
    anna.gebruiker = QStringLiteral("Anna");
    anna.rollen = Rol::Professional;
    t.db().setSessie(anna);
    const auto o = VervolgQuery(t.db()).run(filter());
    ASSERT_TRUE(o.ok()) << o.errorMessage().toStdString();
    ASSERT_EQ(o->perProfessional.size(), 1);
    EXPECT_EQ(o->perProfessional[0].professional, QStringLiteral("Anna"));
    EXPECT_EQ(o->team.inwoners, 3);
    EXPECT_EQ(o->team.metMeetmoment, 2);
    EXPECT_EQ(o->team.vervolgNodig, 1);
    EXPECT_EQ(refs(filter()), QStringList {QStringLiteral("P1")});
    const auto page = VervolgQuery(t.db()).pagina(filter(), o->inwoners.first(), 10);
    ASSERT_TRUE(page.ok());
    EXPECT_TRUE(page->isEmpty());
}
