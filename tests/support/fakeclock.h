#pragma once

#include "core/clock.h"

namespace dw::test {

// A clock that stands still until a test moves it (as KeePassXC's MockClock).
class FakeClock final : public Clock
{
public:
    explicit FakeClock(QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(9, 0)))
        : m_now(std::move(now))
    { }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now; }
    void advanceDays(int days) { m_now = m_now.addDays(days); }
    void advanceMonths(int months) { m_now = m_now.addMonths(months); }

private:
    QDateTime m_now;
};

} // namespace dw::test
