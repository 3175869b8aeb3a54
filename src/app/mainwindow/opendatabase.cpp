#include "opendatabase.h"

#include "common/bestandskeuze.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace dw {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dw::OpenDatabase", text);
}
} // namespace

OpenDatabase::OpenDatabase(QWidget* parent)
    : m_parent(parent)
{
    m_ask = [this](const Error& error, bool readOnlyPossible) { return askWithDialog(error, readOnlyPossible); };
    m_askPath = [this](bool newFile) { return askPathWithDialog(newFile); };
    m_askPassword
        = [this](const QString& server, const QString& reason) { return askPasswordWithDialog(server, reason); };
    m_askRetry = [this](const Error& error) { return askRetryWithDialog(error); };
}

std::unique_ptr<Database> OpenDatabase::runServer(ServerAddress server)
{
    for (;;) {
        auto opened = Database::openServer(server);
        if (opened.ok())
            return std::move(opened).value();
        const Error error = opened.error();
        if (error.cause == Error::Cause::NeedsPassword) {
            const QString password = m_askPassword(server.displayName(), error.message);
            if (password.isEmpty())
                return nullptr;
            server.setPassword(password);
            continue;
        }
        if (!m_askRetry(error))
            return nullptr;
    }
}

QString OpenDatabase::askPasswordWithDialog(const QString& server, const QString& reason) const
{
    QInputDialog dialog(m_parent);
    dialog.setWindowTitle(tr("Teamserver"));
    dialog.setLabelText(tr("%1.\n\nWachtwoord voor %2:").arg(reason, server));
    dialog.setTextEchoMode(QLineEdit::Password);
    dialog.setOkButtonText(tr("&Verbinden"));
    dialog.setCancelButtonText(tr("Af&sluiten"));
    dialog.setObjectName(QStringLiteral("wachtwoordDialog"));
    return dialog.exec() == QDialog::Accepted ? dialog.textValue() : QString();
}

bool OpenDatabase::askRetryWithDialog(const Error& error) const
{
    QMessageBox box(QMessageBox::Warning,
        tr("Draagwijzer"),
        tr("De teamserver kan niet worden geopend.\n\n%1.").arg(error.message),
        QMessageBox::NoButton,
        m_parent);
    QPushButton* again = box.addButton(tr("&Opnieuw proberen"), QMessageBox::AcceptRole);
    QPushButton* quit = box.addButton(tr("Af&sluiten"), QMessageBox::RejectRole);
    box.setDefaultButton(again);
    box.setEscapeButton(quit);
    box.exec();
    return box.clickedButton() == again;
}

std::unique_ptr<Database> OpenDatabase::run(const QString& path)
{
    QString current = path;
    for (;;) {
        auto opened = Database::open(current);
        if (opened.ok())
            return std::move(opened).value();
        const Error error = opened.error();
        const bool readOnlyPossible = error.cause == Error::Cause::ReadOnly && QFileInfo::exists(current);
        const Choice choice = m_ask(error, readOnlyPossible);
        if (choice == Choice::Quit)
            return nullptr;
        if (choice == Choice::ReadOnly) {
            auto readOnly = Database::open(current, Database::Mode::ReadOnlyFile);
            if (readOnly.ok())
                return std::move(readOnly).value();
            QMessageBox::warning(m_parent, tr("Draagwijzer"), readOnly.errorMessage());
            continue;
        }
        const bool newFile = choice == Choice::NewFile;
        const QString chosen = m_askPath(newFile);
        if (chosen.isEmpty())
            continue; // cancelled: the same question again
        if (newFile && QFileInfo::exists(chosen)) {
            // "New" never means overwriting a file that is there.
            QMessageBox::warning(m_parent,
                tr("Draagwijzer"),
                tr("%1 bestaat al. Kies voor een nieuwe database een naam die nog niet bestaat.")
                    .arg(QDir::toNativeSeparators(chosen)));
            continue;
        }
        current = chosen;
    }
}

OpenDatabase::Choice OpenDatabase::askWithDialog(const Error& error, bool readOnlyPossible) const
{
    QString reason = error.message;
    if (reason.endsWith(QLatin1Char('.')))
        reason.chop(1);
    QMessageBox box(QMessageBox::Warning,
        tr("Draagwijzer"),
        readOnlyPossible ? tr("%1.\n\nAlleen lezen: u kunt alles bekijken en afdrukken, maar niets wijzigen; er "
                              "wordt niets naast het bestand aangemaakt.")
                               .arg(reason)
            : reason.contains(QLatin1String("niet gewijzigd")) // some reasons say it already
            ? tr("De database kan niet worden geopend.\n\n%1.").arg(reason)
            : tr("De database kan niet worden geopend.\n\n%1.\n\nHet bestand is niet gewijzigd.").arg(reason),
        QMessageBox::NoButton,
        m_parent);
    QPushButton* readOnly = nullptr;
    if (readOnlyPossible) {
        readOnly = box.addButton(tr("Alleen &lezen openen"), QMessageBox::AcceptRole);
        readOnly->setObjectName(QStringLiteral("alleenLezenButton"));
    }
    QPushButton* other = box.addButton(tr("&Ander bestand kiezen…"), QMessageBox::ActionRole);
    other->setObjectName(QStringLiteral("anderBestandButton"));
    QPushButton* fresh = box.addButton(tr("&Nieuwe database maken…"), QMessageBox::ActionRole);
    fresh->setObjectName(QStringLiteral("nieuweDatabaseButton"));
    QPushButton* quit = box.addButton(tr("Af&sluiten"), QMessageBox::RejectRole);
    quit->setObjectName(QStringLiteral("afsluitenButton"));
    box.setDefaultButton(readOnly ? readOnly : other);
    box.setEscapeButton(quit);
    box.exec();
    if (box.clickedButton() == readOnly && readOnly)
        return Choice::ReadOnly;
    if (box.clickedButton() == other)
        return Choice::OtherFile;
    if (box.clickedButton() == fresh)
        return Choice::NewFile;
    return Choice::Quit;
}

QString OpenDatabase::askPathWithDialog(bool newFile) const
{
    const QString filter = tr("Draagwijzer-databases (*.sqlite *.db);;Alle bestanden (*)");
    if (newFile)
        return bestandskeuze::opslaanAls(m_parent,
            tr("Nieuwe database"),
            QDir::home().filePath(QStringLiteral("draagwijzer.sqlite")),
            filter,
            nullptr,
            QFileDialog::DontConfirmOverwrite);
    return bestandskeuze::openBestand(m_parent, tr("Database openen"), QDir::homePath(), filter);
}

} // namespace dw
