#include "zoekvraag.h"

#include "persoonsgegevens.h"

#include <QRegularExpression>

namespace dw {

Zoekvraag leesZoekvraag(const QString& getypt)
{
    Zoekvraag z;
    z.tekst = getypt.trimmed();
    for (const char* format : {"d-M-yyyy", "dd-MM-yyyy", "yyyy-MM-dd", "d/M/yyyy"}) {
        const QDate d = QDate::fromString(z.tekst, QLatin1String(format));
        if (d.isValid()) {
            z.soort = Zoekvraag::Soort::Geboortedatum;
            z.datum = d;
            return z;
        }
    }
    static const QRegularExpression jaar(QStringLiteral("^(19|20)[0-9]{2}$"));
    if (jaar.match(z.tekst).hasMatch()) {
        z.soort = Zoekvraag::Soort::Geboortejaar;
        z.jaar = z.tekst.toInt();
        return z;
    }
    if (persoonsgegevens::isPostcode(z.tekst)) {
        z.soort = Zoekvraag::Soort::Postcode;
        z.postcode = persoonsgegevens::normaliseerPostcode(z.tekst);
        return z;
    }
    const QString bsn = persoonsgegevens::normaliseerBsn(z.tekst);
    static const QRegularExpression negen(QStringLiteral("^[0-9 .]{9,11}$"));
    if (negen.match(z.tekst).hasMatch() && persoonsgegevens::elfproef(bsn)) {
        z.soort = Zoekvraag::Soort::Bsn;
        z.bsn = bsn;
    }
    return z;
}

} // namespace dw
