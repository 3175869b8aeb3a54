#include "xlsxparts.h"

#include <QDir>
#include <QHash>

#include <zip.h>

#include <cmath>

namespace dw::xlsx {

namespace {

constexpr quint64 chunkBytes = 64 * 1024;
constexpr quint64 maxSmallPartBytes = 64ull << 20; // rels, workbook and styles: a few kB in a real file

struct Relationship
{
    QString type;
    QString target; // resolved against the folder of the part the rels belong to
};

// A target of a rels file, resolved against `folder` ("xl"); "/xl/..." is from the root.
QString resolve(const QString& folder, const QString& target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(folder.isEmpty() ? target : folder + u'/' + target);
}

// Reads the part `name` token by token into visit(token, reader); false when the zip has no such part.
template<typename Visit> Result<bool> readPart(zip* archive, const QString& name, quint64 maxBytes, Visit visit)
{
    auto opened = ZipPart::open(archive, name, maxBytes);
    if (!opened.ok())
        return opened.error();
    if (!*opened)
        return false;
    ZipPart& part = **opened;
    for (;;) {
        const auto token = part.readNext();
        if (token == QXmlStreamReader::Invalid)
            return part.error();
        if (token == QXmlStreamReader::EndDocument)
            return true;
        visit(token, part.xml());
    }
}

Result<QHash<QString, Relationship>> readRels(zip* archive, const QString& part, const QString& folder)
{
    QHash<QString, Relationship> rels;
    const auto read = readPart(archive, part, maxSmallPartBytes, [&](auto token, const QXmlStreamReader& xml) {
        if (token == QXmlStreamReader::StartElement && xml.name() == u"Relationship") {
            const auto a = xml.attributes();
            rels.insert(a.value(QLatin1String("Id")).toString(),
                {a.value(QLatin1String("Type")).toString(),
                    resolve(folder, a.value(QLatin1String("Target")).toString())});
        }
    });
    if (!read.ok())
        return read.error();
    return rels;
}

// The r:id of a <sheet>: an attribute "id" in the relationships namespace, whatever its prefix.
QString relationshipId(const QXmlStreamAttributes& attributes)
{
    for (const auto& a : attributes) {
        if (a.name() == u"id" && !a.namespaceUri().isEmpty())
            return a.value().toString();
    }
    return {};
}

} // namespace

ZipPart::ZipPart(zip_file* file, QString name, quint64 maxBytes)
    : m_file(file)
    , m_name(std::move(name))
    , m_maxBytes(maxBytes)
{ }

ZipPart::~ZipPart()
{
    zip_fclose(m_file);
}

Result<std::unique_ptr<ZipPart>> ZipPart::open(zip* archive, const QString& name, quint64 maxBytes)
{
    const QByteArray path = name.toUtf8();
    zip_int64_t index = zip_name_locate(archive, path.constData(), 0);
    if (index < 0)
        index = zip_name_locate(archive, path.constData(), ZIP_FL_NOCASE);
    if (index < 0)
        return std::unique_ptr<ZipPart>();
    zip_stat_t stat;
    if (zip_stat_index(archive, zip_uint64_t(index), 0, &stat) != 0)
        return Error::badInput(QStringLiteral("onderdeel %1 van de werkmap is beschadigd").arg(name));
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE)
        return Error::badInput(QStringLiteral("de werkmap is versleuteld; sla hem zonder wachtwoord op"));
    if ((stat.valid & ZIP_STAT_COMP_METHOD) && !zip_compression_method_supported(stat.comp_method, 0))
        return Error::badInput(
            QStringLiteral("onderdeel %1 van de werkmap is op een onbekende manier ingepakt").arg(name));
    if ((stat.valid & ZIP_STAT_SIZE) && stat.size > maxBytes)
        return Error::badInput(
            QStringLiteral("onderdeel %1 van de werkmap is groter dan %2 MB").arg(name).arg(maxBytes >> 20));
    zip_file* file = zip_fopen_index(archive, zip_uint64_t(index), 0);
    if (!file)
        return Error::badInput(QStringLiteral("onderdeel %1 van de werkmap kan niet gelezen worden").arg(name));
    return std::unique_ptr<ZipPart>(new ZipPart(file, name, maxBytes));
}

QXmlStreamReader::TokenType ZipPart::readNext()
{
    for (;;) {
        const auto token = m_xml.readNext();
        if (token != QXmlStreamReader::Invalid || m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError
            || m_eof || !m_failure.isEmpty())
            return token;
        QByteArray chunk(qsizetype(chunkBytes), Qt::Uninitialized);
        const zip_int64_t got = zip_fread(m_file, chunk.data(), chunkBytes);
        if (got < 0) {
            m_failure = QStringLiteral("onderdeel %1 van de werkmap is beschadigd").arg(m_name);
            return token;
        }
        m_read += quint64(got);
        if (m_read > m_maxBytes) {
            m_failure
                = QStringLiteral("onderdeel %1 van de werkmap is groter dan %2 MB").arg(m_name).arg(m_maxBytes >> 20);
            return token;
        }
        m_eof = got == 0;
        chunk.resize(qsizetype(got));
        m_xml.addData(chunk);
    }
}

Error ZipPart::error() const
{
    if (!m_failure.isEmpty())
        return Error::badInput(m_failure);
    if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        return Error::badInput(QStringLiteral("onderdeel %1 van de werkmap houdt halverwege op").arg(m_name));
    return Error::badInput(QStringLiteral("onderdeel %1 van de werkmap is geen geldige XML (regel %2, kolom %3)")
                               .arg(m_name)
                               .arg(m_xml.lineNumber())
                               .arg(m_xml.columnNumber()));
}

