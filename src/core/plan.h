#pragma once

#include <QDate>
#include <QString>
#include <QVector>

#include <optional>

namespace dw {

// The plan van aanpak along the study's werkproces (Aanbeveling 1): hulpvraag -> vraagverheldering -> doelen ->
// interventies -> afspraken/uitvoering -> uitkomst, carried by a gedeelde visie. A plan is revised into a new
// versie; earlier versies stay as they were.

enum class Uitkomst { Onbekend, Bereikt, Deels, Niet };
enum class Instemming { Onbekend, Eens, Deels, Oneens };

QString uitkomstCode(Uitkomst u); // empty for Onbekend
std::optional<Uitkomst> uitkomstFromCode(const QString& code); // "" -> Onbekend, unknown -> nullopt
QString instemmingCode(Instemming i);
std::optional<Instemming> instemmingFromCode(const QString& code);

struct Doel
{
    QString omschrijving;
    QDate horizon; // by when it should be reached
    QString wat;
    QString hoe;
    QString metWie;
    QString levensgebied; // levensgebied code, or empty
    QString component; // "competenties" / "sociaal_kapitaal", or empty
    Uitkomst uitkomst = Uitkomst::Onbekend;
    QDate uitkomstDatum;

    bool operator==(const Doel& o) const
    {
        return omschrijving == o.omschrijving && horizon == o.horizon && wat == o.wat && hoe == o.hoe
            && metWie == o.metWie && levensgebied == o.levensgebied && component == o.component
            && uitkomst == o.uitkomst && uitkomstDatum == o.uitkomstDatum;
    }
};

struct Interventie
{
    QString type; // one of the six intervention type codes
    QString omschrijving;
    int doel = 0; // 1-based number of the doel it serves; 0 = none
    QString wie;
    QDate wanneer;
    // The partner organisation that carries it out: a voorziening's naam from the sociale kaart, or empty. The
    // partnerversie of the plan (issue 17) shows a partner only its own interventies.
    QString partner;

    bool operator==(const Interventie& o) const
    {
        return type == o.type && omschrijving == o.omschrijving && doel == o.doel && wie == o.wie
            && wanneer == o.wanneer && partner == o.partner;
    }
};

struct Afspraak
{
    QString omschrijving;
    QString wie;
    QDate wanneer;

    bool operator==(const Afspraak& o) const
    {
        return omschrijving == o.omschrijving && wie == o.wie && wanneer == o.wanneer;
    }
};

struct Plan
{
    qint64 id = 0;
    int versie = 1;
    QDate datum;
    QString hulpvraag; // in the inwoner's own words
    QString draaglastBepaald; // vraagverheldering
    QString draagkrachtBepaald;
    QVector<Doel> doelen;
    QVector<Interventie> interventies;
    QVector<Afspraak> afspraken;
    Instemming inwonerEens = Instemming::Onbekend; // gedeelde visie
    QString visieToelichting;
    bool verschilBesproken = false; // disagreement on the quadrant talked through with the inwoner
    // A stored versie is never removed; it can be withdrawn ("ingetrokken"), with a date and a reason, and stays
    // readable as such. Invalid date: not withdrawn.
    QDate ingetrokkenOp;
    QString intrekReden;
    bool ingetrokken() const { return ingetrokkenOp.isValid(); }

    bool operator==(const Plan& o) const
    {
        return versie == o.versie && datum == o.datum && hulpvraag == o.hulpvraag
            && draaglastBepaald == o.draaglastBepaald && draagkrachtBepaald == o.draagkrachtBepaald
            && doelen == o.doelen && interventies == o.interventies && afspraken == o.afspraken
            && inwonerEens == o.inwonerEens && visieToelichting == o.visieToelichting
            && verschilBesproken == o.verschilBesproken && ingetrokkenOp == o.ingetrokkenOp
            && intrekReden == o.intrekReden;
    }
    bool operator!=(const Plan& o) const { return !(*this == o); }
};

} // namespace dw
