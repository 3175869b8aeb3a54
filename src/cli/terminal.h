#pragma once

#include <QString>

namespace dw::cli {

// Asks for a password on the terminal, as psql does: the prompt on stderr, the typed characters not shown.
// Empty when standard input is not a terminal or nothing was typed.
QString promptPassword(const QString& prompt);
// The same, with what is typed shown (a name).
QString promptLine(const QString& prompt);
bool hasTerminal();

} // namespace dw::cli
