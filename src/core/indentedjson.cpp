#include "indentedjson.h"

#include "exchangeformat.h"

#include <charconv>

namespace dw {

namespace {

char hexDigit(unsigned value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

void escapeInto(QByteArray& out, const QString& text)
{
    const char16_t* src = reinterpret_cast<const char16_t*>(text.constData());
    const char16_t* const end = src + text.size();
    // The worst case is six bytes per unit (\u001f); reserving three keeps most names and notes to one allocation.
    out.reserve(out.size() + 3 * text.size() + 2);
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                out.append(char(u));
                continue;
            }
            out.append('\\');
            switch (u) {
            case '"':
                out.append('"');
                break;
            case '\\':
                out.append('\\');
                break;
            case '\b':
                out.append('b');
                break;
            case '\f':
                out.append('f');
                break;
            case '\n':
                out.append('n');
                break;
            case '\r':
                out.append('r');
                break;
            case '\t':
                out.append('t');
                break;
            default:
                out.append("u00", 3);
                out.append(hexDigit(u >> 4));
                out.append(hexDigit(u & 0xf));
            }
        } else if (u < 0x800) {
            out.append(char(0xc0 | (u >> 6)));
            out.append(char(0x80 | (u & 0x3f)));
        } else if (!QChar::isSurrogate(u)) {
            out.append(char(0xe0 | (u >> 12)));
            out.append(char(0x80 | ((u >> 6) & 0x3f)));
            out.append(char(0x80 | (u & 0x3f)));
        } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t c = QChar::surrogateToUcs4(u, *src++);
            out.append(char(0xf0 | (c >> 18)));
            out.append(char(0x80 | ((c >> 12) & 0x3f)));
            out.append(char(0x80 | ((c >> 6) & 0x3f)));
            out.append(char(0x80 | (c & 0x3f)));
        } else {
            // A lone surrogate has no UTF-8 form; Qt writes it as an escape.
            const char escape[] = {'\\',
                'u',
                hexDigit((u >> 12) & 0xf),
                hexDigit((u >> 8) & 0xf),
                hexDigit((u >> 4) & 0xf),
                hexDigit(u & 0xf)};
            out.append(escape, sizeof escape);
        }
    }
}

void digits(QByteArray& out, int value, int width)
{
    char buffer[4];
    for (int i = width - 1; i >= 0; --i) {
        buffer[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(buffer, width);
}

} // namespace

IndentedJson::IndentedJson(QByteArray& out, int depth)
    : m_out(out)
    , m_base(depth)
{ }

void IndentedJson::indent(int level)
{
    m_out.append(4 * level, ' ');
}

void IndentedJson::nextElement()
{
    if (m_filled.isEmpty())
        return; // the document's own value: the caller placed it
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_filled.back())
        m_out.append(",\n", 2);
    m_filled.back() = true;
    indent(m_base + int(m_filled.size()));
}

void IndentedJson::open(char bracket)
{
    nextElement();
    m_out.append(bracket);
    m_out.append('\n');
    m_filled.push_back(false);
}

void IndentedJson::close(char bracket)
{
    const bool filled = m_filled.back();
    m_filled.pop_back();
    if (filled)
        m_out.append('\n');
    indent(m_base + int(m_filled.size()));
    m_out.append(bracket);
}

void IndentedJson::beginObject()
{
    open('{');
}

void IndentedJson::endObject()
{
    close('}');
}

void IndentedJson::beginArray()
{
    open('[');
}

void IndentedJson::endArray()
{
    close(']');
}

void IndentedJson::key(QLatin1String name)
{
    // Keys are the format's own names: plain ASCII, nothing to escape.
    Q_ASSERT(!m_afterKey);
    nextElement();
    m_out.append('"');
    m_out.append(name.data(), name.size());
    m_out.append("\": ", 3);
    m_afterKey = true;
}

void IndentedJson::key(const QString& name)
{
    Q_ASSERT(!m_afterKey);
    nextElement();
    m_out.append('"');
    escapeInto(m_out, name);
    m_out.append("\": ", 3);
    m_afterKey = true;
}

void IndentedJson::value(const QString& text)
{
    nextElement();
    m_out.append('"');
    escapeInto(m_out, text);
    m_out.append('"');
}

void IndentedJson::value(qint64 number)
{
    nextElement();
    char buffer[24];
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, number);
    m_out.append(buffer, written.ptr - buffer);
}

void IndentedJson::value(bool flag)
{
    nextElement();
    if (flag)
        m_out.append("true", 4);
    else
        m_out.append("false", 5);
}

void IndentedJson::null()
{
    nextElement();
    m_out.append("null", 4);
}

void IndentedJson::value(const QDate& date)
{
    const int year = date.year();
    if (!date.isValid() || year < 1 || year > 9999) {
        // isoDate's own answer for the dates SQLite cannot hold; never in a dossier that was stored.
        value(isoDate(date));
        return;
    }
    nextElement();
    m_out.append('"');
    digits(m_out, year, 4);
    m_out.append('-');
    digits(m_out, date.month(), 2);
    m_out.append('-');
    digits(m_out, date.day(), 2);
    m_out.append('"');
}

void IndentedJson::optional(QLatin1String name, const QString& text)
{
    if (text.isEmpty())
        return;
    key(name);
    value(text);
}

void IndentedJson::optional(QLatin1String name, const QDate& date)
{
    if (!date.isValid())
        return;
    key(name);
    value(date);
}

void IndentedJson::optional(QLatin1String name, int number)
{
    if (number <= 0)
        return;
    key(name);
    value(number);
}

} // namespace dw
