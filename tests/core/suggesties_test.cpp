#include "core/suggesties.h"

#include "support/metingen.h"
#include "support/qtprinters.h"

#include <gtest/gtest.h>

using namespace dw;
using test::uniformeMeting;

namespace {

const Instrument& ins()
{
    return Instrument::standaard();
}

QStringList types(const QVector<Suggestie>& s)
{
    QStringList t;
    for (const Suggestie& x : s)
        t << x.type;
    return t;
}

} // namespace

TEST(Suggesties, NoMeetmomentNoSuggestions)
{
    EXPECT_TRUE(suggesties(ins(), nullptr, Plan {}).isEmpty());
}

TEST(Suggesties, StrongInwonerWithoutProblemsGetsNone)
{
    Meetmoment mm;
    mm.inwoner = uniformeMeting(Perspectief::Inwoner, 4, 4, {{QStringLiteral("financien"), 0}});
    mm.professional = uniformeMeting(Perspectief::Professional, 4, 4);
    EXPECT_TRUE(suggesties(ins(), &mm, Plan {}).isEmpty());
}

TEST(Suggesties, ZwakWithHeavyDraaglastGetsEveryTypeInInstrumentOrder)
{
    Meetmoment mm;
    // Zwak for the inwoner, enkel competenties for the professional; three probleemgebieden.
    mm.inwoner = uniformeMeting(Perspectief::Inwoner,
        2,
        2,
        {{QStringLiteral("financien"), 2}, {QStringLiteral("wonen"), 1}, {QStringLiteral("veiligheid"), std::nullopt}});
    mm.professional = uniformeMeting(Perspectief::Professional,
        4,
        2,
        {{QStringLiteral("financien"), 1}, {QStringLiteral("wonen"), 1}, {QStringLiteral("tijdsbesteding"), 1}});
    Plan plan;
    plan.interventies << Interventie {
        QStringLiteral("netwerk_versterken"), QStringLiteral("Netwerkkaart"), 0, {}, {}, {}};
    const QVector<Suggestie> s = suggesties(ins(), &mm, plan);
    EXPECT_EQ(types(s),
        (QStringList {QStringLiteral("draaglast_verminderen"),
            QStringLiteral("competenties_versterken"),
            QStringLiteral("netwerk_versterken"),
            QStringLiteral("netwerkcompetentie_versterken"),
            QStringLiteral("voorliggend_veld_benutten"),
            QStringLiteral("vertrouwen_versterken")}));
    // The study's example comes with each type; levensgebieden in instrument order, n.v.t. left out.
    EXPECT_TRUE(s.at(0).voorbeeld.contains(QStringLiteral("huishoudelijke hulp")));
    EXPECT_TRUE(s.at(0).reden.contains(QStringLiteral("3 probleemgebieden")));
    EXPECT_EQ(s.at(0).levensgebieden,
        (QStringList {QStringLiteral("financien"), QStringLiteral("wonen"), QStringLiteral("tijdsbesteding")}));
    EXPECT_FALSE(s.at(0).alInPlan);
    EXPECT_TRUE(s.at(2).alInPlan);
}

TEST(Suggesties, OneProblemSuggestsOnlyDraaglastVerminderen)
{
    Meetmoment mm;
    mm.professional = uniformeMeting(Perspectief::Professional, 4, 4, {{QStringLiteral("wonen"), 1}});
    const QVector<Suggestie> s = suggesties(ins(), &mm, Plan {});
    ASSERT_EQ(types(s), QStringList {QStringLiteral("draaglast_verminderen")});
    EXPECT_EQ(s.first().reden, QStringLiteral("Er is een probleem op 1 levensgebied."));
}

TEST(Suggesties, WeakSocialCapitalOnly)
{
    Meetmoment mm;
    mm.inwoner = uniformeMeting(Perspectief::Inwoner, 4, 3); // SK 3.0 < 3.5: enkel competenties
    const QVector<Suggestie> s = suggesties(ins(), &mm, Plan {});
    EXPECT_EQ(types(s),
        (QStringList {QStringLiteral("netwerk_versterken"),
            QStringLiteral("netwerkcompetentie_versterken"),
            QStringLiteral("voorliggend_veld_benutten")}));
    EXPECT_TRUE(s.first().reden.contains(QStringLiteral("onder 3,5")));
}
