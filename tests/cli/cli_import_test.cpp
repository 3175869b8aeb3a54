// Data-driven: every file in tests/data/import/bad is refused whole with a reason naming what is wrong and the
// database left byte-identical; every file in tests/data/import/good imports and exports back exactly.
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace dw::test;

namespace {

const QString importDir = QStringLiteral(DW_TEST_DATA "/import");

struct BadCase
{
    QString file;
    QString reason;
};

std::vector<BadCase> badCases()
{
    std::vector<BadCase> cases;
    const QList<QByteArray> lines = readFile(importDir + QStringLiteral("/bad/expected.tsv")).split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> parts = line.split('\t');
        if (parts.size() == 2)
            cases.push_back({QString::fromUtf8(parts[0]), QString::fromUtf8(parts[1])});
    }
    return cases;
}

std::vector<QString> goodFiles()
{
    std::vector<QString> files;
    const QStringList names
        = QDir(importDir + QStringLiteral("/good")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& n : names)
        files.push_back(n);
    return files;
}

std::string caseName(const QString& file)
{
    QString n = file;
    n.remove(QStringLiteral(".json"));
    n.replace(QLatin1Char('-'), QLatin1Char('_'));
    return n.toStdString();
}

} // namespace

class BadImport : public ::testing::TestWithParam<BadCase>
{
};

TEST_P(BadImport, IsRefusedWholeWithAReasonAndTheDatabaseUntouched)
{
    CliFixture fx;
    // A database that already holds a dossier, so "untouched" means something.
    ASSERT_EQ(fx.run({QStringLiteral("import"), importDir + QStringLiteral("/good/01-diacritics.json")}).exitCode, 0);
    const QByteArray before = fx.snapshot();
    ASSERT_FALSE(before.isEmpty());

    const CliResult r = fx.run({QStringLiteral("import"), importDir + QStringLiteral("/bad/") + GetParam().file});
    EXPECT_EQ(r.exitCode, 2);
    const QString line = r.errLine();
    EXPECT_FALSE(line.contains(QLatin1Char('\n'))) << "one line expected";
    EXPECT_TRUE(line.contains(GetParam().reason))
        << line.toStdString() << "\n  should contain: " << GetParam().reason.toStdString();
    EXPECT_EQ(fx.snapshot(), before);
    EXPECT_FALSE(
        QFile::exists(fx.db() + QStringLiteral("-wal")) && readFile(fx.db() + QStringLiteral("-wal")).size() > 0);
}

INSTANTIATE_TEST_SUITE_P(Files, BadImport, ::testing::ValuesIn(badCases()), [](const auto& testInfo) {
    return caseName(testInfo.param.file);
});

class GoodImport : public ::testing::TestWithParam<QString>
{
};

TEST_P(GoodImport, ExportsBackExactly)
{
    CliFixture fx;
    const QString input = importDir + QStringLiteral("/good/") + GetParam();
    const CliResult imported = fx.run({QStringLiteral("import"), input});
    ASSERT_EQ(imported.exitCode, 0) << imported.errLine().toStdString();
    const QString output = fx.file(QStringLiteral("export.json"));
    const CliResult exported = fx.run({QStringLiteral("export"), output});
    ASSERT_EQ(exported.exitCode, 0) << exported.errLine().toStdString();
    // "export(import(x)) equals x after key sorting": QJsonDocument equality ignores key order.
    EXPECT_EQ(QJsonDocument::fromJson(readFile(output)), QJsonDocument::fromJson(readFile(input)));
}

INSTANTIATE_TEST_SUITE_P(
    Files, GoodImport, ::testing::ValuesIn(goodFiles()), [](const auto& testInfo) { return caseName(testInfo.param); });

TEST(ImportFiles, TheDataSetIsThere)
{
    EXPECT_GE(badCases().size(), 30u);
    EXPECT_GE(goodFiles().size(), 8u);
}
