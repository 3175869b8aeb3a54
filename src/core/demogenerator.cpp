#include "demogenerator.h"

#include "scoring.h"

#include <algorithm>
#include <cmath>

namespace dw {

namespace {

class Random
{
public:
    explicit Random(std::uint64_t seed)
        : m_engine(seed)
    { }
    double uniform() { return static_cast<double>(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    int below(int n) { return static_cast<int>(uniform() * n); }
    bool chance(double p) { return uniform() < p; }
    double normal(double mean, double sd)
    {
        // Box-Muller, written out so that every platform draws the same numbers.
        const double u1 = std::max(uniform(), 1e-12);
        const double u2 = uniform();
        return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    }
    template<typename T> const T& pick(const QList<T>& list) { return list.at(below(static_cast<int>(list.size()))); }

private:
    std::mt19937_64 m_engine;
};

const QStringList gemeenteCodes = {QStringLiteral("ARN"),
    QStringLiteral("ENS"),
    QStringLiteral("SWF"),
    QStringLiteral("TAK"),
    QStringLiteral("VNL"),
    QStringLiteral("WSL")};

const QStringList voorletters = {QStringLiteral("A."),
    QStringLiteral("B."),
    QStringLiteral("C."),
    QStringLiteral("D."),
    QStringLiteral("E."),
    QStringLiteral("F."),
    QStringLiteral("G."),
    QStringLiteral("H."),
    QStringLiteral("I."),
    QStringLiteral("J."),
    QStringLiteral("K."),
    QStringLiteral("L."),
    QStringLiteral("M."),
    QStringLiteral("N."),
    QStringLiteral("R."),
    QStringLiteral("S."),
    QStringLiteral("T."),
    QStringLiteral("W."),
    QStringLiteral("Y."),
    QStringLiteral("Z.")};

const QStringList achternamen = {QStringLiteral("de Vries"),
    QStringLiteral("Jansen"),
    QStringLiteral("Bakker"),
    QStringLiteral("Visser"),
    QStringLiteral("Smit"),
    QStringLiteral("Meijer"),
    QStringLiteral("de Boer"),
    QStringLiteral("Mulder"),
    QStringLiteral("de Groot"),
    QStringLiteral("Bos"),
    QStringLiteral("Vos"),
    QStringLiteral("Peters"),
    QStringLiteral("Hendriks"),
    QStringLiteral("van Dijk"),
    QStringLiteral("Dijkstra"),
    QStringLiteral("Hoekstra"),
    QStringLiteral("Brouwer"),
    QStringLiteral("Çelik"),
    QStringLiteral("Yılmaz"),
    QStringLiteral("El Amrani"),
    QStringLiteral("Wijnands"),
    QStringLiteral("van 't Hek"),
    QStringLiteral("Ångström"),
    QStringLiteral("Koç"),
    QStringLiteral("Sánchez"),
    QStringLiteral("Postma"),
    QStringLiteral("Wiersma"),
    QStringLiteral("Kramer"),
    QStringLiteral("van den Berg"),
    QStringLiteral("Nijenhuis")};

const QStringList professionals = {QStringLiteral("M. Jansen"),
    QStringLiteral("S. Öztürk"),
    QStringLiteral("L. de Wit"),
    QStringLiteral("P. Haverkamp"),
    QStringLiteral("R. Zijlstra"),
    QStringLiteral("K. Bouwman")};

const QStringList hulpvragen = {QStringLiteral("Ik kom niet meer rond en de rekeningen stapelen zich op."),
    QStringLiteral("Ik zit de hele dag thuis en weet niet wat ik moet doen."),
    QStringLiteral("Mijn zoon luistert niet meer en ik weet niet hoe ik hem moet aanpakken."),
    QStringLiteral("Ik krijg mijn huis niet meer schoon sinds mijn operatie."),
    QStringLiteral("Ik voel me somber en alleen."),
    QStringLiteral("Ik dreig mijn woning kwijt te raken door een huurachterstand."),
    QStringLiteral("Ik begrijp de brieven van de gemeente niet."),
    QStringLiteral("Ik wil graag werk vinden, maar weet niet waar te beginnen.")};

struct DoelSjabloon
{
    const char* levensgebied;
    const char* component;
    const char* omschrijving;
    const char* wat;
    const char* hoe;
    const char* metWie;
    const char* interventieType;
    const char* interventie;
};

// Realistic goals, some with the flaws the study found (a doel that is an intervention, no "met wie").
const DoelSjabloon doelen[] = {
    {"financien",
        nullptr,
        "Binnen drie maanden een sluitende maandbegroting en geen nieuwe achterstanden.",
        "Begroting opstellen en vaste lasten op tijd betalen",
        "Samen wekelijks de post en het budget doornemen",
        "Budgetmaatje van de schuldhulp",
        "draaglast_verminderen",
        "Aanmelding bij schuldhulpverlening en budgetbeheer."},
    {"tijdsbesteding",
        "sociaal_kapitaal",
        "Twee dagdelen per week een vaste activiteit buitenshuis.",
        "Een dagbesteding of vrijwilligerswerk vinden",
        "Kennismaken bij het buurthuis",
        "Buurtwerker en een buurvrouw",
        "voorliggend_veld_benutten",
        "Samen het aanbod van het buurthuis bekijken en aanmelden voor de schaakclub."},
    {"opvoeding",
        "competenties",
        "Zelf rustig grenzen stellen aan de zoon, binnen zes maanden.",
        "Opvoedvaardigheden oefenen",
        "Training positief opvoeden",
        "Jeugdverpleegkundige",
        "competenties_versterken",
        "Deelname aan de oudercursus 'Opvoeden zo!'."},
    {"lichamelijke_gezondheid",
        nullptr,
        "Het huishouden is weer op orde terwijl mevrouw herstelt.",
        "Hulp bij het huishouden",
        "Via de Wmo huishoudelijke hulp aanvragen",
        "",
        "draaglast_verminderen",
        "Huishoudelijke hulp inzetten voor vier uur per week."},
    {"geestelijke_gezondheid",
        "sociaal_kapitaal",
        "Minder alleen: wekelijks contact met iemand uit het netwerk.",
        "Netwerk in kaart brengen en contact herstellen",
        "Netwerkkaart maken en bespreken wie te vragen",
        "Zus en een oud-collega",
        "netwerk_versterken",
        "Samen de netwerkkaart invullen en twee mensen benaderen."},
    {"wonen",
        nullptr,
        "Huurachterstand is binnen vier maanden afgelost en de woning blijft behouden.",
        "Betalingsregeling met de verhuurder",
        "Gesprek met de woningcorporatie voorbereiden",
        "Woningcorporatie",
        "draaglast_verminderen",
        "Betalingsregeling treffen met de woningcorporatie."},
    {nullptr,
        "competenties",
        "Ik begrijp de brieven van de gemeente niet.",
        "",
        "",
        "",
        "competenties_versterken",
        "Uitleg geven over brieven van de gemeente."},
    {nullptr,
        "sociaal_kapitaal",
        "Aanmelden bij de taalcafé-vrijwilligers.",
        "Taalcafé bezoeken",
        "",
        "",
        "vertrouwen_versterken",
        "Meegaan naar de eerste bijeenkomst van het taalcafé."},
};

int clampAnswer(double v)
{
    return std::clamp(static_cast<int>(std::lround(v)), 1, 5);
}

} // namespace

DemoGenerator::DemoGenerator(const Instrument& instrument, std::uint64_t seed, const QDate& vandaag)
    : m_instrument(instrument)
    , m_seed(seed)
    , m_vandaag(vandaag)
{ }

namespace {

QDate verschoven(const QDate& d, qint64 dagen)
{
    return d.isValid() ? d.addDays(dagen) : d;
}

// Every date of a dossier but the birth date `dagen` later (or earlier).
void verschuifDatums(Dossier& d, qint64 dagen)
{
    d.inwoner.status.afgeslotenOp = verschoven(d.inwoner.status.afgeslotenOp, dagen);
    d.inwoner.aangemaaktOp = verschoven(d.inwoner.aangemaaktOp, dagen);
    for (Meetmoment& m : d.meetmomenten)
        m.datum = verschoven(m.datum, dagen);
    for (Plan& p : d.plannen) {
        p.datum = verschoven(p.datum, dagen);
        p.ingetrokkenOp = verschoven(p.ingetrokkenOp, dagen);
        for (Doel& doel : p.doelen) {
            doel.horizon = verschoven(doel.horizon, dagen);
            doel.uitkomstDatum = verschoven(doel.uitkomstDatum, dagen);
        }
        for (Interventie& iv : p.interventies)
            iv.wanneer = verschoven(iv.wanneer, dagen);
        for (Afspraak& a : p.afspraken)
            a.wanneer = verschoven(a.wanneer, dagen);
    }
    for (JournaalRegel& r : d.journaal)
        r.datum = verschoven(r.datum, dagen);
}

// The latest date of what has happened (meetmomenten, plans, outcomes, the journal); horizons and appointments may
// lie ahead.
QDate laatsteVerledenDatum(const Dossier& d)
{
    QDate laatste;
    const auto neem = [&laatste](const QDate& x) {
        if (x.isValid() && (!laatste.isValid() || x > laatste))
            laatste = x;
    };
    for (const Meetmoment& m : d.meetmomenten)
        neem(m.datum);
    for (const Plan& p : d.plannen) {
        neem(p.datum);
        for (const Doel& doel : p.doelen)
            neem(doel.uitkomstDatum);
    }
    for (const JournaalRegel& r : d.journaal)
        neem(r.datum);
    return laatste;
}

} // namespace

// A journal that follows the dossier: a conversation at each meetmoment (a fact), and a week after the plan a
// phone call with what the professional thinks is going on (an assumption). Made without the random stream, so
// every other value of the demo stays as it was.
void DemoGenerator::voegJournaalToe(Dossier& d)
{
    for (const Meetmoment& mm : std::as_const(d.meetmomenten)) {
        JournaalRegel r;
        r.datum = mm.datum;
        r.soort = mm.volgnummer == 1 ? ContactSoort::Huisbezoek : ContactSoort::Gesprek;
        r.duurMinuten = mm.volgnummer == 1 ? 90 : 60;
        r.tekst = mm.volgnummer == 1
            ? QStringLiteral("Kennismaking thuis. Samen de vragenlijst ingevuld; de inwoner vertelde over de "
                             "zorgen van dit moment.")
            : QStringLiteral("Vervolggesprek: de vragenlijst opnieuw ingevuld en besproken wat er veranderd is.");
        r.meetmoment = mm.volgnummer;
        d.journaal.append(r);
    }
    if (!d.plannen.isEmpty() && !d.plannen.constFirst().doelen.isEmpty()) {
        const Plan& plan = d.plannen.constFirst();
        JournaalRegel r;
        r.datum = plan.datum.addDays(7);
        r.soort = ContactSoort::Telefonisch;
        r.duurMinuten = 15;
        r.tekst = QStringLiteral("Kort gebeld over de eerste afspraak. De inwoner klinkt rustiger; vermoedelijk "
                                 "helpt het dat er een plan ligt.");
        r.aard = Aard::Aanname;
        r.levensgebied = plan.doelen.constFirst().levensgebied;
        r.doel = 1;
        d.journaal.append(r);
    }
    journaal::sorteerOudsteEerst(d.journaal);
}

QVector<Voorziening> DemoGenerator::socialeKaart()
{
    const auto v
        = [](const char* naam, const char* type, const char* levensgebied, const char* gemeente, const char* contact) {
              return Voorziening {0,
                  QString::fromUtf8(naam),
                  QLatin1String(type),
                  QLatin1String(levensgebied),
                  QString::fromUtf8(gemeente),
                  QString::fromUtf8(contact)};
          };
    // Twente's regional services are for its gemeenten, not for an inwoner of Arnhem (issue 18).
    const char* twente = "Enschede, Hengelo, Almelo, Borne, Oldenzaal, Losser, Haaksbergen";
    return {v("Schuldhulpverlening Enschede", "draaglast_verminderen", "financien", "Enschede", "14 053"),
        v("Schuldhulpverlening Hengelo", "draaglast_verminderen", "financien", "Hengelo", "14 074"),
        v("Wmo-loket huishoudelijke hulp",
            "draaglast_verminderen",
            "lichamelijke_gezondheid",
            "landelijk",
            "0800-1234"),
        v("Woningcorporatie: huurachterstanden", "draaglast_verminderen", "wonen", "Enschede", "053-4800800"),
        v("Veilig Thuis Twente", "draaglast_verminderen", "veiligheid", twente, "0800-2000"),
        v("Humanitas Thuisadministratie", "competenties_versterken", "financien", twente, "twente@humanitas.example"),
        v("Training Positief Opvoeden", "competenties_versterken", "opvoeding", twente, "cjg@twente.example"),
        v("Taalcafé Almelo", "competenties_versterken", "onderwijs", "Almelo", "Bibliotheek Almelo"),
        v("Netwerkcoach Oldenzaal", "netwerk_versterken", "", "Oldenzaal", "0541-123456"),
        v("Maatjesproject Twente", "netwerk_versterken", "geestelijke_gezondheid", twente, "maatjes@twente.example"),
        v("Cursus 'Hulp vragen durven'", "netwerkcompetentie_versterken", "", "landelijk", "wijkteam"),
        v("Buurthuis De Kolk", "voorliggend_veld_benutten", "tijdsbesteding", "Enschede", "053-4311111"),
        v("Vrijwilligerscentrale Borne", "voorliggend_veld_benutten", "tijdsbesteding", "Borne", "074-2661234"),
        v("Minimapas Twentse gemeenten", "voorliggend_veld_benutten", "financien", twente, "www.minimapas.example"),
        v("Ervaringsdeskundige meeloper", "vertrouwen_versterken", "", "landelijk", "wijkteam"),
        v("Inloop Het Anker Hengelo", "vertrouwen_versterken", "geestelijke_gezondheid", "Hengelo", "074-2909090")};
}

const QStringList& DemoGenerator::gemeenten()
{
    static const QStringList list = {QStringLiteral("Arnhem"),
        QStringLiteral("Enschede"),
        QStringLiteral("Súdwest-Fryslân"),
        QStringLiteral("Tytsjerksteradiel en Achtkarspelen"),
        QStringLiteral("Venlo"),
        QStringLiteral("Westland")};
    return list;
}

Dossier DemoGenerator::dossier(int index) const
{
    Random rnd(m_seed * 0x9E3779B97F4A7C15ULL + static_cast<std::uint64_t>(index) + 1);
    Dossier d;
    const int g = index % gemeenten().size();
    Inwoner& i = d.inwoner;
    i.ref
        = QStringLiteral("%1-%2").arg(gemeenteCodes.at(g)).arg(index / gemeenten().size() + 1, 6, 10, QLatin1Char('0'));
    i.naam = rnd.pick(voorletters) + QLatin1Char(' ') + rnd.pick(achternamen);
    i.geboortedatum = QDate(1940, 1, 1).addDays(rnd.below(365 * 60));
    i.gemeente = gemeenten().at(g);
    i.professional = professionals.at((index / gemeenten().size()) % professionals.size());
    if (rnd.chance(0.7))
        i.contact = QStringLiteral("06-%1").arg(10000000 + rnd.below(89999999));

    // Latent draagkracht per component and perspective; professionals see competences a little lower.
    const double pc = rnd.normal(3.30, 0.75);
    const double sk = rnd.normal(3.30, 0.75);
    const double proPc = pc - 0.25 + rnd.normal(0, 0.35);
    const double proSk = sk - 0.10 + rnd.normal(0, 0.35);
    const double last = rnd.normal(2.3, 1.2); // draaglast tendency
    const bool heeftKinderen = rnd.chance(0.45);
    const int aantal = rnd.chance(0.08) ? 1 : (rnd.chance(0.08) ? 2 : 3);
    const QDate nulmeting = QDate(2016, 5, 1).addDays(rnd.below(200));

    for (int k = 0; k < aantal; ++k) {
        Meetmoment mm;
        mm.datum = k == 0 ? nulmeting : nulmeting.addDays(k * 365 - 30 + rnd.below(60));
        // A modest improvement, mostly between the first and the second meetmoment (as in the study).
        const double groei = k == 0 ? 0.0 : (k == 1 ? 0.12 : 0.15);
        for (Perspectief p : allePerspectieven) {
            if (p == Perspectief::Professional && rnd.chance(0.05))
                continue;
            Meting m;
            m.perspectief = p;
            const bool inw = p == Perspectief::Inwoner;
            const double basePc = (inw ? pc + groei : proPc + groei * 0.2);
            const double baseSk = (inw ? sk + groei : proSk + groei);
            const bool slordig = rnd.chance(0.04); // fills in too little: component unknown
            for (const InstrumentItem& item : m_instrument.perspectief(p).items) {
                if (rnd.chance(slordig ? 0.5 : 0.04))
                    continue; // open answer
                const double base = item.component == Component::PersoonlijkeCompetenties ? basePc : baseSk;
                m.antwoorden.insert(item.code, clampAnswer(rnd.normal(base, 0.8)));
            }
            const double lastNu = last - (k == 0 ? 0.0 : 0.35 + 0.05 * k) + (inw ? 0.0 : 0.25);
            for (const LevensgebiedDefinitie& lg : m_instrument.levensgebieden()) {
                if (lg.code == QLatin1String("opvoeding") && !heeftKinderen) {
                    m.draaglast.insert(lg.code, std::nullopt);
                    continue;
                }
                if (rnd.chance(0.03)) {
                    m.draaglast.insert(lg.code, std::nullopt);
                    continue;
                }
                const double p1
                    = std::clamp(lastNu / 8.0 + (lg.code == QLatin1String("financien") ? 0.15 : 0.0), 0.02, 0.9);
                int niveau = rnd.chance(p1) ? (rnd.chance(0.35) ? 2 : 1) : 0;
                m.draaglast.insert(lg.code, niveau);
            }
            mm.meting(p) = m;
        }
        d.meetmomenten.append(mm);
    }
    nummerOpDatum(d.meetmomenten);

    if (rnd.chance(0.85)) {
        Plan plan;
        plan.versie = 1;
        plan.datum = nulmeting.addDays(7 + rnd.below(21));
        plan.hulpvraag = rnd.pick(hulpvragen);
        const MetingScore s = scoreMeting(m_instrument, *d.meetmomenten.first().inwoner);
        plan.draaglastBepaald
            = QStringLiteral("%1 levensgebied(en) met problemen volgens de inwoner.").arg(s.probleemgebieden);
        plan.draagkrachtBepaald
            = QStringLiteral("Inwoner ziet zichzelf als: %1.").arg(m_instrument.kwadrantNaam(s.kwadrant));
        const int aantalDoelen = 1 + rnd.below(3);
        const int n = static_cast<int>(std::size(doelen));
        const int start = rnd.below(n);
        for (int k = 0; k < aantalDoelen; ++k) {
            const DoelSjabloon& t = doelen[(start + k) % n];
            Doel doel;
            doel.omschrijving = QString::fromUtf8(t.omschrijving);
            doel.wat = QString::fromUtf8(t.wat);
            doel.hoe = QString::fromUtf8(t.hoe);
            doel.metWie = QString::fromUtf8(t.metWie);
            doel.levensgebied = t.levensgebied ? QString::fromLatin1(t.levensgebied) : QString();
            doel.component = t.component ? QString::fromLatin1(t.component) : QString();
            if (rnd.chance(0.85))
                doel.horizon = plan.datum.addMonths(3 + rnd.below(4));
            if (d.meetmomenten.size() > 1) {
                const int u = rnd.below(10);
                doel.uitkomst = u < 5 ? Uitkomst::Bereikt : (u < 8 ? Uitkomst::Deels : Uitkomst::Niet);
                doel.uitkomstDatum = d.meetmomenten.at(1).datum;
            }
            plan.doelen.append(doel);
            Interventie iv;
            iv.type = QString::fromLatin1(t.interventieType);
            iv.omschrijving = QString::fromUtf8(t.interventie);
            iv.doel = rnd.chance(0.9) ? k + 1 : 0;
            iv.wie = rnd.chance(0.5) ? i.professional : QStringLiteral("Inwoner");
            iv.wanneer = plan.datum.addDays(14 + rnd.below(60));
            // Every other interventie goes through a partner of the sociale kaart, so that the demo has
            // partnerversies to make; chosen without the random stream, which keeps every other value as it was.
            if (k % 2 == 0) {
                static const QVector<Voorziening> kaart = socialeKaart();
                iv.partner = passendeVoorzieningen(kaart, iv.type, i.gemeente, {doel.levensgebied}).value(0).naam;
            }
            plan.interventies.append(iv);
        }
        plan.afspraken.append({QStringLiteral("Elke twee weken een gesprek op het wijkteamkantoor."),
            i.professional,
            plan.datum.addDays(14)});
        const int e = rnd.below(10);
        plan.inwonerEens = e < 7 ? Instemming::Eens : (e < 9 ? Instemming::Deels : Instemming::Onbekend);
        d.plannen.append(plan);
    }
    voegJournaalToe(d);
    if (m_vandaag.isValid()) {
        // Its own draw, so that the same seed gives the same people and answers whatever the day.
        Random when(m_seed * 0xD1B54A32D192ED03ULL + static_cast<std::uint64_t>(index) + 7);
        // The last meetmoment somewhere in the 18 months before today, and nothing that happened after today.
        const QDate laatsteMeetmoment = d.meetmomenten.constLast().datum;
        const qint64 erna = laatsteMeetmoment.daysTo(laatsteVerledenDatum(d));
        const QDate vroegst = m_vandaag.addMonths(-18);
        const qint64 ruimte = std::max<qint64>(1, vroegst.daysTo(m_vandaag) - erna);
        const QDate nieuw = vroegst.addDays(when.below(static_cast<int>(ruimte)));
        verschuifDatums(d, laatsteMeetmoment.daysTo(nieuw));
    }
    return d;
}

QVector<DemoGenerator::DemoAccount> DemoGenerator::accounts()
{
    const QString professional = QStringLiteral("demo-professional-2026");
    const QString teamleider = QStringLiteral("demo-teamleider-2026");
    QVector<DemoAccount> out;
    for (int i = 0; i < professionals.size(); ++i)
        out.append({professionals.at(i),
            Rol::Professional,
            i < 3 ? QStringLiteral("Noord") : QStringLiteral("Zuid"),
            professional});
    out.append({QStringLiteral("T. de Vries"), Rol::Teamleider, QStringLiteral("Noord"), teamleider});
    out.append({QStringLiteral("H. Smit"), Rol::Teamleider, QStringLiteral("Zuid"), teamleider});
    out.append({QStringLiteral("B. Bakker"), Rol::Beheerder, QString(), QStringLiteral("demo-beheerder-2026")});
    return out;
}

} // namespace dw
