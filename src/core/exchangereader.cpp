#include "exchangereader.h"

#include "aheadqueue.h"
#include "exchangeformat.h"
#include "exchangeparser.h"
#include "jsonkeys.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <rapidjson/error/error.h>
#include <rapidjson/reader.h>

#include <thread>
#include <vector>

namespace dw {

namespace {

// Nothing in draagwijzer/1 nests deeper than 7; a file that does is not one (and must not exhaust memory).
constexpr int maxDepth = 64;
constexpr qint64 blockSize = 64 * 1024;

struct Position
{
    qint64 line = 1;
    qint64 column = 1;

    QString text() const { return QStringLiteral("regel %1, kolom %2").arg(line).arg(column); }
};

// RapidJSON's input stream over a QIODevice, read in blocks. It counts lines and columns (in characters, not
// bytes) for the messages, and marks lone surrogate escapes so they reach validation (jsonkeys.h).
class JsonInput
{
public:
    using Ch = char;

    JsonInput(QIODevice& device, std::atomic<qint64>& bytesRead)
        : m_device(device)
        , m_bytesRead(bytesRead)
    { }

    Ch Peek()
    {
        if (m_pos == m_ready && !refill())
            return '\0';
        return m_buffer[static_cast<size_t>(m_pos)];
    }

    Ch Take()
    {
        const Ch c = Peek();
        if (m_pos == m_ready)
            return c;
        ++m_pos;
        // Per byte only what is cheap: a new line, or a UTF-8 continuation byte (not a column of its own).
        if (c == '\n') {
            ++m_line;
            m_lineStart = offset();
            m_continuations = 0;
        } else if (static_cast<unsigned char>(c) >= 0x80 && (static_cast<unsigned char>(c) & 0xC0) == 0x80) {
            ++m_continuations;
        }
        return c;
    }

    size_t Tell() const { return static_cast<size_t>(offset()); }
    Position at() const { return {m_line, offset() - m_lineStart - m_continuations + 1}; }

    // Only for in-situ parsing, which this stream does not do.
    Ch* PutBegin() { return nullptr; }
    void Put(Ch) { }
    void Flush() { }
    size_t PutEnd(Ch*) { return 0; }

private:
    bool refill()
    {
        while (m_pos == m_ready && !m_atEnd) {
            m_buffer.erase(m_buffer.begin(), m_buffer.begin() + m_pos);
            m_base += m_pos;
            m_ready -= m_pos;
            m_pos = 0;
            const size_t kept = m_buffer.size();
            m_buffer.resize(kept + blockSize);
            const qint64 got = m_device.read(m_buffer.data() + kept, blockSize);
            m_buffer.resize(kept + static_cast<size_t>(std::max<qint64>(got, 0)));
            m_atEnd = got <= 0;
            m_bytesRead.store(m_base + static_cast<qint64>(m_buffer.size()), std::memory_order_relaxed);
            m_ready = m_marker.mark(m_buffer.data(), m_ready, static_cast<qsizetype>(m_buffer.size()), m_atEnd);
        }
        return m_pos < m_ready;
    }

    qint64 offset() const { return m_base + m_pos; }

    QIODevice& m_device;
    std::atomic<qint64>& m_bytesRead;
    std::vector<char> m_buffer;
    qsizetype m_pos = 0; // next byte to hand out
    qsizetype m_ready = 0; // bytes before this are marked and final
    bool m_atEnd = false;
    qint64 m_base = 0; // file offset of m_buffer[0]
    qint64 m_line = 1;
    qint64 m_lineStart = 0;
    qint64 m_continuations = 0; // on this line so far
    LoneSurrogateMarker m_marker;
};

// The SAX handler: builds one inwoner (or the sociale kaart) at a time as a QJsonValue and hands it on. Where a
// key or element starts is remembered per path, so a problem the parser finds inside gets its line and column.
class Handler
{
public:
    Handler(const Instrument& instrument, const QDate& today, JsonInput& input, const ExchangeReader::Sink& sink)
        : m_instrument(instrument)
        , m_parser(instrument, today)
        , m_input(input)
        , m_sink(sink)
    { }

    Status status;
    QVector<Voorziening> socialeKaart;
    int inwoners = 0;

