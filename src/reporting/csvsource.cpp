#include "csvsource.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <array>

namespace dw {

namespace {

constexpr qsizetype chunkBytes = 64 * 1024;

// Windows-1252 from 0x80 to 0x9F (Qt 6.4 has no decoder for it); the five bytes Windows leaves undefined map to the
// C1 control of the same value, as Windows itself does. 0xA0 to 0xFF are Latin-1.
// clang-format off
constexpr std::array<char16_t, 32> cp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};
// clang-format on

QString fromWindows1252(const QByteArray& bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        text[i] = QChar(b >= 0x80 && b < 0xA0 ? cp1252High[b - 0x80] : char16_t(b));
    }
    return text;
}

} // namespace

CsvSource::CsvSource(QIODevice* device, QString sheetName)
    : m_device(device)
    , m_sheetName(std::move(sheetName))
{ }

CsvSource::CsvSource(std::unique_ptr<QIODevice> device, QString sheetName)
    : m_owned(std::move(device))
    , m_device(m_owned.get())
    , m_sheetName(std::move(sheetName))
{ }

CsvSource::~CsvSource() = default;

Result<std::unique_ptr<CsvSource>> CsvSource::open(const QString& path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error::badInput(QStringLiteral("%1 kan niet geopend worden: %2").arg(path, file->errorString()));
    return std::make_unique<CsvSource>(std::move(file), QFileInfo(path).completeBaseName());
}

// Reads the next chunk behind what is left in the buffer; false at the end of the device or on a read error.
bool CsvSource::fill()
{
    if (m_atEnd)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype had = m_buffer.size();
    m_buffer.resize(had + chunkBytes);
    const qint64 got = m_device->read(m_buffer.data() + had, chunkBytes);
    m_buffer.resize(had + std::max<qint64>(got, 0));
    if (got <= 0) {
        m_atEnd = true;
        m_readError = got < 0;
        return false;
    }
    return true;
}

int CsvSource::peekByte()
{
    if (m_pos >= m_buffer.size() && !fill())
        return -1;
    return static_cast<unsigned char>(m_buffer[m_pos]);
}

int CsvSource::takeByte()
{
    const int c = peekByte();
    if (c >= 0)
        ++m_pos;
    return c;
}

Error CsvSource::fail(const QString& reason) const
{
    return Error::badInput(QStringLiteral("rij %1: %2").arg(m_row).arg(reason));
}

// The byte order mark, a "sep=" line, and the separator from the first line with text.
Result<bool> CsvSource::start()
{
    m_started = true;
    while (m_buffer.size() - m_pos < 4 && fill()) { }
    const QByteArray head = m_buffer.mid(m_pos, 4);
    if (head.startsWith("\xEF\xBB\xBF")) {
        m_pos += 3;
    } else if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        return Error::badInput(QStringLiteral("dit is een UTF-16-tekstbestand (Unicode-tekst); sla het in Excel op als "
                                              "CSV UTF-8 (door lijstscheidingsteken gescheiden)"));
    }
    // Excel's own hint: a first line "sep=;" names the separator and is not shown as a row.
    while (m_buffer.size() - m_pos < 6 && fill()) { }
    if (m_buffer.mid(m_pos, 4).compare("sep=", Qt::CaseInsensitive) == 0 && m_buffer.size() - m_pos >= 5) {
        const char sep = m_buffer[m_pos + 4];
        const char after = m_buffer.size() - m_pos > 5 ? m_buffer[m_pos + 5] : '\n';
        if (sep != '"' && sep != '\r' && sep != '\n' && (after == '\r' || after == '\n')) {
            m_separator = sep;
            m_pos += 5;
            if (takeByte() == '\r' && peekByte() == '\n')
                takeByte();
            return true;
        }
    }
    // The first line with text, outside quotes: the most frequent of ';', tab and ',' (in that order on a tie, so
    // a line without any is one column of ';').
    int semicolons = 0, tabs = 0, commas = 0;
    bool inQuotes = false, text = false;
    for (qsizetype i = 0; i < 4 * maxFieldBytes; ++i) {
        if (m_pos + i >= m_buffer.size()) {
            if (!fill()) // keeps what is left from m_pos on, so i still counts from it
                break;
        }
        const char c = m_buffer[m_pos + i];
        if (c == '"') {
            inQuotes = !inQuotes;
            text = true;
        } else if (!inQuotes && (c == '\n' || c == '\r')) {
            if (text)
                break;
        } else if (!inQuotes) {
            semicolons += c == ';';
            tabs += c == '\t';
            commas += c == ',';
            text = text || c != ' ';
        }
    }
    if (commas > semicolons && commas > tabs)
        m_separator = ',';
    else if (tabs > semicolons)
        m_separator = '\t';
    if (m_readError)
        return Error::badInput(QStringLiteral("het bestand kan niet gelezen worden: %1").arg(m_device->errorString()));
    return true;
}

