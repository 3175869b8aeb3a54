#include "core/demogenerator.h"
#include "core/socialekaart.h"

#include "support/qtprinters.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace dw;

namespace {

const Instrument& ins()
{
    return Instrument::standaard();
}

Voorziening v(const char* naam, const char* type, const char* levensgebied, const char* gemeente)
{
    return {0,
        QString::fromUtf8(naam),
        QLatin1String(type),
        QLatin1String(levensgebied),
        QString::fromUtf8(gemeente),
        QStringLiteral("053-1234567")};
}

QJsonValue json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object().value(QLatin1String("k"));
}

QStringList namen(const QVector<Voorziening>& list)
{
    QStringList n;
    for (const Voorziening& x : list)
        n << x.naam;
    return n;
}

} // namespace

TEST(SocialeKaart, ValidatesEachField)
{
    EXPECT_TRUE(validateVoorziening(ins(), v("Schuldhulp", "draaglast_verminderen", "financien", "Enschede")));
    EXPECT_TRUE(validateVoorziening(ins(), v("Buurthuis", "voorliggend_veld_benutten", "", "")));
    EXPECT_EQ(validateVoorziening(ins(), v("  ", "draaglast_verminderen", "", "")).errorMessage(),
        QStringLiteral("naam: vul de naam van de voorziening in"));
    EXPECT_EQ(validateVoorziening(ins(), v("X", "koffie", "", "")).errorMessage(),
        QStringLiteral("type: onbekend interventietype 'koffie'"));
    EXPECT_EQ(validateVoorziening(ins(), v("X", "netwerk_versterken", "sport", "")).errorMessage(),
        QStringLiteral("levensgebied: onbekend levensgebied 'sport'"));
    EXPECT_EQ(validateVoorziening(ins(), v("X\x07", "netwerk_versterken", "", "")).errorMessage(),
        QStringLiteral("naam: bevat een stuurteken (code 7 op positie 2)"));
}

TEST(SocialeKaart, JsonRoundTripKeepsOptionalFieldsOut)
{
    const QVector<Voorziening> kaart = {v("Schuldhulp Hengelo", "draaglast_verminderen", "financien", "Hengelo"),
        {0, QStringLiteral("Buurthuis 't Hofje"), QStringLiteral("voorliggend_veld_benutten"), {}, {}, {}}};
    const QJsonArray a = socialeKaartToJson(kaart);
    EXPECT_EQ(a.at(1).toObject().keys(), (QStringList {QStringLiteral("naam"), QStringLiteral("type")}));
    const Result<QVector<Voorziening>> terug = socialeKaartFromJson(ins(), a);
    ASSERT_TRUE(terug) << qPrintable(terug.errorMessage());
    EXPECT_EQ(*terug, kaart);
}

TEST(SocialeKaart, RefusesBadJsonWithThePath)
{
    EXPECT_EQ(socialeKaartFromJson(ins(), json(R"({"k": {}})")).errorMessage(),
        QStringLiteral("sociale_kaart: lijst verwacht"));
    EXPECT_EQ(socialeKaartFromJson(ins(), json(R"({"k": [3]})")).errorMessage(),
        QStringLiteral("sociale_kaart[0]: object verwacht"));
    EXPECT_EQ(socialeKaartFromJson(ins(), json(R"({"k": [{"naam": "A", "type": "netwerk_versterken", "web": "x"}]})"))
                  .errorMessage(),
        QStringLiteral("sociale_kaart[0]: onbekende sleutel 'web'"));
    EXPECT_EQ(socialeKaartFromJson(ins(), json(R"({"k": [{"naam": "A"}]})")).errorMessage(),
        QStringLiteral("sociale_kaart[0]: 'naam' en 'type' zijn verplicht"));
    EXPECT_EQ(socialeKaartFromJson(ins(), json(R"({"k": [{"naam": "A", "type": 1}]})")).errorMessage(),
        QStringLiteral("sociale_kaart[0].type: tekst verwacht"));
    EXPECT_EQ(socialeKaartFromJson(ins(), json(R"({"k": [{"naam": "A", "type": "netwerk_versterken"},
                                                        {"naam": "B", "type": "x"}]})"))
                  .errorMessage(),
        QStringLiteral("sociale_kaart[1].type: onbekend interventietype 'x'"));
}

