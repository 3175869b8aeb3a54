// The paging shared by the printed documents (pagedpdf.h): table rows kept whole on a page (issue 18).
#include "reporting/pagedpdf.h"

#include "guipdf.h"

#include <QTextDocument>

#include <gtest/gtest.h>

using namespace dw;

namespace {

// A document of 100 by 300 points per page: a paragraph that fills most of the first page, then a table of three
// marked rows of three lines each. With the default 12-point-ish lines, row "b" starts near the end of page 1.
QString html(const QSet<QString>& breaks, int regelsBoven)
{
    QString h;
    for (int i = 0; i < regelsBoven; ++i)
        h += QStringLiteral("<p style='margin: 0'>regel %1</p>").arg(i);
    h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='0'%1>")
             .arg(breaks.contains(QStringLiteral("a")) ? QStringLiteral(" style='page-break-before: always'")
                                                       : QString());
    for (const QString& naam : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}) {
        if (naam != QLatin1String("a") && breaks.contains(naam))
            h += QStringLiteral("</table><table border='1' cellspacing='0' cellpadding='0' "
                                "style='page-break-before: always'>");
        h += QStringLiteral("<tr><td><a name='%1'></a>%1 een<br/>%1 twee<br/>%1 drie</td><td>x</td></tr>").arg(naam);
    }
    return h + QStringLiteral("</table>");
}

class PagedPdf : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { test::ensureGuiApplication(); }

    // How many lines of text fit on the page of `doc` before row b splits: found by trying, so the test does not
    // depend on the font's line height.
    static int regelsVoorGesplitsteRij(QTextDocument& doc)
    {
        for (int n = 0; n < 40; ++n) {
            doc.setHtml(html({}, n));
            if (rijenOverPaginagrens(doc).contains(QStringLiteral("b")))
                return n;
        }
        return -1;
    }
};

} // namespace

TEST_F(PagedPdf, FindsTheRowThatQtSplitsOverTwoPages)
{
    QTextDocument doc;
    doc.setPageSize(QSizeF(200, 150));
    const int n = regelsVoorGesplitsteRij(doc);
    ASSERT_GT(n, 0) << "the layout never split row b";
    EXPECT_EQ(doc.pageCount(), 2);
    EXPECT_EQ(rijenOverPaginagrens(doc), QStringList {QStringLiteral("b")});
    // A few lines fewer, and the whole table fits on the first page.
    doc.setHtml(html({}, 0));
    EXPECT_EQ(doc.pageCount(), 1);
    EXPECT_TRUE(rijenOverPaginagrens(doc).isEmpty());
}

TEST_F(PagedPdf, PutsAPageBreakBeforeASplitRow)
{
    QTextDocument doc;
    doc.setPageSize(QSizeF(200, 150));
    const int n = regelsVoorGesplitsteRij(doc);
    ASSERT_GT(n, 0);
    const QSet<QString> breaks = setHtmlMetHeleRijen(doc, [n](const QSet<QString>& b) { return html(b, n); });
    EXPECT_EQ(breaks, QSet<QString> {QStringLiteral("b")});
    EXPECT_TRUE(rijenOverPaginagrens(doc).isEmpty());
    EXPECT_EQ(doc.pageCount(), 2);
}

TEST_F(PagedPdf, ARowTallerThanAPageStaysSplit)
{
    QTextDocument doc;
    doc.setPageSize(QSizeF(200, 30)); // not even the three lines of one row fit
    const QSet<QString> breaks = setHtmlMetHeleRijen(doc, [](const QSet<QString>& b) { return html(b, 0); });
    EXPECT_FALSE(rijenOverPaginagrens(doc).isEmpty());
    // It tried each row once, and stopped.
    EXPECT_LE(breaks.size(), 3);
}
