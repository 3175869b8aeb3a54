#include "core/statistics.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

// Reference values were obtained independently of this code: by hand (closed forms given next to each value), with
// SciPy 1.10.1 (Debian 12, python3-scipy) and, for the Wilcoxon test, also with a plain Python transcription of R's
// wilcox.test(d, exact = FALSE, correct = TRUE). Kappa values are exact fractions computed by hand.

namespace {

using dw::stats::cohenKappa;
using dw::stats::mcnemarExactP;
using dw::stats::mean;
using dw::stats::pairedTTestP;
using dw::stats::wilcoxonSignedRankP;

constexpr double tol = 1e-9;
const double pi = std::acos(-1.0);

// Builds kappa pairs from a contingency table: table[a][b] pairs where rater A said a and rater B said b.
std::vector<std::pair<int, int>> pairsFromTable(const std::vector<std::vector<int>>& table)
{
    std::vector<std::pair<int, int>> pairs;
    for (std::size_t a = 0; a < table.size(); ++a) {
        for (std::size_t b = 0; b < table[a].size(); ++b) {
            for (int i = 0; i < table[a][b]; ++i)
                pairs.emplace_back(static_cast<int>(a), static_cast<int>(b));
        }
    }
    return pairs;
}

// ---------------------------------------------------------------------------------------------------------------
// mean

TEST(StatisticsMean, EmptyIsZero)
{
    EXPECT_EQ(mean({}), 0.0);
}

TEST(StatisticsMean, ArithmeticMean)
{
    EXPECT_DOUBLE_EQ(mean({1.0, 2.0, 3.0, 4.0}), 2.5); // (1+2+3+4)/4
    EXPECT_DOUBLE_EQ(mean({-2.0, 2.0}), 0.0);
    EXPECT_DOUBLE_EQ(mean({7.0}), 7.0);
}

// ---------------------------------------------------------------------------------------------------------------
// Paired t-test

TEST(StatisticsPairedT, ThreeDifferencesByHand)
{
    // d = {1,2,3}: mean 2, sd 1, t = 2/(1/sqrt 3) = sqrt 12, df 2. For df 2 the two-sided p is 1 - t/sqrt(2 + t^2)
    // = 1 - sqrt(12/14) = 0.0741799002274485...; scipy.stats.ttest_1samp([1,2,3], 0) -> 0.07417990022744853.
    const auto p = pairedTTestP({1.0, 2.0, 3.0});
    ASSERT_TRUE(p.has_value());
    EXPECT_NEAR(*p, 1.0 - std::sqrt(6.0 / 7.0), tol);
    EXPECT_NEAR(*p, 0.07417990022744853, tol);
}

TEST(StatisticsPairedT, SignOfDifferencesDoesNotMatter)
{
    // Two-sided: d = {-1,-2,-3} has t = -sqrt 12 and the same p as above.
    const auto p = pairedTTestP({-1.0, -2.0, -3.0});
    ASSERT_TRUE(p.has_value());
    EXPECT_NEAR(*p, 1.0 - std::sqrt(6.0 / 7.0), tol);
}

TEST(StatisticsPairedT, TwoPairsMinimum)
{
    // d = {1,3}: mean 2, sd sqrt 2, se 1, t = 2, df 1 (Cauchy): p = 1 - 2*atan(2)/pi = 0.2951672353...;
    // scipy.stats.ttest_1samp([1,3], 0) -> 0.2951672353008664.
    const auto p = pairedTTestP({1.0, 3.0});
    ASSERT_TRUE(p.has_value());
    EXPECT_NEAR(*p, 1.0 - 2.0 * std::atan(2.0) / pi, tol);
    EXPECT_NEAR(*p, 0.2951672353008664, tol);
}

TEST(StatisticsPairedT, BeforeAfterCohort)
{
    const std::vector<double> before = {12.1, 14.3, 11.8, 15.2, 13.9, 12.7, 16.0, 14.4, 13.1, 12.9};
    const std::vector<double> after = {13.0, 15.1, 11.5, 16.8, 14.6, 13.9, 16.2, 15.9, 13.0, 14.1};
    std::vector<double> d;
    for (std::size_t i = 0; i < before.size(); ++i)
        d.push_back(after[i] - before[i]);
    // scipy.stats.ttest_rel(after, before).pvalue -> 0.004717385869453494 (R: t.test(after, before, paired = TRUE)).
    const auto p = pairedTTestP(d);
    ASSERT_TRUE(p.has_value());
    EXPECT_NEAR(*p, 0.004717385869453494, 1e-12);
}

TEST(StatisticsPairedT, FewerThanTwoValuesIsNullopt)
{
    EXPECT_FALSE(pairedTTestP({}).has_value());
    EXPECT_FALSE(pairedTTestP({1.5}).has_value());
}

TEST(StatisticsPairedT, ZeroVarianceIsNullopt)
{
    EXPECT_FALSE(pairedTTestP({2.0, 2.0, 2.0}).has_value());
    EXPECT_FALSE(pairedTTestP({0.0, 0.0}).has_value());
    EXPECT_FALSE(pairedTTestP({-0.5, -0.5, -0.5, -0.5}).has_value());
    // 0.1 is not representable: the floating-point mean may differ from 0.1 in the last bit; still constant data.
    EXPECT_FALSE(pairedTTestP({0.1, 0.1, 0.1}).has_value());
}

// ---------------------------------------------------------------------------------------------------------------
// Wilcoxon signed-rank test

TEST(StatisticsWilcoxon, ThreeDifferencesByHand)
{
    // d = {1,2,3}: n = 3, V = 1+2+3 = 6, E[V] = 3, sigma^2 = 3*4*7/24 = 3.5, z = (6-3-0.5)/sqrt(3.5),
    // p = 2*(1 - Phi(2.5/sqrt 3.5)); scipy.stats.wilcoxon(d, zero_method='wilcox', correction=True,
    // method='approx') -> 0.18144920772142048.
    const auto p = wilcoxonSignedRankP({1.0, 2.0, 3.0});
    ASSERT_TRUE(p.has_value());
    EXPECT_NEAR(*p, std::erfc(2.5 / std::sqrt(3.5) / std::sqrt(2.0)), tol); // 2*(1-Phi(x)) = erfc(x/sqrt 2)
    EXPECT_NEAR(*p, 0.18144920772142048, tol);
}

TEST(StatisticsWilcoxon, NegativeDifferencesSymmetric)
{
    // d = {-1,-2,-3}: V = 0, z = (0-3+0.5)/sqrt(3.5); same two-sided p; scipy -> 0.18144920772142048.
    const auto p = wilcoxonSignedRankP({-1.0, -2.0, -3.0});
    ASSERT_TRUE(p.has_value());
    EXPECT_NEAR(*p, 0.18144920772142048, tol);
}

TEST(StatisticsWilcoxon, TiesAndZerosDropped)
{
    // d = {0,1,-1,2,2,3,-4,0,5}: zeros dropped -> n = 7; |d| ranks: 1,1 -> 1.5, 2,2 -> 3.5, 3 -> 5, 4 -> 6,
    // 5 -> 7. V = 1.5+3.5+3.5+5+7 = 20.5, E[V] = 14, sigma^2 = 7*8*15/24 - (6+6)/48 = 34.75,
    // z = (20.5-14-0.5)/sqrt(34.75). scipy.stats.wilcoxon(d, zero_method='wilcox', correction=True,
    // method='approx') -> 0.3087603135275324 (hand formula in Python gives the same).
    const auto p = wilcoxonSignedRankP({0.0, 1.0, -1.0, 2.0, 2.0, 3.0, -4.0, 0.0, 5.0});
    ASSERT_TRUE(p.has_value());
    EXPECT_NEAR(*p, std::erfc(6.0 / std::sqrt(34.75) / std::sqrt(2.0)), tol);
    EXPECT_NEAR(*p, 0.3087603135275324, tol);
}

TEST(StatisticsWilcoxon, LikertCohortWithManyTies)
{
    // Differences of half-point scores, 2 zeros and many ties: n = 13, V = 77.5, sigma^2 = 200.875.
    // scipy.stats.wilcoxon(d, zero_method='wilcox', correction=True, method='approx') -> 0.026247516856685974.
    const std::vector<double> d = {0.5, 1.0, -0.5, 0.0, 1.5, 0.5, 2.0, -1.0, 0.5, 1.0, 0.0, 1.5, -0.5, 2.5, 1.0};
    const auto p = wilcoxonSignedRankP(d);
    ASSERT_TRUE(p.has_value());
    EXPECT_NEAR(*p, 0.026247516856685974, tol);
}

TEST(StatisticsWilcoxon, NearZeroDifferencesAreDropped)
{
    // 0.1+0.2-0.3 = 5.55e-17 and 1e-10 are below the 1e-9 tolerance, so this is d = {1,2,3}: 0.18144920772142048.
    const auto p = wilcoxonSignedRankP({0.1 + 0.2 - 0.3, 1.0, -1e-10, 2.0, 3.0});
    ASSERT_TRUE(p.has_value());
    EXPECT_NEAR(*p, 0.18144920772142048, tol);
}

TEST(StatisticsWilcoxon, RoundingMakesFloatingPointTies)
{
    // 0.1+0.2 = 0.30000000000000004 and -0.3 must tie (mid-rank 1.5 each). Reference with the exact decimals
    // d = {0.3,-0.3,0.5,-0.7,1.1,0.9}: n = 6, V = 1.5+3+6+5 = 15.5, sigma^2 = 6*7*13/24 - 6/48 = 22.625;
    // scipy.stats.wilcoxon(..., zero_method='wilcox', correction=True, method='approx') -> 0.344118496135312.
    // (scipy on the raw floats ranks them 1 and 2 and gives 0.29450739368011014 - the value we must NOT get.)
    const auto p = wilcoxonSignedRankP({0.1 + 0.2, -0.3, 0.5, -0.7, 1.1, 0.9});
    ASSERT_TRUE(p.has_value());
    EXPECT_NEAR(*p, 0.344118496135312, tol);
    EXPECT_NEAR(*p, std::erfc(4.5 / std::sqrt(22.625) / std::sqrt(2.0)), tol); // z = (15.5-10.5-0.5)/sigma
}

TEST(StatisticsWilcoxon, SingleNonZeroDifference)
{
    // d = {0,2}: one value left, V = 1, E[V] = 0.5, correction 0.5 -> z = 0 -> p = 1 (R and scipy give 1.0).
    const auto p = wilcoxonSignedRankP({0.0, 2.0});
    ASSERT_TRUE(p.has_value());
    EXPECT_NEAR(*p, 1.0, tol);
}

TEST(StatisticsWilcoxon, AllZeroIsNullopt)
{
    EXPECT_FALSE(wilcoxonSignedRankP({0.0, 0.0, 0.0}).has_value());
    EXPECT_FALSE(wilcoxonSignedRankP({0.0, 1e-12, -5e-10}).has_value());
}

TEST(StatisticsWilcoxon, FewerThanTwoValuesIsNullopt)
{
    EXPECT_FALSE(wilcoxonSignedRankP({}).has_value());
    EXPECT_FALSE(wilcoxonSignedRankP({3.0}).has_value());
}

// ---------------------------------------------------------------------------------------------------------------
// McNemar exact test

TEST(StatisticsMcNemar, NoDiscordantPairsIsOne)
{
    EXPECT_EQ(mcnemarExactP(0, 0), 1.0);
}

TEST(StatisticsMcNemar, AllDiscordantOneWay)
{
    // b=0, c=5: 2 * P(X <= 0), X ~ Bin(5, 1/2) = 2 * 1/32 = 0.0625; scipy.stats.binomtest(0, 5, 0.5) -> 0.0625.
    EXPECT_NEAR(mcnemarExactP(0, 5), 0.0625, 1e-12);
    EXPECT_NEAR(mcnemarExactP(5, 0), 0.0625, 1e-12);
}

TEST(StatisticsMcNemar, SmallTablesByHand)
{
    // b=1, c=4: 2 * (1 + 5)/32 = 0.375; scipy.stats.binomtest(1, 5, 0.5) -> 0.375.
    EXPECT_NEAR(mcnemarExactP(1, 4), 0.375, 1e-12);
    // b=2, c=10: 2 * (1 + 12 + 66)/4096 = 0.03857421875; scipy.stats.binomtest(2, 12, 0.5) -> 0.03857421875.
    EXPECT_NEAR(mcnemarExactP(2, 10), 0.03857421875, 1e-12);
}

TEST(StatisticsMcNemar, ClampedToOne)
{
    // b=c=3: 2 * P(X <= 3), X ~ Bin(6, 1/2) = 2 * 42/64 = 1.3125 -> 1; scipy binomtest(3, 6, 0.5) -> 1.0.
    EXPECT_EQ(mcnemarExactP(3, 3), 1.0);
    // b=5, c=4: 2 * 256/512 = 1 exactly; b=0, c=1: 2 * 1/2 = 1.
    EXPECT_NEAR(mcnemarExactP(5, 4), 1.0, 1e-12);
    EXPECT_NEAR(mcnemarExactP(0, 1), 1.0, 1e-12);
}

TEST(StatisticsMcNemar, LargeCounts)
{
    // b=40, c=60: scipy.stats.binomtest(k=40, n=100, p=0.5).pvalue -> 0.05688793364098088
    // (= 2*scipy.stats.binom.cdf(40, 100, 0.5); R: binom.test(40, 100)).
    EXPECT_NEAR(mcnemarExactP(40, 60), 0.05688793364098088, 1e-12);
    EXPECT_NEAR(mcnemarExactP(60, 40), 0.05688793364098088, 1e-12);
}

// ---------------------------------------------------------------------------------------------------------------
// Cohen's kappa

TEST(StatisticsKappa, PerfectAgreementIsOne)
{
    const std::vector<std::pair<int, int>> pairs = {{0, 0}, {1, 1}, {2, 2}, {1, 1}, {0, 0}};
    const auto k = cohenKappa(pairs, 3);
    ASSERT_TRUE(k.has_value());
    EXPECT_NEAR(*k, 1.0, 1e-12);
}

TEST(StatisticsKappa, TextbookTwoByTwo)
{
    // Wikipedia "Cohen's kappa" example: yes/yes 20, yes/no 5, no/yes 10, no/no 15 (n = 50).
    // po = 35/50 = 0.7; A yes 25/50, B yes 30/50; pe = 0.5*0.6 + 0.5*0.4 = 0.5; kappa = 0.2/0.5 = 0.4.
    const auto k = cohenKappa(pairsFromTable({{20, 5}, {10, 15}}), 2);
    ASSERT_TRUE(k.has_value());
    EXPECT_NEAR(*k, 0.4, 1e-12);
}

TEST(StatisticsKappa, ThreeByThreeByHand)
{
    // Table {{10,2,3},{1,15,4},{2,1,12}}, n = 50: po = 37/50 = 0.74; rows 15,20,15; columns 13,18,19;
    // pe = (15*13 + 20*18 + 15*19)/2500 = 840/2500 = 0.336; kappa = 0.404/0.664 = 101/166 = 0.608433734939759...
    const auto k = cohenKappa(pairsFromTable({{10, 2, 3}, {1, 15, 4}, {2, 1, 12}}), 3);
    ASSERT_TRUE(k.has_value());
    EXPECT_NEAR(*k, 101.0 / 166.0, 1e-12);
}

TEST(StatisticsKappa, UnusedCategoriesDoNotChangeKappa)
{
    // Same 2x2 table as the textbook example, declared with 5 categories: still 0.4.
    const auto k = cohenKappa(pairsFromTable({{20, 5}, {10, 15}}), 5);
    ASSERT_TRUE(k.has_value());
    EXPECT_NEAR(*k, 0.4, 1e-12);
}

TEST(StatisticsKappa, CompleteDisagreementTwoPairs)
{
    // {(0,1),(1,0)}: po = 0, pe = 0.5*0.5 + 0.5*0.5 = 0.5, kappa = (0-0.5)/(1-0.5) = -1.
    const auto k = cohenKappa({{0, 1}, {1, 0}}, 2);
    ASSERT_TRUE(k.has_value());
    EXPECT_NEAR(*k, -1.0, 1e-12);
}

TEST(StatisticsKappa, ExpectedAgreementOneIsNullopt)
{
    // Both raters put everything in category 2: pe = 1, kappa undefined.
    EXPECT_FALSE(cohenKappa({{2, 2}, {2, 2}, {2, 2}}, 4).has_value());
}

TEST(StatisticsKappa, FewerThanTwoPairsIsNullopt)
{
    EXPECT_FALSE(cohenKappa({}, 3).has_value());
    EXPECT_FALSE(cohenKappa({{0, 1}}, 3).has_value());
}

#ifndef NDEBUG
TEST(StatisticsKappaDeathTest, CategoryOutOfRangeAsserts)
{
    EXPECT_DEATH(cohenKappa({{0, 0}, {3, 1}}, 3), "");
    EXPECT_DEATH(cohenKappa({{0, -1}, {1, 1}}, 3), "");
}
#endif

} // namespace
