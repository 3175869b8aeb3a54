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

} // namespace dw
