#include "wachtwoordbeleid.h"

#include <QSet>

namespace dw {

namespace {

// The words and strings that lead the published lists of leaked passwords (NCSC, HaveIBeenPwned top lists), with
// the Dutch ones a wijkteam would think of first. Compared after lower-casing and removing digits and signs at
// either end, so "Welkom2026!!" counts as "welkom".
const QSet<QString>& commonCores()
{
    static const QSet<QString> words {QStringLiteral("password"),
        QStringLiteral("passw0rd"),
        QStringLiteral("wachtwoord"),
        QStringLiteral("wachtw00rd"),
        QStringLiteral("welkom"),
        QStringLiteral("welcome"),
        QStringLiteral("qwerty"),
        QStringLiteral("qwertyuiop"),
        QStringLiteral("azerty"),
        QStringLiteral("asdfgh"),
        QStringLiteral("asdfghjkl"),
        QStringLiteral("zxcvbnm"),
        QStringLiteral("letmein"),
        QStringLiteral("iloveyou"),
        QStringLiteral("admin"),
        QStringLiteral("administrator"),
        QStringLiteral("beheerder"),
        QStringLiteral("gebruiker"),
        QStringLiteral("geheim"),
        QStringLiteral("secret"),
        QStringLiteral("monkey"),
        QStringLiteral("dragon"),
        QStringLiteral("football"),
        QStringLiteral("voetbal"),
        QStringLiteral("ajax"),
        QStringLiteral("feyenoord"),
        QStringLiteral("sunshine"),
        QStringLiteral("princess"),
        QStringLiteral("master"),
        QStringLiteral("shadow"),
        QStringLiteral("superman"),
        QStringLiteral("batman"),
        QStringLiteral("trustno"),
        QStringLiteral("starwars"),
        QStringLiteral("pokemon"),
        QStringLiteral("liefde"),
        QStringLiteral("schatje"),
        QStringLiteral("lente"),
        QStringLiteral("zomer"),
        QStringLiteral("herfst"),
        QStringLiteral("winter"),
        QStringLiteral("januari"),
        QStringLiteral("december"),
        QStringLiteral("maandag"),
        QStringLiteral("vrijdag"),
        QStringLiteral("nederland"),
        QStringLiteral("holland"),
        QStringLiteral("amsterdam"),
        QStringLiteral("rotterdam"),
        QStringLiteral("enschede"),
        QStringLiteral("hengelo"),
        QStringLiteral("twente"),
        QStringLiteral("gemeente"),
        QStringLiteral("wijkteam"),
        QStringLiteral("draagwijzer"),
        QStringLiteral("draagkracht"),
        QStringLiteral("draaglast"),
        QStringLiteral("hallo"),
        QStringLiteral("hello"),
        QStringLiteral("test"),
        QStringLiteral("testtest"),
        QStringLiteral("changeme"),
        QStringLiteral("veranderen"),
        QStringLiteral("wijzigen"),
        QStringLiteral("inloggen"),
        QStringLiteral("login"),
        QStringLiteral("abc"),
        QStringLiteral("abcdef"),
        QStringLiteral("abcdefgh"),
        QStringLiteral("abcdefghijkl"),
        QStringLiteral("qazwsx"),
        QStringLiteral("1q2w3e4r"),
        QStringLiteral("1q2w3e4r5t"),
        QStringLiteral("1q2w3e4r5t6y"),
        QStringLiteral("q1w2e3r4"),
        QStringLiteral("q1w2e3r4t5y6"),
        QStringLiteral("zaq12wsx"),
        QStringLiteral("sterkwachtwoord"),
        QStringLiteral("mijnwachtwoord"),
        QStringLiteral("nieuwwachtwoord"),
        QStringLiteral("passwordpassword"),
        QStringLiteral("wachtwoordwachtwoord"),
        QStringLiteral("correcthorsebatterystaple")};
    return words;
}

bool isDigitOrSign(QChar c)
{
    return c.isDigit() || c.isPunct() || c.isSymbol() || c.isSpace();
}

// "Welkom2026!" -> "welkom"; "123456789012" -> "" (nothing but digits).
QString core(const QString& wachtwoord)
{
    QString s = wachtwoord.toLower();
    qsizetype begin = 0, end = s.size();
    while (begin < end && isDigitOrSign(s.at(begin)))
        ++begin;
    while (end > begin && isDigitOrSign(s.at(end - 1)))
        --end;
    return s.mid(begin, end - begin);
}

// Each character one more (or one less) than the one before: "123456789012" counts as "12345678901" + "2".
bool isRun(const QString& s)
{
    int steps = 0;
    for (qsizetype i = 1; i < s.size(); ++i) {
        const int d = s.at(i).unicode() - s.at(i - 1).unicode();
        if (d == 1 || d == -1 || (s.at(i) == QLatin1Char('0') && s.at(i - 1) == QLatin1Char('9')))
            ++steps;
    }
    return steps >= s.size() - 2;
}

bool fewDistinct(const QString& s)
{
    return QSet<QChar>(s.cbegin(), s.cend()).size() <= 3;
}

} // namespace

Status WachtwoordBeleid::check(const QString& wachtwoord, const QString& accountNaam)
{
    if (wachtwoord.size() < minimumLengte)
        return Error::badInput(QStringLiteral("het wachtwoord is %1 tekens lang; het moet er minstens %2 hebben")
                                   .arg(wachtwoord.size())
                                   .arg(minimumLengte));
    const QString lower = wachtwoord.toLower();
    if (!accountNaam.trimmed().isEmpty() && lower.contains(accountNaam.trimmed().toLower()))
        return Error::badInput(
            QStringLiteral("het wachtwoord bevat de accountnaam; kies iets wat een ander niet raadt"));
    if (fewDistinct(lower) || isRun(lower))
        return Error::badInput(QStringLiteral("het wachtwoord is een reeks of herhaling van een paar tekens; zulke "
                                              "wachtwoorden worden als eerste geraden"));
    const QString c = core(lower);
    if (c.isEmpty())
        return Error::badInput(QStringLiteral(
            "het wachtwoord bestaat alleen uit cijfers en tekens; neem er woorden in op die een ander niet raadt"));
    if (commonCores().contains(c)
        || (c.size() % 2 == 0 && commonCores().contains(c.left(c.size() / 2))
            && c.left(c.size() / 2) == c.mid(c.size() / 2)))
        return Error::badInput(QStringLiteral("het wachtwoord lijkt op '%1', een van de meest gebruikte wachtwoorden; "
                                              "kies een zin of een paar losse woorden")
                                   .arg(c));
    return {};
}

} // namespace dw
