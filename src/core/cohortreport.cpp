#include "cohortreport.h"

#include "statistics.h"

#include <QJsonArray>

#include <algorithm>

namespace dw {

namespace {

int kwadrantIndex(Kwadrant k)
{
    return static_cast<int>(k) - 1;
} // Zwak = 0 .. Dubbel = 3

std::optional<double> ratio(double sum, int n)
{
    if (n == 0)
        return std::nullopt;
    return sum / n;
}

// Sorted first: a sum of doubles depends on the order of its terms, and the order the engine returns the pairs in
// is not fixed (anonymising, which changes the names the indexes are sorted by, must not change a figure).
Verandering verandering(std::vector<double> d)
{
    std::sort(d.begin(), d.end());
    Verandering v;
    v.n = static_cast<int>(d.size());
    if (!d.empty())
        v.gemVerschil = stats::mean(d);
    v.pTtest = stats::pairedTTestP(d);
    v.pWilcoxon = stats::wilcoxonSignedRankP(d);
    return v;
}

QJsonValue number(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject veranderingJson(const Verandering& v)
{
    return QJsonObject {{QStringLiteral("n"), v.n},
        {QStringLiteral("gem_verschil"), number(v.gemVerschil)},
        {QStringLiteral("p_ttest"), number(v.pTtest)},
        {QStringLiteral("p_wilcoxon"), number(v.pWilcoxon)}};
}

QJsonObject perspectiefJson(const PerspectiefCijfers& p)
{
    QJsonArray meetmomenten;
    for (const MeetmomentCijfers& m : p.meetmomenten) {
        QJsonObject pct;
        for (Kwadrant k : bekendeKwadranten)
            pct.insert(kwadrantCode(k), m.n > 0 ? QJsonValue(m.kwadrantPct[kwadrantIndex(k)]) : QJsonValue());
        meetmomenten.append(QJsonObject {{QStringLiteral("meetmoment"), m.meetmoment},
            {QStringLiteral("n"), m.n},
            {QStringLiteral("n_metingen"), m.nMetingen},
            {QStringLiteral("kwadrant_pct"), pct},
            {QStringLiteral("met_draagkracht_pct"), number(m.metDraagkrachtPct)},
            {QStringLiteral("gem_probleemgebieden"), number(m.gemProbleemgebieden)},
            {QStringLiteral("gem_competenties"), number(m.gemCompetenties)},
            {QStringLiteral("gem_sociaal_kapitaal"), number(m.gemSociaalKapitaal)}});
    }
    QJsonObject verandering {{QStringLiteral("competenties"), veranderingJson(p.competenties)},
        {QStringLiteral("sociaal_kapitaal"), veranderingJson(p.sociaalKapitaal)},
        {QStringLiteral("probleemgebieden"), veranderingJson(p.probleemgebieden)},
        {QStringLiteral("dubbel_n"), p.dubbelN},
        {QStringLiteral("dubbel_mcnemar_p"), number(p.dubbelMcnemarP)}};
    return QJsonObject {{QStringLiteral("meetmomenten"), meetmomenten}, {QStringLiteral("verandering"), verandering}};
}

} // namespace

void CohortAccumulator::addGroep(const Groep& g)
{
    Sums& s = m_sums[static_cast<int>(g.perspectief)][g.meetmoment];
    s.metingen += g.count;
    if (g.kwadrant != Kwadrant::Onbekend)
        s.kwadrant[kwadrantIndex(g.kwadrant)] += g.count;
    s.somPc += g.somCompetenties;
    s.nPc += g.nCompetenties;
    s.somSk += g.somSociaalKapitaal;
    s.nSk += g.nSociaalKapitaal;
    s.somProb += g.somProbleemgebieden;
    s.nProb += g.nProbleemgebieden;
}

void CohortAccumulator::addMeting(Perspectief p, int meetmoment, const MetingCijfers& m)
{
    Groep g;
    g.perspectief = p;
    g.meetmoment = meetmoment;
    g.kwadrant = m.kwadrant;
    g.count = 1;
    g.somCompetenties = geschaald(m.competenties.value_or(0));
    g.nCompetenties = m.competenties ? 1 : 0;
    g.somSociaalKapitaal = geschaald(m.sociaalKapitaal.value_or(0));
    g.nSociaalKapitaal = m.sociaalKapitaal ? 1 : 0;
    g.somProbleemgebieden = m.probleemgebieden.value_or(0);
    g.nProbleemgebieden = m.probleemgebieden ? 1 : 0;
    addGroep(g);
}

void CohortAccumulator::addPaar(Perspectief p, const MetingCijfers& eerste, const MetingCijfers& laatste)
{
    Paren& paren = m_paren[static_cast<int>(p)];
    if (eerste.competenties && laatste.competenties)
        paren.competenties.push_back(*laatste.competenties - *eerste.competenties);
    if (eerste.sociaalKapitaal && laatste.sociaalKapitaal)
        paren.sociaalKapitaal.push_back(*laatste.sociaalKapitaal - *eerste.sociaalKapitaal);
    if (eerste.probleemgebieden && laatste.probleemgebieden)
        paren.probleemgebieden.push_back(*laatste.probleemgebieden - *eerste.probleemgebieden);
    if (eerste.kwadrant != Kwadrant::Onbekend && laatste.kwadrant != Kwadrant::Onbekend) {
        ++paren.dubbelN;
        const bool voor = eerste.kwadrant == Kwadrant::Dubbel;
        const bool na = laatste.kwadrant == Kwadrant::Dubbel;
        paren.b += voor && !na;
        paren.c += !voor && na;
    }
}

void CohortAccumulator::addKwadrantPaar(int meetmoment, Kwadrant inwoner, Kwadrant professional, int count)
{
    if (inwoner == Kwadrant::Onbekend || professional == Kwadrant::Onbekend)
        return;
    auto it = m_kappa.find(meetmoment);
    if (it == m_kappa.end())
        it = m_kappa.insert(meetmoment, {});
    (*it)[kwadrantIndex(inwoner)][kwadrantIndex(professional)] += count;
}

CohortRapport CohortAccumulator::rapport() const
{
    CohortRapport r;
    for (Perspectief p : allePerspectieven) {
        PerspectiefCijfers& out = p == Perspectief::Inwoner ? r.inwoner : r.professional;
        const auto& sums = m_sums[static_cast<int>(p)];
        for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
            const Sums& s = it.value();
            MeetmomentCijfers m;
            m.meetmoment = it.key();
            m.nMetingen = s.metingen;
            for (int k = 0; k < 4; ++k)
                m.n += s.kwadrant[k];
            if (m.n > 0) {
                for (int k = 0; k < 4; ++k)
                    m.kwadrantPct[k] = 100.0 * s.kwadrant[k] / m.n;
                m.metDraagkrachtPct = 100.0 * (m.n - s.kwadrant[0]) / m.n;
            }
            m.gemCompetenties = ratio(s.somPc / somSchaal, s.nPc);
            m.gemSociaalKapitaal = ratio(s.somSk / somSchaal, s.nSk);
            m.gemProbleemgebieden = ratio(s.somProb, s.nProb);
            out.meetmomenten.append(m);
        }
        const Paren& paren = m_paren[static_cast<int>(p)];
        out.competenties = verandering(paren.competenties);
        out.sociaalKapitaal = verandering(paren.sociaalKapitaal);
        out.probleemgebieden = verandering(paren.probleemgebieden);
        out.dubbelN = paren.dubbelN;
        out.dubbelB = paren.b;
        out.dubbelC = paren.c;
        if (paren.dubbelN >= 2)
            out.dubbelMcnemarP = stats::mcnemarExactP(paren.b, paren.c);
    }
    for (auto it = m_kappa.cbegin(); it != m_kappa.cend(); ++it) {
        std::vector<std::pair<int, int>> pairs;
        for (int a = 0; a < 4; ++a) {
            for (int b = 0; b < 4; ++b)
                pairs.insert(pairs.end(), static_cast<size_t>(it.value()[a][b]), {a, b});
        }
        r.kwadrantKappa.append({it.key(), static_cast<int>(pairs.size()), stats::cohenKappa(pairs, 4)});
    }
    return r;
}

QJsonObject CohortRapport::toJson() const
{
    QJsonArray kappa;
    for (const KappaCijfer& k : kwadrantKappa)
        kappa.append(QJsonObject {{QStringLiteral("meetmoment"), k.meetmoment},
            {QStringLiteral("n"), k.n},
            {QStringLiteral("kappa"), number(k.kappa)}});
    return QJsonObject {{QStringLiteral("perspectieven"),
                            QJsonObject {{QStringLiteral("inwoner"), perspectiefJson(inwoner)},
                                {QStringLiteral("professional"), perspectiefJson(professional)}}},
        {QStringLiteral("overeenstemming"), QJsonObject {{QStringLiteral("kwadrant_kappa"), kappa}}}};
}

bool teWeinigVoorPercentages(int n)
{
    return n > 0 && n < minimumNVoorPercentages;
}

QVector<KleineGroep> kleineGroepen(const CohortRapport& rapport)
{
    QVector<KleineGroep> uit;
    for (Perspectief p : allePerspectieven) {
        for (const MeetmomentCijfers& m : rapport.perspectief(p).meetmomenten) {
            if (teWeinigVoorPercentages(m.n))
                uit.append({p, m.meetmoment, m.n});
        }
    }
    return uit;
}

} // namespace dw
