#include "inzagepdf.h"

#include "pagedpdf.h"
#include "planhtml.h"
#include "plantext.h"

#include "core/account.h"
#include "core/instrument.h"
#include "core/scoring.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace dw {

using plantext::datum;
using plantext::esc;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dw::Inzage", text);
}

// A cell that says nothing was filled in, set apart from real answers.
QString leeg(const QString& text)
{
    return QStringLiteral("<span style='color: #666666'><i>%1</i></span>").arg(text);
}

const QString tabel = QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' width='100%'>");
// A header row in <thead>, so that it comes back at the top of each page a long table runs onto.
const QString kop = QStringLiteral("<thead><tr bgcolor='#e8eef5'>");
const QString kopEind = QStringLiteral("</tr></thead>");

QString schaalLabel(const QVector<SchaalLabel>& schaal, int waarde)
{
    for (const SchaalLabel& s : schaal) {
        if (s.waarde == waarde)
            return s.label;
    }
    return QString::number(waarde);
}

QString getal(double v)
{
    return QLocale().toString(v, 'f', 2);
}

QString intro(const Dossier& d, const QDate& gemaaktOp)
{
    QString h = tr("<h1>Uw gegevens bij het wijkteam</h1>");
    h += tr("<p><b>%1</b> · gemaakt op %2</p>").arg(esc(d.inwoner.naam), datum(gemaaktOp));
    h += tr("<h2>Wat is dit?</h2>"
            "<p>Dit zijn alle gegevens die het wijkteam over u heeft vastgelegd. U heeft gevraagd om deze gegevens "
            "te zien. Dat heet <b>inzage</b>. Dit overzicht is gemaakt op %1.</p>"
            "<p>Hierin staat:</p><ul>"
            "<li>uw persoonlijke gegevens;</li>"
            "<li>de vragenlijsten die u en uw professional hebben ingevuld, met de uitkomsten;</li>"
            "<li>uw plan van aanpak, ook de oude versies;</li>"
            "<li>het journaal: wat de professional opschreef over de contacten met u;</li>"
            "<li>de bijlagen: brieven, formulieren en andere bestanden bij uw dossier;</li>"
            "<li>wie uw dossier heeft bekeken of veranderd.</li></ul>"
            "<p>U krijgt ook een computerbestand met dezelfde gegevens. Dat bestand kunt u meenemen naar een andere "
            "organisatie.</p>")
             .arg(datum(gemaaktOp));
    h += tr("<h2>Uw rechten</h2>"
            "<p>Klopt er iets niet? Dan mag u vragen om het te verbeteren. U mag ook vragen om gegevens te wissen. "
            "Soms moet het wijkteam gegevens wel bewaren. Dan legt het wijkteam u uit waarom.</p>"
            "<p>Heeft u een vraag? Stel die aan %1.</p>")
             .arg(d.inwoner.professional.isEmpty()
                     ? tr("het wijkteam")
                     : tr("uw professional (%1) of aan het wijkteam").arg(d.inwoner.professional.toHtmlEscaped()));
    return h;
}

QString persoonsgegevens(const Inwoner& i)
{
    QString h = tr("<h2>Uw persoonlijke gegevens</h2>");
    h += QStringLiteral("<table cellpadding='3'>");
    const std::pair<QString, QString> regels[] = {
        {tr("Naam"), esc(i.naam)},
        {tr("Geboortedatum"), datum(i.geboortedatum)},
        {tr("Gemeente"), esc(i.gemeente)},
        {tr("Contactgegevens"), esc(i.contact)},
        {tr("Uw professional"), esc(i.professional)},
        {tr("Wijkteam"), esc(i.team)},
        {tr("Ingeschreven op"), datum(i.aangemaaktOp)},
        {tr("Status van uw dossier"), i.status.beschrijving().toHtmlEscaped()}, // "open" or "afgesloten op ..."
        {tr("Dossiernummer"), esc(i.ref)},
    };
    for (const auto& [naam, waarde] : regels)
        h += QStringLiteral("<tr><td width='35%'><b>%1</b></td><td>%2</td></tr>").arg(naam, waarde);
    h += QStringLiteral("</table>");
    return h;
}

