#pragma once

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include <memory>
#include <optional>

namespace dw {

// Runs `work` on a thread of its own while a busy dialog (no cancel: the work is one transaction) keeps the window
// painting, and returns its result. `work` opens its own connection: a connection belongs to one thread. For the
// rare long write a beheerder starts, such as removing a million audit rows (10 s, docs/performance.md).
template<typename Work> auto runBusy(QWidget* parent, const QString& label, Work work) -> decltype(work())
{
    std::optional<decltype(work())> result;
    QProgressDialog busy(label, QString(), 0, 0, parent);
    busy.setWindowModality(Qt::WindowModal);
    busy.setCancelButton(nullptr);
    busy.setMinimumDuration(300);
    QEventLoop loop;
    const std::unique_ptr<QThread> thread(QThread::create([&result, &work] { result.emplace(work()); }));
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    return std::move(*result);
}

} // namespace dw
