#pragma once

#include "core/domain.h"
#include "core/validation.h"

#include <QDialog>
#include <QMap>

#include <functional>

#include <memory>

namespace Ui {
class InwonerDialog;
}

namespace dw {

class FieldMessage;

// Register a new inwoner. Checks the input with the same rules as the Gegevens tab and the import and says in
// Dutch, under each refused field, what is wrong; the dialog stays open until the input is right or is cancelled.
class InwonerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit InwonerDialog(const QStringList& gemeenten, QWidget* parent = nullptr);
    ~InwonerDialog() override;

    // "Today" for the birth date check; the window's clock, so that tests can fix it.
    void setToday(const QDate& today);
    Inwoner inwoner() const;
    void showError(const QString& message); // a refusal that belongs to no one field
    // A refusal found on saving that belongs to one field (a ref already taken): under it, with the focus.
    void showFieldError(validation::InwonerVeld veld, const QString& message);
    void accept() override;
    // The ref proposed for a gemeente (Instellingen' pattern, the next free number); typed refs are left alone.
    void setRefVoorstel(std::function<QString(const QString& gemeente)> voorstel);
    // The professionals to choose from; `alleenUitDeLijst` once there are accounts.
    void setProfessionals(const QStringList& namen, bool alleenUitDeLijst);

    static QDate parseDutchDate(const QString& text); // dd-mm-jjjj, d-m-jjjj or jjjj-mm-dd
    // Why the text typed in a field cannot be stored (a fragment, core/validation.h), or empty; `stored` gets the
    // value as it would be stored (a birth date as JJJJ-MM-DD). Shared with the Gegevens tab.
    static QString fieldProblem(
        validation::InwonerVeld veld, const QString& typed, const QDate& today, QString* stored = nullptr);

private:
    QString typedText(validation::InwonerVeld veld) const;
    void fieldEdited(validation::InwonerVeld veld, FieldMessage* message);
    void proposeRef();

    std::unique_ptr<Ui::InwonerDialog> m_ui;
    QDate m_today;
    QVector<std::pair<validation::InwonerVeld, FieldMessage*>> m_messages;
    QMap<validation::InwonerVeld, QWidget*> m_fields;
    std::function<QString(const QString&)> m_refVoorstel;
    QString m_proposedRef; // the last proposal: replaced when the gemeente changes, unless the user typed another
    QStringList m_professionals;
    bool m_takenRef = false; // the ref's message says it is taken: it goes when the ref changes
};

} // namespace dw
