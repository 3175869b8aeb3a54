#include "exchangeparser.h"

#include "exchangeformat.h"
#include "persoonsgegevens.h"

#include "scoring.h"
#include "validation.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace dw {

// Walks the document; the first problem found wins and carries the JSON path of the bad key.
class ExchangeParserPrivate
{
public:
    ExchangeParserPrivate(const Instrument& instrument, const QDate& today)
        : m_instrument(instrument)
        , m_today(today)
    { }

    QString error;
    QString errorPath; // the path alone, without the reason: the reader looks up its line and column

    bool fail(const QString& path, const QString& why)
    {
        if (error.isEmpty()) {
            error = QStringLiteral("%1: %2").arg(path, why);
            errorPath = path;
        }
        return false;
    }

    bool onlyKeys(const QJsonObject& o, const QString& path, std::initializer_list<const char*> allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool known = false;
            for (const char* k : allowed)
                known = known || it.key() == QLatin1String(k);
            if (!known)
                return fail(path, QStringLiteral("onbekende sleutel '%1'").arg(it.key()));
        }
        return true;
    }

    bool text(const QJsonObject& o, const char* key, const QString& path, bool required, QString& out)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString p = path + QLatin1Char('.') + QLatin1String(key);
        if (v.isUndefined()) {
            if (required)
                return fail(p, QStringLiteral("ontbreekt"));
            return true;
        }
        if (!v.isString())
            return fail(p, QStringLiteral("tekst verwacht"));
        out = v.toString();
        if (required && out.trimmed().isEmpty())
            return fail(p, QStringLiteral("mag niet leeg zijn"));
        const auto [maxLength, multiLine] = textRule(key);
        const QString problem = validation::textProblem(out, maxLength, multiLine);
        if (!problem.isEmpty())
            return fail(p, problem);
        return true;
    }

    // The longest text and whether line breaks are allowed, per key: the same rules as the app's fields.
    static std::pair<int, bool> textRule(const char* key)
    {
        using namespace validation;
        static const QHash<QString, std::pair<int, bool>> rules = {{QStringLiteral("ref"), {RefLength, false}},
            {QStringLiteral("naam"), {NaamLength, false}},
            {QStringLiteral("gemeente"), {GemeenteLength, false}},
            {QStringLiteral("contact"), {ContactLength, false}},
            {QStringLiteral("professional"), {ProfessionalLength, false}},
            {QStringLiteral("telefoon"), {ContactLength, false}},
            {QStringLiteral("email"), {EmailLength, false}},
            {QStringLiteral("straat"), {AdresLength, false}},
            {QStringLiteral("woonplaats"), {AdresLength, false}},
            {QStringLiteral("hulpvraag"), {TextLength, true}},
            {QStringLiteral("draaglast"), {TextLength, true}},
            {QStringLiteral("draagkracht"), {TextLength, true}},
            {QStringLiteral("toelichting"), {TextLength, true}},
            {QStringLiteral("omschrijving"), {CellLength, true}},
            {QStringLiteral("wat"), {CellLength, true}},
            {QStringLiteral("hoe"), {CellLength, true}},
            {QStringLiteral("met_wie"), {CellLength, true}},
            {QStringLiteral("wie"), {CellLength, true}},
            {QStringLiteral("partner"), {NaamLength, false}},
            {QStringLiteral("reden"), {CellLength, false}},
            {QStringLiteral("tekst"), {TextLength, true}}};
        return rules.value(QLatin1String(key), {CodeLength, false});
    }

    bool date(const QJsonObject& o, const char* key, const QString& path, bool required, QDate& out)
    {
        QString s;
        if (!text(o, key, path, required, s))
            return false;
        if (s.isEmpty() && !required)
            return true;
        out = parseIsoDate(s);
        if (!out.isValid())
            return fail(path + QLatin1Char('.') + QLatin1String(key),
                QStringLiteral("ongeldige datum '%1' (verwacht JJJJ-MM-DD)").arg(s));
        return true;
    }

    bool integer(const QJsonValue& v, const QString& path, int& out)
    {
        const double d = v.toDouble();
        if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || std::abs(d) > 1e9)
            return fail(path, QStringLiteral("geheel getal verwacht"));
        out = static_cast<int>(d);
        return true;
    }

    bool object(const QJsonValue& v, const QString& path, QJsonObject& out)
    {
        if (!v.isObject())
            return fail(path, QStringLiteral("object verwacht"));
        out = v.toObject();
        return true;
    }

    bool array(const QJsonObject& o, const char* key, const QString& path, QJsonArray& out)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isArray())
            return fail(path + QLatin1Char('.') + QLatin1String(key), QStringLiteral("lijst verwacht"));
        out = v.toArray();
        return true;
    }

    bool meting(const QJsonValue& v, Perspectief p, const QString& path, Meting& out)
    {
        QJsonObject o;
        if (!object(v, path, o)
            || !onlyKeys(o, path, {"antwoorden", "draaglast", "zelf_ingevuld", "invulduur_seconden"}))
            return false;
        out.perspectief = p;
        // Samen invullen (issue 17): the inwoner filled it in on the professional's screen, in this many seconds.
        const QJsonValue zelf = o.value(QLatin1String("zelf_ingevuld"));
        if (!zelf.isUndefined() && !zelf.isBool())
            return fail(path + QStringLiteral(".zelf_ingevuld"), QStringLiteral("true of false verwacht"));
        out.zelfIngevuld = zelf.toBool(false);
        if (out.zelfIngevuld && p != Perspectief::Inwoner)
            return fail(path + QStringLiteral(".zelf_ingevuld"), QStringLiteral("alleen de inwoner vult zelf in"));
        if (o.contains(QLatin1String("invulduur_seconden"))) {
            const QString dp = path + QStringLiteral(".invulduur_seconden");
            if (!out.zelfIngevuld)
                return fail(dp, QStringLiteral("hoort alleen bij een zelf ingevulde vragenlijst"));
            if (!integer(o.value(QLatin1String("invulduur_seconden")), dp, out.invulduurSeconden))
                return false;
            if (out.invulduurSeconden < 0 || out.invulduurSeconden > 24 * 3600)
                return fail(dp, QStringLiteral("%1 seconden kan niet").arg(out.invulduurSeconden));
        }
        QJsonObject antwoorden, draaglast;
        const QJsonValue a = o.value(QLatin1String("antwoorden"));
        if (!a.isUndefined() && !object(a, path + QStringLiteral(".antwoorden"), antwoorden))
            return false;
        const QJsonValue d = o.value(QLatin1String("draaglast"));
        if (!d.isUndefined() && !object(d, path + QStringLiteral(".draaglast"), draaglast))
            return false;
        for (auto it = antwoorden.begin(); it != antwoorden.end(); ++it) {
            int value = 0;
            if (!integer(it.value(), path + QStringLiteral(".antwoorden.") + it.key(), value))
                return false;
            out.antwoorden.insert(it.key(), value);
        }
        for (auto it = draaglast.begin(); it != draaglast.end(); ++it) {
            if (it.value().isNull()) {
                out.draaglast.insert(it.key(), std::nullopt);
                continue;
            }
            int value = 0;
            if (!integer(it.value(), path + QStringLiteral(".draaglast.") + it.key(), value))
                return false;
            out.draaglast.insert(it.key(), value);
        }
        const Status valid = validateMeting(m_instrument, out);
        if (!valid.ok())
            return fail(path, valid.errorMessage());
        return true;
    }

    bool meetmoment(const QJsonValue& v, const QString& path, Meetmoment& out)
    {
        QJsonObject o;
        if (!object(v, path, o) || !date(o, "datum", path, true, out.datum))
            return false;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("datum"))
                continue;
            const auto p = perspectiefFromCode(it.key());
            if (!p)
                return fail(path, QStringLiteral("onbekend perspectief '%1'").arg(it.key()));
            Meting m;
            if (!meting(it.value(), *p, path + QLatin1Char('.') + it.key(), m))
                return false;
            out.meting(*p) = m;
        }
        return true;
    }

    bool plan(const QJsonValue& v, const QString& path, Plan& out);

    // Optional: {"afgesloten": true, "datum", "reden": code, "toelichting"?}, or {"afgesloten": false}.
    // The optional keys of issue 18, checked by the app's rules and kept in their normal form ("7511 AB").
    bool leesPersoonsgegevens(const QJsonObject& o, const QString& named, Inwoner& i)
    {
        if (!text(o, "bsn", named, false, i.bsn) || !text(o, "telefoon", named, false, i.telefoon)
            || !text(o, "email", named, false, i.email))
            return false;
        if (o.contains(QLatin1String("adres"))) {
            const QString path = named + QStringLiteral(".adres");
            QJsonObject a;
            if (!object(o.value(QLatin1String("adres")), path, a)
                || !onlyKeys(a, path, {"straat", "huisnummer", "postcode", "woonplaats"})
                || !text(a, "straat", path, false, i.adres.straat)
                || !text(a, "huisnummer", path, false, i.adres.huisnummer)
                || !text(a, "postcode", path, false, i.adres.postcode)
                || !text(a, "woonplaats", path, false, i.adres.woonplaats))
                return false;
        }
        persoonsgegevens::normaliseer(i);
        using validation::InwonerVeld;
        const std::tuple<InwonerVeld, const char*, const QString*> velden[] = {{InwonerVeld::Bsn, "bsn", &i.bsn},
            {InwonerVeld::Straat, "adres.straat", &i.adres.straat},
            {InwonerVeld::Huisnummer, "adres.huisnummer", &i.adres.huisnummer},
            {InwonerVeld::Postcode, "adres.postcode", &i.adres.postcode},
            {InwonerVeld::Woonplaats, "adres.woonplaats", &i.adres.woonplaats},
            {InwonerVeld::Telefoon, "telefoon", &i.telefoon},
            {InwonerVeld::Email, "email", &i.email}};
        for (const auto& [veld, key, value] : velden) {
            const QString problem = validation::inwonerVeldProblem(veld, *value, m_today);
            if (!problem.isEmpty())
                return fail(named + QLatin1Char('.') + QLatin1String(key), problem);
        }
        return true;
    }

    bool status(const QJsonValue& v, const QString& inwonerPath, DossierStatus& out)
    {
        const QString path = inwonerPath + QStringLiteral(".status");
        QJsonObject o;
        if (!object(v, path, o) || !onlyKeys(o, path, {"afgesloten", "datum", "reden", "toelichting"}))
            return false;
        const QJsonValue closed = o.value(QLatin1String("afgesloten"));
        if (!closed.isBool())
            return fail(path + QStringLiteral(".afgesloten"), QStringLiteral("true of false verwacht"));
        if (!closed.toBool()) {
            if (o.size() > 1)
                return fail(path, QStringLiteral("een open dossier heeft geen datum, reden of toelichting"));
            out = {};
            return true;
        }
        QString code;
        if (!date(o, "datum", path, true, out.afgeslotenOp) || !text(o, "reden", path, true, code)
            || !text(o, "toelichting", path, false, out.toelichting))
            return false;
        const auto reden = afsluitredenFromCode(code);
        if (!reden)
            return fail(path + QStringLiteral(".reden"), QStringLiteral("onbekende reden '%1'").arg(code));
        out.reden = *reden;
        const QString problem = afsluitenProblem(out, m_today);
        return problem.isEmpty() || fail(path, problem);
    }

    bool inwoner(const QJsonValue& v, const QString& path, Dossier& out)
    {
        QJsonObject o;
        if (!object(v, path, o)
            || !onlyKeys(o,
                path,
                {"ref",
                    "naam",
                    "geboortedatum",
                    "gemeente",
                    "contact",
                    "bsn",
                    "adres",
                    "telefoon",
                    "email",
                    "professional",
                    "status",
                    "meetmomenten",
                    "plannen",
                    "journaal"}))
            return false;
        Inwoner& i = out.inwoner;
        if (!text(o, "ref", path, true, i.ref))
            return false;
        const QString named = QStringLiteral("%1 (ref %2)").arg(path, i.ref);
        const QString refProblem = validation::refProblem(i.ref);
        if (!refProblem.isEmpty())
            return fail(named + QStringLiteral(".ref"), refProblem);
        if (!text(o, "naam", named, true, i.naam) || !date(o, "geboortedatum", named, true, i.geboortedatum)
            || !text(o, "gemeente", named, true, i.gemeente) || !text(o, "contact", named, false, i.contact)
            || !text(o, "professional", named, false, i.professional))
            return false;
        const QString birthProblem = validation::geboortedatumProblem(i.geboortedatum, m_today);
        if (!birthProblem.isEmpty())
            return fail(named + QStringLiteral(".geboortedatum"), birthProblem);
        if (!leesPersoonsgegevens(o, named, i))
            return false;
        if (o.contains(QLatin1String("status")) && !status(o.value(QLatin1String("status")), named, i.status))
            return false;
        QJsonArray meetmomenten, plannen;
        if (!array(o, "meetmomenten", named, meetmomenten) || !array(o, "plannen", named, plannen))
            return false;
        for (int k = 0; k < meetmomenten.size(); ++k) {
            Meetmoment m;
            if (!meetmoment(meetmomenten.at(k), QStringLiteral("%1.meetmomenten[%2]").arg(named).arg(k), m))
                return false;
            out.meetmomenten.append(m);
        }
        nummerOpDatum(out.meetmomenten);
        QSet<int> versies;
        for (int k = 0; k < plannen.size(); ++k) {
            Plan p;
            const QString pp = QStringLiteral("%1.plannen[%2]").arg(named).arg(k);
            if (!plan(plannen.at(k), pp, p))
                return false;
            if (versies.contains(p.versie))
                return fail(pp + QStringLiteral(".versie"), QStringLiteral("dubbele versie %1").arg(p.versie));
            versies.insert(p.versie);
            out.plannen.append(p);
        }
        std::stable_sort(
            out.plannen.begin(), out.plannen.end(), [](const Plan& a, const Plan& b) { return a.versie < b.versie; });
        QJsonArray journaal;
        if (!array(o, "journaal", named, journaal))
            return false;
        const int doelen = out.plannen.isEmpty() ? 0 : int(out.plannen.constLast().doelen.size());
        for (int k = 0; k < journaal.size(); ++k) {
            JournaalRegel r;
            if (!journaalRegel(journaal.at(k),
                    QStringLiteral("%1.journaal[%2]").arg(named).arg(k),
                    doelen,
                    int(out.meetmomenten.size()),
                    r))
                return false;
            out.journaal.append(r);
        }
        journaal::sorteerOudsteEerst(out.journaal);
        return true;
    }

