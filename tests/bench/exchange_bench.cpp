// Reading a draagwijzer/1 file without a database: what the import costs before anything is written.
//   DW_BENCH_EXPORT=/tmp/exp100k.json build-test/tests/exchange_bench
// (make it with: draagwijzer-cli --database /tmp/big.sqlite export /tmp/exp100k.json). Figures:
// docs/performance.md.
#include "core/exchangereader.h"

#include <QFile>

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <string>

using namespace dw;

namespace {

// The process's peak anonymous memory is not in /proc; VmHWM counts file pages too, which a QFile read has none of.
double peakMegabytes()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stod(line.substr(6)) / 1024.0;
    }
    return 0;
}

void BM_ReadExchangeFile(benchmark::State& state)
{
    const char* path = std::getenv("DW_BENCH_EXPORT");
    int inwoners = 0;
    for (auto _ : state) {
        QFile file(QString::fromLocal8Bit(path ? path : "/tmp/exp100k.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            state.SkipWithError("DW_BENCH_EXPORT kan niet worden gelezen");
            return;
        }
        ExchangeReader reader(Instrument::standaard());
        const Status s = reader.read(file, [](Dossier&& d) {
            benchmark::DoNotOptimize(d);
            return Status();
        });
        if (!s.ok()) {
            state.SkipWithError(qPrintable(s.errorMessage()));
            return;
        }
        inwoners = reader.inwonerCount();
    }
    state.counters["inwoners"] = inwoners;
    state.counters["peak_MB"] = peakMegabytes();
}
BENCHMARK(BM_ReadExchangeFile)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

BENCHMARK_MAIN();
