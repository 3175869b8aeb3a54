#pragma once

#include "aanmelden/schermslot.h"
#include "mainwindow/mainwindow.h"

#include <QTest>

namespace dw::test {

// The idle lock as a user meets it, on a desk or a team server: after the idle time the window's contents are
// hidden, a wrong password leaves it locked, the right one shows them again. QVERIFY returns from this function
// only: call it as QVERIFY(idleLockHoldsUntil(window, password)).
inline bool idleLockHoldsUntil(MainWindow& window, const QString& password)
{
    Schermslot* slot = window.schermslot();
    if (!slot)
        return false;
    slot->setIdleMs(200);
    if (!QTest::qWaitFor([slot] { return slot->isLocked(); }, 3000) || window.centralWidget()->isVisible())
        return false;
    if (slot->unlock(QStringLiteral("niet-het-goede-1")) || !slot->isLocked())
        return false;
    return slot->unlock(password) && !slot->isLocked() && window.centralWidget()->isVisible();
}

} // namespace dw::test
