#include "spreadsheetconversie.h"

#include "persoonsgegevens.h"
#include "spreadsheetcel.h"
#include "validation.h"

#include <QMap>

#include <algorithm>

namespace dw {

namespace {

using validation::InwonerVeld;

// A slot holds one answer: 0 when absent, the value + 1 when given, nvt for n.v.t. Items come first (instrument
// order), then the draaglast of the inwoner, then that of the professional.
constexpr char nvt = 0x7F;

QString datumTekst(const QDate& d)
{
    return d.toString(QStringLiteral("dd-MM-yyyy"));
}

int bit(Perspectief p)
{
    return p == Perspectief::Inwoner ? 1 : 2;
}

} // namespace

QString SpreadsheetWeigering::tekst() const
{
    return QStringLiteral("rij %1, kolom %2: %3").arg(rij).arg(kolom.isEmpty() ? QStringLiteral("-") : kolom, reden);
}

class SpreadsheetConversie::Private
{
public:
    struct Kolom
    {
        int index = -1;
        SpreadsheetKolom map;
        QString letter;
        QString kop; // as in the sheet
        int slot = -1; // items
        // Worked out once from the profile, not for each cell: the item's perspective, the value list, and the
        // draaglast slot of each perspective.
        Perspectief itemPerspectief = Perspectief::Inwoner;
        const SpreadsheetWaarden* lijst = nullptr;
        int draaglastSlots[2] = {-1, -1};
    };
    struct Groep
    {
        int nummer = 1;
        const Kolom* datum = nullptr;
        const Kolom* perspectief = nullptr;
        QVector<const Kolom*> waarden;
    };
    struct Record
    {
        int rij = 0;
        int groep = 0;
        QDate datum;
        int perspectieven = 0;
        QByteArray slots;
    };
    struct InwonerRecord
    {
        Inwoner inwoner;
        QMap<InwonerVeld, int> veldRij; // the row that gave each field
        QSet<InwonerVeld> fouteVelden; // fields with a refused value: not "missing" as well
        QVector<int> rijen;
        QVector<Record> records;
        bool geweigerd = false;
        bool bestaand = false;
    };

    const Instrument& instrument;
    SpreadsheetProfiel profiel;
    QDate today;
    QVector<Kolom> kolommen;
    const Kolom* refKolom = nullptr;
    QVector<const Kolom*> inwonerKolommen;
    QVector<Groep> groepen;
    QHash<QString, int> itemSlots;
    QHash<QString, std::optional<int>> schaalWoorden[2]; // per perspective: the scale's words, lower case
    int slotCount = 0;
    QVector<InwonerRecord> inwoners;
    QHash<QString, int> byRef;
    QVector<SpreadsheetWeigering> weigeringen;
    QVector<int> rijenZonderRef;
    int rijen = 0;

    Private(const Instrument& i, const SpreadsheetProfiel& p, const QDate& t)
        : instrument(i)
        , profiel(p)
        , today(t)
    {
        for (Perspectief persp : allePerspectieven) {
            for (const InstrumentItem& item : instrument.perspectief(persp).items)
                itemSlots.insert(item.code, slotCount++);
        }
        slotCount += 2 * static_cast<int>(instrument.levensgebieden().size());
        for (Perspectief persp : allePerspectieven) {
            const PerspectiefDefinitie& def = instrument.perspectief(persp);
            auto& woorden = schaalWoorden[static_cast<int>(persp)];
            for (const SchaalLabel& label : def.schaal)
                woorden.insert(label.label.toLower(), label.waarde);
            woorden.insert(def.openLabel.toLower(), std::nullopt);
        }
    }

    int draaglastSlot(const QString& gebied, Perspectief p) const
    {
        const auto& gebieden = instrument.levensgebieden();
        for (qsizetype g = 0; g < gebieden.size(); ++g) {
            if (gebieden.at(g).code == gebied)
                return static_cast<int>(itemSlots.size() + (p == Perspectief::Professional ? gebieden.size() : 0) + g);
        }
        return -1;
    }

    void weiger(int rij, const Kolom* kolom, const QString& ref, const QString& reden)
    {
        QString r = reden;
        if (kolom && !kolom->kop.trimmed().isEmpty())
            r = QStringLiteral("'%1' %2").arg(kolom->kop.simplified(), reden);
        weigeringen.append({rij, kolom ? kolom->letter : QString(), ref, r});
    }

    const Kolom* kolomVoor(InwonerVeld veld) const
    {
        for (const Kolom* k : inwonerKolommen) {
            if (k->map.veld.inwonerVeld == veld)
                return k;
        }
        return nullptr;
    }

