#include "core/demogenerator.h"
#include "core/exchangeformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "support/qtprinters.h"

#include <gtest/gtest.h>

using namespace dw;

namespace {

// The example of DESIGN.md, verbatim.
const char* designExample = R"({
  "format": "draagwijzer/1",
  "inwoners": [
    {
      "ref": "ENS-0001",
      "naam": "A. de Vries",
      "geboortedatum": "1971-03-02",
      "gemeente": "Enschede",
      "meetmomenten": [
        {
          "datum": "2016-06-14",
          "inwoner":      { "antwoorden": { "inw.pc.1": 4, "inw.sk.1": 2 },
                            "draaglast": { "financien": 2, "opvoeding": null } },
          "professional": { "antwoorden": { "pro.pc.1": 3 },
                            "draaglast": { "financien": 1 } }
        }
      ]
    }
  ]
})";

ExchangeFormat format()
{
    return ExchangeFormat(Instrument::standaard());
}

QString readError(const QByteArray& json)
{
    auto r = format().read(json);
    EXPECT_FALSE(r.ok());
    return r.ok() ? QString() : r.errorMessage();
}

} // namespace

TEST(ExchangeFormat, ReadsTheDesignExample)
{
    auto r = format().read(designExample);
    ASSERT_TRUE(r.ok()) << r.errorMessage().toStdString();
    ASSERT_EQ(r->size(), 1);
    const Dossier& d = r->first();
    EXPECT_EQ(d.inwoner.ref, QStringLiteral("ENS-0001"));
    EXPECT_EQ(d.inwoner.geboortedatum, QDate(1971, 3, 2));
    ASSERT_EQ(d.meetmomenten.size(), 1);
    const Meetmoment& m = d.meetmomenten.first();
    EXPECT_EQ(m.volgnummer, 1);
    ASSERT_TRUE(m.inwoner && m.professional);
    EXPECT_EQ(m.inwoner->antwoorden.value(QStringLiteral("inw.pc.1")), 4);
    EXPECT_EQ(m.inwoner->draaglast.value(QStringLiteral("financien")), std::optional<int>(2));
    EXPECT_TRUE(m.inwoner->draaglast.contains(QStringLiteral("opvoeding")));
    EXPECT_FALSE(m.inwoner->draaglast.value(QStringLiteral("opvoeding")).has_value()); // n.v.t.
    EXPECT_FALSE(m.inwoner->draaglast.contains(QStringLiteral("wonen"))); // not rated
}

TEST(ExchangeFormat, WriteThenReadGivesTheSameJson)
{
    auto r = format().read(designExample);
    ASSERT_TRUE(r.ok());
    const QByteArray written = format().write(r.value());
    // QJsonObject equality ignores key order: "after key sorting".
    EXPECT_EQ(QJsonDocument::fromJson(written).object(), QJsonDocument::fromJson(designExample).object());
}

TEST(ExchangeFormat, MeetmomentenAreNumberedByDate)
{
    auto r = format().read(R"({"format":"draagwijzer/1","inwoners":[{"ref":"X","naam":"X","geboortedatum":"1980-01-01",
        "gemeente":"Venlo","meetmomenten":[{"datum":"2018-01-01"},{"datum":"2016-02-29"},{"datum":"2017-01-01"}]}]})");
    ASSERT_TRUE(r.ok()) << r.errorMessage().toStdString();
    const auto& mm = r->first().meetmomenten;
    EXPECT_EQ(mm[0].datum, QDate(2016, 2, 29));
    EXPECT_EQ(mm[2].datum, QDate(2018, 1, 1));
    EXPECT_EQ(mm[2].volgnummer, 3);
}

TEST(ExchangeFormat, RefusesAnAnswerOutOfRangeNamingTheItem)
{
    QByteArray json(designExample);
    json.replace("\"inw.pc.1\": 4", "\"inw.pc.1\": 6");
    const QString e = readError(json);
    EXPECT_TRUE(e.contains(QStringLiteral("inw.pc.1"))) << e.toStdString();
    EXPECT_TRUE(e.contains(QStringLiteral("ENS-0001"))) << e.toStdString();
}

