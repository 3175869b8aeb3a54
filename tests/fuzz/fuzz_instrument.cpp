// libFuzzer target for the instrument loader: malformed instruments are refused with a reason, never a crash.
#include "core/instrument.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto loaded
        = dw::Instrument::fromJson(QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    if (!loaded.ok() && loaded.errorMessage().isEmpty())
        std::abort();
    if (loaded.ok()) {
        // A loaded instrument answers its own questions consistently.
        for (const auto& item : loaded->perspectief(dw::Perspectief::Inwoner).items) {
            if (loaded->item(item.code) == nullptr)
                std::abort();
        }
    }
    return 0;
}
