// BSN, postcode, phone and e-mail of an inwoner (issue 18): the checks and the one normal form they are kept in.
#include "core/persoonsgegevens.h"
#include "core/validation.h"

#include <gtest/gtest.h>

using namespace dw;
using namespace dw::persoonsgegevens;

TEST(Persoonsgegevens, ElfproefWorkedOutByHand)
{
    // 9·1 + 8·2 + 7·3 + 6·4 + 5·5 + 4·6 + 3·7 + 2·8 = 156; 156 − 2 = 154 = 14 · 11.
    EXPECT_TRUE(elfproef(QStringLiteral("123456782")));
    EXPECT_FALSE(elfproef(QStringLiteral("123456789"))); // 156 − 9 = 147, remainder 4
    // 9·1 + 8·1 + 7·1 + 6·2 + 5·2 + 4·2 + 3·3 + 2·3 = 69; 69 − 3 = 66 = 6 · 11.
    EXPECT_TRUE(elfproef(QStringLiteral("111222333")));
    EXPECT_FALSE(elfproef(QStringLiteral("000000000")));
    EXPECT_FALSE(elfproef(QStringLiteral("12345678"))); // 8 digits: normalise first
}

TEST(Persoonsgegevens, ABsnIsKeptAsNineDigits)
{
    EXPECT_EQ(normaliseerBsn(QStringLiteral(" 1234.56.782 ")), QStringLiteral("123456782"));
    EXPECT_EQ(normaliseerBsn(QStringLiteral("123 456 782")), QStringLiteral("123456782"));
    // An old 8-digit BSN gets its leading zero: 0·9 + 1·8 + 2·7 + … + 7·2 = 112; 112 − 2 = 110.
    EXPECT_EQ(normaliseerBsn(QStringLiteral("12345672")), QStringLiteral("012345672"));
    EXPECT_TRUE(elfproef(normaliseerBsn(QStringLiteral("12345672"))));
    EXPECT_EQ(normaliseerBsn(QStringLiteral("12345a782")), QStringLiteral("12345a782")); // left for the check
    EXPECT_EQ(gemaskeerdeBsn(QStringLiteral("123456782")), QStringLiteral("*****6782"));
    EXPECT_EQ(gemaskeerdeBsn(QString()), QString());
}

TEST(Persoonsgegevens, PostcodesAreFourDigitsAndTwoCapitals)
{
    EXPECT_EQ(normaliseerPostcode(QStringLiteral("7511ab")), QStringLiteral("7511 AB"));
    EXPECT_EQ(normaliseerPostcode(QStringLiteral(" 7511  Ab ")), QStringLiteral("7511 AB"));
    EXPECT_TRUE(isPostcode(QStringLiteral("7511 AB")));
    EXPECT_FALSE(isPostcode(QStringLiteral("0511 AB"))); // no postcode starts with 0
    EXPECT_FALSE(isPostcode(QStringLiteral("7511 A")));
    EXPECT_FALSE(isPostcode(QStringLiteral("75111 AB")));
}

TEST(Persoonsgegevens, PhoneEmailAndHouseNumber)
{
    EXPECT_TRUE(isTelefoonnummer(QStringLiteral("06-12345678")));
    EXPECT_TRUE(isTelefoonnummer(QStringLiteral("053 480 1234")));
    EXPECT_TRUE(isTelefoonnummer(QStringLiteral("+31 6 12345678")));
    EXPECT_FALSE(isTelefoonnummer(QStringLiteral("0612345"))); // 7 digits
    EXPECT_FALSE(isTelefoonnummer(QStringLiteral("06-1234567a")));
    EXPECT_TRUE(isEmailadres(QStringLiteral("j.jansen@wijkteam-enschede.nl")));
    EXPECT_FALSE(isEmailadres(QStringLiteral("jansen@")));
    EXPECT_FALSE(isEmailadres(QStringLiteral("a b@c.nl")));
    for (const char* h : {"12", "12a", "12-3", "12 bis", "1016"})
        EXPECT_TRUE(isHuisnummer(QString::fromUtf8(h))) << h;
    for (const char* h : {"0", "a12", "12 abcdefgh"})
        EXPECT_FALSE(isHuisnummer(QString::fromUtf8(h))) << h;
}

TEST(Persoonsgegevens, TheValidationNamesTheFieldAndTheRule)
{
    using validation::InwonerVeld;
    const QDate today(2026, 12, 1);
    EXPECT_EQ(validation::inwonerVeldProblem(InwonerVeld::Bsn, QStringLiteral("123456789"), today),
        QStringLiteral("is geen geldig BSN: het voldoet niet aan de elfproef; kijk het nummer na"));
    EXPECT_EQ(validation::inwonerVeldProblem(InwonerVeld::Bsn, QStringLiteral("1234"), today),
        QStringLiteral("is geen BSN: een BSN heeft 9 cijfers"));
    EXPECT_TRUE(validation::inwonerVeldProblem(InwonerVeld::Bsn, QString(), today).isEmpty()); // optional
    EXPECT_TRUE(validation::inwonerVeldProblem(InwonerVeld::Postcode, QStringLiteral("7511ab"), today).isEmpty());
    Inwoner i;
    i.ref = QStringLiteral("ENS-1");
    i.naam = QStringLiteral("A. de Vries");
    i.geboortedatum = QDate(1971, 3, 2);
    i.gemeente = QStringLiteral("Enschede");
    i.adres.postcode = QStringLiteral("75 11 AB");
    EXPECT_EQ(validation::validateInwoner(i, today).errorMessage(),
        QStringLiteral("adres.postcode: is geen postcode; schrijf vier cijfers en twee letters, bijvoorbeeld 7511 AB"));
}

TEST(Persoonsgegevens, NormaliseTouchesOnlyTheNewFields)
{
    Inwoner i;
    i.naam = QStringLiteral(" A. de Vries ");
    i.bsn = QStringLiteral("1234.56.782");
    i.adres.postcode = QStringLiteral("7511ab");
    i.telefoon = QStringLiteral(" 06-12345678 ");
    normaliseer(i);
    EXPECT_EQ(i.bsn, QStringLiteral("123456782"));
    EXPECT_EQ(i.adres.postcode, QStringLiteral("7511 AB"));
    EXPECT_EQ(i.telefoon, QStringLiteral("06-12345678"));
    EXPECT_EQ(i.naam, QStringLiteral(" A. de Vries ")); // the name's rules are its own
}