TEST(ExchangeFormat, RefusesTheWrongFormatTag)
{
    QByteArray json(designExample);
    json.replace("draagwijzer/1", "draagwijzer/2");
    EXPECT_TRUE(readError(json).startsWith(QStringLiteral("format:")));
}

TEST(ExchangeFormat, RefusesTruncatedJson)
{
    const QByteArray json = QByteArray(designExample).left(200);
    EXPECT_TRUE(readError(json).contains(QStringLiteral("geen geldige JSON")));
}

TEST(ExchangeFormat, RefusesAnUnknownPerspective)
{
    QByteArray json(designExample);
    json.replace("\"professional\": {", "\"partner\": {");
    EXPECT_TRUE(readError(json).contains(QStringLiteral("onbekend perspectief 'partner'")));
}

TEST(ExchangeFormat, RefusesAnImpossibleDate)
{
    QByteArray json(designExample);
    json.replace("2016-06-14", "2017-02-29");
    EXPECT_TRUE(readError(json).contains(QStringLiteral("ongeldige datum '2017-02-29'")));
}

TEST(ExchangeFormat, StrictDates)
{
    EXPECT_EQ(parseIsoDate(QStringLiteral("2016-02-29")), QDate(2016, 2, 29));
    EXPECT_FALSE(parseIsoDate(QStringLiteral("2016-2-29")).isValid());
    EXPECT_FALSE(parseIsoDate(QStringLiteral("29-02-2016")).isValid());
    EXPECT_FALSE(parseIsoDate(QStringLiteral("2016-02-29T00:00")).isValid());
    EXPECT_FALSE(parseIsoDate(QStringLiteral("2017-02-29")).isValid()); // no leap year
    EXPECT_FALSE(parseIsoDate(QStringLiteral("2016-13-01")).isValid());
    EXPECT_FALSE(parseIsoDate(QStringLiteral("2016-00-10")).isValid());
    EXPECT_FALSE(parseIsoDate(QStringLiteral("0000-01-01")).isValid()); // there is no year 0
    EXPECT_FALSE(parseIsoDate(QStringLiteral("2016-+1-01")).isValid());
    EXPECT_FALSE(parseIsoDate(QStringLiteral("2016/02/29")).isValid());
    EXPECT_FALSE(parseIsoDate(QStringLiteral("２０１６-02-29")).isValid()); // digits, but not ASCII
    EXPECT_EQ(parseIsoDate(QStringLiteral("0999-12-31")), QDate(999, 12, 31));
}

TEST(ExchangeFormat, RefusesADuplicateKeyThatJsonParsersWouldSilentlyDrop)
{
    QByteArray json(designExample);
    json.replace("\"naam\": \"A. de Vries\",", "\"naam\": \"A. de Vries\", \"naam\": \"B. Bakker\",");
    EXPECT_EQ(readError(json), QStringLiteral("dubbele sleutel 'naam' op regel 6"));
}

TEST(ExchangeFormat, EqualKeysInDifferentObjectsAreFine)
{
    // "financien" appears in both metingen and "antwoorden" in both: not duplicates.
    EXPECT_TRUE(format().read(designExample).ok());
}

namespace {
// The design example with `keys` added to its inwoner, after the gemeente.
QByteArray withKeys(const QByteArray& keys)
{
    QByteArray json(designExample);
    json.replace("\"gemeente\": \"Enschede\",", "\"gemeente\": \"Enschede\", " + keys + ",");
    return json;
}

QByteArray withStatus(const char* status)
{
    return withKeys(QByteArray("\"status\": ") + status);
}
} // namespace

TEST(ExchangeFormat, TheOptionalStatusOfAClosedDossierReadsAndWritesBack)
{
    const QByteArray json
        = withStatus(R"({"afgesloten": true, "datum": "2020-05-01", "reden": "anders", "toelichting": "naar Spanje"})");
    auto r = format().read(json);
    ASSERT_TRUE(r.ok()) << r.errorMessage().toStdString();
    const DossierStatus& s = r->first().inwoner.status;
    EXPECT_EQ(s.afgeslotenOp, QDate(2020, 5, 1));
    EXPECT_EQ(s.reden, Afsluitreden::Anders);
    EXPECT_EQ(s.toelichting, QStringLiteral("naar Spanje"));
    EXPECT_EQ(QJsonDocument::fromJson(format().write(r.value())).object(), QJsonDocument::fromJson(json).object());
    // An open dossier may say so, and is written without the key (as files from before the key).
    auto open = format().read(withStatus(R"({"afgesloten": false})"));
    ASSERT_TRUE(open.ok()) << open.errorMessage().toStdString();
    EXPECT_FALSE(open->first().inwoner.status.afgesloten());
    EXPECT_FALSE(format().write(open.value()).contains("\"status\""));
}

