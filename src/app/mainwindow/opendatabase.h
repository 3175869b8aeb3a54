#pragma once

#include "storage/database.h"

#include <functional>
#include <memory>

class QWidget;

namespace dw {

// How the app starts on its database. A file that cannot be opened gets a dialog with the reason and a way on:
// a read-only file or folder can be opened read-only (nothing is written and nothing is left beside it); any
// other problem (not a database, damaged, locked, a newer schema) offers another file, a new database, or
// quitting. Locked, read-only and damaged each have their own message (storage/database.cpp).
class OpenDatabase
{
public:
    enum class Choice { ReadOnly, OtherFile, NewFile, Quit };
    // Asks the user what to do after `error`; replaceable in tests.
    using Ask = std::function<Choice(const Error& error, bool readOnlyPossible)>;
    // Asks for a path (an existing file, or a new one); empty when cancelled. Replaceable in tests.
    using AskPath = std::function<QString(bool newFile)>;
    // Asks for the team server's password (`reason` says why: asked, or refused); empty when cancelled.
    using AskPassword = std::function<QString(const QString& server, const QString& reason)>;
    // After a server error other than the password: true to try again, false to quit.
    using AskRetry = std::function<bool(const Error& error)>;

    explicit OpenDatabase(QWidget* parent = nullptr);
    void setAsk(Ask ask) { m_ask = std::move(ask); }
    void setAskPath(AskPath askPath) { m_askPath = std::move(askPath); }
    void setAskPassword(AskPassword askPassword) { m_askPassword = std::move(askPassword); }
    void setAskRetry(AskRetry askRetry) { m_askRetry = std::move(askRetry); }

    // The opened database, or nullptr when the user chose to quit.
    std::unique_ptr<Database> run(const QString& path);
    // The same for a team server: the password is asked when the server wants one (PGPASSWORD and ~/.pgpass
    // first, as libpq does) and is kept in memory only, never in QSettings or the log.
    std::unique_ptr<Database> runServer(ServerAddress server);

private:
    Choice askWithDialog(const Error& error, bool readOnlyPossible) const;
    QString askPathWithDialog(bool newFile) const;
    QString askPasswordWithDialog(const QString& server, const QString& reason) const;
    bool askRetryWithDialog(const Error& error) const;

    QWidget* m_parent;
    Ask m_ask;
    AskPath m_askPath;
    AskPassword m_askPassword;
    AskRetry m_askRetry;
};

} // namespace dw
