#pragma once

#include "core/result.h"

#include <QString>

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

// An A4 PDF at `path`: `print` lays it out on the writer it is given (margins, resolution and the document's
// `title` already set; put no names in the title, it is the file's metadata). Made in memory first, then saved in
// one go through saveFile, because QPdfWriter reports no write errors. Needs a QGuiApplication for the fonts;
// without one it refuses instead of letting Qt abort the process.
Status writeA4Pdf(const QString& path, const QString& title, const std::function<Status(QPdfWriter& writer)>& print);
// The common case of writeA4Pdf: `html` at `pointSize`, with `footer` on every page.
Status writeHtmlPdf(
    const QString& path, const QString& title, const QString& html, const QString& footer, double pointSize = 10);

} // namespace dw
