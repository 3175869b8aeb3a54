#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QDialog;
class QWidget;

namespace dw {

class Database;
class SlotschermDialog;

// The idle lock (issue 14): after a while without keyboard or mouse, or at Ctrl+L, the window's contents are hidden
// behind a full-screen lock that only the logged-in account's password opens. Failed tries count towards the
// account's lock like failed logins. Only with a session: a database without accounts has nobody to unlock.
class Schermslot : public QObject
{
    Q_OBJECT
public:
    Schermslot(Database& db, QWidget* window);
    ~Schermslot() override;

    void setIdleMinutes(int minutes);
    void setIdleMs(int ms); // tests
    bool isLocked() const;
    void lock();
    // For tests and the lock's own button: tries `password`; false with the reason shown when it is wrong.
    bool unlock(const QString& password);
    QDialog* dialog() const; // while locked

Q_SIGNALS:
    void lockedChanged(bool locked);
    void afmelden(); // the user chose to log out from the lock screen

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Database& m_db;
    QWidget* m_window;
    QTimer m_idle;
    std::unique_ptr<SlotschermDialog> m_dialog;
};

} // namespace dw
