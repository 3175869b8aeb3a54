#include "jsonkeys.h"

#include <QJsonParseError>

#include <algorithm>
#include <cstring>

namespace dw {

namespace {
bool isHigh(int v)
{
    return v >= 0xD800 && v <= 0xDBFF;
}
bool isLow(int v)
{
    return v >= 0xDC00 && v <= 0xDFFF;
}
} // namespace

qsizetype LoneSurrogateMarker::mark(char* data, qsizetype from, qsizetype size, bool atEnd)
{
    // A pair of escapes is 12 bytes: from a backslash on, its whole escape must be in the buffer to judge it.
    constexpr qsizetype lookahead = 12;
    const auto hex = [&](qsizetype at) {
        if (at + 4 > size)
            return -1;
        bool ok = false;
        const int v = QByteArray::fromRawData(data + at, 4).toInt(&ok, 16);
        return ok ? v : -1;
    };
    qsizetype i = from;
    while (i < size) {
        const char c = data[i];
        if (!m_inString) {
            m_inString = c == '"';
            ++i;
            continue;
        }
        if (c == '"') {
            m_inString = false;
            ++i;
            continue;
        }
        if (c != '\\') {
            ++i;
            continue;
        }
        if (!atEnd && i + lookahead > size)
            break;
        if (i + 1 >= size || data[i + 1] != 'u') {
            i += 2; // \n, \", \\ …
            continue;
        }
        const int v = hex(i + 2);
        if (isHigh(v) && i + 8 <= size && data[i + 6] == '\\' && data[i + 7] == 'u' && isLow(hex(i + 8))) {
            i += 12; // a proper pair
            continue;
        }
        if (isHigh(v) || isLow(v))
            std::memcpy(data + i, "\\uffff", 6);
        i += 6;
    }
    return std::min(i, size);
}

QByteArray markLoneSurrogates(const QByteArray& json)
{
    if (!json.contains("\\u"))
        return json;
    QByteArray out = json;
    LoneSurrogateMarker().mark(out.data(), 0, out.size(), true);
    return out;
}

QString jsonParseErrorSentence(int parseError)
{
    switch (parseError) {
    case QJsonParseError::UnterminatedObject:
        return QStringLiteral("een object is niet afgesloten met }");
    case QJsonParseError::MissingNameSeparator:
        return QStringLiteral("na een sleutel ontbreekt de dubbele punt");
    case QJsonParseError::UnterminatedArray:
        return QStringLiteral("een lijst is niet afgesloten met ]");
    case QJsonParseError::MissingValueSeparator:
        return QStringLiteral("er ontbreekt een komma tussen twee waarden");
    case QJsonParseError::IllegalValue:
        return QStringLiteral("ongeldige waarde");
    case QJsonParseError::TerminationByNumber:
        return QStringLiteral("het bestand houdt midden in een getal op");
    case QJsonParseError::IllegalNumber:
        return QStringLiteral("ongeldig getal");
    case QJsonParseError::IllegalEscapeSequence:
        return QStringLiteral("ongeldige escape-reeks in een tekst");
    case QJsonParseError::IllegalUTF8String:
        return QStringLiteral("ongeldige UTF-8 in een tekst");
    case QJsonParseError::UnterminatedString:
        return QStringLiteral("een tekst is niet afgesloten met \"");
    case QJsonParseError::MissingObject:
        return QStringLiteral("een object verwacht");
    case QJsonParseError::DeepNesting:
        return QStringLiteral("te diep genest");
    case QJsonParseError::DocumentTooLarge:
        return QStringLiteral("het bestand is te groot");
    case QJsonParseError::GarbageAtEnd:
        return QStringLiteral("er staat nog iets na het einde van het document");
    default:
        return QStringLiteral("onbekende fout");
    }
}

} // namespace dw
