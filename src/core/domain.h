#pragma once

#include "dossierstatus.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QVector>

#include <algorithm>
#include <optional>

namespace dw {

enum class Perspectief { Inwoner, Professional };
enum class Component { PersoonlijkeCompetenties, SociaalKapitaal };
enum class Kwadrant { Onbekend, Zwak, EnkelCompetenties, EnkelSociaalKapitaal, Dubbel };

inline constexpr Perspectief allePerspectieven[] = {Perspectief::Inwoner, Perspectief::Professional};
inline constexpr Component alleComponenten[] = {Component::PersoonlijkeCompetenties, Component::SociaalKapitaal};
inline constexpr Kwadrant bekendeKwadranten[]
    = {Kwadrant::Zwak, Kwadrant::EnkelCompetenties, Kwadrant::EnkelSociaalKapitaal, Kwadrant::Dubbel};

// Fixed codes, as in the exchange format and the database.
QString perspectiefCode(Perspectief p);
std::optional<Perspectief> perspectiefFromCode(const QString& code);
QString componentCode(Component c);
std::optional<Component> componentFromCode(const QString& code);
QString kwadrantCode(Kwadrant k); // empty for Onbekend
Kwadrant kwadrantFromCode(const QString& code); // Onbekend for anything else

// Item code -> answer 1..5. An item that is absent is an open answer ("weet niet").
using Antwoorden = QMap<QString, int>;
// Levensgebied code -> level 0, 1, 2, or nullopt for n.v.t. An absent levensgebied was not rated.
using DraaglastNiveaus = QMap<QString, std::optional<int>>;

struct Meting
{
    Perspectief perspectief = Perspectief::Inwoner;
    Antwoorden antwoorden;
    DraaglastNiveaus draaglast;
    // Filled in by the inwoner on the professional's screen (samen invullen, issue 17), and how long that took; 0
    // when unknown. Only for the inwoner's perspective.
    bool zelfIngevuld = false;
    int invulduurSeconden = 0;
    // The duration as shown: whole minutes, at least 1 once anything was timed; 0 when unknown.
    int invulduurMinuten() const { return invulduurSeconden > 0 ? std::max(1, (invulduurSeconden + 30) / 60) : 0; }

    bool operator==(const Meting& o) const
    {
        return perspectief == o.perspectief && antwoorden == o.antwoorden && draaglast == o.draaglast
            && zelfIngevuld == o.zelfIngevuld && invulduurSeconden == o.invulduurSeconden;
    }
    bool operator!=(const Meting& o) const { return !(*this == o); }
};

struct Meetmoment
{
    qint64 id = 0;
    QDate datum;
    int volgnummer = 0; // 1 = nulmeting; set by numbering by date
    std::optional<Meting> inwoner;
    std::optional<Meting> professional;

    const std::optional<Meting>& meting(Perspectief p) const
    {
        return p == Perspectief::Inwoner ? inwoner : professional;
    }
    std::optional<Meting>& meting(Perspectief p) { return p == Perspectief::Inwoner ? inwoner : professional; }
};

// Where an inwoner lives (issue 18); every part optional. The postcode is kept as "1234 AB".
struct Adres
{
    QString straat;
    QString huisnummer;
    QString postcode;
    QString woonplaats;

    bool isEmpty() const
    {
        return straat.isEmpty() && huisnummer.isEmpty() && postcode.isEmpty() && woonplaats.isEmpty();
    }
    bool operator==(const Adres& o) const
    {
        return straat == o.straat && huisnummer == o.huisnummer && postcode == o.postcode && woonplaats == o.woonplaats;
    }
};

struct Inwoner
{
    qint64 id = 0;
    QString ref;
    QString naam;
    QDate geboortedatum;
    QString gemeente;
    QString contact;
    // Optional (issue 18), each checked (core/validation.h) and kept in one normal form (core/persoonsgegevens.h).
    QString bsn; // 9 digits, elfproef; shown masked until asked for
    Adres adres;
    QString telefoon;
    QString email;
    QString professional; // the casusregisseur; empty when not assigned
    // The wijkteam; empty: the team of the professional's account (set when stored), or none. Not in draagwijzer/1.
    QString team;
    DossierStatus status; // open or afgesloten; changed only by closing and reopening, not by update()
    QDate aangemaaktOp; // registration date; invalid for inwoners from before schema 12 or imported
    bool geanonimiseerd = false;
    int rowVersion = 0;
};

} // namespace dw
