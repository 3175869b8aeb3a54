#include "vergelijkingview.h"

#include "core/instrument.h"
#include "core/scoring.h"
#include "weergave/weergave.h"

#include <QCoreApplication>
#include <QLocale>

namespace dw {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dw::Vergelijking", text);
}

QString score(const std::optional<double>& v)
{
    return v ? QLocale().toString(*v, 'f', 2) : tr("onvoldoende ingevuld");
}

QString niveau(const Instrument& ins, const std::optional<Meting>& m, const QString& code)
{
    if (!m || !m->draaglast.contains(code))
        return tr("niet beoordeeld");
    const auto level = m->draaglast.value(code);
    return level ? ins.draaglastNiveaus().at(*level).label : ins.nvtLabel();
}
} // namespace

QString vergelijkingHtml(const Instrument& ins, const Meetmoment& m)
{
    QString html
        = tr("<h3>Meetmoment %1 — %2</h3>").arg(m.volgnummer).arg(QLocale().toString(m.datum, QLocale::LongFormat));
    if (!m.inwoner || !m.professional)
        return html
            + tr("<p>Voor een vergelijking zijn beide vragenlijsten nodig. Bij dit meetmoment ontbreekt de vragenlijst "
                 "van de %1.</p>")
                  .arg(m.inwoner ? tr("professional") : tr("inwoner"));
    const MetingScore a = scoreMeting(ins, *m.inwoner);
    const MetingScore b = scoreMeting(ins, *m.professional);
    const Vergelijking v = vergelijk(ins, *m.inwoner, *m.professional);

    // A difference is red and bold, and says so in words in its own column: not by colour alone (WCAG 1.4.1).
    const QString red = QStringLiteral(" style='color:%1;font-weight:bold'").arg(kleuren().afwijking.name());
    const auto rij = [&red](const QString& naam, const QString& inwoner, const QString& professional, bool verschil) {
        return QStringLiteral("<tr><td>%1</td><td%4>%2</td><td%4>%3</td><td%4>%5</td></tr>")
            .arg(naam, inwoner, professional, verschil ? red : QString(), verschil ? tr("≠ verschil") : QString());
    };
    html += QStringLiteral(
        "<table border='1' cellspacing='0' cellpadding='4'><tr><th></th><th>%1</th><th>%2</th><th>%3</th></tr>")
                .arg(tr("Inwoner (Tabel 1)"), tr("Professional (Tabel 2)"), tr("Verschil"));
    html += rij(tr("Kwadrant"), ins.kwadrantNaam(a.kwadrant), ins.kwadrantNaam(b.kwadrant), v.kwadrantGelijk == false);
    for (Component c : alleComponenten) {
        html += rij(ins.componentNaam(c),
            score(a.component(c).score),
            score(b.component(c).score),
            v.verschillendeComponenten.contains(c));
    }
    html += rij(
        tr("Aantal probleemgebieden"), QString::number(a.probleemgebieden), QString::number(b.probleemgebieden), false);
    for (const LevensgebiedDefinitie& g : ins.levensgebieden()) {
        html += rij(g.naam,
            niveau(ins, m.inwoner, g.code),
            niveau(ins, m.professional, g.code),
            v.verschillendeLevensgebieden.contains(g.code));
    }
    html += QStringLiteral("</table>");

    QStringList points;
    if (v.kwadrantGelijk == false)
        points << tr("U ziet de draagkracht anders: de inwoner ziet zichzelf als <b>%1</b>, u ziet <b>%2</b>.")
                      .arg(ins.kwadrantNaam(a.kwadrant), ins.kwadrantNaam(b.kwadrant));
    for (Component c : v.verschillendeComponenten)
        points << tr("%1 verschilt 1 punt of meer (%2 tegen %3).")
                      .arg(ins.componentNaam(c), score(a.component(c).score), score(b.component(c).score));
    for (const QString& code : v.verschillendeLevensgebieden)
        points << tr("%1: de een ziet een probleem, de ander niet.").arg(ins.levensgebied(code)->naam);
    if (points.isEmpty()) {
        html += tr("<p><b>Inwoner en professional zijn het eens</b> over het kwadrant, de componenten en de "
                   "levensgebieden. Een gedeeld beeld is een goede basis voor het plan.</p>");
    } else {
        html += tr("<h4>Bespreek dit met de inwoner</h4><ul><li>%1</li></ul>")
                    .arg(points.join(QStringLiteral("</li><li>")));
        html += tr("<p><i>Het onderzoek vond dat gebrek aan overeenstemming over draagkracht en draaglast een "
                   "belangrijke beperking is voor succes: een gedeelde probleemvisie en een gedeeld beeld van waar het "
                   "heen moet zijn belangrijk voor de samenwerking. Leg de uitkomst van het gesprek vast in het plan "
                   "van aanpak (gedeelde visie).</i></p>");
    }
    return html;
}

} // namespace dw
