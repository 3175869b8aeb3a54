#pragma once

class QTableView;

namespace dw {

// Issue 18: columns as wide as what they hold, within reason. Each visible column gets the width of its header and
// of its first `rijen` rows, at least `minEm` and at most `maxEm` times the width of an M (an empty table still has
// room to type in); the last visible column takes what is left.
// A longer value is elided in the table and whole in its tooltip (the models give the full text). Measures only
// those first rows: ResizeToContents would read every row of a 100,000-row caseload, and again on every change.
void kolommenNaarInhoud(QTableView* view, int maxEm, int rijen = 50, int minEm = 0);

} // namespace dw
