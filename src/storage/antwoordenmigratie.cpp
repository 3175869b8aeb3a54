// Migration 22 (issue 16): a meting's answers and draaglast on its own row, as two short texts
// (core/antwoordcodering.h), instead of one row per answer in `antwoord` and `draaglast`. In a file of its own
// because migrations.cpp is long enough; Migrations::all() lists it.
#include "migrations.h"

#include "database.h"
#include "sqlerror.h"

#include "core/antwoordcodering.h"
#include "core/instrument.h"

#include <QHash>
#include <QSqlQuery>

namespace dw {

namespace {

// Metingen by id, 5,000 at a time: a server connection holds a whole result in memory, and 11.5 million answer
// rows at 100,000 inwoners would not fit.
constexpr int batchSize = 5000;

struct Oud
{
    qint64 id = 0;
    QString instrument;
    Meting meting;
};

Status readBatch(Database& db, qint64 after, QVector<Oud>& batch)
{
    batch.clear();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, perspectief, instrument FROM meting WHERE id > ? ORDER BY id LIMIT %1")
                  .arg(batchSize));
    q.addBindValue(after);
    if (!q.exec())
        return sqlerror::statementFailed(q);
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        Oud oud;
        oud.id = q.value(0).toLongLong();
        oud.meting.perspectief = perspectiefFromCode(q.value(1).toString()).value_or(Perspectief::Inwoner);
        oud.instrument = q.value(2).toString();
        index.insert(oud.id, batch.size());
        batch.append(oud);
    }
    if (batch.isEmpty())
        return {};
    for (const bool answers : {true, false}) {
        q.prepare(answers
                ? QStringLiteral("SELECT meting_id, item, waarde FROM antwoord WHERE meting_id BETWEEN ? AND ?")
                : QStringLiteral("SELECT meting_id, levensgebied, niveau FROM draaglast "
                                 "WHERE meting_id BETWEEN ? AND ?"));
        q.addBindValue(batch.constFirst().id);
        q.addBindValue(batch.constLast().id);
        if (!q.exec())
            return sqlerror::statementFailed(q);
        while (q.next()) {
            Meting& m = batch[index.value(q.value(0).toLongLong())].meting;
            if (answers)
                m.antwoorden.insert(q.value(1).toString(), q.value(2).toInt());
            else
                m.draaglast.insert(
                    q.value(1).toString(), q.value(2).isNull() ? std::nullopt : std::optional<int>(q.value(2).toInt()));
        }
    }
    return {};
}

// Every meting gets its two texts; one that cannot be written exactly as it was stops the migration, so that
// nothing is lost on the way (a meting of an unknown instrument version, an answer to an unknown item).
Status overzetten(Database& db)
{
    const Instrument& instrument = Instrument::standaard();
    QSqlQuery update(db.connection());
    update.prepare(QStringLiteral("UPDATE meting SET antwoorden = ?, draaglast = ? WHERE id = ?"));
    QVector<Oud> batch;
    qint64 after = 0;
    for (;;) {
        const Status read = readBatch(db, after, batch);
        if (!read.ok())
            return read;
        if (batch.isEmpty())
            break;
        after = batch.constLast().id;
        for (const Oud& oud : std::as_const(batch)) {
            if (oud.instrument != instrument.id())
                return Error::failure(QStringLiteral("meting %1 is afgenomen met instrumentversie '%2', die dit "
                                                     "programma niet kent")
                                          .arg(oud.id)
                                          .arg(oud.instrument));
            const auto gecodeerd = codeerMeting(instrument, oud.meting);
            if (!gecodeerd.ok())
                return Error::failure(QStringLiteral("meting %1: %2").arg(oud.id).arg(gecodeerd.errorMessage()));
            update.addBindValue(gecodeerd->antwoorden);
            update.addBindValue(gecodeerd->draaglast);
            update.addBindValue(oud.id);
            if (!update.exec())
                return sqlerror::statementFailed(update);
        }
    }
    QSqlQuery drop(db.connection());
    for (const QString& table : {QStringLiteral("antwoord"), QStringLiteral("draaglast")}) {
        // On a server the table's row-level security policies go with it; the grants skip a missing table.
        if (!drop.exec(QStringLiteral("DROP TABLE %1").arg(table)))
            return sqlerror::statementFailed(drop);
    }
    return {};
}

} // namespace

Migration antwoordenMigratie()
{
    // The checks are the characters of antwoordcodering.h; the length per perspective is the instrument's, which
    // the program checks when it reads (verify reports a meting that does not fit). ltrim(x, chars) is the same
    // in SQLite and PostgreSQL. Existing rows get '' and are filled in by overzetten() before the commit.
    return {22,
        QStringLiteral("antwoorden en draaglast op de meting zelf"),
        {QStringLiteral("ALTER TABLE meting ADD COLUMN antwoorden TEXT NOT NULL DEFAULT ''"
                        " CHECK (ltrim(antwoorden, '12345-') = '')"),
            QStringLiteral("ALTER TABLE meting ADD COLUMN draaglast TEXT NOT NULL DEFAULT ''"
                           " CHECK (ltrim(draaglast, '012n-') = '')")},
        overzetten};
}

} // namespace dw