    bool Null() { return scalar(QJsonValue(QJsonValue::Null)); }
    bool Bool(bool b) { return scalar(QJsonValue(b)); }
    bool Int(int i) { return scalar(QJsonValue(i)); }
    bool Uint(unsigned u) { return scalar(QJsonValue(static_cast<double>(u))); }
    bool Int64(int64_t i) { return scalar(QJsonValue(static_cast<double>(i))); }
    bool Uint64(uint64_t u) { return scalar(QJsonValue(static_cast<double>(u))); }
    bool Double(double d) { return scalar(QJsonValue(d)); }
    bool RawNumber(const char*, rapidjson::SizeType, bool) { return fail(QStringLiteral("onverwacht getal")); }
    bool String(const char* s, rapidjson::SizeType length, bool)
    {
        return scalar(QJsonValue(QString::fromUtf8(s, static_cast<qsizetype>(length))));
    }

    bool Key(const char* s, rapidjson::SizeType length, bool)
    {
        const QString key = QString::fromUtf8(s, static_cast<qsizetype>(length));
        Position start = m_input.at();
        start.column = std::max<qint64>(1, start.column - key.size() - 2);
        Frame& f = m_stack.back();
        // An object being built has its members already; only the root keeps its keys apart.
        if (f.kind == Frame::Root ? f.keys.contains(key) : f.o.contains(key))
            return fail(QStringLiteral("dubbele sleutel '%1' op regel %2").arg(key).arg(start.line));
        if (f.kind == Frame::Root)
            f.keys.insert(key);
        f.key = key;
        f.keyAt = start;
        if (f.kind == Frame::Root) {
            if (key != QLatin1String("format") && key != QLatin1String("inwoners")
                && key != QLatin1String("sociale_kaart"))
                return fail(QStringLiteral("$: onbekende sleutel '%1' (%2)").arg(key, start.text()));
        } else if (m_inInwoner) {
            m_marks.push_back({f.mark, key, 0, start});
            f.keyMark = static_cast<int>(m_marks.size()) - 1;
        }
        return true;
    }

    bool StartObject() { return start(true); }
    bool StartArray() { return start(false); }
    bool EndObject(rapidjson::SizeType) { return end(); }
    bool EndArray(rapidjson::SizeType) { return end(); }

private:
    struct Frame
    {
        enum Kind { Root, Inwoners, Build } kind = Build;
        bool object = false;
        QJsonObject o;
        QJsonArray a;
        QSet<QString> keys; // the root's only
        QString key; // the key whose value comes next
        Position keyAt;
        int mark = -1; // where this value starts (m_marks); -1 for the inwoner itself and outside one
        int keyMark = -1; // where the member whose value comes next starts
    };

    bool fail(const QString& message)
    {
        status = Error::badInput(message);
        return false;
    }

    bool start(bool object)
    {
        if (m_stack.empty()) {
            if (!object)
                return fail(QStringLiteral("een JSON-object met 'format' en 'inwoners' verwacht"));
            m_stack.push_back({Frame::Root, true, {}, {}, {}, {}, {}});
            return true;
        }
        if (m_stack.size() >= static_cast<size_t>(maxDepth))
            return fail(QStringLiteral("te diep genest (%1)").arg(m_input.at().text()));
        Frame& parent = m_stack.back();
        const Position here = m_input.at(); // the iterative parser calls before it takes the "{" or "["
        if (parent.kind == Frame::Root) {
            if (parent.key == QLatin1String("format"))
                return formatIs(false, {});
            if (parent.key == QLatin1String("inwoners")) {
                if (object)
                    return fail(QStringLiteral("inwoners: lijst verwacht (%1)").arg(parent.keyAt.text()));
                m_stack.push_back({Frame::Inwoners, false, {}, {}, {}, {}, {}});
                m_sawInwoners = true;
                return true;
            }
            m_stack.push_back({Frame::Build, object, {}, {}, {}, {}, {}}); // the sociale kaart
            return true;
        }
        if (parent.kind == Frame::Inwoners) {
            m_inInwoner = true;
            m_marks.clear();
            m_inwonerAt = here;
            m_stack.push_back({Frame::Build, object, {}, {}, {}, {}, {}});
            return true;
        }
        // A member starts at its key (marked there); an element of a list at itself.
        int mark = parent.keyMark;
        if (m_inInwoner && !parent.object) {
            m_marks.push_back({parent.mark, {}, static_cast<int>(parent.a.size()), here});
            mark = static_cast<int>(m_marks.size()) - 1;
        }
        m_stack.push_back({Frame::Build, object, {}, {}, {}, {}, {}, mark});
        return true;
    }