// Each term the inzage uses, explained once, before the meetmomenten that use them.
QString woorden(const Instrument& ins)
{
    return tr("<h2 style='page-break-before: always'>Vragenlijsten en uitkomsten</h2>"
              "<p>Het wijkteam kijkt samen met u naar twee dingen:</p><ul>"
              "<li><b>Draagkracht</b>: wat u zelf kunt, en wie u kan helpen. Dat bestaat uit twee delen:<ul>"
              "<li><b>%1</b>: wat u zelf kunt, zoals doorzetten en zeggen wat u wilt;</li>"
              "<li><b>%2</b>: mensen om u heen en plekken in de buurt die u kunnen helpen.</li></ul></li>"
              "<li><b>Draaglast</b>: de problemen die u heeft. Het wijkteam kijkt naar elk "
              "<b>levensgebied</b> apart. Een levensgebied is een deel van uw leven, zoals wonen of geld.</li></ul>"
              "<p>Een <b>meetmoment</b> is een keer dat de vragenlijst is ingevuld. Het eerste meetmoment heet "
              "de <b>nulmeting</b>. Bij elk meetmoment vult u zelf een vragenlijst in. Uw professional vult ook "
              "een vragenlijst over u in.</p>"
              "<p>De <b>score</b> is het gemiddelde van de antwoorden, van 1 tot 5. Is de score %3 of hoger? "
              "Dan is dat deel van uw draagkracht <b>aanwezig</b>. Uit de twee delen samen volgt het "
              "<b>type draagkracht</b>. %4 betekent: niet van toepassing. Dat levensgebied speelt bij u niet.</p>")
        .arg(ins.componentNaam(Component::PersoonlijkeCompetenties).toHtmlEscaped(),
            ins.componentNaam(Component::SociaalKapitaal).toHtmlEscaped(),
            QLocale().toString(ins.drempels().componentAanwezigVanaf, 'f', 1),
            ins.nvtLabel().toHtmlEscaped());
}

// What a quadrant means, in one plain sentence, after "Volgens ..." (the quadrant's name comes from the instrument).
QString betekenis(Kwadrant k)
{
    switch (k) {
    case Kwadrant::Dubbel:
        return tr("kunt u veel zelf, en zijn er mensen om u heen die u kunnen helpen.");
    case Kwadrant::EnkelCompetenties:
        return tr("kunt u veel zelf, maar zijn er weinig mensen om u heen die u kunnen helpen.");
    case Kwadrant::EnkelSociaalKapitaal:
        return tr("zijn er mensen om u heen die u kunnen helpen, maar lukt het zelf nog niet goed.");
    case Kwadrant::Zwak:
        return tr("lukt het zelf nog niet goed, en zijn er weinig mensen om u heen die u kunnen helpen.");
    case Kwadrant::Onbekend:
        break;
    }
    return {};
}

QString antwoorden(const Instrument& ins, const Meting& m)
{
    const PerspectiefDefinitie& def = ins.perspectief(m.perspectief);
    QString h = tabel + kop + tr("<th width='62%' align='left'>Vraag</th><th align='left'>Antwoord</th>") + kopEind;
    QStringList bekend;
    for (Component c : alleComponenten) {
        h += QStringLiteral("<tr bgcolor='#f4f4f4'><td colspan='2'><b>%1</b></td></tr>")
                 .arg(ins.componentNaam(c).toHtmlEscaped());
        for (const InstrumentItem& item : ins.items(m.perspectief, c)) {
            bekend << item.code;
            const auto it = m.antwoorden.constFind(item.code);
            const QString antwoord = it == m.antwoorden.cend()
                ? leeg(tr("niet beantwoord"))
                : QStringLiteral("%1 (%2)").arg(schaalLabel(def.schaal, *it).toHtmlEscaped(), QString::number(*it));
            h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(item.tekst.toHtmlEscaped(), antwoord);
        }
    }
    // Answers to items this instrument version does not know are data about the inwoner too: shown by code.
    for (auto it = m.antwoorden.cbegin(); it != m.antwoorden.cend(); ++it) {
        if (!bekend.contains(it.key()))
            h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                     .arg(it.key().toHtmlEscaped(), QString::number(it.value()));
    }
    return h + QStringLiteral("</table>");
}

