#pragma once

#include <QByteArray>
#include <QString>

namespace dw {

// Qt's JSON parser does not refuse a lone UTF-16 surrogate escape ("A\ud800B"): it changes the text without a
// word. This rewrites each such escape as "\uffff", a non-character that validation::textProblem() refuses
// with the path of the field it is in. Returns `json` unchanged (shared) when there is none.
QByteArray markLoneSurrogates(const QByteArray& json);

// The same, a piece at a time, for a file read in blocks (exchangereader.cpp). An escape can straddle two blocks,
// so mark() leaves up to 11 bytes at the end unmarked until it sees what follows them (or `atEnd`).
class LoneSurrogateMarker
{
public:
    // Marks data[from, size) in place; returns the offset up to which the bytes are final. Call again with the
    // same buffer grown at the end (and its first bytes possibly dropped: pass `from` accordingly).
    qsizetype mark(char* data, qsizetype from, qsizetype size, bool atEnd);

private:
    bool m_inString = false;
};

// Why QJsonDocument::fromJson refused a document, in Dutch (Qt's errorString() is English).
QString jsonParseErrorSentence(int parseError);

} // namespace dw
