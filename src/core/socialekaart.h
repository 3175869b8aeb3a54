#pragma once

#include "instrument.h"
#include "result.h"

#include <QJsonArray>
#include <QString>
#include <QVector>

namespace dw {

// A local service on the sociale kaart the beheerder keeps: which kind of interventie it offers, for which
// levensgebied, in which gemeente (empty: every gemeente of the region), and how to reach it.
struct Voorziening
{
    qint64 id = 0;
    QString naam;
    QString type; // interventie type code
    QString levensgebied; // levensgebied code, or empty for all
    QString gemeente; // empty: the whole region
    QString contact;

    bool operator==(const Voorziening& o) const
    {
        return naam == o.naam && type == o.type && levensgebied == o.levensgebied && gemeente == o.gemeente
            && contact == o.contact;
    }
};

// Checks one entry; the message names the field, in Dutch.
Status validateVoorziening(const Instrument& instrument, const Voorziening& v);

// The optional key "sociale_kaart" of the exchange format: a list of objects with naam, type and optionally
// levensgebied, gemeente and contact. Strict like the rest of the format; `path` prefixes the messages.
Result<QVector<Voorziening>> socialeKaartFromJson(const Instrument& instrument, const QJsonValue& value);
QJsonArray socialeKaartToJson(const QVector<Voorziening>& kaart);

// The services that fit an interventie type for an inwoner of `gemeente` with problems on `levensgebieden`:
// same type, this gemeente or the whole region, and this levensgebied or any. Local and specific ones first.
QVector<Voorziening> passendeVoorzieningen(
    const QVector<Voorziening>& kaart, const QString& type, const QString& gemeente, const QStringList& levensgebieden);

} // namespace dw
