#include "planpdf.h"

#include "pagedpdf.h"

#include "core/instrument.h"
#include "core/planconcept.h"
#include "core/scoring.h"
#include "plantext.h"

#include <QCoreApplication>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QTextDocument>

namespace dw {

using plantext::datum;
using plantext::esc;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dw::PlanPdf", text);
}
QString score(const std::optional<double>& v)
{
    return v ? QLocale().toString(*v, 'f', 2) : tr("onvoldoende ingevuld");
}

// Bars for PC and SK of both perspectives on the 1-5 scale, with the 3.5 line of the instrument.
QImage scoreChart(const Instrument& ins, const std::optional<MetingScore>& inw, const std::optional<MetingScore>& pro)
{
    QImage img(1200, 420, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(26);
    p.setFont(f);
    const QRect plot(140, 30, 1020, 300);
    const auto y = [&plot](double v) { return plot.bottom() - (v - 1.0) / 4.0 * plot.height(); };
    p.setPen(QColor(0x99, 0x99, 0x99));
    for (int v = 1; v <= 5; ++v) {
        p.drawLine(plot.left(), int(y(v)), plot.right(), int(y(v)));
        p.drawText(QRect(60, int(y(v)) - 16, 60, 32), Qt::AlignRight | Qt::AlignVCenter, QString::number(v));
    }
    const struct
    {
        QString label;
        std::optional<double> value;
        QColor color;
    } bars[] = {
        {tr("PC inwoner"), inw ? inw->competenties.score : std::nullopt, QColor(0x2e, 0x6f, 0xb5)},
        {tr("PC professional"), pro ? pro->competenties.score : std::nullopt, QColor(0x8a, 0xb4, 0xe0)},
        {tr("SK inwoner"), inw ? inw->sociaalKapitaal.score : std::nullopt, QColor(0x2e, 0x8b, 0x57)},
        {tr("SK professional"), pro ? pro->sociaalKapitaal.score : std::nullopt, QColor(0x9c, 0xd6, 0xb0)},
    };
    const int slot = plot.width() / 4;
    for (int i = 0; i < 4; ++i) {
        const QRect label(plot.left() + i * slot, plot.bottom() + 10, slot, 60);
        p.setPen(Qt::black);
        p.drawText(label, Qt::AlignHCenter | Qt::AlignTop, bars[i].label);
        if (!bars[i].value)
            continue;
        const QRectF bar(
            plot.left() + i * slot + slot * 0.25, y(*bars[i].value), slot * 0.5, plot.bottom() - y(*bars[i].value));
        p.fillRect(bar, bars[i].color);
    }
    QPen threshold(QColor(0xb0, 0x00, 0x20), 4, Qt::DashLine);
    p.setPen(threshold);
    const double t = ins.drempels().componentAanwezigVanaf;
    p.drawLine(plot.left(), int(y(t)), plot.right(), int(y(t)));
    p.drawText(QRect(plot.right() - 300, int(y(t)) - 36, 300, 32),
        Qt::AlignRight,
        tr("drempel %1").arg(QLocale().toString(t, 'f', 1)));
    return img;
}

struct Scores
{
    const Meetmoment* meetmoment = nullptr; // the one the plan was written from (core/planconcept.h)
    std::optional<MetingScore> inwoner, professional;
};

Scores scoresVan(const Dossier& d, const Plan& plan, const Instrument& ins)
{
    Scores s;
    s.meetmoment = meetmomentVanPlan(d, plan);
    if (s.meetmoment && s.meetmoment->inwoner)
        s.inwoner = scoreMeting(ins, *s.meetmoment->inwoner);
    if (s.meetmoment && s.meetmoment->professional)
        s.professional = scoreMeting(ins, *s.meetmoment->professional);
    return s;
}

// The opening tag of a table of doelen or afspraken; `breekVoor` starts it on a new page (pagedpdf.h).
QString tabelBegin(bool breekVoor)
{
    return QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' width='100%'%1>")
        .arg(breekVoor ? QStringLiteral(" style='page-break-before: always'") : QString());
}

// A row that is kept whole on paper: its first cell begins with the anchor `naam`. Before a row named in `breaks` the
// table is closed and opened again on a new page with `kop`, the header row.
QString rij(const QString& naam, const QStringList& cellen, const QSet<QString>& breaks, const QString& kop)
{
    QString h;
    if (breaks.contains(naam))
        h += QStringLiteral("</table>") + tabelBegin(true) + kop;
    h += QStringLiteral("<tr><td><a name='%1'></a>%2</td>").arg(naam, cellen.value(0));
    for (qsizetype c = 1; c < cellen.size(); ++c)
        h += QStringLiteral("<td>%1</td>").arg(cellen.at(c));
    return h + QStringLiteral("</tr>");
}

QString html(
    const Dossier& d, const Plan& plan, const Instrument& ins, const Scores& scores, const QSet<QString>& breaks)
{
    using plantext::escAfbreekbaar;
    const Meetmoment* mm = scores.meetmoment;
    const std::optional<MetingScore>& inw = scores.inwoner;
    const std::optional<MetingScore>& pro = scores.professional;

    QString h = QStringLiteral("<html><body style='font-family: \"DejaVu Sans\"; font-size: 10pt'>");
    h += tr("<h1>Plan van aanpak</h1>");
    h += tr("<table cellpadding='2'><tr><td><b>Inwoner</b></td><td>%1 (%2)</td></tr>"
            "<tr><td><b>Geboortedatum</b></td><td>%3</td></tr><tr><td><b>Gemeente</b></td><td>%4</td></tr>"
            "<tr><td><b>Professional</b></td><td>%5</td></tr><tr><td><b>Versie</b></td><td>%6, %7</td></tr></table>")
             .arg(esc(d.inwoner.naam),
                 esc(d.inwoner.ref),
                 datum(d.inwoner.geboortedatum),
                 esc(d.inwoner.gemeente),
                 esc(d.inwoner.professional))
             .arg(plan.versie)
             .arg(datum(plan.datum));
    if (plan.ingetrokken())
        h += plantext::ingetrokkenHtml(plan);

    h += tr("<h2>1. Originele hulpvraag</h2><p>%1</p>").arg(esc(plan.hulpvraag));
    h += tr("<h2>2. Vraagverheldering</h2><p><b>Bepaalde draaglast:</b> %1</p><p><b>Bepaalde draagkracht:</b> %2</p>")
             .arg(esc(plan.draaglastBepaald), esc(plan.draagkrachtBepaald));
    if (mm) {
        // Which meetmoment, and why that one: a plan stores no link to it (issue 18).
        h += tr("<p><b>Scores van meetmoment %1 (%2)</b>, het laatste meetmoment op of vóór de datum van deze "
                "versie.</p>")
                 .arg(mm->volgnummer)
                 .arg(datum(mm->datum));
        h += QStringLiteral(
            "<table border='1' cellspacing='0' cellpadding='4'><tr><th></th><th>%1</th><th>%2</th></tr>")
                 .arg(tr("Inwoner"), tr("Professional"));
        h += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td><b>%3</b></td></tr>")
                 .arg(tr("Kwadrant"),
                     inw ? ins.kwadrantNaam(inw->kwadrant) : tr("niet gemeten"),
                     pro ? ins.kwadrantNaam(pro->kwadrant) : tr("niet gemeten"));
        for (Component c : alleComponenten)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                     .arg(ins.componentNaam(c),
                         inw ? score(inw->component(c).score) : QStringLiteral("–"),
                         pro ? score(pro->component(c).score) : QStringLiteral("–"));
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr></table>")
                 .arg(tr("Aantal probleemgebieden"),
                     inw ? QString::number(inw->probleemgebieden) : QStringLiteral("–"),
                     pro ? QString::number(pro->probleemgebieden) : QStringLiteral("–"));
        h += QStringLiteral("<p><img src='dw://grafiek' width='420'/></p>");
    } else if (!d.meetmomenten.isEmpty()) {
        h += tr("<p>Geen scores: deze versie is ouder dan het eerste meetmoment (%1).</p>")
                 .arg(datum(d.meetmomenten.constFirst().datum));
    }

    // Fixed column widths, so that a long word in one column does not squeeze the others; long words break with a
    // hyphen (escAfbreekbaar).
    h += tr("<h2>3. Doelen en 4. aanpak: interventies</h2>");
    const QString doelKop = QStringLiteral("<thead><tr><th width='23%'>%1</th><th width='26%'>%2</th>"
                                           "<th width='15%'>%3</th><th width='21%'>%4</th><th width='15%'>%5</th>"
                                           "</tr></thead>")
                                .arg(escAfbreekbaar(tr("Doel")),
                                    escAfbreekbaar(tr("Wat, hoe, met wie")),
                                    escAfbreekbaar(tr("Horizon")),
                                    escAfbreekbaar(tr("Interventies")),
                                    escAfbreekbaar(tr("Uitkomst")));
    h += tabelBegin(breaks.contains(QStringLiteral("doel-1"))) + doelKop;
    for (int i = 0; i < plan.doelen.size(); ++i) {
        const Doel& doel = plan.doelen.at(i);
        QStringList interventies;
        for (const Interventie& iv : plan.interventies) {
            if (iv.doel == i + 1) {
                const auto* type = ins.interventieType(iv.type);
                interventies << tr("<b>%1</b>: %2 (%3, %4)")
                                    .arg(escAfbreekbaar(type ? type->naam : iv.type),
                                        escAfbreekbaar(iv.omschrijving),
                                        escAfbreekbaar(iv.wie),
                                        datum(iv.wanneer));
            }
        }
        QString uitkomst = plantext::uitkomst(doel.uitkomst);
        if (doel.uitkomst != Uitkomst::Onbekend)
            uitkomst += QStringLiteral(" (") + datum(doel.uitkomstDatum) + QLatin1Char(')');
        const QString naam = QStringLiteral("doel-%1").arg(i + 1);
        h += rij(naam,
            {QStringLiteral("%1. %2").arg(i + 1).arg(escAfbreekbaar(doel.omschrijving)),
                tr("Wat: %1<br/>Hoe: %2<br/>Met wie: %3")
                    .arg(escAfbreekbaar(doel.wat), escAfbreekbaar(doel.hoe), escAfbreekbaar(doel.metWie)),
                datum(doel.horizon),
                interventies.isEmpty() ? QStringLiteral("–") : interventies.join(QStringLiteral("<br/>")),
                uitkomst},
            i == 0 ? QSet<QString>() : breaks, // the first row's break is the table's own
            doelKop);
    }
    h += QStringLiteral("</table>");
    QStringList zonderDoel;
    for (const Interventie& iv : plan.interventies) {
        if (iv.doel <= 0)
            zonderDoel << tr("%1: %2").arg(
                ins.interventieType(iv.type) ? ins.interventieType(iv.type)->naam : iv.type, esc(iv.omschrijving));
    }
    if (!zonderDoel.isEmpty())
        h += tr("<p><b>Interventies zonder doel:</b> %1</p>").arg(zonderDoel.join(QStringLiteral("; ")));

    h += tr("<h2>5. Afspraken en uitvoering</h2>");
    const QString afspraakKop
        = QStringLiteral(
            "<thead><tr><th width='60%'>%1</th><th width='25%'>%2</th><th width='15%'>%3</th></tr></thead>")
              .arg(escAfbreekbaar(tr("Afspraak")), escAfbreekbaar(tr("Wie")), escAfbreekbaar(tr("Wanneer")));
    h += tabelBegin(breaks.contains(QStringLiteral("afspraak-1"))) + afspraakKop;
    for (int i = 0; i < plan.afspraken.size(); ++i) {
        const Afspraak& a = plan.afspraken.at(i);
        h += rij(QStringLiteral("afspraak-%1").arg(i + 1),
            {escAfbreekbaar(a.omschrijving), escAfbreekbaar(a.wie), datum(a.wanneer)},
            i == 0 ? QSet<QString>() : breaks,
            afspraakKop);
    }
    h += QStringLiteral("</table>");

    h += tr("<h2>6. Uitkomst en gedeelde visie</h2>");
    const QString eens = plantext::instemming(plan.inwonerEens);
    h += QStringLiteral("<p>%1</p>").arg(eens);
    if (!plan.visieToelichting.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(plan.visieToelichting));
    // The signatures stay together on one page as well.
    h += QStringLiteral("<p>&nbsp;</p><table width='100%' cellpadding='6'%1>")
             .arg(breaks.contains(QStringLiteral("handtekeningen"))
                     ? QStringLiteral(" style='page-break-before: always'")
                     : QString());
    h += tr("<tr><td width='50%'><a name='handtekeningen'></a>Handtekening inwoner<br/><br/><br/>"
            "________________________________<br/>%1<br/>Datum: ______________</td>"
            "<td width='50%'>Handtekening professional<br/><br/><br/>________________________________<br/>%2<br/>"
            "Datum: ______________</td></tr></table>")
             .arg(esc(d.inwoner.naam), esc(d.inwoner.professional));
    h += QStringLiteral("</body></html>");
    return h;
}

} // namespace

