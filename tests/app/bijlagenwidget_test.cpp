// The Bijlagen tab as a professional uses it: adding a file (through the hook the file dialog and the description
// dialog end in), the list, opening a private temporary copy that goes with the tab, removing after a question, and
// a read-only session without the buttons to change anything. Offscreen.
#include "bijlagen/bijlagenmodel.h"
#include "bijlagen/bijlagenwidget.h"
#include "core/demogenerator.h"
#include "core/instrument.h"
#include "document/dossierdocument.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/dossierstore.h"
#include "support/fakeclock.h"
#include "support/tempdatabase.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace dw;

class BijlagenWidgetTest : public QObject
{
    Q_OBJECT
private:
    template<typename T> T* child(const char* name) { return m_widget->findChild<T*>(QLatin1String(name)); }
    QAbstractItemModel* model() { return child<QTableView>("lijstView")->model(); }
    QString cel(int row, int column) { return model()->index(row, column).data().toString(); }
    QStringList audit(const char* actie)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT details FROM audit WHERE actie = ? ORDER BY id"));
        q.addBindValue(QString::fromUtf8(actie));
        QStringList out;
        if (q.exec())
            while (q.next())
                out << q.value(0).toString();
        return out;
    }
    QString bestand(const char* naam, const QByteArray& inhoud)
    {
        const QString pad = m_dir->filePath(QString::fromUtf8(naam));
        return test::writeFileBytes(pad, inhoud) ? pad : QString();
    }
    // Answers the next message box with the button whose text is `knop`, once it is up.
    void antwoord(const QString& knop)
    {
        QTimer::singleShot(0, this, [this, knop] {
            auto* vraag = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!vraag) {
                antwoord(knop); // not up yet
                return;
            }
            m_vraag = vraag->text();
            for (QAbstractButton* b : vraag->buttons()) {
                if (b->text() == knop)
                    b->click();
            }
        });
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::move(Database::open(m_dir->filePath(QStringLiteral("b.sqlite")))).value();
        const DemoGenerator g(Instrument::standaard(), 8);
        m_demo = g.dossier(0);
        QVERIFY(DossierStore(*m_db, Instrument::standaard()).importDossiers({m_demo}).ok());
        m_doc = std::make_unique<DossierDocument>(*m_db, Instrument::standaard(), nullptr, &m_clock);
        QVERIFY(m_doc->open(m_demo.inwoner.ref).ok());
        m_widget = std::make_unique<BijlagenWidget>(m_doc.get());
        m_widget->resize(900, 500);
        m_widget->show();
    }
    void cleanup()
    {
        m_widget.reset();
        m_doc.reset();
        m_db.reset();
        m_dir.reset();
    }

    void aFileAddedShowsInTheListNewestDocumentFirst()
    {
        QCOMPARE(model()->rowCount(), 0);
        QCOMPARE(child<QLabel>("aantalLabel")->text(), QStringLiteral("Nog geen bijlagen"));
        QVERIFY(!child<QPushButton>("openenButton")->isEnabled()); // nothing chosen
        const QString brief = bestand("brief.txt", QByteArray(2500, 'b'));
        QVERIFY(m_widget->voegToe(brief, QStringLiteral("Brief van de woningcorporatie"), QDate(2026, 10, 1)));
        const QString scan = bestand("toestemming.pdf", QByteArray(840, 't'));
        QVERIFY(m_widget->voegToe(scan, QStringLiteral("Toestemming, ondertekend"), QDate(2026, 11, 20)));

        QCOMPARE(model()->rowCount(), 2);
        QCOMPARE(cel(0, BijlagenModel::Datum), QStringLiteral("20-11-2026"));
        QCOMPARE(cel(0, BijlagenModel::Omschrijving), QStringLiteral("Toestemming, ondertekend"));
        QCOMPARE(cel(0, BijlagenModel::Bestandsnaam), QStringLiteral("toestemming.pdf"));
        QCOMPARE(cel(0, BijlagenModel::Grootte), QStringLiteral("840 bytes"));
        QCOMPARE(cel(0, BijlagenModel::ToegevoegdDoor), AuditLog::currentUser()); // no accounts in this file
        QCOMPARE(cel(1, BijlagenModel::Grootte), QStringLiteral("3 kB")); // 2,500 bytes, rounded
        QCOMPARE(model()->headerData(BijlagenModel::ToegevoegdDoor, Qt::Horizontal).toString(),
            QStringLiteral("Toegevoegd door"));
        QCOMPARE(child<QLabel>("aantalLabel")->text(), QStringLiteral("2 bijlagen, samen 3 kB"));
        // The one just added is chosen, ready to open.
        QCOMPARE(m_widget->gekozen(), qint64(2));
        QVERIFY(child<QPushButton>("openenButton")->isEnabled());
        QCOMPARE(audit("bijlage toegevoegd"), (QStringList {QStringLiteral("bijlage 1"), QStringLiteral("bijlage 2")}));

        // Refused input is said beside the buttons; nothing is added.
        QVERIFY(!m_widget->voegToe(brief, QStringLiteral("Brief"), QDate(2026, 11, 26)));
        QCOMPARE(model()->rowCount(), 2);
        QVERIFY(child<QLabel>("meldingLabel")->text().contains(QStringLiteral("De datum ligt in de toekomst.")));
    }

    void openingWritesAPrivateCopyThatGoesWithTheTab()
    {
        const QByteArray inhoud("%PDF-1.4 toestemming");
        QVERIFY(
            m_widget->voegToe(bestand("toestemming.pdf", inhoud), QStringLiteral("Toestemming"), QDate(2026, 11, 20)));
        QUrl geopend;
        m_widget->setOpener([&geopend](const QUrl& url) {
            geopend = url;
            return true;
        });
        child<QPushButton>("openenButton")->click();
        QVERIFY(geopend.isLocalFile());
        const QString kopie = geopend.toLocalFile();
        QCOMPARE(QFileInfo(kopie).fileName(), QStringLiteral("toestemming.pdf"));
        QCOMPARE(test::fileBytes(kopie), inhoud);
        // 0600 (Qt adds the User flags when the owner is this user).
        const QFileDevice::Permissions alleen
            = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
        QCOMPARE(QFile::permissions(kopie), alleen);
        const QString map = m_widget->tijdelijkeMap();
        QVERIFY(kopie.startsWith(map));
        QCOMPARE(
            QFile::permissions(map) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QCOMPARE(audit("bijlage geopend"), QStringList {QStringLiteral("bijlage 1")});
        // Closing the dossier (the tab goes) removes the copy.
        m_widget.reset();
        QVERIFY(!QFile::exists(kopie));
        QVERIFY(!QFileInfo::exists(map));
    }

    void removingAsksFirst()
    {
        QVERIFY(m_widget->voegToe(bestand("brief.txt", "brief"), QStringLiteral("Brief"), QDate(2026, 11, 20)));
        antwoord(QStringLiteral("&Houden"));
        child<QPushButton>("verwijderButton")->click();
        QCOMPARE(m_vraag,
            QStringLiteral(
                "De bijlage \"Brief\" (brief.txt, 5 bytes) uit het dossier verwijderen? Dit kan niet ongedaan "
                "worden gemaakt; alleen een backup van eerder heeft haar nog."));
        QCOMPARE(model()->rowCount(), 1);
        QVERIFY(audit("bijlage verwijderd").isEmpty());

        antwoord(QStringLiteral("&Verwijderen"));
        child<QPushButton>("verwijderButton")->click();
        QCOMPARE(model()->rowCount(), 0);
        QCOMPARE(audit("bijlage verwijderd"), QStringList {QStringLiteral("bijlage 1")});
        QVERIFY(!child<QPushButton>("verwijderButton")->isEnabled());
    }

    void aReadOnlySessionSeesNoButtonsToChangeAnything()
    {
        QVERIFY(m_widget->voegToe(bestand("brief.txt", "brief"), QStringLiteral("Brief"), QDate(2026, 11, 20)));
        m_widget->setReadOnly(true);
        QVERIFY(!child<QPushButton>("toevoegenButton")->isVisible());
        QVERIFY(!child<QPushButton>("verwijderButton")->isVisible());
        QVERIFY(child<QPushButton>("openenButton")->isVisible());
        QVERIFY(child<QPushButton>("openenButton")->isEnabled());
        QVERIFY(child<QPushButton>("opslaanButton")->isEnabled());
        QVERIFY(!m_widget->voegToe(bestand("nog.txt", "nog"), QStringLiteral("Nog een"), QDate(2026, 11, 20)));
        QCOMPARE(model()->rowCount(), 1);
        QVERIFY(child<QLabel>("uitlegLabel")->text().contains(QStringLiteral("Alleen lezen")));
        m_widget->setReadOnly(false);
        QVERIFY(child<QPushButton>("toevoegenButton")->isVisible());
        QVERIFY(child<QPushButton>("verwijderButton")->isVisible());
    }

    void aFileDroppedOnTheListIsAddedAfterItsDescription()
    {
        const QString scan = bestand("scan.jpg", QByteArray(1200, 's'));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(scan)});
        QWidget* viewport = child<QTableView>("lijstView")->viewport();
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        enter.ignore(); // only the list's own handling may take it
        QApplication::sendEvent(viewport, &enter);
        QVERIFY(enter.isAccepted());
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<BijlageDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->findChild<QLineEdit*>(QStringLiteral("omschrijvingEdit"))->setText(QStringLiteral("Gesleept"));
            dialog->accept();
        });
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &drop);
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(cel(0, BijlagenModel::Omschrijving), QStringLiteral("Gesleept"));
        QCOMPARE(cel(0, BijlagenModel::Datum), QStringLiteral("25-11-2026")); // the dossier's today

        // Two files at once, or a read-only session: not taken.
        QMimeData twee;
        twee.setUrls({QUrl::fromLocalFile(scan), QUrl::fromLocalFile(scan)});
        QDragEnterEvent tweeEnter(QPoint(10, 10), Qt::CopyAction, &twee, Qt::LeftButton, Qt::NoModifier);
        tweeEnter.ignore();
        QApplication::sendEvent(viewport, &tweeEnter);
        QVERIFY(!tweeEnter.isAccepted());
        m_widget->setReadOnly(true);
        QDragEnterEvent alleenLezen(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        alleenLezen.ignore();
        QApplication::sendEvent(viewport, &alleenLezen);
        QVERIFY(!alleenLezen.isAccepted());
    }

    void theDialogAsksADescriptionAndADateNotInTheFuture()
    {
        BijlageDialog dialog(QStringLiteral("scan.jpg"), 3'400'000, QDate(2026, 11, 25));
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("bestandLabel"))->text(),
            QStringLiteral("Bestand: <b>scan.jpg</b> (3,4 MB)"));
        auto* datum = dialog.findChild<QDateEdit*>(QStringLiteral("datumEdit"));
        QCOMPARE(datum->date(), QDate(2026, 11, 25)); // today by the dossier's clock
        datum->setDate(QDate(2026, 11, 26));
        dialog.findChild<QLineEdit*>(QStringLiteral("omschrijvingEdit"))->setText(QStringLiteral("Scan"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // tomorrow
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("meldingLabel"))->text(),
            QStringLiteral("De datum ligt in de toekomst."));
        dialog.findChild<QLineEdit*>(QStringLiteral("omschrijvingEdit"))->clear();
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not closed: no description
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("meldingLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Geef een omschrijving")));
        dialog.findChild<QLineEdit*>(QStringLiteral("omschrijvingEdit"))->setText(QStringLiteral("  Scan  "));
        datum->setDate(QDate(2026, 3, 2));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.omschrijving(), QStringLiteral("Scan"));
        QCOMPARE(dialog.datum(), QDate(2026, 3, 2));
    }

private:
    test::FakeClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Dossier m_demo;
    std::unique_ptr<DossierDocument> m_doc;
    std::unique_ptr<BijlagenWidget> m_widget;
    QString m_vraag;
};

QTEST_MAIN(BijlagenWidgetTest)
#include "bijlagenwidget_test.moc"
