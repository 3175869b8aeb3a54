#include "spreadsheetprofiel.h"

#include "spreadsheet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace dw {

namespace {

using validation::InwonerVeld;

struct InwonerVeldCode
{
    InwonerVeld veld;
    const char* code;
    const char* label;
};

constexpr InwonerVeldCode inwonerVelden[] = {
    {InwonerVeld::Ref, "ref", "Ref"},
    {InwonerVeld::Naam, "naam", "Naam"},
    {InwonerVeld::Geboortedatum, "geboortedatum", "Geboortedatum"},
    {InwonerVeld::Gemeente, "gemeente", "Gemeente"},
    {InwonerVeld::Contact, "contact", "Contact"},
    {InwonerVeld::Professional, "professional", "Professional"},
    {InwonerVeld::Bsn, "bsn", "BSN"},
    {InwonerVeld::Straat, "straat", "Straat"},
    {InwonerVeld::Huisnummer, "huisnummer", "Huisnummer"},
    {InwonerVeld::Postcode, "postcode", "Postcode"},
    {InwonerVeld::Woonplaats, "woonplaats", "Woonplaats"},
    {InwonerVeld::Telefoon, "telefoon", "Telefoon"},
    {InwonerVeld::Email, "email", "E-mail"},
};

const QString draaglastPrefix = QStringLiteral("draaglast.");

QString fail(const QString& where, const QString& why)
{
    return where.isEmpty() ? why : QStringLiteral("%1: %2").arg(where, why);
}

std::optional<int> waardeFromJson(const QJsonValue& v, bool& ok)
{
    ok = true;
    if (v.isNull())
        return std::nullopt;
    if (v.isDouble() && v.toDouble() == static_cast<int>(v.toDouble()))
        return static_cast<int>(v.toDouble());
    ok = false;
    return std::nullopt;
}

QString normalisedKey(const QString& text)
{
    return text.simplified().toLower();
}

} // namespace

std::optional<SpreadsheetVeld> SpreadsheetVeld::fromCode(const QString& code, const Instrument& instrument)
{
    SpreadsheetVeld veld;
    if (code == QLatin1String("negeren"))
        return veld;
    if (code == QLatin1String("datum")) {
        veld.soort = SpreadsheetVeldSoort::Datum;
        return veld;
    }
    if (code == QLatin1String("perspectief")) {
        veld.soort = SpreadsheetVeldSoort::Perspectief;
        return veld;
    }
    for (const InwonerVeldCode& c : inwonerVelden) {
        if (code == QLatin1String(c.code)) {
            veld.soort = SpreadsheetVeldSoort::Inwoner;
            veld.inwonerVeld = c.veld;
            return veld;
        }
    }
    if (code.startsWith(draaglastPrefix) && instrument.levensgebied(code.mid(draaglastPrefix.size()))) {
        veld.soort = SpreadsheetVeldSoort::Draaglast;
        veld.code = code.mid(draaglastPrefix.size());
        return veld;
    }
    if (instrument.item(code)) {
        veld.soort = SpreadsheetVeldSoort::Item;
        veld.code = code;
        return veld;
    }
    return std::nullopt;
}

QString SpreadsheetVeld::toCode() const
{
    switch (soort) {
    case SpreadsheetVeldSoort::Negeren:
        return QStringLiteral("negeren");
    case SpreadsheetVeldSoort::Datum:
        return QStringLiteral("datum");
    case SpreadsheetVeldSoort::Perspectief:
        return QStringLiteral("perspectief");
    case SpreadsheetVeldSoort::Item:
        return code;
    case SpreadsheetVeldSoort::Draaglast:
        return draaglastPrefix + code;
    case SpreadsheetVeldSoort::Inwoner:
        break;
    }
    for (const InwonerVeldCode& c : inwonerVelden) {
        if (c.veld == inwonerVeld)
            return QLatin1String(c.code);
    }
    return {};
}

