#pragma once

#include <QByteArray>
#include <QString>

namespace dw {

// QJsonDocument keeps the last of two equal keys in one object without a word ("ref": "A", "ref": "B").
// For an import that silently changes data; this scans well-formed JSON for such a key and describes the first
// one found ("dubbele sleutel 'ref' op regel 12"), or returns an empty string.
QString findDuplicateKey(const QByteArray& json);

// Qt's JSON parser does not refuse a lone UTF-16 surrogate escape ("A\ud800B"): it changes the text without a
// word. This rewrites each such escape as "\uffff", a non-character that validation::textProblem() refuses
// with the path of the field it is in. Returns `json` unchanged (shared) when there is none.
QByteArray markLoneSurrogates(const QByteArray& json);

// Why QJsonDocument::fromJson refused a document, in Dutch (Qt's errorString() is English).
QString jsonParseErrorSentence(int parseError);

} // namespace dw
