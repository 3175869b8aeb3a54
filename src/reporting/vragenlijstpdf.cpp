#include "vragenlijstpdf.h"

#include "pagedpdf.h"

#include "core/instrument.h"

#include <QCoreApplication>

namespace dw {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dw::Vragenlijst", text);
}

// An empty check box, large enough to tick with a pen.
const QString vakje = QStringLiteral("<td align='center' valign='middle'><span style='font-size: 15pt'>☐</span></td>");

// The header row: the first column for the statement or levensgebied, then one column per answer with the scale's
// own words, all answer columns equally wide.
QString kop(const QString& eerste, const QVector<SchaalLabel>& schaal, const QString& laatste)
{
    const int antwoorden = int(schaal.size()) + 1;
    const int breedte = antwoorden > 4 ? 10 : 12; // per answer column, in percent of the page: "Helemaal" whole
    QString h = QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><thead>"
                               "<tr bgcolor='#e8eef5'><th align='left' width='%1%'>%2</th>")
                    .arg(100 - antwoorden * breedte)
                    .arg(eerste);
    const QString cel = QStringLiteral("<th align='center' width='%1%'><span style='font-size: 7.5pt'>%2</span></th>");
    for (const SchaalLabel& label : schaal)
        h += cel.arg(breedte).arg(label.label.toHtmlEscaped());
    return h + cel.arg(breedte).arg(laatste.toHtmlEscaped()) + QStringLiteral("</tr></thead>");
}

QString rij(const QString& tekst, int vakjes)
{
    QString h = QStringLiteral("<tr><td>%1</td>").arg(tekst);
    for (int i = 0; i < vakjes; ++i)
        h += vakje;
    return h + QStringLiteral("</tr>");
}

} // namespace

QString vragenlijstHtml(const Instrument& instrument, const QString& ref, const QDate& datum)
{
    const PerspectiefDefinitie& tabel = instrument.perspectief(Perspectief::Inwoner);
    const QString lijn = QStringLiteral("________________________________");
    QString h = QStringLiteral("<html><body>");
    h += tr("<h1>Vragenlijst draagkracht</h1>");
    if (ref.isEmpty())
        h += tr("<table cellpadding='4'><tr><td><b>Naam</b></td><td>%1</td></tr>"
                "<tr><td><b>Datum</b></td><td>%1</td></tr></table>")
                 .arg(lijn);
    else
        h += tr("<table cellpadding='4'><tr><td><b>Uw nummer</b></td><td>%1</td></tr>"
                "<tr><td><b>Datum</b></td><td>%2</td></tr></table>")
                 .arg(ref.toHtmlEscaped(), datum.toString(QStringLiteral("dd-MM-yyyy")));
    h += tr("<p>Deze vragenlijst gaat over hoe u zelf tegen uw situatie aankijkt. Er zijn geen goede of foute "
            "antwoorden. Lees elke zin en zet een kruisje in het vakje dat het best bij u past. Weet u het niet, "
            "zet dan een kruisje bij '%1'. Neem de vragenlijst mee naar het volgende gesprek; samen met uw "
            "contactpersoon bespreekt u de antwoorden.</p>")
             .arg(tabel.openLabel.toHtmlEscaped());

    h += QStringLiteral("<h2>%1. %2</h2>").arg(tabel.tabel.toHtmlEscaped(), tabel.titel.toHtmlEscaped());
    h += kop(tr("Stelling"), tabel.schaal, tabel.openLabel);
    for (int i = 0; i < tabel.items.size(); ++i)
        h += rij(QStringLiteral("%1. %2").arg(i + 1).arg(tabel.items.at(i).tekst.toHtmlEscaped()),
            int(tabel.schaal.size()) + 1);
    h += QStringLiteral("</table>");

    // The levensgebieden on a page of their own: Tabel 1 fills the first, and a row split over two pages would
    // separate a statement from its boxes.
    h += tr("<h2 style='page-break-before: always'>Problemen op levensgebieden</h2><p>Heeft u op deze gebieden "
            "problemen? Zet per gebied één "
            "kruisje. Speelt een gebied bij u niet, kies dan '%1'.</p>")
             .arg(instrument.nvtLabel().toHtmlEscaped());
    h += kop(tr("Levensgebied"), instrument.draaglastNiveaus(), instrument.nvtLabel());
    for (const LevensgebiedDefinitie& gebied : instrument.levensgebieden())
        h += rij(gebied.naam.toHtmlEscaped(), int(instrument.draaglastNiveaus().size()) + 1);
    h += QStringLiteral("</table>");

    h += tr("<p>&nbsp;</p><table width='100%' cellpadding='6'><tr><td width='50%'>Ingevuld door<br/><br/>%1</td>"
            "<td width='50%'>Handtekening<br/><br/>%1</td></tr><tr><td>Datum<br/><br/>%1</td><td></td></tr></table>")
             .arg(lijn);
    return h + QStringLiteral("</body></html>");
}

Status writeVragenlijstPdf(const Instrument& instrument, const QString& ref, const QDate& datum, const QString& path)
{
    const QString titel = ref.isEmpty() ? tr("Vragenlijst draagkracht") : tr("Vragenlijst draagkracht %1").arg(ref);
    // The instrument's id, so a form returned after an update is still read with its own version.
    const QString voet = ref.isEmpty() ? tr("Vragenlijst draagkracht (%1) — blanco formulier").arg(instrument.id())
                                       : tr("Vragenlijst draagkracht (%1) — %2 — afgedrukt %3")
                                             .arg(instrument.id(), ref, datum.toString(QStringLiteral("dd-MM-yyyy")));
    return writeHtmlPdf(path, titel, vragenlijstHtml(instrument, ref, datum), voet);
}

} // namespace dw
