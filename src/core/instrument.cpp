#include "instrument.h"

#include "jsonkeys.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cstdlib>

// Q_INIT_RESOURCE cannot be used inside a namespace.
static void initInstrumentResources()
{
    Q_INIT_RESOURCE(instruments);
}

namespace dw {

namespace {

// Reads one instrument document, remembering the first problem with the path of the key it was found at.
class Reader
{
public:
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    void fail(const QString& path, const QString& why)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("instrument: %1: %2").arg(path, why);
    }

    QString string(const QJsonObject& o, const QString& key, const QString& path)
    {
        const QJsonValue v = o.value(key);
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            fail(path + QLatin1Char('.') + key, QStringLiteral("tekst ontbreekt"));
            return {};
        }
        return v.toString();
    }

    QJsonArray array(const QJsonObject& o, const QString& key, const QString& path)
    {
        const QJsonValue v = o.value(key);
        if (!v.isArray() || v.toArray().isEmpty()) {
            fail(path + QLatin1Char('.') + key, QStringLiteral("lijst ontbreekt of is leeg"));
            return {};
        }
        return v.toArray();
    }

    QJsonObject object(const QJsonValue& v, const QString& path)
    {
        if (!v.isObject()) {
            fail(path, QStringLiteral("object verwacht"));
            return {};
        }
        return v.toObject();
    }

    double number(const QJsonObject& o, const QString& key, const QString& path)
    {
        const QJsonValue v = o.value(key);
        if (!v.isDouble()) {
            fail(path + QLatin1Char('.') + key, QStringLiteral("getal verwacht"));
            return 0;
        }
        return v.toDouble();
    }

    int integer(const QJsonObject& o, const QString& key, const QString& path)
    {
        const double d = number(o, key, path);
        if (!failed() && d != static_cast<int>(d))
            fail(path + QLatin1Char('.') + key, QStringLiteral("geheel getal verwacht"));
        return static_cast<int>(d);
    }

    QVector<SchaalLabel> labels(const QJsonArray& a, const QString& path, int first, int count)
    {
        QVector<SchaalLabel> out;
        if (a.size() != count) {
            fail(path, QStringLiteral("%1 waarden verwacht").arg(count));
            return out;
        }
        for (int i = 0; i < a.size(); ++i) {
            const QString p = QStringLiteral("%1[%2]").arg(path).arg(i);
            const QJsonObject o = object(a.at(i), p);
            SchaalLabel l {integer(o, QStringLiteral("waarde"), p), string(o, QStringLiteral("label"), p)};
            if (!failed() && l.waarde != first + i)
                fail(p + QStringLiteral(".waarde"), QStringLiteral("%1 verwacht").arg(first + i));
            out.append(l);
        }
        return out;
    }

private:
    QString m_error;
};

} // namespace

