// Dutch hyphenation for the narrow table columns of the plan PDF (issue 18). Every break point below was worked out
// by hand from the spelling rules for syllables (Woordenlijst, "afbreken").
#include "reporting/afbreken.h"

#include "support/qtprinters.h"

#include <gtest/gtest.h>

using namespace dw::afbreken;

namespace {

// The word with a '-' at each break point, to read the expectations as words.
QString afgebroken(const QString& woord)
{
    QString uit = woord;
    const QVector<int> punten = afbreekpunten(woord);
    for (auto it = punten.crbegin(); it != punten.crend(); ++it)
        uit.insert(*it, QLatin1Char('-'));
    return uit;
}

} // namespace

TEST(Afbreken, BreaksBetweenSyllables)
{
    EXPECT_EQ(afgebroken(QStringLiteral("betalingsachterstanden")), QStringLiteral("be-ta-lings-ach-ter-stan-den"));
    EXPECT_EQ(afbreekpunten(QStringLiteral("betalingsachterstanden")), (QVector<int> {2, 4, 9, 12, 15, 19}));
    EXPECT_EQ(afgebroken(QStringLiteral("schuldhulpverlening")), QStringLiteral("schuld-hulp-ver-le-ning"));
    EXPECT_EQ(afgebroken(QStringLiteral("gezondheidszorg")), QStringLiteral("ge-zond-heids-zorg"));
    EXPECT_EQ(afgebroken(QStringLiteral("vrijwilligerswerk")), QStringLiteral("vrij-wil-li-gers-werk"));
}

TEST(Afbreken, KeepsVowelSoundsAndConsonantPairsTogether)
{
    EXPECT_EQ(afgebroken(QStringLiteral("beoordelen")), QStringLiteral("be-oor-de-len")); // e|oo, not eo together
    EXPECT_EQ(afgebroken(QStringLiteral("maatschappelijk")), QStringLiteral("maat-schap-pe-lijk")); // ij, sch
    EXPECT_EQ(afgebroken(QStringLiteral("eerste")), QStringLiteral("eer-ste")); // rst: st begins a word
    EXPECT_EQ(afgebroken(QStringLiteral("ontbreken")), QStringLiteral("ont-bre-ken"));
    EXPECT_EQ(afgebroken(QStringLiteral("lachenden")), QStringLiteral("la-chen-den")); // ch is one sound
    EXPECT_EQ(afgebroken(QStringLiteral("geïnteresseerd")), QStringLiteral("ge-ïn-te-res-seerd")); // diaeresis
}

TEST(Afbreken, LeavesTwoLettersBeforeAndThreeAfter)
{
    EXPECT_EQ(afgebroken(QStringLiteral("adres")), QStringLiteral("adres")); // a-dres: one letter before
    EXPECT_EQ(afgebroken(QStringLiteral("koeien")), QStringLiteral("koeien")); // koei-en: two after
    EXPECT_EQ(afgebroken(QStringLiteral("Betalingsregeling")), QStringLiteral("Be-ta-lings-re-ge-ling"));
}

TEST(Afbreken, SoftHyphensOnlyInLongWords)
{
    const QChar zacht(0x00AD);
    const QString uit = zachteAfbreekstreepjes(QStringLiteral("Betalingsachterstanden bij de huur, ENS-0042."));
    EXPECT_EQ(uit, QStringLiteral("Be%1ta%1lings%1ach%1ter%1stan%1den bij de huur, ENS-0042.").arg(zacht));
    // Invisible where the word is not broken: without them the text is as it was.
    EXPECT_EQ(QString(uit).remove(zacht), QStringLiteral("Betalingsachterstanden bij de huur, ENS-0042."));
    // Abbreviations and addresses stay whole.
    EXPECT_EQ(zachteAfbreekstreepjes(QStringLiteral("GGZ-Hulpverlening schuldhulp@enschede.nl www.a.nl/schulden")),
        QStringLiteral("GGZ-Hulp%1ver%1le%1ning schuldhulp@enschede.nl www.a.nl/schulden").arg(zacht));
    EXPECT_EQ(zachteAfbreekstreepjes(QStringLiteral("WMO-CONSULENTEN")), QStringLiteral("WMO-CONSULENTEN"));
}
