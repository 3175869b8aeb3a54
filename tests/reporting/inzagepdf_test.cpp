// The inzage as the inwoner reads it: every value worked out by hand from the instrument (draagkracht-1).
#include "reporting/inzagepdf.h"

#include "core/instrument.h"

#include "guipdf.h"
#include "support/metingen.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dw;

namespace {

const Instrument& ins()
{
    return Instrument::standaard();
}

// One meetmoment. The inwoner answers inw.pc.1 and inw.pc.3..8 with 4 and leaves inw.pc.2 open (PC 4,00 from 7 of
// 8 items: aanwezig), all 7 SK items 2 (SK 2,00: niet aanwezig), so "Enkele draagkracht (persoonlijke
// competenties)"; Financiën 2, Wonen 1, Opvoeding n.v.t., Veiligheid not rated, the rest 0: 2 probleemgebieden.
// The professional: PC 3, SK 4, so "Enkele draagkracht (sociaal kapitaal)", no problems.
Dossier voorbeeld()
{
    Dossier d;
    d.inwoner.id = 7;
    d.inwoner.ref = QStringLiteral("ENS-0042");
    d.inwoner.naam = QStringLiteral("A. de Vries");
    d.inwoner.geboortedatum = QDate(1971, 3, 2);
    d.inwoner.gemeente = QStringLiteral("Enschede");
    d.inwoner.contact = QStringLiteral("06-12345678");
    d.inwoner.professional = QStringLiteral("j.jansen");
    d.inwoner.team = QStringLiteral("Noord");
    Meting inw;
    inw.perspectief = Perspectief::Inwoner;
    for (int i = 1; i <= 8; ++i) {
        if (i != 2)
            inw.antwoorden.insert(QStringLiteral("inw.pc.%1").arg(i), 4);
    }
    for (int i = 1; i <= 7; ++i)
        inw.antwoorden.insert(QStringLiteral("inw.sk.%1").arg(i), 2);
    inw.draaglast = {{QStringLiteral("financien"), 2},
        {QStringLiteral("wonen"), 1},
        {QStringLiteral("tijdsbesteding"), 0},
        {QStringLiteral("opvoeding"), std::nullopt},
        {QStringLiteral("lichamelijke_gezondheid"), 0},
        {QStringLiteral("geestelijke_gezondheid"), 0},
        {QStringLiteral("onderwijs"), 0}};
    Meetmoment mm;
    mm.datum = QDate(2016, 6, 14);
    mm.volgnummer = 1;
    mm.inwoner = inw;
    mm.professional = test::uniformeMeting(Perspectief::Professional, 3, 4, {{QStringLiteral("financien"), 0}});
    d.meetmomenten = {mm};
    Plan v1;
    v1.versie = 1;
    v1.datum = QDate(2016, 7, 1);
    v1.hulpvraag = QStringLiteral("Hulp bij de schulden");
    Plan v2 = v1;
    v2.versie = 2;
    v2.datum = QDate(2017, 1, 10);
    v2.hulpvraag = QStringLiteral("Schulden regelen en werk vinden");
    Doel doel;
    doel.omschrijving = QStringLiteral("Een betalingsregeling voor de huur");
    doel.horizon = QDate(2017, 6, 1);
    v2.doelen = {doel};
    d.plannen = {v1, v2};
    return d;
}

AuditRegel regel(const char* tijdstip, const char* gebruiker, const char* rol, const char* actie, const char* uitkomst)
{
    AuditRegel r;
    r.tijdstip = QString::fromUtf8(tijdstip);
    r.gebruiker = QString::fromUtf8(gebruiker);
    r.rol = QString::fromUtf8(rol);
    r.actie = QString::fromUtf8(actie);
    r.uitkomst = QString::fromUtf8(uitkomst);
    r.inwonerId = 7;
    return r;
}

// 09:15 UTC on 3 March is 10:15 in the Netherlands (winter time); 12:00 UTC on 1 July is 14:00 (summer time).
const QVector<AuditRegel> wieZag = {
    regel("2026-03-03T09:15:00.000Z", "j.jansen", "professional,teamleider", "dossier gelezen", "gelukt"),
    regel("2026-07-01T12:00:00.000Z", "p.pietersen", "professional", "dossier gelezen", "geweigerd"),
};

const QDate gemaaktOp(2026, 11, 25);

class InzagePdf : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { test::ensureGuiApplication(); }

