#pragma once

#include "core/result.h"

#include <QWidget>

class QChart;
class QChartView;
class QToolButton;

namespace dw {

// One chart with an "Opslaan als…" button (PNG or SVG) under it; the chart itself can be replaced when the
// figures change.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    ChartPanel(QString bestandsnaam, QWidget* parent = nullptr);

    void setChart(QChart* chart); // takes ownership, deletes the previous one
    QChart* chart() const;
    QChartView* view() const { return m_view; }
    QToolButton* saveButton() const { return m_save; }

    // PNG (at twice the size on screen) or SVG, by the file's extension.
    Status save(const QString& path) const;

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void saveAs(const QString& extensie);

    QString m_bestandsnaam;
    QChartView* m_view = nullptr;
    QToolButton* m_save = nullptr;
};

} // namespace dw
