// `draagwijzer-cli search TEXT [--json]` (issue 18, DESIGN.md): the caseload search the app does, for scripts.
#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace dw::test;

namespace {

const char* twee = R"({"format": "draagwijzer/1", "inwoners": [
  {"ref": "VNL-000001", "naam": "Q. Zoekmans", "geboortedatum": "1912-03-02", "gemeente": "Venlo",
   "professional": "M. Jansen", "bsn": "123456782", "adres": {"postcode": "5911 AB"}, "meetmomenten": []},
  {"ref": "ARN-000001", "naam": "R. Arendsen", "geboortedatum": "1980-07-09", "gemeente": "Arnhem",
   "meetmomenten": []}]})";

void metTwee(const CliFixture& fx)
{
    QFile f(fx.file(QStringLiteral("twee.json")));
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(twee);
    f.close();
    EXPECT_EQ(fx.run({QStringLiteral("import"), f.fileName()}).exitCode, 0);
}

} // namespace

TEST(SearchCli, FindsByNameBirthDatePostcodeAndWholeBsn)
{
    const CliFixture fx;
    metTwee(fx);
    for (const char* zoek : {"zoekm", "02-03-1912", "1912", "5911ab", "123456782"}) {
        const CliResult r = fx.run({QStringLiteral("search"), QString::fromUtf8(zoek)});
        EXPECT_EQ(r.exitCode, 0) << zoek;
        EXPECT_EQ(r.out, QByteArray("VNL-000001\tQ. Zoekmans\tVenlo\tM. Jansen\topen\n1 inwoner gevonden\n")) << zoek;
    }
    EXPECT_EQ(fx.run({QStringLiteral("search"), QStringLiteral("6782")}).out, QByteArray("0 inwoners gevonden\n"));
}

TEST(SearchCli, JsonForScripts)
{
    const CliFixture fx;
    metTwee(fx);
    const CliResult r = fx.run({QStringLiteral("search"), QStringLiteral("en"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0);
    const QJsonArray a = QJsonDocument::fromJson(r.out).array();
    ASSERT_EQ(a.size(), 2); // Zoekmans and Arendsen both hold "en"; sorted by naam
    EXPECT_EQ(a.at(0).toObject().value(QStringLiteral("ref")).toString(), QStringLiteral("VNL-000001"));
    EXPECT_EQ(a.at(1).toObject().value(QStringLiteral("ref")).toString(), QStringLiteral("ARN-000001"));
    EXPECT_EQ(a.at(1).toObject().value(QStringLiteral("gemeente")).toString(), QStringLiteral("Arnhem"));
    EXPECT_EQ(a.at(1).toObject().value(QStringLiteral("meetmomenten")).toInt(), 0);
    EXPECT_TRUE(a.at(1).toObject().value(QStringLiteral("laatste_meting")).isNull());
    EXPECT_FALSE(a.at(1).toObject().value(QStringLiteral("afgesloten")).toBool());
}

TEST(SearchCli, WithoutTextIsRefusedWithOneLine)
{
    const CliFixture fx;
    metTwee(fx);
    const CliResult r = fx.run({QStringLiteral("search")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(
        r.errLine(), QStringLiteral("draagwijzer-cli: de zoektekst ontbreekt; bedoeld is: search TEKST [--json]"));
}