TEST(ExchangeFormat, RefusesAStatusWithAnUnknownReasonAMissingDateOrDetailsOnAnOpenDossier)
{
    // Line 8 is `      "gemeente": "Enschede", "status": {…},`: "status" starts in column 31, its "{" in 41, and
    // within it "afgesloten" in 42 and (in the first case) "reden" in 85. A missing key points at its object.
    EXPECT_EQ(readError(withStatus(R"({"afgesloten": true, "datum": "2020-05-01", "reden": "weg"})")),
        QStringLiteral("inwoners[0] (ref ENS-0001).status.reden: onbekende reden 'weg' (regel 8, kolom 85)"));
    EXPECT_EQ(readError(withStatus(R"({"afgesloten": true, "reden": "verhuisd"})")),
        QStringLiteral("inwoners[0] (ref ENS-0001).status.datum: ontbreekt (regel 8, kolom 31)"));
    EXPECT_EQ(readError(withStatus(R"({"afgesloten": false, "datum": "2020-05-01"})")),
        QStringLiteral("inwoners[0] (ref ENS-0001).status: een open dossier heeft geen datum, reden of toelichting "
                       "(regel 8, kolom 31)"));
    EXPECT_EQ(readError(withStatus(R"({"afgesloten": "ja"})")),
        QStringLiteral("inwoners[0] (ref ENS-0001).status.afgesloten: true of false verwacht (regel 8, kolom 42)"));
    EXPECT_EQ(readError(withStatus(R"({"afgesloten": true, "datum": "2020-05-01", "reden": "anders"})")),
        QStringLiteral(
            "inwoners[0] (ref ENS-0001).status: bij reden 'anders' hoort een toelichting (regel 8, kolom 31)"));
}

namespace {
// One inwoner with one plan whose interventie carries `partner` (JSON text, quoted), all on line 1.
QByteArray withPartner(const char* partner)
{
    return QByteArray(R"({"format": "draagwijzer/1", "inwoners": [{"ref": "ENS-0001", "naam": "A. de Vries", )"
                      R"("geboortedatum": "1971-03-02", "gemeente": "Enschede", "meetmomenten": [], "plannen": [)"
                      R"({"versie": 1, "datum": "2017-01-10", "interventies": [{"type": "netwerk_versterken", )"
                      R"("omschrijving": "Een maatje zoeken", "partner": )")
        + partner + "}]}]}]}";
}
} // namespace

TEST(ExchangeFormat, AnInterventiesPartnerReadsAndWritesBackAndOlderFilesStayValid)
{
    const QByteArray json = withPartner(R"("Maatjesproject Twente")");
    auto r = format().read(json);
    ASSERT_TRUE(r.ok()) << r.errorMessage().toStdString();
    EXPECT_EQ(r->first().plannen.first().interventies.first().partner, QStringLiteral("Maatjesproject Twente"));
    EXPECT_EQ(QJsonDocument::fromJson(format().write(r.value())).object(), QJsonDocument::fromJson(json).object());
    // Without a partner the key is not written: files for readers from before issue 17 stay as they were.
    r->first().plannen.first().interventies.first().partner.clear();
    EXPECT_FALSE(format().write(r.value()).contains("\"partner\""));
}

TEST(ExchangeFormat, RefusesAPartnerThatIsNotOneLineOfText)
{
    // The quote that opens "partner" is character 294 of line 1: 293 characters of withPartner's text come before.
    EXPECT_EQ(readError(withPartner("12")),
        QStringLiteral("inwoners[0] (ref ENS-0001).plannen[0].interventies[0].partner: tekst verwacht "
                       "(regel 1, kolom 294)"));
    EXPECT_TRUE(readError(withPartner(R"("Maatjes\nproject")"))
                    .startsWith(QStringLiteral("inwoners[0] (ref ENS-0001).plannen[0].interventies[0].partner: ")));
}

