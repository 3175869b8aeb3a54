#include "chartpanel.h"

#include "common/bestandskeuze.h"

#include "reporting/safefile.h"
#include "weergave/charttekst.h"

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSvgGenerator>
#include <QToolButton>
#include <QVBoxLayout>

namespace dw {

ChartPanel::ChartPanel(QString bestandsnaam, QWidget* parent)
    : QWidget(parent)
    , m_bestandsnaam(std::move(bestandsnaam))
    , m_view(new QChartView)
    , m_save(new QToolButton)
{
    m_view->setRenderHint(QPainter::Antialiasing);
    maakGrafiekBereikbaar(m_view); // the context menu key saves it, like the button below
    m_view->setMinimumHeight(180);
    m_save->setText(tr("Grafiek opslaan als…"));
    m_save->setPopupMode(QToolButton::InstantPopup);
    m_save->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_save->setFocusPolicy(Qt::StrongFocus);
    auto* menu = new QMenu(m_save);
    menu->addAction(tr("&PNG-afbeelding…"), this, [this] { saveAs(QStringLiteral("png")); });
    menu->addAction(tr("&SVG-tekening…"), this, [this] { saveAs(QStringLiteral("svg")); });
    m_save->setMenu(menu);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions(menu->actions());

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
}

void ChartPanel::setChart(QChart* chart)
{
    toonGrafiek(m_view, chart);
}

QChart* ChartPanel::chart() const
{
    return m_view->chart();
}

Status ChartPanel::save(const QString& path) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        return Error::badInput(tr("Kies een bestandsnaam die eindigt op .png of .svg."));
    const QSize size = m_view->size().expandedTo(QSize(640, 400));
    // Drawn in memory, then written whole or not at all (reporting/safefile.h).
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(m_view->chart() ? m_view->chart()->title() : QString());
        svg.setDescription(tr("Draagwijzer, teamoverzicht"));
        QPainter painter;
        if (!painter.begin(&svg))
            return Error::failure(tr("De SVG-tekening kon niet worden gemaakt."));
        m_view->render(&painter, QRectF(QPointF(0, 0), size), m_view->viewport()->rect());
        painter.end();
    } else {
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        m_view->render(&painter, QRectF(QPointF(0, 0), size), m_view->viewport()->rect());
        painter.end();
        if (!image.save(&buffer, "PNG"))
            return Error::failure(tr("De afbeelding kon niet worden gemaakt."));
    }
    return saveFile(path, bytes);
}

void ChartPanel::saveAs(const QString& extensie)
{
    const bool svg = extensie == QLatin1String("svg");
    const QString path = bestandskeuze::opslaanAls(this,
        tr("Grafiek opslaan"),
        QStringLiteral("%1.%2").arg(m_bestandsnaam, extensie),
        svg ? tr("SVG-tekening (*.svg)") : tr("PNG-afbeelding (*.png)"));
    if (path.isEmpty())
        return;
    const Status s = save(path);
    if (!s.ok()) {
        QMessageBox::warning(this, tr("Grafiek niet opgeslagen"), s.errorMessage());
        return;
    }
    Q_EMIT statusMessage(tr("Grafiek opgeslagen als %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace dw
