#include "journaal.h"

#include "instrument.h"
#include "validation.h"

#include <QCoreApplication>

#include <algorithm>

namespace dw {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dw::Journaal", text);
}

// Lower case without accents: "Financiën" is found by "financien".
QString zonderAccenten(const QString& text)
{
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c.toLower();
    }
    return out;
}

} // namespace

QString contactSoortCode(ContactSoort s)
{
    switch (s) {
    case ContactSoort::Gesprek:
        return QStringLiteral("gesprek");
    case ContactSoort::Huisbezoek:
        return QStringLiteral("huisbezoek");
    case ContactSoort::Telefonisch:
        return QStringLiteral("telefonisch");
    case ContactSoort::Overleg:
        return QStringLiteral("overleg");
    case ContactSoort::Anders:
        break;
    }
    return QStringLiteral("anders");
}

std::optional<ContactSoort> contactSoortFromCode(const QString& code)
{
    for (ContactSoort s : alleContactSoorten) {
        if (contactSoortCode(s) == code)
            return s;
    }
    return std::nullopt;
}

QString contactSoortNaam(ContactSoort s)
{
    switch (s) {
    case ContactSoort::Gesprek:
        return tr("Gesprek");
    case ContactSoort::Huisbezoek:
        return tr("Huisbezoek");
    case ContactSoort::Telefonisch:
        return tr("Telefonisch");
    case ContactSoort::Overleg:
        return tr("Overleg met netwerk of partner");
    case ContactSoort::Anders:
        break;
    }
    return tr("Anders");
}

QString aardCode(Aard a)
{
    return a == Aard::Feit ? QStringLiteral("feit") : QStringLiteral("aanname");
}

std::optional<Aard> aardFromCode(const QString& code)
{
    if (code == QLatin1String("feit"))
        return Aard::Feit;
    if (code == QLatin1String("aanname"))
        return Aard::Aanname;
    return std::nullopt;
}

QString aardNaam(Aard a)
{
    return a == Aard::Feit ? tr("Feit") : tr("Aanname");
}

namespace journaal {

std::optional<Probleem> controleer(
    const Instrument& instrument, const JournaalRegel& regel, int doelen, int meetmomenten, const QDate& today)
{
    const auto fout = [](const char* sleutel, const QString& reden) {
        return Probleem {QLatin1String(sleutel), reden};
    };
    if (!regel.datum.isValid())
        return fout("datum", tr("vul een geldige datum in"));
    if (today.isValid() && regel.datum > today)
        return fout("datum", tr("%1 ligt in de toekomst").arg(regel.datum.toString(QStringLiteral("dd-MM-yyyy"))));
    if (regel.duurMinuten < 0 || regel.duurMinuten > maxDuurMinuten)
        return fout(
            "duur_minuten", tr("%1 minuten kan niet; 0 tot en met %2").arg(regel.duurMinuten).arg(maxDuurMinuten));
    if (regel.tekst.trimmed().isEmpty())
        return fout("tekst", tr("vul in wat er gebeurde"));
    const QString tekst = validation::textProblem(regel.tekst, validation::TextLength, true);
    if (!tekst.isEmpty())
        return fout("tekst", tekst);
    if (!regel.levensgebied.isEmpty() && !instrument.levensgebied(regel.levensgebied))
        return fout("levensgebied", tr("onbekend levensgebied '%1'").arg(regel.levensgebied));
    if (regel.doel < 0 || regel.doel > doelen)
        return fout("doel",
            doelen == 0 ? tr("het plan heeft nog geen doelen")
                        : tr("%1 bestaat niet; het plan heeft doel 1 tot en met %2").arg(regel.doel).arg(doelen));
    if (regel.meetmoment < 0 || regel.meetmoment > meetmomenten)
        return fout("meetmoment",
            meetmomenten == 0
                ? tr("het dossier heeft nog geen meetmomenten")
                : tr("%1 bestaat niet; er zijn meetmomenten 1 tot en met %2").arg(regel.meetmoment).arg(meetmomenten));
    return std::nullopt;
}

QString probleem(
    const Instrument& instrument, const JournaalRegel& regel, int doelen, int meetmomenten, const QDate& today)
{
    const auto p = controleer(instrument, regel, doelen, meetmomenten, today);
    if (!p)
        return {};
    // The form says "duur", the file "duur_minuten".
    const QString veld = p->sleutel == QLatin1String("duur_minuten") ? tr("duur") : p->sleutel;
    return QStringLiteral("%1: %2").arg(veld, p->reden);
}

void sorteerNieuwsteEerst(QVector<JournaalRegel>& regels)
{
    std::stable_sort(regels.begin(), regels.end(), [](const JournaalRegel& a, const JournaalRegel& b) {
        return a.datum != b.datum ? a.datum > b.datum : a.id > b.id;
    });
}

void sorteerOudsteEerst(QVector<JournaalRegel>& regels)
{
    std::stable_sort(regels.begin(), regels.end(), [](const JournaalRegel& a, const JournaalRegel& b) {
        return a.datum != b.datum ? a.datum < b.datum : a.id < b.id;
    });
}

bool Filter::past(const JournaalRegel& regel) const
{
    if (soort && regel.soort != *soort)
        return false;
    if (aard && regel.aard != *aard)
        return false;
    if (!levensgebied.isEmpty() && regel.levensgebied != levensgebied)
        return false;
    const QString zoek = zonderAccenten(zoektekst.trimmed());
    return zoek.isEmpty() || zonderAccenten(regel.tekst).contains(zoek);
}

} // namespace journaal

} // namespace dw
