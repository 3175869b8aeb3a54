// The app's file dialogs never open the files of the folder they show (issue 18, found with the bijlagen): opening
// and closing the database, its -wal or -shm drops this process's SQLite locks. Watched with inotify: every open
// of a file in the folder is an event.
#include "common/bestandskeuze.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/inotify.h>
#include <unistd.h>

#include <functional>

using namespace dw;

namespace {

// The names of the files in `dir` that were opened while `toon` ran a dialog (closed after it listed the folder).
QStringList geopend(const QString& dir, const std::function<void()>& toon)
{
    const int fd = inotify_init1(IN_NONBLOCK);
    if (fd < 0)
        return {QStringLiteral("inotify niet beschikbaar")};
    inotify_add_watch(fd, QFile::encodeName(dir).constData(), IN_OPEN);
    QTimer::singleShot(1500, [] {
        if (QWidget* w = QApplication::activeModalWidget())
            w->close();
    });
    toon();
    QStringList namen;
    alignas(inotify_event) char buffer[8192];
    for (;;) {
        const ssize_t n = read(fd, buffer, sizeof buffer);
        if (n <= 0)
            break;
        for (char* p = buffer; p < buffer + n;) {
            const auto* e = reinterpret_cast<const inotify_event*>(p);
            if (e->len > 0)
                namen << QString::fromUtf8(e->name);
            p += sizeof(inotify_event) + e->len;
        }
    }
    close(fd);
    namen.removeDuplicates();
    return namen;
}

} // namespace

class BestandskeuzeTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theDialogsLeaveTheDatabaseFilesClosed()
    {
        QTemporaryDir dir;
        for (const char* naam : {"werk.sqlite", "werk.sqlite-wal", "werk.sqlite-shm", "brief"}) {
            QFile f(dir.filePath(QLatin1String(naam)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("SQLite format 3\0 not really", 27);
        }
        const QStringList open = geopend(dir.path(), [&dir] {
            (void)bestandskeuze::openBestand(nullptr, QStringLiteral("Kies"), dir.path(), QStringLiteral("Alles (*)"));
        });
        QCOMPARE(open, QStringList());
        const QStringList opslaan = geopend(dir.path(), [&dir] {
            (void)bestandskeuze::opslaanAls(nullptr, QStringLiteral("Opslaan"), dir.filePath(QStringLiteral("x.pdf")));
        });
        QCOMPARE(opslaan, QStringList());
    }

    // What the dialogs avoid: Qt's standard dialog reads the files it shows (here, to choose their icons).
    void qtsStandardDialogWouldOpenThem()
    {
        QTemporaryDir dir;
        for (const char* naam : {"werk.sqlite-wal", "brief"}) {
            QFile f(dir.filePath(QLatin1String(naam)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("SQLite format 3\0 not really", 27);
        }
        const QStringList open = geopend(dir.path(), [&dir] {
            QFileDialog dialog(nullptr, QStringLiteral("Kies"), dir.path(), QStringLiteral("Alles (*)"));
            dialog.setOption(QFileDialog::DontUseNativeDialog);
            dialog.exec();
        });
        QVERIFY2(!open.isEmpty(), "Qt's dialog opened nothing: the walk above would prove nothing");
    }
};

QTEST_MAIN(BestandskeuzeTest)
#include "bestandskeuze_test.moc"