namespace {
// One inwoner with two meetmomenten and a plan of two doelen, and `journaal` (JSON) as its journal, all on line 1.
QByteArray withJournaal(const char* journaal)
{
    return QByteArray(
               R"({"format": "draagwijzer/1", "inwoners": [{"ref": "ENS-0001", "naam": "A. de Vries", )"
               R"("geboortedatum": "1971-03-02", "gemeente": "Enschede", "meetmomenten": [)"
               R"({"datum": "2016-06-14"}, {"datum": "2016-12-14"}], "plannen": [{"versie": 1, )"
               R"("datum": "2016-06-28", "doelen": [{"omschrijving": "Schulden"}, {"omschrijving": "Buren"}]}], )"
               R"("journaal": )")
        + journaal + "}]}";
}
} // namespace

TEST(ExchangeFormat, TheJournalReadsAndWritesBackOldestFirst)
{
    const QByteArray json = withJournaal(
        R"([{"datum": "2016-07-01", "soort": "telefonisch", "duur_minuten": 15, "tekst": "Gebeld.\nKlinkt rustig.",)"
        R"( "aard": "aanname", "levensgebied": "financien", "doel": 2, "meetmoment": 1},)"
        R"( {"datum": "2016-06-14", "soort": "huisbezoek", "duur_minuten": 90, "tekst": "Kennismaking.",)"
        R"( "aard": "feit"}])");
    auto r = format().read(json);
    ASSERT_TRUE(r.ok()) << r.errorMessage().toStdString();
    const QVector<JournaalRegel>& j = r->first().journaal;
    ASSERT_EQ(j.size(), 2);
    EXPECT_EQ(j[0].datum, QDate(2016, 6, 14)); // sorted by date
    EXPECT_EQ(j[0].soort, ContactSoort::Huisbezoek);
    EXPECT_EQ(j[0].duurMinuten, 90);
    EXPECT_EQ(j[1].aard, Aard::Aanname);
    EXPECT_EQ(j[1].tekst, QStringLiteral("Gebeld.\nKlinkt rustig."));
    EXPECT_EQ(j[1].levensgebied, QStringLiteral("financien"));
    EXPECT_EQ(j[1].doel, 2);
    EXPECT_EQ(j[1].meetmoment, 1);
    const QJsonObject back = QJsonDocument::fromJson(format().write(r.value())).object();
    const QJsonArray written = back[QStringLiteral("inwoners")][0][QStringLiteral("journaal")].toArray();
    ASSERT_EQ(written.size(), 2);
    EXPECT_EQ(written[0][QStringLiteral("datum")].toString(), QStringLiteral("2016-06-14"));
    EXPECT_FALSE(written[0].toObject().contains(QStringLiteral("doel"))); // no link: no key
    EXPECT_EQ(written[1][QStringLiteral("doel")].toInt(), 2);
    // Without a journal the key is not written: files for readers from before issue 17 stay as they were.
    r->first().journaal.clear();
    EXPECT_FALSE(format().write(r.value()).contains("\"journaal\""));
}

