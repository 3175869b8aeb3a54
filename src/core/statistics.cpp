#include "statistics.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstddef>
#include <limits>

#include <boost/math/distributions/binomial.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>

namespace dw::stats {

namespace {

// Standard normal, upper tail computed directly (no 1 - cdf cancellation).
double normalLower(double z)
{
    return boost::math::cdf(boost::math::normal_distribution<double>(), z);
}

double normalUpper(double z)
{
    return boost::math::cdf(boost::math::complement(boost::math::normal_distribution<double>(), z));
}

} // namespace

double mean(const std::vector<double>& values)
{
    if (values.empty())
        return 0.0;
    double sum = 0.0;
    for (double v : values)
        sum += v;
    return sum / static_cast<double>(values.size());
}

std::optional<double> pairedTTestP(const std::vector<double>& differences)
{
    const std::size_t n = differences.size();
    if (n < 2)
        return std::nullopt;

    const double m = mean(differences);
    double sumSquares = 0.0;
    for (double d : differences)
        sumSquares += (d - m) * (d - m);
    const double sd = std::sqrt(sumSquares / static_cast<double>(n - 1));
    const double stderror = sd / std::sqrt(static_cast<double>(n));

    // R's t.test refuses "essentially constant" data: stderr < 10 * eps * |mean|. Using <= also catches an
    // exact zero standard deviation around a zero mean (which R would turn into NaN).
    if (!(stderror > 10.0 * std::numeric_limits<double>::epsilon() * std::fabs(m)))
        return std::nullopt;

    const double t = m / stderror;
    const boost::math::students_t_distribution<double> dist(static_cast<double>(n - 1));
    const double p = 2.0 * boost::math::cdf(boost::math::complement(dist, std::fabs(t)));
    return std::min(1.0, p);
}

std::optional<double> wilcoxonSignedRankP(const std::vector<double>& differences)
{
    if (differences.size() < 2)
        return std::nullopt;

    // Drop zero differences (Wilcoxon's method, as R does).
    struct Entry
    {
        double key; // |d| rounded to 9 decimals, scaled: the tie key
        bool positive;
    };
    std::vector<Entry> entries;
    entries.reserve(differences.size());
    for (double d : differences) {
        if (std::fabs(d) < tieTolerance)
            continue;
        entries.push_back({std::round(std::fabs(d) * 1e9), d > 0.0});
    }
    const std::size_t n = entries.size();
    if (n == 0)
        return std::nullopt;

    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.key < b.key; });

    // Mid-ranks over groups with equal keys; V = sum of ranks of the positive differences.
    double v = 0.0;
    double tieSum = 0.0; // sum over tie groups of t^3 - t
    std::size_t i = 0;
    while (i < n) {
        std::size_t j = i;
        while (j + 1 < n && entries[j + 1].key == entries[i].key)
            ++j;
        const double groupSize = static_cast<double>(j - i + 1);
        const double midRank = (static_cast<double>(i + 1) + static_cast<double>(j + 1)) / 2.0;
        for (std::size_t k = i; k <= j; ++k) {
            if (entries[k].positive)
                v += midRank;
        }
        tieSum += groupSize * groupSize * groupSize - groupSize;
        i = j + 1;
    }

    const double nd = static_cast<double>(n);
    const double variance = nd * (nd + 1.0) * (2.0 * nd + 1.0) / 24.0 - tieSum / 48.0;
    if (!(variance > 0.0))
        return std::nullopt;
    const double sigma = std::sqrt(variance);

    const double centred = v - nd * (nd + 1.0) / 4.0;
    const double correction = centred > 0.0 ? 0.5 : (centred < 0.0 ? -0.5 : 0.0);
    const double z = (centred - correction) / sigma;
    const double p = 2.0 * std::min(normalLower(z), normalUpper(z));
    return std::min(1.0, p);
}

double mcnemarExactP(int b, int c)
{
    assert(b >= 0 && c >= 0);
    const int total = b + c;
    if (total == 0)
        return 1.0;
    const boost::math::binomial_distribution<double> dist(static_cast<double>(total), 0.5);
    const double p = 2.0 * boost::math::cdf(dist, static_cast<double>(std::min(b, c)));
    return std::min(1.0, p);
}

std::optional<double> cohenKappa(const std::vector<std::pair<int, int>>& pairs, int categories)
{
    assert(categories > 0);
    for (const auto& [a, b] : pairs) {
        assert(a >= 0 && a < categories);
        assert(b >= 0 && b < categories);
        (void)a;
        (void)b;
    }
    if (pairs.size() < 2)
        return std::nullopt;

    const auto k = static_cast<std::size_t>(categories);
    std::vector<double> rowMarginal(k, 0.0);
    std::vector<double> colMarginal(k, 0.0);
    double agreements = 0.0;
    for (const auto& [a, b] : pairs) {
        rowMarginal[static_cast<std::size_t>(a)] += 1.0;
        colMarginal[static_cast<std::size_t>(b)] += 1.0;
        if (a == b)
            agreements += 1.0;
    }

    const double n = static_cast<double>(pairs.size());
    const double po = agreements / n;
    double pe = 0.0;
    for (std::size_t cat = 0; cat < k; ++cat)
        pe += (rowMarginal[cat] / n) * (colMarginal[cat] / n);
    if (std::fabs(1.0 - pe) <= 1e-12)
        return std::nullopt;
    return (po - pe) / (1.0 - pe);
}

} // namespace dw::stats
