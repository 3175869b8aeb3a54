#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace dw {

// A date as a professional types it in a plan: "04-12-2026", "4-12-2026", "2026-12-04", or in words relative to
// today: "vandaag", "morgen", "overmorgen", "deze week" and "volgende week" (their Friday: when it should be done),
// "over 3 dagen", "over twee weken", "over 2 maanden", "eind van de maand", "volgende maand" (its last day), or a
// weekday ("vrijdag": the next one after today). nullopt when it is no date; empty text is QDate().
std::optional<QDate> leesDatum(const QString& tekst, const QDate& vandaag);

// What to type instead, for a message under the field.
QString datumVoorbeelden();

} // namespace dw
