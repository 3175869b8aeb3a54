#pragma once

#include "clock.h"
#include "dossier.h"
#include "instrument.h"
#include "result.h"
#include "socialekaart.h"

#include <algorithm>
#include <atomic>
#include <functional>

class QIODevice;

namespace dw {

// Reads a draagwijzer/1 file as a stream: one inwoner at a time is held in memory, checked and handed on, so a
// file of any size is read in the same small amount of memory. The first problem stops the read; its message
// names the JSON path and the line and column in the file ("inwoners[3] (ref X).meetmomenten[0].datum: ontbreekt
// (regel 40, kolom 13)").
class ExchangeReader
{
public:
    // Called once per inwoner, in file order, after it has been checked. A failed Status stops the read and is
    // what read() returns.
    using Sink = std::function<Status(Dossier&& dossier)>;

    explicit ExchangeReader(const Instrument& instrument, const Clock& clock = Clock::system())
        : m_instrument(instrument)
        , m_clock(clock)
    { }

    // Reads `device` (open for reading) to its end. Meetmomenten come numbered by date (equal dates keep file
    // order). Whatever `sink` received before a failure is the caller's to undo (one transaction).
    Status read(QIODevice& device, const Sink& sink);
    // The same, but the file is read and checked on a thread of its own, a few dossiers ahead of `sink`, which runs
    // on the calling thread (where its database connection lives): on two cores an import takes as long as the
    // slower of reading and writing, not both together. `device` is the reading thread's until this returns;
    // bytesRead() says how far it got, for progress.
    Status readAhead(QIODevice& device, const Sink& sink);
    qint64 bytesRead() const { return m_bytesRead.load(std::memory_order_relaxed); }
    // The top-level "sociale_kaart", once read() has succeeded (it may stand after the inwoners).
    const QVector<Voorziening>& socialeKaart() const { return m_socialeKaart; }
    int inwonerCount() const { return m_inwonerCount; }
    // How many inwoners a file of `bytes` holds, roughly (an exported demo inwoner takes 8.5-8.9 KB, measured at
    // 100,000): enough to choose how to import.
    static int estimatedInwoners(qint64 bytes) { return static_cast<int>(std::min<qint64>(bytes / 8192, 1 << 30)); }

private:
    const Instrument& m_instrument;
    const Clock& m_clock;
    QVector<Voorziening> m_socialeKaart;
    int m_inwonerCount = 0;
    std::atomic<qint64> m_bytesRead {0};
};

} // namespace dw
