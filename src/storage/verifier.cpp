#include "verifier.h"

#include "auditlog.h"
#include "auditretention.h"

#include "database.h"
#include "migrations.h"
#include "sqlhelpers.h"

#include "core/antwoordcodering.h"
#include "core/scoring.h"

#include <QSqlQuery>

#include <cmath>
#include <thread>

namespace dw {

namespace {
constexpr int maxProblems = 20; // enough to act on; the rest is summarised

void add(Verifier::Report& r, const QString& problem)
{
    if (r.problems.size() < maxProblems)
        r.problems.append(problem);
}

bool sameScore(const std::optional<double>& a, const std::optional<double>& b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || std::abs(*a - *b) < 1e-9;
}
} // namespace

Result<Verifier::Report> Verifier::run(bool quick)
{
    Report r;
    const int version = m_db.schemaVersion();
    if (version != Migrations::currentVersion())
        add(r, QStringLiteral("schemaversie %1, verwacht %2").arg(version).arg(Migrations::currentVersion()));
    if (quick || !r.healthy() || m_db.dialect().engine() != Dialect::Engine::SQLite) {
        checkEngine(r, m_db, quick);
        if (quick || !r.healthy())
            return r;
        checkNumbering(r);
        checkStoredFigures(r);
        checkAuditChain(r);
        return r;
    }
    // SQLite's integrity_check reads every page of the file and takes longer than recomputing every meting: it
    // runs on a read-only connection of its own, on the second core (about 4.0 + 3.9 s became 4.5 s at 100,000
    // inwoners). What the rest finds counts only once the engine has found the file sound, as before.
    Report engine;
    bool engineChecked = false;
    std::thread engineThread([this, &engine, &engineChecked] {
        auto other = m_db.openAnother(); // opened here: a Qt Sql connection belongs to its thread
        if (other.ok())
            checkEngine(engine, *other.value(), false);
        engineChecked = other.ok();
    });
    Report rest;
    checkNumbering(rest);
    checkStoredFigures(rest);
    checkAuditChain(rest);
    engineThread.join();
    if (!engineChecked) // a file that cannot be opened twice: one after the other, then
        checkEngine(engine, m_db, false);
    for (const QString& p : std::as_const(engine.problems))
        add(r, p);
    if (!r.healthy())
        return r;
    for (const QString& p : std::as_const(rest.problems))
        add(r, p);
    r.metingenChecked = rest.metingenChecked;
    return r;
}

void Verifier::checkEngine(Report& r, Database& db, bool quick)
{
    const auto problems = db.dialect().checkIntegrity(db.connection(), quick);
    if (!problems.ok()) {
        add(r, problems.errorMessage());
        return;
    }
    for (const QString& p : problems.value())
        add(r, p);
}

void Verifier::checkNumbering(Report& r)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Meetmomenten must be numbered 1..n by date within each inwoner.
    if (q.exec(
            QStringLiteral("SELECT inwoner_id, volgnummer, datum FROM meetmoment ORDER BY inwoner_id, volgnummer"))) {
        qint64 inwoner = -1;
        int expected = 1;
        QString previousDate;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (id != inwoner) {
                inwoner = id;
                expected = 1;
                previousDate.clear();
            }
            const QString datum = q.value(2).toString();
            if (q.value(1).toInt() != expected || datum < previousDate)
                add(r,
                    QStringLiteral("inwoner %1: meetmoment %2 niet op datum genummerd")
                        .arg(id)
                        .arg(q.value(1).toInt()));
            ++expected;
            previousDate = datum;
        }
    }
    if (q.exec(QStringLiteral("SELECT m.id FROM meting m JOIN meetmoment mm ON mm.id = m.meetmoment_id "
                              "WHERE m.meetmoment_nr <> mm.volgnummer OR m.inwoner_id <> mm.inwoner_id"))) {
        while (q.next())
            add(r,
                QStringLiteral("meting %1: meetmomentnummer of inwoner wijkt af van het meetmoment")
                    .arg(q.value(0).toString()));
    }
    if (q.exec(QStringLiteral("SELECT mm.id FROM meetmoment mm "
                              "LEFT JOIN meting i ON i.meetmoment_id = mm.id AND i.perspectief = 'inwoner' "
                              "LEFT JOIN meting p ON p.meetmoment_id = mm.id AND p.perspectief = 'professional' "
                              "WHERE mm.kwadrant_inwoner IS DISTINCT FROM i.kwadrant "
                              "OR mm.kwadrant_professional IS DISTINCT FROM p.kwadrant"))) {
        while (q.next())
            add(r, QStringLiteral("meetmoment %1: kwadranten wijken af van de metingen").arg(q.value(0).toString()));
    }
    // Migration 23 keeps the last meetmoment on the inwoner row (for the caseload's filters); its triggers and the
    // bulk import's fill must agree with the meetmomenten themselves.
    if (m_db.schemaVersion() < 23)
        return;
    const QString laatste = QStringLiteral(
        "(SELECT m.%1 FROM meetmoment m WHERE m.inwoner_id = i.id ORDER BY m.volgnummer DESC LIMIT 1)");
    if (q.exec(QStringLiteral("SELECT i.id FROM inwoner i WHERE i.laatste_volgnummer <> coalesce(%1, 0) "
                              "OR i.laatste_datum <> coalesce(%2, '') "
                              "OR i.laatste_kwadrant_inwoner IS DISTINCT FROM %3 "
                              "OR i.laatste_kwadrant_professional IS DISTINCT FROM %4")
                   .arg(laatste.arg(QStringLiteral("volgnummer")),
                       laatste.arg(QStringLiteral("datum")),
                       laatste.arg(QStringLiteral("kwadrant_inwoner")),
                       laatste.arg(QStringLiteral("kwadrant_professional"))))) {
        while (q.next())
            add(r,
                QStringLiteral("inwoner %1: het laatste meetmoment op de inwonerrij wijkt af van de meetmomenten")
                    .arg(q.value(0).toString()));
    }
}