TEST(ExchangeFormat, RefusesAJournalEntryNamingTheKey)
{
    const QString pad = QStringLiteral("inwoners[0] (ref ENS-0001).journaal[0].");
    const auto fout = [](const char* entry) { return readError(withJournaal(entry)); };
    EXPECT_TRUE(fout(R"([{"datum": "2016-07-01", "soort": "brief", "duur_minuten": 0, "tekst": "x", "aard": "feit"}])")
                    .startsWith(pad + QStringLiteral("soort: onbekende soort 'brief'")));
    EXPECT_TRUE(
        fout(R"([{"datum": "2016-07-01", "soort": "gesprek", "duur_minuten": 0, "tekst": "x", "aard": "mening"}])")
            .startsWith(pad + QStringLiteral("aard: 'mening' is geen feit of aanname")));
    EXPECT_TRUE(fout(R"([{"datum": "2016-07-01", "soort": "gesprek", "tekst": "x", "aard": "feit"}])")
                    .startsWith(pad + QStringLiteral("duur_minuten: ontbreekt")));
    EXPECT_TRUE(
        fout(R"([{"datum": "2016-07-01", "soort": "gesprek", "duur_minuten": 2000, "tekst": "x", "aard": "feit"}])")
            .startsWith(pad + QStringLiteral("duur_minuten: 2000 minuten kan niet")));
    EXPECT_TRUE(fout(
        R"([{"datum": "2016-07-01", "soort": "gesprek", "duur_minuten": 5, "tekst": "x", "aard": "feit", "doel": 3}])")
                    .startsWith(pad + QStringLiteral("doel: 3 bestaat niet; het plan heeft doel 1 tot en met 2")));
    EXPECT_TRUE(fout(
        R"([{"datum": "2016-07-01", "soort": "gesprek", "duur_minuten": 5, "tekst": "x", "aard": "feit", "meetmoment": 3}])")
                    .startsWith(pad + QStringLiteral("meetmoment: 3 bestaat niet")));
    EXPECT_TRUE(
        fout(R"([{"datum": "2016-07-01", "soort": "gesprek", "duur_minuten": 5, "tekst": " ", "aard": "feit"}])")
            .startsWith(pad + QStringLiteral("tekst: mag niet leeg zijn")));
    EXPECT_TRUE(fout(
        R"([{"datum": "2016-07-01", "soort": "gesprek", "duur_minuten": 5, "tekst": "x", "aard": "feit", "wie": "ik"}])")
                    .startsWith(QStringLiteral("inwoners[0] (ref ENS-0001).journaal[0]: onbekende sleutel 'wie'")));
}

TEST(ExchangeFormat, AZelfIngevuldMetingReadsAndWritesBackAndOnlyForTheInwoner)
{
    QByteArray json(designExample);
    json.replace(R"("draaglast": { "financien": 2, "opvoeding": null } })",
        R"("draaglast": { "financien": 2, "opvoeding": null }, "zelf_ingevuld": true, "invulduur_seconden": 372 })");
    auto r = format().read(json);
    ASSERT_TRUE(r.ok()) << r.errorMessage().toStdString();
    const Meting& m = *r->first().meetmomenten.first().inwoner;
    EXPECT_TRUE(m.zelfIngevuld);
    EXPECT_EQ(m.invulduurSeconden, 372);
    EXPECT_FALSE(r->first().meetmomenten.first().professional->zelfIngevuld);
    EXPECT_EQ(QJsonDocument::fromJson(format().write(r.value())).object(), QJsonDocument::fromJson(json).object());

    QByteArray pro(designExample);
    pro.replace(R"("draaglast": { "financien": 1 } })", R"("draaglast": { "financien": 1 }, "zelf_ingevuld": true })");
    EXPECT_TRUE(readError(pro).startsWith(QStringLiteral(
        "inwoners[0] (ref ENS-0001).meetmomenten[0].professional.zelf_ingevuld: alleen de inwoner vult zelf in")));
    QByteArray duur(designExample);
    duur.replace(R"("draaglast": { "financien": 2, "opvoeding": null } })",
        R"("draaglast": { "financien": 2, "opvoeding": null }, "invulduur_seconden": 60 })");
    EXPECT_TRUE(readError(duur).startsWith(QStringLiteral("inwoners[0] (ref ENS-0001).meetmomenten[0].inwoner."
                                                          "invulduur_seconden: hoort alleen bij een zelf ingevulde")));
}

TEST(Meting, TheFillInTimeShowsInWholeMinutesAtLeastOne)
{
    // As the Meetmomenten tab shows "zelf ingevuld (N min)": rounded to the nearest minute, never 0 once timed.
    Meting m;
    EXPECT_EQ(m.invulduurMinuten(), 0); // not timed
    for (const auto& [seconden, minuten] : {std::pair {10, 1}, {89, 1}, {90, 2}, {372, 6}, {3600, 60}}) {
        m.invulduurSeconden = seconden;
        EXPECT_EQ(m.invulduurMinuten(), minuten) << seconden;
    }
}

