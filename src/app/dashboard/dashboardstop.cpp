#include "dashboardstop.h"

#include <limits>

namespace dw {

DashboardStop::DashboardStop()
    : m_stopTot(0)
{
    for (auto& w : m_werktVoor)
        w.store(0);
}

void DashboardStop::stop(int generation)
{
    int old = m_stopTot.load();
    while (old < generation && !m_stopTot.compare_exchange_weak(old, generation)) { }
    for (int v = 0; v < Verbindingen; ++v) {
        const int g = m_werktVoor[v].load();
        if (g > 0 && g <= generation)
            m_interrupters[v].interrupt();
    }
}

void DashboardStop::stopAlles()
{
    stop(std::numeric_limits<int>::max());
    for (QueryInterrupter& i : m_interrupters)
        i.interrupt();
}

} // namespace dw
