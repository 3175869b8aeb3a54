#pragma once

#include <QString>

namespace dw {

// One field of a CSV file as Dutch Excel reads it (separator ';'): quoted, with quotes doubled, when it must be.
inline QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(';')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace dw