QString draaglast(const Instrument& ins, const Meting& m)
{
    QString h
        = tabel + kop + tr("<th width='62%' align='left'>Levensgebied</th><th align='left'>Problemen</th>") + kopEind;
    QStringList bekend;
    const auto niveau = [&ins](const std::optional<int>& level) {
        return level ? schaalLabel(ins.draaglastNiveaus(), *level).toHtmlEscaped() : ins.nvtLabel().toHtmlEscaped();
    };
    for (const LevensgebiedDefinitie& g : ins.levensgebieden()) {
        bekend << g.code;
        const auto it = m.draaglast.constFind(g.code);
        h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                 .arg(g.naam.toHtmlEscaped(), it == m.draaglast.cend() ? leeg(tr("niet beantwoord")) : niveau(*it));
    }
    for (auto it = m.draaglast.cbegin(); it != m.draaglast.cend(); ++it) {
        if (!bekend.contains(it.key()))
            h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(it.key().toHtmlEscaped(), niveau(it.value()));
    }
    return h + QStringLiteral("</table>");
}

QString uitkomsten(const Instrument& ins, const Meting& m)
{
    const MetingScore s = scoreMeting(ins, m);
    QString h = tabel;
    for (Component c : alleComponenten) {
        const ComponentScore& cs = s.component(c);
        const std::optional<bool> aanwezig
            = c == Component::PersoonlijkeCompetenties ? s.competentiesAanwezig : s.sociaalKapitaalAanwezig;
        const QString wat = !cs.score
            ? leeg(tr("geen score: te weinig vragen beantwoord"))
            : tr("%1 (%2)").arg(getal(*cs.score), aanwezig.value_or(false) ? tr("aanwezig") : tr("niet aanwezig"));
        h += QStringLiteral("<tr><td width='62%'>%1</td><td>%2</td></tr>")
                 .arg(tr("Score %1").arg(ins.componentNaam(c).toLower().toHtmlEscaped()), wat);
    }
    h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
             .arg(tr("Aantal levensgebieden met problemen"), QString::number(s.probleemgebieden));
    h += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr></table>")
             .arg(tr("Type draagkracht"),
                 s.kwadrant == Kwadrant::Onbekend ? tr("niet bekend") : ins.kwadrantNaam(s.kwadrant).toHtmlEscaped());
    // Under the table, across the page: in a narrow cell the sentence made tall rows that split over pages.
    const QString volgens
        = m.perspectief == Perspectief::Inwoner ? tr("Volgens uw eigen antwoorden") : tr("Volgens de professional");
    const QString uitleg = s.kwadrant == Kwadrant::Onbekend
        ? tr("Er zijn te weinig vragen beantwoord. Daarom is het type draagkracht niet bekend.")
        : QStringLiteral("%1 %2").arg(volgens, betekenis(s.kwadrant));
    return h + QStringLiteral("<p>%1</p>").arg(uitleg);
}

QString meetmomenten(const Dossier& d, const Instrument& ins)
{
    QString h = woorden(ins);
    if (d.meetmomenten.isEmpty())
        return h + tr("<p>Er zijn nog geen vragenlijsten ingevuld.</p>");
    for (const Meetmoment& mm : d.meetmomenten) {
        // Each later meetmoment on a page of its own: a heading at the foot of a page reads as lost.
        const bool eerste = &mm == &d.meetmomenten.constFirst();
        h += tr("<h3%1>Meetmoment %2%3: %4</h3>")
                 .arg(eerste ? QString() : QStringLiteral(" style='page-break-before: always'"))
                 .arg(mm.volgnummer)
                 .arg(mm.volgnummer == 1 ? tr(" (nulmeting)") : QString(), datum(mm.datum));
        for (Perspectief p : allePerspectieven) {
            const bool zelf = p == Perspectief::Inwoner;
            h += zelf ? tr("<h4>Uw eigen antwoorden</h4>") : tr("<h4>Wat uw professional over u invulde</h4>");
            const std::optional<Meting>& m = mm.meting(p);
            if (!m) {
                h += zelf ? tr("<p>U heeft bij dit meetmoment geen vragenlijst ingevuld.</p>")
                          : tr("<p>De professional heeft bij dit meetmoment geen vragenlijst ingevuld.</p>");
                continue;
            }
            h += tr("<p>Vragenlijst: %1. Antwoorden van 1 (%2) tot 5 (%3).</p>")
                     .arg(ins.perspectief(p).titel.toHtmlEscaped(),
                         schaalLabel(ins.perspectief(p).schaal, 1).toLower().toHtmlEscaped(),
                         schaalLabel(ins.perspectief(p).schaal, 5).toLower().toHtmlEscaped());
            h += antwoorden(ins, *m);
            h += tr("<p><b>Problemen per levensgebied</b></p>") + draaglast(ins, *m);
            h += tr("<p><b>Uitkomst</b></p>") + uitkomsten(ins, *m);
        }
    }
    return h;
}

