#pragma once

#include "clock.h"
#include "dossier.h"
#include "instrument.h"
#include "result.h"
#include "socialekaart.h"

#include <QByteArray>

namespace dw {

// A whole exchange file: the dossiers and, optionally, the sociale kaart (top-level key "sociale_kaart").
struct ExchangeDocument
{
    QVector<Dossier> dossiers;
    QVector<Voorziening> socialeKaart;
};

// The exchange format "draagwijzer/1" (DESIGN.md): JSON, UTF-8. Reading validates everything before anything is
// stored, so an import is refused whole; the message names the key that is wrong.
class ExchangeFormat
{
public:
    static inline const QString formatTag = QStringLiteral("draagwijzer/1");

    // `clock` gives "today": a geboortedatum after it is refused, as in the app.
    explicit ExchangeFormat(const Instrument& instrument, const Clock& clock = Clock::system())
        : m_instrument(instrument)
        , m_clock(clock)
    { }

    // Meetmomenten come back numbered by date (equal dates keep file order).
    Result<ExchangeDocument> readDocument(const QByteArray& json) const;
    Result<QVector<Dossier>> read(const QByteArray& json) const;
    // The sociale kaart is written only when it has entries.
    QByteArray write(const QVector<Dossier>& dossiers, const QVector<Voorziening>& socialeKaart = {}) const;

private:
    const Instrument& m_instrument;
    const Clock& m_clock;
};

// Strict YYYY-MM-DD (a real calendar date, so 2017-02-29 is refused).
QDate parseIsoDate(const QString& text);
QString isoDate(const QDate& date);

} // namespace dw
