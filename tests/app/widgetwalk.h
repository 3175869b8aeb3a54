#pragma once

// Issue 20: walking a window as a screen reader and a keyboard user meet it. Shared by accessiblenames_test (every
// control has a name) and taborder_test (Tab reaches every control in reading order and comes back).
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QTest>
#include <QWidget>

#include <algorithm>

namespace dw::test {

inline QString beschrijf(const QWidget* w)
{
    return QStringLiteral("%1 (%2 in %3)")
        .arg(w->objectName(),
            QLatin1String(w->metaObject()->className()),
            QLatin1String(w->parentWidget() ? w->parentWidget()->metaObject()->className() : "-"));
}

// The controls of `root` that Tab can reach, as the user sees them now: visible, enabled, taking focus by Tab.
// Leaves out the parts that hand their focus on (a spin box's or a combo box's line edit, a view's viewport).
inline QList<QWidget*> tabbareControls(QWidget* root)
{
    QList<QWidget*> uit;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root) || !(w->focusPolicy() & Qt::TabFocus) || !w->isEnabled() || w->focusProxy())
            continue;
        if (qobject_cast<QAbstractSpinBox*>(w->parentWidget()) || qobject_cast<QComboBox*>(w->parentWidget()))
            continue;
        if (auto* area = qobject_cast<QAbstractScrollArea*>(w->parentWidget()); area && area->viewport() == w)
            continue;
        uit << w;
    }
    return uit;
}

// The controls of `root` that a screen reader would announce without a name.
inline QStringList naamloos(QWidget* root)
{
    QStringList uit;
    for (QWidget* w : tabbareControls(root)) {
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || !iface->text(QAccessible::Name).trimmed().isEmpty())
            continue;
        uit << beschrijf(w);
    }
    uit.removeDuplicates();
    return uit;
}

// Labels with an Alt letter (mnemonic) but no buddy: the letter does nothing, and a screen reader does not hear
// the label with its field.
inline QStringList labelsZonderBuddy(QWidget* root)
{
    QStringList uit;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        const QString tekst = QString(label->text()).remove(QStringLiteral("&&"));
        if (label->isVisibleTo(root) && tekst.contains(QLatin1Char('&')) && !label->buddy()
            && label->textFormat() != Qt::RichText && !Qt::mightBeRichText(tekst))
            uit << QStringLiteral("%1 \"%2\"").arg(beschrijf(label), label->text());
    }
    return uit;
}

struct TabRonde
{
    QList<QWidget*> volgorde; // each control as Tab first reached it
    bool rond = false; // focus came back to where it started
    QString val; // where focus stayed put: a keyboard trap
};

// Presses Tab in `window` until focus is back at the start. A control may keep focus for a few presses (a text
// browser steps through its links), but not for `geduld` presses in a row: that is a trap.
inline TabRonde tabRonde(QWidget* window, int maxStappen = 400, int geduld = 40)
{
    TabRonde r;
    QWidget* start = QApplication::focusWidget();
    if (!start || !window->isAncestorOf(start)) {
        const QList<QWidget*> controls = tabbareControls(window);
        if (controls.isEmpty())
            return r;
        controls.first()->setFocus(Qt::TabFocusReason);
        start = QApplication::focusWidget();
    }
    if (!start)
        return r;
    r.volgorde << start;
    // Focus that stays put is a trap, also at the start (it must not pass for a round of one), unless the window
    // has only the one control.
    const bool alleen = tabbareControls(window).size() == 1;
    int stil = 0;
    for (int i = 0; i < maxStappen; ++i) {
        QWidget* voor = QApplication::focusWidget();
        QTest::keyClick(voor, Qt::Key_Tab);
        QWidget* na = QApplication::focusWidget();
        if (na == voor && !alleen) {
            if (++stil >= geduld) {
                r.val = beschrijf(na);
                return r;
            }
            continue;
        }
        if (na == start) {
            r.rond = true;
            return r;
        }
        stil = 0;
        if (na && !r.volgorde.contains(na))
            r.volgorde << na;
    }
    return r;
}

// The controls Tab never reached.
inline QStringList gemist(QWidget* window, const TabRonde& r)
{
    QStringList uit;
    for (QWidget* w : tabbareControls(window))
        if (!r.volgorde.contains(w))
            uit << beschrijf(w);
    return uit;
}

// Where the Tab order jumps back against the reading order (top to bottom, left to right) within one container:
// the next control starts clearly above the previous one, in the same column. Moving on to the next column, or out
// of a container, is reading order too.
inline QStringList tegenLeesvolgorde(QWidget* window, const TabRonde& r)
{
    QStringList uit;
    for (qsizetype i = 1; i < r.volgorde.size(); ++i) {
        QWidget* a = r.volgorde.at(i - 1);
        QWidget* b = r.volgorde.at(i);
        if (a->parentWidget() != b->parentWidget())
            continue;
        const QRect ra(a->mapTo(window, QPoint(0, 0)), a->size());
        const QRect rb(b->mapTo(window, QPoint(0, 0)), b->size());
        const bool hoger = rb.bottom() < ra.top();
        const bool zelfdeKolom = rb.left() < ra.right() && rb.right() > ra.left();
        if (hoger && zelfdeKolom)
            uit << QStringLiteral("%1 -> %2").arg(beschrijf(a), beschrijf(b));
    }
    return uit;
}

} // namespace dw::test