    // One answer into `slots`; false (and a Weigering) when the cell cannot be one.
    bool waarde(int rij,
        const QString& ref,
        const Kolom& k,
        const SpreadsheetCell& cel,
        Perspectief rijPerspectief,
        QByteArray& slots,
        int& perspectieven)
    {
        const bool draaglast = k.map.veld.soort == SpreadsheetVeldSoort::Draaglast;
        const Perspectief p = draaglast ? k.map.perspectief.value_or(rijPerspectief) : k.itemPerspectief;
        const int slot = draaglast ? k.draaglastSlots[static_cast<int>(p)] : k.slot;
        const QString key = spreadsheetcel::sleutel(cel);
        std::optional<std::optional<int>> gelezen;
        if (k.lijst) {
            if (const auto it = k.lijst->find(key); it != k.lijst->end())
                gelezen = *it;
        }
        if (!gelezen && draaglast && (key == QLatin1String("n.v.t.") || key == QLatin1String("nvt")))
            gelezen = std::optional<int>();
        if (!gelezen && !draaglast) {
            const auto& woorden = schaalWoorden[static_cast<int>(p)];
            if (const auto it = woorden.find(key); it != woorden.end())
                gelezen = *it;
        }
        QString reden;
        if (!gelezen) {
            if (const auto n = spreadsheetcel::geheelGetal(cel, reden))
                gelezen = std::optional<int>(*n);
        }
        const QString verwacht = draaglast ? QStringLiteral("0, 1, 2 of n.v.t.") : QStringLiteral("1 t/m 5");
        if (!gelezen) {
            const QString lijst = k.map.waarden.isEmpty()
                ? QString()
                : QStringLiteral(" of een woord uit de waardenlijst '%1'").arg(k.map.waarden);
            weiger(rij, &k, ref, QStringLiteral("%1: verwacht %2%3").arg(reden, verwacht, lijst));
            return false;
        }
        const std::optional<int> v = *gelezen;
        if (v && (draaglast ? (*v < 0 || *v > 2) : (*v < 1 || *v > 5))) {
            weiger(rij, &k, ref, QStringLiteral("is %1: verwacht %2").arg(*v).arg(verwacht));
            return false;
        }
        if (!v && !draaglast)
            return true; // an open answer: absent
        slots[slot] = v ? static_cast<char>(*v + 1) : nvt;
        perspectieven |= bit(p);
        return true;
    }

    Meting meting(const QByteArray& slots, Perspectief p) const
    {
        Meting m;
        m.perspectief = p;
        for (const InstrumentItem& item : instrument.perspectief(p).items) {
            const char s = slots.at(itemSlots.value(item.code));
            if (s != 0)
                m.antwoorden.insert(item.code, s - 1);
        }
        for (const LevensgebiedDefinitie& gebied : instrument.levensgebieden()) {
            const char s = slots.at(draaglastSlot(gebied.code, p));
            if (s == nvt)
                m.draaglast.insert(gebied.code, std::nullopt);
            else if (s != 0)
                m.draaglast.insert(gebied.code, s - 1);
        }
        return m;
    }

