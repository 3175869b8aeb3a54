#include "changelistener.h"

#include "log.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace dw {

namespace {
const QString channel = QStringLiteral("draagwijzer_wijziging");

QVariant one(QSqlDatabase& connection, const QString& sql)
{
    QSqlQuery q(connection);
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}
} // namespace

ChangeListener::ChangeListener(const Connector& connector, Database& own, QObject* parent)
    : QObject(parent)
{
    if (!connector.isServer())
        return;
    auto opened = connector.openReader();
    if (!opened.ok()) {
        log::warn("wijzigingen_niet_gevolgd", {});
        return;
    }
    m_connection = std::move(opened).value();
    m_schema = one(m_connection->connection(), QStringLiteral("SELECT current_schema()")).toString();
    m_ownBackend = one(own.connection(), QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
    QSqlDriver* driver = m_connection->connection().driver();
    connect(driver,
        &QSqlDriver::notification,
        this,
        [this](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
            if (name == channel)
                received(payload.toString());
        });
    m_listening = driver->subscribeToNotification(channel);
    if (!m_listening)
        log::warn("wijzigingen_niet_gevolgd", {});
}

ChangeListener::~ChangeListener()
{
    // A connection the server closed has no subscription left to end (and is not to be connected again for it).
    if (connected())
        m_connection->connection().driver()->unsubscribeFromNotification(channel);
}

bool ChangeListener::connected() const
{
    return m_listening && m_connection->connectionAlive();
}

void ChangeListener::received(const QString& payload)
{
    // "schema inwoner_id backend_pid" (migration 6); other schemas on the same server are other teams.
    const QStringList parts = payload.split(QLatin1Char(' '));
    if (parts.size() != 3 || parts.at(0) != m_schema)
        return;
    bool ok = false;
    const qint64 inwonerId = parts.at(1).toLongLong(&ok);
    if (!ok)
        return;
    Q_EMIT inwonerChanged(inwonerId, parts.at(2).toLongLong() == m_ownBackend);
}

} // namespace dw