private:
    bool journaalRegel(const QJsonValue& v, const QString& path, int doelen, int meetmomenten, JournaalRegel& out);

    const Instrument& m_instrument;
    QDate m_today;
};

bool ExchangeParserPrivate::plan(const QJsonValue& v, const QString& path, Plan& out)
{
    QJsonObject o;
    if (!object(v, path, o)
        || !onlyKeys(o,
            path,
            {"versie",
                "datum",
                "hulpvraag",
                "vraagverheldering",
                "doelen",
                "interventies",
                "afspraken",
                "gedeelde_visie",
                "verschil_besproken",
                "ingetrokken"}))
        return false;
    if (!o.contains(QLatin1String("versie")))
        return fail(path + QStringLiteral(".versie"), QStringLiteral("ontbreekt"));
    if (!integer(o.value(QLatin1String("versie")), path + QStringLiteral(".versie"), out.versie))
        return false;
    if (out.versie < 1)
        return fail(path + QStringLiteral(".versie"), QStringLiteral("moet 1 of hoger zijn"));
    if (!date(o, "datum", path, true, out.datum) || !text(o, "hulpvraag", path, false, out.hulpvraag))
        return false;
    if (o.contains(QLatin1String("vraagverheldering"))) {
        QJsonObject vv;
        const QString vp = path + QStringLiteral(".vraagverheldering");
        if (!object(o.value(QLatin1String("vraagverheldering")), vp, vv)
            || !onlyKeys(vv, vp, {"draaglast", "draagkracht"})
            || !text(vv, "draaglast", vp, false, out.draaglastBepaald)
            || !text(vv, "draagkracht", vp, false, out.draagkrachtBepaald))
            return false;
    }
    if (o.contains(QLatin1String("gedeelde_visie"))) {
        QJsonObject gv;
        QString eens;
        const QString gp = path + QStringLiteral(".gedeelde_visie");
        if (!object(o.value(QLatin1String("gedeelde_visie")), gp, gv)
            || !onlyKeys(gv, gp, {"inwoner_eens", "toelichting"}) || !text(gv, "inwoner_eens", gp, false, eens)
            || !text(gv, "toelichting", gp, false, out.visieToelichting))
            return false;
        const auto instemming = instemmingFromCode(eens);
        if (!instemming)
            return fail(
                gp + QStringLiteral(".inwoner_eens"), QStringLiteral("'%1' is geen eens, deels of oneens").arg(eens));
        out.inwonerEens = *instemming;
    }
    if (o.contains(QLatin1String("ingetrokken"))) {
        QJsonObject ig;
        const QString ip = path + QStringLiteral(".ingetrokken");
        if (!object(o.value(QLatin1String("ingetrokken")), ip, ig) || !onlyKeys(ig, ip, {"datum", "reden"})
            || !date(ig, "datum", ip, true, out.ingetrokkenOp) || !text(ig, "reden", ip, true, out.intrekReden))
            return false;
    }
    if (o.contains(QLatin1String("verschil_besproken"))) {
        const QJsonValue b = o.value(QLatin1String("verschil_besproken"));
        if (!b.isBool())
            return fail(path + QStringLiteral(".verschil_besproken"), QStringLiteral("true of false verwacht"));
        out.verschilBesproken = b.toBool();
    }
    QJsonArray doelen, interventies, afspraken;
    if (!array(o, "doelen", path, doelen) || !array(o, "interventies", path, interventies)
        || !array(o, "afspraken", path, afspraken))
        return false;
    for (int k = 0; k < doelen.size(); ++k) {
        const QString dp = QStringLiteral("%1.doelen[%2]").arg(path).arg(k);
        QJsonObject d;
        Doel doel;
        QString uitkomst;
        if (!object(doelen.at(k), dp, d)
            || !onlyKeys(d,
                dp,
                {"omschrijving",
                    "horizon",
                    "wat",
                    "hoe",
                    "met_wie",
                    "levensgebied",
                    "component",
                    "uitkomst",
                    "uitkomst_datum"})
            || !text(d, "omschrijving", dp, true, doel.omschrijving) || !date(d, "horizon", dp, false, doel.horizon)
            || !text(d, "wat", dp, false, doel.wat) || !text(d, "hoe", dp, false, doel.hoe)
            || !text(d, "met_wie", dp, false, doel.metWie) || !text(d, "levensgebied", dp, false, doel.levensgebied)
            || !text(d, "component", dp, false, doel.component) || !text(d, "uitkomst", dp, false, uitkomst)
            || !date(d, "uitkomst_datum", dp, false, doel.uitkomstDatum))
            return false;
        if (!doel.levensgebied.isEmpty() && !m_instrument.levensgebied(doel.levensgebied))
            return fail(dp + QStringLiteral(".levensgebied"),
                QStringLiteral("onbekend levensgebied '%1'").arg(doel.levensgebied));
        if (!doel.component.isEmpty() && !componentFromCode(doel.component))
            return fail(
                dp + QStringLiteral(".component"), QStringLiteral("onbekende component '%1'").arg(doel.component));
        const auto u = uitkomstFromCode(uitkomst);
        if (!u)
            return fail(
                dp + QStringLiteral(".uitkomst"), QStringLiteral("'%1' is geen bereikt, deels of niet").arg(uitkomst));
        doel.uitkomst = *u;
        out.doelen.append(doel);
    }
    for (int k = 0; k < interventies.size(); ++k) {
        const QString ip = QStringLiteral("%1.interventies[%2]").arg(path).arg(k);
        QJsonObject i;
        Interventie iv;
        if (!object(interventies.at(k), ip, i)
            || !onlyKeys(i, ip, {"type", "omschrijving", "doel", "wie", "wanneer", "partner"})
            || !text(i, "type", ip, true, iv.type) || !text(i, "omschrijving", ip, true, iv.omschrijving)
            || !text(i, "wie", ip, false, iv.wie) || !date(i, "wanneer", ip, false, iv.wanneer)
            || !text(i, "partner", ip, false, iv.partner))
            return false;
        if (!m_instrument.interventieType(iv.type))
            return fail(ip + QStringLiteral(".type"), QStringLiteral("onbekend interventietype '%1'").arg(iv.type));
        if (i.contains(QLatin1String("doel"))) {
            if (!integer(i.value(QLatin1String("doel")), ip + QStringLiteral(".doel"), iv.doel))
                return false;
            if (iv.doel < 1 || iv.doel > out.doelen.size())
                return fail(
                    ip + QStringLiteral(".doel"), QStringLiteral("doel %1 bestaat niet in dit plan").arg(iv.doel));
        }
        out.interventies.append(iv);
    }
    for (int k = 0; k < afspraken.size(); ++k) {
        const QString ap = QStringLiteral("%1.afspraken[%2]").arg(path).arg(k);
        QJsonObject a;
        Afspraak af;
        if (!object(afspraken.at(k), ap, a) || !onlyKeys(a, ap, {"omschrijving", "wie", "wanneer"})
            || !text(a, "omschrijving", ap, true, af.omschrijving) || !text(a, "wie", ap, false, af.wie)
            || !date(a, "wanneer", ap, false, af.wanneer))
            return false;
        out.afspraken.append(af);
    }
    return true;
}

