#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dw::test {

// The first inwoner of a draagwijzer/1 document, to look at one of its keys.
inline QJsonObject eersteInwoner(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object().value(QStringLiteral("inwoners")).toArray().first().toObject();
}

} // namespace dw::test
