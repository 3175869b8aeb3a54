// The plan van aanpak as PDF (issue 18, point 6): rows of the doelen table kept whole on a page, long words broken
// with a hyphen, and the scores of the meetmoment the plan was written from. The paging and the line breaks are
// read from the laid-out document (the same QTextDocument that printPlan prints), the texts from the PDF.
#include "reporting/planpdf.h"

#include "core/instrument.h"
#include "reporting/pagedpdf.h"

#include "guipdf.h"
#include "support/metingen.h"

#include <QAbstractTextDocumentLayout>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <gtest/gtest.h>

#include <cmath>

using namespace dw;

namespace {

const Instrument& ins()
{
    return Instrument::standaard();
}

Meetmoment meetmoment(int volgnummer, const QDate& datum, int pc, int sk)
{
    Meetmoment m;
    m.volgnummer = volgnummer;
    m.datum = datum;
    m.inwoner = test::uniformeMeting(Perspectief::Inwoner, pc, sk);
    m.professional = test::uniformeMeting(Perspectief::Professional, pc, sk);
    return m;
}

// Meetmomenten in 2016 (1 and 2) and 2018 (3), each with other scores; one plan of September 2016.
Dossier dossier()
{
    Dossier d;
    d.inwoner.ref = QStringLiteral("ENS-0042");
    d.inwoner.naam = QStringLiteral("A. de Vries");
    d.inwoner.gemeente = QStringLiteral("Enschede");
    d.inwoner.professional = QStringLiteral("j.jansen");
    d.meetmomenten = {meetmoment(1, QDate(2016, 1, 12), 2, 2),
        meetmoment(2, QDate(2016, 6, 14), 4, 2),
        meetmoment(3, QDate(2018, 3, 1), 5, 5)};
    Plan p;
    p.versie = 1;
    p.datum = QDate(2016, 9, 1);
    p.hulpvraag = QStringLiteral("Hulp bij de schulden");
    d.plannen = {p};
    return d;
}

// Twelve doelen of several lines each in the narrow columns, with long Dutch compounds: three to four pages.
Plan langPlan()
{
    Plan p = dossier().plannen.first();
    for (int i = 1; i <= 12; ++i) {
        Doel doel;
        doel.omschrijving = QStringLiteral("Betalingsachterstanden bij de woningcorporatie en de zorgverzekeraar "
                                           "aflossen via schuldhulpverlening (doel %1)")
                                .arg(i);
        doel.wat = QStringLiteral("Een betalingsregeling met alle schuldeisers en een overzicht van de inkomsten");
        doel.hoe = QStringLiteral("Samen met de budgetcoach de administratie ordenen, elke week een uur");
        doel.metWie = QStringLiteral("Schuldhulpverleningsorganisatie en maatschappelijk werk");
        doel.horizon = QDate(2017, 1 + i % 12, 1);
        p.doelen << doel;
        Interventie iv;
        iv.type = QStringLiteral("draaglast_verminderen");
        iv.omschrijving = QStringLiteral("Aanmelding bij de gemeentelijke kredietbank en beschermingsbewind");
        iv.doel = i;
        iv.wie = QStringLiteral("Consulent");
        iv.wanneer = QDate(2016, 10, 1);
        p.interventies << iv;
    }
    p.afspraken = {{QStringLiteral("Intake op het kantoor"), QStringLiteral("Consulent"), QDate(2016, 9, 8)}};
    return p;
}

class PlanPdf : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { test::ensureGuiApplication(); }

    // `check` gets the plan laid out for the A4 writer of writeA4Pdf, exactly as printPlan prints it.
    static void layOut(const Plan& plan, const std::function<void(QTextDocument&)>& check)
    {
        QTemporaryDir dir;
        const Status s
            = writeA4Pdf(dir.filePath(QStringLiteral("plan.pdf")), QStringLiteral("test"), [&](QPdfWriter& writer) {
                  QTextDocument doc;
                  layOutPlan(doc, writer, dossier(), plan, ins());
                  check(doc);
                  return printPaged(writer, doc, QString());
              });
        ASSERT_TRUE(s.ok()) << s.errorMessage().toStdString();
    }

    static QString pdfText(const Plan& plan)
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.pdf"));
        Dossier d = dossier();
        d.plannen = {plan};
        const Status s = writePlanPdf(d, plan, ins(), path, QDate(2026, 11, 25));
        EXPECT_TRUE(s.ok()) << s.errorMessage().toStdString();
        return test::pdfFlowText(path).simplified();
    }
};

// The page (0-based) of the top and of the bottom of the text in each row of each table, worked out from the lines
// of the layout on their own, not with the code under test.
struct RijPagina
{
    int tabel, rij, boven, onder;
};

