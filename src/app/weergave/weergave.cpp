#include "weergave.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QLegend>
#include <QPainter>
#include <QPen>
#include <QPixmap>

#include <cmath>
#include <utility>

namespace dw {

namespace {

Kleuren normaal()
{
    Kleuren k;
    k.tekst = Qt::black;
    k.achtergrond = Qt::white;
    k.afwijking = QColor(0xb0, 0x00, 0x20);
    k.afwijkingAchtergrond = QColor(0xfd, 0xe7, 0xea);
    k.notitieAchtergrond = QColor(0xff, 0xf4, 0xce);
    k.blokkadeAchtergrond = QColor(0xfd, 0xe2, 0xe1);
    k.gedempt = QColor(0x55, 0x55, 0x55);
    // From weak to double, red to green; amber and blue darkened until a fill stands out 3:1 from white.
    k.kwadrant
        = {QColor(0xc6, 0x28, 0x28), QColor(0xb4, 0x53, 0x09), QColor(0x1f, 0x6f, 0xb4), QColor(0x2e, 0x7d, 0x32)};
    k.kwadrantLabel = {Qt::white, Qt::white, Qt::white, Qt::white};
    k.perspectief = {QColor(0x1f, 0x77, 0xb4), QColor(0xc4, 0x4e, 0x00)};
    return k;
}

Kleuren hoog()
{
    Kleuren k;
    k.tekst = Qt::white;
    k.achtergrond = Qt::black;
    k.afwijking = QColor(0xff, 0xff, 0x00);
    k.afwijkingAchtergrond = QColor(0x40, 0x00, 0x00);
    k.notitieAchtergrond = QColor(0x00, 0x00, 0x60);
    k.blokkadeAchtergrond = QColor(0x60, 0x00, 0x00);
    k.gedempt = QColor(0xe0, 0xe0, 0xe0);
    k.kwadrant
        = {QColor(0xff, 0x60, 0x60), QColor(0xff, 0xd7, 0x00), QColor(0x5c, 0xc8, 0xff), QColor(0x7c, 0xfc, 0x00)};
    k.kwadrantLabel = {Qt::black, Qt::black, Qt::black, Qt::black};
    k.perspectief = {QColor(0x5c, 0xc8, 0xff), QColor(0xff, 0xa5, 0x00)};
    k.hoogContrast = true;
    return k;
}

Kleurenschema g_schema = Kleurenschema::Systeem;

// The style draws frames, check boxes and tabs in shades of the window colour, and on black every shade is black:
// in high contrast they get white outlines, and what has focus or is chosen gets yellow.
const char* hoogContrastStijl = R"(
QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView { border: 1px solid #ffffff; }
QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus, QPlainTextEdit:focus, QTextEdit:focus,
QAbstractItemView:focus { border: 2px solid #ffff00; }
QLineEdit:disabled, QComboBox:disabled, QAbstractSpinBox:disabled { border: 1px dashed #a0a0a0; }
QPushButton, QToolButton { border: 1px solid #ffffff; padding: 3px 10px; }
QPushButton:focus, QToolButton:focus { border: 3px solid #ffff00; }
QPushButton:disabled, QToolButton:disabled { border: 1px dashed #a0a0a0; }
QCheckBox::indicator, QRadioButton::indicator { width: 12px; height: 12px; border: 2px solid #ffffff; background: #000000; }
QRadioButton::indicator { border-radius: 8px; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked { background: #ffff00; }
QCheckBox:focus, QRadioButton:focus { outline: 2px solid #ffff00; color: #ffff00; }
QTabBar::tab { border: 1px solid #ffffff; padding: 4px 10px; margin-right: 2px; }
QTabBar::tab:selected { background: #ffff00; color: #000000; }
QTabBar::tab:focus { border: 3px solid #ffff00; }
QHeaderView::section { background: #000000; color: #ffffff; border: 1px solid #ffffff; padding: 2px 4px; }
QGroupBox { border: 1px solid #ffffff; margin-top: 1.2em; padding-top: 4px; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; }
QMenu { border: 1px solid #ffffff; }
QMenu::item:selected, QMenuBar::item:selected { background: #ffff00; color: #000000; }
QToolTip { border: 1px solid #ffffff; }
)";

double kanaal(int v)
{
    const double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminantie(const QColor& c)
{
    const QColor rgb = c.toRgb();
    return 0.2126 * kanaal(rgb.red()) + 0.7152 * kanaal(rgb.green()) + 0.0722 * kanaal(rgb.blue());
}

} // namespace

const Kleuren& kleurenVan(Kleurenschema schema)
{
    static const Kleuren n = normaal();
    static const Kleuren h = hoog();
    return schema == Kleurenschema::HoogContrast ? h : n;
}

const Kleuren& kleuren()
{
    return kleurenVan(g_schema);
}

QColor perspectiefKleur(Perspectief perspectief)
{
    return kleuren().perspectief.at(perspectief == Perspectief::Inwoner ? 0 : 1);
}

Kleurenschema kleurenschema()
{
    return g_schema;
}

QPalette hoogContrastPalet()
{
    const Kleuren& k = kleurenVan(Kleurenschema::HoogContrast);
    QPalette p;
    for (const QPalette::ColorRole r :
        {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button, QPalette::ToolTipBase})
        p.setColor(r, k.achtergrond);
    for (const QPalette::ColorRole r : {QPalette::WindowText,
             QPalette::Text,
             QPalette::ButtonText,
             QPalette::ToolTipText,
             QPalette::BrightText,
             QPalette::PlaceholderText})
        p.setColor(r, k.tekst);
    // The selection and the focus: black on yellow, the convention of high-contrast themes.
    p.setColor(QPalette::Highlight, QColor(0xff, 0xff, 0x00));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, QColor(0x00, 0xff, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xff, 0x80, 0xff));
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xc0, 0xc0, 0xc0));
    p.setColor(QPalette::Mid, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Dark, QColor(0xc0, 0xc0, 0xc0));
    p.setColor(QPalette::Shadow, Qt::white);
    // Disabled controls stay legible (4.5:1 on black) while they look different from enabled ones.
    for (const QPalette::ColorRole r : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, r, QColor(0xa0, 0xa0, 0xa0));
    return p;
}

void pasKleurenschemaToe(Kleurenschema schema)
{
    const Kleurenschema was = std::exchange(g_schema, schema);
    if (schema == Kleurenschema::HoogContrast) {
        QApplication::setPalette(hoogContrastPalet());
        qApp->setStyleSheet(QString::fromLatin1(hoogContrastStijl));
    } else if (was == Kleurenschema::HoogContrast) {
        // An empty palette sets no colour: every role comes from the desktop's theme again. At the start nothing is
        // touched, so the desktop's own palette (a dark theme too) stays as it is.
        QApplication::setPalette(QPalette());
        qApp->setStyleSheet(QString());
    }
}

QBrush kwadrantVulling(int kwadrant)
{
    const std::size_t i = std::size_t(std::clamp(kwadrant, 0, 3));
    const QColor kleur = kleuren().kwadrant.at(i);
    QPixmap tegel(12, 12);
    tegel.fill(kleur);
    QPainter p(&tegel);
    p.setRenderHint(QPainter::Antialiasing);
    // Lines a shade off the fill: visible, while the white label on the fill keeps its contrast.
    p.setPen(QPen(kleuren().hoogContrast ? kleur.darker(160) : kleur.lighter(135), 2));
    if (i == 1 || i == 3)
        p.drawLine(0, 12, 12, 0);
    if (i == 2 || i == 3)
        p.drawLine(0, 0, 12, 12);
    p.end();
    return QBrush(tegel);
}

void kleurGrafiek(QChart* chart)
{
    const Kleuren& k = kleuren();
    if (!chart || !k.hoogContrast)
        return;
    chart->setBackgroundBrush(k.achtergrond);
    chart->setBackgroundPen(QPen(k.tekst));
    chart->setTitleBrush(k.tekst);
    chart->legend()->setLabelColor(k.tekst);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(k.tekst);
        axis->setTitleBrush(k.tekst);
        axis->setLinePenColor(k.tekst);
        axis->setGridLineColor(QColor(0x80, 0x80, 0x80));
    }
}

double contrastVerhouding(const QColor& a, const QColor& b)
{
    const double la = luminantie(a);
    const double lb = luminantie(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace dw