    bool end()
    {
        Frame done = std::move(m_stack.back());
        m_stack.pop_back();
        switch (done.kind) {
        case Frame::Root:
            if (!m_sawFormat)
                return formatIs(false, {});
            if (!m_sawInwoners)
                return fail(QStringLiteral("inwoners: lijst verwacht"));
            return true;
        case Frame::Inwoners:
            return true;
        case Frame::Build:
            return complete(done.object ? QJsonValue(done.o) : QJsonValue(done.a));
        }
        return true;
    }

    bool scalar(const QJsonValue& v)
    {
        if (m_stack.empty())
            return fail(QStringLiteral("een JSON-object met 'format' en 'inwoners' verwacht"));
        const Frame& top = m_stack.back();
        if (top.kind == Frame::Root) {
            if (top.key == QLatin1String("format"))
                return formatIs(v.isString(), v.toString());
            if (top.key == QLatin1String("inwoners"))
                return fail(QStringLiteral("inwoners: lijst verwacht (%1)").arg(top.keyAt.text()));
        }
        if (top.kind == Frame::Inwoners) {
            m_marks.clear();
            m_inwonerAt = m_input.at();
        }
        return complete(v);
    }

    // A value is whole: into its parent, or handed on when it is an inwoner or the sociale kaart.
    bool complete(const QJsonValue& v)
    {
        Frame& parent = m_stack.back();
        switch (parent.kind) {
        case Frame::Build:
            if (parent.object)
                parent.o.insert(parent.key, v);
            else
                parent.a.append(v);
            return true;
        case Frame::Inwoners:
            m_inInwoner = false;
            return inwoner(v);
        case Frame::Root: {
            auto kaart = socialeKaartFromJson(m_instrument, v);
            if (!kaart.ok())
                return fail(QStringLiteral("%1 (%2)").arg(kaart.errorMessage(), parent.keyAt.text()));
            socialeKaart = std::move(kaart).value();
            return true;
        }
        }
        return true;
    }

    bool formatIs(bool isText, const QString& format)
    {
        m_sawFormat = true;
        if (format == ExchangeFormat::formatTag)
            return true;
        return fail(QStringLiteral("format: '%1' verwacht, niet '%2'")
                        .arg(ExchangeFormat::formatTag, isText ? format : QStringLiteral("(geen tekst)")));
    }

    bool inwoner(const QJsonValue& v)
    {
        const int index = inwoners++;
        const QString path = QStringLiteral("inwoners[%1]").arg(index);
        Dossier d;
        if (!m_parser.inwoner(v, path, d))
            return fail(QStringLiteral("%1 (%2)").arg(m_parser.error(), positionOf(path, d.inwoner.ref).text()));
        if (m_refs.contains(d.inwoner.ref))
            return fail(QStringLiteral("%1.ref: dubbele ref '%2' (%3)")
                            .arg(path, d.inwoner.ref, positionOf(path + QStringLiteral(".ref"), {}).text()));
        m_refs.insert(d.inwoner.ref);
        status = m_sink(std::move(d));
        return status.ok();
    }

    // The line and column of the parser's bad key, or of the nearest enclosing one that is in the file.
    Position positionOf(const QString& inwonerPath, const QString& ref) const
    {
        QString path = m_parser.errorPath().isEmpty() ? inwonerPath : m_parser.errorPath();
        const QString named = QStringLiteral("%1 (ref %2)").arg(inwonerPath, ref);
        if (path.startsWith(named))
            path = path.mid(named.size());
        else if (path.startsWith(inwonerPath))
            path = path.mid(inwonerPath.size());
        // Spelled out only now, for the one inwoner with a problem: per key that cost a tenth of reading a file.
        QStringList paths;
        paths.reserve(static_cast<qsizetype>(m_marks.size()));
        for (const Mark& m : m_marks)
            paths.append((m.parent >= 0 ? paths.at(m.parent) : QString())
                + (m.key.isEmpty() ? QStringLiteral("[%1]").arg(m.index) : QLatin1Char('.') + m.key));
        while (!path.isEmpty()) {
            const qsizetype found = paths.indexOf(path);
            if (found >= 0)
                return m_marks[static_cast<size_t>(found)].at;
            path.truncate(std::max(path.lastIndexOf(QLatin1Char('.')), path.lastIndexOf(QLatin1Char('['))));
        }
        return m_inwonerAt;
    }

