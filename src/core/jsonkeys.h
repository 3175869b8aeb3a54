#pragma once

#include <QByteArray>
#include <QString>

namespace dw {

// QJsonDocument keeps the last of two equal keys in one object without a word ("ref": "A", "ref": "B").
// For an import that silently changes data; this scans well-formed JSON for such a key and describes the first
// one found ("dubbele sleutel 'ref' op regel 12"), or returns an empty string.
QString findDuplicateKey(const QByteArray& json);

} // namespace dw
