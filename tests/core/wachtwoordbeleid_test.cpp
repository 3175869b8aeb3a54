#include "core/wachtwoordbeleid.h"

#include <gtest/gtest.h>

using dw::WachtwoordBeleid;

namespace {

QString reason(const char* password, const char* account = "m.jansen")
{
    const auto s = WachtwoordBeleid::check(QString::fromUtf8(password), QString::fromUtf8(account));
    return s.ok() ? QString() : s.errorMessage();
}

} // namespace

TEST(WachtwoordBeleid, ElevenCharactersAreTooFewAndTwelveAreEnough)
{
    EXPECT_TRUE(reason("kaas-en-wijn").isEmpty()); // 12
    EXPECT_TRUE(reason("kaas-en-wij").contains(QStringLiteral("11 tekens"))); // 11
    EXPECT_TRUE(reason("kaas-en-wij").contains(QStringLiteral("minstens 12")));
}

TEST(WachtwoordBeleid, ACommonPasswordIsRefusedWithTheWordItResembles)
{
    EXPECT_TRUE(reason("Wachtwoord2026!").contains(QStringLiteral("'wachtwoord'")));
    EXPECT_TRUE(reason("welkom12345678").contains(QStringLiteral("'welkom'")));
    EXPECT_TRUE(reason("!!Qwertyuiop1").contains(QStringLiteral("'qwertyuiop'")));
    EXPECT_TRUE(reason("passwordpassword").contains(QStringLiteral("meest gebruikte")));
}

TEST(WachtwoordBeleid, RunsRepetitionsAndDigitsOnlyAreRefused)
{
    EXPECT_TRUE(reason("123456789012").contains(QStringLiteral("reeks")));
    EXPECT_TRUE(reason("aaaaaaaaaaaa").contains(QStringLiteral("herhaling")));
    EXPECT_TRUE(reason("abababababab").contains(QStringLiteral("herhaling")));
    EXPECT_TRUE(reason("20261130!!??").contains(QStringLiteral("alleen uit cijfers")));
}

TEST(WachtwoordBeleid, ThePasswordMayNotContainTheAccountName)
{
    EXPECT_TRUE(reason("xx-M.Jansen-2026").contains(QStringLiteral("accountnaam")));
    EXPECT_TRUE(reason("fiets-boom-lamp-42", "m.jansen").isEmpty());
}
