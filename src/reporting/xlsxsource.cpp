#include "xlsxsource.h"

#include "xlsxparts.h"

#include <QFile>
#include <QHash>
#include <QLocale>

#include <zip.h>

#include <cmath>
#include <limits>

namespace dw {

struct XlsxSource::State
{
    QByteArray bytes; // fromBytes: the zip, read in place by libzip
    zip* archive = nullptr;
    xlsx::Workbook book;
    QString sheet;
    QStringList shared;
    QVector<bool> dateStyles;
    std::unique_ptr<xlsx::ZipPart> part;
    int row = 0; // the row last returned
    int lastRow = 0; // the row last read, empty or not
    bool done = false;

    ~State()
    {
        part.reset();
        if (archive)
            zip_discard(archive);
    }
};

namespace {

QString zipOpenReason(int code)
{
    switch (code) {
    case ZIP_ER_NOENT:
    case ZIP_ER_OPEN:
        return QStringLiteral("het bestand kan niet geopend worden");
    case ZIP_ER_NOZIP:
        return QStringLiteral("het bestand is geen volledig zip-bestand; is het afgebroken of beschadigd?");
    case ZIP_ER_READ:
        return QStringLiteral("het bestand kan niet gelezen worden");
    default:
        return QStringLiteral("het bestand is beschadigd (geen geldig zip-bestand)");
    }
}

// Excel's error values as Dutch Excel shows them.
QString dutchError(const QString& code)
{
    static const QHash<QString, QString> dutch = {
        {QStringLiteral("#NULL!"), QStringLiteral("#LEEG!")},
        {QStringLiteral("#DIV/0!"), QStringLiteral("#DEEL/0!")},
        {QStringLiteral("#VALUE!"), QStringLiteral("#WAARDE!")},
        {QStringLiteral("#REF!"), QStringLiteral("#VERW!")},
        {QStringLiteral("#NAME?"), QStringLiteral("#NAAM?")},
        {QStringLiteral("#NUM!"), QStringLiteral("#GETAL!")},
        {QStringLiteral("#N/A"), QStringLiteral("#N/B")},
    };
    return dutch.value(code, code);
}

// The column of a cell reference ("C5" is 2), -1 when it is none.
int columnOf(QStringView ref)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < ref.size() && i < 4; ++i) {
        const char16_t c = ref[i].toUpper().unicode();
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c - u'A' + 1);
    }
    for (qsizetype j = i; j < ref.size(); ++j) {
        if (!ref[j].isDigit())
            return -1;
    }
    return i == 0 || column > XlsxSource::maxColumns ? -1 : column - 1;
}

struct RawCell
{
    QString type;
    int style = 0;
    bool hasValue = false;
    QString value; // <v>
    QString inlineText; // <is>
};

// The cell's value as the mapping gets it; an Error with the reason for a cell that cannot be.
// `column` and `row` name the cell in a message only: its reference is made when something is wrong, not for each of
// the millions of cells that are fine.
Result<SpreadsheetCell> toCell(const XlsxSource::State& state, const RawCell& cell, int column, int row)
{
    const auto ref = [column, row] { return spreadsheetColumnName(column) + QString::number(row); };
    if (cell.type == u"inlineStr")
        return SpreadsheetCell::ofText(cell.inlineText);
    if (!cell.hasValue)
        return SpreadsheetCell {};
    const QString value = cell.value.trimmed();
    if (cell.type == u"s") {
        bool ok = false;
        const qsizetype index = value.toLongLong(&ok);
        if (!ok || index < 0 || index >= state.shared.size())
            return Error::badInput(
                QStringLiteral("cel %1 verwijst naar gedeelde tekst %2, die er niet is").arg(ref(), value));
        return SpreadsheetCell::ofText(state.shared[index]);
    }
    if (cell.type == u"str") // a formula's text, kept as it is
        return SpreadsheetCell::ofText(cell.value);
    if (cell.type == u"b")
        return SpreadsheetCell::ofText(value == u"1" ? QStringLiteral("WAAR")
                : value == u"0"                      ? QStringLiteral("ONWAAR")
                                                     : value);
    if (cell.type == u"e")
        return SpreadsheetCell::ofText(dutchError(value));
    if (cell.type == u"d") { // ISO 8601, as some writers give a date
        const QDate date = QDate::fromString(value.left(10), Qt::ISODate);
        if (!date.isValid())
            return SpreadsheetCell::ofText(value);
        return SpreadsheetCell::ofDate(date, excelSerial(date, state.book.date1904));
    }
    if (value.isEmpty())
        return SpreadsheetCell {};
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return Error::badInput(QStringLiteral("cel %1 heeft '%2', geen getal").arg(ref(), value.left(40)));
    if (cell.style >= 0 && cell.style < state.dateStyles.size() && state.dateStyles[cell.style]) {
        if (const auto date = excelDate(number, state.book.date1904))
            return SpreadsheetCell::ofDate(*date, number);
        if (!state.book.date1904 && std::floor(number) == 60) // the day Excel has and the calendar has not
            return SpreadsheetCell::ofText(QStringLiteral("1900-02-29"));
    }
    return SpreadsheetCell::ofNumber(number, QString::number(number, 'g', QLocale::FloatingPointShortest));
}

} // namespace