QString SpreadsheetVeld::label(const Instrument& instrument) const
{
    switch (soort) {
    case SpreadsheetVeldSoort::Negeren:
        return QStringLiteral("Negeren");
    case SpreadsheetVeldSoort::Datum:
        return QStringLiteral("Datum meetmoment");
    case SpreadsheetVeldSoort::Perspectief:
        return QStringLiteral("Perspectief (inwoner of professional)");
    case SpreadsheetVeldSoort::Item: {
        const InstrumentItem* item = instrument.item(code);
        const QString tabel = item && item->perspectief == Perspectief::Professional ? QStringLiteral("Tabel 2")
                                                                                     : QStringLiteral("Tabel 1");
        return QStringLiteral("%1, %2").arg(tabel, code);
    }
    case SpreadsheetVeldSoort::Draaglast: {
        const LevensgebiedDefinitie* gebied = instrument.levensgebied(code);
        return QStringLiteral("Draaglast: %1").arg(gebied ? gebied->naam : code);
    }
    case SpreadsheetVeldSoort::Inwoner:
        break;
    }
    for (const InwonerVeldCode& c : inwonerVelden) {
        if (c.veld == inwonerVeld)
            return QString::fromUtf8(c.label);
    }
    return {};
}

Result<SpreadsheetProfiel> SpreadsheetProfiel::fromJson(const QByteArray& json, const Instrument& instrument)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::badInput(QStringLiteral("het profiel is geen geldige JSON: %1 (teken %2)")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset));
    if (!doc.isObject())
        return Error::badInput(QStringLiteral("het profiel is geen JSON-object"));
    const QJsonObject o = doc.object();
    const QSet<QString> known {QStringLiteral("format"),
        QStringLiteral("naam"),
        QStringLiteral("blad"),
        QStringLiteral("kopregel"),
        QStringLiteral("indeling"),
        QStringLiteral("perspectief"),
        QStringLiteral("kolommen"),
        QStringLiteral("waarden")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return Error::badInput(QStringLiteral("onbekende sleutel '%1' in het profiel").arg(it.key()));
    }
    if (o.value(QLatin1String("format")).toString() != QLatin1String(formatNaam))
        return Error::badInput(
            QStringLiteral("het profiel heeft niet \"format\": \"%1\"").arg(QLatin1String(formatNaam)));

    SpreadsheetProfiel p;
    p.naam = o.value(QLatin1String("naam")).toString().trimmed();
    if (p.naam.isEmpty())
        return Error::badInput(QStringLiteral("het profiel heeft geen naam"));
    p.blad = o.value(QLatin1String("blad")).toString();
    const QJsonValue kopregel = o.value(QLatin1String("kopregel"));
    if (!kopregel.isUndefined()) {
        if (!kopregel.isDouble() || kopregel.toDouble() < 1 || kopregel.toDouble() > 1000
            || kopregel.toDouble() != kopregel.toInt())
            return Error::badInput(QStringLiteral("kopregel: een regelnummer van 1 t/m 1000"));
        p.kopregel = kopregel.toInt();
    }
    const QString indeling = o.value(QLatin1String("indeling")).toString(QStringLiteral("per_meetmoment"));
    if (indeling == QLatin1String("per_inwoner"))
        p.indeling = Indeling::PerInwoner;
    else if (indeling != QLatin1String("per_meetmoment"))
        return Error::badInput(
            QStringLiteral("indeling: \"per_meetmoment\" of \"per_inwoner\", niet '%1'").arg(indeling));
    const auto perspectief
        = perspectiefFromCode(o.value(QLatin1String("perspectief")).toString(QStringLiteral("inwoner")));
    if (!perspectief)
        return Error::badInput(QStringLiteral("perspectief: \"inwoner\" of \"professional\""));
    p.perspectief = *perspectief;

    const QJsonObject lijsten = o.value(QLatin1String("waarden")).toObject();
    for (auto it = lijsten.begin(); it != lijsten.end(); ++it) {
        const QString where = QStringLiteral("waarden.%1").arg(it.key());
        if (!it.value().isObject())
            return Error::badInput(fail(where, QStringLiteral("verwacht een object van tekst naar getal of null")));
        SpreadsheetWaarden waarden;
        const QJsonObject lijst = it.value().toObject();
        for (auto w = lijst.begin(); w != lijst.end(); ++w) {
            bool ok = false;
            const std::optional<int> waarde = waardeFromJson(w.value(), ok);
            if (!ok)
                return Error::badInput(
                    fail(where + QStringLiteral(".") + w.key(), QStringLiteral("verwacht een heel getal of null")));
            waarden.insert(normalisedKey(w.key()), waarde);
        }
        p.waardelijsten.insert(it.key(), waarden);
    }

    const QJsonValue kolommen = o.value(QLatin1String("kolommen"));
    if (!kolommen.isArray())
        return Error::badInput(QStringLiteral("kolommen: verwacht een lijst"));
    const QJsonArray lijst = kolommen.toArray();
    for (qsizetype i = 0; i < lijst.size(); ++i) {
        const QString where = QStringLiteral("kolommen[%1]").arg(i);
        const QJsonObject k = lijst.at(i).toObject();
        for (auto it = k.begin(); it != k.end(); ++it) {
            if (!QStringList {QStringLiteral("kop"),
                    QStringLiteral("letter"),
                    QStringLiteral("veld"),
                    QStringLiteral("meetmoment"),
                    QStringLiteral("waarden"),
                    QStringLiteral("perspectief")}
                     .contains(it.key()))
                return Error::badInput(fail(where, QStringLiteral("onbekende sleutel '%1'").arg(it.key())));
        }
        SpreadsheetKolom kolom;
        kolom.kop = k.value(QLatin1String("kop")).toString();
        kolom.letter = k.value(QLatin1String("letter")).toString().trimmed().toUpper();
        if (kolom.kop.trimmed().isEmpty() == kolom.letter.isEmpty())
            return Error::badInput(fail(where, QStringLiteral("geef \"kop\" of \"letter\" (één van beide)")));
        if (!kolom.letter.isEmpty() && spreadsheetColumnIndex(kolom.letter) < 0)
            return Error::badInput(fail(where, QStringLiteral("letter '%1' is geen kolomletter").arg(kolom.letter)));
        const QString code = k.value(QLatin1String("veld")).toString();
        const auto veld = SpreadsheetVeld::fromCode(code, instrument);
        if (!veld)
            return Error::badInput(fail(where, QStringLiteral("onbekend veld '%1'").arg(code)));
        kolom.veld = *veld;
        const QJsonValue meetmoment = k.value(QLatin1String("meetmoment"));
        if (!meetmoment.isUndefined()) {
            if (!meetmoment.isDouble() || meetmoment.toDouble() < 1 || meetmoment.toDouble() > 100
                || meetmoment.toDouble() != meetmoment.toInt())
                return Error::badInput(fail(where, QStringLiteral("meetmoment: een nummer van 1 t/m 100")));
            kolom.meetmoment = meetmoment.toInt();
        }
        kolom.waarden = k.value(QLatin1String("waarden")).toString();
        const QJsonValue kolomPerspectief = k.value(QLatin1String("perspectief"));
        if (!kolomPerspectief.isUndefined()) {
            kolom.perspectief = perspectiefFromCode(kolomPerspectief.toString());
            if (!kolom.perspectief)
                return Error::badInput(fail(where, QStringLiteral("perspectief: \"inwoner\" of \"professional\"")));
        }
        p.kolommen.append(kolom);
    }
    const QString problem = p.probleem();
    if (!problem.isEmpty())
        return Error::badInput(problem);
    return p;
}

