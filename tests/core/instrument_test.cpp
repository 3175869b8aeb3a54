#include "core/instrument.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "support/qtprinters.h"

#include <gtest/gtest.h>

using namespace dw;

namespace {

QJsonObject standardJson()
{
    QFile f(QStringLiteral(DW_SOURCE_DIR "/resources/instruments/draagkracht-1.json"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString loadError(const QJsonObject& o)
{
    auto r = Instrument::fromJson(QJsonDocument(o).toJson());
    EXPECT_FALSE(r.ok());
    return r.ok() ? QString() : r.errorMessage();
}

} // namespace

TEST(Instrument, StandardInstrumentHasTheStudysItems)
{
    const Instrument& ins = Instrument::standaard();
    EXPECT_EQ(ins.id(), QStringLiteral("draagkracht-1"));
    EXPECT_EQ(ins.versie(), 1);
    EXPECT_EQ(ins.perspectief(Perspectief::Inwoner).items.size(), 15);
    EXPECT_EQ(ins.perspectief(Perspectief::Professional).items.size(), 12);
    EXPECT_EQ(ins.items(Perspectief::Inwoner, Component::PersoonlijkeCompetenties).size(), 8);
    EXPECT_EQ(ins.items(Perspectief::Inwoner, Component::SociaalKapitaal).size(), 7);
    EXPECT_EQ(ins.items(Perspectief::Professional, Component::PersoonlijkeCompetenties).size(), 6);
    EXPECT_EQ(ins.items(Perspectief::Professional, Component::SociaalKapitaal).size(), 6);
    ASSERT_NE(ins.item(QStringLiteral("inw.sk.6")), nullptr);
    EXPECT_EQ(ins.item(QStringLiteral("inw.sk.6"))->tekst,
        QStringLiteral("Ik ken hier voldoende steun-, informatie- en adviespunten/verenigingen die mij kunnen "
                       "helpen."));
    EXPECT_EQ(ins.item(QStringLiteral("pro.pc.6"))->tekst,
        QStringLiteral("Heeft gevoel zelf verantwoordelijk te zijn voor het bereiken van zijn doelen"));
    EXPECT_EQ(ins.item(QStringLiteral("pro.sk.6"))->perspectief, Perspectief::Professional);
    EXPECT_EQ(ins.item(QStringLiteral("inw.pc.9")), nullptr);
}

TEST(Instrument, ThresholdsAndLevensgebieden)
{
    const Instrument& ins = Instrument::standaard();
    EXPECT_DOUBLE_EQ(ins.drempels().componentAanwezigVanaf, 3.5);
    EXPECT_EQ(ins.drempels().minimaalTeller, 2);
    EXPECT_EQ(ins.drempels().minimaalNoemer, 3);
    EXPECT_EQ(ins.drempels().meervoudigVanaf, 3);
    ASSERT_EQ(ins.levensgebieden().size(), 8);
    EXPECT_EQ(ins.levensgebieden().first().code, QStringLiteral("financien"));
    EXPECT_EQ(ins.levensgebieden().last().code, QStringLiteral("veiligheid"));
    EXPECT_EQ(ins.levensgebied(QStringLiteral("financien"))->naam, QStringLiteral("Financiën (incl. schulden)"));
    EXPECT_EQ(ins.kwadrantNaam(Kwadrant::Dubbel), QStringLiteral("Dubbele draagkracht"));
    EXPECT_EQ(
        ins.kwadrantNaam(Kwadrant::EnkelSociaalKapitaal), QStringLiteral("Enkele draagkracht (sociaal kapitaal)"));
    EXPECT_EQ(ins.interventieTypen().size(), 6);
    EXPECT_NE(ins.interventieType(QStringLiteral("vertrouwen_versterken")), nullptr);
}

TEST(Instrument, RefusesTextThatIsNotJson)
{
    auto r = Instrument::fromJson("{\"id\": ");
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.errorMessage().contains(QStringLiteral("geen geldige JSON")));
}

TEST(Instrument, RefusesADuplicateItemCode)
{
    QJsonObject o = standardJson();
    QJsonArray persp = o.value(QStringLiteral("perspectieven")).toArray();
    QJsonObject inw = persp.at(0).toObject();
    QJsonArray items = inw.value(QStringLiteral("items")).toArray();
    QJsonObject copy = items.at(0).toObject();
    items.append(copy);
    inw.insert(QStringLiteral("items"), items);
    persp.replace(0, inw);
    o.insert(QStringLiteral("perspectieven"), persp);
    EXPECT_TRUE(loadError(o).contains(QStringLiteral("dubbele itemcode 'inw.pc.1'")));
}

TEST(Instrument, RefusesAnUnknownComponent)
{
    QJsonObject o = standardJson();
    QJsonArray persp = o.value(QStringLiteral("perspectieven")).toArray();
    QJsonObject pro = persp.at(1).toObject();
    QJsonArray items = pro.value(QStringLiteral("items")).toArray();
    QJsonObject item = items.at(2).toObject();
    item.insert(QStringLiteral("component"), QStringLiteral("geluk"));
    items.replace(2, item);
    pro.insert(QStringLiteral("items"), items);
    persp.replace(1, pro);
    o.insert(QStringLiteral("perspectieven"), persp);
    const QString e = loadError(o);
    EXPECT_TRUE(e.contains(QStringLiteral("$.perspectieven[1].items[2].component"))) << e.toStdString();
}

TEST(Instrument, RefusesAThresholdOutsideTheScale)
{
    QJsonObject o = standardJson();
    QJsonObject d = o.value(QStringLiteral("drempels")).toObject();
    d.insert(QStringLiteral("component_aanwezig_vanaf"), 7.5);
    o.insert(QStringLiteral("drempels"), d);
    EXPECT_TRUE(loadError(o).contains(QStringLiteral("component_aanwezig_vanaf")));
}

TEST(Instrument, RefusesATwoThirdsRuleThatIsNoFraction)
{
    QJsonObject o = standardJson();
    QJsonObject d = o.value(QStringLiteral("drempels")).toObject();
    d.insert(QStringLiteral("minimaal_beantwoord"),
        QJsonObject {{QStringLiteral("teller"), 4}, {QStringLiteral("noemer"), 3}});
    o.insert(QStringLiteral("drempels"), d);
    EXPECT_TRUE(loadError(o).contains(QStringLiteral("minimaal_beantwoord")));
}

TEST(Instrument, RefusesAMissingQuadrant)
{
    QJsonObject o = standardJson();
    QJsonArray k = o.value(QStringLiteral("kwadranten")).toArray();
    k.removeAt(3);
    o.insert(QStringLiteral("kwadranten"), k);
    EXPECT_TRUE(loadError(o).contains(QStringLiteral("kwadrant 'dubbel' ontbreekt")));
}

TEST(Instrument, RefusesAScaleWithoutFivePoints)
{
    QJsonObject o = standardJson();
    QJsonArray persp = o.value(QStringLiteral("perspectieven")).toArray();
    QJsonObject inw = persp.at(0).toObject();
    QJsonArray schaal = inw.value(QStringLiteral("schaal")).toArray();
    schaal.removeLast();
    inw.insert(QStringLiteral("schaal"), schaal);
    persp.replace(0, inw);
    o.insert(QStringLiteral("perspectieven"), persp);
    EXPECT_TRUE(loadError(o).contains(QStringLiteral("5 waarden verwacht")));
}

TEST(Instrument, RefusesAMissingItemText)
{
    QJsonObject o = standardJson();
    o.remove(QStringLiteral("levensgebieden"));
    EXPECT_TRUE(loadError(o).contains(QStringLiteral("$.levensgebieden")));
}

TEST(Instrument, MinimumAnsweredIsTwoThirdsRoundedUp)
{
    const Drempels& d = Instrument::standaard().drempels();
    EXPECT_EQ(d.minimaalBeantwoord(8), 6); // 16/3 = 5.33 -> 6
    EXPECT_EQ(d.minimaalBeantwoord(7), 5); // 14/3 = 4.67 -> 5
    EXPECT_EQ(d.minimaalBeantwoord(6), 4); // exactly two thirds
}
