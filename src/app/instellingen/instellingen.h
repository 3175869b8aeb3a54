#pragma once

#include <QString>

class QWidget;

namespace dw {

// The user's preferences, kept in QSettings.
struct Instellingen
{
    QString eigenProfessional; // "Mijn caseload"
    int vervolgNaMaanden = 6; // decision: a follow-up meetmoment is due 6 months after the last one
    int backupElkeUren = 24; // automatic backup
    int backupsBewaren = 7;

    static Instellingen load();
    void save() const;
};

// Edits Instellingen; returns true when the user pressed OK.
bool editInstellingen(Instellingen& instellingen, const QStringList& professionals, QWidget* parent);

} // namespace dw
