// What a professional waits for at the desk, on a large database:
//   DW_BENCH_DATABASE=/tmp/big.sqlite build-test/tests/bench/desk_bench
// (make it with: draagwijzer-cli --database /tmp/big.sqlite demo --inwoners 100000)
// On a team server instead: DW_BENCH_SERVER=postgresql:///bench (draagwijzer-cli --server … demo …).
// The caseload queries run on the loader thread; the UI thread only posts the request. Figures: docs/performance.md.
#include "core/instrument.h"
#include "storage/accountstore.h"
#include "storage/auditlog.h"
#include "storage/auditquery.h"
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
        // As the app and the CLI would: logged in when the database has accounts (DRAAGWIJZER_GEBRUIKER and
        // DRAAGWIJZER_WACHTWOORD; the first account of a demo sees the whole desk).
        if (qEnvironmentVariableIsSet("DRAAGWIJZER_GEBRUIKER")) {
            const auto in = AccountStore(*opened.value())
                                .login(qEnvironmentVariable("DRAAGWIJZER_GEBRUIKER"),
                                    qEnvironmentVariable("DRAAGWIJZER_WACHTWOORD"),
                                    QStringLiteral("bench"));
            if (!in.ok()) {
                std::fprintf(stderr, "%s\n", qPrintable(in.errorMessage()));
                std::exit(2);
            }
        }
        return std::move(opened).value();
    }();
    return *db;
}

// One keystroke in the search field: the count up to its cap and the first page for the new text, "j" to "jansen"
// (the argument is the number of letters typed; each length is its own figure, since one and two letters can use no
// index). One CaseloadQuery, as the loader keeps one: the page follows the count's choice of plan.
void BM_CaseloadKeystroke(benchmark::State& state)
{
    CaseloadFilter f;
    f.zoek = QStringLiteral("jansen").left(int(state.range(0)));
    for (auto _ : state) {
        CaseloadQuery q(database());
        benchmark::DoNotOptimize(q.countUpTo(f));
        benchmark::DoNotOptimize(q.page(f, std::nullopt, CaseloadQuery::paginaGrootte));
    }
}
BENCHMARK(BM_CaseloadKeystroke)->DenseRange(1, 6)->Unit(benchmark::kMillisecond);

