#pragma once

#include "core/domain.h"

#include <QBrush>
#include <QColor>
#include <QPalette>

#include <array>

class QChart;

namespace dw {

// Issue 20, point 4: the app's colours that carry meaning, for the normal and the high-contrast scheme. Widgets take
// their colours from here instead of writing literals, so both schemes stay readable (text at least 4.5:1, WCAG 1.4.3;
// marks and chart fills at least 3:1 against their background, WCAG 1.4.11; tests/app/weergave_test.cpp checks it).
enum class Kleurenschema {
    Systeem, // the desktop's own palette; on Windows this follows its high-contrast setting through the style
    HoogContrast, // white on black with yellow for what needs attention, whatever the desktop has
};

struct Kleuren
{
    QColor tekst; // ordinary text, and the background it stands on
    QColor achtergrond;
    QColor afwijking; // text that needs attention: a difference to discuss, a refused value, a failed audit outcome
    QColor afwijkingAchtergrond; // behind a refused value in the plan
    QColor notitieAchtergrond; // the note banner, with `tekst`
    QColor blokkadeAchtergrond; // the banner of what stops saving, with `tekst`
    QColor gedempt; // secondary text (a chart's footnote)
    std::array<QColor, 4> kwadrant; // fills from zwak to dubbel, each with its label colour below
    std::array<QColor, 4> kwadrantLabel;
    std::array<QColor, 2> perspectief; // inwoner, professional: chart lines and bars
    bool hoogContrast = false;
};

// The colour of a perspective's lines and bars in the scheme in use (Trends and Teamoverzicht alike).
QColor perspectiefKleur(Perspectief perspectief);

// The colours of `schema`, and of the scheme in use.
const Kleuren& kleurenVan(Kleurenschema schema);
const Kleuren& kleuren();
Kleurenschema kleurenschema();

// Sets the scheme for the whole application: its palette, and the colours kleuren() gives from now on. Widgets made
// before keep their colours until they are made again (the setting says: from the next start).
void pasKleurenschemaToe(Kleurenschema schema);

QPalette hoogContrastPalet();

// A quadrant's fill (0 zwak .. 3 dubbel): its colour with a hatch of its own (none, /, \\, +), so that the four
// differ without colour too (WCAG 1.4.1), also in the legend and on a grey-scale print.
QBrush kwadrantVulling(int kwadrant);

// In high contrast: the chart's background, titles, labels and grid lines in the scheme's colours. Call it once the
// chart has its axes; in the normal scheme the chart keeps its own look.
void kleurGrafiek(QChart* chart);

// WCAG 2.1's contrast ratio of two colours, 1 (none) to 21 (black on white).
double contrastVerhouding(const QColor& a, const QColor& b);

} // namespace dw
