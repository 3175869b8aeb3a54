#pragma once

#include "core/bijlage.h"
#include "core/clock.h"
#include "core/result.h"

#include <QVector>

#include <functional>

namespace dw {

class Database;

// The files of an inwoner (migration 21, issue 18 point 4), for the app and the CLI. The content never passes through
// memory whole: adding reads the file part by part (bijlage::deelGrootte) into one transaction, reading writes it
// out part by part, each part fetched on its own, and a SHA-256 fed per part is stored and checked. Adding, reading
// out and removing each write their audit row ("bijlage toegevoegd", "bijlage geopend" or "bijlage opgeslagen",
// "bijlage verwijderd"; details "bijlage <id>", never a file name) and are refused, with the Dutch reason, for a
// dossier this session may not change or see.
class BijlageRepository
{
public:
    explicit BijlageRepository(Database& db, const Clock& clock = Clock::system());

    // Called after each part with the bytes done and the total; returning false stops (nothing is kept).
    using Voortgang = std::function<bool(qint64 gedaan, qint64 totaal)>;

    // The bijlagen of one inwoner, newest document first (datum, then the order added).
    Result<QVector<Bijlage>> lijst(qint64 inwonerId);
    Result<Bijlage> zoek(qint64 bijlageId);

    // Stores the file at `pad` with its description and date, all or nothing. A file over bijlage::maxGrootte, an
    // empty one and an unreadable one are refused before anything is written; stopping through `voortgang` rolls
    // back (Error::Kind::BadInput, message afgebrokenTekst()).
    Result<Bijlage> voegToe(qint64 inwonerId,
        const QString& pad,
        const QString& omschrijving,
        const QDate& datum,
        const Voortgang& voortgang = {});
    static QString afgebrokenTekst();

    // Writes the content to `pad` (through QSaveFile: on any failure, a wrong size or checksum included, the file at
    // `pad` stays as it was) and audits it as `actie`. An empty `actie` writes no audit row: only for a caller that
    // audited this read itself (the inzage's "inzage verstrekt").
    Status schrijfNaar(qint64 bijlageId, const QString& pad, const QString& actie, const Voortgang& voortgang = {});
    static QString geopend(); // "bijlage geopend"
    static QString opgeslagen(); // "bijlage opgeslagen"

    Status verwijder(qint64 bijlageId);

private:
    Result<Bijlage> toevoegen(qint64 inwonerId,
        const QString& pad,
        const QString& omschrijving,
        const QDate& datum,
        const Voortgang& voortgang);
    Status wijzigen(const QString& actie, qint64 inwonerId);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace dw
