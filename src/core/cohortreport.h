#pragma once

#include <cmath>

#include "domain.h"

#include <QJsonObject>
#include <QMap>
#include <QVector>

#include <array>
#include <optional>
#include <vector>

namespace dw {

// The study's figures for a caseload (DESIGN.md, "report cohort --json"). CohortAccumulator takes aggregated
// groups and first/last pairs (storage feeds it from SQL, tests from hand-made metingen) and computes the report.

struct MeetmomentCijfers
{
    int meetmoment = 0;
    int n = 0; // metingen with a known quadrant: the base of the percentages
    int nMetingen = 0; // all metingen of this perspective at this meetmoment
    std::array<double, 4> kwadrantPct {}; // zwak, enkel_competenties, enkel_sociaal_kapitaal, dubbel
    std::optional<double> metDraagkrachtPct;
    std::optional<double> gemProbleemgebieden;
    std::optional<double> gemCompetenties;
    std::optional<double> gemSociaalKapitaal;
};

struct Verandering
{
    int n = 0;
    std::optional<double> gemVerschil; // last minus first
    std::optional<double> pTtest;
    std::optional<double> pWilcoxon;
};

struct PerspectiefCijfers
{
    QVector<MeetmomentCijfers> meetmomenten;
    Verandering competenties;
    Verandering sociaalKapitaal;
    Verandering probleemgebieden;
    int dubbelN = 0; // pairs with a known quadrant at first and last
    int dubbelB = 0; // dubbel at first, not at last
    int dubbelC = 0; // not dubbel at first, dubbel at last
    std::optional<double> dubbelMcnemarP;
};

struct KappaCijfer
{
    int meetmoment = 0;
    int n = 0;
    std::optional<double> kappa;
};

struct CohortRapport
{
    PerspectiefCijfers inwoner;
    PerspectiefCijfers professional;
    QVector<KappaCijfer> kwadrantKappa;

    const PerspectiefCijfers& perspectief(Perspectief p) const
    {
        return p == Perspectief::Inwoner ? inwoner : professional;
    }
    QJsonObject toJson() const;
};

// Percentages of very few inwoners (issue 18: the Teamoverzicht showed "100 %" for one inwoner). A share of one,
// two or five people says little about a caseload, so every percentage is shown with its n, and the Teamoverzicht
// warns when one rests on fewer than this many metingen (one meting per inwoner per meetmoment). De kracht van
// draagkracht names no minimum group size (its figures are of about a hundred inwoners per perspective); 10 is this
// application's choice: under it a single inwoner moves a percentage by more than ten points.
constexpr int minimumNVoorPercentages = 10;

// Whether percentages over `n` metingen get the warning: 0 < n < minimumNVoorPercentages (with n = 0 there are no
// percentages, only "te weinig gegevens").
bool teWeinigVoorPercentages(int n);

// A meetmoment of one perspective whose percentages rest on too few metingen.
struct KleineGroep
{
    Perspectief perspectief = Perspectief::Inwoner;
    int meetmoment = 0;
    int n = 0;
};
// Every such meetmoment in the report, inwoner first, by meetmoment; empty when no warning is due.
QVector<KleineGroep> kleineGroepen(const CohortRapport& rapport);

// One meting's stored figures, as the first or last of a pair.
struct MetingCijfers
{
    std::optional<double> competenties;
    std::optional<double> sociaalKapitaal;
    std::optional<int> probleemgebieden;
    Kwadrant kwadrant = Kwadrant::Onbekend;
};

class CohortAccumulator
{
public:
    // Score sums are kept times somSchaal: a score is a whole number of answer points divided by its answered
    // items (at most 12), so times 27720 (the least common multiple of 1..12) it is a whole number, and whole numbers
    // add up to the same total in any order. The figures then do not depend on the order rows arrive in, which
    // differs between engines and changes when anonymising rewrites the names an index is sorted by (issue 15).
    static constexpr double somSchaal = 27720.0;
    static double geschaald(double score) { return std::round(score * somSchaal); }

    // `count` metingen of perspective p at meetmoment k with quadrant kw and these sums (scores times somSchaal).
    struct Groep
    {
        Perspectief perspectief = Perspectief::Inwoner;
        int meetmoment = 1;
        Kwadrant kwadrant = Kwadrant::Onbekend;
        int count = 0;
        double somCompetenties = 0;
        int nCompetenties = 0;
        double somSociaalKapitaal = 0;
        int nSociaalKapitaal = 0;
        double somProbleemgebieden = 0;
        int nProbleemgebieden = 0;
    };
    void addGroep(const Groep& g);
    void addMeting(Perspectief p, int meetmoment, const MetingCijfers& m); // a group of one
    // The first and the last meetmoment of one inwoner with at least two meetmomenten.
    void addPaar(Perspectief p, const MetingCijfers& eerste, const MetingCijfers& laatste);
    // Both perspectives' known quadrants at one meetmoment; `count` identical pairs.
    void addKwadrantPaar(int meetmoment, Kwadrant inwoner, Kwadrant professional, int count = 1);

    CohortRapport rapport() const;

private:
    struct Sums
    {
        int metingen = 0;
        std::array<int, 4> kwadrant {};
        double somPc = 0, somSk = 0, somProb = 0;
        int nPc = 0, nSk = 0, nProb = 0;
    };
    struct Paren
    {
        std::vector<double> competenties, sociaalKapitaal, probleemgebieden;
        int dubbelN = 0, b = 0, c = 0;
    };
    QMap<int, Sums> m_sums[2];
    Paren m_paren[2];
    QMap<int, std::array<std::array<int, 4>, 4>> m_kappa; // meetmoment -> inwoner x professional counts
};

} // namespace dw
