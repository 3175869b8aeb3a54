#pragma once

#include <QString>
#include <QVector>

// Dutch hyphenation for the narrow table columns of printed documents (issue 18: "betalingsachterstan|den" broke
// without a hyphen). The page layout breaks a word that is wider than its column anywhere; with soft hyphens
// (U+00AD) at the syllable boundaries it breaks there instead and prints a hyphen at the end of the line. Where a
// word is not broken, a soft hyphen is invisible.
//
// The rules are the spelling rules for syllables, without a dictionary: vowels (with ij, and the Dutch vowel
// combinations such as aa, oe, ui, ooi, ieu) are one nucleus, a diaeresis starts a new one (financi-ën); one
// consonant goes to the next syllable (be-ta-ling), two are split (kan-ten) unless they begin a Dutch word as a pair
// (la-chen, a-dres); of three or more, the next syllable takes the longest group that can begin a Dutch word
// (eer-ste, ven-ster). A linking s after -ing and -heid stays left (betalings-achterstand, gezondheids-zorg). Compound
// words are not recognised, so a rare break is unusual (wer-kloos), but every break has its hyphen.
namespace dw::afbreken {

// The positions in `woord` (letters only) before which a hyphen may stand; at least two letters stay before a
// break and three after it.
QVector<int> afbreekpunten(const QString& woord);

// `text` with soft hyphens at the break points of every word of at least `vanafLetters` letters. Words with capitals
// after their first letter (abbreviations) and tokens with '@' or '/' (addresses) are left whole.
QString zachteAfbreekstreepjes(const QString& text, int vanafLetters = 9);

} // namespace dw::afbreken
