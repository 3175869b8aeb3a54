#pragma once

#include "core/spreadsheet.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <memory>

namespace dw {

// A CSV file the way Dutch Excel writes it, read record by record (docs/spreadsheet-lezers.md):
// - the separator (';', ',' or tab) is the most frequent one outside quotes on the first non-empty line; a first
//   line "sep=;" names it (and is not a row);
// - UTF-8 (with or without BOM) or Windows-1252: a record that is not valid UTF-8 is read as Windows-1252, and so
//   is every record after it (what came before was ASCII, the same in both);
// - fields in double quotes with "" for a quote and line ends inside (given as "\n"); CRLF, LF or CR line ends.
// Every cell is Text or Empty: decimal commas and dates are the mapping's business. Rows are numbered as Excel
// shows them: one row per record, so a quoted line end does not start a new row; rows without any text are
// skipped (but counted). Trailing empty cells are left off.
class CsvSource : public SpreadsheetSource
{
public:
    enum class Encoding { Utf8, Windows1252 };

    // Reads `device`, which must be open for reading (not in Text mode) and outlive this source.
    CsvSource(QIODevice* device, QString sheetName);
    // Reads a device it owns: a QFile, or a QBuffer of bytes in memory.
    CsvSource(std::unique_ptr<QIODevice> device, QString sheetName);
    // The file at `path`; its sheet is named after the file's base name.
    static Result<std::unique_ptr<CsvSource>> open(const QString& path);
    ~CsvSource() override;

    Result<bool> next(SpreadsheetRow& row) override;
    int rowNumber() const override { return m_returned; }
    QStringList sheetNames() const override { return {m_sheetName}; }

    // Known after the first next(): the separator found, and the encoding of the rows read so far.
    char separator() const { return m_separator; }
    Encoding encoding() const { return m_encoding; }

    // Limits against files that are no table: a field of more than 1 MB, more rows or columns than Excel has.
    static constexpr qsizetype maxFieldBytes = 1 << 20;
    static constexpr int maxRows = 1048576;
    static constexpr int maxColumns = 16384;

private:
    int peekByte();
    int takeByte();
    bool fill();
    Result<bool> start();
    Result<bool> readRecord(QVector<QByteArray>& fields);
    Error fail(const QString& reason) const;

    std::unique_ptr<QIODevice> m_owned;
    QIODevice* m_device = nullptr;
    QString m_sheetName;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_atEnd = false;
    bool m_readError = false;
    bool m_started = false;
    char m_separator = ';';
    Encoding m_encoding = Encoding::Utf8;
    int m_row = 0; // Excel's row of the record last read, empty or not
    int m_returned = 0; // the row last returned
    qint64 m_line = 1; // the physical line the reader is on, for messages about quotes
    QVector<QByteArray> m_fields;
};

} // namespace dw
