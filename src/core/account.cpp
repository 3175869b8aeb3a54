#include "account.h"

#include <array>

namespace dw {

namespace {

struct RolCode
{
    Rol rol;
    const char* code;
    const char* text;
};

constexpr std::array<RolCode, 3> codeTable {{
    {Rol::Professional, "professional", "professional"},
    {Rol::Teamleider, "teamleider", "teamleider"},
    {Rol::Beheerder, "beheerder", "beheerder"},
}};

} // namespace

namespace rollen {

QString codes(Rollen rollen)
{
    QStringList out;
    for (const RolCode& c : codeTable) {
        if (rollen.testFlag(c.rol))
            out << QString::fromLatin1(c.code);
    }
    return out.join(QLatin1Char(','));
}

Result<Rollen> parse(const QString& codes)
{
    Rollen out;
    for (const QString& part : codes.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString code = part.trimmed();
        bool known = false;
        for (const RolCode& c : codeTable) {
            if (code == QLatin1String(c.code)) {
                out |= c.rol;
                known = true;
            }
        }
        if (!known)
            return Error::badInput(
                QStringLiteral("onbekende rol '%1'; kies professional, teamleider of beheerder").arg(code));
    }
    if (!out)
        return Error::badInput(QStringLiteral("geef minstens één rol: professional, teamleider of beheerder"));
    return out;
}

QString text(Rollen rollen)
{
    QStringList out;
    for (const RolCode& c : codeTable) {
        if (rollen.testFlag(c.rol))
            out << QString::fromLatin1(c.text);
    }
    if (out.size() <= 1)
        return out.join(QString());
    return out.mid(0, out.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" en ") + out.constLast();
}

} // namespace rollen

bool Sessie::kanZien(const QString& professional, const QString& inwonerTeam) const
{
    if (zietAlles())
        return true;
    if (rollen.testFlag(Rol::Professional) && professional == gebruiker)
        return true;
    return rollen.testFlag(Rol::Teamleider) && inwonerTeam == team;
}

bool Sessie::kanWijzigen(const QString& professional) const
{
    // A teamleider reads the team's dossiers but changes none of them; a professional changes their own. A
    // professional who also leads the whole desk (the first account, on a desk where one person does everything)
    // changes every dossier, so that a desk from before accounts keeps working.
    return !aangemeld() || (rollen.testFlag(Rol::Professional) && (professional == gebruiker || zietAlles()));
}

} // namespace dw