QByteArray SpreadsheetProfiel::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QLatin1String(formatNaam));
    o.insert(QStringLiteral("naam"), naam);
    if (!blad.isEmpty())
        o.insert(QStringLiteral("blad"), blad);
    o.insert(QStringLiteral("kopregel"), kopregel);
    o.insert(QStringLiteral("indeling"),
        indeling == Indeling::PerInwoner ? QStringLiteral("per_inwoner") : QStringLiteral("per_meetmoment"));
    o.insert(QStringLiteral("perspectief"), perspectiefCode(perspectief));
    QJsonArray kolomLijst;
    for (const SpreadsheetKolom& k : kolommen) {
        QJsonObject ko;
        if (!k.kop.trimmed().isEmpty())
            ko.insert(QStringLiteral("kop"), k.kop);
        else
            ko.insert(QStringLiteral("letter"), k.letter);
        ko.insert(QStringLiteral("veld"), k.veld.toCode());
        if (indeling == Indeling::PerInwoner)
            ko.insert(QStringLiteral("meetmoment"), k.meetmoment);
        if (!k.waarden.isEmpty())
            ko.insert(QStringLiteral("waarden"), k.waarden);
        if (k.perspectief)
            ko.insert(QStringLiteral("perspectief"), perspectiefCode(*k.perspectief));
        kolomLijst.append(ko);
    }
    o.insert(QStringLiteral("kolommen"), kolomLijst);
    QJsonObject lijsten;
    for (auto it = waardelijsten.cbegin(); it != waardelijsten.cend(); ++it) {
        QJsonObject lijst;
        for (auto w = it.value().cbegin(); w != it.value().cend(); ++w)
            lijst.insert(w.key(), w.value() ? QJsonValue(*w.value()) : QJsonValue(QJsonValue::Null));
        lijsten.insert(it.key(), lijst);
    }
    if (!lijsten.isEmpty())
        o.insert(QStringLiteral("waarden"), lijsten);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QVector<int> SpreadsheetProfiel::kolomIndexen(const QStringList& koppen) const
{
    QVector<int> indexen;
    indexen.reserve(kolommen.size());
    QVector<bool> bezet(koppen.size(), false);
    for (const SpreadsheetKolom& k : kolommen) {
        int index = -1;
        if (!k.letter.isEmpty()) {
            index = spreadsheetColumnIndex(k.letter);
        } else {
            const QString gezocht = normalisedKey(k.kop);
            for (qsizetype i = 0; i < koppen.size() && index < 0; ++i) {
                if (!bezet.at(i) && normalisedKey(koppen.at(i)) == gezocht)
                    index = static_cast<int>(i);
            }
        }
        if (index >= 0 && index < bezet.size())
            bezet[index] = true;
        indexen.append(index);
    }
    return indexen;
}

