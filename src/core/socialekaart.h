#pragma once

#include "instrument.h"
#include "result.h"

#include <QJsonArray>
#include <QString>
#include <QVector>

namespace dw {

// A local service on the sociale kaart the beheerder keeps: which kind of interventie it offers, for which
// levensgebied, for which gemeente(n) or "landelijk" (issue 18: a service for Twente is no help in Arnhem), and how
// to reach it.
struct Voorziening
{
    qint64 id = 0;
    QString naam;
    QString type; // interventie type code
    QString levensgebied; // levensgebied code, or empty for all
    QString gemeente; // "Enschede", several as "Enschede, Hengelo", or "landelijk"
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
// same type, for this gemeente or landelijk, and this levensgebied or any. Local and specific ones first.
// "landelijk": a service for every gemeente. An empty gemeente (from before issue 18) counts as landelijk.
QString landelijk();
// Whether `v` serves inwoners of `gemeente`: landelijk, or `gemeente` among its gemeenten (not minding capitals).
bool geldtVoor(const Voorziening& v, const QString& gemeente);

QVector<Voorziening> passendeVoorzieningen(
    const QVector<Voorziening>& kaart, const QString& type, const QString& gemeente, const QStringList& levensgebieden);

} // namespace dw
