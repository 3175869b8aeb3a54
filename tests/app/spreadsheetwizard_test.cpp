// Bestand -> Importeren uit spreadsheet… (issue 19): the wizard driven as a user does, on a team's CSV written
// here. Offscreen.
#include "spreadsheetimport/bestandpagina.h"
#include "spreadsheetimport/controlepagina.h"
#include "spreadsheetimport/importstaat.h"
#include "spreadsheetimport/kolommenpagina.h"
#include "spreadsheetimport/opslaanpagina.h"
#include "spreadsheetimport/spreadsheetwizard.h"
#include "spreadsheetimport/waardenpagina.h"
#include "spreadsheetimport/weigeringenmodel.h"

#include "core/instrument.h"
#include "storage/database.h"
#include "storage/dossierstore.h"
#include "storage/inwonerrepository.h"
#include "storage/spreadsheetopslag.h"
#include "support/tempdatabase.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace dw;

namespace {

// Four rows as a team keeps them. Row 4 (T-2) has a 6 in V1; "vaak" is the team's own word; "Vraag drie" is a
// header Draagwijzer does not guess; "x" and "nee" are draaglast marks.
const char* teamCsv = "Ref;Naam;Geb.datum;Gemeente;Datum meting;V1;V2;Vraag drie;Financiën;Opmerking\r\n"
                      "T-1;Anna de Vries;12-03-1980;Enschede;01-02-2025;Mee eens;vaak;3;x;\r\n"
                      "T-1;Anna de Vries;12-03-1980;Enschede;01-08-2025;4;4;4;;tweede keer\r\n"
                      "T-2;Bram Bos;1-5-1975;Hengelo;15-03-2025;6;2;2;nee;\r\n"
                      "T-3;Cor Smit;2000-01-31;Almelo;20-04-2025;Helemaal mee eens;vaak;5;n.v.t.;\r\n";

} // namespace