    // The PDF of `d` read back by poppler.
    static QString pdf(const Dossier& d, const QVector<AuditRegel>& rows = wieZag)
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inzage.pdf"));
        const Status s = writeInzagePdf(d, rows, ins(), path, gemaaktOp);
        EXPECT_TRUE(s.ok()) << s.errorMessage().toStdString();
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        EXPECT_TRUE(f.read(5) == "%PDF-");
        return test::pdfText(path);
    }
};

} // namespace

TEST_F(InzagePdf, AnAnswerIsShownInTheQuestionnairesOwnWords)
{
    const QString t = pdf(voorbeeld());
    const QString row = test::lineWith(t, QStringLiteral("Ik kan mijn problemen zelf oplossen."));
    EXPECT_TRUE(row.contains(QStringLiteral("Mee eens (4)"))) << t.toStdString();
    // The professional's Tabel 2 has its own scale: 3 is "Enigszins van toepassing".
    EXPECT_TRUE(
        test::lineWith(t, QStringLiteral("Is gemotiveerd")).contains(QStringLiteral("Enigszins van toepassing (3)")));
}

TEST_F(InzagePdf, AnOpenAnswerSaysNietBeantwoord)
{
    const QString t = pdf(voorbeeld());
    EXPECT_TRUE(test::lineWith(t, QStringLiteral("Ik weet goed wat mijn problemen zijn."))
                    .contains(QStringLiteral("niet beantwoord")))
        << t.toStdString();
    // Veiligheid was not rated at all.
    EXPECT_TRUE(
        test::lineWith(t, QStringLiteral("Veiligheid / huiselijk geweld")).contains(QStringLiteral("niet beantwoord")));
}

TEST_F(InzagePdf, DraaglastLevelsUseTheInstrumentsLabelsAndNvt)
{
    const QString t = pdf(voorbeeld());
    EXPECT_TRUE(test::lineWith(t, QStringLiteral("Opvoeding")).contains(QStringLiteral("N.v.t."))) << t.toStdString();
    EXPECT_TRUE(
        test::lineWith(t, QStringLiteral("Financiën (incl. schulden)")).contains(QStringLiteral("Ernstige problemen")));
    EXPECT_TRUE(test::lineWith(t, QStringLiteral("Wonen / opvang")).contains(QStringLiteral("Enigszins problemen")));
    EXPECT_TRUE(test::lineWith(t, QStringLiteral("Aantal levensgebieden met problemen")).contains(QStringLiteral("2")));
}

TEST_F(InzagePdf, ScoresAndTypeOfBothPerspectives)
{
    const QString h = inzageHtml(voorbeeld(), wieZag, ins(), gemaaktOp);
    const qsizetype inwoner = h.indexOf(QStringLiteral("Uw eigen antwoorden"));
    const qsizetype professional = h.indexOf(QStringLiteral("Wat uw professional over u invulde"));
    ASSERT_GT(inwoner, 0);
    ASSERT_GT(professional, inwoner);
    const QString eigen = h.mid(inwoner, professional - inwoner);
    const QString pro = h.mid(professional);
    EXPECT_TRUE(eigen.contains(QStringLiteral("4,00 (aanwezig)")));
    EXPECT_TRUE(eigen.contains(QStringLiteral("2,00 (niet aanwezig)")));
    EXPECT_TRUE(eigen.contains(QStringLiteral("Enkele draagkracht (persoonlijke competenties)")));
    EXPECT_TRUE(eigen.contains(QStringLiteral(
        "Volgens uw eigen antwoorden kunt u veel zelf, maar zijn er weinig mensen om u heen die u kunnen helpen.")));
    EXPECT_TRUE(pro.contains(QStringLiteral("3,00 (niet aanwezig)")));
    EXPECT_TRUE(pro.contains(QStringLiteral("4,00 (aanwezig)")));
    EXPECT_TRUE(pro.contains(QStringLiteral("Enkele draagkracht (sociaal kapitaal)")));
    EXPECT_TRUE(pro.contains(QStringLiteral("Volgens de professional zijn er mensen om u heen")));
}

TEST_F(InzagePdf, TooFewAnswersGiveNoScoreAndAnUnknownType)
{
    Dossier d = voorbeeld();
    d.meetmomenten[0].inwoner->antwoorden = {{QStringLiteral("inw.pc.1"), 5}}; // 1 of 8 and 0 of 7: under 2/3
    d.meetmomenten[0].professional.reset();
    const QString h = inzageHtml(d, wieZag, ins(), gemaaktOp);
    EXPECT_EQ(h.count(QStringLiteral("geen score: te weinig vragen beantwoord")), 2);
    EXPECT_TRUE(h.contains(QStringLiteral("Daarom is het type draagkracht niet bekend.")));
    EXPECT_TRUE(h.contains(QStringLiteral("De professional heeft bij dit meetmoment geen vragenlijst ingevuld.")));
}

