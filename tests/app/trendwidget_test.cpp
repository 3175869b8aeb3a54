#include "core/instrument.h"
#include "document/dossierdocument.h"
#include "storage/dossierstore.h"
#include "support/tempdatabase.h"
#include "support/trenddossier.h"
#include "trend/draaglasttrendmodel.h"
#include "trend/trendwidget.h"
#include "weergave/weergave.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace dw;

namespace {

QList<QPointF> pointsOf(QChartView* view, const QString& objectName)
{
    QList<QPointF> out;
    for (QAbstractSeries* s : view->chart()->series()) {
        if (s->objectName() == objectName)
            out += static_cast<QXYSeries*>(s)->points();
    }
    return out;
}

} // namespace

class TrendWidgetTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands)); }

    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        Dossier leeg = test::trendDossier(QStringLiteral("ENS-0002"));
        leeg.meetmomenten.clear();
        QVERIFY(DossierStore(m_db->db(), Instrument::standaard()).importDossiers({test::trendDossier(), leeg}).ok());
        m_doc = std::make_unique<DossierDocument>(m_db->db(), Instrument::standaard());
        QVERIFY(m_doc->open(QStringLiteral("ENS-0001")).ok());
        m_widget = std::make_unique<TrendWidget>(m_doc.get());
        m_widget->resize(1300, 760);
    }
    void cleanup()
    {
        m_widget.reset();
        m_doc.reset();
        m_db.reset();
    }

    void showsTheDossiersFigures()
    {
        QVERIFY(!m_widget->showsEmptyState());
        QCOMPARE(m_widget->trend().meetmomenten.size(), 3);
        QChartView* pc = m_widget->chartView(TrendGrafiek::Competenties);
        QCOMPARE(pointsOf(pc, QStringLiteral("inwoner")), (QList<QPointF> {{1, 3.0}, {3, 4.25}}));
        QCOMPARE(pointsOf(pc, QStringLiteral("professional")), (QList<QPointF> {{1, 4.0}, {3, 5.0}}));
        QCOMPARE(pointsOf(pc, QStringLiteral("drempel")), (QList<QPointF> {{0.5, 3.5}, {3.5, 3.5}}));
        QCOMPARE(pointsOf(m_widget->chartView(TrendGrafiek::Probleemgebieden), QStringLiteral("inwoner")),
            (QList<QPointF> {{1, 2}, {2, 0}, {3, 1}}));
        QCOMPARE(pointsOf(m_widget->chartView(TrendGrafiek::KwadrantPad), QStringLiteral("professional")),
            (QList<QPointF> {{4.0, 3.5}, {5.0, 2.0}}));
        QCOMPARE(m_widget->draaglastModel()->columnCount(), 6);
        QCOMPARE(m_widget->draaglastView()->model(), static_cast<QAbstractItemModel*>(m_widget->draaglastModel()));
    }

    void emptyDossierSaysNogGeenMeetmomenten()
    {
        QVERIFY(m_doc->open(QStringLiteral("ENS-0002")).ok());
        QVERIFY(m_widget->showsEmptyState());
        bool found = false;
        for (QLabel* label : m_widget->findChildren<QLabel*>())
            found = found
                || (label->isVisibleTo(m_widget.get())
                    && label->text().contains(QStringLiteral("Nog geen meetmomenten")));
        QVERIFY(found);
        QTemporaryDir dir;
        const Status s = m_widget->saveGrafiek(TrendGrafiek::Competenties, dir.filePath(QStringLiteral("x.png")));
        QVERIFY(!s.ok());
        QVERIFY(s.errorMessage().contains(QStringLiteral("nog geen meetmomenten")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.png"))));
    }

    void oneMeetmomentSaysALineFollows()
    {
        QVERIFY(!m_widget->hint().contains(QStringLiteral("één meetmoment")));
        const QVector<Meetmoment> mm = m_doc->dossier().meetmomenten;
        m_doc->removeMeetmoment(mm.at(2).id);
        m_doc->removeMeetmoment(mm.at(1).id);
        QCOMPARE(m_widget->trend().meetmomenten.size(), 1);
        QVERIFY(!m_widget->showsEmptyState());
        QVERIFY(m_widget->hint().contains(QStringLiteral("nog één meetmoment")));
        QCOMPARE(pointsOf(m_widget->chartView(TrendGrafiek::Competenties), QStringLiteral("inwoner")),
            (QList<QPointF> {{1, 3.0}}));
        m_doc->removeMeetmoment(mm.at(0).id);
        QVERIFY(m_widget->showsEmptyState()); // the last one removed
        m_doc->undoStack()->undo();
        QVERIFY(!m_widget->showsEmptyState());
    }

    void redrawsOnChangeAndAfterUndo()
    {
        Meetmoment m;
        m.datum = QDate(2018, 3, 1);
        m.inwoner = test::trendMeting(Perspectief::Inwoner, {5, 5, 5, 5, 5, 5, 5, 5}, {1, 1, 1, 1, 1, 1, 1});
        m_doc->addMeetmoment(m);
        QCOMPARE(m_widget->trend().meetmomenten.size(), 4);
        QChartView* pc = m_widget->chartView(TrendGrafiek::Competenties);
        QCOMPARE(pointsOf(pc, QStringLiteral("inwoner")), (QList<QPointF> {{1, 3.0}, {3, 4.25}, {4, 5.0}}));
        QCOMPARE(pointsOf(pc, QStringLiteral("drempel")), (QList<QPointF> {{0.5, 3.5}, {4.5, 3.5}}));
        QCOMPARE(m_widget->draaglastModel()->columnCount(), 8);
        m_doc->undoStack()->undo();
        QCOMPARE(m_widget->trend().meetmomenten.size(), 3);
        QCOMPARE(pointsOf(m_widget->chartView(TrendGrafiek::Competenties), QStringLiteral("inwoner")),
            (QList<QPointF> {{1, 3.0}, {3, 4.25}}));
        m_doc->undoStack()->redo();
        QCOMPARE(m_widget->trend().meetmomenten.size(), 4);
    }

    void draaglastPerspectiveCanBeChosen()
    {
        m_widget->draaglastPerspectiefCombo()->setCurrentIndex(1); // Inwoner
        QCOMPARE(m_widget->draaglastModel()->perspectieven(), QVector<Perspectief> {Perspectief::Inwoner});
        QCOMPARE(m_widget->draaglastModel()->columnCount(), 3);
        m_widget->draaglastPerspectiefCombo()->setCurrentIndex(0);
        QCOMPARE(m_widget->draaglastModel()->columnCount(), 6);
    }

    void defaultFileNameIsRefAndChart()
    {
        QCOMPARE(m_widget->defaultFileName(TrendGrafiek::Competenties), QStringLiteral("ENS-0001-competenties.png"));
        QCOMPARE(m_widget->defaultFileName(TrendGrafiek::KwadrantPad, QStringLiteral("svg")),
            QStringLiteral("ENS-0001-kwadrantpad.svg"));
    }

    void savesPngOfTheExportSize()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(m_widget->defaultFileName(TrendGrafiek::Competenties));
        const Status s = m_widget->saveGrafiek(TrendGrafiek::Competenties, path);
        QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
        QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(900, 560));
        QCOMPARE(m_widget->exportSize(TrendGrafiek::Competenties), QSize(900, 560));
        // The chart is drawn, not just a white page: the inwoner's blue is in it.
        const QColor blue = perspectiefKleur(Perspectief::Inwoner);
        int bluePixels = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                bluePixels += image.pixelColor(x, y).rgb() == blue.rgb();
        }
        QVERIFY2(bluePixels > 50, qPrintable(QString::number(bluePixels)));
    }

    void savesEveryFigureAsPngAndSvg()
    {
        QTemporaryDir dir;
        for (TrendGrafiek g : alleTrendGrafieken) {
            const QString png = dir.filePath(m_widget->defaultFileName(g));
            QVERIFY2(m_widget->saveGrafiek(g, png).ok(), qPrintable(png));
            QCOMPARE(QImage(png).size(), m_widget->exportSize(g));
            const QString svg = dir.filePath(m_widget->defaultFileName(g, QStringLiteral("svg")));
            QVERIFY2(m_widget->saveGrafiek(g, svg).ok(), qPrintable(svg));
            const QByteArray bytes = test::fileBytes(svg);
            QVERIFY(bytes.startsWith("<?xml"));
            QVERIFY(bytes.contains("<svg"));
        }
        QCOMPARE(m_widget->exportSize(TrendGrafiek::Draaglast), QSize(760, 420)); // 6 columns fit the minimum
    }

    void grafiekOpslaanAsksForAFileWithRefAndChartAsDefaultName()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mijn-grafiek")); // no suffix: the chosen filter adds it
        QString suggested;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            if (!dialog) { // never leave a modal dialog waiting
                if (QWidget* modal = QApplication::activeModalWidget())
                    modal->close();
                return;
            }
            suggested = dialog->selectedFiles().value(0);
            dialog->selectNameFilter(QStringLiteral("SVG-tekening (*.svg)"));
            dialog->selectFile(path);
            static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept() is protected
        });
        m_widget->saveGrafiekAs(TrendGrafiek::SociaalKapitaal);
        QCOMPARE(QFileInfo(suggested).fileName(), QStringLiteral("ENS-0001-sociaal-kapitaal.png"));
        QVERIFY(test::fileBytes(path + QStringLiteral(".svg")).startsWith("<?xml"));
    }

    void saveErrorsAreDutchAndWriteNothing()
    {
        QTemporaryDir dir;
        const Status noFolder = m_widget->saveGrafiek(
            TrendGrafiek::Competenties, dir.filePath(QStringLiteral("bestaat-niet/grafiek.png")));
        QVERIFY(!noFolder.ok());
        QVERIFY2(noFolder.errorMessage().contains(QStringLiteral("bestaat niet")), qPrintable(noFolder.errorMessage()));
        const Status badType = m_widget->saveGrafiek(TrendGrafiek::Competenties, dir.filePath(QStringLiteral("g.jpg")));
        QVERIFY(!badType.ok());
        QCOMPARE(badType.errorMessage(), QStringLiteral("Kies als bestandstype PNG (.png) of SVG (.svg)."));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("g.jpg"))));
    }

private:
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<DossierDocument> m_doc;
    std::unique_ptr<TrendWidget> m_widget;
};

QTEST_MAIN(TrendWidgetTest)
#include "trendwidget_test.moc"
