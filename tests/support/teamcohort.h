#pragma once

#include "core/demogenerator.h"
#include "core/instrument.h"
#include "storage/database.h"
#include "storage/dossierstore.h"

#include <QTemporaryDir>

namespace dw::test {

// A demo cohort (DemoGenerator, seed 7) in a new SQLite file in a temporary folder that goes with the object: the
// Teamoverzicht's tests use 1,200 inwoners, so that its follow-up list has three pages.
class TeamCohort
{
public:
    explicit TeamCohort(int inwoners)
        : m_path(m_dir.filePath(QStringLiteral("team.sqlite")))
    {
        auto db = Database::open(m_path);
        if (!db.ok()) {
            m_status = db.error();
            return;
        }
        const DemoGenerator g(Instrument::standaard(), 7);
        m_status = DossierStore(*db.value(), Instrument::standaard()).importGenerated(inwoners, [&g](int i) {
            return g.dossier(i);
        });
    }
    const Status& status() const { return m_status; }
    const QString& path() const { return m_path; }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    Status m_status;
};

} // namespace dw::test
