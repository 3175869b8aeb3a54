#include "integritycheck.h"

#include "core/instrument.h"
#include "storage/database.h"
#include "storage/verifier.h"

#include <QElapsedTimer>

namespace dw {

IntegrityCheck::IntegrityCheck(Connector connector, QObject* parent)
    : QObject(parent)
    , m_connector(std::move(connector))
{
    qRegisterMetaType<QStringList>();
}

IntegrityCheck::~IntegrityCheck()
{
    m_thread.requestInterruption();
    m_thread.quit();
    m_thread.wait();
}

void IntegrityCheck::start()
{
    auto* worker = new QObject;
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(&m_thread, &QThread::started, worker, [this] {
        QElapsedTimer timer;
        timer.start();
        QStringList problems;
        {
            auto db = m_connector.openReader();
            if (!db.ok()) {
                problems << db.errorMessage();
            } else {
                const auto report = Verifier(*db.value(), Instrument::standaard()).run(true);
                problems = report.ok() ? report->problems : QStringList {report.errorMessage()};
            }
        }
        m_checking = false;
        Q_EMIT finished(problems, timer.elapsed());
    });
    m_checking = true;
    m_thread.setObjectName(QStringLiteral("integrity-check"));
    m_thread.start(QThread::LowestPriority);
}

} // namespace dw