XlsxSource::XlsxSource(std::unique_ptr<State> state)
    : d(std::move(state))
{ }

XlsxSource::~XlsxSource() = default;

Result<std::unique_ptr<XlsxSource>> XlsxSource::open(const QString& path, const QString& sheet)
{
    auto state = std::make_unique<State>();
    int code = 0;
    state->archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!state->archive)
        return Error::badInput(zipOpenReason(code));
    return load(std::move(state), sheet);
}

Result<std::unique_ptr<XlsxSource>> XlsxSource::fromBytes(const QByteArray& bytes, const QString& sheet)
{
    auto state = std::make_unique<State>();
    state->bytes = bytes;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(state->bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    if (source) {
        state->archive = zip_open_from_source(source, ZIP_RDONLY, &error);
        if (!state->archive)
            zip_source_free(source);
    }
    const int code = zip_error_code_zip(&error);
    zip_error_fini(&error);
    if (!state->archive)
        return Error::badInput(zipOpenReason(code));
    return load(std::move(state), sheet);
}

Result<std::unique_ptr<XlsxSource>> XlsxSource::load(std::unique_ptr<State> state, const QString& sheet)
{
    auto book = xlsx::readWorkbook(state->archive);
    if (!book.ok())
        return book.error();
    state->book = std::move(*book);
    const auto& sheets = state->book.sheets;
    const xlsx::SheetEntry* chosen = nullptr;
    for (const auto cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        for (const auto& entry : sheets) {
            if (!chosen && (sheet.isEmpty() ? !entry.part.isEmpty() : entry.name.compare(sheet, cs) == 0))
                chosen = &entry;
        }
    }
    if (!chosen && sheet.isEmpty())
        return Error::badInput(QStringLiteral("de werkmap heeft geen werkbladen, alleen grafiekbladen"));
    if (!chosen) {
        QStringList names;
        for (const auto& entry : sheets)
            names.append(entry.name);
        return Error::badInput(QStringLiteral("blad '%1' bestaat niet; dit bestand heeft: %2")
                                   .arg(sheet, names.join(QStringLiteral(", "))));
    }
    state->sheet = chosen->name;
    if (chosen->part.isEmpty())
        return Error::badInput(QStringLiteral("blad '%1' is een grafiekblad, geen werkblad").arg(chosen->name));
    auto styles = xlsx::readDateStyles(state->archive, state->book.stylesPart);
    if (!styles.ok())
        return styles.error();
    state->dateStyles = std::move(*styles);
    auto shared = xlsx::readSharedStrings(state->archive, state->book.sharedStringsPart, maxSharedStringsBytes);
    if (!shared.ok())
        return shared.error();
    state->shared = std::move(*shared);
    // The sheet has no size limit: it is streamed.
    auto part = xlsx::ZipPart::open(state->archive, chosen->part, std::numeric_limits<quint64>::max());
    if (!part.ok())
        return part.error();
    if (!*part)
        return Error::badInput(QStringLiteral("blad '%1' ontbreekt in de werkmap").arg(chosen->name));
    state->part = std::move(*part);
    return std::unique_ptr<XlsxSource>(new XlsxSource(std::move(state)));
}

int XlsxSource::rowNumber() const
{
    return d->row;
}

QStringList XlsxSource::sheetNames() const
{
    QStringList names;
    for (const auto& entry : d->book.sheets)
        names.append(entry.name);
    return names;
}

QString XlsxSource::sheetName() const
{
    return d->sheet;
}

bool XlsxSource::date1904() const
{
    return d->book.date1904;
}

Error XlsxSource::fail(const QString& reason) const
{
    return Error::badInput(QStringLiteral("blad '%1', rij %2: %3").arg(d->sheet).arg(d->lastRow).arg(reason));
}

Result<bool> XlsxSource::next(SpreadsheetRow& row)
{
    row.clear();
    while (!d->done) {
        const auto token = d->part->readNext();
        const auto name = d->part->xml().name();
        if (token == QXmlStreamReader::Invalid)
            return fail(d->part->error().message);
        if (token == QXmlStreamReader::EndDocument || (token == QXmlStreamReader::EndElement && name == u"sheetData"))
            d->done = true;
        if (token != QXmlStreamReader::StartElement || name != u"row")
            continue;
        const auto r = d->part->xml().attributes().value(QLatin1String("r"));
        bool ok = true;
        const int number = r.isEmpty() ? d->lastRow + 1 : r.toInt(&ok);
        if (!ok || number < 1 || number > maxRows)
            return fail(QStringLiteral("rijnummer '%1' is ongeldig (1 tot en met %2)").arg(r.toString()).arg(maxRows));
        if (number <= d->lastRow)
            return fail(
                QStringLiteral("rij %1 staat na rij %2; de rijen staan niet op volgorde").arg(number).arg(d->lastRow));
        d->lastRow = number;
        if (auto read = readRow(row, number); !read.ok())
            return read;
        if (!row.isEmpty()) {
            d->row = number;
            return true;
        }
    }
    return false;
}

// The cells of the <row> just begun, up to its end.
Result<bool> XlsxSource::readRow(SpreadsheetRow& row, int number)
{
    RawCell cell;
    int column = -1;
    bool inValue = false, inText = false;
    int phonetic = 0;
    for (;;) {
        const auto token = d->part->readNext();
        const auto& xml = d->part->xml();
        switch (token) {
        case QXmlStreamReader::Invalid:
            return fail(d->part->error().message);
        case QXmlStreamReader::EndDocument:
            return fail(QStringLiteral("het blad houdt halverwege de rij op"));
        case QXmlStreamReader::StartElement:
            if (xml.name() == u"c") {
                const auto a = xml.attributes();
                const auto ref = a.value(QLatin1String("r"));
                column = ref.isEmpty() ? column + 1 : columnOf(ref);
                if (column < 0 || column >= maxColumns)
                    return fail(ref.isEmpty() ? QStringLiteral("meer dan %1 kolommen").arg(maxColumns)
                                              : QStringLiteral("celverwijzing '%1' is ongeldig").arg(ref.toString()));
                // Cleared, not made anew: the strings keep their capacity from cell to cell.
                const auto type = a.value(QLatin1String("t"));
                if (type.isEmpty())
                    cell.type.clear();
                else
                    cell.type = type.toString();
                cell.style = a.value(QLatin1String("s")).toInt();
                cell.hasValue = false;
                cell.value.clear();
                cell.inlineText.clear();
            } else if (xml.name() == u"v") {
                inValue = cell.hasValue = true;
            } else if (xml.name() == u"t") {
                inText = true;
            } else if (xml.name() == u"rPh") {
                ++phonetic;
            }
            break;
        case QXmlStreamReader::Characters:
            if (inValue)
                cell.value += xml.text();
            else if (inText && phonetic == 0)
                cell.inlineText += xml.text();
            if (cell.value.size() > maxCellChars || cell.inlineText.size() > maxCellChars)
                return fail(QStringLiteral("cel %1%2 heeft meer dan een miljoen tekens")
                                .arg(spreadsheetColumnName(column))
                                .arg(number));
            break;
        case QXmlStreamReader::EndElement:
            if (xml.name() == u"v") {
                inValue = false;
            } else if (xml.name() == u"t") {
                inText = false;
            } else if (xml.name() == u"rPh") {
                --phonetic;
            } else if (xml.name() == u"row") {
                return true;
            } else if (xml.name() == u"c" && column >= 0) {
                auto value = toCell(*d, cell, column, number);
                if (!value.ok())
                    return fail(value.errorMessage());
                if (value->type != SpreadsheetCell::Type::Empty) {
                    if (column >= row.size())
                        row.resize(column + 1);
                    row[column] = std::move(*value);
                }
            }
            break;
        default:
            break;
        }
    }
}

} // namespace dw
