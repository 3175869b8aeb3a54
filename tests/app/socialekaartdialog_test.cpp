// The beheerder keeps the sociale kaart: add, change, refuse a bad entry with nothing stored. Offscreen.
#include "core/demogenerator.h"
#include "core/instrument.h"
#include "socialekaart/socialekaartdialog.h"
#include "storage/database.h"
#include "storage/voorzieningrepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace dw;

class SocialeKaartDialogTest : public QObject
{
    Q_OBJECT
private:
    template<typename T> T* child(QDialog& d, const char* name) { return d.findChild<T*>(QLatin1String(name)); }
    QVector<Voorziening> stored() { return VoorzieningRepository(*m_db, Instrument::standaard()).all().value(); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(QStringLiteral("k.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void addsAndChangesAVoorziening()
    {
        SocialeKaartDialog dialog(*m_db, Instrument::standaard());
        QTest::keyClicks(child<QLineEdit>(dialog, "naamEdit"), QStringLiteral("Buurthuis 't Hofje"));
        auto* type = child<QComboBox>(dialog, "typeCombo");
        type->setCurrentIndex(type->findData(QStringLiteral("voorliggend_veld_benutten")));
        QTest::keyClicks(child<QLineEdit>(dialog, "gemeenteEdit"), QStringLiteral("Almelo"));
        QTest::mouseClick(child<QPushButton>(dialog, "opslaanButton"), Qt::LeftButton);
        QCOMPARE(stored().size(), 1);
        QCOMPARE(stored().first().naam, QStringLiteral("Buurthuis 't Hofje"));
        QCOMPARE(stored().first().gemeente, QStringLiteral("Almelo"));
        QCOMPARE(stored().first().levensgebied, QString());
        QCOMPARE(child<QListWidget>(dialog, "lijst")->count(), 1);
        QVERIFY(dialog.changed());

        // The saved entry stays selected; changing it updates the same row.
        child<QLineEdit>(dialog, "contactEdit")->setText(QStringLiteral("0546-123456"));
        QTest::mouseClick(child<QPushButton>(dialog, "opslaanButton"), Qt::LeftButton);
        QCOMPARE(stored().size(), 1);
        QCOMPARE(stored().first().contact, QStringLiteral("0546-123456"));

        // The search hides what does not match.
        QTest::keyClicks(child<QLineEdit>(dialog, "zoekEdit"), QStringLiteral("schuld"));
        QVERIFY(child<QListWidget>(dialog, "lijst")->item(0)->isHidden());
    }

    void everyChangeIsAnUndoStepAlsoARemoval()
    {
        SocialeKaartDialog dialog(*m_db, Instrument::standaard());
        QTest::keyClicks(child<QLineEdit>(dialog, "naamEdit"), QStringLiteral("Schuldhulp Oost"));
        QTest::mouseClick(child<QPushButton>(dialog, "opslaanButton"), Qt::LeftButton);
        child<QLineEdit>(dialog, "contactEdit")->setText(QStringLiteral("053-1234567"));
        QTest::mouseClick(child<QPushButton>(dialog, "opslaanButton"), Qt::LeftButton);
        auto* confirm = new QTimer(this); // until the question is there: yes
        connect(confirm, &QTimer::timeout, this, [confirm] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                confirm->stop();
                box->button(QMessageBox::Yes)->click();
            }
        });
        confirm->start(20);
        QTest::mouseClick(child<QPushButton>(dialog, "verwijderButton"), Qt::LeftButton);
        QVERIFY(stored().isEmpty());
        QCOMPARE(dialog.undoStack()->count(), 3);
        auto* ongedaan = child<QPushButton>(dialog, "ongedaanButton");
        QCOMPARE(ongedaan->toolTip(), QStringLiteral("Ongedaan maken: Schuldhulp Oost verwijderen"));

        QTest::mouseClick(ongedaan, Qt::LeftButton); // back, in a new row, with its contact
        QCOMPARE(stored().size(), 1);
        QCOMPARE(stored().first().contact, QStringLiteral("053-1234567"));
        QTest::mouseClick(ongedaan, Qt::LeftButton); // the contact, on that new row
        QCOMPARE(stored().size(), 1);
        QCOMPARE(stored().first().contact, QString());
        QCOMPARE(child<QLineEdit>(dialog, "contactEdit")->text(), QString()); // and the form says so
        QTest::mouseClick(ongedaan, Qt::LeftButton); // the voorziening itself
        QVERIFY(stored().isEmpty());
        QVERIFY(!ongedaan->isEnabled());
        dialog.undoStack()->redo();
        dialog.undoStack()->redo();
        QCOMPARE(stored().size(), 1);
        QCOMPARE(stored().first().naam, QStringLiteral("Schuldhulp Oost"));
        QCOMPARE(stored().first().contact, QStringLiteral("053-1234567"));
    }

    // Issue 18: beside an Arnhem dossier the kaart shows Arnhem's and the landelijke services, not Twente's; one
    // click shows them all. A voorziening saved without a gemeente is landelijk.
    void besideADossierTheKaartShowsTheInwonersGemeente()
    {
        QVERIFY(VoorzieningRepository(*m_db, Instrument::standaard()).merge(DemoGenerator::socialeKaart()).ok());
        SocialeKaartDialog dialog(*m_db, Instrument::standaard());
        auto* lijst = child<QListWidget>(dialog, "lijst");
        const auto zichtbaar = [lijst] {
            QStringList namen;
            for (int i = 0; i < lijst->count(); ++i) {
                if (!lijst->item(i)->isHidden())
                    namen << lijst->item(i)->text().section(QLatin1Char('\n'), 0, 0);
            }
            return namen;
        };
        QCOMPARE(zichtbaar().size(), 16);
        dialog.setGemeente(QStringLiteral("Arnhem"));
        QCOMPARE(zichtbaar(),
            (QStringList {QStringLiteral("Cursus 'Hulp vragen durven'"),
                QStringLiteral("Ervaringsdeskundige meeloper"),
                QStringLiteral("Wmo-loket huishoudelijke hulp")}));
        auto* check = child<QCheckBox>(dialog, "gemeenteCheck");
        QCOMPARE(check->text(), QStringLiteral("Alleen voor Arnhem en landelijk"));
        check->setChecked(false);
        QCOMPARE(zichtbaar().size(), 16);
        dialog.setGemeente(QStringLiteral("Enschede"));
        QVERIFY(zichtbaar().contains(QStringLiteral("Veilig Thuis Twente")));

        QTest::mouseClick(child<QPushButton>(dialog, "nieuwButton"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(dialog, "naamEdit"), QStringLiteral("Juridisch Loket"));
        QTest::mouseClick(child<QPushButton>(dialog, "opslaanButton"), Qt::LeftButton);
        bool gevonden = false;
        for (const Voorziening& v : stored()) {
            if (v.naam == QLatin1String("Juridisch Loket")) {
                QCOMPARE(v.gemeente, QString()); // kept as typed, so that an export gives back what came in
                QVERIFY(geldtVoor(v, QStringLiteral("Westland")));
                gevonden = true;
            }
        }
        QVERIFY(gevonden);
    }

    void aVoorzieningWithoutNameIsRefused()
    {
        SocialeKaartDialog dialog(*m_db, Instrument::standaard());
        QString message;
        QTimer::singleShot(0, this, [&message] {
            if (auto* box = QApplication::activeModalWidget()) {
                message = box->findChild<QLabel*>(QStringLiteral("qt_msgbox_label"))->text();
                box->close();
            }
        });
        QTest::mouseClick(child<QPushButton>(dialog, "opslaanButton"), Qt::LeftButton);
        QCOMPARE(message, QStringLiteral("naam: vul de naam van de voorziening in"));
        QVERIFY(stored().isEmpty());
        QVERIFY(!dialog.changed());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_MAIN(SocialeKaartDialogTest)
#include "socialekaartdialog_test.moc"
