// What a professional waits for at the desk, on a large database:
//   DW_BENCH_DATABASE=/tmp/big.sqlite build-test/tests/bench/desk_bench
// (make it with: draagwijzer-cli --database /tmp/big.sqlite demo --inwoners 100000)
// On a team server instead: DW_BENCH_SERVER=postgresql:///bench (draagwijzer-cli --server … demo …).
// The caseload queries run on the loader thread; the UI thread only posts the request. Figures: docs/performance.md.
#include "core/instrument.h"
#include "storage/caseloadquery.h"
#include "storage/cohortquery.h"
#include "storage/database.h"
#include "storage/dossierstore.h"
#include "storage/metingrepository.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include <cstdlib>

using namespace dw;

namespace {

Database& database()
{
    static std::unique_ptr<Database> db = [] {
        const char* path = std::getenv("DW_BENCH_DATABASE");
        const char* server = std::getenv("DW_BENCH_SERVER");
        auto address = ServerAddress::parse(QString::fromLocal8Bit(server ? server : ""));
        auto opened = server && address.ok() ? Database::openServer(address.value())
                                             : Database::open(QString::fromLocal8Bit(path ? path : "/tmp/big.sqlite"));
        if (!opened.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
            std::exit(2);
        }
        return std::move(opened).value();
    }();
    return *db;
}

// One keystroke in the search field: the count and the first page for the new text, "j" to "jansen" (the argument
// is the number of letters typed; each length is its own figure, since one and two letters can use no index).
void BM_CaseloadKeystroke(benchmark::State& state)
{
    CaseloadFilter f;
    f.zoek = QStringLiteral("jansen").left(int(state.range(0)));
    for (auto _ : state) {
        CaseloadQuery q(database());
        benchmark::DoNotOptimize(q.count(f));
        benchmark::DoNotOptimize(q.page(f, 0, 500));
    }
}
BENCHMARK(BM_CaseloadKeystroke)->DenseRange(1, 6)->Unit(benchmark::kMillisecond);

void BM_CaseloadFirstPageUnfiltered(benchmark::State& state)
{
    for (auto _ : state) {
        CaseloadQuery q(database());
        benchmark::DoNotOptimize(q.count({}));
        benchmark::DoNotOptimize(q.page({}, 0, 500));
    }
}
BENCHMARK(BM_CaseloadFirstPageUnfiltered)->Unit(benchmark::kMillisecond);

void BM_CaseloadScrollToTheEnd(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(CaseloadQuery(database()).page({}, 99500, 500));
}
BENCHMARK(BM_CaseloadScrollToTheEnd)->Unit(benchmark::kMillisecond);

void BM_CaseloadQuadrantAndGemeente(benchmark::State& state)
{
    for (auto _ : state) {
        CaseloadFilter f;
        f.gemeente = QStringLiteral("Venlo");
        f.kwadrantInwoner = Kwadrant::Zwak;
        CaseloadQuery q(database());
        benchmark::DoNotOptimize(q.count(f));
        benchmark::DoNotOptimize(q.page(f, 0, 500));
    }
}
BENCHMARK(BM_CaseloadQuadrantAndGemeente)->Unit(benchmark::kMillisecond);

void BM_OpenDossier(benchmark::State& state)
{
    int i = 0;
    for (auto _ : state) {
        const QString ref = QStringLiteral("ENS-%1").arg(1 + (i++ * 7919) % 16000, 6, 10, QLatin1Char('0'));
        benchmark::DoNotOptimize(DossierStore(database(), Instrument::standaard()).load(ref));
    }
}
BENCHMARK(BM_OpenDossier)->Unit(benchmark::kMillisecond);

// Saving a meting: answers, draaglast and derived figures in one transaction (with fsync: synchronous = FULL).
void BM_SaveMeting(benchmark::State& state)
{
    MetingRepository repo(database(), Instrument::standaard());
    const auto mm = repo.load(1).value();
    const Meting meting = *mm.first().inwoner;
    for (auto _ : state)
        benchmark::DoNotOptimize(repo.saveMeting(mm.first().id, meting));
}
BENCHMARK(BM_SaveMeting)->Unit(benchmark::kMillisecond);

void BM_CohortReport(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(CohortQuery(database()).run());
}
BENCHMARK(BM_CohortReport)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
