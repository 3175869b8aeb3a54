#include "refpatroon.h"

#include <QHash>
#include <QRegularExpression>

namespace dw::refpatroon {

namespace {

const QRegularExpression& nummerToken()
{
    static const QRegularExpression token(QStringLiteral("\\{NUMMER(?::([0-9]{1,2}))?\\}"));
    return token;
}

QString metCode(const QString& patroon, const QString& code)
{
    return QString(patroon).replace(QStringLiteral("{GEMEENTECODE}"), code);
}

// Letters only, without accents, in capitals.
QString letters(const QString& woord)
{
    QString out;
    for (const QChar c : woord.normalized(QString::NormalizationForm_D)) {
        if (c.isLetter() && c.unicode() < 128)
            out += c.toUpper();
    }
    return out;
}

} // namespace

QString standaard()
{
    return QStringLiteral("{GEMEENTECODE}-{NUMMER:6}");
}

QString probleem(const QString& patroon)
{
    const QRegularExpressionMatch m = nummerToken().match(patroon);
    if (!m.hasMatch())
        return QStringLiteral("het patroon heeft {NUMMER} of {NUMMER:6} nodig, voor het volgnummer");
    if (m.hasCaptured(1) && (m.captured(1).toInt() < 1 || m.captured(1).toInt() > 12))
        return QStringLiteral("{NUMMER:n} heeft 1 tot 12 cijfers");
    QString rest = patroon;
    rest.remove(nummerToken()).remove(QStringLiteral("{GEMEENTECODE}"));
    if (rest.contains(QLatin1Char('{')) || rest.contains(QLatin1Char('}')))
        return QStringLiteral("alleen {GEMEENTECODE} en {NUMMER} (of {NUMMER:6}) kunnen in het patroon");
    if (patroon.trimmed() != patroon || rest.size() > 20)
        return QStringLiteral("het patroon mag niet met een spatie beginnen of eindigen en is kort");
    return {};
}

QString gemeenteCode(const QString& gemeente, const QStringList& refsVanDieGemeente)
{
    QHash<QString, int> gebruikt;
    static const QRegularExpression code(QStringLiteral("^([A-Z]{2,6})-"));
    for (const QString& ref : refsVanDieGemeente) {
        const QRegularExpressionMatch m = code.match(ref);
        if (m.hasMatch())
            ++gebruikt[m.captured(1)];
    }
    QString best;
    for (auto it = gebruikt.cbegin(); it != gebruikt.cend(); ++it) {
        if (best.isEmpty() || it.value() > gebruikt.value(best)
            || (it.value() == gebruikt.value(best) && it.key() < best))
            best = it.key();
    }
    if (!best.isEmpty())
        return best;
    QStringList delen;
    for (const QString& deel : gemeente.split(QRegularExpression(QStringLiteral("[\\s\\-']+")), Qt::SkipEmptyParts)) {
        if (!letters(deel).isEmpty())
            delen << letters(deel);
    }
    if (delen.isEmpty())
        return QStringLiteral("INW");
    QString uit;
    if (delen.size() > 1) {
        for (const QString& deel : std::as_const(delen))
            uit += deel.at(0);
    }
    uit = uit.left(3);
    // Filled up from the last word: "Súdwest-Fryslân" SF + R.
    const QString laatste = delen.size() > 1 ? delen.constLast().mid(1) : delen.constFirst();
    for (int i = 0; uit.size() < 3 && i < laatste.size(); ++i)
        uit += laatste.at(i);
    return uit;
}

QString voorvoegsel(const QString& patroon, const QString& code)
{
    const QString p = metCode(patroon, code);
    const QRegularExpressionMatch m = nummerToken().match(p);
    return m.hasMatch() ? p.left(m.capturedStart()) : p;
}

QString maak(const QString& patroon, const QString& code, int nummer)
{
    QString p = metCode(patroon, code);
    const QRegularExpressionMatch m = nummerToken().match(p);
    if (!m.hasMatch())
        return p;
    const int breedte = m.hasCaptured(1) ? m.captured(1).toInt() : 0;
    return p.replace(
        m.capturedStart(), m.capturedLength(), QStringLiteral("%1").arg(nummer, breedte, 10, QLatin1Char('0')));
}

std::optional<int> nummer(const QString& patroon, const QString& code, const QString& ref)
{
    const QString p = metCode(patroon, code);
    const QRegularExpressionMatch m = nummerToken().match(p);
    if (!m.hasMatch())
        return std::nullopt;
    const QString voor = p.left(m.capturedStart());
    const QString na = p.mid(m.capturedEnd());
    if (!ref.startsWith(voor) || !ref.endsWith(na) || ref.size() <= voor.size() + na.size())
        return std::nullopt;
    const QString cijfers = ref.mid(voor.size(), ref.size() - voor.size() - na.size());
    bool ok = false;
    const int n = cijfers.toInt(&ok);
    static const QRegularExpression alleenCijfers(QStringLiteral("^[0-9]{1,9}$"));
    return ok && alleenCijfers.match(cijfers).hasMatch() ? std::optional<int>(n) : std::nullopt;
}

} // namespace dw::refpatroon
