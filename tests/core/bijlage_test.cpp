// What is said about a bijlage before it is stored: its size in words, the checks of description and date, and a
// name that is safe to write as a file.
#include "core/bijlage.h"

#include <gtest/gtest.h>

using namespace dw;

TEST(Bijlage, SizesAreInDecimalUnitsWithADutchComma)
{
    EXPECT_EQ(bijlage::grootteTekst(840), QStringLiteral("840 bytes"));
    EXPECT_EQ(bijlage::grootteTekst(12'400), QStringLiteral("12 kB"));
    EXPECT_EQ(bijlage::grootteTekst(3'400'000), QStringLiteral("3,4 MB"));
    EXPECT_EQ(bijlage::grootteTekst(25'000'000), QStringLiteral("25 MB"));
    EXPECT_EQ(bijlage::maxGrootte, 25'000'000);
    EXPECT_TRUE(bijlage::teGrootTekst(25'000'001)
                    .startsWith(QStringLiteral(
                        "Dit bestand is 25.000.001 bytes groot; een bijlage mag hoogstens 25.000.000 bytes (25 MB)")));
}

TEST(Bijlage, ADescriptionAndADateNotInTheFutureAreNeeded)
{
    const QDate vandaag(2026, 11, 25);
    EXPECT_EQ(bijlage::probleem(QStringLiteral("Brief"), vandaag, vandaag), QString());
    EXPECT_EQ(bijlage::probleem(QStringLiteral(" "), vandaag, vandaag),
        QStringLiteral("Geef een omschrijving, bijvoorbeeld \"Toestemmingsformulier, ondertekend\"."));
    EXPECT_EQ(bijlage::probleem(QString(201, QLatin1Char('x')), vandaag, vandaag),
        QStringLiteral("De omschrijving is langer dan 200 tekens."));
    EXPECT_EQ(bijlage::probleem(QStringLiteral("Brief"), QDate(), vandaag),
        QStringLiteral("Geef de datum van het document."));
    EXPECT_EQ(bijlage::probleem(QStringLiteral("Brief"), vandaag.addDays(1), vandaag),
        QStringLiteral("De datum ligt in de toekomst."));
}

TEST(Bijlage, ASafeNameHasNoFoldersOrForbiddenCharacters)
{
    EXPECT_EQ(bijlage::veiligeNaam(QStringLiteral("Brief 3-2.pdf")), QStringLiteral("Brief 3-2.pdf"));
    EXPECT_EQ(bijlage::veiligeNaam(QStringLiteral("../../etc/passwd")), QStringLiteral("passwd"));
    EXPECT_EQ(bijlage::veiligeNaam(QStringLiteral("C:\\Users\\scan?.jpg")), QStringLiteral("scan_.jpg"));
    EXPECT_EQ(bijlage::veiligeNaam(QStringLiteral("..")), QStringLiteral("bijlage"));
    EXPECT_EQ(bijlage::veiligeNaam(QString()), QStringLiteral("bijlage"));
}
