#pragma once

#include "storage/database.h"

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QTimer>

namespace dw {

class Clock;

// The scheduled automatic backup: every `intervalHours` (checked each quarter of an hour and shortly after start)
// a verified copy goes to <database folder>/backups/draagwijzer-JJJJMMDD-UUMMSS.sqlite on a thread of its own,
// and only the newest `keep` automatic backups are kept.
class AutoBackup : public QObject
{
    Q_OBJECT
public:
    AutoBackup(Connector connector, const Clock& clock, QObject* parent = nullptr);
    ~AutoBackup() override;

    void configure(int intervalHours, int keep);
    void start(); // checks now and then periodically
    void runNow();
    QString folder() const;
    bool isRunning() const { return m_thread.isRunning(); }

Q_SIGNALS:
    void finished(bool ok, const QString& messageOrPath);

private:
    void checkDue();

    Connector m_connector;
    const Clock& m_clock;
    QTimer m_timer;
    QThread m_thread;
    int m_intervalHours = 24;
    int m_keep = 7;
};

} // namespace dw
