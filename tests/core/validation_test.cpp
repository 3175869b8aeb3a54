// core/validation.h: the one set of field rules behind the dialog, the Gegevens tab, the plan tables and the import.
#include "core/validation.h"

#include <gtest/gtest.h>

using namespace dw;
using namespace dw::validation;

namespace {
Inwoner sample()
{
    Inwoner i;
    i.ref = QStringLiteral("ENS-0001");
    i.naam = QStringLiteral("Zoë Çelik");
    i.geboortedatum = QDate(1971, 3, 2);
    i.gemeente = QStringLiteral("Enschede");
    return i;
}
} // namespace

TEST(Validation, TextAtTheLimitIsTakenOneMoreIsRefusedWithBothNumbers)
{
    EXPECT_EQ(textProblem(QString(200, QLatin1Char('a')), NaamLength), QString());
    EXPECT_EQ(textProblem(QString(201, QLatin1Char('a')), NaamLength),
        QStringLiteral("is te lang: 201 tekens, hoogstens 200"));
}

TEST(Validation, ASurrogatePairIsTextALoneSurrogateIsNot)
{
    const QString emoji = QString::fromUtf8("Fijn \xF0\x9F\x98\x80"); // U+1F600, a proper pair
    EXPECT_EQ(textProblem(emoji, NaamLength), QString());
    QString lone = QStringLiteral("AB");
    lone.insert(1, QChar(0xD800));
    EXPECT_EQ(textProblem(lone, NaamLength),
        QStringLiteral("bevat ongeldige tekst (een los UTF-16-surrogaat of niet-teken op positie 2)"));
    QString lowAtEnd = QStringLiteral("AB");
    lowAtEnd.append(QChar(0xDC00));
    EXPECT_EQ(textProblem(lowAtEnd, NaamLength),
        QStringLiteral("bevat ongeldige tekst (een los UTF-16-surrogaat of niet-teken op positie 3)"));
}

TEST(Validation, LineBreaksOnlyInMultiLineFieldsOtherControlsNowhere)
{
    EXPECT_EQ(textProblem(QStringLiteral("regel 1\nregel 2"), TextLength, true), QString());
    EXPECT_EQ(textProblem(QStringLiteral("regel 1\r\nregel 2\tx"), TextLength, true), QString());
    EXPECT_EQ(textProblem(QStringLiteral("regel 1\nregel 2"), NaamLength),
        QStringLiteral("bevat een stuurteken (code 10 op positie 8)"));
    EXPECT_EQ(textProblem(QStringLiteral("A") + QChar(0) + QStringLiteral("B"), TextLength, true),
        QStringLiteral("bevat een stuurteken (code 0 op positie 2)"));
}

TEST(Validation, ARefHasNoOuterSpacesAndAtMost64Characters)
{
    EXPECT_EQ(refProblem(QStringLiteral("ENS-0001")), QString());
    EXPECT_EQ(
        refProblem(QStringLiteral(" ENS")), QStringLiteral("de ref mag niet met een spatie beginnen of eindigen"));
    EXPECT_EQ(refProblem(QStringLiteral("  ")), QStringLiteral("vul een referentie (ref) in"));
    EXPECT_EQ(refProblem(QString(65, QLatin1Char('R'))), QStringLiteral("is te lang: 65 tekens, hoogstens 64"));
}

TEST(Validation, ABirthDateTodayIsFineTomorrowIsInTheFuture)
{
    const QDate today(2026, 11, 30);
    EXPECT_EQ(geboortedatumProblem(today, today), QString());
    EXPECT_EQ(geboortedatumProblem(QDate(2026, 12, 1), today), QStringLiteral("ligt in de toekomst"));
    EXPECT_EQ(geboortedatumProblem(QDate(1880, 1, 1), today), QString()); // old, but possible in a file
    EXPECT_TRUE(geboortedatumProblem(QDate(), today).startsWith(QStringLiteral("is geen geldige datum")));
}

TEST(Validation, AnInwonerIsCheckedFieldByFieldAndTheFieldIsNamed)
{
    const QDate today(2026, 11, 30);
    EXPECT_TRUE(validateInwoner(sample(), today).ok());
    Inwoner i = sample();
    i.naam = QStringLiteral(" ");
    EXPECT_EQ(validateInwoner(i, today).errorMessage(), QStringLiteral("naam: vul de naam in"));
    i = sample();
    i.geboortedatum = QDate(2030, 1, 1);
    EXPECT_EQ(validateInwoner(i, today).errorMessage(), QStringLiteral("geboortedatum: ligt in de toekomst"));
    i = sample();
    i.contact = QString(501, QLatin1Char('c'));
    EXPECT_EQ(
        validateInwoner(i, today).errorMessage(), QStringLiteral("contact: is te lang: 501 tekens, hoogstens 500"));
    EXPECT_EQ(inwonerVeldProblem(InwonerVeld::Gemeente, QString(), today), QStringLiteral("vul de gemeente in"));
    EXPECT_EQ(inwonerVeldProblem(InwonerVeld::Professional, QString(), today), QString()); // optional
}

TEST(Validation, EveryInwonerFieldIsSetAndReadAsTextByOneSwitch)
{
    Inwoner i;
    const std::pair<InwonerVeld, const char*> velden[] = {{InwonerVeld::Ref, "ENS-1"},
        {InwonerVeld::Naam, "A. de Vries"},
        {InwonerVeld::Geboortedatum, "1971-03-02"},
        {InwonerVeld::Gemeente, "Enschede"},
        {InwonerVeld::Contact, "06 12345678"},
        {InwonerVeld::Professional, "M. Jansen"},
        {InwonerVeld::Bsn, "123456782"},
        {InwonerVeld::Straat, "Hengelosestraat"},
        {InwonerVeld::Huisnummer, "12a"},
        {InwonerVeld::Postcode, "7511 AB"},
        {InwonerVeld::Woonplaats, "Enschede"},
        {InwonerVeld::Telefoon, "0612345678"},
        {InwonerVeld::Email, "a@example.nl"}};
    for (const auto& [veld, value] : velden)
        zetInwonerVeld(i, veld, QString::fromUtf8(value));
    for (const auto& [veld, value] : velden)
        EXPECT_EQ(inwonerVeldWaarde(i, veld), QString::fromUtf8(value));
    EXPECT_EQ(i.geboortedatum, QDate(1971, 3, 2));
    EXPECT_EQ(i.adres.huisnummer, QStringLiteral("12a"));
}