void layOutPlan(QTextDocument& doc,
    QPagedPaintDevice& device,
    const Dossier& dossier,
    const Plan& plan,
    const Instrument& instrument)
{
    prepareDocument(doc, device);
    doc.setPageSize(documentPageSize(device));
    const Scores scores = scoresVan(dossier, plan, instrument);
    doc.addResource(QTextDocument::ImageResource,
        QUrl(QStringLiteral("dw://grafiek")),
        scoreChart(instrument, scores.inwoner, scores.professional));
    setHtmlMetHeleRijen(
        doc, [&](const QSet<QString>& breaks) { return html(dossier, plan, instrument, scores, breaks); });
}

Status printPlan(QPagedPaintDevice& device,
    const Dossier& dossier,
    const Plan& plan,
    const Instrument& instrument,
    const QDate& printedOn)
{
    QTextDocument doc;
    layOutPlan(doc, device, dossier, plan, instrument);
    return printPaged(device,
        doc,
        tr("Plan van aanpak %1 — versie %2 — afgedrukt %3")
            .arg(dossier.inwoner.ref)
            .arg(plan.versie)
            .arg(datum(printedOn)));
}

Status writePlanPdf(
    const Dossier& dossier, const Plan& plan, const Instrument& instrument, const QString& path, const QDate& printedOn)
{
    return writeA4Pdf(path,
        tr("Plan van aanpak %1, versie %2").arg(dossier.inwoner.ref).arg(plan.versie),
        [&](QPdfWriter& writer) { return printPlan(writer, dossier, plan, instrument, printedOn); });
}

} // namespace dw