class SpreadsheetWizardTest : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TempDatabase> m_db;
    QString m_csv;

    template<typename T> static T* kind(QWidget* w, const char* naam) { return w->findChild<T*>(QLatin1String(naam)); }
    static bool volgende(SpreadsheetWizard& w)
    {
        QAbstractButton* knop = w.button(QWizard::NextButton);
        if (!knop->isEnabled())
            return false;
        knop->click();
        return true;
    }
    static void kiesVeld(KolommenPagina* pagina, int kolom, const QString& code)
    {
        pagina->kiesKolom(kolom);
        auto* combo = kind<QComboBox>(pagina, "veldCombo");
        combo->setCurrentIndex(combo->findData(code));
    }

    // Through the first three pages: the file typed, the proposal checked, "Vraag drie" mapped by hand and the
    // word "vaak" given 4. Leaves the wizard on the Controle page.
    void totControle(SpreadsheetWizard& w)
    {
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.currentId(), int(SpreadsheetWizard::BestandId));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled()); // no file yet
        QTest::keyClicks(kind<QLineEdit>(w.bestandPagina(), "bestandEdit"), m_csv);
        QVERIFY2(volgende(w), qPrintable(w.bestandPagina()->melding()));
        QCOMPARE(w.currentId(), int(SpreadsheetWizard::KolommenId));

        ImportStaat& s = w.staat();
        QCOMPARE(s.koppen.size(), 10);
        QCOMPARE(s.rijen.size(), 4);
        QCOMPARE(s.rijen.at(2).number, 4); // numbered as in Excel: the header is row 1
        QStringList voorstel;
        for (const SpreadsheetKeuze& k : std::as_const(s.keuzes))
            voorstel << k.veld.toCode() + (k.waarden.isEmpty() ? QString() : QStringLiteral("/") + k.waarden);
        QCOMPARE(voorstel,
            (QStringList {QStringLiteral("ref"),
                QStringLiteral("naam"),
                QStringLiteral("geboortedatum"),
                QStringLiteral("gemeente"),
                QStringLiteral("datum"),
                QStringLiteral("inw.pc.1"),
                QStringLiteral("inw.pc.2"),
                QStringLiteral("negeren"),
                QStringLiteral("draaglast.financien/kruisje"),
                QStringLiteral("negeren")}));
        auto* view = kind<QTableView>(w.kolommenPagina(), "voorbeeldView");
        QCOMPARE(view->model()->headerData(5, Qt::Horizontal).toString(), QStringLiteral("F: V1\n→ Tabel 1, inw.pc.1"));
        QCOMPARE(view->model()->data(view->model()->index(2, 5)).toString(), QStringLiteral("6"));

        kiesVeld(w.kolommenPagina(), 7, QStringLiteral("inw.pc.3"));
        QCOMPARE(s.keuzes.at(7).veld.toCode(), QStringLiteral("inw.pc.3"));
        QVERIFY(w.kolommenPagina()->overzicht().startsWith(QStringLiteral("9 van de 10 kolommen")));
        // Two columns for one question: the next step waits until one is changed.
        kiesVeld(w.kolommenPagina(), 9, QStringLiteral("inw.pc.3"));
        QVERIFY(w.kolommenPagina()->melding().contains(QStringLiteral("Kolom H (Vraag drie) en kolom J (Opmerking)")));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        kiesVeld(w.kolommenPagina(), 9, QStringLiteral("negeren"));
        QVERIFY(volgende(w));

        QCOMPARE(w.currentId(), int(SpreadsheetWizard::WaardenId));
        QCOMPARE(s.keuzes.at(6).waarden, QStringLiteral("eigen")); // V2 has a word of its own
        // ... and so the other item columns read with the same list; Financiën keeps "kruisje".
        QCOMPARE(s.keuzes.at(5).waarden, QStringLiteral("eigen"));
        QCOMPARE(s.keuzes.at(7).waarden, QStringLiteral("eigen"));
        QCOMPARE(s.keuzes.at(8).waarden, QStringLiteral("kruisje"));
        QCOMPARE(w.waardenPagina()->lijst(), QStringLiteral("eigen"));
        QCOMPARE(s.open.value(QStringLiteral("eigen")), QStringList {QStringLiteral("vaak")});
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        w.waardenPagina()->kiesWoord(QStringLiteral("vaak"));
        auto* waarde = kind<QComboBox>(w.waardenPagina(), "waardeCombo");
        waarde->setCurrentIndex(waarde->findData(4));
        QCOMPARE(s.lijsten.value(QStringLiteral("eigen")).value(QStringLiteral("vaak")), std::optional<int>(4));
        QVERIFY(w.waardenPagina()->melding().isEmpty());
        QVERIFY(volgende(w));
        QCOMPARE(w.currentId(), int(SpreadsheetWizard::ControleId));
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        m_csv = QDir(m_db->dir()).filePath(QStringLiteral("team.csv"));
        QVERIFY(test::writeFileBytes(m_csv, QByteArray(teamCsv)));
    }

    void aRefusedRowIsListedAndOnlyTheValidInwonersGoInWhenChosen()
    {
        SpreadsheetWizard w(m_db->db(), Instrument::standaard(), QDate(2026, 11, 25));
        totControle(w);
        if (QTest::currentTestFailed())
            return;
        ControlePagina* controle = w.controlePagina();
        QVERIFY2(controle->telling().startsWith(QStringLiteral("4 rijen gelezen: 3 inwoner(s), waarvan 3 nieuw en 0 "
                                                               "al in Draagwijzer.<br><b>1 rij(en) kunnen niet")),
            qPrintable(controle->telling()));
        WeigeringenModel* weigeringen = controle->weigeringen();
        QCOMPARE(weigeringen->rowCount(), 1);
        QCOMPARE(weigeringen->index(0, WeigeringenModel::Rij).data().toInt(), 4);
        QCOMPARE(weigeringen->index(0, WeigeringenModel::Kolom).data().toString(), QStringLiteral("F"));
        QCOMPARE(weigeringen->index(0, WeigeringenModel::Ref).data().toString(), QStringLiteral("T-2"));
        QCOMPARE(weigeringen->index(0, WeigeringenModel::Reden).data().toString(),
            QStringLiteral("'V1' is 6: verwacht 1 t/m 5"));
        // Without the explicit choice there is no way on.
        auto* alleenGeldige = kind<QCheckBox>(controle, "alleenGeldigeCheck");
        QVERIFY(alleenGeldige->isEnabled());
        QVERIFY(!alleenGeldige->isChecked());
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        alleenGeldige->setChecked(true);
        QVERIFY(volgende(w));

        QCOMPARE(w.currentId(), int(SpreadsheetWizard::OpslaanId));
        QVERIFY2(w.opslaanPagina()->samenvatting().startsWith(QStringLiteral(
                     "Klaar om in te lezen: 2 inwoner(s), waarvan 2 nieuw en 0 aangevuld, met 3 meetmoment(en).")),
            qPrintable(w.opslaanPagina()->samenvatting()));
        QVERIFY(kind<QCheckBox>(w.opslaanPagina(), "bewarenCheck")->isChecked()); // a new mapping is offered
        QCOMPARE(kind<QLineEdit>(w.opslaanPagina(), "naamEdit")->text(), QStringLiteral("team"));
        w.button(QWizard::FinishButton)->click();
        QVERIFY2(w.result() == QDialog::Accepted, qPrintable(w.opslaanPagina()->melding()));
        QCOMPARE(w.samenvatting(),
            QStringLiteral("Uit team.csv ingelezen: 2 nieuwe inwoner(s), 0 bestaande inwoner(s) aangevuld, 3 "
                           "meetmoment(en). 1 rij(en) zijn niet ingelezen; hun inwoners staan niet in Draagwijzer."));

        // In the database: T-1 and T-3 with the answers of their rows, T-2 not at all.
        const auto alle = InwonerRepository(m_db->db()).all();
        QVERIFY(alle.ok());
        QStringList refs;
        for (const Inwoner& i : *alle)
            refs << i.ref;
        refs.sort();
        QCOMPARE(refs, (QStringList {QStringLiteral("T-1"), QStringLiteral("T-3")}));
        DossierStore store(m_db->db(), Instrument::standaard());
        const auto t1 = store.load(QStringLiteral("T-1"));
        QVERIFY(t1.ok());
        QCOMPARE(t1->inwoner.naam, QStringLiteral("Anna de Vries"));
        QCOMPARE(t1->inwoner.geboortedatum, QDate(1980, 3, 12));
        QCOMPARE(t1->meetmomenten.size(), 2);
        const Meting& eerste = *t1->meetmomenten.at(0).inwoner;
        QCOMPARE(t1->meetmomenten.at(0).datum, QDate(2025, 2, 1));
        QCOMPARE(eerste.antwoorden,
            (Antwoorden {
                {QStringLiteral("inw.pc.1"), 4}, {QStringLiteral("inw.pc.2"), 4}, {QStringLiteral("inw.pc.3"), 3}}));
        QCOMPARE(eerste.draaglast, (DraaglastNiveaus {{QStringLiteral("financien"), 2}})); // "x"
        const Meting& tweede = *t1->meetmomenten.at(1).inwoner;
        QCOMPARE(tweede.antwoorden,
            (Antwoorden {
                {QStringLiteral("inw.pc.1"), 4}, {QStringLiteral("inw.pc.2"), 4}, {QStringLiteral("inw.pc.3"), 4}}));
        QVERIFY(tweede.draaglast.isEmpty());
        const auto t3 = store.load(QStringLiteral("T-3"));
        QVERIFY(t3.ok());
        QCOMPARE(t3->meetmomenten.size(), 1);
        QCOMPARE(t3->meetmomenten.at(0).inwoner->antwoorden,
            (Antwoorden {
                {QStringLiteral("inw.pc.1"), 5}, {QStringLiteral("inw.pc.2"), 4}, {QStringLiteral("inw.pc.3"), 5}}));
        QCOMPARE(t3->meetmomenten.at(0).inwoner->draaglast,
            (DraaglastNiveaus {{QStringLiteral("financien"), std::nullopt}}));

        // The mapping was kept as profile "team", and is offered next time with what was chosen by hand.
        const auto namen = spreadsheetopslag::profielNamen(m_db->db());
        QVERIFY(namen.ok());
        QCOMPARE(*namen, QStringList {QStringLiteral("team")});
        SpreadsheetWizard opnieuw(m_db->db(), Instrument::standaard(), QDate(2026, 11, 25));
        auto* profiel = kind<QComboBox>(opnieuw.bestandPagina(), "profielCombo");
        profiel->setCurrentIndex(profiel->findData(QStringLiteral("team")));
        kind<QLineEdit>(opnieuw.bestandPagina(), "bestandEdit")->setText(m_csv);
        opnieuw.show();
        QVERIFY(volgende(opnieuw));
        QCOMPARE(opnieuw.staat().keuzes.at(7).veld.toCode(), QStringLiteral("inw.pc.3"));
        QCOMPARE(opnieuw.staat().keuzes.at(6).waarden, QStringLiteral("eigen"));
        QCOMPARE(opnieuw.staat().lijsten.value(QStringLiteral("eigen")).value(QStringLiteral("vaak")),
            std::optional<int>(4));
        QVERIFY(volgende(opnieuw)); // no word left without a value
        QVERIFY(volgende(opnieuw));
        // Now T-1 and T-3 exist with these dates: every row of theirs is a duplicate.
        QCOMPARE(opnieuw.controlePagina()->weigeringen()->rowCount(), 4);
        QVERIFY(opnieuw.controlePagina()->telling().contains(QStringLiteral("waarvan 1 nieuw en 2 al in Draagwijzer")));
    }

    void withoutTheChoiceNothingIsWritten()
    {
        {
            SpreadsheetWizard w(m_db->db(), Instrument::standaard(), QDate(2026, 11, 25));
            totControle(w);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(w.controlePagina()->weigeringen()->rowCount(), 1);
            QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
            QVERIFY(!w.controlePagina()->isComplete());
            w.reject();
        }
        const auto alle = InwonerRepository(m_db->db()).all();
        QVERIFY(alle.ok());
        QVERIFY(alle->isEmpty());
        const auto namen = spreadsheetopslag::profielNamen(m_db->db());
        QVERIFY(namen.ok() && namen->isEmpty());
    }

    void aHeaderRowThatIsNotThereIsSaidOnTheFirstPage()
    {
        SpreadsheetWizard w(m_db->db(), Instrument::standaard(), QDate(2026, 11, 25));
        w.show();
        kind<QLineEdit>(w.bestandPagina(), "bestandEdit")->setText(m_csv);
        kind<QSpinBox>(w.bestandPagina(), "kopregelSpin")->setValue(9);
        QVERIFY(volgende(w)); // the button is on; going on is refused with the reason
        QCOMPARE(w.currentId(), int(SpreadsheetWizard::BestandId));
        QVERIFY2(w.bestandPagina()->melding().startsWith(QStringLiteral("Rij 9 is leeg of bestaat niet.")),
            qPrintable(w.bestandPagina()->melding()));
        kind<QLineEdit>(w.bestandPagina(), "bestandEdit")->setText(m_csv + QStringLiteral(".weg"));
        QCOMPARE(w.bestandPagina()->melding(), QStringLiteral("Dit bestand bestaat niet."));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
    }

    // The template ships inside the app: "Sjabloon opslaan…" writes it where the team chooses, byte for byte.
    void theTemplateIsSavedFromTheFirstPage()
    {
        SpreadsheetWizard w(m_db->db(), Instrument::standaard(), QDate(2026, 11, 25));
        w.show();
        const QString pad = QDir(m_db->dir()).filePath(QStringLiteral("ons-blad.xlsx"));
        QTimer::singleShot(0, [&pad] {
            auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->selectFile(pad);
            static_cast<QDialog*>(dialog)->accept(); // QFileDialog makes it protected
        });
        kind<QPushButton>(w.bestandPagina(), "sjabloonButton")->click();
        QFile shipped(QStringLiteral(":/spreadsheet/sjabloon.xlsx"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        const QByteArray bytes = test::fileBytes(pad);
        QVERIFY(bytes.startsWith("PK\x03\x04")); // a zip: the workbook, not the CSV
        QCOMPARE(bytes, shipped.readAll());
        QCOMPARE(w.bestandPagina()->melding(),
            QStringLiteral("Het sjabloon staat in %1. Vul het in, en lees het hier in met het profiel sjabloon.")
                .arg(QDir::toNativeSeparators(pad)));
    }
};

QTEST_MAIN(SpreadsheetWizardTest)
#include "spreadsheetwizard_test.moc"
