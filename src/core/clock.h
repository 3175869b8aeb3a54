#pragma once

#include <QDate>
#include <QDateTime>

namespace dw {

// Everything that depends on "today" asks a Clock, so tests can fix the date (tests/support/fakeclock.h).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }

    static const Clock& system();
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

} // namespace dw
