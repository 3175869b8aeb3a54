#pragma once

#include "core/domain.h"

#include <QString>

namespace dw {

class Instrument;

// The vergelijking of one meetmoment as HTML: both perspectives side by side, the components that differ by
// 1.0 or more, the levensgebieden where one sees a problem and the other none, and whether the quadrants agree.
// The study found that such disagreement limits success, so every difference ends in a prompt to talk it through.
QString vergelijkingHtml(const Instrument& instrument, const Meetmoment& meetmoment);

} // namespace dw