// The journal, oldest first: every contact as it was written down, with whether it is a fact or an assumption.
QString journaalHtml(const Dossier& d, const Instrument& ins)
{
    QString h
        = tr("<h2 style='page-break-before: always'>Journaal</h2>"
             "<p>In het journaal schrijft de professional op wat er tussen de vragenlijsten gebeurde: gesprekken, "
             "huisbezoeken, telefoontjes en overleg. Bij elke notitie staat of het om een <b>feit</b> gaat "
             "(iets wat vaststaat) of om een <b>aanname</b> (wat de professional denkt, maar nog niet zeker "
             "weet). Klopt iets niet? Dan mag u vragen het te verbeteren.</p>");
    if (d.journaal.isEmpty())
        return h + tr("<p>Er staat nog niets in het journaal.</p>");
    h += tabel + kop
        + tr("<th align='left' width='16%'>Datum</th><th align='left' width='20%'>Soort contact</th>"
             "<th align='left' width='14%'>Feit of aanname</th><th align='left'>Wat er is opgeschreven</th>")
        + kopEind;
    for (const JournaalRegel& r : d.journaal) {
        QString over;
        if (const LevensgebiedDefinitie* lg = ins.levensgebied(r.levensgebied))
            over = tr("<br/><i>Over: %1</i>").arg(lg->naam.toHtmlEscaped());
        h += QStringLiteral("<tr><td>%1</td><td>%2%3</td><td>%4</td><td>%5%6</td></tr>")
                 .arg(datum(r.datum),
                     contactSoortNaam(r.soort).toHtmlEscaped(),
                     r.duurMinuten > 0 ? tr(" (%1 minuten)").arg(r.duurMinuten) : QString(),
                     aardNaam(r.aard),
                     esc(r.tekst).replace(QLatin1Char('\n'), QStringLiteral("<br/>")),
                     over);
    }
    return h + QStringLiteral("</table>");
}

// The files kept with the dossier; their copies are in a folder beside the PDF.
QString bijlagenHtml(const QVector<Bijlage>& bijlagen, const QString& map)
{
    QString h = tr("<h2>Bijlagen</h2>"
                   "<p>Bijlagen zijn bestanden die bij uw dossier zijn bewaard, zoals een ondertekend "
                   "toestemmingsformulier, een brief of een ingevuld formulier.</p>");
    if (bijlagen.isEmpty())
        return h + tr("<p>Er zijn geen bijlagen bij uw dossier bewaard.</p>");
    if (!map.isEmpty())
        h += tr("<p>Een kopie van elk bestand staat in de map <b>%1</b>, naast dit overzicht.</p>").arg(esc(map));
    h += tabel + kop
        + tr("<th align='left' width='16%'>Datum</th><th align='left'>Omschrijving</th>"
             "<th align='left' width='30%'>Bestand</th><th align='left' width='12%'>Grootte</th>")
        + kopEind;
    for (const Bijlage& b : bijlagen)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                 .arg(datum(b.datum), esc(b.omschrijving), esc(b.bestandsnaam), bijlage::grootteTekst(b.grootte));
    return h + QStringLiteral("</table>");
}

