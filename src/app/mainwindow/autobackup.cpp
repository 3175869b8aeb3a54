#include "autobackup.h"

#include "core/clock.h"
#include "storage/backup.h"
#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace dw {

namespace {
const QString lastKey = QStringLiteral("backup/laatste");
}

AutoBackup::AutoBackup(Connector connector, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_connector(std::move(connector))
    , m_clock(clock)
{
    m_timer.setInterval(15 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &AutoBackup::checkDue);
    // Back on the owner's thread: let the worker thread end, remember when the last backup succeeded.
    connect(
        this,
        &AutoBackup::finished,
        this,
        [this](bool ok) {
            m_thread.wait();
            if (ok)
                QSettings().setValue(lastKey, m_clock.now());
        },
        Qt::QueuedConnection);
}

AutoBackup::~AutoBackup()
{
    m_thread.quit();
    m_thread.wait();
}

void AutoBackup::configure(int intervalHours, int keep)
{
    m_intervalHours = std::max(1, intervalHours);
    m_keep = std::max(1, keep);
}

QString AutoBackup::folder() const
{
    return m_connector.backupFolder();
}

void AutoBackup::start()
{
    m_timer.start();
    QTimer::singleShot(10 * 1000, this, &AutoBackup::checkDue);
}

void AutoBackup::checkDue()
{
    const QDateTime last = QSettings().value(lastKey).toDateTime();
    if (!last.isValid() || last.secsTo(m_clock.now()) >= m_intervalHours * 3600LL)
        runNow();
}

void AutoBackup::runNow()
{
    // A read-only session leaves nothing beside the file, not even a backups/ folder.
    if (m_thread.isRunning() || folder().isEmpty())
        return;
    const QString target = QDir(folder()).filePath(
        QStringLiteral("draagwijzer-%1.sqlite").arg(m_clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    auto* worker = new QObject;
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(&m_thread, &QThread::started, worker, [this, target, keep = m_keep] {
        Status s = QDir().mkpath(folder())
            ? Status()
            : Status(Error::failure(QStringLiteral("map voor backups kan niet worden gemaakt")));
        if (s.ok()) {
            auto db = m_connector.openReader(); // its own connection on this thread
            s = db.ok() ? Backup::create(*db.value(), target) : Status(db.error());
        }
        if (s.ok())
            s = Backup::prune(folder(), keep);
        Q_EMIT finished(s.ok(), s.ok() ? target : s.errorMessage());
        m_thread.quit();
    });
    m_thread.setObjectName(QStringLiteral("auto-backup"));
    m_thread.start(QThread::LowPriority);
}

} // namespace dw
