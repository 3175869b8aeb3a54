// Issue 18, part 2: the manual inside the app. F1 opens the page of the screen in use, in the main window, in each
// dossier tab, in the Teamoverzicht and in every dialog; every link between the pages resolves; and the words of
// the study are all explained.
#include "alledialogen.h"
#include "caseload/caseloadwidget.h"
#include "help/handleiding.h"
#include "help/handleidingvenster.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenuBar>
#include <QTabBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

using namespace dw;

namespace {

// Every link in a page's Markdown, as written ("kwadranten.md").
QStringList links(const QString& pagina)
{
    QTextDocument doc;
    doc.setMarkdown(Handleiding::tekst(pagina));
    QStringList uit;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (f.isAnchor() && !f.anchorHref().isEmpty())
                uit << f.anchorHref();
        }
    }
    uit.removeDuplicates();
    return uit;
}

// The first control in `page` that Tab reaches, or the page itself.
QWidget* eersteVeld(QWidget* page)
{
    for (QWidget* w : page->findChildren<QWidget*>()) {
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))
            return w;
    }
    return page;
}

} // namespace

class HandleidingTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = test::wandelBestand(m_dir);
        QVERIFY(!m_path.isEmpty());
    }

    void everyPageOfTheSourceIsCompiledIn()
    {
        // docs/handleiding is the source; a page written there but left out of the .qrc would never be shown.
        QStringList bron = QDir(QStringLiteral(DW_HANDLEIDING_DIR)).entryList({QStringLiteral("*.md")}, QDir::Files);
        for (QString& b : bron)
            b.chop(3);
        QStringList ingebouwd;
        for (const Handleiding::Pagina& p : Handleiding::paginas()) {
            ingebouwd << p.naam;
            QVERIFY2(!p.titel.isEmpty() && p.titel != p.naam, qPrintable(p.naam)); // each page has a heading
        }
        QCOMPARE(ingebouwd.first(), QStringLiteral("index"));
        bron.sort();
        ingebouwd.sort();
        QCOMPARE(ingebouwd, bron);
        QVERIFY(ingebouwd.size() >= 20);
        QCOMPARE(Handleiding::paginas().first().titel, QStringLiteral("Handleiding Draagwijzer"));
        QVERIFY(Handleiding::tekst(QStringLiteral("bestaat-niet")).isEmpty());
    }

    void everyLinkPointsToAPageAndEveryPageIsReachable()
    {
        QStringList kapot;
        int aantal = 0;
        for (const Handleiding::Pagina& p : Handleiding::paginas()) {
            const QStringList l = links(p.naam);
            if (l.isEmpty() && p.naam != QStringLiteral("index"))
                kapot << QStringLiteral("%1: geen enkele link terug").arg(p.naam);
            for (const QString& href : l) {
                ++aantal;
                const QUrl url(href);
                // Relative, to a page, no anchor: QTextBrowser resolves it against the page shown.
                if (!url.isRelative() || url.hasFragment() || !href.endsWith(QStringLiteral(".md"))
                    || Handleiding::tekst(href.chopped(3)).isEmpty())
                    kapot << QStringLiteral("%1 -> %2").arg(p.naam, href);
            }
        }
        QVERIFY2(kapot.isEmpty(), qPrintable(kapot.join(QLatin1Char('\n'))));
        QVERIFY(aantal > 60);

        // From the index every page can be found by following links (the table of contents is whole).
        QStringList gevonden {QStringLiteral("index")};
        for (int i = 0; i < gevonden.size(); ++i) {
            for (const QString& href : links(gevonden.at(i))) {
                if (!gevonden.contains(href.chopped(3)))
                    gevonden << href.chopped(3);
            }
        }
        QCOMPARE(gevonden.size(), Handleiding::paginas().size());
    }

    void theWordsOfTheStudyAreExplained()
    {
        // Each topic the issue names, found by the manual's own search.
        const QStringList onderwerpen = {QStringLiteral("draagkracht"),
            QStringLiteral("draaglast"),
            QStringLiteral("persoonlijke competenties"),
            QStringLiteral("sociaal kapitaal"),
            QStringLiteral("kwadrant"),
            QStringLiteral("twee derde"),
            QStringLiteral("3,5"),
            QStringLiteral("werkproces"),
            QStringLiteral("hulpvraag"),
            QStringLiteral("vraagverheldering"),
            QStringLiteral("doelen"),
            QStringLiteral("interventies"),
            QStringLiteral("uitvoering"),
            QStringLiteral("uitkomst"),
            QStringLiteral("n.v.t.")};
        for (const QString& o : onderwerpen)
            QVERIFY2(!Handleiding::zoek(o).isEmpty(), qPrintable(o));
        // And where a professional looks for them.
        const QString kwadranten = Handleiding::tekst(QStringLiteral("kwadranten"));
        for (const char* s : {"Zwakke draagkracht",
                 "Enkele draagkracht (persoonlijke competenties)",
                 "Enkele draagkracht (sociaal kapitaal)",
                 "Dubbele draagkracht",
                 "twee derde",
                 "3,5 of hoger",
                 "Weet niet",
                 "N.v.t."})
            QVERIFY2(kwadranten.contains(QString::fromUtf8(s)), s);
        const QString werkproces = Handleiding::tekst(QStringLiteral("werkproces"));
        qsizetype vorige = -1;
        for (const char* stap : {"Originele hulpvraag",
                 "Vraagverheldering",
                 "Bepalen doelen",
                 "keuze interventies",
                 "uitvoering",
                 "Uitkomst"}) {
            const qsizetype plek = werkproces.indexOf(QString::fromUtf8(stap));
            QVERIFY2(plek > vorige, stap); // in the order of the study
            vorige = plek;
        }
        const QString begrippen = Handleiding::tekst(QStringLiteral("begrippen"));
        for (const char* afkorting : {"| PC |", "| SK |", "| inw. |", "| prof. |", "| Mm. |", "| Gem. |", "| N.v.t. |"})
            QVERIFY2(begrippen.contains(QString::fromUtf8(afkorting)), afkorting);
    }

    void searchIgnoresCapitalsAndAccentsAndNeedsEveryWord()
    {
        const auto treffers = Handleiding::zoek(QStringLiteral("FINANCIEN schulden"));
        QStringList paginas;
        for (const auto& t : treffers)
            paginas << t.pagina;
        QVERIFY2(paginas.contains(QStringLiteral("draagkracht-en-draaglast")), qPrintable(paginas.join(u' ')));
        const auto t = treffers.at(paginas.indexOf(QStringLiteral("draagkracht-en-draaglast")));
        QCOMPARE(t.titel, QStringLiteral("Draagkracht en draaglast"));
        QVERIFY2(t.fragment.contains(QStringLiteral("Financiën")), qPrintable(t.fragment));
        QVERIFY(Handleiding::zoek(QStringLiteral("financien xyzzy")).isEmpty());
        QVERIFY(Handleiding::zoek(QStringLiteral("   ")).isEmpty());
    }

    void theWindowFollowsLinksSearchesAndGoesBack()
    {
        HandleidingVenster venster;
        venster.show();
        venster.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&venster)); // for its shortcuts (Alt+Left)
        venster.toonPagina(QStringLiteral("kwadranten"));
        QCOMPARE(venster.huidigePagina(), QStringLiteral("kwadranten"));
        QVERIFY(venster.browser()->toPlainText().contains(QStringLiteral("De twee-derderegel")));
        QCOMPARE(venster.windowTitle(), QStringLiteral("Handleiding: Kwadranten en scores"));
        // A link clicked with the mouse: relative to the page shown, and Markdown by its suffix.
        QTextCursor link(venster.browser()->document());
        for (QTextBlock b = venster.browser()->document()->begin(); b.isValid() && link.position() == 0; b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                if (it.fragment().charFormat().anchorHref() == QStringLiteral("draagkracht-en-draaglast.md")) {
                    link.setPosition(it.fragment().position() + 1);
                    break;
                }
            }
        }
        QVERIFY(link.position() > 0);
        venster.browser()->setTextCursor(link);
        venster.browser()->ensureCursorVisible();
        const QPoint plek = venster.browser()->cursorRect(link).center();
        QTest::mouseClick(venster.browser()->viewport(), Qt::LeftButton, {}, plek);
        QTRY_COMPARE(venster.huidigePagina(), QStringLiteral("draagkracht-en-draaglast"));
        QCOMPARE(venster.browser()->source().fileName(), QStringLiteral("draagkracht-en-draaglast.md"));
        QVERIFY(venster.browser()->toPlainText().contains(QStringLiteral("Twee kanten: inwoner en professional")));
        QVERIFY(!venster.browser()->toPlainText().contains(QStringLiteral("](")));

        venster.zoek(QStringLiteral("twee derde"));
        QCOMPARE(venster.huidigePagina(), QStringLiteral("zoeken"));
        QVERIFY(venster.browser()->toHtml().contains(QStringLiteral("qrc:/handleiding/kwadranten.md")));
        // Terug from the results: the page searched from.
        QTest::keyClick(&venster, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(venster.huidigePagina(), QStringLiteral("draagkracht-en-draaglast"));
        QTest::keyClick(&venster, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(venster.huidigePagina(), QStringLiteral("kwadranten"));
        venster.zoek(QStringLiteral("xyzzy"));
        QVERIFY(venster.browser()->toPlainText().contains(QStringLiteral("Geen pagina bevat alle woorden")));
        // The same page again after a search shows the page, not the results.
        venster.toonPagina(QStringLiteral("kwadranten"));
        QCOMPARE(venster.huidigePagina(), QStringLiteral("kwadranten"));
        QVERIFY(venster.browser()->toPlainText().contains(QStringLiteral("De twee-derderegel")));
        venster.toonPagina(QStringLiteral("bestaat-niet")); // an unknown page: the table of contents
        QCOMPARE(venster.huidigePagina(), QStringLiteral("index"));
    }

    void f1InTheMainWindowOpensThePageOfTheScreen()
    {
        const auto window = test::hoofdvensterMetDossier(m_path, QStringLiteral("WSL-000003"));
        QVERIFY(window);
        auto* handleiding = window->findChild<Handleiding*>();
        QVERIFY(handleiding);
        // Help -> Handleiding, with F1.
        QAction* actie = nullptr;
        for (QAction* menu : window->menuBar()->actions()) {
            if (menu->menu() && menu->text() == QStringLiteral("&Help"))
                actie = menu->menu()->actions().value(0);
        }
        QVERIFY(actie);
        QCOMPARE(actie->text(), QStringLiteral("&Handleiding"));
        QCOMPARE(actie->shortcut(), QKeySequence(Qt::Key_F1));

        const auto druk = [&](QWidget* w) -> QString {
            window->activateWindow();
            if (!QTest::qWaitForWindowActive(window.get()))
                return QStringLiteral("hoofdvenster niet actief");
            w->setFocus();
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : w, Qt::Key_F1);
            if (!handleiding->venster() || !handleiding->venster()->isVisible())
                return QStringLiteral("geen handleiding");
            return handleiding->venster()->huidigePagina();
        };
        // The caseload's own search field and list (the journaal has a zoekEdit too).
        QCOMPARE(
            druk(window->caseload()->findChild<QLineEdit*>(QStringLiteral("zoekEdit"))), QStringLiteral("caseload"));
        QCOMPARE(
            druk(window->caseload()->findChild<QTableView*>(QStringLiteral("tableView"))), QStringLiteral("caseload"));

        DossierWidget* dossier = window->dossierWidget();
        auto* tabs = dossier->findChild<QTabWidget*>(QStringLiteral("tabs"));
        const QStringList verwacht = {QStringLiteral("gegevens"),
            QStringLiteral("meetmomenten"),
            QStringLiteral("vergelijking"),
            QStringLiteral("trends"),
            QStringLiteral("plan-van-aanpak"),
            QStringLiteral("journaal"),
            QStringLiteral("bijlagen")};
        QCOMPARE(tabs->count(), verwacht.size());
        for (int i = 0; i < tabs->count(); ++i) {
            dossier->showTab(i);
            QCoreApplication::processEvents();
            QCOMPARE(druk(eersteVeld(tabs->currentWidget())), verwacht.at(i));
            // The tab bar is not inside the page it shows: it gets the page of the current tab.
            QCOMPARE(druk(tabs->tabBar()), verwacht.at(i));
        }
        dossier->showTab(0);
        QCoreApplication::processEvents();
        QCOMPARE(druk(eersteVeld(dossier->herinneringen())), QStringLiteral("herinneringen"));
        // The manual stays one window, at the page of the last F1.
        QCOMPARE(handleiding->venster()->parentWidget(), nullptr);
        QVERIFY(!handleiding->venster()->testAttribute(Qt::WA_QuitOnClose)); // quitting still quits
    }

    void f1InTheTeamoverzicht()
    {
        test::FakeClock klok;
        const auto w = test::teamoverzicht(m_path, klok);
        QVERIFY(w);
        Handleiding handleiding;
        auto* tabs = w->findChild<QTabWidget*>(QStringLiteral("tabWidget"));
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            QTest::keyClick(eersteVeld(tabs->currentWidget()), Qt::Key_F1);
            QVERIFY(handleiding.venster());
            QCOMPARE(handleiding.venster()->huidigePagina(), QStringLiteral("teamoverzicht"));
        }
    }

    void f1InEveryDialog()
    {
        const QHash<QString, QString> verwacht = {
            {QStringLiteral("AanmeldDialog (inloggen)"), QStringLiteral("accounts-en-auditlog")},
            {QStringLiteral("AanmeldDialog (eerste beheerder)"), QStringLiteral("accounts-en-auditlog")},
            {QStringLiteral("WachtwoordDialog"), QStringLiteral("accounts-en-auditlog")},
            {QStringLiteral("AccountsDialog"), QStringLiteral("accounts-en-auditlog")},
            {QStringLiteral("AuditViewer"), QStringLiteral("accounts-en-auditlog")},
            {QStringLiteral("BewaartermijnDialog"), QStringLiteral("afsluiten-en-bewaartermijn")},
            {QStringLiteral("SocialeKaartDialog"), QStringLiteral("sociale-kaart")},
            {QStringLiteral("InwonerDialog"), QStringLiteral("gegevens")},
            {QStringLiteral("AfsluitDialog"), QStringLiteral("afsluiten-en-bewaartermijn")},
            {QStringLiteral("MetingDialog"), QStringLiteral("vragenlijst")},
            // The inwoner's own questionnaire goes nowhere else, the manual included.
            {QStringLiteral("SamenInvullenDialog"), QString()},
            {QStringLiteral("VerzetDialog"), QStringLiteral("herinneringen")},
            {QStringLiteral("WeekoverzichtDialog"), QStringLiteral("herinneringen")},
            {QStringLiteral("InstellingenDialog"), QStringLiteral("instellingen")},
            {QStringLiteral("BackupTerugzettenDialog"), QStringLiteral("back-up")},
            {QStringLiteral("BijlageDialog"), QStringLiteral("bijlagen")},
            {QStringLiteral("SpreadsheetWizard"), QStringLiteral("spreadsheet-importeren")},
            {QStringLiteral("SpreadsheetWizard (kolommen)"), QStringLiteral("spreadsheet-importeren")},
        };
        test::AlleDialogen dialogen;
        QVERIFY(dialogen.ok());
        Handleiding handleiding;
        QStringList fout;
        int gezien = 0;
        for (const auto& d : dialogen.lijst()) {
            if (d.naam == QLatin1String("Handleiding"))
                continue; // the manual itself, in the list for the walks of names, Tab order and shortcuts
            QVERIFY2(verwacht.contains(d.naam), qPrintable(d.naam)); // a new dialog gets a page here
            const std::unique_ptr<QWidget> w = d.maak();
            // Modal, as the app runs them: the manual must open inside the dialog to be usable.
            w->setWindowModality(Qt::ApplicationModal);
            w->show();
            QVERIFY(QTest::qWaitForWindowExposed(w.get()));
            if (handleiding.venster())
                handleiding.venster()->hide();
            QWidget* focus = QApplication::focusWidget();
            QTest::keyClick(focus && w->isAncestorOf(focus) ? focus : w.get(), Qt::Key_F1);
            const bool open = handleiding.venster() && handleiding.venster()->isVisible();
            const QString pagina = open ? handleiding.venster()->huidigePagina() : QString();
            if (pagina != verwacht.value(d.naam))
                fout << QStringLiteral("%1: %2").arg(d.naam, open ? pagina : QStringLiteral("geen handleiding"));
            else if (open && handleiding.venster()->parentWidget() != w.get())
                fout << QStringLiteral("%1: handleiding niet in het modale venster").arg(d.naam);
            ++gezien;
            w->close();
        }
        QVERIFY2(fout.isEmpty(), qPrintable(fout.join(QLatin1Char('\n'))));
        QCOMPARE(gezien, verwacht.size());

        // The lock screen hides everything, and F1 does not open a window over it.
        QWidget window;
        window.show();
        QWidget* slot = dialogen.slotscherm(&window);
        QVERIFY(slot);
        if (handleiding.venster())
            handleiding.venster()->hide();
        QTest::keyClick(slot, Qt::Key_F1);
        QVERIFY(!handleiding.venster() || !handleiding.venster()->isVisible());
    }

    void aPropertyOrAnUnknownWindowFindsItsPage()
    {
        QWidget scherm;
        scherm.setObjectName(QStringLiteral("PlanEditor"));
        QWidget binnen(&scherm);
        QCOMPARE(Handleiding::paginaVoor(&binnen), QStringLiteral("plan-van-aanpak"));
        binnen.setProperty("handleiding", QStringLiteral("journaal")); // nearest first
        QCOMPARE(Handleiding::paginaVoor(&binnen), QStringLiteral("journaal"));
        binnen.setProperty("handleiding", QString()); // explicitly none
        QCOMPARE(Handleiding::paginaVoor(&binnen), QString());
        QWidget onbekend;
        QCOMPARE(Handleiding::paginaVoor(&onbekend), QStringLiteral("index"));
        QCOMPARE(Handleiding::paginaVoor(nullptr), QStringLiteral("index"));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(HandleidingTest)
#include "handleiding_test.moc"
