#pragma once

#include "core/result.h"

#include <QSize>
#include <QString>

class QWidget;

namespace dw {

// Renders a widget (a chart view, the heat map) at a fixed size into a PNG or SVG file, chosen by the file's
// suffix. The file is written whole or not at all (QSaveFile); the error is a Dutch sentence for the user.
Status saveWidgetImage(QWidget* widget, const QSize& size, const QString& path, const QString& title);

} // namespace dw