// One entry of the optional key "journaal" (issue 17): datum, soort, duur_minuten, tekst and aard are required,
// levensgebied, doel (in the newest plan) and meetmoment (its volgnummer) optional.
bool ExchangeParserPrivate::journaalRegel(
    const QJsonValue& v, const QString& path, int doelen, int meetmomenten, JournaalRegel& out)
{
    QJsonObject o;
    QString soort, aard;
    if (!object(v, path, o)
        || !onlyKeys(o, path, {"datum", "soort", "duur_minuten", "tekst", "aard", "levensgebied", "doel", "meetmoment"})
        || !date(o, "datum", path, true, out.datum) || !text(o, "soort", path, true, soort)
        || !text(o, "tekst", path, true, out.tekst) || !text(o, "aard", path, true, aard)
        || !text(o, "levensgebied", path, false, out.levensgebied))
        return false;
    if (!contactSoortFromCode(soort))
        return fail(path + QStringLiteral(".soort"),
            QStringLiteral("onbekende soort '%1' (gesprek, huisbezoek, telefonisch, overleg of anders)").arg(soort));
    out.soort = *contactSoortFromCode(soort);
    if (!aardFromCode(aard))
        return fail(path + QStringLiteral(".aard"), QStringLiteral("'%1' is geen feit of aanname").arg(aard));
    out.aard = *aardFromCode(aard);
    if (!o.contains(QLatin1String("duur_minuten")))
        return fail(path + QStringLiteral(".duur_minuten"), QStringLiteral("ontbreekt"));
    if (!integer(o.value(QLatin1String("duur_minuten")), path + QStringLiteral(".duur_minuten"), out.duurMinuten))
        return false;
    for (const auto& [key, value] : {std::pair {"doel", &out.doel}, {"meetmoment", &out.meetmoment}}) {
        if (o.contains(QLatin1String(key))
            && !integer(o.value(QLatin1String(key)), path + QLatin1Char('.') + QLatin1String(key), *value))
            return false;
    }
    const auto problem = journaal::controleer(m_instrument, out, doelen, meetmomenten, m_today);
    return !problem || fail(path + QLatin1Char('.') + problem->sleutel, problem->reden);
}

ExchangeParser::ExchangeParser(const Instrument& instrument, const QDate& today)
    : d(std::make_unique<ExchangeParserPrivate>(instrument, today))
{ }

ExchangeParser::~ExchangeParser() = default;

bool ExchangeParser::inwoner(const QJsonValue& v, const QString& path, Dossier& out)
{
    d->error.clear();
    d->errorPath.clear();
    return d->inwoner(v, path, out);
}

QString ExchangeParser::error() const
{
    return d->error;
}

QString ExchangeParser::errorPath() const
{
    return d->errorPath;
}

} // namespace dw
