#pragma once

#include "dossier.h"
#include "instrument.h"

#include <QDate>
#include <QJsonValue>

#include <memory>

namespace dw {

class ExchangeParserPrivate;

// Turns one element of draagwijzer/1's "inwoners" into a Dossier, checking every key and value the way the app's
// fields do. The first problem found wins; error() carries the JSON path of the bad key and the reason.
class ExchangeParser
{
public:
    ExchangeParser(const Instrument& instrument, const QDate& today);
    ~ExchangeParser();

    // `path` names the element in messages, as "inwoners[3]" (the ref is added once it is known).
    bool inwoner(const QJsonValue& value, const QString& path, Dossier& out);
    QString error() const;
    // The path of the bad key alone, e.g. "inwoners[3] (ref X).meetmomenten[0].datum".
    QString errorPath() const;

private:
    std::unique_ptr<ExchangeParserPrivate> d;
};

} // namespace dw
