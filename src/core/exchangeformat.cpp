#include "exchangeformat.h"

#include "exchangereader.h"

#include <QBuffer>

namespace dw {

QDate parseIsoDate(const QString& text)
{
    // By hand, not QDate::fromString: an import reads millions of dates, and Qt's format parser was a tenth of it.
    if (text.size() != 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-'))
        return {};
    const auto number = [&text](int from, int length) {
        int n = 0;
        for (int i = from; i < from + length; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            n = n * 10 + (c - u'0');
        }
        return n;
    };
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    if (year < 1 || month < 0 || day < 0)
        return {};
    const QDate date(year, month, day);
    return date.isValid() ? date : QDate();
}

QString isoDate(const QDate& date)
{
    // Qt::ISODate is "yyyy-MM-dd" for the years 1 to 9999 (SQLite's date() knows no others), without the cost of
    // a format string.
    return date.toString(Qt::ISODate);
}

Result<QVector<Dossier>> ExchangeFormat::read(const QByteArray& json) const
{
    auto doc = readDocument(json);
    if (!doc)
        return doc.error();
    return std::move(doc->dossiers);
}

Result<ExchangeDocument> ExchangeFormat::readDocument(const QByteArray& json) const
{
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    ExchangeReader reader(m_instrument, m_clock);
    ExchangeDocument out;
    const Status s = reader.read(buffer, [&out](Dossier&& d) {
        out.dossiers.append(std::move(d));
        return Status();
    });
    if (!s.ok())
        return s.error();
    out.socialeKaart = reader.socialeKaart();
    return out;
}

} // namespace dw
