#include "verifier.h"

#include "database.h"
#include "migrations.h"
#include "sqlhelpers.h"

#include "core/scoring.h"

#include <QSqlQuery>

#include <cmath>

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
    checkEngine(r, quick);
    if (!r.healthy() || quick)
        return r;
    checkNumbering(r);
    checkStoredFigures(r);
    return r;
}

void Verifier::checkEngine(Report& r, bool quick)
{
    const auto problems = m_db.dialect().checkIntegrity(m_db.connection(), quick);
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
    if (q.exec(QStringLiteral(
            "SELECT mm.id FROM meetmoment mm "
            "LEFT JOIN meting i ON i.meetmoment_id = mm.id AND i.perspectief = 'inwoner' "
            "LEFT JOIN meting p ON p.meetmoment_id = mm.id AND p.perspectief = 'professional' "
            "WHERE mm.kwadrant_inwoner IS NOT i.kwadrant OR mm.kwadrant_professional IS NOT p.kwadrant"))) {
        while (q.next())
            add(r, QStringLiteral("meetmoment %1: kwadranten wijken af van de metingen").arg(q.value(0).toString()));
    }
}

void Verifier::checkStoredFigures(Report& r)
{
    // Three ordered streams merged by meting id, so that 600,000 metingen need no per-meting query.
    QSqlQuery m(m_db.connection()), a(m_db.connection()), d(m_db.connection());
    for (QSqlQuery* q : {&m, &a, &d})
        q->setForwardOnly(true);
    const bool ok = m.exec(QStringLiteral("SELECT id, perspectief, instrument, competenties, sociaal_kapitaal, "
                                          "competenties_beantwoord, sociaal_kapitaal_beantwoord, kwadrant, "
                                          "probleemgebieden FROM meting ORDER BY id"))
        && a.exec(QStringLiteral("SELECT meting_id, item, waarde FROM antwoord ORDER BY meting_id"))
        && d.exec(QStringLiteral("SELECT meting_id, levensgebied, niveau FROM draaglast ORDER BY meting_id"));
    if (!ok) {
        add(r, QStringLiteral("afgeleide cijfers konden niet worden gelezen"));
        return;
    }
    bool aMore = a.next(), dMore = d.next();
    while (m.next()) {
        const qint64 id = m.value(0).toLongLong();
        Meting meting;
        meting.perspectief = perspectiefFromCode(m.value(1).toString()).value_or(Perspectief::Inwoner);
        while (aMore && a.value(0).toLongLong() < id)
            aMore = a.next();
        for (; aMore && a.value(0).toLongLong() == id; aMore = a.next())
            meting.antwoorden.insert(a.value(1).toString(), a.value(2).toInt());
        while (dMore && d.value(0).toLongLong() < id)
            dMore = d.next();
        for (; dMore && d.value(0).toLongLong() == id; dMore = d.next())
            meting.draaglast.insert(d.value(1).toString(), sql::toOptionalInt(d.value(2)));
        ++r.metingenChecked;
        if (m.value(2).toString() != m_instrument.id()) {
            add(r, QStringLiteral("meting %1: onbekende instrumentversie '%2'").arg(id).arg(m.value(2).toString()));
            continue;
        }
        const Status valid = validateMeting(m_instrument, meting);
        if (!valid.ok()) {
            add(r, QStringLiteral("meting %1: %2").arg(id).arg(valid.errorMessage()));
            continue;
        }
        const MetingScore s = scoreMeting(m_instrument, meting);
        if (!sameScore(s.competenties.score, sql::toOptionalDouble(m.value(3)))
            || !sameScore(s.sociaalKapitaal.score, sql::toOptionalDouble(m.value(4)))
            || s.competenties.beantwoord != m.value(5).toInt() || s.sociaalKapitaal.beantwoord != m.value(6).toInt()
            || kwadrantCode(s.kwadrant) != m.value(7).toString() || s.probleemgebieden != m.value(8).toInt())
            add(r,
                QStringLiteral("meting %1: opgeslagen scores wijken af van een herberekening uit de antwoorden")
                    .arg(id));
    }
}

} // namespace dw