// One record into `fields`, as bytes; false at the end of the file.
Result<bool> CsvSource::readRecord(QVector<QByteArray>& fields)
{
    fields.clear();
    int c = takeByte();
    if (c < 0)
        return false;
    if (++m_row > maxRows)
        return fail(QStringLiteral("meer dan %1 rijen, meer dan Excel kan tonen").arg(maxRows));
    const qint64 firstLine = m_line;
    for (;;) {
        QByteArray field;
        const auto tooLong = [&] {
            return fail(QStringLiteral("veld in kolom %1 is langer dan 1 MB; is dit wel een CSV-bestand?")
                            .arg(spreadsheetColumnName(int(fields.size()))));
        };
        if (c == '"') {
            const qint64 quoteLine = m_line;
            for (;;) {
                c = takeByte();
                if (c < 0) {
                    const QString where
                        = quoteLine == firstLine ? QString() : QStringLiteral(" (geopend op regel %1)").arg(quoteLine);
                    return fail(QStringLiteral("aanhalingsteken niet gesloten%1").arg(where));
                }
                if (c == '"') {
                    if (peekByte() != '"')
                        break;
                    takeByte();
                } else if (c == '\r') { // a line end in a field is "\n", whatever the file's line ends
                    if (peekByte() == '\n')
                        continue;
                    ++m_line;
                    c = '\n';
                } else if (c == '\n') {
                    ++m_line;
                }
                field.append(char(c));
                if (field.size() > maxFieldBytes)
                    return tooLong();
            }
            c = takeByte();
        }
        // Text after a closing quote is kept, as Excel does ("ab"c gives abc); a quote inside a field is text.
        while (c >= 0 && c != m_separator && c != '\n' && c != '\r') {
            field.append(char(c));
            if (field.size() > maxFieldBytes)
                return tooLong();
            c = takeByte();
        }
        fields.append(field);
        if (fields.size() > maxColumns)
            return fail(QStringLiteral("meer dan %1 kolommen; is dit wel een CSV-bestand?").arg(maxColumns));
        if (c == m_separator) {
            c = takeByte();
            continue;
        }
        if (c == '\r' && peekByte() == '\n')
            takeByte();
        if (c >= 0)
            ++m_line;
        if (m_readError)
            return fail(QStringLiteral("het bestand kan niet verder gelezen worden: %1").arg(m_device->errorString()));
        return true;
    }
}

Result<bool> CsvSource::next(SpreadsheetRow& row)
{
    row.clear();
    if (!m_started) {
        if (auto started = start(); !started.ok())
            return started.error();
    }
    for (;;) {
        auto read = readRecord(m_fields);
        if (!read.ok() || !*read)
            return read;
        qsizetype used = m_fields.size();
        while (used > 0 && m_fields[used - 1].isEmpty())
            --used;
        if (used == 0)
            continue; // an empty row: counted, not returned
        row.reserve(used);
        if (m_encoding == Encoding::Utf8) {
            for (qsizetype i = 0; i < used && m_encoding == Encoding::Utf8; ++i) {
                // A BOM inside the file is text: only the file's first one was the file's.
                QStringDecoder utf8(
                    QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
                const QString text = utf8(m_fields[i]);
                if (utf8.hasError())
                    m_encoding = Encoding::Windows1252; // for this record and the rest of the file
                row.append(SpreadsheetCell::ofText(text));
            }
        }
        if (m_encoding == Encoding::Windows1252) {
            row.clear();
            for (qsizetype i = 0; i < used; ++i)
                row.append(SpreadsheetCell::ofText(fromWindows1252(m_fields[i])));
        }
        m_returned = m_row;
        return true;
    }
}

} // namespace dw
