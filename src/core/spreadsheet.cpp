#include "spreadsheet.h"

#include <cmath>

namespace dw {

QString spreadsheetColumnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

int spreadsheetColumnIndex(QStringView letters)
{
    if (letters.isEmpty() || letters.size() > 3)
        return -1;
    int index = 0;
    for (QChar c : letters) {
        if (c < u'A' || c > u'Z')
            return -1;
        index = index * 26 + (c.unicode() - u'A' + 1);
    }
    return index - 1;
}

std::optional<QDate> excelDate(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466) // up to 31 December 9999
        return std::nullopt;
    const auto day = qint64(std::floor(serial));
    if (date1904)
        return QDate(1904, 1, 1).addDays(day);
    if (day < 1 || day == 60)
        return std::nullopt;
    // Up to day 59 (28 February 1900) one day on from 31 December 1899; after the day that was not, one less.
    return day < 60 ? QDate(1899, 12, 31).addDays(day) : QDate(1899, 12, 30).addDays(day);
}

double excelSerial(const QDate& date, bool date1904)
{
    if (date1904)
        return double(QDate(1904, 1, 1).daysTo(date));
    const qint64 days = QDate(1899, 12, 30).daysTo(date);
    return double(days < 61 ? days - 1 : days);
}

} // namespace dw