// Issue 18: BSN, address, phone and e-mail are optional keys; older files without them stay valid.
TEST(ExchangeFormat, TheOptionalPersoonsgegevensReadAndWriteBackInTheirNormalForm)
{
    const QByteArray json = withKeys(R"("bsn": "123456782",
        "adres": {"straat": "Oude Markt", "huisnummer": "12a", "postcode": "7511 GA", "woonplaats": "Enschede"},
        "telefoon": "06-12345678", "email": "a.devries@voorbeeld.nl")");
    auto r = format().read(json);
    ASSERT_TRUE(r.ok()) << r.errorMessage().toStdString();
    const Inwoner& i = r->first().inwoner;
    EXPECT_EQ(i.bsn, QStringLiteral("123456782"));
    EXPECT_EQ(i.adres.straat, QStringLiteral("Oude Markt"));
    EXPECT_EQ(i.adres.postcode, QStringLiteral("7511 GA"));
    EXPECT_EQ(i.telefoon, QStringLiteral("06-12345678"));
    EXPECT_EQ(QJsonDocument::fromJson(format().write(r.value())).object(), QJsonDocument::fromJson(json).object());
    // Typed another way, kept in the one form that search matches.
    auto anders = format().read(withKeys(R"("bsn": "1234.56.782", "adres": {"postcode": "7511ga"})"));
    ASSERT_TRUE(anders.ok()) << anders.errorMessage().toStdString();
    EXPECT_EQ(anders->first().inwoner.bsn, QStringLiteral("123456782"));
    EXPECT_EQ(anders->first().inwoner.adres.postcode, QStringLiteral("7511 GA"));
    EXPECT_FALSE(format().write(format().read(QByteArray(designExample)).value()).contains("\"adres\""));
}

TEST(ExchangeFormat, RefusesABadBsnPostcodePhoneOrEmailNamingTheKey)
{
    EXPECT_EQ(readError(withKeys(R"("bsn": "123456789")")),
        QStringLiteral("inwoners[0] (ref ENS-0001).bsn: is geen geldig BSN: het voldoet niet aan de elfproef; kijk het "
                       "nummer na (regel 8, kolom 31)"));
    EXPECT_TRUE(readError(withKeys(R"("adres": {"postcode": "751 GA"})"))
                    .startsWith(QStringLiteral("inwoners[0] (ref ENS-0001).adres.postcode: is geen postcode")));
    EXPECT_TRUE(readError(withKeys(R"("adres": {"land": "NL"})")).contains(QStringLiteral("'land'")));
    EXPECT_TRUE(readError(withKeys(R"("telefoon": "bel me")"))
                    .startsWith(QStringLiteral("inwoners[0] (ref ENS-0001).telefoon: is geen telefoonnummer")));
    EXPECT_TRUE(readError(withKeys(R"("email": "devries@")"))
                    .startsWith(QStringLiteral("inwoners[0] (ref ENS-0001).email: is geen e-mailadres")));
}

