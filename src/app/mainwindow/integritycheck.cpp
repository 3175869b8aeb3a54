#include "integritycheck.h"

#include "core/instrument.h"
#include "storage/database.h"
#include "storage/verifier.h"

#include <QElapsedTimer>

namespace dw {

IntegrityCheck::IntegrityCheck(QString databasePath, QObject* parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
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
        auto db = Database::open(m_path, Database::Mode::ReadOnly);
        if (!db.ok()) {
            problems << db.errorMessage();
        } else {
            const auto report = Verifier(*db.value(), Instrument::standaard()).run(true);
            problems = report.ok() ? report->problems : QStringList {report.errorMessage()};
        }
        Q_EMIT finished(problems, timer.elapsed());
    });
    m_thread.setObjectName(QStringLiteral("integrity-check"));
    m_thread.start(QThread::LowestPriority);
}

} // namespace dw
