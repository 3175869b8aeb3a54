// New refs from the pattern of Instellingen (issue 18).
#include "core/refpatroon.h"

#include <gtest/gtest.h>

using namespace dw;

TEST(RefPatroon, TheDefaultMakesTheDemosRefs)
{
    const QString p = refpatroon::standaard();
    EXPECT_EQ(p, QStringLiteral("{GEMEENTECODE}-{NUMMER:6}"));
    EXPECT_TRUE(refpatroon::probleem(p).isEmpty());
    EXPECT_EQ(refpatroon::maak(p, QStringLiteral("ENS"), 42), QStringLiteral("ENS-000042"));
    EXPECT_EQ(refpatroon::voorvoegsel(p, QStringLiteral("ENS")), QStringLiteral("ENS-"));
    EXPECT_EQ(refpatroon::nummer(p, QStringLiteral("ENS"), QStringLiteral("ENS-000042")), 42);
    EXPECT_FALSE(refpatroon::nummer(p, QStringLiteral("ENS"), QStringLiteral("ARN-000042")));
    EXPECT_FALSE(refpatroon::nummer(p, QStringLiteral("ENS"), QStringLiteral("ENS-00004x")));
}

TEST(RefPatroon, OtherPatterns)
{
    EXPECT_EQ(refpatroon::maak(QStringLiteral("WT{NUMMER}"), QStringLiteral("ENS"), 7), QStringLiteral("WT7"));
    EXPECT_EQ(refpatroon::maak(QStringLiteral("{GEMEENTECODE}/{NUMMER:4}/A"), QStringLiteral("VNL"), 12),
        QStringLiteral("VNL/0012/A"));
    EXPECT_EQ(refpatroon::nummer(
                  QStringLiteral("{GEMEENTECODE}/{NUMMER:4}/A"), QStringLiteral("VNL"), QStringLiteral("VNL/0012/A")),
        12);
    EXPECT_EQ(refpatroon::probleem(QStringLiteral("{GEMEENTECODE}-")),
        QStringLiteral("het patroon heeft {NUMMER} of {NUMMER:6} nodig, voor het volgnummer"));
    EXPECT_FALSE(refpatroon::probleem(QStringLiteral("{JAAR}-{NUMMER}")).isEmpty());
    EXPECT_FALSE(refpatroon::probleem(QStringLiteral("{NUMMER:0}")).isEmpty());
}

TEST(RefPatroon, TheGemeenteCodeIsTheOneItsRefsUseElseMadeFromTheName)
{
    EXPECT_EQ(refpatroon::gemeenteCode(QStringLiteral("Venlo"),
                  {QStringLiteral("VNL-000001"), QStringLiteral("VNL-000002"), QStringLiteral("X12")}),
        QStringLiteral("VNL"));
    EXPECT_EQ(refpatroon::gemeenteCode(QStringLiteral("Enschede"), {}), QStringLiteral("ENS"));
    EXPECT_EQ(refpatroon::gemeenteCode(QStringLiteral("Súdwest-Fryslân"), {}), QStringLiteral("SFR"));
    EXPECT_EQ(refpatroon::gemeenteCode(QStringLiteral("'s-Hertogenbosch"), {}), QStringLiteral("SHE"));
    EXPECT_EQ(refpatroon::gemeenteCode(QStringLiteral("Ede"), {}), QStringLiteral("EDE"));
    EXPECT_EQ(refpatroon::gemeenteCode(QString(), {}), QStringLiteral("INW"));
}
