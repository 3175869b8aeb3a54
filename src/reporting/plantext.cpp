#include "plantext.h"

#include "afbreken.h"

#include <QCoreApplication>
#include <QLocale>

namespace dw::plantext {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dw::Plan", text);
}
} // namespace

QString esc(const QString& s)
{
    return s.isEmpty() ? QStringLiteral("–") : s.toHtmlEscaped();
}

QString escAfbreekbaar(const QString& s)
{
    return esc(afbreken::zachteAfbreekstreepjes(s));
}

QString datum(const QDate& d)
{
    return d.isValid() ? QLocale().toString(d, QStringLiteral("d MMMM yyyy")) : QStringLiteral("–");
}

QString ingetrokkenHtml(const Plan& plan)
{
    return QCoreApplication::translate("dw::Plan",
        "<p style='color: #b00020'><b>Deze versie is ingetrokken op %1.</b> Reden: %2. Ze blijft bewaard, maar "
        "geldt niet meer.</p>")
        .arg(datum(plan.ingetrokkenOp), esc(plan.intrekReden));
}

QString uitkomst(Uitkomst u)
{
    switch (u) {
    case Uitkomst::Bereikt:
        return tr("bereikt");
    case Uitkomst::Deels:
        return tr("deels bereikt");
    case Uitkomst::Niet:
        return tr("niet bereikt");
    case Uitkomst::Onbekend:
        break;
    }
    return tr("nog open");
}

QString instemming(Instemming i)
{
    switch (i) {
    case Instemming::Eens:
        return tr("De inwoner is het eens met het plan.");
    case Instemming::Deels:
        return tr("De inwoner is het deels eens met het plan.");
    case Instemming::Oneens:
        return tr("De inwoner is het niet eens met het plan.");
    case Instemming::Onbekend:
        break;
    }
    return tr("Nog niet vastgelegd of de inwoner het eens is met het plan.");
}

} // namespace dw::plantext
