// libFuzzer target for the XLSX reader (libzip and QXmlStreamReader): any bytes must give rows or a Dutch reason,
// never a crash, a hang, undefined behaviour or a leak. Every sheet of a workbook that opens is read.
#include "reporting/xlsxsource.h"

#include <cstdint>
#include <cstdlib>

namespace {

// Reads `sheet` to the end; the workbook's sheet names.
QStringList readSheet(const QByteArray& bytes, const QString& sheet)
{
    auto source = dw::XlsxSource::fromBytes(bytes, sheet);
    if (!source.ok()) {
        if (source.errorMessage().isEmpty())
            std::abort(); // a refusal must say why
        return {};
    }
    const QStringList names = (*source)->sheetNames();
    dw::SpreadsheetRow row;
    int previous = 0;
    for (;;) {
        const auto more = (*source)->next(row);
        if (!more.ok()) {
            if (more.errorMessage().isEmpty())
                std::abort();
            return names;
        }
        if (!*more)
            return names;
        const int number = (*source)->rowNumber();
        if (number <= previous || number > dw::XlsxSource::maxRows || row.isEmpty()
            || row.size() > dw::XlsxSource::maxColumns)
            std::abort();
        for (const auto& cell : row) {
            if (cell.type == dw::SpreadsheetCell::Type::Date && !cell.date.isValid())
                std::abort();
        }
        previous = number;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QStringList names = readSheet(bytes, {});
    for (const QString& name : names.mid(0, 4))
        readSheet(bytes, name);
    return 0;
}
