#include "planadvies.h"

#include <QCoreApplication>

namespace dw {

namespace {
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("dw::PlanAdvies", text, disambiguation, n);
}
QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}
} // namespace

QString bevindingenHtml(const QVector<Bevinding>& bevindingen)
{
    if (bevindingen.isEmpty())
        return tr("<p style='color:#2e7d32'>✔ Geen aandachtspunten. Het plan volgt het werkproces uit het onderzoek."
                  "</p>");
    QString h = tr("<p>%n aandachtspunt(en):</p>", nullptr, bevindingen.size());
    for (const Bevinding& b : bevindingen)
        h += QStringLiteral("<p>⚠ %1<br/><small style='color:#555'>%2</small></p>").arg(esc(b.tekst), esc(b.reden));
    return h;
}

QString suggestiesHtml(const QVector<Suggestie>& suggesties, const QVector<Voorziening>& kaart, const QString& gemeente)
{
    if (suggesties.isEmpty())
        return tr("<p>Geen suggesties: er is nog geen meetmoment, of de laatste meting laat geen zwakke draagkracht "
                  "of draaglast zien.</p>");
    QString h;
    for (const Suggestie& s : suggesties) {
        h += QStringLiteral("<p><a href='dw:type/%1'><b>%2</b></a>%3<br/>%4<br/><i style='color:#555'>%5</i></p>")
                 .arg(s.type,
                     esc(s.naam),
                     s.alInPlan ? tr(" — al in het plan") : QString(),
                     esc(s.reden),
                     tr("Voorbeeld uit het onderzoek: %1").arg(esc(s.voorbeeld)));
        const QVector<Voorziening> passend = passendeVoorzieningen(kaart, s.type, gemeente, s.levensgebieden);
        if (passend.isEmpty())
            continue;
        h += QStringLiteral("<ul>");
        for (const Voorziening& v : passend) {
            const int index = kaart.indexOf(v);
            QStringList waar {v.gemeente.isEmpty() ? tr("regio") : v.gemeente};
            if (!v.contact.isEmpty())
                waar << v.contact;
            h += QStringLiteral("<li><a href='dw:voorziening/%1'>%2</a> <span style='color:#555'>%3</span></li>")
                     .arg(index)
                     .arg(esc(v.naam), esc(waar.join(QStringLiteral(" · "))));
        }
        h += QStringLiteral("</ul>");
    }
    return h;
}

} // namespace dw
