#pragma once

#include "domain.h"

#include <QString>

namespace dw {

// The optional identifying data of an inwoner (issue 18): BSN, address, phone and e-mail, in one normal form so that
// search by exact match finds what was typed in another way ("7511ab" is "7511 AB", "1234.56.782" is "123456782").
namespace persoonsgegevens {

// Digits only, when what is left is 8 or 9 digits (an old 8-digit BSN gets its leading zero); otherwise the text as
// typed, trimmed, so that the check can say what is wrong with it.
QString normaliseerBsn(const QString& bsn);
// The elfproef of a BSN: 9 digits, 9·d1 + 8·d2 + … + 2·d8 − d9 divisible by 11, and not all zeros.
bool elfproef(const QString& bsn);
// "*****6782": the last four digits, for the screen until "toon" is chosen.
QString gemaskeerdeBsn(const QString& bsn);

// "7511ab", "7511 ab" -> "7511 AB"; anything else trimmed as typed.
QString normaliseerPostcode(const QString& postcode);
bool isPostcode(const QString& postcode); // 4 digits, not starting with 0, and 2 letters

bool isTelefoonnummer(const QString& telefoon); // Dutch 10 digits from 0, or + and 8-15 digits
bool isEmailadres(const QString& email);
bool isHuisnummer(const QString& huisnummer); // "12", "12a", "12-3", "12 bis": a number and a short addition

// Every field of `inwoner` in its normal form, as it is stored and compared: BSN, postcode, the rest trimmed.
void normaliseer(Inwoner& inwoner);

} // namespace persoonsgegevens
} // namespace dw
