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
