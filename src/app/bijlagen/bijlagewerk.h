#pragma once

#include "storage/bijlagerepository.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

namespace dw {

// Runs `work` (given a BijlageRepository::Voortgang) on a thread of its own, as runBusy does (common/busywork.h), but
// with a bar and Annuleren: the part being written or read is reported through atomics, the bar follows them on a
// timer, and Annuleren makes the next Voortgang call return false. `work` opens its own connection (a connection
// belongs to one thread). Shown only when it takes longer than half a second.
template<typename Work>
auto metVoortgang(QWidget* parent, const QString& label, Work work) -> decltype(work(BijlageRepository::Voortgang {}))
{
    std::optional<decltype(work(BijlageRepository::Voortgang {}))> result;
    std::atomic<qint64> gedaan {0};
    std::atomic<qint64> totaal {0};
    std::atomic<bool> stoppen {false};
    QProgressDialog bezig(label, QObject::tr("Annuleren"), 0, 1000, parent);
    bezig.setWindowModality(Qt::WindowModal);
    bezig.setMinimumDuration(500);
    bezig.setAutoClose(false);
    bezig.setAutoReset(false);
    bezig.setValue(0);
    QObject::connect(&bezig, &QProgressDialog::canceled, &bezig, [&stoppen] { stoppen = true; });
    QTimer volgen;
    volgen.setInterval(100);
    QObject::connect(&volgen, &QTimer::timeout, &bezig, [&] {
        const qint64 t = totaal;
        if (t > 0 && !stoppen)
            bezig.setValue(int(std::min<qint64>(999, gedaan * 1000 / t)));
    });
    const BijlageRepository::Voortgang voortgang = [&gedaan, &totaal, &stoppen](qint64 g, qint64 t) {
        gedaan = g;
        totaal = t;
        return !stoppen;
    };
    QEventLoop loop;
    const std::unique_ptr<QThread> thread(
        QThread::create([&result, &work, &voortgang] { result.emplace(work(voortgang)); }));
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    volgen.start();
    thread->start();
    loop.exec();
    thread->wait();
    volgen.stop();
    return std::move(*result);
}

} // namespace dw
