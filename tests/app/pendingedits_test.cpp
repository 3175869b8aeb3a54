// Every save takes what is on screen (issue 12): Ctrl+S, PDF, print, closing the dossier and quitting, each with
// an edit still open: a plan table cell, the plan's toelichting, a Gegevens field, the questionnaire's date. Through
// the main window's own shortcuts and the real dialogs (answered by a timer), offscreen.
#include "core/appidentity.h"
#include "core/demogenerator.h"
#include "core/instrument.h"
#include "document/dossierdocument.h"
#include "dossier/dossierwidget.h"
#include "mainwindow/autobackup.h"
#include "mainwindow/mainwindow.h"
#include "meting/metingdialog.h"
#include "plan/planeditor.h"
#include "storage/database.h"
#include "storage/dossierstore.h"
#include "support/fakeclock.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace dw;

namespace {

// Answers whatever modal dialog comes up, in order, until the test is done with it: "Ja"/"Opslaan" in a question,
// a file name in a file dialog, closing a print preview (after noting that it came).
class ModalAnswers : public QObject
{
public:
    explicit ModalAnswers(QString pdfPath = {})
        : m_pdfPath(std::move(pdfPath))
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, &ModalAnswers::answer);
        m_timer.start();
    }
    QStringList seen;

private:
    void answer()
    {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            seen << box->text();
            for (auto button : {QMessageBox::Yes, QMessageBox::Save, QMessageBox::Ok}) {
                if (box->button(button)) {
                    box->button(button)->click();
                    return;
                }
            }
            box->close();
        } else if (auto* files = qobject_cast<QFileDialog*>(modal)) {
            seen << QStringLiteral("bestand");
            files->selectFile(m_pdfPath);
            static_cast<QDialog*>(files)->accept();
        } else if (auto* preview = qobject_cast<QPrintPreviewDialog*>(modal)) {
            seen << QStringLiteral("afdrukvoorbeeld");
            preview->reject();
        } else {
            modal->close();
        }
    }
    QTimer m_timer;
    QString m_pdfPath;
};

} // namespace

class PendingEditsTest : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> window()
    {
        auto db = Database::open(m_path);
        if (!db.ok())
            return nullptr;
        auto w = std::make_unique<MainWindow>(std::move(db).value(), Instrument::standaard(), m_clock);
        w->show();
        QApplication::setActiveWindow(w.get()); // shortcuts such as Ctrl+S work in the active window only
        if (!QTest::qWaitForWindowActive(w.get()))
            return nullptr;
        return w;
    }
    Dossier stored(const QString& ref)
    {
        auto db = Database::open(m_path);
        return DossierStore(*db.value(), Instrument::standaard()).load(ref).value();
    }
    // Adds a doel in the plan tab and types `text` into its cell, leaving the editor open.
    static QWidget* typeInNewDoel(MainWindow& w, const QString& text)
    {
        w.dossierWidget()->showTab(4);
        w.dossierWidget()->findChild<QPushButton*>(QStringLiteral("doelenAddButton"))->click();
        auto* view = w.dossierWidget()->findChild<QTableView*>(QStringLiteral("doelenView"));
        QWidget* editor = QApplication::focusWidget();
        if (!editor || !view->viewport()->isAncestorOf(editor))
            return nullptr;
        QTest::keyClicks(editor, text);
        return editor;
    }

