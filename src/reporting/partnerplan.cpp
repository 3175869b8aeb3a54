#include "partnerplan.h"

#include "pagedpdf.h"
#include "plantext.h"

#include "core/instrument.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace dw {

using plantext::datum;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dw::PartnerPlan", text);
}

bool sameName(const QString& a, const QString& b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

// `name` as a whole word or words in any case: "MEE" does not match inside "meedoen".
QRegularExpression heelWoord(const QString& name)
{
    return QRegularExpression(QStringLiteral("(?<!\\w)%1(?!\\w)").arg(QRegularExpression::escape(name.trimmed())),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

// Replaces the names of other organisations in free text by "[andere partner]". The partner's own name is kept
// whole even where another name is part of it ("Humanitas" in "Humanitas Thuisadministratie"); names match as
// whole words, so a short name does not eat into ordinary words.
class Redactor
{
public:
    Redactor(const QString& partner, QStringList others)
        : m_partner(partner)
    {
        others.removeAll(QString());
        std::sort(others.begin(), others.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
        for (const QString& name : std::as_const(others)) {
            if (!sameName(name, partner))
                m_others << heelWoord(name);
        }
    }

    // Redacted and HTML-escaped; a dash for an empty text.
    QString html(const QString& text) const
    {
        if (text.trimmed().isEmpty())
            return QStringLiteral("–");
        QStringList parts = text.split(m_partner.trimmed(), Qt::KeepEmptyParts, Qt::CaseInsensitive);
        for (QString& part : parts) {
            for (const QRegularExpression& other : m_others)
                part.replace(other, QStringLiteral("\x01"));
            part = part.toHtmlEscaped().replace(QLatin1Char('\x01'), tr("[andere partner]"));
        }
        return parts.join(m_partner.trimmed().toHtmlEscaped());
    }

private:
    QString m_partner;
    QVector<QRegularExpression> m_others;
};

// A table with these columns, each header with its width in percent.
QString table(const QVector<QPair<QString, int>>& headers)
{
    QString h = QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' width='100%'><thead><tr>");
    for (const auto& [header, width] : headers)
        h += QStringLiteral("<th align='left' width='%1%'>%2</th>").arg(width).arg(header);
    return h + QStringLiteral("</tr></thead>");
}

} // namespace

QStringList planPartners(const Plan& plan)
{
    QStringList partners;
    for (const Interventie& iv : plan.interventies) {
        if (!iv.partner.trimmed().isEmpty()
            && std::none_of(
                partners.cbegin(), partners.cend(), [&iv](const QString& p) { return sameName(p, iv.partner); }))
            partners << iv.partner.trimmed();
    }
    std::sort(partners.begin(), partners.end(), [](const QString& a, const QString& b) {
        return a.localeAwareCompare(b) < 0;
    });
    return partners;
}

QString matchPartner(const Plan& plan, const QString& name)
{
    const QStringList partners = planPartners(plan);
    const auto found
        = std::find_if(partners.cbegin(), partners.cend(), [&name](const QString& p) { return sameName(p, name); });
    return found == partners.cend() ? QString() : *found;
}

QString partnerPlanHtml(const Dossier& dossier,
    const Plan& plan,
    const Instrument& instrument,
    const QString& partner,
    const QVector<Voorziening>& kaart)
{
    QStringList others = planPartners(plan);
    for (const Voorziening& v : kaart)
        others << v.naam;
    const Redactor redact(partner, others);
    const QString naam = partner.toHtmlEscaped();

    QString h = QStringLiteral("<html><body>");
    h += tr("<h1>Plan van aanpak — partnerversie</h1>");
    h += tr("<table width='100%' cellpadding='8' border='1' cellspacing='0'><tr><td bgcolor='#fff4d6'>"
            "<b>Voor %1.</b> Deze versie bevat alleen wat %1 nodig heeft voor de eigen taak: de gedeelde visie, de "
            "doelen, en de interventies en afspraken van %1. Bewust weggelaten zijn de scores en de draaglast, de "
            "vraagverheldering, het journaal en alles over andere partners; namen van andere organisaties zijn "
            "vervangen door [andere partner]. Zo deelt het wijkteam niet meer gegevens dan nodig "
            "(AVG, dataminimalisatie). Deel deze versie niet verder.</td></tr></table>")
             .arg(naam);
    h += tr("<table cellpadding='2'><tr><td><b>Inwoner</b></td><td>%1 (%2)</td></tr>"
            "<tr><td><b>Contactpersoon wijkteam</b></td><td>%3</td></tr>"
            "<tr><td><b>Plan</b></td><td>versie %4 van %5</td></tr></table>")
             .arg(plantext::esc(dossier.inwoner.naam),
                 plantext::esc(dossier.inwoner.ref),
                 plantext::esc(dossier.inwoner.professional))
             .arg(plan.versie)
             .arg(datum(plan.datum));
    if (plan.ingetrokken())
        h += plantext::ingetrokkenHtml(plan);

    h += tr("<h2>Gedeelde visie</h2><p>%1</p>").arg(plantext::instemming(plan.inwonerEens));
    if (!plan.visieToelichting.trimmed().isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(redact.html(plan.visieToelichting));

    QSet<int> eigenDoelen;
    QVector<const Interventie*> eigen;
    for (const Interventie& iv : plan.interventies) {
        if (sameName(iv.partner, partner)) {
            eigen << &iv;
            eigenDoelen.insert(iv.doel);
        }
    }
    h += tr("<h2>Doelen</h2><p>De doelen zijn leidend voor alle partijen. Doelen waar %1 aan bijdraagt zijn "
            "gemarkeerd.</p>")
             .arg(naam);
    h += table({{tr("Nr."), 6}, {tr("Doel"), 56}, {tr("Termijn"), 24}, {tr("Uw bijdrage"), 14}});
    for (int i = 0; i < plan.doelen.size(); ++i)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                 .arg(i + 1)
                 .arg(redact.html(plan.doelen.at(i).omschrijving),
                     datum(plan.doelen.at(i).horizon),
                     eigenDoelen.contains(i + 1) ? tr("ja") : QString());
    h += QStringLiteral("</table>");

    h += tr("<p>&nbsp;</p><h2>Interventies van %1</h2>").arg(naam); // Qt ignores a heading's margin after a table
    h += table(
        {{tr("Soort"), 24}, {tr("Interventie"), 30}, {tr("Voor doel"), 9}, {tr("Wie"), 19}, {tr("Wanneer"), 18}});
    for (const Interventie* iv : std::as_const(eigen)) {
        const InterventieTypeDefinitie* type = instrument.interventieType(iv->type);
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                 .arg(type ? type->naam.toHtmlEscaped() : iv->type.toHtmlEscaped(),
                     redact.html(iv->omschrijving),
                     iv->doel > 0 ? QString::number(iv->doel) : QStringLiteral("–"),
                     redact.html(iv->wie),
                     datum(iv->wanneer));
    }
    h += QStringLiteral("</table>");

    // An afspraak is the partner's when its "wie" names the partner.
    const QRegularExpression ownName = heelWoord(partner);
    QString afspraken;
    for (const Afspraak& a : plan.afspraken) {
        if (a.wie.contains(ownName))
            afspraken += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                             .arg(redact.html(a.omschrijving), redact.html(a.wie), datum(a.wanneer));
    }
    h += tr("<h2>Afspraken met %1</h2>").arg(naam);
    if (afspraken.isEmpty())
        h += tr("<p>Er zijn geen afspraken op naam van %1 vastgelegd.</p>").arg(naam);
    else
        h += table({{tr("Afspraak"), 52}, {tr("Wie"), 30}, {tr("Wanneer"), 18}}) + afspraken
            + QStringLiteral("</table>");
    h += tr("<p>Vragen over dit plan? Neem contact op met %1 van het wijkteam.</p>")
             .arg(plantext::esc(dossier.inwoner.professional));
    return h + QStringLiteral("</body></html>");
}

Status writePartnerPlanPdf(const Dossier& dossier,
    const Plan& plan,
    const Instrument& instrument,
    const QString& partner,
    const QVector<Voorziening>& kaart,
    const QString& path,
    const QDate& printedOn)
{
    const QString name = matchPartner(plan, partner);
    if (name.isEmpty())
        return Error::badInput(tr("versie %1 van het plan van %2 heeft geen interventie van partner '%3'")
                                   .arg(plan.versie)
                                   .arg(dossier.inwoner.ref, partner));
    return writeHtmlPdf(path,
        tr("Plan van aanpak %1, versie %2, partnerversie").arg(dossier.inwoner.ref).arg(plan.versie),
        partnerPlanHtml(dossier, plan, instrument, name, kaart),
        tr("Partnerversie plan van aanpak %1 — versie %2 — afgedrukt %3")
            .arg(dossier.inwoner.ref)
            .arg(plan.versie)
            .arg(datum(printedOn)));
}

} // namespace dw
