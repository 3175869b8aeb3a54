#pragma once

// The parts of an XLSX file (a zip of XML parts) that XlsxSource reads before the sheet: internal to it.

#include "core/result.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QXmlStreamReader>

#include <memory>
#include <optional>

struct zip;
struct zip_file;

namespace dw::xlsx {

// One XML part of the zip, inflated chunk by chunk into a QXmlStreamReader: a part of any size is read in little
// memory, and never more than `maxBytes` of it.
class ZipPart
{
public:
    // The part `name` (a path inside the zip, e.g. "xl/workbook.xml"); no part (a null pointer) when the zip has
    // none of that name.
    static Result<std::unique_ptr<ZipPart>> open(zip* archive, const QString& name, quint64 maxBytes);
    ~ZipPart();
    ZipPart(const ZipPart&) = delete;
    ZipPart& operator=(const ZipPart&) = delete;

    // The next token, feeding the reader as it needs; Invalid on an error (then error() says what).
    QXmlStreamReader::TokenType readNext();
    const QXmlStreamReader& xml() const { return m_xml; }
    Error error() const;

private:
    ZipPart(zip_file* file, QString name, quint64 maxBytes);

    zip_file* m_file;
    QString m_name;
    quint64 m_maxBytes;
    quint64 m_read = 0;
    bool m_eof = false;
    QString m_failure;
    QXmlStreamReader m_xml;
};

struct SheetEntry
{
    QString name;
    QString part; // the worksheet's part in the zip; empty for a chart sheet
};

struct Workbook
{
    QVector<SheetEntry> sheets; // in workbook order
    bool date1904 = false;
    QString sharedStringsPart;
    QString stylesPart;
};

// _rels/.rels, the workbook and its rels: the sheets and where the other parts are.
Result<Workbook> readWorkbook(zip* archive);
// For each cell style (cellXfs, the `s` of a cell): whether its number format shows a date.
Result<QVector<bool>> readDateStyles(zip* archive, const QString& part);
// The shared strings, rich-text runs joined, phonetic runs (rPh) left out.
Result<QStringList> readSharedStrings(zip* archive, const QString& part, quint64 maxBytes);

// Whether a number format shows a date: built-in ids 14-17, 22, 27-36, 50-58 (the Asian date formats) or a
// format code with a day, month or year in it (d, m, y, or j of jaar) outside quotes and brackets, not only a time.
bool isDateFormat(int numFmtId);
bool isDateFormatCode(const QString& code);
// Serial numbers to days and back: excelDate and excelSerial in core/spreadsheet.h, which the mapping uses too.

} // namespace dw::xlsx
