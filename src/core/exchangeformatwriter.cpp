// draagwijzer/1 out: the writer half of ExchangeFormat (exchangeformat.cpp reads).
#include "exchangeformat.h"
#include "exchangewriter.h"

#include "socialekaart.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace dw {

namespace {

void putText(QJsonObject& o, const char* key, const QString& value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

void putDate(QJsonObject& o, const char* key, const QDate& value)
{
    if (value.isValid())
        o.insert(QLatin1String(key), isoDate(value));
}

QJsonObject metingJson(const Meting& m)
{
    QJsonObject antwoorden, draaglast;
    for (auto it = m.antwoorden.cbegin(); it != m.antwoorden.cend(); ++it)
        antwoorden.insert(it.key(), it.value());
    for (auto it = m.draaglast.cbegin(); it != m.draaglast.cend(); ++it)
        draaglast.insert(it.key(), it.value() ? QJsonValue(*it.value()) : QJsonValue(QJsonValue::Null));
    QJsonObject o {{QStringLiteral("antwoorden"), antwoorden}, {QStringLiteral("draaglast"), draaglast}};
    if (m.zelfIngevuld) {
        o.insert(QStringLiteral("zelf_ingevuld"), true);
        if (m.invulduurSeconden > 0)
            o.insert(QStringLiteral("invulduur_seconden"), m.invulduurSeconden);
    }
    return o;
}

QJsonObject planJson(const Plan& p)
{
    QJsonObject o {{QStringLiteral("versie"), p.versie}};
    putDate(o, "datum", p.datum);
    putText(o, "hulpvraag", p.hulpvraag);
    QJsonObject vv;
    putText(vv, "draaglast", p.draaglastBepaald);
    putText(vv, "draagkracht", p.draagkrachtBepaald);
    if (!vv.isEmpty())
        o.insert(QStringLiteral("vraagverheldering"), vv);
    QJsonArray doelen, interventies, afspraken;
    for (const Doel& d : p.doelen) {
        QJsonObject j;
        putText(j, "omschrijving", d.omschrijving);
        putDate(j, "horizon", d.horizon);
        putText(j, "wat", d.wat);
        putText(j, "hoe", d.hoe);
        putText(j, "met_wie", d.metWie);
        putText(j, "levensgebied", d.levensgebied);
        putText(j, "component", d.component);
        putText(j, "uitkomst", uitkomstCode(d.uitkomst));
        putDate(j, "uitkomst_datum", d.uitkomstDatum);
        doelen.append(j);
    }
    for (const Interventie& i : p.interventies) {
        QJsonObject j {{QStringLiteral("type"), i.type}};
        putText(j, "omschrijving", i.omschrijving);
        if (i.doel > 0)
            j.insert(QStringLiteral("doel"), i.doel);
        putText(j, "wie", i.wie);
        putDate(j, "wanneer", i.wanneer);
        putText(j, "partner", i.partner);
        interventies.append(j);
    }
    for (const Afspraak& a : p.afspraken) {
        QJsonObject j;
        putText(j, "omschrijving", a.omschrijving);
        putText(j, "wie", a.wie);
        putDate(j, "wanneer", a.wanneer);
        afspraken.append(j);
    }
    if (!doelen.isEmpty())
        o.insert(QStringLiteral("doelen"), doelen);
    if (!interventies.isEmpty())
        o.insert(QStringLiteral("interventies"), interventies);
    if (!afspraken.isEmpty())
        o.insert(QStringLiteral("afspraken"), afspraken);
    QJsonObject visie;
    putText(visie, "inwoner_eens", instemmingCode(p.inwonerEens));
    putText(visie, "toelichting", p.visieToelichting);
    if (!visie.isEmpty())
        o.insert(QStringLiteral("gedeelde_visie"), visie);
    if (p.verschilBesproken)
        o.insert(QStringLiteral("verschil_besproken"), true);
    if (p.ingetrokken()) {
        QJsonObject ig;
        putDate(ig, "datum", p.ingetrokkenOp);
        putText(ig, "reden", p.intrekReden);
        o.insert(QStringLiteral("ingetrokken"), ig);
    }
    return o;
}

QJsonObject dossierJson(const Dossier& d)
{
    QJsonObject o;
    o.insert(QStringLiteral("ref"), d.inwoner.ref);
    o.insert(QStringLiteral("naam"), d.inwoner.naam);
    putDate(o, "geboortedatum", d.inwoner.geboortedatum);
    o.insert(QStringLiteral("gemeente"), d.inwoner.gemeente);
    putText(o, "contact", d.inwoner.contact);
    putText(o, "bsn", d.inwoner.bsn);
    if (!d.inwoner.adres.isEmpty()) {
        QJsonObject adres;
        putText(adres, "straat", d.inwoner.adres.straat);
        putText(adres, "huisnummer", d.inwoner.adres.huisnummer);
        putText(adres, "postcode", d.inwoner.adres.postcode);
        putText(adres, "woonplaats", d.inwoner.adres.woonplaats);
        o.insert(QStringLiteral("adres"), adres);
    }
    putText(o, "telefoon", d.inwoner.telefoon);
    putText(o, "email", d.inwoner.email);
    putText(o, "professional", d.inwoner.professional);
    if (d.inwoner.status.afgesloten()) {
        QJsonObject status {{QStringLiteral("afgesloten"), true},
            {QStringLiteral("datum"), isoDate(d.inwoner.status.afgeslotenOp)},
            {QStringLiteral("reden"), afsluitredenCode(d.inwoner.status.reden)}};
        putText(status, "toelichting", d.inwoner.status.toelichting);
        o.insert(QStringLiteral("status"), status);
    }
    QJsonArray meetmomenten;
    for (const Meetmoment& m : d.meetmomenten) {
        QJsonObject mj {{QStringLiteral("datum"), isoDate(m.datum)}};
        for (Perspectief p : allePerspectieven) {
            if (m.meting(p))
                mj.insert(perspectiefCode(p), metingJson(*m.meting(p)));
        }
        meetmomenten.append(mj);
    }
    o.insert(QStringLiteral("meetmomenten"), meetmomenten);
    if (!d.plannen.isEmpty()) {
        QJsonArray plannen;
        for (const Plan& p : d.plannen)
            plannen.append(planJson(p));
        o.insert(QStringLiteral("plannen"), plannen);
    }
    if (!d.journaal.isEmpty()) {
        QJsonArray journaal;
        for (const JournaalRegel& r : d.journaal) {
            QJsonObject j {{QStringLiteral("datum"), isoDate(r.datum)},
                {QStringLiteral("soort"), contactSoortCode(r.soort)},
                {QStringLiteral("duur_minuten"), r.duurMinuten},
                {QStringLiteral("tekst"), r.tekst},
                {QStringLiteral("aard"), aardCode(r.aard)}};
            putText(j, "levensgebied", r.levensgebied);
            if (r.doel > 0)
                j.insert(QStringLiteral("doel"), r.doel);
            if (r.meetmoment > 0)
                j.insert(QStringLiteral("meetmoment"), r.meetmoment);
            journaal.append(j);
        }
        o.insert(QStringLiteral("journaal"), journaal);
    }
    return o;
}

// Qt's indented JSON of one value, moved `depth` levels (of 4 spaces) to the right to sit inside the document.
QByteArray indented(const QJsonDocument& doc, int depth, bool indentFirstLine)
{
    const QByteArray json = doc.toJson(QJsonDocument::Indented);
    const qsizetype width = 4 * depth;
    QByteArray out;
    out.reserve(json.size() + json.size() / 8 + width);
    if (indentFirstLine)
        out.append(width, ' ');
    // A JSON text holds no raw newline inside a string; the final newline is dropped. Line by line, not byte by
    // byte: this runs over every byte of an export.
    const char* line = json.constData();
    const char* const end = line + json.size() - 1;
    while (line < end) {
        const char* newline = static_cast<const char*>(std::memchr(line, '\n', std::size_t(end - line)));
        if (!newline) {
            out.append(line, end - line);
            break;
        }
        out.append(line, newline + 1 - line);
        out.append(width, ' ');
        line = newline + 1;
    }
    return out;
}

} // namespace

ExchangeWriter::ExchangeWriter(QIODevice& out)
    : m_out(out)
{ }

bool ExchangeWriter::put(const QByteArray& bytes)
{
    m_ok = m_ok && m_out.write(bytes) == bytes.size();
    return m_ok;
}

bool ExchangeWriter::add(const Dossier& dossier)
{
    if (m_count == 0)
        put("{\n    \"format\": \"" + ExchangeFormat::formatTag.toUtf8() + "\",\n    \"inwoners\": [");
    put(m_count++ == 0 ? "\n" : ",\n");
    return put(indented(QJsonDocument(dossierJson(dossier)), 2, true));
}

bool ExchangeWriter::finish(const QVector<Voorziening>& socialeKaart)
{
    if (m_count == 0)
        put("{\n    \"format\": \"" + ExchangeFormat::formatTag.toUtf8() + "\",\n    \"inwoners\": [");
    put("\n    ]");
    if (!socialeKaart.isEmpty())
        put(",\n    \"sociale_kaart\": " + indented(QJsonDocument(socialeKaartToJson(socialeKaart)), 1, false));
    return put("\n}\n");
}

QByteArray ExchangeFormat::write(const QVector<Dossier>& dossiers, const QVector<Voorziening>& socialeKaart) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExchangeWriter writer(buffer);
    for (const Dossier& d : dossiers)
        writer.add(d);
    writer.finish(socialeKaart);
    return buffer.data();
}

} // namespace dw