    // Where a member or a list element of the inwoner being read starts.
    struct Mark
    {
        int parent; // the enclosing member's or element's mark; -1: the inwoner itself
        QString key; // a member's key; empty for a list element
        int index; // a list element's index
        Position at;
    };

    const Instrument& m_instrument;
    ExchangeParser m_parser;
    JsonInput& m_input;
    const ExchangeReader::Sink& m_sink;
    std::vector<Frame> m_stack;
    QSet<QString> m_refs; // the one thing that grows with the file: about 60 bytes per inwoner
    std::vector<Mark> m_marks;
    Position m_inwonerAt;
    bool m_inInwoner = false;
    bool m_sawFormat = false;
    bool m_sawInwoners = false;
};

QString parseErrorSentence(rapidjson::ParseErrorCode code)
{
    switch (code) {
    case rapidjson::kParseErrorDocumentEmpty:
        return QStringLiteral("het bestand is leeg");
    case rapidjson::kParseErrorDocumentRootNotSingular:
        return QStringLiteral("er staat nog iets na het einde van het document");
    case rapidjson::kParseErrorValueInvalid:
        return QStringLiteral("ongeldige waarde");
    case rapidjson::kParseErrorObjectMissName:
        return QStringLiteral("een sleutel verwacht");
    case rapidjson::kParseErrorObjectMissColon:
        return QStringLiteral("na een sleutel ontbreekt de dubbele punt");
    case rapidjson::kParseErrorObjectMissCommaOrCurlyBracket:
        return QStringLiteral("er ontbreekt een komma of }");
    case rapidjson::kParseErrorArrayMissCommaOrSquareBracket:
        return QStringLiteral("er ontbreekt een komma of ]");
    case rapidjson::kParseErrorStringUnicodeEscapeInvalidHex:
    case rapidjson::kParseErrorStringUnicodeSurrogateInvalid:
    case rapidjson::kParseErrorStringEscapeInvalid:
        return QStringLiteral("ongeldige escape-reeks in een tekst");
    case rapidjson::kParseErrorStringMissQuotationMark:
        return QStringLiteral("een tekst is niet afgesloten met \"");
    case rapidjson::kParseErrorStringInvalidEncoding:
        return QStringLiteral("ongeldige UTF-8 in een tekst");
    case rapidjson::kParseErrorNumberTooBig:
        return QStringLiteral("getal te groot");
    case rapidjson::kParseErrorNumberMissFraction:
    case rapidjson::kParseErrorNumberMissExponent:
        return QStringLiteral("ongeldig getal");
    default:
        return QStringLiteral("onbekende fout");
    }
}

} // namespace

Status ExchangeReader::read(QIODevice& device, const Sink& sink)
{
    m_socialeKaart.clear();
    m_inwonerCount = 0;
    m_bytesRead = 0;
    JsonInput input(device, m_bytesRead);
    Handler handler(m_instrument, m_clock.today(), input, sink);
    rapidjson::Reader reader;
    constexpr unsigned flags = rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag;
    const rapidjson::ParseResult result = reader.Parse<flags>(input, handler);
    m_inwonerCount = handler.inwoners;
    if (!handler.status.ok())
        return handler.status;
    if (result.IsError())
        return Error::badInput(
            QStringLiteral("geen geldige JSON op %1: %2").arg(input.at().text(), parseErrorSentence(result.Code())));
    m_socialeKaart = std::move(handler.socialeKaart);
    return {};
}

Status ExchangeReader::readAhead(QIODevice& device, const Sink& sink)
{
    AheadQueue<Dossier> queue(dossiersAhead);
    Status readStatus;
    std::thread reader([&] {
        readStatus = read(device, [&queue](Dossier&& d) {
            // Stopped: the sink failed, and its error is what readAhead returns.
            return queue.push(std::move(d)) ? Status() : Status(Error::failure(QStringLiteral("gestopt")));
        });
        queue.close();
    });
    Status written;
    Dossier d;
    while (written.ok() && queue.pop(d))
        written = sink(std::move(d));
    queue.stop();
    reader.join();
    return written.ok() ? readStatus : written;
}

} // namespace dw
