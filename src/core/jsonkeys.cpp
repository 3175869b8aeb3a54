#include "jsonkeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QVector>

namespace dw {

namespace {

struct Frame
{
    bool object = false;
    bool expectKey = false;
    QSet<QString> keys;
};

// The raw text of a string token (without quotes) as the key it stands for, escapes decoded.
QString decodeKey(const QByteArray& raw)
{
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    const QJsonDocument doc = QJsonDocument::fromJson("[\"" + raw + "\"]");
    return doc.array().at(0).toString();
}

} // namespace

QString findDuplicateKey(const QByteArray& json)
{
    QVector<Frame> stack;
    int line = 1;
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = json.at(i);
        switch (c) {
        case '\n':
            ++line;
            break;
        case '{':
            stack.append({true, true, {}});
            break;
        case '[':
            stack.append({false, false, {}});
            break;
        case '}':
        case ']':
            if (!stack.isEmpty())
                stack.removeLast();
            break;
        case ',':
            if (!stack.isEmpty() && stack.last().object)
                stack.last().expectKey = true;
            break;
        case '"': {
            const qsizetype start = i + 1;
            qsizetype j = start;
            while (j < n && json.at(j) != '"')
                j += json.at(j) == '\\' ? 2 : 1;
            if (!stack.isEmpty() && stack.last().object && stack.last().expectKey) {
                const QString key = decodeKey(json.mid(start, j - start));
                if (stack.last().keys.contains(key))
                    return QStringLiteral("dubbele sleutel '%1' op regel %2").arg(key).arg(line);
                stack.last().keys.insert(key);
                stack.last().expectKey = false;
            }
            i = j;
            break;
        }
        default:
            break;
        }
    }
    return {};
}

namespace {
int hexValue(const QByteArray& json, qsizetype at)
{
    if (at + 4 > json.size())
        return -1;
    bool ok = false;
    const int v = json.mid(at, 4).toInt(&ok, 16);
    return ok ? v : -1;
}
bool isHigh(int v)
{
    return v >= 0xD800 && v <= 0xDBFF;
}
bool isLow(int v)
{
    return v >= 0xDC00 && v <= 0xDFFF;
}
} // namespace

QByteArray markLoneSurrogates(const QByteArray& json)
{
    QByteArray out = json; // implicitly shared until the first change
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (!inString) {
            inString = c == '"';
            continue;
        }
        if (c == '"') {
            inString = false;
        } else if (c == '\\' && i + 1 < json.size()) {
            if (json.at(i + 1) != 'u') {
                ++i; // \n, \", \\ …
                continue;
            }
            const int v = hexValue(json, i + 2);
            if (isHigh(v) && json.mid(i + 6, 2) == "\\u" && isLow(hexValue(json, i + 8))) {
                i += 11; // a proper pair
                continue;
            }
            if (isHigh(v) || isLow(v))
                out.replace(i, 6, "\\uffff");
            i += 5;
        }
    }
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
