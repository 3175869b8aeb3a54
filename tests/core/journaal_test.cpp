// The journal's rules (issue 17): codes, what is refused and why, the timeline's order and its filters.
#include "core/journaal.h"

#include "core/instrument.h"

#include <gtest/gtest.h>

using namespace dw;

namespace {

const QDate vandaag(2026, 12, 1);

JournaalRegel regel(qint64 id, QDate datum, const char* tekst, Aard aard = Aard::Feit)
{
    JournaalRegel r;
    r.id = id;
    r.datum = datum;
    r.tekst = QString::fromUtf8(tekst);
    r.aard = aard;
    return r;
}

QString probleem(const JournaalRegel& r, int doelen = 2, int meetmomenten = 3)
{
    return journaal::probleem(Instrument::standaard(), r, doelen, meetmomenten, vandaag);
}

} // namespace

TEST(Journaal, CodesAreTheFormatsAndTheDatabases)
{
    const QStringList codes {QStringLiteral("gesprek"),
        QStringLiteral("huisbezoek"),
        QStringLiteral("telefonisch"),
        QStringLiteral("overleg"),
        QStringLiteral("anders")};
    int i = 0;
    for (ContactSoort s : alleContactSoorten) {
        EXPECT_EQ(contactSoortCode(s), codes.at(i++));
        EXPECT_EQ(contactSoortFromCode(contactSoortCode(s)), s);
    }
    EXPECT_EQ(contactSoortNaam(ContactSoort::Overleg), QStringLiteral("Overleg met netwerk of partner"));
    EXPECT_FALSE(contactSoortFromCode(QStringLiteral("Gesprek")).has_value()); // codes are lower case
    EXPECT_EQ(aardFromCode(QStringLiteral("aanname")), Aard::Aanname);
    EXPECT_FALSE(aardFromCode(QStringLiteral("mening")).has_value());
}

TEST(Journaal, AGoodEntryHasNoProblem)
{
    JournaalRegel r = regel(0, vandaag, "Huisbezoek: de post samen doorgenomen.");
    r.levensgebied = QStringLiteral("financien");
    r.doel = 2;
    r.meetmoment = 3;
    r.duurMinuten = journaal::maxDuurMinuten;
    EXPECT_EQ(probleem(r), QString());
}

TEST(Journaal, EachRefusalNamesItsField)
{
    EXPECT_EQ(probleem(regel(0, {}, "x")), QStringLiteral("datum: vul een geldige datum in"));
    EXPECT_EQ(probleem(regel(0, vandaag.addDays(1), "x")), QStringLiteral("datum: 02-12-2026 ligt in de toekomst"));
    EXPECT_EQ(probleem(regel(0, vandaag, "  \n ")), QStringLiteral("tekst: vul in wat er gebeurde"));
    JournaalRegel lang = regel(0, vandaag, "x");
    lang.duurMinuten = 1441;
    EXPECT_EQ(probleem(lang), QStringLiteral("duur: 1441 minuten kan niet; 0 tot en met 1440"));
    JournaalRegel gebied = regel(0, vandaag, "x");
    gebied.levensgebied = QStringLiteral("werk");
    EXPECT_EQ(probleem(gebied), QStringLiteral("levensgebied: onbekend levensgebied 'werk'"));
    JournaalRegel doel = regel(0, vandaag, "x");
    doel.doel = 3;
    EXPECT_EQ(probleem(doel), QStringLiteral("doel: 3 bestaat niet; het plan heeft doel 1 tot en met 2"));
    EXPECT_EQ(probleem(doel, 0), QStringLiteral("doel: het plan heeft nog geen doelen"));
    JournaalRegel mm = regel(0, vandaag, "x");
    mm.meetmoment = 1;
    EXPECT_EQ(probleem(mm, 2, 0), QStringLiteral("meetmoment: het dossier heeft nog geen meetmomenten"));
    JournaalRegel stuur = regel(0, vandaag, "regel\x1b");
    EXPECT_TRUE(probleem(stuur).startsWith(QStringLiteral("tekst: "))) << probleem(stuur).toStdString();
}

TEST(Journaal, TheTimelineIsNewestFirstAndOnEqualDatesTheLastEnteredFirst)
{
    QVector<JournaalRegel> regels {regel(1, QDate(2026, 3, 1), "a"),
        regel(5, QDate(2026, 5, 1), "b"),
        regel(2, QDate(2026, 5, 1), "c"),
        regel(9, QDate(2025, 12, 31), "d")};
    journaal::sorteerNieuwsteEerst(regels);
    QStringList order;
    for (const JournaalRegel& r : regels)
        order << r.tekst;
    EXPECT_EQ(
        order, (QStringList {QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("d")}));
    journaal::sorteerOudsteEerst(regels);
    order.clear();
    for (const JournaalRegel& r : regels)
        order << r.tekst;
    EXPECT_EQ(
        order, (QStringList {QStringLiteral("d"), QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("b")}));
}

TEST(Journaal, TheFilterTakesSoortAardLevensgebiedAndTextWithoutCaseOrAccents)
{
    JournaalRegel r = regel(1, vandaag, "Zorgen over de Financiën; aanmaning gezien.", Aard::Aanname);
    r.soort = ContactSoort::Telefonisch;
    r.levensgebied = QStringLiteral("financien");
    journaal::Filter f;
    EXPECT_TRUE(f.leeg());
    EXPECT_TRUE(f.past(r));
    f.zoektekst = QStringLiteral("  financien ");
    EXPECT_TRUE(f.past(r)); // "Financiën" found by "financien"
    f.zoektekst = QStringLiteral("AANMANING");
    EXPECT_TRUE(f.past(r));
    f.zoektekst = QStringLiteral("huur");
    EXPECT_FALSE(f.past(r));
    f = {};
    f.aard = Aard::Feit;
    EXPECT_FALSE(f.past(r));
    f.aard = Aard::Aanname;
    f.soort = ContactSoort::Telefonisch;
    f.levensgebied = QStringLiteral("financien");
    EXPECT_TRUE(f.past(r));
    f.levensgebied = QStringLiteral("wonen");
    EXPECT_FALSE(f.past(r));
}
