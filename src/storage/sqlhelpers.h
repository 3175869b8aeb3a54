#pragma once

#include "core/account.h"
#include "core/exchangeformat.h"

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace dw::sql {

// NULL for an invalid date or an empty optional; the dialect-neutral way to bind optional values.
inline QVariant date(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(QStringLiteral("yyyy-MM-dd"))) : QVariant();
}
// '' rather than NULL for an empty text (NOT NULL DEFAULT '' columns): Qt binds a null QString as NULL.
inline QString nonNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
inline QVariant text(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
template<typename T> QVariant optional(const std::optional<T>& v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}

// Strict 'yyyy-MM-dd', as the columns' CHECKs store it; parseIsoDate reads it ten times faster than QDate::fromString.
inline QDate toDate(const QVariant& v)
{
    return v.isNull() ? QDate() : parseIsoDate(v.toString());
}
inline std::optional<double> toOptionalDouble(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}
inline std::optional<int> toOptionalInt(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

// Prepares `text` forward-only, binds `values` in order and runs it.
inline bool exec(QSqlQuery& q, const QString& text, const QVariantList& values)
{
    q.setForwardOnly(true);
    if (!q.prepare(text))
        return false;
    for (const QVariant& v : values)
        q.addBindValue(v);
    return q.exec();
}

// Conditions joined by AND, with their bind values in order.
struct Where
{
    QStringList parts;
    QVariantList values;

    QString sql(const QString& keyword = QStringLiteral(" WHERE ")) const
    {
        return parts.isEmpty() ? QString() : keyword + parts.join(QStringLiteral(" AND "));
    }
};

// The inwoners this session may see (Sessie::kanZien), as a condition on the inwoner table aliased `i`: their own
// as professional, their team's as teamleider. Nothing is added for a session that sees everything; a session with
// neither role (a beheerder) sees no inwoner at all.
inline void zichtbaar(QStringList& parts, QVariantList& values, const Sessie& sessie)
{
    if (sessie.zietAlles())
        return;
    QStringList any;
    if (sessie.rollen.testFlag(Rol::Professional)) {
        any << QStringLiteral("i.professional = ?");
        values << sessie.gebruiker;
    }
    if (sessie.rollen.testFlag(Rol::Teamleider)) {
        any << QStringLiteral("i.team = ?");
        values << sessie.team;
    }
    parts << (any.isEmpty() ? QStringLiteral("1 = 0")
                            : QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
}

// The caseload filters every list and report shares: conditions on the inwoner table aliased `i` (what the session
// may see; exact gemeente, exact professional, empty means all), appended to `parts` with their bind values.
inline void inwonerFilter(QStringList& parts,
    QVariantList& values,
    const Sessie& sessie,
    const QString& gemeente,
    const QString& professional)
{
    zichtbaar(parts, values, sessie);
    if (!gemeente.isEmpty()) {
        parts << QStringLiteral("i.gemeente = ?");
        values << gemeente;
    }
    if (!professional.isEmpty()) {
        parts << QStringLiteral("i.professional = ?");
        values << professional;
    }
}

// "(?, ?, ?), (?, ?, ?)" for a multi-row INSERT of `rows` rows with `columns` columns.
inline QString placeholders(int rows, int columns)
{
    QString row = QStringLiteral("(?");
    for (int c = 1; c < columns; ++c)
        row += QStringLiteral(", ?");
    row += QLatin1Char(')');
    QString out = row;
    for (int r = 1; r < rows; ++r)
        out += QStringLiteral(", ") + row;
    return out;
}

} // namespace dw::sql
