#include "clock.h"

namespace dw {

const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace dw