    void leesGroep(int rij, InwonerRecord& rec, const Groep& g, const SpreadsheetRow& row, bool& fout);
};

void SpreadsheetConversie::Private::leesGroep(
    int rij, InwonerRecord& rec, const Groep& g, const SpreadsheetRow& row, bool& fout)
{
    const auto cel
        = [&row](const Kolom* k) { return k && k->index < row.size() ? row.at(k->index) : SpreadsheetCell {}; };
    const QString& ref = rec.inwoner.ref;
    Perspectief perspectief = profiel.perspectief;
    if (g.perspectief && !cel(g.perspectief).isEmpty()) {
        const auto p = spreadsheetcel::perspectief(cel(g.perspectief));
        if (!p) {
            weiger(rij,
                g.perspectief,
                ref,
                QStringLiteral("is '%1': verwacht inwoner of professional")
                    .arg(spreadsheetcel::tekst(cel(g.perspectief))));
            fout = true;
            return;
        }
        perspectief = *p;
    }
    Record record;
    record.rij = rij;
    record.groep = static_cast<int>(&g - groepen.constData());
    record.slots = QByteArray(slotCount, 0);
    bool iets = false;
    for (const Kolom* k : g.waarden) {
        const SpreadsheetCell c = cel(k);
        if (c.isEmpty())
            continue;
        iets = true;
        if (!waarde(rij, ref, *k, c, perspectief, record.slots, record.perspectieven))
            fout = true;
    }
    const SpreadsheetCell datumCel = cel(g.datum);
    if (datumCel.isEmpty()) {
        if (iets || profiel.indeling == SpreadsheetProfiel::Indeling::PerMeetmoment) {
            weiger(rij,
                g.datum,
                ref,
                g.nummer > 1 || profiel.indeling == SpreadsheetProfiel::Indeling::PerInwoner
                    ? QStringLiteral("is leeg: meetmoment %1 heeft antwoorden maar geen datum").arg(g.nummer)
                    : QStringLiteral("is leeg: elk meetmoment heeft een datum"));
            fout = true;
        }
        return;
    }
    QString reden;
    const auto datum = spreadsheetcel::datum(datumCel, reden);
    if (!datum) {
        weiger(rij, g.datum, ref, reden);
        fout = true;
        return;
    }
    if (*datum > today) {
        weiger(rij, g.datum, ref, QStringLiteral("%1 ligt in de toekomst").arg(datumTekst(*datum)));
        fout = true;
        return;
    }
    if (fout)
        return;
    if (record.perspectieven == 0) {
        weiger(
            rij, g.datum, ref, QStringLiteral("%1: dit meetmoment heeft geen enkel antwoord").arg(datumTekst(*datum)));
        fout = true;
        return;
    }
    record.datum = *datum;
    for (const Record& eerder : std::as_const(rec.records)) {
        if (eerder.datum == record.datum && (eerder.perspectieven & record.perspectieven)) {
            weiger(rij,
                g.datum,
                ref,
                QStringLiteral("%1: dubbel, rij %2 heeft al een meting van ref %3 op deze datum")
                    .arg(datumTekst(record.datum))
                    .arg(eerder.rij)
                    .arg(ref));
            fout = true;
            return;
        }
    }
    rec.records.append(record);
}

SpreadsheetConversie::SpreadsheetConversie(
    const Instrument& instrument, const SpreadsheetProfiel& profiel, const QDate& today)
    : d(std::make_unique<Private>(instrument, profiel, today))
{ }

SpreadsheetConversie::~SpreadsheetConversie() = default;

Status SpreadsheetConversie::header(const SpreadsheetRow& row)
{
    const QString probleem = d->profiel.probleem();
    if (!probleem.isEmpty())
        return Error::badInput(probleem);
    QStringList koppen;
    for (const SpreadsheetCell& cel : row)
        koppen.append(cel.text);
    const QVector<int> indexen = d->profiel.kolomIndexen(koppen);
    QStringList missing;
    d->kolommen.clear();
    d->kolommen.reserve(d->profiel.kolommen.size());
    for (qsizetype i = 0; i < indexen.size(); ++i) {
        const SpreadsheetKolom& map = d->profiel.kolommen.at(i);
        Private::Kolom k;
        k.map = map;
        if (d->profiel.indeling == SpreadsheetProfiel::Indeling::PerMeetmoment)
            k.map.meetmoment = 1;
        k.index = indexen.at(i);
        if (k.index < 0) {
            missing.append(QStringLiteral("'%1'").arg(map.kop.simplified()));
            continue;
        }
        k.letter = spreadsheetColumnName(k.index);
        k.kop = k.index < row.size() ? row.at(k.index).text.simplified() : QString();
        if (map.veld.soort == SpreadsheetVeldSoort::Item) {
            k.slot = d->itemSlots.value(map.veld.code, -1);
            k.itemPerspectief = d->instrument.item(map.veld.code)->perspectief;
        }
        if (map.veld.soort == SpreadsheetVeldSoort::Draaglast) {
            for (Perspectief persp : allePerspectieven)
                k.draaglastSlots[static_cast<int>(persp)] = d->draaglastSlot(map.veld.code, persp);
        }
        if (const auto lijst = d->profiel.waardelijsten.constFind(map.waarden);
            lijst != d->profiel.waardelijsten.cend())
            k.lijst = &*lijst;
        d->kolommen.append(k);
    }
    if (!missing.isEmpty())
        return Error::badInput(
            QStringLiteral("rij %1 (de kopregel) mist %2 %3, die het profiel '%4' noemt")
                .arg(d->profiel.kopregel)
                .arg(missing.size() == 1 ? QStringLiteral("de kolom") : QStringLiteral("de kolommen"),
                    missing.join(QStringLiteral(", ")),
                    d->profiel.naam));
    // The groups and the columns of each, now that kolommen no longer moves.
    QMap<int, Private::Groep> groepen;
    for (const Private::Kolom& k : std::as_const(d->kolommen)) {
        switch (k.map.veld.soort) {
        case SpreadsheetVeldSoort::Negeren:
            break;
        case SpreadsheetVeldSoort::Inwoner:
            if (k.map.veld.inwonerVeld == InwonerVeld::Ref)
                d->refKolom = &k;
            else
                d->inwonerKolommen.append(&k);
            break;
        case SpreadsheetVeldSoort::Datum:
            groepen[k.map.meetmoment].datum = &k;
            break;
        case SpreadsheetVeldSoort::Perspectief:
            groepen[k.map.meetmoment].perspectief = &k;
            break;
        case SpreadsheetVeldSoort::Item:
        case SpreadsheetVeldSoort::Draaglast:
            groepen[k.map.meetmoment].waarden.append(&k);
            break;
        }
    }
    d->groepen.clear();
    for (auto it = groepen.begin(); it != groepen.end(); ++it) {
        it->nummer = it.key();
        if (!it->datum)
            return Error::badInput(
                QStringLiteral("meetmoment %1 van het profiel heeft geen kolom met de datum").arg(it.key()));
        d->groepen.append(*it);
    }
    return {};
}

void SpreadsheetConversie::row(int rijNummer, const SpreadsheetRow& row)
{
    if (std::all_of(row.cbegin(), row.cend(), [](const SpreadsheetCell& c) { return c.isEmpty(); }))
        return;
    ++d->rijen;
    const auto cel = [&row](const Private::Kolom* k) {
        return k && k->index < row.size() ? row.at(k->index) : SpreadsheetCell {};
    };
    const QString ref = spreadsheetcel::tekst(cel(d->refKolom));
    const QString refProblem = validation::refProblem(ref);
    if (!refProblem.isEmpty()) {
        d->weiger(rijNummer,
            d->refKolom,
            {},
            ref.isEmpty() ? QStringLiteral("is leeg: elke rij heeft een ref nodig") : refProblem);
        d->rijenZonderRef.append(rijNummer);
        return;
    }
    int index = d->byRef.value(ref, -1);
    if (index < 0) {
        index = static_cast<int>(d->inwoners.size());
        d->byRef.insert(ref, index);
        Private::InwonerRecord rec;
        rec.inwoner.ref = ref;
        d->inwoners.append(rec);
    }
    Private::InwonerRecord& rec = d->inwoners[index];
    rec.rijen.append(rijNummer);
    bool fout = false;
    for (const Private::Kolom* k : std::as_const(d->inwonerKolommen)) {
        const SpreadsheetCell c = cel(k);
        if (c.isEmpty())
            continue;
        const InwonerVeld veld = k->map.veld.inwonerVeld;
        QString waarde = spreadsheetcel::tekst(c);
        QString reden;
        if (veld == InwonerVeld::Geboortedatum) {
            const auto datum = spreadsheetcel::datum(c, reden);
            waarde = datum ? datum->toString(Qt::ISODate) : QString();
        }
        if (reden.isEmpty())
            reden = validation::inwonerVeldProblem(veld, waarde, d->today);
        if (!reden.isEmpty()) {
            d->weiger(rijNummer, k, ref, reden);
            rec.fouteVelden.insert(veld);
            fout = true;
            continue;
        }
        const QString opgeslagen = validation::inwonerVeldWaarde(rec.inwoner, veld);
        if (opgeslagen.isEmpty()) {
            validation::zetInwonerVeld(rec.inwoner, veld, waarde);
            rec.veldRij.insert(veld, rijNummer);
        } else if (opgeslagen != waarde) {
            d->weiger(rijNummer,
                k,
                ref,
                QStringLiteral("is '%1', maar rij %2 gaf voor ref %3 '%4'")
                    .arg(waarde)
                    .arg(rec.veldRij.value(veld))
                    .arg(ref, opgeslagen));
            fout = true;
        }
    }
    for (const Private::Groep& g : std::as_const(d->groepen))
        d->leesGroep(rijNummer, rec, g, row, fout);
    if (fout)
        rec.geweigerd = true;
}

QStringList SpreadsheetConversie::refs() const
{
    QStringList refs;
    refs.reserve(d->inwoners.size());
    for (const Private::InwonerRecord& rec : std::as_const(d->inwoners))
        refs.append(rec.inwoner.ref);
    return refs;
}

void SpreadsheetConversie::check(const Bestaand& bestaand)
{
    for (Private::InwonerRecord& rec : d->inwoners) {
        const QString& ref = rec.inwoner.ref;
        rec.bestaand = bestaand.refs.contains(ref);
        if (const auto it = bestaand.geweigerd.find(ref); it != bestaand.geweigerd.end()) {
            d->weigeringen.append({rec.rijen.value(0),
                d->refKolom->letter,
                ref,
                QStringLiteral("ref %1 bestaat al in Draagwijzer, maar u kunt er niets aan toevoegen: %2")
                    .arg(ref, *it)});
            rec.geweigerd = true;
            continue;
        }
        if (rec.bestaand) {
            const QSet<QDate> datums = bestaand.datums.value(ref);
            for (const Private::Record& r : std::as_const(rec.records)) {
                if (datums.contains(r.datum)) {
                    d->weiger(r.rij,
                        d->groepen.at(r.groep).datum,
                        ref,
                        QStringLiteral("%1: dubbel, ref %2 heeft in Draagwijzer al een meetmoment op deze datum")
                            .arg(datumTekst(r.datum), ref));
                    rec.geweigerd = true;
                }
            }
            continue;
        }
        const int rij = rec.rijen.isEmpty() ? 0 : rec.rijen.constFirst();
        for (InwonerVeld veld : {InwonerVeld::Naam, InwonerVeld::Geboortedatum, InwonerVeld::Gemeente}) {
            if (!validation::inwonerVeldWaarde(rec.inwoner, veld).isEmpty() || rec.fouteVelden.contains(veld))
                continue;
            const Private::Kolom* kolom = d->kolomVoor(veld);
            const QString naam = SpreadsheetVeld {SpreadsheetVeldSoort::Inwoner, veld, {}}.label(d->instrument);
            d->weigeringen.append({rij,
                kolom ? kolom->letter : d->refKolom->letter,
                ref,
                QStringLiteral("%1 ontbreekt: ref %2 is nieuw, en een nieuwe inwoner heeft naam, geboortedatum en "
                               "gemeente nodig")
                    .arg(naam, ref)});
            rec.geweigerd = true;
        }
    }
    std::stable_sort(d->weigeringen.begin(),
        d->weigeringen.end(),
        [](const SpreadsheetWeigering& a, const SpreadsheetWeigering& b) { return a.rij < b.rij; });
}

const QVector<SpreadsheetWeigering>& SpreadsheetConversie::weigeringen() const
{
    return d->weigeringen;
}

int SpreadsheetConversie::rijen() const
{
    return d->rijen;
}

int SpreadsheetConversie::inwoners(bool alleenGeldige) const
{
    return static_cast<int>(std::count_if(d->inwoners.cbegin(),
        d->inwoners.cend(),
        [alleenGeldige](const Private::InwonerRecord& r) { return !alleenGeldige || !r.geweigerd; }));
}

int SpreadsheetConversie::bestaandeInwoners(bool alleenGeldige) const
{
    return static_cast<int>(std::count_if(d->inwoners.cbegin(),
        d->inwoners.cend(),
        [alleenGeldige](const Private::InwonerRecord& r) { return r.bestaand && (!alleenGeldige || !r.geweigerd); }));
}

int SpreadsheetConversie::meetmomenten(bool alleenGeldige) const
{
    int n = 0;
    for (const Private::InwonerRecord& rec : std::as_const(d->inwoners)) {
        if (alleenGeldige && rec.geweigerd)
            continue;
        QSet<QDate> datums;
        for (const Private::Record& r : rec.records)
            datums.insert(r.datum);
        n += static_cast<int>(datums.size());
    }
    return n;
}

QVector<int> SpreadsheetConversie::geweigerdeRijen() const
{
    QVector<int> rijen = d->rijenZonderRef;
    for (const Private::InwonerRecord& rec : std::as_const(d->inwoners)) {
        if (rec.geweigerd)
            rijen += rec.rijen;
    }
    std::sort(rijen.begin(), rijen.end());
    rijen.erase(std::unique(rijen.begin(), rijen.end()), rijen.end());
    return rijen;
}

Status SpreadsheetConversie::forEachDossier(const Sink& sink) const
{
    for (const Private::InwonerRecord& rec : std::as_const(d->inwoners)) {
        if (rec.geweigerd)
            continue;
        Dossier dossier;
        dossier.inwoner = rec.inwoner;
        persoonsgegevens::normaliseer(dossier.inwoner);
        QMap<QDate, Meetmoment> byDatum;
        for (const Private::Record& r : rec.records) {
            Meetmoment& m = byDatum[r.datum];
            m.datum = r.datum;
            for (Perspectief p : allePerspectieven) {
                if (r.perspectieven & bit(p))
                    m.meting(p) = d->meting(r.slots, p);
            }
        }
        int volgnummer = 0;
        for (Meetmoment& m : byDatum) {
            m.volgnummer = ++volgnummer;
            dossier.meetmomenten.append(m);
        }
        const Status s = sink(std::move(dossier), rec.bestaand);
        if (!s.ok())
            return s;
    }
    return {};
}

} // namespace dw
