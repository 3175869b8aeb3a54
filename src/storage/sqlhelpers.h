#pragma once

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

inline QDate toDate(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), QStringLiteral("yyyy-MM-dd"));
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

// The caseload filters every list and report shares: conditions on the inwoner table aliased `i` (exact gemeente,
// exact professional; empty means all), appended to `parts` with their bind values.
inline void inwonerFilter(
    QStringList& parts, QVariantList& values, const QString& gemeente, const QString& professional)
{
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
