#pragma once

#include <QDate>

namespace dw {

// Decision (DESIGN.md, docs/dashboard.md): the next meetmoment is due `maanden` months after the last one
// (Instellingen::vervolgNaMaanden, 6 by default), counted as QDate::addMonths does: 31 August + 6 months is
// 28 (or 29) February. An inwoner without any meetmoment needs a nulmeting, not a follow-up. Shared by the
// follow-up lists (storage/vervolgquery.h) and the reminders (herinneringen.h).
inline QDate vervolgDatum(const QDate& laatsteMeting, int maanden)
{
    return laatsteMeting.isValid() ? laatsteMeting.addMonths(maanden) : QDate();
}

} // namespace dw