// The exact count that follows a capped one on the loader thread ("j" and "jansen"); no one waits for it.
void BM_CaseloadExactCount(benchmark::State& state)
{
    CaseloadFilter f;
    f.zoek = QStringLiteral("jansen").left(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(CaseloadQuery(database()).count(f));
}
BENCHMARK(BM_CaseloadExactCount)->Arg(1)->Arg(6)->Unit(benchmark::kMillisecond);

void BM_CaseloadFirstPageUnfiltered(benchmark::State& state)
{
    for (auto _ : state) {
        CaseloadQuery q(database());
        benchmark::DoNotOptimize(q.countUpTo({}));
        benchmark::DoNotOptimize(q.page({}, std::nullopt, CaseloadQuery::paginaGrootte));
    }
}
BENCHMARK(BM_CaseloadFirstPageUnfiltered)->Unit(benchmark::kMillisecond);

// The last page of the whole caseload by name, after the last row of the one before it (keyset): what scrolling to
// the end asks for last. The pages before it are read once, untimed.
void BM_CaseloadScrollToTheEnd(benchmark::State& state)
{
    CaseloadQuery q(database());
    std::optional<CaseloadRij> beforeLast;
    for (std::optional<CaseloadRij> after;;) {
        const auto page = q.page({}, after, CaseloadQuery::paginaGrootte);
        if (!page.ok() || page.value().size() < CaseloadQuery::paginaGrootte)
            break;
        beforeLast = after;
        after = page.value().constLast();
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(q.page({}, beforeLast, CaseloadQuery::paginaGrootte));
}
BENCHMARK(BM_CaseloadScrollToTheEnd)->Unit(benchmark::kMillisecond);

// A click on "Laatste meting": the first page, newest first.
void BM_CaseloadSortedByLastMeeting(benchmark::State& state)
{
    CaseloadFilter f;
    f.sort = CaseloadFilter::Sort::LaatsteMeting;
    f.descending = true;
    for (auto _ : state) {
        CaseloadQuery q(database());
        benchmark::DoNotOptimize(q.countUpTo(f));
        benchmark::DoNotOptimize(q.page(f, std::nullopt, CaseloadQuery::paginaGrootte));
    }
}
BENCHMARK(BM_CaseloadSortedByLastMeeting)->Unit(benchmark::kMillisecond);

void BM_CaseloadQuadrantAndGemeente(benchmark::State& state)
{
    for (auto _ : state) {
        CaseloadFilter f;
        f.gemeente = QStringLiteral("Venlo");
        f.kwadrantInwoner = Kwadrant::Zwak;
        CaseloadQuery q(database());
        benchmark::DoNotOptimize(q.countUpTo(f));
        benchmark::DoNotOptimize(q.page(f, std::nullopt, CaseloadQuery::paginaGrootte));
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

// The same without its audit row and access check (the app's reload after its own save): the difference is what the
// audit costs a read.
void BM_OpenDossierWithoutAudit(benchmark::State& state)
{
    int i = 0;
    for (auto _ : state) {
        const QString ref = QStringLiteral("ENS-%1").arg(1 + (i++ * 7919) % 16000, 6, 10, QLatin1Char('0'));
        benchmark::DoNotOptimize(
            DossierStore(database(), Instrument::standaard()).load(ref, DossierStore::Audit::AlreadyOpen));
    }
}
BENCHMARK(BM_OpenDossierWithoutAudit)->Unit(benchmark::kMillisecond);

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

// As the app saves it: the access check, the meting and its chained audit row in one transaction.
void BM_SaveMetingWithAudit(benchmark::State& state)
{
    MetingRepository repo(database(), Instrument::standaard());
    const auto mm = repo.load(1).value();
    const Meting meting = *mm.first().inwoner;
    for (auto _ : state)
        benchmark::DoNotOptimize(AuditLog(database()).withChange(QStringLiteral("meting opgeslagen"), 1, [&] {
            return repo.saveMeting(mm.first().id, meting);
        }));
}
BENCHMARK(BM_SaveMetingWithAudit)->Unit(benchmark::kMillisecond);

// The audit viewer's first page (500 rows, newest first) for: 0 no filter, 1 one inwoner, 2 one user, 3 the last
// week, 4 one week a year ago, 5 "wie heeft dit dossier ingezien".
void BM_AuditViewerFilter(benchmark::State& state)
{
    AuditFilter f;
    const QDate today = QDate::currentDate();
    switch (state.range(0)) {
    case 1:
        f.inwonerRef = QStringLiteral("ENS-000042");
        break;
    case 2:
        f.gebruiker = QStringLiteral("S. Öztürk");
        break;
    case 3:
        f.van = today.addDays(-7);
        break;
    case 4:
        f.van = today.addYears(-1);
        f.tot = today.addYears(-1).addDays(7);
        break;
    case 5:
        f.inwonerRef = QStringLiteral("ENS-000042");
        f.actie = QStringLiteral("dossier gelezen");
        break;
    default:
        break;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(AuditQuery(database()).page(f, 0, 500));
}
BENCHMARK(BM_AuditViewerFilter)->DenseRange(0, 5)->Unit(benchmark::kMillisecond);

// Logging in: reading the account, Argon2id (libsodium's interactive limits) and the audit row.
void BM_Login(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(AccountStore(database())
                                     .login(qEnvironmentVariable("DRAAGWIJZER_GEBRUIKER"),
                                         qEnvironmentVariable("DRAAGWIJZER_WACHTWOORD"),
                                         QStringLiteral("bench")));
}
BENCHMARK(BM_Login)->Unit(benchmark::kMillisecond)->Iterations(5);

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