TEST(SocialeKaart, MatchesTypeGemeenteAndLevensgebiedLocalFirst)
{
    const QVector<Voorziening> kaart = {v("Regionale schuldhulp", "draaglast_verminderen", "", ""),
        v("Schuldhulp Enschede", "draaglast_verminderen", "financien", "Enschede"),
        v("Schuldhulp Hengelo", "draaglast_verminderen", "financien", "Hengelo"),
        v("Huishoudelijke hulp Enschede", "draaglast_verminderen", "lichamelijke_gezondheid", "Enschede"),
        v("Algemeen maatschappelijk werk", "draaglast_verminderen", "", "enschede"),
        v("Buurthuis", "voorliggend_veld_benutten", "", "Enschede")};
    EXPECT_EQ(namen(passendeVoorzieningen(kaart,
                  QStringLiteral("draaglast_verminderen"),
                  QStringLiteral("Enschede"),
                  {QStringLiteral("financien"), QStringLiteral("wonen")})),
        (QStringList {QStringLiteral("Schuldhulp Enschede"),
            QStringLiteral("Algemeen maatschappelijk werk"),
            QStringLiteral("Regionale schuldhulp")}));
    // No known problem areas: every levensgebied fits.
    EXPECT_EQ(
        passendeVoorzieningen(kaart, QStringLiteral("draaglast_verminderen"), QStringLiteral("Enschede"), {}).size(),
        4);
    EXPECT_TRUE(
        passendeVoorzieningen(kaart, QStringLiteral("netwerk_versterken"), QStringLiteral("Enschede"), {}).isEmpty());
}

// Issue 18: the sociale kaart offered Twente services to an Arnhem inwoner. A voorziening names its gemeente(n), or
// says "landelijk".
TEST(SocialeKaart, AServiceIsForItsGemeentenOrLandelijk)
{
    Voorziening twente;
    twente.gemeente = QStringLiteral("Enschede, Hengelo,Almelo");
    EXPECT_TRUE(geldtVoor(twente, QStringLiteral("Enschede")));
    EXPECT_TRUE(geldtVoor(twente, QStringLiteral("almelo")));
    EXPECT_FALSE(geldtVoor(twente, QStringLiteral("Arnhem")));
    EXPECT_FALSE(geldtVoor(twente, QStringLiteral("Hengel")));
    Voorziening overal;
    overal.gemeente = QStringLiteral("Landelijk");
    EXPECT_TRUE(geldtVoor(overal, QStringLiteral("Arnhem")));
    overal.gemeente.clear(); // from before issue 18: what it meant then
    EXPECT_TRUE(geldtVoor(overal, QStringLiteral("Arnhem")));
    const QVector<Voorziening> demo = DemoGenerator::socialeKaart();
    for (const Voorziening& v :
        passendeVoorzieningen(demo, QStringLiteral("draaglast_verminderen"), QStringLiteral("Arnhem"), {}))
        EXPECT_EQ(v.gemeente, landelijk()) << v.naam.toStdString(); // nothing of Twente's for Arnhem
    const auto enschede
        = passendeVoorzieningen(demo, QStringLiteral("draaglast_verminderen"), QStringLiteral("Enschede"), {});
    QStringList namen;
    for (const Voorziening& v : enschede)
        namen << v.naam;
    EXPECT_TRUE(namen.contains(QStringLiteral("Veilig Thuis Twente")));
    EXPECT_EQ(namen.constLast(), QStringLiteral("Wmo-loket huishoudelijke hulp")); // landelijk after local
}
