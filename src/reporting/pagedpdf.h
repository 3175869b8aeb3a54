#pragma once

#include "core/result.h"

#include <QSet>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <functional>

class QPagedPaintDevice;
class QPdfWriter;
class QTextDocument;

namespace dw {

// What every printed document of Draagwijzer shares (plan, partnerversie, inzage, paper questionnaire): A4 with
// the same margins, DejaVu Sans (embedded, subset), and a footer line on each page with a text on the left and
// "pagina X van Y" on the right.

// Prepares `doc` for `device`: the device's resolution and the default font at `pointSize`.
void prepareDocument(QTextDocument& doc, QPagedPaintDevice& device, double pointSize = 10);

// Lays `doc` out page by page on `device`, leaving room at the bottom of each page for the footer.
Status printPaged(QPagedPaintDevice& device, QTextDocument& doc, const QString& footer);
// The page that printPaged lays a document out on: the device's paint area less the footer.
QSizeF documentPageSize(QPagedPaintDevice& device);

// Table rows kept whole (issue 18). Qt's page layout splits a table row wherever a page ends, so half a doel stood
// on one page and the rest on the next. A row that should be kept whole begins its first cell with a named anchor
// (<a name="doel-2"></a>); the HTML puts a page break before a row when it is asked to (page-break-before on a
// table that starts with that row).

// The names of the marked rows that the layout of `doc` (its page size set) splits over two pages, in document
// order.
QStringList rijenOverPaginagrens(const QTextDocument& doc);
// Sets `doc` to html(breaks) and adds, one at a time, a break before the first marked row that is split over two
// pages, until no row is split. A row that is still split with a break before it is taller than a page and stays
// split. Returns the breaks it used.
QSet<QString> setHtmlMetHeleRijen(QTextDocument& doc, const std::function<QString(const QSet<QString>& breaks)>& html);

// An A4 PDF at `path`: `print` lays it out on the writer it is given (margins, resolution and the document's
// `title` already set; put no names in the title, it is the file's metadata). Made in memory first, then saved in
// one go through saveFile, because QPdfWriter reports no write errors. Needs a QGuiApplication for the fonts;
// without one it refuses instead of letting Qt abort the process.
Status writeA4Pdf(const QString& path, const QString& title, const std::function<Status(QPdfWriter& writer)>& print);
// The common case of writeA4Pdf: `html` at `pointSize`, with `footer` on every page.
Status writeHtmlPdf(
    const QString& path, const QString& title, const QString& html, const QString& footer, double pointSize = 10);

} // namespace dw