QString plannen(const Dossier& d, const Instrument& ins)
{
    QString h = tr("<h2 style='page-break-before: always'>Plan van aanpak</h2>"
                   "<p>In het plan van aanpak staat wat u wilt bereiken, en wie wat doet. Verandert het plan? Dan "
                   "komt er een nieuwe versie. De oude versies blijven bewaard. Hieronder staan alle versies.</p>"
                   "<p>Een paar woorden uit het plan: de <b>hulpvraag</b> is de vraag waarmee u bij het wijkteam "
                   "kwam. Bij de <b>vraagverheldering</b> zoeken u en de professional samen uit wat er speelt. Een "
                   "<b>doel</b> is wat u wilt bereiken. Een <b>interventie</b> is wat er gedaan wordt om een doel te "
                   "bereiken. Een <b>afspraak</b> zegt wie wat doet, en wanneer.</p>");
    if (d.plannen.isEmpty())
        return h + tr("<p>Er is nog geen plan van aanpak gemaakt.</p>");
    for (const Plan& plan : d.plannen) {
        // planHtml heads each versie with h2 and its parts with h3; here they sit one level lower, under "Plan van
        // aanpak". All user text in it is escaped, so the tags are the only "<h" in it.
        QString versie = planHtml(plan, ins);
        versie.replace(QLatin1String("<h3>"), QLatin1String("<h4>"))
            .replace(QLatin1String("</h3>"), QLatin1String("</h4>"));
        versie.replace(QLatin1String("<h2>"), QLatin1String("<h3>"))
            .replace(QLatin1String("</h2>"), QLatin1String("</h3>"));
        h += QStringLiteral("<hr/>") + versie;
    }
    return h;
}

// The audit log's action words, said so that someone who never saw the program understands them: what was done,
// and for a refused row what someone wanted to do.
struct ActieWoorden
{
    const char* code;
    const char* gedaan;
    const char* poging;
};

