// Bestand -> Back-up maken / Back-up terugzetten (mainwindow/backupmenu.cpp): the file dialogs and the
// confirmation answered as a user would, by a responder that takes whatever modal window comes up next.
#include "backup/backupterugzettendialog.h"
#include "caseload/caseloadmodel.h"
#include "caseload/caseloadwidget.h"
#include "core/appidentity.h"
#include "core/clock.h"
#include "core/demogenerator.h"
#include "core/instrument.h"
#include "document/dossierdocument.h"
#include "dossier/dossierwidget.h"
#include "mainwindow/mainwindow.h"
#include "storage/accountstore.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/dossierstore.h"
#include "storage/inwonerrepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace dw;

namespace {

// Answers the modal windows in turn: a file dialog gets the next file name, the confirmation is accepted (with
// "eerst een back-up" as `eerstBackup` says) or cancelled, a question about the plan is answered `planAnswer`, and a
// message box is read and closed.
class Responder : public QObject
{
public:
    QStringList files;
    bool terugzetten = true;
    bool eerstBackup = true;
    QMessageBox::StandardButton planAnswer = QMessageBox::Discard;
    QStringList seen;
    QString samenvatting;

    Responder()
    {
        connect(&m_timer, &QTimer::timeout, this, &Responder::answer);
        m_timer.start(30);
    }

private:
    void answer()
    {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        if (auto* dialog = qobject_cast<QFileDialog*>(modal)) {
            seen << QStringLiteral("bestand");
            // The name typed, as a user would: selectFile() waits for the folder's listing in an open dialog.
            dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))
                ->setText(files.isEmpty() ? QString() : files.takeFirst());
            static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept() is protected
        } else if (auto* confirm = qobject_cast<BackupTerugzettenDialog*>(modal)) {
            seen << QStringLiteral("bevestigen");
            samenvatting = confirm->samenvatting();
            confirm->findChild<QCheckBox*>(QStringLiteral("eerstBackupCheck"))->setChecked(eerstBackup);
            confirm
                ->findChild<QPushButton*>(
                    terugzetten ? QStringLiteral("terugzettenButton") : QStringLiteral("annulerenButton"))
                ->click();
        } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            seen << box->text();
            if (box->button(planAnswer))
                box->button(planAnswer)->click();
            else
                box->close();
        }
    }
    QTimer m_timer;
};

QAction* action(MainWindow& window, const QString& text)
{
    for (QAction* a : window.menuBar()->actions()) {
        if (!a->menu())
            continue;
        for (QAction* item : a->menu()->actions()) {
            if (item->text() == text)
                return item;
        }
    }
    return nullptr;
}

int inwoners(const QString& path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    return db.ok() ? InwonerRepository(*db.value()).count().value() : -1;
}

} // namespace

class BackupMenuTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        setApplicationIdentity();
        QCoreApplication::setOrganizationName(QStringLiteral("Draagwijzer-test"));
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        const DemoGenerator g(Instrument::standaard(), 3);
        QVERIFY(DossierStore(*db.value(), Instrument::standaard())
                    .importGenerated(20, [&g](int i) { return g.dossier(i); })
                    .ok());
    }

    void aBackupWhileAPlanIsEditedHoldsTheSavedPlanAndRestoresIt()
    {
        auto opened = Database::open(m_path);
        QVERIFY(opened.ok());
        MainWindow window(std::move(opened).value(), Instrument::standaard(), Clock::system());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_COMPARE(window.caseload()->model()->rowCount(), 20);
        QVERIFY(window.openDossier(QStringLiteral("ENS-000001")));
        DossierDocument* doc = window.dossierWidget()->document();
        const QString saved = doc->concept().hulpvraag;
        Plan concept = doc->concept();
        concept.hulpvraag = QStringLiteral("Alleen in het concept, niet vastgelegd");
        doc->editConcept(concept, QStringLiteral("hulpvraag"));
        QVERIFY(doc->conceptGewijzigd());

        Responder r;
        const QString backup = m_dir.filePath(QStringLiteral("tijdens-bewerken.sqlite"));
        r.files << backup;
        QAction* maken = action(window, QStringLiteral("&Back-up maken…"));
        QVERIFY(maken);
        maken->trigger();
        QCOMPARE(r.seen, QStringList {QStringLiteral("bestand")});
        QVERIFY(QFile::exists(backup));
        QCOMPARE(Backup::summary(backup).value().inwoners, 20);
        {
            auto copy = Database::open(backup, Database::Mode::ReadOnly);
            QVERIFY(copy.ok());
            const auto d
                = DossierStore(*copy.value(), Instrument::standaard())
                      .load(QStringLiteral("ENS-000001"), DossierStore::Audit::AlreadyOpen); // no audit row: read-only
            QVERIFY(d.ok());
            QVERIFY(!d->plannen.isEmpty() || saved.isEmpty());
            QCOMPARE(d->plannen.isEmpty() ? QString() : d->plannen.constLast().hulpvraag, saved);
        }
        QVERIFY(doc->conceptGewijzigd()); // the backup left the work on screen alone

        // Work after the backup: an inwoner more.
        Inwoner nieuw;
        nieuw.ref = QStringLiteral("NA-BACKUP-1");
        nieuw.naam = QStringLiteral("Na de Backup");
        nieuw.geboortedatum = QDate(1988, 7, 30);
        nieuw.gemeente = QStringLiteral("Enschede");
        QVERIFY(DossierStore(*Database::open(m_path).value(), Instrument::standaard()).createInwoner(nieuw).ok());
        window.caseload()->reload();
        QTRY_COMPARE(window.caseload()->model()->rowCount(), 21);

        // Restore, with a backup of the current state first (the default) and the concept let go.
        const QString voor = m_dir.filePath(QStringLiteral("voor-terugzetten.sqlite"));
        r.seen.clear();
        r.files << backup << voor;
        QAction* terugzetten = action(window, QStringLiteral("Back-up &terugzetten…"));
        QVERIFY(terugzetten && terugzetten->isEnabled());
        terugzetten->trigger();
        QCOMPARE(r.seen.value(0), QStringLiteral("bestand"));
        QCOMPARE(r.seen.value(1), QStringLiteral("bevestigen"));
        QVERIFY2(r.seen.value(2).contains(QStringLiteral("niet vastgelegd")), qPrintable(r.seen.join(u'|')));
        QCOMPARE(r.seen.value(3), QStringLiteral("bestand"));
        QVERIFY2(r.seen.value(4).startsWith(QStringLiteral("De back-up is teruggezet: 20 inwoner(s).")),
            qPrintable(r.seen.join(u'|')));
        QVERIFY(r.samenvatting.contains(QStringLiteral("Inwoners: 20\n")));
        QCOMPARE(inwoners(voor), 21); // the state before, with the inwoner added after the backup

        QVERIFY(!window.dossierWidget()); // closed before the restore
        QTRY_COMPARE(window.caseload()->model()->rowCount(), 20);
        QVERIFY(window.openDossier(QStringLiteral("ENS-000001")));
        QCOMPARE(window.dossierWidget()->document()->concept().hulpvraag, saved);
        QVERIFY(!window.dossierWidget()->document()->conceptGewijzigd());
        // The restored log says who put this state back, and from which file.
        auto reader = Database::open(m_path, Database::Mode::ReadOnly);
        QVERIFY(reader.ok());
        QSqlQuery q(reader.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT details FROM audit WHERE actie = 'restore'")) && q.next());
        QCOMPARE(q.value(0).toString(), backup);
    }

    void theConfirmationSaysWhatTheBackupHoldsAndCancelChangesNothing()
    {
        const QString backup = m_dir.filePath(QStringLiteral("bekeken.sqlite"));
        {
            auto db = Database::open(m_path);
            QVERIFY(db.ok());
            QVERIFY(Backup::create(*db.value(), backup).ok());
            QVERIFY(InwonerRepository(*db.value()).remove(1).ok());
        }
        {
            QFile f(backup);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(QDateTime(QDate(2026, 11, 25), QTime(21, 5)), QFileDevice::FileModificationTime));
        }
        auto opened = Database::open(m_path);
        QVERIFY(opened.ok());
        MainWindow window(std::move(opened).value(), Instrument::standaard(), Clock::system());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        Responder r;
        r.files << backup;
        r.terugzetten = false;
        action(window, QStringLiteral("Back-up &terugzetten…"))->trigger();
        QCOMPARE(r.seen, (QStringList {QStringLiteral("bestand"), QStringLiteral("bevestigen")}));
        QVERIFY2(r.samenvatting.contains(QStringLiteral("Gemaakt op: 25 november 2026 om 21:05\n")),
            qPrintable(r.samenvatting));
        QVERIFY(r.samenvatting.contains(QStringLiteral("Inwoners: 20\n")));
        QVERIFY(r.samenvatting.contains(QStringLiteral("Meetmomenten: ")));
        QTRY_COMPARE(window.caseload()->model()->rowCount(), 19);
        QCOMPARE(inwoners(m_path), 19);
        QVERIFY(
            QDir(m_dir.path()).entryList({QFileInfo(m_path).fileName() + QStringLiteral(".voor-herstel*")}).isEmpty());
    }

    void aFileThatIsNoBackupIsRefusedWithItsReason()
    {
        const QString tekst = m_dir.filePath(QStringLiteral("notities.sqlite"));
        {
            QFile f(tekst);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'x'));
        }
        auto opened = Database::open(m_path);
        QVERIFY(opened.ok());
        MainWindow window(std::move(opened).value(), Instrument::standaard(), Clock::system());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        Responder r;
        r.files << tekst;
        action(window, QStringLiteral("Back-up &terugzetten…"))->trigger();
        QCOMPARE(r.seen.size(), 2);
        QVERIFY2(r.seen.at(1).startsWith(QStringLiteral("Deze back-up kan niet worden teruggezet; er is niets "
                                                        "gewijzigd.")),
            qPrintable(r.seen.at(1)));
        QVERIFY(r.seen.at(1).contains(QStringLiteral("notities.sqlite")));
        QCOMPARE(inwoners(m_path), 20);
    }

    void onlyABeheerderHasTheBackupActions()
    {
        const QString sleutel = QStringLiteral("fiets-boom-lamp-42");
        {
            auto db = Database::open(m_path);
            QVERIFY(db.ok());
            AccountStore accounts(*db.value());
            QVERIFY(accounts.createFirst(QStringLiteral("beheer"), sleutel).ok());
            QVERIFY(
                accounts.add(QStringLiteral("M. Jansen"), Rol::Professional, QStringLiteral("Noord"), sleutel, false)
                    .ok());
        }
        for (const QString& naam : {QStringLiteral("beheer"), QStringLiteral("M. Jansen")}) {
            auto db = Database::open(m_path);
            QVERIFY(db.ok());
            QVERIFY(AccountStore(*db.value()).login(naam, sleutel, QStringLiteral("test-pc")).ok());
            MainWindow window(std::move(db).value(), Instrument::standaard(), Clock::system());
            const bool beheerder = naam == QLatin1String("beheer");
            QCOMPARE(action(window, QStringLiteral("&Back-up maken…")) != nullptr, beheerder);
            QCOMPARE(action(window, QStringLiteral("Back-up &terugzetten…")) != nullptr, beheerder);
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(BackupMenuTest)
#include "backupmenu_test.moc"
