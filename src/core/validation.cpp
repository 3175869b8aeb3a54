#include "validation.h"

#include "persoonsgegevens.h"

namespace dw::validation {

QString textProblem(const QString& text, int maxLength, bool multiLine)
{
    if (text.size() > maxLength)
        return QStringLiteral("is te lang: %1 tekens, hoogstens %2").arg(text.size()).arg(maxLength);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        // A lone surrogate read from JSON arrives as U+FFFF (jsonkeys.h: markLoneSurrogates).
        if (c.isSurrogate() || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF)
            return QStringLiteral("bevat ongeldige tekst (een los UTF-16-surrogaat of niet-teken op positie %1)")
                .arg(i + 1);
        const bool allowedBreak = multiLine && (c == QLatin1Char('\n') || c == QLatin1Char('\t'));
        if (c.category() == QChar::Other_Control && !allowedBreak && !(multiLine && c == QLatin1Char('\r')))
            return QStringLiteral("bevat een stuurteken (code %1 op positie %2)").arg(c.unicode()).arg(i + 1);
    }
    return {};
}

QString refProblem(const QString& ref)
{
    if (ref.trimmed().isEmpty())
        return QStringLiteral("vul een referentie (ref) in");
    if (ref.trimmed() != ref)
        return QStringLiteral("de ref mag niet met een spatie beginnen of eindigen");
    return textProblem(ref, RefLength);
}

QString geboortedatumProblem(const QDate& date, const QDate& today)
{
    if (!date.isValid())
        return QStringLiteral("is geen geldige datum; schrijf dd-mm-jjjj, bijvoorbeeld 02-03-1971");
    if (date > today)
        return QStringLiteral("ligt in de toekomst");
    return {};
}

QString inwonerVeldWaarde(const Inwoner& i, InwonerVeld field)
{
    switch (field) {
    case InwonerVeld::Ref:
        return i.ref;
    case InwonerVeld::Naam:
        return i.naam;
    case InwonerVeld::Geboortedatum:
        return i.geboortedatum.toString(Qt::ISODate);
    case InwonerVeld::Gemeente:
        return i.gemeente;
    case InwonerVeld::Contact:
        return i.contact;
    case InwonerVeld::Professional:
        return i.professional;
    case InwonerVeld::Bsn:
        return i.bsn;
    case InwonerVeld::Straat:
        return i.adres.straat;
    case InwonerVeld::Huisnummer:
        return i.adres.huisnummer;
    case InwonerVeld::Postcode:
        return i.adres.postcode;
    case InwonerVeld::Woonplaats:
        return i.adres.woonplaats;
    case InwonerVeld::Telefoon:
        return i.telefoon;
    case InwonerVeld::Email:
        return i.email;
    }
    return {};
}

void zetInwonerVeld(Inwoner& i, InwonerVeld field, const QString& value)
{
    switch (field) {
    case InwonerVeld::Ref:
        i.ref = value;
        break;
    case InwonerVeld::Naam:
        i.naam = value;
        break;
    case InwonerVeld::Geboortedatum:
        i.geboortedatum = QDate::fromString(value, Qt::ISODate);
        break;
    case InwonerVeld::Gemeente:
        i.gemeente = value;
        break;
    case InwonerVeld::Contact:
        i.contact = value;
        break;
    case InwonerVeld::Professional:
        i.professional = value;
        break;
    case InwonerVeld::Bsn:
        i.bsn = value;
        break;
    case InwonerVeld::Straat:
        i.adres.straat = value;
        break;
    case InwonerVeld::Huisnummer:
        i.adres.huisnummer = value;
        break;
    case InwonerVeld::Postcode:
        i.adres.postcode = value;
        break;
    case InwonerVeld::Woonplaats:
        i.adres.woonplaats = value;
        break;
    case InwonerVeld::Telefoon:
        i.telefoon = value;
        break;
    case InwonerVeld::Email:
        i.email = value;
        break;
    }
}

