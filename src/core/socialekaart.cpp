#include "socialekaart.h"

#include "validation.h"

#include <QJsonObject>

#include <algorithm>

namespace dw {

Status validateVoorziening(const Instrument& instrument, const Voorziening& v)
{
    if (v.naam.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("naam: vul de naam van de voorziening in"));
    if (!instrument.interventieType(v.type))
        return Error::badInput(QStringLiteral("type: onbekend interventietype '%1'").arg(v.type));
    if (!v.levensgebied.isEmpty() && !instrument.levensgebied(v.levensgebied))
        return Error::badInput(QStringLiteral("levensgebied: onbekend levensgebied '%1'").arg(v.levensgebied));
    const std::tuple<const char*, const QString*, int> velden[] = {{"naam", &v.naam, validation::NaamLength},
        {"gemeente", &v.gemeente, validation::GemeenteLength},
        {"contact", &v.contact, validation::ContactLength}};
    for (const auto& [veld, waarde, maxLength] : velden) {
        const QString problem = validation::textProblem(*waarde, maxLength);
        if (!problem.isEmpty())
            return Error::badInput(QStringLiteral("%1: %2").arg(QLatin1String(veld), problem));
    }
    return {};
}

Result<QVector<Voorziening>> socialeKaartFromJson(const Instrument& instrument, const QJsonValue& value)
{
    if (!value.isArray())
        return Error::badInput(QStringLiteral("sociale_kaart: lijst verwacht"));
    const QJsonArray list = value.toArray();
    QVector<Voorziening> kaart;
    kaart.reserve(list.size());
    for (int i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("sociale_kaart[%1]").arg(i);
        if (!list.at(i).isObject())
            return Error::badInput(path + QStringLiteral(": object verwacht"));
        const QJsonObject o = list.at(i).toObject();
        Voorziening v;
        const std::pair<const char*, QString*> velden[] = {{"naam", &v.naam},
            {"type", &v.type},
            {"levensgebied", &v.levensgebied},
            {"gemeente", &v.gemeente},
            {"contact", &v.contact}};
        for (auto it = o.begin(); it != o.end(); ++it) {
            const auto veld = std::find_if(std::begin(velden), std::end(velden), [&](const auto& f) {
                return it.key() == QLatin1String(f.first);
            });
            if (veld == std::end(velden))
                return Error::badInput(QStringLiteral("%1: onbekende sleutel '%2'").arg(path, it.key()));
            if (!it.value().isString())
                return Error::badInput(QStringLiteral("%1.%2: tekst verwacht").arg(path, it.key()));
            *veld->second = it.value().toString();
        }
        if (!o.contains(QLatin1String("naam")) || !o.contains(QLatin1String("type")))
            return Error::badInput(path + QStringLiteral(": 'naam' en 'type' zijn verplicht"));
        const Status ok = validateVoorziening(instrument, v);
        if (!ok)
            return Error::badInput(path + QLatin1Char('.') + ok.error().message);
        kaart.append(v);
    }
    return kaart;
}

QJsonArray socialeKaartToJson(const QVector<Voorziening>& kaart)
{
    QJsonArray list;
    for (const Voorziening& v : kaart) {
        QJsonObject o {{QStringLiteral("naam"), v.naam}, {QStringLiteral("type"), v.type}};
        if (!v.levensgebied.isEmpty())
            o.insert(QStringLiteral("levensgebied"), v.levensgebied);
        if (!v.gemeente.isEmpty())
            o.insert(QStringLiteral("gemeente"), v.gemeente);
        if (!v.contact.isEmpty())
            o.insert(QStringLiteral("contact"), v.contact);
        list.append(o);
    }
    return list;
}

QString landelijk()
{
    return QStringLiteral("landelijk");
}

namespace {
bool isLandelijk(const Voorziening& v)
{
    return v.gemeente.trimmed().isEmpty() || v.gemeente.trimmed().compare(landelijk(), Qt::CaseInsensitive) == 0;
}
} // namespace

bool geldtVoor(const Voorziening& v, const QString& gemeente)
{
    if (isLandelijk(v))
        return true;
    for (const QString& g : v.gemeente.split(QLatin1Char(','))) {
        if (g.trimmed().compare(gemeente.trimmed(), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QVector<Voorziening> passendeVoorzieningen(
    const QVector<Voorziening>& kaart, const QString& type, const QString& gemeente, const QStringList& levensgebieden)
{
    QVector<Voorziening> uit;
    for (const Voorziening& v : kaart) {
        if (v.type != type)
            continue;
        if (!geldtVoor(v, gemeente))
            continue;
        if (!v.levensgebied.isEmpty() && !levensgebieden.isEmpty() && !levensgebieden.contains(v.levensgebied))
            continue;
        uit.append(v);
    }
    // Local before regional, a specific levensgebied before a general service, then by name.
    std::stable_sort(uit.begin(), uit.end(), [](const Voorziening& a, const Voorziening& b) {
        const auto rang
            = [](const Voorziening& v) { return (isLandelijk(v) ? 2 : 0) + (v.levensgebied.isEmpty() ? 1 : 0); };
        if (rang(a) != rang(b))
            return rang(a) < rang(b);
        return a.naam.localeAwareCompare(b.naam) < 0;
    });
    return uit;
}

} // namespace dw
