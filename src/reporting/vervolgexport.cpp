#include "vervolgexport.h"

#include <QCoreApplication>

namespace dw {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dw::vervolgexport", text);
}
QString datum(const QDate& d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}
} // namespace

QVector<Tabel> vervolgTabellen(const VervolgOverzicht& vervolg)
{
    Tabel telling {tr("Vervolg per professional"),
        {QStringLiteral("professional"),
            QStringLiteral("inwoners"),
            QStringLiteral("met_meetmoment"),
            QStringLiteral("vervolg_nodig")},
        {}};
    const auto rij = [](const QString& naam, const VervolgTelling& t) {
        return QVector<QVariant> {naam, t.inwoners, t.metMeetmoment, t.vervolgNodig};
    };
    for (const VervolgTelling& t : vervolg.perProfessional)
        telling.rijen << rij(t.professional.isEmpty() ? tr("(geen professional)") : t.professional, t);
    telling.rijen << rij(tr("Team"), vervolg.team);

    Tabel lijst {tr("Vervolgmetingen nodig"),
        {QStringLiteral("ref"),
            QStringLiteral("gemeente"),
            QStringLiteral("professional"),
            QStringLiteral("meetmomenten"),
            QStringLiteral("laatste_meetmoment"),
            QStringLiteral("vervolg_nodig_sinds")},
        {}};
    for (const VervolgRij& r : vervolg.inwoners)
        lijst.rijen << QVector<QVariant> {
            r.ref, r.gemeente, r.professional, r.meetmomenten, datum(r.laatsteMeting), datum(r.vervolgOp)};
    return {telling, lijst};
}

} // namespace dw
