#include "core/account.h"

#include <gtest/gtest.h>

using namespace dw;

namespace {

Sessie sessie(Rollen rollen, const char* team = "Noord")
{
    return Sessie {7, QStringLiteral("M. Jansen"), rollen, QString::fromUtf8(team), QStringLiteral("pc-1")};
}

} // namespace

TEST(Rollen, CodesAreStoredInAFixedOrderAndReadBack)
{
    EXPECT_EQ(rollen::codes(Rollen(Rol::Beheerder) | Rol::Professional), QStringLiteral("professional,beheerder"));
    EXPECT_EQ(rollen::codes(rollen::alle), QStringLiteral("professional,teamleider,beheerder"));
    const auto parsed = rollen::parse(QStringLiteral("teamleider, professional"));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed.value(), Rollen(Rol::Professional) | Rol::Teamleider);
    EXPECT_EQ(rollen::text(rollen::alle), QStringLiteral("professional, teamleider en beheerder"));
}

TEST(Rollen, AnUnknownOrMissingRoleIsRefusedByName)
{
    EXPECT_TRUE(rollen::parse(QStringLiteral("directeur")).errorMessage().contains(QStringLiteral("'directeur'")));
    EXPECT_FALSE(rollen::parse(QString()).ok());
}

TEST(Sessie, AProfessionalSeesAndChangesOnlyTheirOwnInwoners)
{
    const Sessie s = sessie(Rol::Professional);
    EXPECT_TRUE(s.kanZien(QStringLiteral("M. Jansen"), QStringLiteral("Zuid")));
    EXPECT_FALSE(s.kanZien(QStringLiteral("S. Öztürk"), QStringLiteral("Noord"))); // same team, not theirs
    EXPECT_TRUE(s.kanWijzigen(QStringLiteral("M. Jansen")));
    EXPECT_FALSE(s.kanWijzigen(QStringLiteral("S. Öztürk")));
}

TEST(Sessie, ATeamleiderSeesTheTeamAndChangesNothing)
{
    const Sessie s = sessie(Rol::Teamleider);
    EXPECT_TRUE(s.kanZien(QStringLiteral("S. Öztürk"), QStringLiteral("Noord")));
    EXPECT_FALSE(s.kanZien(QStringLiteral("P. Haverkamp"), QStringLiteral("Zuid")));
    EXPECT_FALSE(s.kanWijzigen(QStringLiteral("S. Öztürk")));
    EXPECT_FALSE(s.kanWijzigen(QStringLiteral("M. Jansen"))); // not a professional, so not even "their own"
    EXPECT_TRUE(sessie(Rol::Teamleider, "").zietAlles()); // without a team: the whole desk
}

TEST(Sessie, AProfessionalWhoLeadsTheWholeDeskChangesEveryDossier)
{
    // The first account of a desk: every role, no team.
    const Sessie s = sessie(rollen::alle, "");
    EXPECT_TRUE(s.kanWijzigen(QStringLiteral("S. Öztürk")));
    EXPECT_TRUE(s.kanWijzigen(QString()));
    // A teamleider of one team who is also a professional changes only their own.
    const Sessie t = sessie(Rollen(Rol::Professional) | Rol::Teamleider, "Noord");
    EXPECT_TRUE(t.kanZien(QStringLiteral("S. Öztürk"), QStringLiteral("Noord")));
    EXPECT_FALSE(t.kanWijzigen(QStringLiteral("S. Öztürk")));
}

TEST(Sessie, ABeheerderSeesNoDossier)
{
    const Sessie s = sessie(Rol::Beheerder, "");
    EXPECT_FALSE(s.zietAlles());
    EXPECT_FALSE(s.kanZien(QStringLiteral("M. Jansen"), QString()));
    EXPECT_FALSE(s.kanWijzigen(QStringLiteral("M. Jansen")));
}

TEST(Sessie, WithoutAnAccountEverythingIsAsBefore)
{
    const Sessie s;
    EXPECT_FALSE(s.aangemeld());
    EXPECT_TRUE(s.zietAlles());
    EXPECT_TRUE(s.kanWijzigen(QStringLiteral("wie dan ook")));
    EXPECT_TRUE(s.rolVoorAudit().isEmpty());
}
