#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace dw {

// Why a dossier was closed ("afsluiten"): the fixed codes of the CLI, the database and draagwijzer/1.
enum class Afsluitreden { DoelenBereikt, Verhuisd, Overleden, EldersGeholpen, EigenVerzoek, Anders };

inline constexpr Afsluitreden alleAfsluitredenen[] = {Afsluitreden::DoelenBereikt,
    Afsluitreden::Verhuisd,
    Afsluitreden::Overleden,
    Afsluitreden::EldersGeholpen,
    Afsluitreden::EigenVerzoek,
    Afsluitreden::Anders};

QString afsluitredenCode(Afsluitreden r); // "doelen-bereikt", ...
std::optional<Afsluitreden> afsluitredenFromCode(const QString& code);
QString afsluitredenTekst(Afsluitreden r); // "doelen bereikt", as the screen and the inzage say it

// Open, or closed on a date for a reason. Reopening clears it (the reason for reopening is in the audit log).
struct DossierStatus
{
    QDate afgeslotenOp; // invalid: open
    Afsluitreden reden = Afsluitreden::Anders;
    QString toelichting; // required for Anders, optional otherwise

    bool afgesloten() const { return afgeslotenOp.isValid(); }
    // "afgesloten op 3 maart 2026: verhuisd" (or "open")
    QString beschrijving() const;
    bool operator==(const DossierStatus& o) const
    {
        return afgeslotenOp == o.afgeslotenOp && (!afgesloten() || (reden == o.reden && toelichting == o.toelichting));
    }
    bool operator!=(const DossierStatus& o) const { return !(*this == o); }
};

// A reason a closing is refused, empty when it is fine: no date, a date in the future, or no text for
// "anders".
QString afsluitenProblem(const DossierStatus& status, const QDate& today);

} // namespace dw