TEST_F(InzagePdf, PersonalDataAndAClosedStatus)
{
    Dossier d = voorbeeld();
    d.inwoner.status.afgeslotenOp = QDate(2026, 3, 3);
    d.inwoner.status.reden = Afsluitreden::Verhuisd;
    const QString t = pdf(d);
    EXPECT_TRUE(test::lineWith(t, QStringLiteral("Status van uw dossier"))
                    .contains(QStringLiteral("afgesloten op 3 maart 2026: verhuisd")))
        << t.toStdString();
    EXPECT_TRUE(test::lineWith(t, QStringLiteral("Geboortedatum")).contains(QStringLiteral("2 maart 1971")));
    EXPECT_TRUE(test::lineWith(t, QStringLiteral("Contactgegevens")).contains(QStringLiteral("06-12345678")));
    EXPECT_TRUE(test::lineWith(t, QStringLiteral("Wijkteam")).contains(QStringLiteral("Noord")));
    EXPECT_TRUE(test::lineWith(t, QStringLiteral("Dossiernummer")).contains(QStringLiteral("ENS-0042")));
    EXPECT_TRUE(
        test::lineWith(inzageHtml(voorbeeld(), wieZag, ins(), gemaaktOp), QStringLiteral("Status van uw dossier"))
            .contains(QStringLiteral("<td>open</td>")));
}

TEST_F(InzagePdf, EveryVersionOfThePlanIsThere)
{
    const QString t = pdf(voorbeeld());
    const qsizetype v1 = t.indexOf(QStringLiteral("Plan van aanpak — versie 1"));
    const qsizetype v2 = t.indexOf(QStringLiteral("Plan van aanpak — versie 2"));
    EXPECT_GT(v1, 0) << t.toStdString();
    EXPECT_GT(v2, v1);
    EXPECT_TRUE(t.contains(QStringLiteral("Hulp bij de schulden")));
    EXPECT_TRUE(t.contains(QStringLiteral("Schulden regelen en werk vinden")));
    EXPECT_TRUE(t.contains(QStringLiteral("Een betalingsregeling voor de huur")));
}

TEST_F(InzagePdf, WhoSawTheDossierInLocalTimeWithReadableRoles)
{
    // Each row whole, as worked out by hand: local date and time, name, roles in words, and what was done, or for
    // a refused row what someone wanted to do and that it was refused ("gelukt" itself is never shown).
    const QString h = inzageHtml(voorbeeld(), wieZag, ins(), gemaaktOp);
    EXPECT_TRUE(h.contains(QStringLiteral("<tr><td>3 maart 2026</td><td>10:15</td><td>j.jansen</td>"
                                          "<td>professional en teamleider</td><td>dossier bekeken</td></tr>")))
        << h.toStdString();
    EXPECT_TRUE(
        h.contains(QStringLiteral("<tr><td>1 juli 2026</td><td>14:00</td><td>p.pietersen</td>"
                                  "<td>professional</td><td>wilde dossier bekijken: <b>geweigerd</b></td></tr>")));
    EXPECT_FALSE(h.contains(QStringLiteral("gelukt")));
    // And on paper.
    const QString t = pdf(voorbeeld());
    const QString pietersen = test::lineWith(t, QStringLiteral("p.pietersen"));
    EXPECT_TRUE(pietersen.contains(QStringLiteral("1 juli 2026"))) << t.toStdString();
    EXPECT_TRUE(pietersen.contains(QStringLiteral("14:00")));
    // The outcome may wrap onto the next line of its cell, above the explanation under the table.
    const qsizetype rij = t.indexOf(QStringLiteral("p.pietersen"));
    EXPECT_TRUE(t.mid(rij, t.indexOf(QStringLiteral("Staat er"), rij) - rij).contains(QStringLiteral("geweigerd")));
}

