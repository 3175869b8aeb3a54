#pragma once

#include "core/clock.h"
#include "core/dossierstatus.h"
#include "core/result.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>

namespace dw {

class Database;

// A dossier's life after registration (issue 15, docs/privacy.md): closing and reopening, the organisation's
// bewaartermijn, anonymising when it has passed or on the inwoner's request (AVG art. 17), and deleting a
// registration made by mistake. Every step is one transaction with its audit row.
class DossierLifecycle
{
public:
    explicit DossierLifecycle(Database& db, const Clock& clock = Clock::system())
        : m_db(db)
        , m_clock(clock)
    { }

    // "dossier afgesloten": the inwoner's own professional; refused for a dossier that is closed already.
    Status close(qint64 inwonerId, const DossierStatus& status);
    // "dossier heropend", with the reason in the audit row (a reason is required).
    Status reopen(qint64 inwonerId, const QString& reden);

    // Deletes a registration made by mistake: no meetmomenten, made by this account, at most 30 days ago.
    // Anything else is refused with the reason (such a dossier is closed and later anonymised, never deleted).
    Status removeRegistration(qint64 inwonerId);
    static constexpr int verwijderenBinnenDagen = 30;

    // Irreversible: naam, contact, day and month of birth and every free text of a closed dossier are replaced by
    // fixed placeholders, and its bijlagen are deleted; answers, scores, quadrants and dates stay, so the team's
    // figures do not change. Only a beheerder, and only with the ref typed again as `bevestiging`. On a file the old
    // bytes are overwritten (secure_delete) and the WAL is checkpointed; see docs/privacy.md for what a team server
    // keeps.
    Status anonymize(const QString& ref, const QString& bevestiging);
    static QString geanonimiseerdeNaam(); // "Geanonimiseerd"
    static QString geanonimiseerdeTekst(); // "[geanonimiseerd]"
    // The statements, with :inwoner and :datum, that both engines run (a team server from its own function).
    static QStringList anonymisationStatements();

    // A change marked as "correctie op verzoek van de inwoner" (AVG art. 16): what was corrected and its earlier
    // value, kept for the beheerder's audit viewer (AuditRegel::correctie), not in the dossier. Called inside the
    // change's transaction, right after its audit row ("correctie op verzoek"), which it is tied to. Anonymising
    // removes these rows with the rest.
    struct Correctie
    {
        QString wat; // "naam", "meting inwoner, meetmoment 2"
        QString oudeWaarde;
        QString toelichting;
    };
    static Status recordCorrectie(Database& db, qint64 inwonerId, const Correctie& correctie);

    // The bewaartermijn in whole years after closing; the organisation sets it (beheerder). Draagwijzer's default
    // is an example, not the law: docs/privacy.md.
    Result<int> bewaartermijnJaren();
    Status setBewaartermijnJaren(int jaren);
    static constexpr int standaardBewaartermijnJaren = 15;

    struct Verlopen
    {
        qint64 id = 0;
        QString ref;
        QString professional;
        QString team;
        QDate afgeslotenOp;
        QDate verlopenOp;
    };
    // Closed dossiers, not yet anonymised, whose bewaartermijn has passed on today's date, oldest first. Readable by
    // a beheerder (who sees no content): refs and dates only.
    Result<QVector<Verlopen>> verlopen();

private:
    struct StatusChange
    {
        QString actie;
        qint64 inwonerId = 0;
        QString update; // its WHERE holds the precondition
        QVariantList values;
        QString details;
        QString failed;
        QString notApplicable;
    };
    Status changeStatus(const StatusChange& change);
    Status denied(const QString& actie, qint64 inwonerId, const QString& why);
    Database& m_db;
    const Clock& m_clock;
};

} // namespace dw
