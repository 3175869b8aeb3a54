#pragma once

#include "domain.h"
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVector>

namespace dw {

struct InstrumentItem
{
    QString code;
    QString tekst; // the validated statement: shown word for word, never rephrased
    // Optional: the same in easier words (B1), shown below the statement when the inwoner fills it in.
    QString uitleg;
    Perspectief perspectief = Perspectief::Inwoner;
    Component component = Component::PersoonlijkeCompetenties;
};

struct SchaalLabel
{
    int waarde = 0;
    QString label;
};

struct PerspectiefDefinitie
{
    Perspectief perspectief = Perspectief::Inwoner;
    QString tabel; // "Tabel 1"
    QString titel;
    QVector<SchaalLabel> schaal; // 1..5
    QString openLabel; // "Weet niet"
    QVector<InstrumentItem> items;
};

struct LevensgebiedDefinitie
{
    QString code;
    QString naam;
};

struct KwadrantDefinitie
{
    Kwadrant kwadrant = Kwadrant::Onbekend;
    QString naam;
    QString beschrijving;
};

struct ComponentDefinitie
{
    Component component = Component::PersoonlijkeCompetenties;
    QString naam;
    QString beschrijving;
};

struct InterventieTypeDefinitie
{
    QString code;
    QString naam;
    QString voorbeeld;
};

struct Drempels
{
    double componentAanwezigVanaf = 3.5;
    int minimaalTeller = 2; // a component needs at least teller/noemer of its items answered
    int minimaalNoemer = 3;
    int meervoudigVanaf = 3;
    double componentVerschilVanaf = 1.0;

    // The fewest answered items that still give a component score: ceil(totaal * teller / noemer).
    int minimaalBeantwoord(int totaal) const { return (totaal * minimaalTeller + minimaalNoemer - 1) / minimaalNoemer; }
};

// The measuring instrument as data (resources/instruments/*.json): items, scales, levensgebieden, thresholds,
// quadrants. Scoring reads every decision from here, so a meting keeps the rules of the version it was taken with.
class Instrument
{
public:
    static Result<Instrument> fromJson(const QByteArray& json);
    static Result<Instrument> fromFile(const QString& path);
    // The instrument shipped with the application (draagkracht-1), loaded once from the resources.
    static const Instrument& standaard();

    QString id() const { return m_id; } // "draagkracht-1", stored with every meting
    int versie() const { return m_versie; }
    QString titel() const { return m_titel; }
    const Drempels& drempels() const { return m_drempels; }

    const PerspectiefDefinitie& perspectief(Perspectief p) const;
    const QVector<LevensgebiedDefinitie>& levensgebieden() const { return m_levensgebieden; }
    const QVector<SchaalLabel>& draaglastNiveaus() const { return m_draaglastNiveaus; }
    QString nvtLabel() const { return m_nvtLabel; }
    const QVector<KwadrantDefinitie>& kwadranten() const { return m_kwadranten; }
    const QVector<ComponentDefinitie>& componenten() const { return m_componenten; }
    const QVector<InterventieTypeDefinitie>& interventieTypen() const { return m_interventieTypen; }

    const InstrumentItem* item(const QString& code) const;
    const LevensgebiedDefinitie* levensgebied(const QString& code) const;
    const InterventieTypeDefinitie* interventieType(const QString& code) const;
    QString kwadrantNaam(Kwadrant k) const; // "Onbekend" when the quadrant is unknown
    QString componentNaam(Component c) const;
    QVector<InstrumentItem> items(Perspectief p, Component c) const;

private:
    QString m_id;
    int m_versie = 0;
    QString m_titel;
    Drempels m_drempels;
    PerspectiefDefinitie m_perspectieven[2];
    QVector<LevensgebiedDefinitie> m_levensgebieden;
    QVector<SchaalLabel> m_draaglastNiveaus;
    QString m_nvtLabel;
    QVector<KwadrantDefinitie> m_kwadranten;
    QVector<ComponentDefinitie> m_componenten;
    QVector<InterventieTypeDefinitie> m_interventieTypen;
    QHash<QString, int> m_itemIndex; // code -> perspectief * 1000 + index
};

} // namespace dw
