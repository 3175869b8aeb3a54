#pragma once

#include "core/dossier.h"
#include "core/instrument.h"
#include "core/result.h"
#include "core/socialekaart.h"

#include <functional>

class QIODevice;

namespace dw {

class Database;

// Whole dossiers in and out: import (all or nothing), export, and loading one dossier for the screen.
class DossierStore
{
public:
    DossierStore(Database& db, const Instrument& instrument)
        : m_db(db)
        , m_instrument(instrument)
    { }

    using Progress = std::function<bool(int done, int total)>; // return false to cancel (rolls back)

    // A new inwoner with its audit row ("inwoner aangemaakt"), in one transaction. Returns the new id.
    Result<qint64> createInwoner(const Inwoner& inwoner);

    // Writes every dossier in one transaction; refuses refs that already exist. Nothing is written on failure.
    // Entries of `socialeKaart` that are not on the kaart yet are added in the same transaction.
    Status importDossiers(
        QVector<Dossier> dossiers, const Progress& progress = {}, const QVector<Voorziening>& socialeKaart = {});
    // The same for `total` dossiers made one at a time by `make` (demo: 100,000 do not fit in memory at once). `make`
    // runs on a thread of its own, a few dossiers ahead of the writing.
    Status importGenerated(int total,
        const std::function<Dossier(int)>& make,
        const Progress& progress = {},
        const QVector<Voorziening>& socialeKaart = {});
    // Every dossier (or only `ref`), in the order they were registered.
    Result<QVector<Dossier>> exportDossiers(const QString& ref = {});
    // The same, handed to `sink` one at a time and loaded a page at a time (a file of any size). A failed Status
    // from `sink` stops and is returned. Returns how many were exported; the audit row comes after the last.
    using Sink = std::function<Status(Dossier&& dossier)>;
    Result<int> exportEach(const QString& ref, const Sink& sink);
    // exportEach into a draagwijzer/1 file on `out`, with `socialeKaart` at its end. A failed write to `out` is an
    // Error with an empty message, as saveFileFrom (reporting/safefile.h) expects. Returns how many were exported.
    // `voortgang`, when given, is called on this thread after each dossier read, with how many so far; false stops
    // the export with a BadInput error ("afgebroken"), and what went to `out` is then incomplete.
    using Voortgang = std::function<bool(int gelezen)>;
    Result<int> exportTo(
        QIODevice& out, const QString& ref, const QVector<Voorziening>& socialeKaart, const Voortgang& voortgang = {});
    // Read: an audited read ("dossier gelezen"). AlreadyOpen: the same user sees again what they just changed,
    // which is no new read (the change has its own row).
    enum class Audit { Read, AlreadyOpen };
    // `actie` names the read in the audit log: "dossier gelezen", "rapport" (report inwoner), "plan afgedrukt" (a
    // plan PDF): every read path writes exactly one row.
    Result<Dossier> load(
        const QString& ref, Audit audit = Audit::Read, const QString& actie = QStringLiteral("dossier gelezen"));
    // A disclosure outside the team, such as the partnerversie of a plan: loaded like load() (the read checked),
    // then `check` names the recipient as the dossier knows it (the partner's name as the plan spells it), or
    // refuses (a partner that is not in the plan). One audit row `actie` with "aan: " and that name in its details,
    // "gelukt"; or with `gevraagd` (what was asked for) and "mislukt" when `check` refused, whose refusal is returned.
    Result<Dossier> disclose(const QString& ref,
        const QString& actie,
        const QString& gevraagd,
        const std::function<Result<QString>(const Dossier& dossier)>& check);

private:
    Result<Dossier> loadUnaudited(const QString& ref, Audit audit, const QString& actie);
    Status importDossiers(int total,
        const std::function<Dossier(int)>& make,
        const Progress& progress,
        const QVector<Voorziening>& socialeKaart,
        bool checkExisting);

    Database& m_db;
    const Instrument& m_instrument;
};

} // namespace dw
