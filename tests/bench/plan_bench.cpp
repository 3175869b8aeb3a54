// How long a professional waits for the plan van aanpak as PDF (aim: <= 250 ms per plan). No database needed:
//   QT_QPA_PLATFORM=offscreen build-release/tests/plan_bench
// Figures: docs/performance.md.
#include "core/demogenerator.h"
#include "core/instrument.h"
#include "reporting/planpdf.h"

#include <QGuiApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace dw;

namespace {

Dossier demoMetPlan()
{
    const DemoGenerator g(Instrument::standaard(), 2016);
    for (int i = 0;; ++i) {
        Dossier d = g.dossier(i);
        if (!d.plannen.isEmpty() && d.plannen.last().doelen.size() >= 3)
            return d;
    }
}

// A long plan (30 doelen, 60 interventies, 20 afspraken): the page breaks are where the time goes.
Dossier langPlan()
{
    Dossier d = demoMetPlan();
    Plan& p = d.plannen.last();
    const Plan basis = p;
    while (p.doelen.size() < 30) {
        for (const Doel& doel : basis.doelen)
            p.doelen.append(doel);
    }
    p.doelen.resize(30);
    p.interventies.clear();
    for (int i = 0; i < 60; ++i)
        p.interventies.append({QStringLiteral("netwerk_versterken"),
            QStringLiteral("Samen de netwerkkaart invullen en twee mensen benaderen (%1).").arg(i + 1),
            1 + i / 2,
            QStringLiteral("Buurtwerker"),
            QDate(2017, 1, 1).addDays(i),
            {}});
    for (int i = 0; i < 20; ++i)
        p.afspraken.append({QStringLiteral("Gesprek op het wijkteamkantoor."),
            QStringLiteral("Inwoner"),
            QDate(2017, 2, 1).addDays(7 * i)});
    return d;
}

void schrijf(benchmark::State& state, const Dossier& d)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.pdf"));
    for (auto _ : state) {
        const Status s = writePlanPdf(d, d.plannen.last(), Instrument::standaard(), path, QDate(2026, 11, 25));
        if (!s.ok())
            state.SkipWithError(qPrintable(s.errorMessage()));
    }
}

void BM_PlanPdf(benchmark::State& state)
{
    schrijf(state, demoMetPlan());
}
BENCHMARK(BM_PlanPdf)->Unit(benchmark::kMillisecond);

void BM_PlanPdfLong(benchmark::State& state)
{
    schrijf(state, langPlan());
}
BENCHMARK(BM_PlanPdfLong)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