namespace {

// Every optional member of draagwijzer/1 filled, with text that needs escaping, and the empty forms next to it.
Dossier dossierWithEverything()
{
    Dossier d;
    d.inwoner.ref = QStringLiteral("ENS-\"1\"");
    d.inwoner.naam = QStringLiteral("Ö. d'Ávila \\ 😀\ttab");
    d.inwoner.geboortedatum = QDate(1971, 3, 2);
    d.inwoner.gemeente = QStringLiteral("Enschede");
    d.inwoner.contact = QStringLiteral("regel 1\nregel 2");
    d.inwoner.bsn = QStringLiteral("111222333");
    d.inwoner.adres
        = {QStringLiteral("Lange straat"), QStringLiteral("1a"), QStringLiteral("7511 AB"), QStringLiteral("Enschede")};
    d.inwoner.telefoon = QStringLiteral("053-1234567");
    d.inwoner.email = QStringLiteral("a@b.nl");
    d.inwoner.professional = QStringLiteral("M. Jansen");
    d.inwoner.status = {QDate(2018, 1, 5), Afsluitreden::Anders, QStringLiteral("€ \u0001")};
    Meetmoment m;
    m.datum = QDate(2016, 6, 14);
    Meting inwoner;
    inwoner.antwoorden
        = {{QStringLiteral("inw.pc.1"), 4}, {QStringLiteral("inw.pc.10"), 1}, {QStringLiteral("inw.pc.2"), 9}};
    inwoner.draaglast = {{QStringLiteral("financien"), 2}, {QStringLiteral("opvoeding"), std::nullopt}};
    inwoner.zelfIngevuld = true;
    inwoner.invulduurSeconden = 600;
    m.inwoner = inwoner;
    Meting professional;
    professional.perspectief = Perspectief::Professional;
    m.professional = professional; // no answers: two empty objects
    d.meetmomenten = {m, Meetmoment {0, QDate(2017, 1, 1), 2, std::nullopt, std::nullopt}};
    Plan full;
    full.versie = 2;
    full.datum = QDate(2016, 7, 1);
    full.hulpvraag = QStringLiteral("schulden");
    full.draaglastBepaald = QStringLiteral("hoog");
    full.draagkrachtBepaald = QStringLiteral("laag");
    full.doelen = {Doel {QStringLiteral("rust"),
                       QDate(2016, 12, 1),
                       QStringLiteral("wat"),
                       QStringLiteral("hoe"),
                       QStringLiteral("met"),
                       QStringLiteral("financien"),
                       QStringLiteral("competenties"),
                       Uitkomst::Deels,
                       QDate(2017, 1, 2)},
        Doel {}};
    full.interventies = {Interventie {QStringLiteral("praktisch"),
                             QStringLiteral("o"),
                             1,
                             QStringLiteral("w"),
                             QDate(2016, 8, 1),
                             QStringLiteral("Schuldhulp")},
        Interventie {QStringLiteral("coachend"), {}, 0, {}, {}, {}}};
    full.afspraken = {Afspraak {QStringLiteral("bellen"), QStringLiteral("inwoner"), QDate(2016, 7, 8)}};
    full.inwonerEens = Instemming::Deels;
    full.visieToelichting = QStringLiteral("toel");
    full.verschilBesproken = true;
    full.ingetrokkenOp = QDate(2016, 9, 9);
    full.intrekReden = QStringLiteral("fout");
    Plan bare;
    bare.ingetrokkenOp = QDate(2016, 9, 10); // an ingetrokken object with only its date
    d.plannen = {full, bare};
    d.journaal = {JournaalRegel {0,
                      QDate(2016, 6, 14),
                      ContactSoort::Huisbezoek,
                      45,
                      QStringLiteral("\"gesprek\""),
                      Aard::Aanname,
                      QStringLiteral("financien"),
                      1,
                      1},
        JournaalRegel {0, QDate(2016, 6, 15), ContactSoort::Gesprek, 0, QString(), Aard::Feit, {}, 0, 0}};
    return d;
}

} // namespace

// draagwijzer/1 files are compared byte for byte (DESIGN.md): the writer must give exactly Qt's indented JSON of
// the same document, keys sorted. Qt itself is the oracle: parse what was written and let Qt write it again.
TEST(ExchangeFormat, TheBytesAreQtsIndentedJsonOfTheSameDocument)
{
    QVector<Dossier> dossiers {dossierWithEverything(), Dossier {}};
    const DemoGenerator demo(Instrument::standaard(), 2016);
    for (int i = 0; i < 300; ++i) {
        dossiers << demo.dossier(i);
    }
    const QByteArray written = format().write(dossiers, DemoGenerator::socialeKaart());
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(written, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << qPrintable(error.errorString());
    EXPECT_EQ(written, parsed.toJson(QJsonDocument::Indented));
    // A few bytes a human can check: the order of the members and the empty meting of the professional.
    // Dossier members sit at 12 spaces, a meetmoment's at 20, a meting's at 24, the draaglast levels at 28.
    const QByteArray at24(24, ' '), at28(28, ' ');
    EXPECT_TRUE(written.contains("\"draaglast\": {\n" + at28 + "\"financien\": 2,\n" + at28 + "\"opvoeding\": null\n"));
    EXPECT_TRUE(written.contains("\"professional\": {\n" + at24 + "\"antwoorden\": {\n" + at24 + "},\n"));
}
