// libFuzzer target for the importer: any bytes must give either dossiers or a Dutch reason, never a crash, a hang,
// undefined behaviour or a leak. What is read back must write and read again the same (round trip).
#include "core/exchangeformat.h"
#include "core/instrument.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const dw::ExchangeFormat format(dw::Instrument::standaard());
    const auto read = format.read(bytes);
    if (!read.ok()) {
        if (read.errorMessage().isEmpty())
            std::abort(); // a refusal must say why
        return 0;
    }
    const auto again = format.read(format.write(read.value()));
    if (!again.ok() || again->size() != read->size())
        std::abort();
    return 0;
}
