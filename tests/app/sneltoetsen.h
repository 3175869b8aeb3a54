#pragma once

// Issue 18, point 6: two controls in one window with the same shortcut or the same Alt letter. Qt then calls the
// shortcut ambiguous and does nothing ("Ambiguous shortcut overload"), or Alt+letter only moves the focus.
#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QHash>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QTabBar>
#include <QWidget>

namespace dw::test {

// The Alt letter of a text ("Ge&meente" -> 'm'), or a null QChar.
inline QChar altLetter(const QString& tekst)
{
    for (qsizetype i = 0; i + 1 < tekst.size(); ++i) {
        if (tekst.at(i) != QLatin1Char('&'))
            continue;
        if (tekst.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return tekst.at(i + 1).toLower();
    }
    return {};
}

// Key sequences that more than one action or QShortcut of `window` listens to (window or application wide), or
// that one action lists twice.
inline QStringList dubbeleSneltoetsen(QWidget* window)
{
    QHash<QString, QStringList> wie;
    const auto voegToe = [&wie](const QList<QKeySequence>& keys, const QString& naam) {
        for (const QKeySequence& k : keys) {
            if (!k.isEmpty())
                wie[k.toString(QKeySequence::PortableText)] << naam;
        }
    };
    for (QAction* a : window->findChildren<QAction*>()) {
        if (a->shortcutContext() == Qt::WindowShortcut || a->shortcutContext() == Qt::ApplicationShortcut)
            voegToe(a->shortcuts(), QStringLiteral("actie \"%1\"").arg(a->text()));
    }
    for (QShortcut* s : window->findChildren<QShortcut*>()) {
        if (s->context() == Qt::WindowShortcut || s->context() == Qt::ApplicationShortcut)
            voegToe(s->keys(), QStringLiteral("QShortcut van %1").arg(s->parent()->objectName()));
    }
    QStringList uit;
    for (auto it = wie.cbegin(); it != wie.cend(); ++it) {
        if (it.value().size() > 1)
            uit << QStringLiteral("%1 bij %2").arg(it.key(), it.value().join(QStringLiteral(", ")));
    }
    uit.sort();
    return uit;
}

// Alt letters used twice among what the user sees at once: the menu bar's titles and the visible buttons, labels
// with a buddy, group boxes and tabs of `window`; and within each menu.
inline QStringList dubbeleAltLetters(QWidget* window)
{
    QHash<QChar, QStringList> wie;
    const auto voegToe = [&wie](const QString& tekst) {
        if (const QChar c = altLetter(tekst); !c.isNull())
            wie[c] << tekst;
    };
    QStringList uit;
    for (QMenuBar* bar : window->findChildren<QMenuBar*>()) {
        for (QAction* a : bar->actions()) {
            if (a->isVisible())
                voegToe(a->text());
        }
    }
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window) || w->window() != window)
            continue;
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            voegToe(b->text());
        else if (auto* l = qobject_cast<QLabel*>(w); l && l->buddy())
            voegToe(l->text());
        else if (auto* g = qobject_cast<QGroupBox*>(w))
            voegToe(g->title());
        else if (auto* t = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < t->count(); ++i) {
                if (t->isTabVisible(i))
                    voegToe(t->tabText(i));
            }
        }
    }
    for (auto it = wie.cbegin(); it != wie.cend(); ++it) {
        if (it.value().size() > 1)
            uit << QStringLiteral("Alt+%1: %2").arg(it.key().toUpper(), it.value().join(QStringLiteral(" / ")));
    }
    for (QMenu* menu : window->findChildren<QMenu*>()) {
        QHash<QChar, QStringList> inMenu;
        for (QAction* a : menu->actions()) {
            if (const QChar c = altLetter(a->text()); !c.isNull() && a->isVisible())
                inMenu[c] << a->text();
        }
        for (auto it = inMenu.cbegin(); it != inMenu.cend(); ++it) {
            if (it.value().size() > 1)
                uit << QStringLiteral("menu %1, Alt+%2: %3")
                           .arg(menu->title(), it.key().toUpper(), it.value().join(QStringLiteral(" / ")));
        }
    }
    uit.sort();
    return uit;
}

} // namespace dw::test
