#include "herinneringen.h"

#include "vervolg.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace dw::herinneringen {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dw::Herinneringen", text);
}

// The current plan: the newest versie that was not withdrawn.
const Plan* huidigPlan(const Dossier& d)
{
    for (auto it = d.plannen.crbegin(); it != d.plannen.crend(); ++it) {
        if (!it->ingetrokken())
            return &*it;
    }
    return nullptr;
}

} // namespace

HerinneringBron bronVan(const Dossier& d)
{
    HerinneringBron b;
    b.inwonerId = d.inwoner.id;
    b.ref = d.inwoner.ref;
    b.naam = d.inwoner.naam;
    if (d.inwoner.status.afgesloten())
        return b; // no reminders for a closed dossier
    if (!d.meetmomenten.isEmpty()) {
        b.laatsteVolgnummer = d.meetmomenten.constLast().volgnummer;
        b.laatsteMeting = d.meetmomenten.constLast().datum;
    }
    if (const Plan* p = huidigPlan(d)) {
        b.planVersie = p->versie;
        b.afspraken = p->afspraken;
        b.doelen = p->doelen;
    }
    return b;
}

QVector<Herinnering> voor(const HerinneringBron& bron,
    int vervolgNaMaanden,
    const QVector<HerinneringStatus>& statussen,
    const QDate& vandaag)
{
    QHash<QString, HerinneringStatus> status;
    for (const HerinneringStatus& s : statussen)
        status.insert(s.sleutel, s);
    QVector<Herinnering> uit;
    // Applies what the professional did; false when it is done (and so not shown).
    const auto toevoegen = [&](Herinnering h) {
        const auto it = status.constFind(h.sleutel);
        if (it != status.cend()) {
            if (it->gedaan)
                return;
            if (it->verzetNaar.isValid()) {
                h.datum = it->verzetNaar;
                h.verzet = true;
                h.reden = it->reden;
            }
        }
        uit.append(h);
    };
    if (bron.laatsteVolgnummer > 0 && bron.laatsteMeting.isValid()) {
        Herinnering h;
        h.soort = HerinneringSoort::Vervolgmeting;
        h.sleutel = QStringLiteral("vervolgmeting:%1").arg(bron.laatsteVolgnummer);
        h.datum = vervolgDatum(bron.laatsteMeting, vervolgNaMaanden);
        h.omschrijving = tr("Vervolgmeting (meetmoment %1)").arg(bron.laatsteVolgnummer + 1);
        toevoegen(h);
    }
    for (int i = 0; i < bron.afspraken.size(); ++i) {
        const Afspraak& a = bron.afspraken.at(i);
        if (!a.wanneer.isValid())
            continue;
        Herinnering h;
        h.soort = HerinneringSoort::Afspraak;
        h.sleutel = QStringLiteral("afspraak:%1:%2").arg(bron.planVersie).arg(i + 1);
        h.datum = a.wanneer;
        h.omschrijving = a.wie.isEmpty() ? tr("Afspraak: %1").arg(a.omschrijving)
                                         : tr("Afspraak: %1 (%2)").arg(a.omschrijving, a.wie);
        const auto it = status.constFind(h.sleutel);
        const QDate zichtbaar
            = (it != status.cend() && it->verzetNaar.isValid() ? it->verzetNaar : a.wanneer).addDays(-dagenVooruit);
        if (vandaag >= zichtbaar)
            toevoegen(h);
    }
    for (int i = 0; i < bron.doelen.size(); ++i) {
        const Doel& d = bron.doelen.at(i);
        if (!d.horizon.isValid() || d.uitkomst != Uitkomst::Onbekend)
            continue;
        Herinnering h;
        h.soort = HerinneringSoort::Doel;
        h.sleutel = QStringLiteral("doel:%1:%2").arg(bron.planVersie).arg(i + 1);
        h.datum = d.horizon;
        h.omschrijving = tr("Doel %1 over de termijn, nog zonder uitkomst: %2").arg(i + 1).arg(d.omschrijving);
        const auto it = status.constFind(h.sleutel);
        const QDate vanaf = it != status.cend() && it->verzetNaar.isValid() ? it->verzetNaar : d.horizon.addDays(1);
        if (vandaag >= vanaf)
            toevoegen(h);
    }
    std::stable_sort(
        uit.begin(), uit.end(), [](const Herinnering& a, const Herinnering& b) { return a.datum < b.datum; });
    return uit;
}

QVector<Herinnering> totEnMet(const QVector<Herinnering>& alle, const QDate& tot)
{
    QVector<Herinnering> uit;
    std::copy_if(
        alle.cbegin(), alle.cend(), std::back_inserter(uit), [&tot](const Herinnering& h) { return h.datum <= tot; });
    return uit;
}

QDate eindeVanDeWeek(const QDate& dag)
{
    return dag.addDays(7 - dag.dayOfWeek());
}

} // namespace dw::herinneringen