private Q_SLOTS:
    void initTestCase()
    {
        setApplicationIdentity();
        QCoreApplication::setOrganizationName(QStringLiteral("Draagwijzer-test-pending"));
        m_path = m_dir.filePath(QStringLiteral("p.sqlite"));
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        const DemoGenerator g(Instrument::standaard(), 5);
        QVERIFY(DossierStore(*db.value(), Instrument::standaard())
                    .importGenerated(400, [&g](int i) { return g.dossier(i); })
                    .ok());
        for (int i = 0; i < 10; ++i)
            m_refs << g.dossier(i).inwoner.ref;
    }

    void ctrlSTakesTheTableCellBeingEdited()
    {
        auto w = window();
        QVERIFY(w->openDossier(m_refs.at(0)));
        QWidget* editor = typeInNewDoel(*w, QStringLiteral("Zelf de post openen"));
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier); // the editor still open, as a user does
        const Plan last = stored(m_refs.at(0)).plannen.last();
        QCOMPARE(last.doelen.last().omschrijving, QStringLiteral("Zelf de post openen"));
    }

    void ctrlSTakesTheToelichtingBeingTypedAllFiveThousandCharacters()
    {
        auto w = window();
        QVERIFY(w->openDossier(m_refs.at(1)));
        w->dossierWidget()->showTab(4);
        auto* toelichting = w->dossierWidget()->findChild<QLineEdit*>(QStringLiteral("toelichtingEdit"));
        toelichting->setFocus();
        toelichting->clear();
        const QString text = QString(4990, QLatin1Char('t')) + QStringLiteral(" einde.");
        toelichting->insert(text.left(4990)); // typing 5,000 keys would take a while; the last ones are typed
        QTest::keyClicks(toelichting, text.mid(4990));
        QTest::keyClick(toelichting, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(stored(m_refs.at(1)).plannen.last().visieToelichting, text);
        QCOMPARE(toelichting->text(), text); // still on screen, not wiped
    }

    void ctrlSTakesTheHulpvraagBeingTyped()
    {
        auto w = window();
        QVERIFY(w->openDossier(m_refs.at(8)));
        w->dossierWidget()->showTab(4);
        auto* hulpvraag = w->dossierWidget()->findChild<QPlainTextEdit*>(QStringLiteral("hulpvraagEdit"));
        hulpvraag->setFocus();
        hulpvraag->selectAll();
        QTest::keyClicks(hulpvraag, QStringLiteral("Ik wil mijn post weer zelf kunnen lezen."));
        QTest::keyClick(hulpvraag, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(
            stored(m_refs.at(8)).plannen.last().hulpvraag, QStringLiteral("Ik wil mijn post weer zelf kunnen lezen."));
    }

    void quittingWaitsForARunningBackupAndSaysSo()
    {
        QString said;
        {
            auto w = window();
            QTimer::singleShot(0, this, [&said] {
                if (auto* wait = qobject_cast<QProgressDialog*>(QApplication::activeModalWidget()))
                    said = wait->labelText();
            });
            w->autoBackup()->runNow();
            QVERIFY(w->autoBackup()->isRunning());
            QVERIFY(w->close());
            QVERIFY(!w->autoBackup()->isRunning());
        }
        QVERIFY2(said.contains(QStringLiteral("de automatische backup wordt afgemaakt")), qPrintable(said));
        const QStringList backups
            = QDir(m_dir.filePath(QStringLiteral("backups"))).entryList({QStringLiteral("*.sqlite")});
        QCOMPARE(backups.size(), 1); // finished and verified before the window went
    }

    void pdfTakesTheTableCellBeingEdited()
    {
        auto w = window();
        QVERIFY(w->openDossier(m_refs.at(2)));
        QWidget* editor = typeInNewDoel(*w, QStringLiteral("Schulden in kaart"));
        QVERIFY(editor);
        const QString pdf = m_dir.filePath(QStringLiteral("plan-3.pdf"));
        ModalAnswers answers(pdf);
        QTest::keyClick(editor, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stored(m_refs.at(2)).plannen.last().doelen.last().omschrijving, QStringLiteral("Schulden in kaart"));
        QVERIFY2(answers.seen.contains(QStringLiteral("bestand")), qPrintable(answers.seen.join(QLatin1Char('|'))));
        QVERIFY(QFile::exists(pdf));
    }

    void printTakesTheTableCellBeingEdited()
    {
        auto w = window();
        QVERIFY(w->openDossier(m_refs.at(3)));
        QWidget* editor = typeInNewDoel(*w, QStringLiteral("Elke week naar de inloop"));
        QVERIFY(editor);
        ModalAnswers answers;
        QTest::keyClick(editor, Qt::Key_P, Qt::ControlModifier);
        QVERIFY2(
            answers.seen.contains(QStringLiteral("afdrukvoorbeeld")), qPrintable(answers.seen.join(QLatin1Char('|'))));
        QCOMPARE(
            stored(m_refs.at(3)).plannen.last().doelen.last().omschrijving, QStringLiteral("Elke week naar de inloop"));
    }

    void closingTheDossierTakesTheGegevensFieldAndTheCell()
    {
        auto w = window();
        QVERIFY(w->openDossier(m_refs.at(4)));
        auto* naam = w->dossierWidget()->findChild<QLineEdit*>(QStringLiteral("naamEdit"));
        naam->setFocus();
        naam->selectAll();
        QTest::keyClicks(naam, QStringLiteral("Naam Getypt"));
        QVERIFY(w->openDossier(m_refs.at(5))); // no Tab, no Enter: straight to another dossier
        QCOMPARE(stored(m_refs.at(4)).inwoner.naam, QStringLiteral("Naam Getypt"));

        QVERIFY(typeInNewDoel(*w, QStringLiteral("Een dagbesteding vinden")));
        ModalAnswers answers; // "Vastleggen als versie …?" -> Opslaan
        QVERIFY(w->openDossier(m_refs.at(4)));
        QCOMPARE(
            stored(m_refs.at(5)).plannen.last().doelen.last().omschrijving, QStringLiteral("Een dagbesteding vinden"));
    }

    void quittingTakesTheFieldBeingTyped()
    {
        {
            auto w = window();
            QVERIFY(w->openDossier(m_refs.at(6)));
            auto* contact = w->dossierWidget()->findChild<QLineEdit*>(QStringLiteral("contactEdit"));
            contact->setFocus();
            contact->selectAll();
            QTest::keyClicks(contact, QStringLiteral("06-11112222"));
            QVERIFY(w->close());
        }
        QCOMPARE(stored(m_refs.at(6)).inwoner.contact, QStringLiteral("06-11112222"));
    }

    void aRefusedValueStaysWithItsReasonAndQuittingAsksFirst()
    {
        m_clock.set(QDateTime(QDate(2026, 11, 30), QTime(9, 0)));
        auto w = window();
        QVERIFY(w->openDossier(m_refs.at(7)));
        const QDate before = stored(m_refs.at(7)).inwoner.geboortedatum;
        auto* datum = w->dossierWidget()->findChild<QLineEdit*>(QStringLiteral("geboortedatumEdit"));
        datum->setFocus();
        datum->selectAll();
        QTest::keyClicks(datum, QStringLiteral("01-01-2030"));
        QTest::keyClick(datum, Qt::Key_Tab);
        auto* message = w->dossierWidget()->findChild<QLabel*>(QStringLiteral("geboortedatumEditMessage"));
        QVERIFY(message && message->isVisible());
        QCOMPARE(message->text(),
            QStringLiteral("Ligt in de toekomst. Opgeslagen blijft: %1.")
                .arg(before.toString(QStringLiteral("dd-MM-yyyy"))));
        QCOMPARE(datum->text(), QStringLiteral("01-01-2030")); // not silently put back
        QCOMPARE(stored(m_refs.at(7)).inwoner.geboortedatum, before);
        // Another field saved meanwhile does not wipe the refused text.
        auto* gemeente = w->dossierWidget()->findChild<QLineEdit*>(QStringLiteral("gemeenteEdit"));
        gemeente->setFocus();
        gemeente->selectAll();
        QTest::keyClicks(gemeente, QStringLiteral("Hengelo"));
        QTest::keyClick(gemeente, Qt::Key_Tab);
        QCOMPARE(datum->text(), QStringLiteral("01-01-2030"));
        // Quitting asks; "Terug naar het veld" keeps the window open.
        QString asked;
        QTimer::singleShot(50, this, [&asked] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked = box->text();
            for (QAbstractButton* b : box->buttons()) {
                if (b->text().contains(QStringLiteral("Terug")))
                    b->click();
            }
        });
        QVERIFY(!w->close());
        QVERIFY2(asked.contains(QStringLiteral("geboortedatum: Ligt in de toekomst.")), qPrintable(asked));
        datum->setFocus();
        datum->selectAll();
        QTest::keyClicks(datum, QStringLiteral("02-03-1971"));
        QTest::keyClick(datum, Qt::Key_Return);
        QVERIFY(!message->isVisible());
        QCOMPARE(stored(m_refs.at(7)).inwoner.geboortedatum, QDate(1971, 3, 2));
    }

    void theQuestionnaireTakesTheDateBeingTyped()
    {
        MetingDialog dialog(Instrument::standaard());
        dialog.show();
        QApplication::setActiveWindow(&dialog); // Ctrl+Enter is the dialog's shortcut
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* datum = dialog.findChild<QDateEdit*>(QStringLiteral("datumEdit"));
        QVERIFY(datum);
        auto* first = dialog.findChild<QWidget*>(QStringLiteral("inw.pc.1")); // one answer, so there is a meting
        QVERIFY(first);
        first->setFocus();
        QTest::keyClick(first, Qt::Key_4);
        datum->setFocus();
        // The date as it stands in the field when Ctrl+Enter is pressed in it.
        datum->findChild<QLineEdit*>()->setText(QStringLiteral("15-06-2016"));
        QTest::keyClick(datum, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.meetmoment().datum, QDate(2016, 6, 15));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QStringList m_refs; // the demo's refs, in order
    test::FakeClock m_clock;
};

QTEST_MAIN(PendingEditsTest)
#include "pendingedits_test.moc"
