#pragma once

#include <QDate>
#include <QString>

namespace dw {

// What a professional typed in the caseload's search field, read as what it most likely is (issue 18): a birth date
// the Dutch way ("02-03-1971") or a birth year ("1971"), a postcode ("7511 AB", "7511ab"), a BSN (9 digits that pass
// the elfproef: exact match only), or else a part of a name, ref or gemeente.
struct Zoekvraag
{
    enum class Soort { Tekst, Geboortedatum, Geboortejaar, Postcode, Bsn };
    Soort soort = Soort::Tekst;
    QString tekst; // trimmed, as typed; a year is also looked for as text (a ref may hold it)
    QDate datum; // Geboortedatum
    int jaar = 0; // Geboortejaar
    QString postcode; // "7511 AB"
    QString bsn; // 9 digits
};

Zoekvraag leesZoekvraag(const QString& getypt);

} // namespace dw
