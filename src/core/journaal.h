#pragma once

#include "result.h"

#include <QDate>
#include <QString>
#include <QVector>

#include <optional>

namespace dw {

class Instrument;

// The journal of a dossier (issue 17): what happened between two meetmomenten, dated, per contact. The study asks
// to "follow someone in time" and to tell an assumption from an established fact (aanbeveling 3), so every entry
// says which it is.

enum class ContactSoort { Gesprek, Huisbezoek, Telefonisch, Overleg, Anders };
inline constexpr ContactSoort alleContactSoorten[] = {ContactSoort::Gesprek,
    ContactSoort::Huisbezoek,
    ContactSoort::Telefonisch,
    ContactSoort::Overleg,
    ContactSoort::Anders};
enum class Aard { Feit, Aanname };

// Fixed codes, as in the exchange format and the database: gesprek, huisbezoek, telefonisch, overleg, anders.
QString contactSoortCode(ContactSoort s);
std::optional<ContactSoort> contactSoortFromCode(const QString& code);
QString contactSoortNaam(ContactSoort s); // "Overleg met netwerk of partner"
QString aardCode(Aard a); // feit, aanname
std::optional<Aard> aardFromCode(const QString& code);
QString aardNaam(Aard a); // "Feit", "Aanname"

struct JournaalRegel
{
    qint64 id = 0;
    QDate datum;
    ContactSoort soort = ContactSoort::Gesprek;
    int duurMinuten = 0;
    QString tekst;
    Aard aard = Aard::Feit;
    QString levensgebied; // a levensgebied code, or empty
    int doel = 0; // the number of a doel in the newest plan versie; 0 = none
    int meetmoment = 0; // the volgnummer of a meetmoment; 0 = none

    bool operator==(const JournaalRegel& o) const
    {
        return datum == o.datum && soort == o.soort && duurMinuten == o.duurMinuten && tekst == o.tekst
            && aard == o.aard && levensgebied == o.levensgebied && doel == o.doel && meetmoment == o.meetmoment;
    }
    bool operator!=(const JournaalRegel& o) const { return !(*this == o); }
};

namespace journaal {

inline constexpr int maxDuurMinuten = 24 * 60;

// What is wrong with `regel`: the key of the field as in draagwijzer/1 and the reason in Dutch.
struct Probleem
{
    QString sleutel; // "datum", "duur_minuten", "tekst", "levensgebied", "doel", "meetmoment"
    QString reden;
};
// `doelen` and `meetmomenten`: how many the dossier has, for the links. A date after `today` is refused.
std::optional<Probleem> controleer(
    const Instrument& instrument, const JournaalRegel& regel, int doelen, int meetmomenten, const QDate& today);
// The same as one sentence for the form, naming the field ("tekst: vul in wat er gebeurde"); empty when it is fine.
QString probleem(
    const Instrument& instrument, const JournaalRegel& regel, int doelen, int meetmomenten, const QDate& today);

// Newest first, and within a day the last entered first: the timeline.
void sorteerNieuwsteEerst(QVector<JournaalRegel>& regels);
// Oldest first, as stored and exported.
void sorteerOudsteEerst(QVector<JournaalRegel>& regels);

// The filters of the timeline; an empty filter passes everything.
struct Filter
{
    std::optional<ContactSoort> soort;
    std::optional<Aard> aard;
    QString levensgebied;
    QString zoektekst; // case and accents ignored, in the text

    bool past(const JournaalRegel& regel) const;
    bool leeg() const { return !soort && !aard && levensgebied.isEmpty() && zoektekst.trimmed().isEmpty(); }
};

} // namespace journaal

} // namespace dw
