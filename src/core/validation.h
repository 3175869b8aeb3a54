#pragma once

#include "domain.h"
#include "result.h"

#include <QDate>
#include <QString>

namespace dw {

// One set of rules for every place a value is entered: the new-inwoner dialog, the Gegevens tab, the plan
// editor's tables and fields, the import. Each rule answers with the reason in Dutch, or an empty string when
// the value is fine; the widgets show that reason beside the field, the import prefixes the field's path.
namespace validation {

// The longest text each kind of field takes. Long enough for real use (a plan's toelichting of several pages),
// short enough that a pasted file or a runaway import cannot make a dossier unreadable.
enum MaxLength : int {
    RefLength = 64,
    NaamLength = 200,
    GemeenteLength = 100,
    ContactLength = 500,
    ProfessionalLength = 100,
    AdresLength = 100, // straat, woonplaats
    EmailLength = 254,
    CodeLength = 64, // codes from the instrument: levensgebied, type, component
    CellLength = 4000, // one cell of the plan's tables (doel, interventie, afspraak)
    TextLength = 20000, // the plan's free texts: hulpvraag, vraagverheldering, toelichting
};

// Why `text` cannot be stored in a field of at most `maxLength` characters: a control character (line breaks
// and tabs are allowed when `multiLine`), a lone UTF-16 surrogate or a non-character (U+FFFE, U+FFFF), or too
// many characters. Empty when it can.
QString textProblem(const QString& text, int maxLength, bool multiLine = false);

QString refProblem(const QString& ref);
QString geboortedatumProblem(const QDate& date, const QDate& today);

// The inwoner's own fields, in the order the forms show them.
enum class InwonerVeld {
    Ref,
    Naam,
    Geboortedatum,
    Gemeente,
    Contact,
    Professional,
    Bsn,
    Straat,
    Huisnummer,
    Postcode,
    Woonplaats,
    Telefoon,
    Email
};
// The inwoner's `veld` as text (a date as JJJJ-MM-DD), and set from text: one switch for every screen and import.
QString inwonerVeldWaarde(const Inwoner& inwoner, InwonerVeld veld);
void zetInwonerVeld(Inwoner& inwoner, InwonerVeld veld, const QString& value);
// Why `value` (a date as JJJJ-MM-DD for Geboortedatum) cannot be the inwoner's `veld`; empty when it can.
QString inwonerVeldProblem(InwonerVeld veld, const QString& value, const QDate& today);
// Every field of `inwoner`; the first problem, named with the field.
Status validateInwoner(const Inwoner& inwoner, const QDate& today);

} // namespace validation
} // namespace dw