TEST_F(InzagePdf, EveryPageSaysWhichPageOfHowMany)
{
    const QString t = pdf(voorbeeld());
    QStringList pages = t.split(QLatin1Char('\f'));
    if (pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    ASSERT_GE(pages.size(), 3); // intro, meetmoment, plans and audit do not fit on two pages
    for (int p = 0; p < pages.size(); ++p) {
        EXPECT_TRUE(pages.at(p).contains(QStringLiteral("pagina %1 van %2").arg(p + 1).arg(pages.size())))
            << pages.at(p).toStdString();
        EXPECT_TRUE(pages.at(p).contains(QStringLiteral("Inzage ENS-0042 — gemaakt op 25 november 2026")));
    }
}

TEST_F(InzagePdf, UserTextIsEscaped)
{
    Dossier d = voorbeeld();
    d.inwoner.naam = QStringLiteral("<i>Jan</i> & Zn");
    d.plannen[0].hulpvraag = QStringLiteral("<h2>kop</h2>");
    QVector<AuditRegel> rows = wieZag;
    rows[0].gebruiker = QStringLiteral("<b>x</b>");
    const QString h = inzageHtml(d, rows, ins(), gemaaktOp);
    EXPECT_TRUE(h.contains(QStringLiteral("&lt;i&gt;Jan&lt;/i&gt; &amp; Zn")));
    EXPECT_FALSE(h.contains(QStringLiteral("<i>Jan")));
    EXPECT_TRUE(h.contains(QStringLiteral("&lt;h2&gt;kop&lt;/h2&gt;")));
    EXPECT_TRUE(h.contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt;")));
}

TEST_F(InzagePdf, AnEmptyDossierSaysWhatIsNotThereYet)
{
    Dossier d = voorbeeld();
    d.meetmomenten.clear();
    d.plannen.clear();
    d.inwoner.professional.clear();
    const QString h = inzageHtml(d, {}, ins(), gemaaktOp);
    EXPECT_TRUE(h.contains(QStringLiteral("Heeft u een vraag? Stel die aan het wijkteam.")));
    EXPECT_TRUE(h.contains(QStringLiteral("Er zijn nog geen vragenlijsten ingevuld.")));
    EXPECT_TRUE(h.contains(QStringLiteral("Er is nog geen plan van aanpak gemaakt.")));
    EXPECT_TRUE(h.contains(QStringLiteral("Niemand heeft uw dossier bekeken of veranderd.")));
}

TEST_F(InzagePdf, AFolderThatIsNotThereLeavesNoFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ontbreekt/inzage.pdf"));
    const Status s = writeInzagePdf(voorbeeld(), wieZag, ins(), path, gemaaktOp);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.errorMessage().contains(path));
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(InzagePdf, TheJournalIsThereWithFactOrAssumption)
{
    Dossier d = voorbeeld();
    const QString leeg = inzageHtml(d, {}, ins(), gemaaktOp);
    EXPECT_TRUE(leeg.contains(QStringLiteral("Er staat nog niets in het journaal.")));
    JournaalRegel bezoek;
    bezoek.datum = QDate(2016, 6, 20);
    bezoek.soort = ContactSoort::Huisbezoek;
    bezoek.duurMinuten = 60;
    bezoek.tekst = QStringLiteral("Samen de post geordend.");
    bezoek.aard = Aard::Feit;
    JournaalRegel vermoeden;
    vermoeden.datum = QDate(2016, 7, 2);
    vermoeden.soort = ContactSoort::Telefonisch;
    vermoeden.tekst = QStringLiteral("Klinkt somber.");
    vermoeden.aard = Aard::Aanname;
    vermoeden.levensgebied = QStringLiteral("geestelijke_gezondheid");
    d.journaal = {bezoek, vermoeden};
    const QString t = pdf(d);
    EXPECT_TRUE(t.contains(QStringLiteral("Journaal"))) << t.toStdString();
    EXPECT_TRUE(t.contains(QStringLiteral("het journaal: wat de professional opschreef")));
    const QString regel1 = test::lineWith(t, QStringLiteral("Samen de post geordend."));
    EXPECT_TRUE(regel1.contains(QStringLiteral("20 juni 2016"))) << regel1.toStdString();
    EXPECT_TRUE(regel1.contains(QStringLiteral("Feit")));
    EXPECT_TRUE(regel1.contains(QStringLiteral("Huisbezoek (60"))) << t.toStdString(); // "minuten)" wraps
    const QString regel2 = test::lineWith(t, QStringLiteral("Klinkt somber."));
    EXPECT_TRUE(regel2.contains(QStringLiteral("Aanname"))) << regel2.toStdString();
    EXPECT_TRUE(t.contains(QStringLiteral("Over: Geestelijke gezondheid")));
    // Oldest first, like the rest of the inzage.
    EXPECT_LT(t.indexOf(QStringLiteral("Samen de post")), t.indexOf(QStringLiteral("Klinkt somber")));
}