QString SpreadsheetProfiel::probleem() const
{
    bool ref = false;
    bool datum = false;
    for (const SpreadsheetKolom& k : kolommen) {
        if (k.veld.soort == SpreadsheetVeldSoort::Inwoner && k.veld.inwonerVeld == InwonerVeld::Ref)
            ref = true;
        if (k.veld.soort == SpreadsheetVeldSoort::Datum)
            datum = true;
        if (!k.waarden.isEmpty() && !waardelijsten.contains(k.waarden))
            return QStringLiteral("kolom '%1' gebruikt de waardenlijst '%2', die het profiel niet heeft")
                .arg(k.kop.isEmpty() ? k.letter : k.kop, k.waarden);
    }
    if (!ref)
        return QStringLiteral("geen kolom is de ref: wijs één kolom toe aan \"ref\"");
    if (!datum)
        return QStringLiteral("geen kolom is de datum van het meetmoment: wijs één kolom toe aan \"datum\"");
    return {};
}

QMap<QString, SpreadsheetWaarden> standaardWaardelijsten(const Instrument& instrument)
{
    QMap<QString, SpreadsheetWaarden> lijsten;
    SpreadsheetWaarden eens;
    for (Perspectief p : allePerspectieven) {
        const PerspectiefDefinitie& def = instrument.perspectief(p);
        for (const SchaalLabel& s : def.schaal)
            eens.insert(normalisedKey(s.label), s.waarde);
        eens.insert(normalisedKey(def.openLabel), std::nullopt);
    }
    lijsten.insert(QStringLiteral("eens"), eens);
    SpreadsheetWaarden kruisje;
    kruisje.insert(QStringLiteral("x"), 2);
    kruisje.insert(QStringLiteral("ja"), 2);
    kruisje.insert(QStringLiteral("nee"), 0);
    kruisje.insert(QStringLiteral("n.v.t."), std::nullopt);
    kruisje.insert(QStringLiteral("nvt"), std::nullopt);
    lijsten.insert(QStringLiteral("kruisje"), kruisje);
    return lijsten;
}

SpreadsheetProfiel SpreadsheetProfiel::sjabloon(const Instrument& instrument)
{
    SpreadsheetProfiel p;
    p.naam = sjabloonNaam();
    const auto add = [&p, &instrument](const QString& kop, const QString& veld) {
        SpreadsheetKolom k;
        k.kop = kop;
        k.veld = *SpreadsheetVeld::fromCode(veld, instrument);
        p.kolommen.append(k);
    };
    for (const char* code : {"ref", "naam", "geboortedatum", "gemeente", "professional", "datum", "perspectief"})
        add(QLatin1String(code), QLatin1String(code));
    for (Perspectief persp : allePerspectieven) {
        for (const InstrumentItem& item : instrument.perspectief(persp).items)
            add(item.code, item.code);
    }
    for (const LevensgebiedDefinitie& gebied : instrument.levensgebieden())
        add(draaglastPrefix + gebied.code, draaglastPrefix + gebied.code);
    return p;
}

} // namespace dw
