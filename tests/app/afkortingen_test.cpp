// Issue 18: every abbreviation on screen says its full words in a tooltip. Table headers give them as
// Qt::ToolTipRole of the model (or of the header item), so that a mouse user and a screen reader both get them.
#include "caseload/caseloadmodel.h"
#include "core/cohortreport.h"
#include "core/instrument.h"
#include "core/trend.h"
#include "dashboard/dashboardtabellen.h"
#include "dashboard/vervolgmodel.h"
#include "dossier/meetmomentenmodel.h"
#include "storage/database.h"
#include "support/trenddossier.h"
#include "trend/draaglasttrendmodel.h"

#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dw;

namespace {

QString tip(const QAbstractItemModel& model, int column)
{
    return model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
}

// A header is abbreviated when a word of it ends with a dot ("PC inw.", "Mm.", "Gem. verschil").
bool afgekort(const QString& kop)
{
    for (const QString& woord : kop.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (woord.endsWith(QLatin1Char('.')) && woord.size() > 1)
            return true;
    }
    return false;
}

// Every abbreviated header of `model` with its tooltip, or the header alone when it has none.
QStringList zonderTip(const QAbstractItemModel& model)
{
    QStringList uit;
    for (int c = 0; c < model.columnCount(); ++c) {
        const QString kop = model.headerData(c, Qt::Horizontal).toString();
        if (afgekort(kop) && tip(model, c).isEmpty())
            uit << kop;
    }
    return uit;
}

} // namespace

class AfkortingenTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void meetmomentenSayTheScoresInFullWords()
    {
        MeetmomentenModel model(Instrument::standaard());
        QCOMPARE(model.headerData(MeetmomentenModel::PcInwoner, Qt::Horizontal).toString(), QStringLiteral("PC inw."));
        QCOMPARE(tip(model, MeetmomentenModel::PcInwoner),
            QStringLiteral("Persoonlijke competenties volgens de inwoner (Tabel 1), score 1–5"));
        QCOMPARE(tip(model, MeetmomentenModel::SkInwoner),
            QStringLiteral("Sociaal kapitaal volgens de inwoner (Tabel 1), score 1–5"));
        QCOMPARE(tip(model, MeetmomentenModel::ProblemenInwoner),
            QStringLiteral("Aantal probleemgebieden volgens de inwoner (0–8)"));
        QCOMPARE(tip(model, MeetmomentenModel::PcProfessional),
            QStringLiteral("Persoonlijke competenties volgens de professional (Tabel 2), score 1–5"));
        QCOMPARE(tip(model, MeetmomentenModel::SkProfessional),
            QStringLiteral("Sociaal kapitaal volgens de professional (Tabel 2), score 1–5"));
        QCOMPARE(tip(model, MeetmomentenModel::ProblemenProfessional),
            QStringLiteral("Aantal probleemgebieden volgens de professional (0–8)"));
        QCOMPARE(zonderTip(model), QStringList());
        // Only the header has the tooltip; a vertical header or a plain role is left to Qt.
        QVERIFY(!model.headerData(0, Qt::Vertical, Qt::ToolTipRole).toString().startsWith(QStringLiteral("Pers")));
    }

    void caseloadSaysRefAndMeetmomenten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("leeg.sqlite"));
        QVERIFY(Database::open(path).ok());
        CaseloadModel model(Connector::forFile(path), Instrument::standaard());
        QCOMPARE(model.headerData(CaseloadModel::Meetmomenten, Qt::Horizontal).toString(), QStringLiteral("Mm."));
        QCOMPARE(tip(model, CaseloadModel::Meetmomenten), QStringLiteral("Aantal meetmomenten"));
        QCOMPARE(tip(model, CaseloadModel::Ref),
            QStringLiteral("Referentie: het vaste kenmerk van het dossier, bijvoorbeeld ENS-0042"));
        QCOMPARE(zonderTip(model), QStringList());
        // A whole word says itself again: a header cut off in a narrow column can be read whole.
        QCOMPARE(tip(model, CaseloadModel::Naam), QStringLiteral("Naam"));
    }

    void vervolglijstSaysRef()
    {
        VervolgModel model;
        QCOMPARE(tip(model, VervolgModel::Ref),
            QStringLiteral("Referentie: het vaste kenmerk van het dossier, bijvoorbeeld ENS-0042"));
        QCOMPARE(zonderTip(model), QStringList());
    }

    void teamoverzichtTablesExplainTheirShortHeaders()
    {
        const CohortRapport leeg;
        QTableWidget verandering;
        dashboardtabellen::verandering(&verandering, leeg);
        QCOMPARE(verandering.horizontalHeaderItem(3)->text(), QStringLiteral("Gem. verschil"));
        QCOMPARE(verandering.horizontalHeaderItem(3)->toolTip(),
            QStringLiteral("Gemiddeld verschil: laatste min eerste meetmoment, per inwoner gepaard"));
        QCOMPARE(verandering.horizontalHeaderItem(4)->toolTip(),
            QStringLiteral("p-waarde van de gepaarde t-toets (tweezijdig)"));
        QTableWidget gemiddelden;
        dashboardtabellen::gemiddelden(&gemiddelden, leeg);
        QTableWidget kappa;
        dashboardtabellen::kappa(&kappa, leeg);
        QVERIFY(kappa.horizontalHeaderItem(2)->toolTip().startsWith(QStringLiteral("Cohen's kappa")));
        QStringList zonder;
        for (QTableWidget* t : {&verandering, &gemiddelden, &kappa}) {
            for (int c = 0; c < t->columnCount(); ++c) {
                const QTableWidgetItem* kop = t->horizontalHeaderItem(c);
                if ((afgekort(kop->text()) || kop->text().startsWith(QStringLiteral("p "))) && kop->toolTip().isEmpty())
                    zonder << kop->text();
            }
        }
        QCOMPARE(zonder, QStringList());
        QCOMPARE(gemiddelden.horizontalHeaderItem(4)->text(), QStringLiteral("Probleemgeb."));
        QCOMPARE(
            gemiddelden.horizontalHeaderItem(4)->toolTip(), QStringLiteral("Gemiddeld aantal probleemgebieden (0–8)"));
    }

    void draaglastSaysNvtInFullAndInwPerspectief()
    {
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        DraaglastTrendModel model(Instrument::standaard());
        model.setTrend(Trend::build(Instrument::standaard(), test::trendDossier()));
        // Opvoeding (row 3) is n.v.t. for the inwoner at meetmoment 1.
        QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("n.v.t."));
        QVERIFY2(
            model.index(3, 0).data(Qt::ToolTipRole).toString().endsWith(QStringLiteral("niet van toepassing (n.v.t.)")),
            qPrintable(model.index(3, 0).data(Qt::ToolTipRole).toString()));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("1 · inw.\n14-06-16"));
        QCOMPARE(tip(model, 0), QStringLiteral("Meetmoment 1 (14-06-16), Inwoner"));
    }
};

QTEST_MAIN(AfkortingenTest)
#include "afkortingen_test.moc"
