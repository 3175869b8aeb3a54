#include "planhtml.h"

#include "core/instrument.h"
#include "plantext.h"

#include <QCoreApplication>
#include <QLocale>

namespace dw {

using plantext::datum;
using plantext::esc;
using plantext::instemming;
using plantext::uitkomst;

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dw::Plan", text);
}
} // namespace

QString planHtml(const Plan& p, const Instrument& ins)
{
    QString h = tr("<h2>Plan van aanpak — versie %1</h2><p>Datum: %2</p>").arg(p.versie).arg(datum(p.datum));
    if (p.ingetrokken())
        h += plantext::ingetrokkenHtml(p);
    h += tr("<h3>1. Originele hulpvraag</h3><p>%1</p>").arg(esc(p.hulpvraag));
    h += tr("<h3>2. Vraagverheldering</h3><p><b>Bepaalde draaglast:</b> %1</p><p><b>Bepaalde draagkracht:</b> %2</p>")
             .arg(esc(p.draaglastBepaald), esc(p.draagkrachtBepaald));
    h += tr("<h3>3. Doelen</h3>");
    if (p.doelen.isEmpty())
        h += tr("<p><i>Nog geen doelen.</i></p>");
    for (int i = 0; i < p.doelen.size(); ++i) {
        const Doel& d = p.doelen.at(i);
        QString gebied;
        if (const auto* g = ins.levensgebied(d.levensgebied))
            gebied = g->naam;
        else if (const auto c = componentFromCode(d.component))
            gebied = ins.componentNaam(*c);
        h += tr("<p><b>Doel %1.</b> %2<br/>Wat: %3 · Hoe: %4 · Met wie: %5<br/>Horizon: %6%7 · Uitkomst: %8</p>")
                 .arg(i + 1)
                 .arg(esc(d.omschrijving),
                     esc(d.wat),
                     esc(d.hoe),
                     esc(d.metWie),
                     datum(d.horizon),
                     gebied.isEmpty() ? QString() : tr(" · %1").arg(gebied),
                     uitkomst(d.uitkomst));
    }
    h += tr("<h3>4. Aanpak: interventies</h3>");
    if (p.interventies.isEmpty())
        h += tr("<p><i>Nog geen interventies.</i></p>");
    for (const Interventie& iv : p.interventies) {
        const auto* type = ins.interventieType(iv.type);
        h += tr("<p><b>%1</b>%2: %3<br/>Wie: %4 · Wanneer: %5</p>")
                 .arg(type ? type->naam : iv.type,
                     iv.doel > 0 ? tr(" (voor doel %1)").arg(iv.doel) : tr(" (<i>geen doel</i>)"),
                     esc(iv.omschrijving),
                     esc(iv.wie),
                     datum(iv.wanneer));
    }
    h += tr("<h3>5. Afspraken en uitvoering</h3>");
    if (p.afspraken.isEmpty())
        h += tr("<p><i>Nog geen afspraken.</i></p>");
    for (const Afspraak& a : p.afspraken)
        h += tr("<p>%1 — %2, %3</p>").arg(esc(a.omschrijving), esc(a.wie), datum(a.wanneer));
    h += tr("<h3>6. Gedeelde visie</h3><p>%1</p>").arg(instemming(p.inwonerEens));
    if (!p.visieToelichting.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(p.visieToelichting));
    return h;
}

} // namespace dw