Result<Instrument> Instrument::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::badInput(QStringLiteral("instrument: geen geldige JSON bij teken %1: %2")
                                   .arg(parseError.offset)
                                   .arg(jsonParseErrorSentence(parseError.error)));
    if (!doc.isObject())
        return Error::badInput(QStringLiteral("instrument: object verwacht"));

    Reader r;
    const QJsonObject root = doc.object();
    const QString top = QStringLiteral("$");
    Instrument ins;
    ins.m_id = r.string(root, QStringLiteral("id"), top);
    ins.m_versie = r.integer(root, QStringLiteral("versie"), top);
    ins.m_titel = r.string(root, QStringLiteral("titel"), top);

    const QJsonArray componenten = r.array(root, QStringLiteral("componenten"), top);
    for (int i = 0; i < componenten.size() && !r.failed(); ++i) {
        const QString p = QStringLiteral("$.componenten[%1]").arg(i);
        const QJsonObject o = r.object(componenten.at(i), p);
        const auto c = componentFromCode(r.string(o, QStringLiteral("code"), p));
        if (!c)
            r.fail(p + QStringLiteral(".code"), QStringLiteral("onbekende component"));
        else
            ins.m_componenten.append(
                {*c, r.string(o, QStringLiteral("naam"), p), r.string(o, QStringLiteral("beschrijving"), p)});
    }
    if (!r.failed() && ins.m_componenten.size() != 2)
        r.fail(QStringLiteral("$.componenten"), QStringLiteral("precies twee componenten verwacht"));

    QSet<QString> seenPerspectieven;
    const QJsonArray perspectieven = r.array(root, QStringLiteral("perspectieven"), top);
    for (int i = 0; i < perspectieven.size() && !r.failed(); ++i) {
        const QString p = QStringLiteral("$.perspectieven[%1]").arg(i);
        const QJsonObject o = r.object(perspectieven.at(i), p);
        const QString code = r.string(o, QStringLiteral("code"), p);
        const auto persp = perspectiefFromCode(code);
        if (!persp || seenPerspectieven.contains(code)) {
            r.fail(p + QStringLiteral(".code"), QStringLiteral("onbekend of dubbel perspectief '%1'").arg(code));
            break;
        }
        seenPerspectieven.insert(code);
        PerspectiefDefinitie& def = ins.m_perspectieven[static_cast<int>(*persp)];
        def.perspectief = *persp;
        def.tabel = r.string(o, QStringLiteral("tabel"), p);
        def.titel = r.string(o, QStringLiteral("titel"), p);
        def.openLabel = r.string(o, QStringLiteral("open_label"), p);
        def.schaal = r.labels(r.array(o, QStringLiteral("schaal"), p), p + QStringLiteral(".schaal"), 1, 5);
        const QJsonArray items = r.array(o, QStringLiteral("items"), p);
        for (int j = 0; j < items.size() && !r.failed(); ++j) {
            const QString ip = QStringLiteral("%1.items[%2]").arg(p).arg(j);
            const QJsonObject io = r.object(items.at(j), ip);
            InstrumentItem item;
            item.code = r.string(io, QStringLiteral("code"), ip);
            item.tekst = r.string(io, QStringLiteral("tekst"), ip);
            const QJsonValue uitleg = io.value(QLatin1String("uitleg"));
            if (!uitleg.isUndefined() && !uitleg.isString()) {
                r.fail(ip + QStringLiteral(".uitleg"), QStringLiteral("tekst verwacht"));
                break;
            }
            item.uitleg = uitleg.toString();
            item.perspectief = *persp;
            const auto comp = componentFromCode(r.string(io, QStringLiteral("component"), ip));
            if (r.failed())
                break;
            if (!comp) {
                r.fail(ip + QStringLiteral(".component"), QStringLiteral("onbekende component"));
                break;
            }
            item.component = *comp;
            if (ins.m_itemIndex.contains(item.code)) {
                r.fail(ip + QStringLiteral(".code"), QStringLiteral("dubbele itemcode '%1'").arg(item.code));
                break;
            }
            ins.m_itemIndex.insert(item.code, static_cast<int>(*persp) * 1000 + def.items.size());
            def.items.append(item);
        }
        for (Component c : alleComponenten) {
            if (!r.failed() && ins.items(*persp, c).isEmpty())
                r.fail(p + QStringLiteral(".items"), QStringLiteral("geen items voor %1").arg(componentCode(c)));
        }
    }
    if (!r.failed() && seenPerspectieven.size() != 2)
        r.fail(QStringLiteral("$.perspectieven"), QStringLiteral("'inwoner' en 'professional' verwacht"));

    const QJsonArray gebieden = r.array(root, QStringLiteral("levensgebieden"), top);
    QSet<QString> gebiedCodes;
    for (int i = 0; i < gebieden.size() && !r.failed(); ++i) {
        const QString p = QStringLiteral("$.levensgebieden[%1]").arg(i);
        const QJsonObject o = r.object(gebieden.at(i), p);
        LevensgebiedDefinitie g {r.string(o, QStringLiteral("code"), p), r.string(o, QStringLiteral("naam"), p)};
        if (!r.failed() && gebiedCodes.contains(g.code))
            r.fail(p + QStringLiteral(".code"), QStringLiteral("dubbel levensgebied '%1'").arg(g.code));
        gebiedCodes.insert(g.code);
        ins.m_levensgebieden.append(g);
    }
    ins.m_draaglastNiveaus = r.labels(
        r.array(root, QStringLiteral("draaglast_niveaus"), top), QStringLiteral("$.draaglast_niveaus"), 0, 3);
    ins.m_nvtLabel = r.string(root, QStringLiteral("nvt_label"), top);

    const QJsonObject drempels = r.object(root.value(QStringLiteral("drempels")), QStringLiteral("$.drempels"));
    if (!r.failed()) {
        const QString p = QStringLiteral("$.drempels");
        Drempels& d = ins.m_drempels;
        d.componentAanwezigVanaf = r.number(drempels, QStringLiteral("component_aanwezig_vanaf"), p);
        const QJsonObject min = r.object(
            drempels.value(QStringLiteral("minimaal_beantwoord")), p + QStringLiteral(".minimaal_beantwoord"));
        d.minimaalTeller = r.integer(min, QStringLiteral("teller"), p + QStringLiteral(".minimaal_beantwoord"));
        d.minimaalNoemer = r.integer(min, QStringLiteral("noemer"), p + QStringLiteral(".minimaal_beantwoord"));
        d.meervoudigVanaf = r.integer(drempels, QStringLiteral("meervoudige_problematiek_vanaf"), p);
        d.componentVerschilVanaf = r.number(drempels, QStringLiteral("component_verschil_vanaf"), p);
        if (!r.failed() && (d.componentAanwezigVanaf < 1 || d.componentAanwezigVanaf > 5))
            r.fail(p + QStringLiteral(".component_aanwezig_vanaf"), QStringLiteral("moet tussen 1 en 5 liggen"));
        if (!r.failed() && (d.minimaalNoemer <= 0 || d.minimaalTeller < 0 || d.minimaalTeller > d.minimaalNoemer))
            r.fail(p + QStringLiteral(".minimaal_beantwoord"), QStringLiteral("teller/noemer is geen breuk tot 1"));
        if (!r.failed() && (d.meervoudigVanaf < 1 || d.meervoudigVanaf > ins.m_levensgebieden.size()))
            r.fail(p + QStringLiteral(".meervoudige_problematiek_vanaf"), QStringLiteral("buiten bereik"));
    }

    const QJsonArray kwadranten = r.array(root, QStringLiteral("kwadranten"), top);
    for (int i = 0; i < kwadranten.size() && !r.failed(); ++i) {
        const QString p = QStringLiteral("$.kwadranten[%1]").arg(i);
        const QJsonObject o = r.object(kwadranten.at(i), p);
        const QString code = r.string(o, QStringLiteral("code"), p);
        const Kwadrant k = kwadrantFromCode(code);
        if (k == Kwadrant::Onbekend && !r.failed())
            r.fail(p + QStringLiteral(".code"), QStringLiteral("onbekend kwadrant '%1'").arg(code));
        ins.m_kwadranten.append(
            {k, r.string(o, QStringLiteral("naam"), p), r.string(o, QStringLiteral("beschrijving"), p)});
    }
    if (!r.failed()) {
        for (Kwadrant k : bekendeKwadranten) {
            if (ins.kwadrantNaam(k).isEmpty())
                r.fail(QStringLiteral("$.kwadranten"), QStringLiteral("kwadrant '%1' ontbreekt").arg(kwadrantCode(k)));
        }
    }

    const QJsonArray typen = r.array(root, QStringLiteral("interventietypen"), top);
    for (int i = 0; i < typen.size() && !r.failed(); ++i) {
        const QString p = QStringLiteral("$.interventietypen[%1]").arg(i);
        const QJsonObject o = r.object(typen.at(i), p);
        ins.m_interventieTypen.append({r.string(o, QStringLiteral("code"), p),
            r.string(o, QStringLiteral("naam"), p),
            r.string(o, QStringLiteral("voorbeeld"), p)});
    }

    if (r.failed())
        return Error::badInput(r.error());
    return ins;
}