namespace {

// One batch of metingen with their answers and draaglast (one row each since migration 22), by id.
struct MetingBatch
{
    struct Row
    {
        qint64 id;
        QString perspectief, instrument, kwadrant, antwoorden, draaglast;
        std::optional<double> competenties, sociaalKapitaal;
        int competentiesBeantwoord, sociaalKapitaalBeantwoord, probleemgebieden;
    };
    QVector<Row> rows;
};

constexpr int batchSize = 5000;

bool readBatch(QSqlDatabase& connection, qint64 after, MetingBatch& batch)
{
    batch.rows.clear();
    QSqlQuery q(connection);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, perspectief, instrument, competenties, sociaal_kapitaal, "
                             "competenties_beantwoord, sociaal_kapitaal_beantwoord, kwadrant, probleemgebieden, "
                             "antwoorden, draaglast FROM meting WHERE id > ? ORDER BY id LIMIT %1")
                  .arg(batchSize));
    q.addBindValue(after);
    if (!q.exec())
        return false;
    while (q.next())
        batch.rows.append({q.value(0).toLongLong(),
            q.value(1).toString(),
            q.value(2).toString(),
            q.value(7).toString(),
            q.value(9).toString(),
            q.value(10).toString(),
            sql::toOptionalDouble(q.value(3)),
            sql::toOptionalDouble(q.value(4)),
            q.value(5).toInt(),
            q.value(6).toInt(),
            q.value(8).toInt()});
    return true;
}

} // namespace

void Verifier::checkAuditChain(Report& r)
{
    const auto broken = AuditLog::firstBrokenRow(m_db);
    if (!broken.ok())
        r.problems << broken.errorMessage();
    else if (broken.value())
        r.problems << QStringLiteral("auditlog: regel %1 past niet in de hashketen; die regel, of een regel ervoor, is "
                                     "achteraf gewijzigd, verwijderd of ingevoegd")
                          .arg(*broken.value());
    checkAuditAnchors(r);
}

void Verifier::checkAuditAnchors(Report& r)
{
    // A clean-up may only remove what was past the minimum on its own day; an anchor that says otherwise was forged
    // or written by hand (the engines refuse the removal itself).
    if (m_db.schemaVersion() < 13)
        return;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT tot_id, grens, tijdstip FROM audit_anker ORDER BY tot_id"))) {
        add(r, QStringLiteral("auditlog: de ankers van het opschonen kunnen niet worden gelezen"));
        return;
    }
    while (q.next()) {
        const QDate grens = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        const QDate op = QDate::fromString(q.value(2).toString().left(10), Qt::ISODate);
        if (!grens.isValid() || !op.isValid() || grens > op.addYears(-AuditRetention::minimumJaren))
            add(r,
                QStringLiteral("auditlog: tot regel %1 is op %2 opgeschoond met grens %3, korter dan %4 jaar bewaard")
                    .arg(q.value(0).toLongLong())
                    .arg(q.value(2).toString().left(10), q.value(1).toString())
                    .arg(AuditRetention::minimumJaren));
    }
}

void Verifier::checkStoredFigures(Report& r)
{
    // In batches of metingen by id, so that 600,000 metingen need neither a query each nor all in memory at once.
    MetingBatch batch;
    qint64 after = 0;
    for (;;) {
        if (!readBatch(m_db.connection(), after, batch)) {
            add(r, QStringLiteral("afgeleide cijfers konden niet worden gelezen"));
            return;
        }
        if (batch.rows.isEmpty())
            return;
        after = batch.rows.constLast().id;
        for (const MetingBatch::Row& row : std::as_const(batch.rows)) {
            Meting meting;
            meting.perspectief = perspectiefFromCode(row.perspectief).value_or(Perspectief::Inwoner);
            if (row.instrument == m_instrument.id()) {
                const Status decoded = decodeerMeting(m_instrument, row.antwoorden, row.draaglast, meting);
                if (!decoded.ok()) {
                    ++r.metingenChecked;
                    add(r, QStringLiteral("meting %1: %2").arg(row.id).arg(decoded.errorMessage()));
                    continue;
                }
            }
            checkMeting(r, row.id, row.instrument, meting, [&](const MetingScore& s) {
                return sameScore(s.competenties.score, row.competenties)
                    && sameScore(s.sociaalKapitaal.score, row.sociaalKapitaal)
                    && s.competenties.beantwoord == row.competentiesBeantwoord
                    && s.sociaalKapitaal.beantwoord == row.sociaalKapitaalBeantwoord
                    && kwadrantCode(s.kwadrant) == row.kwadrant && s.probleemgebieden == row.probleemgebieden;
            });
        }
    }
}

void Verifier::checkMeting(Report& r,
    qint64 id,
    const QString& instrument,
    const Meting& meting,
    const std::function<bool(const MetingScore&)>& storedEquals)
{
    ++r.metingenChecked;
    if (instrument != m_instrument.id()) {
        add(r, QStringLiteral("meting %1: onbekende instrumentversie '%2'").arg(id).arg(instrument));
        return;
    }
    const Status valid = validateMeting(m_instrument, meting);
    if (!valid.ok()) {
        add(r, QStringLiteral("meting %1: %2").arg(id).arg(valid.errorMessage()));
        return;
    }
    if (!storedEquals(scoreMeting(m_instrument, meting)))
        add(r,
            QStringLiteral("meting %1: opgeslagen scores wijken af van een herberekening uit de antwoorden").arg(id));
}

} // namespace dw
