#include "exchangeformat.h"

#include "exchangereader.h"

#include <QBuffer>
#include <QRegularExpression>

namespace dw {

QDate parseIsoDate(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(text).hasMatch())
        return {};
    return QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
}

QString isoDate(const QDate& date)
{
    return date.toString(QStringLiteral("yyyy-MM-dd"));
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
