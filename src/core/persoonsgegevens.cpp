#include "persoonsgegevens.h"

#include <QRegularExpression>

namespace dw::persoonsgegevens {

QString normaliseerBsn(const QString& bsn)
{
    QString digits;
    for (const QChar c : bsn) {
        if (c.isDigit())
            digits += c;
        else if (!c.isSpace() && c != QLatin1Char('.') && c != QLatin1Char('-'))
            return bsn.trimmed();
    }
    if (digits.size() == 8)
        digits.prepend(QLatin1Char('0'));
    return digits.size() == 9 ? digits : bsn.trimmed();
}

bool elfproef(const QString& bsn)
{
    static const QRegularExpression negenCijfers(QStringLiteral("^[0-9]{9}$"));
    if (!negenCijfers.match(bsn).hasMatch() || bsn == QLatin1String("000000000"))
        return false;
    int som = 0;
    for (int i = 0; i < 8; ++i)
        som += (9 - i) * bsn.at(i).digitValue();
    som -= bsn.at(8).digitValue();
    return som % 11 == 0;
}

QString gemaskeerdeBsn(const QString& bsn)
{
    return bsn.isEmpty() ? QString() : QStringLiteral("*****") + bsn.right(4);
}

QString normaliseerPostcode(const QString& postcode)
{
    static const QRegularExpression vorm(QStringLiteral("^\\s*([1-9][0-9]{3})\\s*([A-Za-z]{2})\\s*$"));
    const QRegularExpressionMatch m = vorm.match(postcode);
    return m.hasMatch() ? m.captured(1) + QLatin1Char(' ') + m.captured(2).toUpper() : postcode.trimmed();
}

bool isPostcode(const QString& postcode)
{
    static const QRegularExpression vorm(QStringLiteral("^[1-9][0-9]{3} [A-Z]{2}$"));
    return vorm.match(normaliseerPostcode(postcode)).hasMatch();
}

bool isTelefoonnummer(const QString& telefoon)
{
    static const QRegularExpression tekens(QStringLiteral("^\\+?[0-9 ()\\-]+$"));
    const QString t = telefoon.trimmed();
    if (!tekens.match(t).hasMatch())
        return false;
    QString digits = t;
    digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    if (t.startsWith(QLatin1Char('+')))
        return digits.size() >= 8 && digits.size() <= 15;
    return digits.size() == 10 && digits.startsWith(QLatin1Char('0'));
}

bool isEmailadres(const QString& email)
{
    static const QRegularExpression vorm(
        QStringLiteral("^[A-Za-z0-9._%+'\\-]+@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}$"));
    return vorm.match(email.trimmed()).hasMatch();
}

bool isHuisnummer(const QString& huisnummer)
{
    static const QRegularExpression vorm(QStringLiteral("^[1-9][0-9]{0,4}( ?[-/]? ?[A-Za-z0-9]{1,6})?$"));
    return vorm.match(huisnummer.trimmed()).hasMatch();
}

void normaliseer(Inwoner& i)
{
    i.bsn = normaliseerBsn(i.bsn);
    i.adres.postcode = normaliseerPostcode(i.adres.postcode);
    i.adres.straat = i.adres.straat.trimmed();
    i.adres.huisnummer = i.adres.huisnummer.trimmed();
    i.adres.woonplaats = i.adres.woonplaats.trimmed();
    i.telefoon = i.telefoon.trimmed();
    i.email = i.email.trimmed();
}

} // namespace dw::persoonsgegevens
