#include "spreadsheetfile.h"

#include "csvsource.h"
#include "xlsxsource.h"

#include <QFile>
#include <QFileInfo>

namespace dw {

namespace {

// An OLE compound file is an old .xls, or an .xlsx with a password: that one holds a stream "EncryptedPackage",
// named in UTF-16 in the directory near the start of the file.
bool isEncryptedWorkbook(QFile& file)
{
    const QString name = QStringLiteral("EncryptedPackage");
    const QByteArray utf16(reinterpret_cast<const char*>(name.utf16()), name.size() * 2);
    file.seek(0);
    return file.read(1 << 20).contains(utf16);
}

} // namespace

Result<std::unique_ptr<SpreadsheetSource>> openSpreadsheet(const QString& path, const QString& sheet)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error::badInput(QStringLiteral("%1 kan niet geopend worden: %2").arg(path, file->errorString()));
    const QByteArray magic = file->peek(8);
    if (magic.startsWith("PK\x03\x04") || magic.startsWith("PK\x05\x06")) {
        file.reset(); // libzip opens the file by its path
        auto xlsx = XlsxSource::open(path, sheet);
        if (!xlsx.ok())
            return xlsx.error();
        return std::unique_ptr<SpreadsheetSource>(std::move(*xlsx));
    }
    if (magic == QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) {
        if (isEncryptedWorkbook(*file))
            return Error::badInput(QStringLiteral(
                "Dit Excel-bestand is met een wachtwoord beveiligd; sla het zonder wachtwoord op als .xlsx of .csv"));
        return Error::badInput(QStringLiteral("Dit is een oud Excel-bestand (.xls); sla het op als .xlsx of .csv"));
    }
    const QString name = QFileInfo(path).completeBaseName();
    if (!sheet.isEmpty() && sheet.compare(name, Qt::CaseInsensitive) != 0)
        return Error::badInput(QStringLiteral("blad '%1' bestaat niet; dit bestand heeft: %2").arg(sheet, name));
    return std::unique_ptr<SpreadsheetSource>(std::make_unique<CsvSource>(std::move(file), name));
}

Result<QVector<NumberedRow>> readSpreadsheetRows(const QString& path, const QString& sheet, int maxRows)
{
    auto source = openSpreadsheet(path, sheet);
    if (!source.ok())
        return source.error();
    QVector<NumberedRow> rows;
    SpreadsheetRow row;
    while (rows.size() < maxRows) {
        auto more = (*source)->next(row);
        if (!more.ok())
            return more.error();
        if (!*more)
            break;
        rows.append({(*source)->rowNumber(), row});
    }
    return rows;
}

} // namespace dw
