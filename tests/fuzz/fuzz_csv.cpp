// libFuzzer target for the CSV reader: any bytes must give rows or a Dutch reason, never a crash, a hang,
// undefined behaviour or a leak; rows are numbered upwards and stay within the limits.
#include "reporting/csvsource.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    buffer->open(QIODevice::ReadOnly);
    dw::CsvSource source(std::move(buffer), QStringLiteral("fuzz"));
    dw::SpreadsheetRow row;
    int previous = 0;
    for (;;) {
        const auto more = source.next(row);
        if (!more.ok()) {
            if (more.errorMessage().isEmpty())
                std::abort(); // a refusal must say why
            return 0;
        }
        if (!*more)
            return 0;
        if (source.rowNumber() <= previous || row.isEmpty() || row.size() > dw::CsvSource::maxColumns
            || row.constLast().type == dw::SpreadsheetCell::Type::Empty)
            std::abort();
        previous = source.rowNumber();
    }
}
