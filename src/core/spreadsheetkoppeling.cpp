#include "spreadsheetkoppeling.h"

#include "spreadsheetcel.h"

#include <QHash>
#include <QRegularExpression>

namespace dw::spreadsheetkoppeling {

namespace {

using validation::InwonerVeld;

// Lower case letters and digits only, accents off: "Geb. datum" and "gebdatum" are one header.
QString kaal(const QString& tekst)
{
    QString uit;
    uit.reserve(tekst.size());
    for (QChar c : tekst) {
        if (c.decompositionTag() == QChar::Canonical)
            c = c.decomposition().at(0);
        if (c.isLetterOrNumber())
            uit += c.toLower();
    }
    return uit;
}

// Whether `kop` is `naam` with its words cut short: as many words, each the start (3 letters or more) of the other's.
bool afgekort(const QString& kop, const QString& naam)
{
    static const QRegularExpression woord(QStringLiteral("[^\\w]+"));
    const QStringList koppen = kop.toLower().split(woord, Qt::SkipEmptyParts);
    const QStringList namen = naam.toLower().split(woord, Qt::SkipEmptyParts);
    if (koppen.size() != namen.size() || koppen.isEmpty())
        return false;
    for (qsizetype i = 0; i < koppen.size(); ++i) {
        if (koppen.at(i).size() < 3 || !kaal(namen.at(i)).startsWith(kaal(koppen.at(i))))
            return false;
    }
    return true;
}

// The headers teams use for each field, kaal. Items and levensgebieden are found from the instrument.
const QHash<QString, QString>& synoniemen()
{
    static const QHash<QString, QString> tabel = [] {
        const std::pair<const char*, const char*> lijst[] = {
            {"ref", "ref referentie dossiernummer dossiernr clientnummer clientnr registratienummer kenmerk id"},
            {"naam", "naam naaminwoner volledigenaam inwoner client clientnaam naamclient"},
            {"geboortedatum", "geboortedatum gebdatum gebdat geboren geboortedat"},
            {"gemeente", "gemeente woongemeente"},
            {"professional",
                "professional medewerker consulent hulpverlener begeleider casemanager klantmanager casusregisseur "
                "regisseur"},
            {"contact", "contact contactpersoon"},
            {"bsn", "bsn burgerservicenummer"},
            {"straat", "straat straatnaam"},
            {"huisnummer", "huisnummer huisnr"},
            {"postcode", "postcode"},
            {"woonplaats", "woonplaats plaats"},
            {"telefoon", "telefoon telefoonnummer tel telnr mobiel"},
            {"email", "email emailadres mail"},
            {"datum",
                "datum datummeting meetdatum datummeetmoment meetmoment datumafname afnamedatum datumgesprek "
                "gespreksdatum"},
            {"perspectief", "perspectief ingevulddoor invuller"},
        };
        QHash<QString, QString> t;
        for (const auto& [code, koppen] : lijst) {
            for (const QString& kop : QString::fromLatin1(koppen).split(QLatin1Char(' ')))
                t.insert(kop, QLatin1String(code));
        }
        return t;
    }();
    return tabel;
}

std::optional<SpreadsheetVeld> raadZonderGroep(const QString& kop, const Instrument& instrument)
{
    const QString k = kaal(kop);
    if (k.isEmpty())
        return std::nullopt;
    if (const auto it = synoniemen().constFind(k); it != synoniemen().cend())
        return SpreadsheetVeld::fromCode(*it, instrument);
    for (Perspectief p : allePerspectieven) {
        for (const InstrumentItem& item : instrument.perspectief(p).items) {
            if (kaal(item.code) == k)
                return SpreadsheetVeld::fromCode(item.code, instrument);
        }
    }
    // "V3", "Vraag 3", "Item 3": the third statement of Tabel 1, the inwoner's list that teams number; "P3",
    // "Prof 3": the third of Tabel 2, the professional's. Read from the text itself, not kaal: "V1 (4)" is V1 in
    // group 4, not V14.
    static const QRegularExpression genummerd(QStringLiteral("^(v|vraag|item|p|prof|pro)\\s*\\.?\\s*(\\d{1,2})$"));
    if (const auto m = genummerd.match(kop.simplified().toLower()); m.hasMatch()) {
        const Perspectief p
            = m.captured(1).startsWith(QLatin1Char('p')) ? Perspectief::Professional : Perspectief::Inwoner;
        const auto& items = instrument.perspectief(p).items;
        const int n = m.captured(2).toInt();
        if (n >= 1 && n <= items.size())
            return SpreadsheetVeld::fromCode(items.at(n - 1).code, instrument);
        return std::nullopt;
    }
    // A levensgebied by its code, its name or a part of it ("Financiën" for "Financiën (incl. schulden)"), or its
    // name with words cut short as teams do ("Lich. gezondheid").
    const QString gebied = k.startsWith(QLatin1String("draaglast")) ? k.mid(9) : k;
    for (const LevensgebiedDefinitie& g : instrument.levensgebieden()) {
        QStringList namen {g.code, g.naam};
        namen += g.naam.split(QRegularExpression(QStringLiteral("[()/]")), Qt::SkipEmptyParts);
        for (const QString& naam : std::as_const(namen)) {
            if (!naam.trimmed().startsWith(QLatin1String("incl")) && (kaal(naam) == gebied || afgekort(kop, naam)))
                return SpreadsheetVeld::fromCode(QStringLiteral("draaglast.") + g.code, instrument);
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<Gok> raad(const QString& kop, const Instrument& instrument)
{
    if (const auto veld = raadZonderGroep(kop, instrument))
        return Gok {*veld, 0};
    // A repeated group numbered in the header: "Datum 2", "V1 (2)", "V1_2", "Financiën-3".
    static const QRegularExpression groep(QStringLiteral("^(.*\\S)\\s*(?:\\((\\d{1,2})\\)|[\\s_-]+(\\d{1,2}))$"));
    const auto m = groep.match(kop.simplified());
    if (!m.hasMatch())
        return std::nullopt;
    const int nummer = (m.captured(2).isEmpty() ? m.captured(3) : m.captured(2)).toInt();
    const auto veld = raadZonderGroep(m.captured(1), instrument);
    if (!veld || nummer < 1)
        return std::nullopt;
    return Gok {*veld, nummer};
}

QVector<SpreadsheetKeuze> stelVoor(
    const QStringList& koppen, SpreadsheetProfiel::Indeling indeling, const Instrument& instrument)
{
    QVector<SpreadsheetKeuze> keuzes(koppen.size());
    QHash<QString, int> gezien; // field code -> columns proposed
    QSet<QString> bezet; // field code + group
    for (qsizetype i = 0; i < koppen.size(); ++i) {
        const auto gok = raad(koppen.at(i), instrument);
        if (!gok)
            continue;
        const QString code = gok->veld.toCode();
        const bool perGroep
            = indeling == SpreadsheetProfiel::Indeling::PerInwoner && gok->veld.soort != SpreadsheetVeldSoort::Inwoner;
        int meetmoment = 1;
        if (perGroep)
            meetmoment = gok->meetmoment > 0 ? gok->meetmoment : gezien.value(code) + 1;
        const QString sleutel = QStringLiteral("%1#%2").arg(code).arg(meetmoment);
        if (bezet.contains(sleutel))
            continue;
        bezet.insert(sleutel);
        gezien[code] = std::max(gezien.value(code), meetmoment);
        keuzes[i] = {gok->veld, meetmoment, {}};
    }
    return keuzes;
}

QVector<SpreadsheetKeuze> uitProfiel(
    const SpreadsheetProfiel& profiel, const QStringList& koppen, QStringList* ontbrekend)
{
    QVector<SpreadsheetKeuze> keuzes(koppen.size());
    const QVector<int> indexen = profiel.kolomIndexen(koppen);
    for (qsizetype i = 0; i < indexen.size(); ++i) {
        const SpreadsheetKolom& k = profiel.kolommen.at(i);
        const int index = indexen.at(i);
        if (index < 0 || index >= koppen.size()) {
            if (ontbrekend)
                ontbrekend->append(k.letter.isEmpty() ? k.kop.simplified() : k.letter);
            continue;
        }
        keuzes[index]
            = {k.veld, profiel.indeling == SpreadsheetProfiel::Indeling::PerInwoner ? k.meetmoment : 1, k.waarden};
    }
    return keuzes;
}

QVector<SpreadsheetKolom> kolommen(const QStringList& koppen, const QVector<SpreadsheetKeuze>& keuzes)
{
    QVector<SpreadsheetKolom> uit;
    for (qsizetype i = 0; i < keuzes.size(); ++i) {
        const SpreadsheetKeuze& keuze = keuzes.at(i);
        const QString kop = koppen.value(i).simplified();
        if (keuze.veld.soort == SpreadsheetVeldSoort::Negeren) {
            // Kept only to hold its place for a later column of the same header.
            bool later = false;
            for (qsizetype j = i + 1; j < keuzes.size() && !kop.isEmpty(); ++j) {
                later = later
                    || (keuzes.at(j).veld.soort != SpreadsheetVeldSoort::Negeren
                        && koppen.value(j).simplified().toLower() == kop.toLower());
            }
            if (!later)
                continue;
        }
        SpreadsheetKolom k;
        if (kop.isEmpty())
            k.letter = spreadsheetColumnName(static_cast<int>(i));
        else
            k.kop = kop;
        k.veld = keuze.veld;
        k.meetmoment = keuze.meetmoment;
        k.waarden = keuze.isWaarde() ? keuze.waarden : QString();
        uit.append(k);
    }
    return uit;
}

QVector<std::pair<int, int>> dubbel(const QVector<SpreadsheetKeuze>& keuzes)
{
    QVector<std::pair<int, int>> uit;
    QHash<QString, int> eerder;
    for (qsizetype i = 0; i < keuzes.size(); ++i) {
        const SpreadsheetKeuze& k = keuzes.at(i);
        if (k.veld.soort == SpreadsheetVeldSoort::Negeren)
            continue;
        // An inwoner's own field is one per row, whatever group its column stands in.
        const int groep = k.veld.soort == SpreadsheetVeldSoort::Inwoner ? 0 : k.meetmoment;
        const QString sleutel = QStringLiteral("%1#%2").arg(k.veld.toCode()).arg(groep);
        if (const auto it = eerder.constFind(sleutel); it != eerder.cend())
            uit.append({*it, static_cast<int>(i)});
        else
            eerder.insert(sleutel, static_cast<int>(i));
    }
    return uit;
}

bool leesbaar(const SpreadsheetCell& cel,
    const SpreadsheetKeuze& keuze,
    const QMap<QString, SpreadsheetWaarden>& lijsten,
    const Instrument& instrument)
{
    if (cel.isEmpty())
        return true;
    const QString sleutel = spreadsheetcel::sleutel(cel);
    if (!keuze.waarden.isEmpty() && lijsten.value(keuze.waarden).contains(sleutel))
        return true;
    if (keuze.veld.soort == SpreadsheetVeldSoort::Draaglast) {
        if (sleutel == QLatin1String("n.v.t.") || sleutel == QLatin1String("nvt"))
            return true;
    } else if (const InstrumentItem* item = instrument.item(keuze.veld.code)) {
        const PerspectiefDefinitie& def = instrument.perspectief(item->perspectief);
        for (const SchaalLabel& s : def.schaal) {
            if (s.label.toLower() == sleutel)
                return true;
        }
        if (def.openLabel.toLower() == sleutel)
            return true;
    }
    QString reden;
    return spreadsheetcel::geheelGetal(cel, reden).has_value();
}

QString lijstVoor(const QVector<SpreadsheetCell>& cellen,
    const SpreadsheetKeuze& keuze,
    const QMap<QString, SpreadsheetWaarden>& lijsten,
    const Instrument& instrument)
{
    const auto gelezen = [&](const QString& lijst) {
        SpreadsheetKeuze k = keuze;
        k.waarden = lijst;
        return std::count_if(cellen.cbegin(), cellen.cend(), [&](const SpreadsheetCell& c) {
            return leesbaar(c, k, lijsten, instrument);
        });
    };
    QString beste;
    auto meeste = gelezen({});
    for (auto it = lijsten.cbegin(); it != lijsten.cend() && meeste < cellen.size(); ++it) {
        const auto n = gelezen(it.key());
        if (n > meeste) {
            meeste = n;
            beste = it.key();
        }
    }
    return beste;
}

} // namespace dw::spreadsheetkoppeling
