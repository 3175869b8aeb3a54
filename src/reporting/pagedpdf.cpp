#include "pagedpdf.h"

#include "safefile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <limits>

namespace dw {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dw::PagedPdf", text);
}

// The name of the anchor that begins `cell`, or an empty string.
QString rijNaam(const QTextTableCell& cell)
{
    const QTextBlock block = cell.firstCursorPosition().block();
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QStringList names = it.fragment().charFormat().anchorNames();
        if (!names.isEmpty())
            return names.constFirst();
        if (!it.fragment().text().trimmed().isEmpty())
            break;
    }
    return {};
}

// The top and the bottom of the text of `cell` in document coordinates.
std::pair<qreal, qreal> tekstHoogte(const QTextDocument& doc, const QTextTableCell& cell)
{
    qreal top = std::numeric_limits<qreal>::max(), bottom = std::numeric_limits<qreal>::lowest();
    const int last = cell.lastCursorPosition().position();
    for (QTextBlock b = cell.firstCursorPosition().block(); b.isValid() && b.position() <= last; b = b.next()) {
        const QTextLayout* layout = b.layout();
        if (!layout || layout->lineCount() == 0)
            continue;
        // The block's rectangle is in document coordinates; its lines are placed relative to the layout.
        const qreal y0 = doc.documentLayout()->blockBoundingRect(b).top() - layout->boundingRect().top();
        top = std::min(top, y0 + layout->lineAt(0).y());
        const QTextLine end = layout->lineAt(layout->lineCount() - 1);
        bottom = std::max(bottom, y0 + end.y() + end.height());
    }
    return {top, bottom};
}

void zoekTabellen(QTextFrame* frame, QList<QTextTable*>& tabellen)
{
    for (QTextFrame* child : frame->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(child))
            tabellen << table;
        zoekTabellen(child, tabellen);
    }
}

} // namespace

QStringList rijenOverPaginagrens(const QTextDocument& doc)
{
    const qreal pageHeight = doc.pageSize().height();
    QStringList uit;
    if (pageHeight <= 0)
        return uit;
    (void)doc.pageCount(); // lays the whole document out: a block's lines exist only once it has been
    QList<QTextTable*> tabellen;
    zoekTabellen(doc.rootFrame(), tabellen);
    for (QTextTable* table : tabellen) {
        for (int r = 0; r < table->rows(); ++r) {
            const QString naam = rijNaam(table->cellAt(r, 0));
            if (naam.isEmpty())
                continue;
            qreal top = std::numeric_limits<qreal>::max(), bottom = std::numeric_limits<qreal>::lowest();
            for (int c = 0; c < table->columns(); ++c) {
                const auto [t, b] = tekstHoogte(doc, table->cellAt(r, c));
                top = std::min(top, t);
                bottom = std::max(bottom, b);
            }
            if (top < bottom && std::floor(top / pageHeight) != std::floor((bottom - 0.5) / pageHeight))
                uit << naam;
        }
    }
    return uit;
}

QSet<QString> setHtmlMetHeleRijen(QTextDocument& doc, const std::function<QString(const QSet<QString>& breaks)>& html)
{
    QSet<QString> breaks;
    // Each break moves what follows it, so the rows are looked at again after each one; a document has fewer
    // breaks than pages, and the bound only guards against a layout that never settles.
    for (int ronde = 0; ronde < 200; ++ronde) {
        doc.setHtml(html(breaks));
        const QStringList gesplitst = rijenOverPaginagrens(doc);
        const auto nieuw = std::find_if(
            gesplitst.cbegin(), gesplitst.cend(), [&breaks](const QString& naam) { return !breaks.contains(naam); });
        if (nieuw == gesplitst.cend())
            break;
        breaks.insert(*nieuw);
    }
    return breaks;
}

void prepareDocument(QTextDocument& doc, QPagedPaintDevice& device, double pointSize)
{
    doc.documentLayout()->setPaintDevice(&device);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(pointSize);
    doc.setDefaultFont(font);
}

QSizeF documentPageSize(QPagedPaintDevice& device)
{
    const int dpi = device.logicalDpiY();
    const QRectF area = device.pageLayout().paintRectPixels(dpi);
    return {area.width(), area.height() - dpi * 0.35};
}

Status printPaged(QPagedPaintDevice& device, QTextDocument& doc, const QString& footer)
{
    const int dpi = device.logicalDpiY();
    const QRectF area = device.pageLayout().paintRectPixels(dpi);
    const QSizeF page = documentPageSize(device);
    const qreal footerHeight = area.height() - page.height();
    if (doc.pageSize() != page)
        doc.setPageSize(page);
    const int pages = doc.pageCount();
    QPainter painter;
    if (!painter.begin(&device))
        return Error::failure(tr("het afdrukken kon niet beginnen"));
    QFont small = doc.defaultFont();
    small.setPointSizeF(8);
    const QRectF footerLine(0, area.height() - footerHeight * 0.7, area.width(), footerHeight * 0.7);
    for (int nr = 0; nr < pages; ++nr) {
        if (nr > 0)
            device.newPage();
        const QRectF part(QPointF(0, nr * page.height()), page);
        painter.save();
        painter.translate(-part.topLeft());
        doc.drawContents(&painter, part);
        painter.restore();
        painter.setFont(small);
        painter.setPen(Qt::darkGray);
        painter.drawText(footerLine, Qt::AlignLeft | Qt::AlignVCenter, footer);
        painter.drawText(footerLine, Qt::AlignRight | Qt::AlignVCenter, tr("pagina %1 van %2").arg(nr + 1).arg(pages));
    }
    painter.end();
    return {};
}

Status writeA4Pdf(const QString& path, const QString& title, const std::function<Status(QPdfWriter& writer)>& print)
{
    const QString failed = tr("%1 kan niet worden geschreven: %2");
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error::failure(failed.arg(path, tr("dit programma kan geen PDF opmaken zonder lettertypen")));
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        // The wider bottom margin holds the footer.
        writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 22), QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Draagwijzer"));
        writer.setTitle(title);
        const Status printed = print(writer);
        if (!printed.ok())
            return Error::failure(failed.arg(path, tr("de opmaak mislukte")));
    }
    if (!pdf.data().trimmed().endsWith("%%EOF"))
        return Error::failure(failed.arg(path, tr("de PDF is onvolledig")));
    return saveFile(path, pdf.data());
}

Status writeHtmlPdf(
    const QString& path, const QString& title, const QString& html, const QString& footer, double pointSize)
{
    return writeA4Pdf(path, title, [&](QPdfWriter& writer) {
        QTextDocument doc;
        prepareDocument(doc, writer, pointSize);
        doc.setHtml(html);
        return printPaged(writer, doc, footer);
    });
}

} // namespace dw
