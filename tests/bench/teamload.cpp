// dw-teamload: many desks saving at once on one team server (docs/performance.md, "Teamserver").
//   dw-teamload --server postgresql:///bench --desks 20 --seconds 60 --interval 100
// Starts one process per desk. Each desk registers its own inwoner, then saves that inwoner's meting every
// `interval` ms, each save with another answer, and measures how long each save took. At the end the parent reads
// every desk's meting back: a lost update is a stored answer other than the one that desk saved last.
#include "core/instrument.h"
#include "storage/database.h"
#include "storage/inwonerrepository.h"
#include "storage/metingrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace dw;

namespace {

const QString item = QStringLiteral("inw.pc.1");

std::unique_ptr<Database> connect(const QString& server)
{
    auto address = ServerAddress::parse(server);
    auto db = address.ok() ? Database::openServer(address.value()) : Result<std::unique_ptr<Database>>(address.error());
    if (!db.ok()) {
        std::fprintf(stderr, "dw-teamload: %s\n", qPrintable(db.errorMessage()));
        std::exit(1);
    }
    return std::move(db).value();
}

// One desk: prints "saves errors last p50_ms p99_ms max_ms".
int desk(const QString& server, int index, int seconds, int interval)
{
    auto db = connect(server);
    const QString ref = QStringLiteral("LAST-%1").arg(index, 3, 10, QLatin1Char('0'));
    Inwoner inwoner;
    inwoner.ref = ref;
    inwoner.naam = QStringLiteral("Belasting %1").arg(index);
    inwoner.geboortedatum = QDate(1980, 1, 1);
    inwoner.gemeente = QStringLiteral("Enschede");
    auto id = InwonerRepository(*db).findByRef(ref);
    qint64 inwonerId = id.ok() ? id->id : -1;
    MetingRepository metingen(*db, Instrument::standaard());
    // A whole meting from the demo cohort (inwoner 1), so that every save is a real one; one answer varies.
    const auto demo = metingen.load(1);
    if (!demo.ok() || demo->isEmpty() || !demo->first().inwoner)
        return std::fprintf(stderr, "dw-teamload: fill the server with draagwijzer-cli demo first\n"), 1;
    const Meting base = *demo->first().inwoner;
    if (inwonerId < 0) {
        auto added = InwonerRepository(*db).insert(inwoner);
        if (!added.ok())
            return std::fprintf(stderr, "%s\n", qPrintable(added.errorMessage())), 1;
        inwonerId = *added;
        QVector<Meetmoment> mm(1);
        mm[0].datum = QDate(2016, 6, 14);
        mm[0].volgnummer = 1;
        mm[0].inwoner = base;
        const Status s = metingen.insertMeetmomenten(inwonerId, mm);
        if (!s.ok())
            return std::fprintf(stderr, "dw-teamload: %s\n", qPrintable(s.errorMessage())), 1;
    }
    const auto own = metingen.load(inwonerId);
    if (!own.ok() || own->isEmpty())
        return std::fprintf(stderr, "dw-teamload: %s has no meetmoment\n", qPrintable(ref)), 1;
    const qint64 meetmomentId = own->first().id;
    QVector<double> times;
    int errors = 0, last = 0;
    QElapsedTimer run, save;
    run.start();
    for (int i = 0; run.elapsed() < seconds * 1000LL; ++i) {
        Meting m = base;
        m.antwoorden.insert(item, 1 + i % 5);
        save.start();
        const Status s = metingen.saveMeting(meetmomentId, m);
        times.append(save.nsecsElapsed() / 1e6);
        if (s.ok())
            last = 1 + i % 5;
        else
            ++errors;
        const qint64 rest = (i + 1LL) * interval - run.elapsed();
        if (rest > 0)
            QThread::msleep(static_cast<unsigned long>(rest));
    }
    std::sort(times.begin(), times.end());
    const auto at
        = [&times](double q) { return times.at(std::min<qsizetype>(times.size() - 1, qsizetype(q * times.size()))); };
    std::printf("%lld %d %d %.2f %.2f %.2f\n",
        static_cast<long long>(times.size()),
        errors,
        last,
        at(0.5),
        at(0.99),
        times.last());
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("team server"), QStringLiteral("ADRES"));
    const QCommandLineOption desks(
        QStringLiteral("desks"), QStringLiteral("processes"), QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption seconds(
        QStringLiteral("seconds"), QStringLiteral("duration"), QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption interval(
        QStringLiteral("interval"), QStringLiteral("ms between saves"), QStringLiteral("MS"), QStringLiteral("100"));
    const QCommandLineOption one(QStringLiteral("desk"), QStringLiteral("run as desk K"), QStringLiteral("K"));
    p.addOptions({server, desks, seconds, interval, one});
    p.process(app);
    if (p.isSet(one))
        return desk(p.value(server), p.value(one).toInt(), p.value(seconds).toInt(), p.value(interval).toInt());

    const int n = p.value(desks).toInt();
    std::vector<std::unique_ptr<QProcess>> children;
    for (int k = 0; k < n; ++k) {
        auto child = std::make_unique<QProcess>();
        child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child->start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--server"),
                p.value(server),
                QStringLiteral("--desk"),
                QString::number(k),
                QStringLiteral("--seconds"),
                p.value(seconds),
                QStringLiteral("--interval"),
                p.value(interval)});
        children.push_back(std::move(child));
    }
    long long saves = 0;
    int errors = 0, lost = 0;
    double p99 = 0, worst = 0;
    auto db = connect(p.value(server));
    MetingRepository metingen(*db, Instrument::standaard());
    for (int k = 0; k < n; ++k) {
        children[static_cast<size_t>(k)]->waitForFinished(-1);
        const QStringList f
            = QString::fromLatin1(children[static_cast<size_t>(k)]->readAllStandardOutput()).split(QLatin1Char(' '));
        if (f.size() != 6) {
            ++errors;
            continue;
        }
        saves += f.at(0).toLongLong();
        errors += f.at(1).toInt();
        p99 = std::max(p99, f.at(4).toDouble());
        worst = std::max(worst, f.at(5).toDouble());
        const auto inwoner
            = InwonerRepository(*db).findByRef(QStringLiteral("LAST-%1").arg(k, 3, 10, QLatin1Char('0')));
        const auto stored = inwoner.ok() ? metingen.load(inwoner->id) : Result<QVector<Meetmoment>>(inwoner.error());
        const bool same = stored.ok() && stored->first().meting(Perspectief::Inwoner)
            && stored->first().meting(Perspectief::Inwoner)->antwoorden.value(item) == f.at(2).toInt();
        if (!same)
            ++lost;
    }
    std::printf("desks %d, saves %lld, errors %d, lost updates %d, worst desk p99 %.2f ms, max %.2f ms\n",
        n,
        saves,
        errors,
        lost,
        p99,
        worst);
    return errors == 0 && lost == 0 ? 0 : 1;
}
