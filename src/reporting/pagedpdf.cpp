#include "pagedpdf.h"

#include "safefile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace dw {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dw::PagedPdf", text);
}

} // namespace

void prepareDocument(QTextDocument& doc, QPagedPaintDevice& device, double pointSize)
{
    doc.documentLayout()->setPaintDevice(&device);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(pointSize);
    doc.setDefaultFont(font);
}

Status printPaged(QPagedPaintDevice& device, QTextDocument& doc, const QString& footer)
{
    const int dpi = device.logicalDpiY();
    const QRectF area = device.pageLayout().paintRectPixels(dpi);
    const qreal footerHeight = dpi * 0.35;
    const QSizeF page(area.width(), area.height() - footerHeight);
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
