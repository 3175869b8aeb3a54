#include "planpdf.h"

#include "pagedpdf.h"

#include "core/instrument.h"
#include "core/scoring.h"
#include "plantext.h"

#include <QCoreApplication>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
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

QString html(const Dossier& d, const Plan& plan, const Instrument& ins)
{
    const Meetmoment* last = d.meetmomenten.isEmpty() ? nullptr : &d.meetmomenten.constLast();
    std::optional<MetingScore> inw, pro;
    if (last && last->inwoner)
        inw = scoreMeting(ins, *last->inwoner);
    if (last && last->professional)
        pro = scoreMeting(ins, *last->professional);

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
    if (last) {
        h += tr("<p>Draagkracht bij meetmoment %1 (%2):</p>").arg(last->volgnummer).arg(datum(last->datum));
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
    }

    h += tr("<h2>3. Doelen en 4. aanpak: interventies</h2>");
    h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' "
                        "width='100%'><thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr></thead>")
             .arg(tr("Doel"), tr("Wat, hoe, met wie"), tr("Horizon"), tr("Interventies"), tr("Uitkomst"));
    for (int i = 0; i < plan.doelen.size(); ++i) {
        const Doel& doel = plan.doelen.at(i);
        QStringList interventies;
        for (const Interventie& iv : plan.interventies) {
            if (iv.doel == i + 1) {
                const auto* type = ins.interventieType(iv.type);
                interventies << tr("<b>%1</b>: %2 (%3, %4)")
                                    .arg(type ? type->naam : iv.type,
                                        esc(iv.omschrijving),
                                        esc(iv.wie),
                                        datum(iv.wanneer));
            }
        }
        QString uitkomst = plantext::uitkomst(doel.uitkomst);
        if (doel.uitkomst != Uitkomst::Onbekend)
            uitkomst += QStringLiteral(" (") + datum(doel.uitkomstDatum) + QLatin1Char(')');
        h += tr("<tr><td>%1. %2</td><td>Wat: %3<br/>Hoe: %4<br/>Met wie: %5</td><td>%6</td><td>%7</td><td>%8</td></tr>")
                 .arg(i + 1)
                 .arg(esc(doel.omschrijving),
                     esc(doel.wat),
                     esc(doel.hoe),
                     esc(doel.metWie),
                     datum(doel.horizon),
                     interventies.isEmpty() ? QStringLiteral("–") : interventies.join(QStringLiteral("<br/>")),
                     uitkomst);
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
    h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' "
                        "width='100%'><thead><tr><th>%1</th><th>%2</th><th>%3</th></tr></thead>")
             .arg(tr("Afspraak"), tr("Wie"), tr("Wanneer"));
    for (const Afspraak& a : plan.afspraken)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                 .arg(esc(a.omschrijving), esc(a.wie), datum(a.wanneer));
    h += QStringLiteral("</table>");

    h += tr("<h2>6. Uitkomst en gedeelde visie</h2>");
    const QString eens = plantext::instemming(plan.inwonerEens);
    h += QStringLiteral("<p>%1</p>").arg(eens);
    if (!plan.visieToelichting.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(plan.visieToelichting));
    h += tr("<p>&nbsp;</p><table width='100%' cellpadding='6'><tr><td width='50%'>Handtekening inwoner<br/><br/><br/>"
            "________________________________<br/>%1<br/>Datum: ______________</td>"
            "<td width='50%'>Handtekening professional<br/><br/><br/>________________________________<br/>%2<br/>"
            "Datum: ______________</td></tr></table>")
             .arg(esc(d.inwoner.naam), esc(d.inwoner.professional));
    h += QStringLiteral("</body></html>");
    return h;
}

} // namespace

Status printPlan(QPagedPaintDevice& device,
    const Dossier& dossier,
    const Plan& plan,
    const Instrument& instrument,
    const QDate& printedOn)
{
    QTextDocument doc;
    prepareDocument(doc, device);
    const Meetmoment* last = dossier.meetmomenten.isEmpty() ? nullptr : &dossier.meetmomenten.constLast();
    std::optional<MetingScore> inw, pro;
    if (last && last->inwoner)
        inw = scoreMeting(instrument, *last->inwoner);
    if (last && last->professional)
        pro = scoreMeting(instrument, *last->professional);
    doc.addResource(
        QTextDocument::ImageResource, QUrl(QStringLiteral("dw://grafiek")), scoreChart(instrument, inw, pro));
    doc.setHtml(html(dossier, plan, instrument));
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