Result<Instrument> Instrument::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(
            QStringLiteral("instrument %1 kan niet worden gelezen: %2").arg(path, file.errorString()));
    return fromJson(file.readAll());
}

const Instrument& Instrument::standaard()
{
    static const Instrument instance = [] {
        initInstrumentResources();
        auto loaded = fromFile(QStringLiteral(":/instruments/draagkracht-1.json"));
        if (!loaded.ok()) {
            // The shipped instrument is part of the program; a broken one is a build error, not user input.
            qFatal("%s", qPrintable(loaded.errorMessage()));
        }
        return std::move(loaded).value();
    }();
    return instance;
}

const PerspectiefDefinitie& Instrument::perspectief(Perspectief p) const
{
    return m_perspectieven[static_cast<int>(p)];
}

const InstrumentItem* Instrument::item(const QString& code) const
{
    const auto it = m_itemIndex.constFind(code);
    if (it == m_itemIndex.constEnd())
        return nullptr;
    return &m_perspectieven[*it / 1000].items.at(*it % 1000);
}

const LevensgebiedDefinitie* Instrument::levensgebied(const QString& code) const
{
    for (const auto& g : m_levensgebieden) {
        if (g.code == code)
            return &g;
    }
    return nullptr;
}

const InterventieTypeDefinitie* Instrument::interventieType(const QString& code) const
{
    for (const auto& t : m_interventieTypen) {
        if (t.code == code)
            return &t;
    }
    return nullptr;
}

QString Instrument::kwadrantNaam(Kwadrant k) const
{
    if (k == Kwadrant::Onbekend)
        return QStringLiteral("Onbekend");
    for (const auto& def : m_kwadranten) {
        if (def.kwadrant == k)
            return def.naam;
    }
    return {};
}

QString Instrument::componentNaam(Component c) const
{
    for (const auto& def : m_componenten) {
        if (def.component == c)
            return def.naam;
    }
    return componentCode(c);
}

QVector<InstrumentItem> Instrument::items(Perspectief p, Component c) const
{
    QVector<InstrumentItem> out;
    for (const auto& item : perspectief(p).items) {
        if (item.component == c)
            out.append(item);
    }
    return out;
}

} // namespace dw
