#include "kolombreedte.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace dw {

void kolommenNaarInhoud(QTableView* view, int maxEm, int rijen, int minEm)
{
    if (!view->model())
        return;
    QHeaderView* header = view->horizontalHeader();
    header->setResizeContentsPrecision(rijen); // sizeHintForColumn reads no further than this
    const int em = view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    // QTableView keeps sizeHintForColumn protected; QAbstractItemView has it public.
    const QAbstractItemView* asView = view;
    for (int c = 0; c < view->model()->columnCount(); ++c) {
        if (view->isColumnHidden(c) || header->sectionResizeMode(c) != QHeaderView::Interactive)
            continue;
        const int inhoud = std::max(asView->sizeHintForColumn(c), header->sectionSizeHint(c));
        view->setColumnWidth(c, std::clamp(inhoud, minEm * em, maxEm * em));
    }
    header->setStretchLastSection(true);
}

} // namespace dw
