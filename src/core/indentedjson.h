#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QVarLengthArray>

namespace dw {

// Appends JSON to a byte array in exactly the bytes of QJsonDocument::toJson(QJsonDocument::Indented): four spaces
// per level, `"key": value`, an empty container as "{\n" + indent + "}", strings escaped as Qt escapes them (only
// '"', '\\' and control characters; everything else as UTF-8, a lone surrogate as \uXXXX in lower-case hex).
//
// Why not QJsonObject: an export of 1,000,000 dossiers spent two thirds of its writing thread building QJsonObjects
// and serialising them again (docs/performance.md). Why not RapidJSON's PrettyWriter: its bytes differ from Qt's
// (empty containers, hex case), and draagwijzer/1 files are compared byte for byte.
//
// Qt sorts an object's keys; here the caller writes them in sorted order. The tests check the bytes against Qt's
// own output for the same values.
class IndentedJson
{
public:
    // `depth` is the level the first value sits at: its inner lines are indented by 4 * (depth + 1) spaces.
    IndentedJson(QByteArray& out, int depth);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // Starts the next member of the current object; the value follows.
    void key(QLatin1String name);
    // A key that comes from the data (an item or levensgebied code), escaped as a string value is.
    void key(const QString& name);

    void value(const QString& text);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(bool flag);
    void null();
    // "yyyy-MM-dd" as isoDate() writes it.
    void value(const QDate& date);

    // A member that is left out when empty or invalid, as the draagwijzer/1 format has it.
    void optional(QLatin1String name, const QString& text);
    void optional(QLatin1String name, const QDate& date);
    // For the format's numbers where 0 means "none" (a doel's or meetmoment's number, a duration).
    void optional(QLatin1String name, int number);

private:
    void nextElement();
    void indent(int level);
    void open(char bracket);
    void close(char bracket);

    QByteArray& m_out;
    const int m_base;
    // Per open container: whether it has had an element yet.
    QVarLengthArray<bool, 12> m_filled;
    bool m_afterKey = false;
};

} // namespace dw
