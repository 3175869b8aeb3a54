#include "terminal.h"

#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace dw::cli {

namespace {

QString prompt(const QString& text, bool hidden)
{
    if (!::isatty(STDIN_FILENO))
        return {};
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios saved {};
    const bool hide = hidden && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (hide) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    std::string line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line.push_back(static_cast<char>(c));
    if (hide) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
    return QString::fromLocal8Bit(line.data(), static_cast<qsizetype>(line.size()));
}

} // namespace

QString promptPassword(const QString& text)
{
    return prompt(text, true);
}

QString promptLine(const QString& text)
{
    return prompt(text, false).trimmed();
}

bool hasTerminal()
{
    return ::isatty(STDIN_FILENO);
}

} // namespace dw::cli
