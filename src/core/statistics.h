#pragma once

#include <optional>
#include <utility>
#include <vector>

// Cohort statistics exactly as ../shared/DESIGN.md decides them, so that every figure can be checked against
// R or SciPy. Every function returns nullopt ("te weinig gegevens") when it has fewer than 2 pairs or when
// the figure is undefined (e.g. a t statistic with zero variance).
namespace dw::stats {

// Values within this distance are the same (scores are means of small integers).
inline constexpr double tieTolerance = 1e-9;

// Two-sided paired t-test on the differences d (last minus first). R: t.test(x, y, paired = TRUE).
// nullopt when d.size() < 2 or when all differences are equal (zero standard deviation).
std::optional<double> pairedTTestP(const std::vector<double>& differences);

// Two-sided Wilcoxon signed-rank test on the differences: zero differences (|d| < 1e-9) dropped (Wilcoxon's
// method); differences equal after rounding to 9 decimals are ties and share their mean rank; normal
// approximation with tie correction and continuity correction 0.5. R: wilcox.test(d, exact = FALSE,
// correct = TRUE). nullopt when fewer than 2 differences were given, or none is left after dropping zeros,
// or the variance is zero.
std::optional<double> wilcoxonSignedRankP(const std::vector<double>& differences);

// Exact two-sided McNemar test: b and c are the discordant pairs. p = min(1, 2 * P(X <= min(b, c))),
// X ~ Bin(b + c, 1/2); 1 when b + c == 0.
double mcnemarExactP(int b, int c);

// Cohen's kappa, unweighted, over `categories` categories (0 .. categories-1); each pair is the category given
// by rater A and by rater B. nullopt when there are fewer than 2 pairs, or when the expected agreement is 1
// (kappa is undefined: both raters put everything in one category).
std::optional<double> cohenKappa(const std::vector<std::pair<int, int>>& pairs, int categories);

double mean(const std::vector<double>& values); // 0 for an empty vector

} // namespace dw::stats
