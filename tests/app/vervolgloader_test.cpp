#include "dashboard/vervolgloader.h"

#include "storage/database.h"
#include "storage/vervolgquery.h"

#include "loaderthread.h"
#include "support/teamcohort.h"

#include <QFile>
#include <QTest>

using namespace dw;

namespace {

QStringList refs(const QVector<VervolgRij>& rows)
{
    QStringList out;
    for (const VervolgRij& r : rows)
        out << r.ref;
    return out;
}

} // namespace

// The follow-up loader on a thread of its own, as the controller runs it, with its answers collected on this thread.
class VervolgLoaderTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cohort.status().ok());
        auto db = Database::open(m_cohort.path());
        QVERIFY(db.ok());
        m_filter.peildatum = QDate(2026, 11, 25);
        const auto alle = VervolgQuery(*db.value()).inwoners(m_filter);
        QVERIFY(alle.ok());
        m_alle = refs(alle.value());
        QVERIFY(m_alle.size() > 2 * VervolgLoader::pageSize); // three pages at least
        m_tellingen = VervolgQuery(*db.value()).tellingen(m_filter).value();
    }

    void init()
    {
        m_op = std::make_unique<test::LoaderThread<VervolgLoader>>(Connector::forFile(m_cohort.path()));
        VervolgLoader* loader = m_op->loader();
        connect(loader, &VervolgLoader::ready, this, [this](int g, const VervolgOverzicht& v, const QVector<qint64>&) {
            m_ready << g;
            m_vervolg = v;
        });
        connect(loader, &VervolgLoader::stopped, this, [this](int g) { m_stopped << g; });
        connect(loader, &VervolgLoader::failed, this, [this](int g, const QString&) { m_failed << g; });
        connect(loader, &VervolgLoader::pageReady, this, [this](int lijst, const QVector<VervolgRij>& rows) {
            m_pages << lijst;
            m_page = rows;
        });
        m_ready.clear();
        m_stopped.clear();
        m_failed.clear();
        m_pages.clear();
    }
    void cleanup() { m_op.reset(); }

    void aRunGivesTheCountsAndTheFirstPage()
    {
        run(1);
        QTRY_COMPARE_WITH_TIMEOUT(m_ready, QVector<int> {1}, 20000);
        QCOMPARE(m_vervolg.filter, m_filter);
        QCOMPARE(m_vervolg.perProfessional.size(), m_tellingen.size());
        for (int i = 0; i < m_tellingen.size(); ++i) {
            QCOMPARE(m_vervolg.perProfessional[i].professional, m_tellingen[i].professional);
            QCOMPARE(m_vervolg.perProfessional[i].vervolgNodig, m_tellingen[i].vervolgNodig);
        }
        QCOMPARE(m_vervolg.team.vervolgNodig, m_alle.size());
        QCOMPARE(refs(m_vervolg.inwoners), m_alle.mid(0, VervolgLoader::pageSize));
    }

    void pagesFollowByKeyToTheEnd()
    {
        QStringList gelezen;
        std::optional<VervolgRij> na;
        for (int lijst = 10;; ++lijst) {
            m_op->send([lijst, f = m_filter, na](VervolgLoader& l) { l.pageRequested(lijst, f, na); });
            QTRY_COMPARE_WITH_TIMEOUT(m_pages.size(), lijst - 9, 20000);
            QCOMPARE(m_pages.last(), lijst);
            gelezen << refs(m_page);
            if (m_page.size() < VervolgLoader::pageSize)
                break;
            na = m_page.last();
        }
        QCOMPARE(gelezen, m_alle);
    }

    void aStopDuringTheRunEndsItButNotTheListsPages()
    {
        // Stopped on the loader's thread after the counts, before the first page.
        connect(
            m_op->loader(),
            &VervolgLoader::progress,
            m_op->loader(),
            [stop = m_op->stop](int g, int klaar) {
                if (g == 1 && klaar == 1)
                    stop->stop(1);
            },
            Qt::DirectConnection);
        run(1);
        QTRY_COMPARE_WITH_TIMEOUT(m_stopped, QVector<int> {1}, 20000);
        QVERIFY(m_ready.isEmpty());
        QVERIFY(m_failed.isEmpty());
        // A page works for no run: a stop of run 1 does not touch it.
        m_op->send([f = m_filter](VervolgLoader& l) { l.pageRequested(1, f, std::nullopt); });
        QTRY_COMPARE_WITH_TIMEOUT(m_pages, QVector<int> {1}, 20000);
        QCOMPARE(m_page.size(), VervolgLoader::pageSize);
        run(2);
        QTRY_COMPARE_WITH_TIMEOUT(m_ready, QVector<int> {2}, 20000);
        QCOMPARE(m_vervolg.team.vervolgNodig, m_alle.size());
    }

    void theExportHasTheWholeList()
    {
        run(1);
        QTRY_COMPARE_WITH_TIMEOUT(m_ready, QVector<int> {1}, 20000);
        QVERIFY(m_vervolg.inwoners.size() < m_alle.size()); // only the first page came with the figures
        const QString path = m_cohort.filePath(QStringLiteral("team.csv"));
        QString fout = QStringLiteral("niet klaar");
        connect(m_op->loader(), &VervolgLoader::exportFinished, this, [&fout](const QString&, const QString& error) {
            fout = error;
        });
        m_op->send([path, vervolg = m_vervolg](VervolgLoader& l) { l.exportRequested(path, false, {}, vervolg); });
        QTRY_VERIFY_WITH_TIMEOUT(fout != QStringLiteral("niet klaar"), 20000);
        QCOMPARE(fout, QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        const qsizetype kop = lines.indexOf("Vervolgmetingen nodig\r");
        QVERIFY(kop > 0);
        QStringList inExport;
        for (qsizetype i = kop + 2; i < lines.size() && !lines[i].trimmed().isEmpty(); ++i)
            inExport << QString::fromUtf8(lines[i].split(';').first());
        QCOMPARE(inExport, m_alle);
    }

private:
    void run(int generation)
    {
        m_op->send([generation, f = m_filter](VervolgLoader& l) { l.runRequested(generation, f); });
    }

    test::TeamCohort m_cohort {1200};
    VervolgFilter m_filter;
    QStringList m_alle;
    QVector<VervolgTelling> m_tellingen;
    std::unique_ptr<test::LoaderThread<VervolgLoader>> m_op;
    QVector<int> m_ready;
    QVector<int> m_stopped;
    QVector<int> m_failed;
    QVector<int> m_pages;
    VervolgOverzicht m_vervolg;
    QVector<VervolgRij> m_page;
};

QTEST_GUILESS_MAIN(VervolgLoaderTest)
#include "vervolgloader_test.moc"
