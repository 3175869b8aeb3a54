#pragma once

#include "account.h"
#include "dossier.h"
#include "instrument.h"
#include "socialekaart.h"

#include <QStringList>

#include <cstdint>
#include <random>

namespace dw {

// A synthetic cohort that looks like the study: six gemeenten, a nulmeting in 2016 and two follow-ups over two
// years, both perspectives, a modest improvement, some open answers and n.v.t. levels, and plans for most
// inwoners. Inwoner i depends only on (seed, i), so any slice can be generated alone and the cohort is
// reproducible on every platform (no std:: distributions, whose output is implementation-defined).
class DemoGenerator
{
public:
    // With `vandaag` (issue 18), each dossier is moved in time so that its last date lies in the 18 months before
    // it: a demo made today has meetmomenten that are due now and then, not all years overdue. Without, the dates
    // are those of the study's years (2016-2018), which tests rely on.
    DemoGenerator(const Instrument& instrument, std::uint64_t seed, const QDate& vandaag = QDate());

    Dossier dossier(int index) const;

    static const QStringList& gemeenten();
    // A small sociale kaart for the six gemeenten: each interventie type has local and regional services.
    static QVector<Voorziening> socialeKaart();

    // Accounts for trying the app, one or more per role: the six professionals of the cohort (teams Noord and
    // Zuid), a teamleider per team and a beheerder. The passwords are printed by `demo` and in README.md; they are
    // for a demo database only.
    struct DemoAccount
    {
        QString naam;
        Rollen rollen;
        QString team;
        QString wachtwoord;
    };
    static QVector<DemoAccount> accounts();

private:
    static void voegJournaalToe(Dossier& d);
    const Instrument& m_instrument;
    std::uint64_t m_seed;
    QDate m_vandaag;
};

} // namespace dw
