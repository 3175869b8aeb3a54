#include "chartexport.h"

#include "reporting/safefile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QWidget>

namespace dw {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dw::ChartExport", text);
}

void renderInto(QWidget* widget, const QSize& size, QPainter& painter)
{
    widget->resize(size);
    // A widget that was never shown gets its resize and layout only when asked.
    widget->ensurePolished();
    if (!widget->isVisible()) {
        widget->setAttribute(Qt::WA_DontShowOnScreen);
        widget->show();
    }
    QCoreApplication::sendPostedEvents();
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
}

} // namespace

Status saveWidgetImage(QWidget* widget, const QSize& size, const QString& path, const QString& title)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        return Error::badInput(tr("Kies als bestandstype PNG (.png) of SVG (.svg)."));

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (suffix == QLatin1String("png")) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            renderInto(widget, size, painter);
        }
        if (!image.save(&buffer, "PNG"))
            return Error::failure(tr("De afbeelding kon niet worden gemaakt."));
    } else {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(), size));
        generator.setTitle(title);
        generator.setDescription(tr("Draagwijzer — %1").arg(title));
        QPainter painter;
        if (!painter.begin(&generator))
            return Error::failure(tr("De SVG-tekening kon niet worden gemaakt."));
        painter.fillRect(QRect(QPoint(), size), Qt::white);
        renderInto(widget, size, painter);
        painter.end();
    }

    const QFileInfo info(path);
    const QFileInfo dir(info.absolutePath());
    if (!dir.isDir())
        return Error::failure(tr("Kan '%1' niet opslaan: de map '%2' bestaat niet.")
                                  .arg(info.fileName(), QDir::toNativeSeparators(dir.absoluteFilePath())));
    if (!dir.isWritable() || (info.exists() && !info.isWritable()))
        return Error::failure(tr("Kan '%1' niet opslaan: u mag niet schrijven in de map '%2'.")
                                  .arg(info.fileName(), QDir::toNativeSeparators(dir.absoluteFilePath())));
    return saveFile(path, bytes);
}

} // namespace dw