Result<Workbook> readWorkbook(zip* archive)
{
    auto root = readRels(archive, QStringLiteral("_rels/.rels"), {});
    if (!root.ok())
        return root.error();
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    for (const auto& rel : std::as_const(*root)) {
        if (rel.type.endsWith(u"/officeDocument"))
            workbookPart = rel.target;
    }
    const QString folder = workbookPart.section(u'/', 0, -2);
    const QString file = workbookPart.section(u'/', -1);
    auto rels = readRels(archive,
        folder.isEmpty() ? QStringLiteral("_rels/%1.rels").arg(file)
                         : QStringLiteral("%1/_rels/%2.rels").arg(folder, file),
        folder);
    if (!rels.ok())
        return rels.error();
    Workbook book;
    for (const auto& rel : std::as_const(*rels)) {
        if (rel.type.endsWith(u"/sharedStrings"))
            book.sharedStringsPart = rel.target;
        else if (rel.type.endsWith(u"/styles"))
            book.stylesPart = rel.target;
    }
    const auto read = readPart(archive, workbookPart, maxSmallPartBytes, [&](auto token, const QXmlStreamReader& xml) {
        if (token != QXmlStreamReader::StartElement)
            return;
        const auto a = xml.attributes();
        if (xml.name() == u"workbookPr") {
            const auto value = a.value(QLatin1String("date1904"));
            book.date1904 = value == u"1" || value == u"true";
        } else if (xml.name() == u"sheet") {
            const auto rel = rels->value(relationshipId(a));
            book.sheets.append(
                {a.value(QLatin1String("name")).toString(), rel.type.endsWith(u"/worksheet") ? rel.target : QString()});
        }
    });
    if (!read.ok())
        return read.error();
    if (!*read) {
        if (zip_name_locate(archive, "content.xml", 0) >= 0)
            return Error::badInput(QStringLiteral(
                "dit is een OpenDocument-rekenblad (.ods); sla het op als Excel-werkmap (.xlsx) of .csv"));
        return Error::badInput(QStringLiteral("dit zip-bestand is geen Excel-werkmap (.xlsx)"));
    }
    if (book.sheets.isEmpty())
        return Error::badInput(QStringLiteral("de werkmap heeft geen bladen"));
    return book;
}

bool isDateFormat(int numFmtId)
{
    return (numFmtId >= 14 && numFmtId <= 17) || numFmtId == 22 || (numFmtId >= 27 && numFmtId <= 36)
        || (numFmtId >= 50 && numFmtId <= 58);
}

bool isDateFormatCode(const QString& code)
{
    const QString lower = code.toLower();
    if (lower == u"general" || lower == u"standaard" || lower == u"@")
        return false;
    bool date = false, month = false, time = false;
    for (qsizetype i = 0; i < lower.size(); ++i) {
        const QChar c = lower[i];
        if (c == u'"') { // literal text
            const qsizetype end = lower.indexOf(u'"', i + 1);
            i = end < 0 ? lower.size() : end;
        } else if (c == u'[') { // colour, locale, elapsed time
            const qsizetype end = lower.indexOf(u']', i + 1);
            i = end < 0 ? lower.size() : end;
        } else if (c == u'\\' || c == u'_' || c == u'*') { // the next character is shown as it is, or as padding
            ++i;
        } else if (c == u'd' || c == u'y' || c == u'j') {
            date = true;
        } else if (c == u'm') {
            month = true;
        } else if (c == u'h' || c == u's') {
            time = true;
        }
    }
    return date || (month && !time);
}

Result<QVector<bool>> readDateStyles(zip* archive, const QString& part)
{
    QVector<bool> styles;
    QHash<int, bool> custom;
    bool inCellXfs = false;
    const auto read = readPart(archive, part, maxSmallPartBytes, [&](auto token, const QXmlStreamReader& xml) {
        const auto name = xml.name();
        if (token == QXmlStreamReader::EndElement && name == u"cellXfs")
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            return;
        const auto a = xml.attributes();
        if (name == u"numFmt") {
            custom.insert(a.value(QLatin1String("numFmtId")).toInt(),
                isDateFormatCode(a.value(QLatin1String("formatCode")).toString()));
        } else if (name == u"cellXfs") {
            inCellXfs = true;
        } else if (name == u"xf" && inCellXfs) { // not the xf of cellStyleXfs
            const int id = a.value(QLatin1String("numFmtId")).toInt();
            styles.append(custom.value(id, isDateFormat(id)));
        }
    });
    if (!read.ok())
        return read.error();
    return styles;
}

Result<QStringList> readSharedStrings(zip* archive, const QString& part, quint64 maxBytes)
{
    QStringList strings;
    QString text;
    int phonetic = 0;
    bool inText = false;
    const auto read = readPart(archive, part, maxBytes, [&](auto token, const QXmlStreamReader& xml) {
        const auto name = xml.name();
        if (token == QXmlStreamReader::StartElement) {
            if (name == u"si")
                text.clear();
            else if (name == u"rPh")
                ++phonetic;
            else if (name == u"t")
                inText = true;
        } else if (token == QXmlStreamReader::EndElement) {
            if (name == u"si")
                strings.append(text);
            else if (name == u"rPh")
                --phonetic;
            else if (name == u"t")
                inText = false;
        } else if (token == QXmlStreamReader::Characters && inText && phonetic == 0) {
            text += xml.text();
        }
    });
    if (!read.ok())
        return read.error();
    return strings;
}

} // namespace dw::xlsx