const ActieWoorden actieWoorden[] = {
    {"dossier gelezen",
        QT_TRANSLATE_NOOP("dw::Inzage", "dossier bekeken"),
        QT_TRANSLATE_NOOP("dw::Inzage", "dossier bekijken")},
    {"rapport",
        QT_TRANSLATE_NOOP("dw::Inzage", "overzicht van de uitkomsten bekeken"),
        QT_TRANSLATE_NOOP("dw::Inzage", "overzicht van de uitkomsten bekijken")},
    {"export",
        QT_TRANSLATE_NOOP("dw::Inzage", "gegevens naar een bestand gekopieerd"),
        QT_TRANSLATE_NOOP("dw::Inzage", "gegevens naar een bestand kopiëren")},
    {"import",
        QT_TRANSLATE_NOOP("dw::Inzage", "gegevens uit een bestand ingelezen"),
        QT_TRANSLATE_NOOP("dw::Inzage", "gegevens uit een bestand inlezen")},
    {"overdracht",
        QT_TRANSLATE_NOOP("dw::Inzage", "dossier overgedragen aan een andere professional"),
        QT_TRANSLATE_NOOP("dw::Inzage", "dossier overdragen aan een andere professional")},
    {"inzage verstrekt",
        QT_TRANSLATE_NOOP("dw::Inzage", "dit overzicht gemaakt"),
        QT_TRANSLATE_NOOP("dw::Inzage", "dit overzicht maken")},
    {"plan afgedrukt",
        QT_TRANSLATE_NOOP("dw::Inzage", "plan van aanpak afgedrukt"),
        QT_TRANSLATE_NOOP("dw::Inzage", "plan van aanpak afdrukken")},
    {"plan gedeeld met partner",
        QT_TRANSLATE_NOOP("dw::Inzage", "deel van het plan van aanpak gedeeld met een partner (partnerversie)"),
        QT_TRANSLATE_NOOP("dw::Inzage", "deel van het plan van aanpak delen met een partner")},
    {"vragenlijst afgedrukt",
        QT_TRANSLATE_NOOP("dw::Inzage", "vragenlijst op papier afgedrukt"),
        QT_TRANSLATE_NOOP("dw::Inzage", "vragenlijst op papier afdrukken")},
    {"herinnering bijgewerkt",
        QT_TRANSLATE_NOOP("dw::Inzage", "herinnering afgehandeld of verzet"),
        QT_TRANSLATE_NOOP("dw::Inzage", "herinnering afhandelen of verzetten")},
    {"bijlage toegevoegd",
        QT_TRANSLATE_NOOP("dw::Inzage", "bijlage toegevoegd"),
        QT_TRANSLATE_NOOP("dw::Inzage", "bijlage toevoegen")},
    {"bijlage geopend",
        QT_TRANSLATE_NOOP("dw::Inzage", "bijlage geopend"),
        QT_TRANSLATE_NOOP("dw::Inzage", "bijlage openen")},
    {"bijlage opgeslagen",
        QT_TRANSLATE_NOOP("dw::Inzage", "kopie van een bijlage opgeslagen"),
        QT_TRANSLATE_NOOP("dw::Inzage", "kopie van een bijlage opslaan")},
    {"bijlage verwijderd",
        QT_TRANSLATE_NOOP("dw::Inzage", "bijlage verwijderd"),
        QT_TRANSLATE_NOOP("dw::Inzage", "bijlage verwijderen")},
    {"journaal gewijzigd",
        QT_TRANSLATE_NOOP("dw::Inzage", "journaal bijgewerkt"),
        QT_TRANSLATE_NOOP("dw::Inzage", "journaal bijwerken")},
    {"plan opgeslagen",
        QT_TRANSLATE_NOOP("dw::Inzage", "plan van aanpak opgeslagen"),
        QT_TRANSLATE_NOOP("dw::Inzage", "plan van aanpak opslaan")},
    {"plan versie ingetrokken",
        QT_TRANSLATE_NOOP("dw::Inzage", "versie van het plan ingetrokken"),
        QT_TRANSLATE_NOOP("dw::Inzage", "versie van het plan intrekken")},
    {"meting opgeslagen",
        QT_TRANSLATE_NOOP("dw::Inzage", "vragenlijst opgeslagen"),
        QT_TRANSLATE_NOOP("dw::Inzage", "vragenlijst opslaan")},
    {"meetmoment toegevoegd",
        QT_TRANSLATE_NOOP("dw::Inzage", "meetmoment toegevoegd"),
        QT_TRANSLATE_NOOP("dw::Inzage", "meetmoment toevoegen")},
    {"meetmoment verwijderd",
        QT_TRANSLATE_NOOP("dw::Inzage", "meetmoment verwijderd"),
        QT_TRANSLATE_NOOP("dw::Inzage", "meetmoment verwijderen")},
    {"inwoner aangemaakt",
        QT_TRANSLATE_NOOP("dw::Inzage", "dossier aangemaakt"),
        QT_TRANSLATE_NOOP("dw::Inzage", "dossier aanmaken")},
    {"inwoner gewijzigd",
        QT_TRANSLATE_NOOP("dw::Inzage", "persoonlijke gegevens veranderd"),
        QT_TRANSLATE_NOOP("dw::Inzage", "persoonlijke gegevens veranderen")},
    {"dossier afgesloten",
        QT_TRANSLATE_NOOP("dw::Inzage", "dossier afgesloten"),
        QT_TRANSLATE_NOOP("dw::Inzage", "dossier afsluiten")},
    {"dossier heropend",
        QT_TRANSLATE_NOOP("dw::Inzage", "dossier heropend"),
        QT_TRANSLATE_NOOP("dw::Inzage", "dossier heropenen")},
    {"correctie op verzoek",
        QT_TRANSLATE_NOOP("dw::Inzage", "gegevens verbeterd op uw verzoek"),
        QT_TRANSLATE_NOOP("dw::Inzage", "gegevens verbeteren op uw verzoek")},
};