QVector<RijPagina> rijPaginas(const QTextDocument& doc)
{
    QVector<RijPagina> uit;
    const qreal hoogte = doc.pageSize().height();
    int nummer = 0;
    QList<QTextFrame*> frames {doc.rootFrame()};
    while (!frames.isEmpty()) {
        QTextFrame* f = frames.takeFirst();
        frames = f->childFrames() + frames;
        auto* table = qobject_cast<QTextTable*>(f);
        if (!table)
            continue;
        for (int r = 0; r < table->rows(); ++r) {
            qreal boven = 1e12, onder = -1e12;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                for (QTextBlock b = cell.firstCursorPosition().block();
                     b.isValid() && b.position() <= cell.lastCursorPosition().position();
                     b = b.next()) {
                    const QTextLayout* l = b.layout();
                    const qreal y = doc.documentLayout()->blockBoundingRect(b).top() - l->boundingRect().top();
                    for (int i = 0; i < l->lineCount(); ++i) {
                        boven = std::min(boven, y + l->lineAt(i).y());
                        onder = std::max(onder, y + l->lineAt(i).y() + l->lineAt(i).height());
                    }
                }
            }
            uit.append({nummer, r, int(std::floor(boven / hoogte)), int(std::floor((onder - 0.5) / hoogte))});
        }
        ++nummer;
    }
    return uit;
}

} // namespace

TEST_F(PlanPdf, NoTableRowStartsOnOnePageAndEndsOnTheNext)
{
    layOut(langPlan(), [](QTextDocument& doc) {
        EXPECT_GE(doc.pageCount(), 3); // long enough for rows to meet the end of a page
        int rijen = 0;
        for (const RijPagina& r : rijPaginas(doc)) {
            EXPECT_EQ(r.boven, r.onder) << "table " << r.tabel << " row " << r.rij << " runs from page " << r.boven + 1
                                        << " to page " << r.onder + 1;
            ++rijen;
        }
        EXPECT_GE(rijen, 12 + 1); // at least the doelen and the afspraak
    });
}

TEST_F(PlanPdf, LongWordsBreakWithAHyphenOrNotAtAll)
{
    layOut(langPlan(), [](QTextDocument& doc) {
        int afgebroken = 0;
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            const QString text = b.text();
            const QTextLayout* l = b.layout();
            for (int i = 0; i + 1 < l->lineCount(); ++i) {
                const int eind = l->lineAt(i).textStart() + l->lineAt(i).textLength();
                const QChar laatste = text.at(eind - 1), volgende = text.at(eind);
                if (laatste == QChar(0x00AD)) {
                    ++afgebroken;
                    continue;
                }
                EXPECT_FALSE(laatste.isLetterOrNumber() && volgende.isLetterOrNumber())
                    << "a word broken without a hyphen: " << text.left(eind).right(20).toStdString() << "|"
                    << text.mid(eind, 20).toStdString();
            }
        }
        EXPECT_GT(afgebroken, 0); // the narrow columns did make words break, with a hyphen
    });
}

TEST_F(PlanPdf, PrintsTheScoresOfTheMeetmomentThePlanWasWrittenFrom)
{
    // Written in September 2016: meetmoment 2 (June 2016, PC 4, SK 2), not meetmoment 3 of 2018 (PC 5, SK 5).
    const QString t = pdfText(dossier().plannen.first());
    EXPECT_TRUE(t.contains(QStringLiteral("Scores van meetmoment 2 (14 juni 2016), het laatste meetmoment op of vóór "
                                          "de datum van deze versie")))
        << t.toStdString();
    EXPECT_TRUE(t.contains(QStringLiteral("4,00"))) << t.toStdString();
    EXPECT_FALSE(t.contains(QStringLiteral("5,00"))) << t.toStdString();
    EXPECT_FALSE(t.contains(QStringLiteral("meetmoment 3")));
    EXPECT_TRUE(t.contains(ins().kwadrantNaam(Kwadrant::EnkelCompetenties))) << t.toStdString();
    EXPECT_FALSE(t.contains(ins().kwadrantNaam(Kwadrant::Dubbel)));
}

TEST_F(PlanPdf, APlanOlderThanEveryMeetmomentHasNoScores)
{
    Plan p = dossier().plannen.first();
    p.datum = QDate(2015, 11, 30);
    const QString t = pdfText(p);
    EXPECT_TRUE(t.contains(QStringLiteral("Geen scores: deze versie is ouder dan het eerste meetmoment (12 januari "
                                          "2016).")))
        << t.toStdString();
    EXPECT_FALSE(t.contains(QStringLiteral("Scores van meetmoment")));
    EXPECT_FALSE(t.contains(QStringLiteral("2,00")));
}
