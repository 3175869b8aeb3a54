// draagwijzer/1 out: the writer half of ExchangeFormat (exchangeformat.cpp reads).
#include "exchangeformat.h"
#include "exchangewriter.h"
#include "indentedjson.h"

#include "socialekaart.h"

#include <QBuffer>
#include <QJsonDocument>

#include <cstring>

namespace dw {

namespace {

// Each object's keys in sorted order, as a QJsonObject holds them (the tests compare with Qt's bytes).

void writeMeting(IndentedJson& json, const Meting& m)
{
    json.beginObject();
    json.key(QLatin1String("antwoorden"));
    json.beginObject();
    for (auto it = m.antwoorden.cbegin(); it != m.antwoorden.cend(); ++it) {
        json.key(it.key());
        json.value(it.value());
    }
    json.endObject();
    json.key(QLatin1String("draaglast"));
    json.beginObject();
    for (auto it = m.draaglast.cbegin(); it != m.draaglast.cend(); ++it) {
        json.key(it.key());
        if (it.value())
            json.value(*it.value());
        else
            json.null();
    }
    json.endObject();
    if (m.zelfIngevuld) {
        json.optional(QLatin1String("invulduur_seconden"), m.invulduurSeconden);
        json.key(QLatin1String("zelf_ingevuld"));
        json.value(true);
    }
    json.endObject();
}

void writeDoel(IndentedJson& json, const Doel& d)
{
    json.beginObject();
    json.optional(QLatin1String("component"), d.component);
    json.optional(QLatin1String("hoe"), d.hoe);
    json.optional(QLatin1String("horizon"), d.horizon);
    json.optional(QLatin1String("levensgebied"), d.levensgebied);
    json.optional(QLatin1String("met_wie"), d.metWie);
    json.optional(QLatin1String("omschrijving"), d.omschrijving);
    json.optional(QLatin1String("uitkomst"), uitkomstCode(d.uitkomst));
    json.optional(QLatin1String("uitkomst_datum"), d.uitkomstDatum);
    json.optional(QLatin1String("wat"), d.wat);
    json.endObject();
}

void writeInterventie(IndentedJson& json, const Interventie& i)
{
    json.beginObject();
    json.optional(QLatin1String("doel"), i.doel);
    json.optional(QLatin1String("omschrijving"), i.omschrijving);
    json.optional(QLatin1String("partner"), i.partner);
    json.key(QLatin1String("type"));
    json.value(i.type);
    json.optional(QLatin1String("wanneer"), i.wanneer);
    json.optional(QLatin1String("wie"), i.wie);
    json.endObject();
}

void writeAfspraak(IndentedJson& json, const Afspraak& a)
{
    json.beginObject();
    json.optional(QLatin1String("omschrijving"), a.omschrijving);
    json.optional(QLatin1String("wanneer"), a.wanneer);
    json.optional(QLatin1String("wie"), a.wie);
    json.endObject();
}

template<typename List, typename Write>
void writeList(IndentedJson& json, const char* name, const List& list, Write write)
{
    if (list.isEmpty())
        return;
    json.key(QLatin1String(name));
    json.beginArray();
    for (const auto& element : list)
        write(json, element);
    json.endArray();
}

void writePlan(IndentedJson& json, const Plan& p)
{
    json.beginObject();
    writeList(json, "afspraken", p.afspraken, writeAfspraak);
    json.optional(QLatin1String("datum"), p.datum);
    writeList(json, "doelen", p.doelen, writeDoel);
    const QString eens = instemmingCode(p.inwonerEens);
    if (!eens.isEmpty() || !p.visieToelichting.isEmpty()) {
        json.key(QLatin1String("gedeelde_visie"));
        json.beginObject();
        json.optional(QLatin1String("inwoner_eens"), eens);
        json.optional(QLatin1String("toelichting"), p.visieToelichting);
        json.endObject();
    }
    json.optional(QLatin1String("hulpvraag"), p.hulpvraag);
    if (p.ingetrokken()) {
        json.key(QLatin1String("ingetrokken"));
        json.beginObject();
        json.optional(QLatin1String("datum"), p.ingetrokkenOp);
        json.optional(QLatin1String("reden"), p.intrekReden);
        json.endObject();
    }
    writeList(json, "interventies", p.interventies, writeInterventie);
    if (p.verschilBesproken) {
        json.key(QLatin1String("verschil_besproken"));
        json.value(true);
    }
    json.key(QLatin1String("versie"));
    json.value(p.versie);
    if (!p.draaglastBepaald.isEmpty() || !p.draagkrachtBepaald.isEmpty()) {
        json.key(QLatin1String("vraagverheldering"));
        json.beginObject();
        json.optional(QLatin1String("draagkracht"), p.draagkrachtBepaald);
        json.optional(QLatin1String("draaglast"), p.draaglastBepaald);
        json.endObject();
    }
    json.endObject();
}

void writeMeetmoment(IndentedJson& json, const Meetmoment& m)
{
    json.beginObject();
    json.key(QLatin1String("datum"));
    json.value(m.datum);
    // "inwoner" < "professional": allePerspectieven is in key order.
    for (Perspectief p : allePerspectieven) {
        if (!m.meting(p))
            continue;
        json.key(p == Perspectief::Inwoner ? QLatin1String("inwoner") : QLatin1String("professional"));
        writeMeting(json, *m.meting(p));
    }
    json.endObject();
}

void writeJournaalRegel(IndentedJson& json, const JournaalRegel& r)
{
    json.beginObject();
    json.key(QLatin1String("aard"));
    json.value(aardCode(r.aard));
    json.key(QLatin1String("datum"));
    json.value(r.datum);
    json.optional(QLatin1String("doel"), r.doel);
    json.key(QLatin1String("duur_minuten"));
    json.value(r.duurMinuten);
    json.optional(QLatin1String("levensgebied"), r.levensgebied);
    json.optional(QLatin1String("meetmoment"), r.meetmoment);
    json.key(QLatin1String("soort"));
    json.value(contactSoortCode(r.soort));
    json.key(QLatin1String("tekst"));
    json.value(r.tekst);
    json.endObject();
}

void writeDossier(IndentedJson& json, const Dossier& d)
{
    const Inwoner& i = d.inwoner;
    json.beginObject();
    if (!i.adres.isEmpty()) {
        json.key(QLatin1String("adres"));
        json.beginObject();
        json.optional(QLatin1String("huisnummer"), i.adres.huisnummer);
        json.optional(QLatin1String("postcode"), i.adres.postcode);
        json.optional(QLatin1String("straat"), i.adres.straat);
        json.optional(QLatin1String("woonplaats"), i.adres.woonplaats);
        json.endObject();
    }
    json.optional(QLatin1String("bsn"), i.bsn);
    json.optional(QLatin1String("contact"), i.contact);
    json.optional(QLatin1String("email"), i.email);
    json.optional(QLatin1String("geboortedatum"), i.geboortedatum);
    json.key(QLatin1String("gemeente"));
    json.value(i.gemeente);
    writeList(json, "journaal", d.journaal, writeJournaalRegel);
    json.key(QLatin1String("meetmomenten"));
    json.beginArray();
    for (const Meetmoment& m : d.meetmomenten)
        writeMeetmoment(json, m);
    json.endArray();
    json.key(QLatin1String("naam"));
    json.value(i.naam);
    writeList(json, "plannen", d.plannen, writePlan);
    json.optional(QLatin1String("professional"), i.professional);
    json.key(QLatin1String("ref"));
    json.value(i.ref);
    if (i.status.afgesloten()) {
        json.key(QLatin1String("status"));
        json.beginObject();
        json.key(QLatin1String("afgesloten"));
        json.value(true);
        json.key(QLatin1String("datum"));
        json.value(i.status.afgeslotenOp);
        json.key(QLatin1String("reden"));
        json.value(afsluitredenCode(i.status.reden));
        json.optional(QLatin1String("toelichting"), i.status.toelichting);
        json.endObject();
    }
    json.optional(QLatin1String("telefoon"), i.telefoon);
    json.endObject();
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
    // A JSON text holds no raw newline inside a string; the final newline is dropped.
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
    // One buffer for the whole export: after the first dossiers it has the capacity of the largest one.
    m_buffer.resize(0);
    m_buffer.append(m_count++ == 0 ? "\n        " : ",\n        ");
    IndentedJson json(m_buffer, 2);
    writeDossier(json, dossier);
    return put(m_buffer);
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