QString actieTekst(const QString& actie, const QString& uitkomst)
{
    const bool gelukt = uitkomst.isEmpty() || uitkomst == QLatin1String("gelukt");
    for (const ActieWoorden& w : actieWoorden) {
        if (actie != QLatin1String(w.code))
            continue;
        if (gelukt)
            return tr(w.gedaan);
        return tr("wilde %1: <b>%2</b>").arg(tr(w.poging), uitkomst.toHtmlEscaped());
    }
    if (gelukt)
        return actie.toHtmlEscaped();
    return QStringLiteral("%1: <b>%2</b>").arg(actie.toHtmlEscaped(), uitkomst.toHtmlEscaped());
}

QString rolTekst(const QString& codes)
{
    if (codes.isEmpty())
        return QStringLiteral("–");
    const auto rollen = rollen::parse(codes);
    return rollen.ok() ? rollen::text(rollen.value()) : codes.toHtmlEscaped();
}

// The date and the time cell of an audit row, in local time (the log keeps UTC).
QString tijdstip(const QString& iso)
{
    const QDateTime utc = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!utc.isValid())
        return QStringLiteral("<td colspan='2'>%1</td>").arg(iso.toHtmlEscaped());
    const QDateTime lokaal = utc.toLocalTime();
    return QStringLiteral("<td>%1</td><td>%2</td>")
        .arg(datum(lokaal.date()), QLocale().toString(lokaal.time(), QStringLiteral("HH:mm")));
}

QString wieZagHtml(const QVector<AuditRegel>& regels)
{
    QString h = tr("<h2 style='page-break-before: always'>Wie heeft uw dossier gezien of gewijzigd</h2>"
                   "<p>Elke keer dat iemand uw dossier opent of verandert, schrijft het programma dat op. Hieronder "
                   "ziet u wie dat was, wanneer, en wat die persoon deed. De <b>rol</b> is de taak van die persoon "
                   "in het wijkteam.</p>");
    if (regels.isEmpty())
        return h + tr("<p>Niemand heeft uw dossier bekeken of veranderd.</p>");
    h += tabel + kop
        + tr("<th align='left' width='25%'>Datum</th><th align='left' width='8%'>Tijd</th>"
             "<th align='left' width='19%'>Wie</th><th align='left' width='17%'>Rol</th><th align='left'>Wat</th>")
        + kopEind;
    bool geweigerd = false;
    for (const AuditRegel& r : regels) {
        geweigerd = geweigerd || r.uitkomst == QLatin1String("geweigerd");
        h += QStringLiteral("<tr>%1<td>%2</td><td>%3</td><td>%4</td></tr>")
                 .arg(tijdstip(r.tijdstip), esc(r.gebruiker), rolTekst(r.rol), actieTekst(r.actie, r.uitkomst));
    }
    h += QStringLiteral("</table>");
    if (geweigerd)
        h += tr("<p>Staat er <b>geweigerd</b>? Dan wilde iemand iets doen met uw dossier, maar mocht dat niet. Het "
                "programma heeft dat tegengehouden.</p>");
    return h;
}

} // namespace

QString inzageHtml(const Dossier& dossier,
    const QVector<AuditRegel>& wieZag,
    const Instrument& instrument,
    const QDate& gemaaktOp,
    const QVector<Bijlage>& bijlagen,
    const QString& bijlagenMap)
{
    return QStringLiteral("<html><body>") + intro(dossier, gemaaktOp) + persoonsgegevens(dossier.inwoner)
        + meetmomenten(dossier, instrument) + plannen(dossier, instrument) + journaalHtml(dossier, instrument)
        + bijlagenHtml(bijlagen, bijlagenMap) + wieZagHtml(wieZag) + QStringLiteral("</body></html>");
}

Status writeInzagePdf(const Dossier& dossier,
    const QVector<AuditRegel>& wieZag,
    const Instrument& instrument,
    const QString& path,
    const QDate& gemaaktOp,
    const QVector<Bijlage>& bijlagen,
    const QString& bijlagenMap)
{
    // The ref only in the title: no name in the file's metadata.
    return writeHtmlPdf(path,
        tr("Inzage %1").arg(dossier.inwoner.ref),
        inzageHtml(dossier, wieZag, instrument, gemaaktOp, bijlagen, bijlagenMap),
        tr("Inzage %1 — gemaakt op %2").arg(dossier.inwoner.ref, datum(gemaaktOp)),
        10.5);
}

} // namespace dw
