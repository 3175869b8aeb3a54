#include "core/dossierstatus.h"

#include "support/qtprinters.h"

#include <gtest/gtest.h>

using namespace dw;

TEST(DossierStatus, TheSixCodesOfTheContractReadBackAndNothingElse)
{
    const QStringList codes {QStringLiteral("doelen-bereikt"),
        QStringLiteral("verhuisd"),
        QStringLiteral("overleden"),
        QStringLiteral("elders-geholpen"),
        QStringLiteral("eigen-verzoek"),
        QStringLiteral("anders")};
    QStringList written;
    for (Afsluitreden r : alleAfsluitredenen) {
        written << afsluitredenCode(r);
        EXPECT_EQ(afsluitredenFromCode(afsluitredenCode(r)), r);
    }
    EXPECT_EQ(written, codes);
    EXPECT_FALSE(afsluitredenFromCode(QStringLiteral("Verhuisd")).has_value()); // codes are exact
    EXPECT_FALSE(afsluitredenFromCode(QString()).has_value());
    EXPECT_EQ(afsluitredenTekst(Afsluitreden::EigenVerzoek), QStringLiteral("op eigen verzoek"));
}

TEST(DossierStatus, DescribesItselfInDutchWithTheNoteWhereThereIsOne)
{
    DossierStatus s;
    EXPECT_EQ(s.beschrijving(), QStringLiteral("open"));
    s.afgeslotenOp = QDate(2026, 3, 4);
    s.reden = Afsluitreden::EldersGeholpen;
    EXPECT_EQ(s.beschrijving(), QStringLiteral("afgesloten op 4 maart 2026: elders geholpen"));
    s.toelichting = QStringLiteral("Humanitas");
    EXPECT_EQ(s.beschrijving(), QStringLiteral("afgesloten op 4 maart 2026: elders geholpen (Humanitas)"));
    s.reden = Afsluitreden::Anders;
    EXPECT_EQ(s.beschrijving(), QStringLiteral("afgesloten op 4 maart 2026: Humanitas"));
}

TEST(DossierStatus, AClosingNeedsADateNotAfterTodayAndATextForAnders)
{
    const QDate today(2026, 11, 25);
    DossierStatus s;
    EXPECT_EQ(afsluitenProblem(s, today), QStringLiteral("de datum van afsluiten ontbreekt"));
    s.reden = Afsluitreden::Verhuisd; // the default reason is "anders", which needs a text
    s.afgeslotenOp = today; // today itself is fine
    EXPECT_EQ(afsluitenProblem(s, today), QString());
    s.afgeslotenOp = today.addDays(1);
    EXPECT_EQ(afsluitenProblem(s, today), QStringLiteral("de datum van afsluiten ligt in de toekomst"));
    s.afgeslotenOp = today;
    s.reden = Afsluitreden::Anders;
    s.toelichting = QStringLiteral("   ");
    EXPECT_EQ(afsluitenProblem(s, today), QStringLiteral("bij reden 'anders' hoort een toelichting"));
    // Two open statuses are equal whatever their leftover reason; closed ones compare everything.
    DossierStatus a, b;
    b.reden = Afsluitreden::Verhuisd;
    EXPECT_EQ(a, b);
    a.afgeslotenOp = b.afgeslotenOp = today;
    EXPECT_NE(a, b);
}