QString inwonerVeldProblem(InwonerVeld veld, const QString& value, const QDate& today)
{
    const auto required = [&value](const QString& ifEmpty, int maxLength) -> QString {
        if (value.trimmed().isEmpty())
            return ifEmpty;
        return textProblem(value, maxLength);
    };
    switch (veld) {
    case InwonerVeld::Ref:
        return refProblem(value);
    case InwonerVeld::Naam:
        return required(QStringLiteral("vul de naam in"), NaamLength);
    case InwonerVeld::Geboortedatum:
        return geboortedatumProblem(QDate::fromString(value, Qt::ISODate), today);
    case InwonerVeld::Gemeente:
        return required(QStringLiteral("vul de gemeente in"), GemeenteLength);
    case InwonerVeld::Contact:
        return textProblem(value, ContactLength);
    case InwonerVeld::Professional:
        return textProblem(value, ProfessionalLength);
    case InwonerVeld::Bsn:
        if (value.trimmed().isEmpty() || persoonsgegevens::elfproef(persoonsgegevens::normaliseerBsn(value)))
            return {};
        return persoonsgegevens::normaliseerBsn(value).size() == 9
            ? QStringLiteral("is geen geldig BSN: het voldoet niet aan de elfproef; kijk het nummer na")
            : QStringLiteral("is geen BSN: een BSN heeft 9 cijfers");
    case InwonerVeld::Straat:
    case InwonerVeld::Woonplaats:
        return textProblem(value, AdresLength);
    case InwonerVeld::Huisnummer:
        return value.trimmed().isEmpty() || persoonsgegevens::isHuisnummer(value)
            ? QString()
            : QStringLiteral("is geen huisnummer; schrijf bijvoorbeeld 12, 12a of 12-3");
    case InwonerVeld::Postcode:
        return value.trimmed().isEmpty() || persoonsgegevens::isPostcode(value)
            ? QString()
            : QStringLiteral("is geen postcode; schrijf vier cijfers en twee letters, bijvoorbeeld 7511 AB");
    case InwonerVeld::Telefoon:
        return value.trimmed().isEmpty() || persoonsgegevens::isTelefoonnummer(value)
            ? QString()
            : QStringLiteral("is geen telefoonnummer; schrijf bijvoorbeeld 06-12345678, 053-4801234 of +31 6 12345678");
    case InwonerVeld::Email:
        if (value.trimmed().isEmpty())
            return {};
        if (!textProblem(value, EmailLength).isEmpty())
            return textProblem(value, EmailLength);
        return persoonsgegevens::isEmailadres(value) ? QString()
                                                     : QStringLiteral("is geen e-mailadres; schrijf naam@voorbeeld.nl");
    }
    return {};
}

Status validateInwoner(const Inwoner& i, const QDate& today)
{
    const std::pair<InwonerVeld, QString> velden[] = {{InwonerVeld::Ref, i.ref},
        {InwonerVeld::Naam, i.naam},
        {InwonerVeld::Geboortedatum, i.geboortedatum.toString(Qt::ISODate)},
        {InwonerVeld::Gemeente, i.gemeente},
        {InwonerVeld::Contact, i.contact},
        {InwonerVeld::Professional, i.professional},
        {InwonerVeld::Bsn, i.bsn},
        {InwonerVeld::Straat, i.adres.straat},
        {InwonerVeld::Huisnummer, i.adres.huisnummer},
        {InwonerVeld::Postcode, i.adres.postcode},
        {InwonerVeld::Woonplaats, i.adres.woonplaats},
        {InwonerVeld::Telefoon, i.telefoon},
        {InwonerVeld::Email, i.email}};
    static const QString namen[] = {QStringLiteral("ref"),
        QStringLiteral("naam"),
        QStringLiteral("geboortedatum"),
        QStringLiteral("gemeente"),
        QStringLiteral("contact"),
        QStringLiteral("professional"),
        QStringLiteral("bsn"),
        QStringLiteral("adres.straat"),
        QStringLiteral("adres.huisnummer"),
        QStringLiteral("adres.postcode"),
        QStringLiteral("adres.woonplaats"),
        QStringLiteral("telefoon"),
        QStringLiteral("email")};
    for (const auto& [veld, value] : velden) {
        const QString problem = inwonerVeldProblem(veld, value, today);
        if (!problem.isEmpty())
            return Error::badInput(QStringLiteral("%1: %2").arg(namen[static_cast<int>(veld)], problem));
    }
    return {};
}

} // namespace dw::validation
