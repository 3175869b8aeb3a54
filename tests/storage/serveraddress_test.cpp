#include "storage/serveraddress.h"

#include "support/qtprinters.h"

#include <gtest/gtest.h>

#include <cstdlib>

using namespace dw;

namespace {
// PGHOST and PGSSLMODE decide what "local" and "TLS chosen" mean; each test sets them itself.
struct CleanEnvironment
{
    CleanEnvironment()
    {
        ::unsetenv("PGHOST");
        ::unsetenv("PGSSLMODE");
    }
};
} // namespace

TEST(ServerAddress, ARemoteHostGetsTlsRequiredUnlessChosenOtherwise)
{
    CleanEnvironment clean;
    const auto remote = ServerAddress::parse(QStringLiteral("postgresql://jan@server.gemeente.local:5432/draagwijzer"));
    ASSERT_TRUE(remote.ok());
    EXPECT_FALSE(remote->isLocal());
    EXPECT_TRUE(remote->conninfo().contains(QStringLiteral("sslmode='require'"))) << remote->conninfo().toStdString();
    EXPECT_EQ(remote->displayName(), QStringLiteral("jan@server.gemeente.local:5432/draagwijzer"));

    const auto chosen = ServerAddress::parse(QStringLiteral("postgresql://jan@server/dw?sslmode=verify-full"));
    ASSERT_TRUE(chosen.ok());
    EXPECT_TRUE(chosen->conninfo().contains(QStringLiteral("sslmode='verify-full'")));
    EXPECT_FALSE(chosen->conninfo().contains(QStringLiteral("require")));

    ::setenv("PGSSLMODE", "disable", 1);
    const auto byEnvironment = ServerAddress::parse(QStringLiteral("postgresql://jan@server/dw"));
    ASSERT_TRUE(byEnvironment.ok());
    EXPECT_FALSE(byEnvironment->conninfo().contains(QStringLiteral("sslmode")));
    ::unsetenv("PGSSLMODE");
}

TEST(ServerAddress, ThisComputerNeedsNoTls)
{
    CleanEnvironment clean;
    for (const char* local :
        {"postgresql://jan@localhost/dw", "postgresql://jan@127.0.0.1/dw", "host=/var/run/postgresql"}) {
        const auto a = ServerAddress::parse(QString::fromLatin1(local));
        ASSERT_TRUE(a.ok()) << local;
        EXPECT_TRUE(a->isLocal()) << local;
        EXPECT_FALSE(a->conninfo().contains(QStringLiteral("sslmode"))) << local;
    }
}

TEST(ServerAddress, AServiceNameIsAServiceAndKeepsItsOwnTls)
{
    CleanEnvironment clean;
    const auto a = ServerAddress::parse(QStringLiteral("draagwijzer"));
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->conninfo(), QStringLiteral("service='draagwijzer'"));
    EXPECT_EQ(a->displayName(), QStringLiteral("dienst draagwijzer"));
}

TEST(ServerAddress, ThePasswordIsNeverInTheConnectionStringOrTheName)
{
    CleanEnvironment clean;
    const auto a = ServerAddress::parse(QStringLiteral("postgresql://jan:geheim@localhost/dw"));
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->password(), QStringLiteral("geheim"));
    EXPECT_FALSE(a->conninfo().contains(QStringLiteral("geheim")));
    EXPECT_FALSE(a->displayName().contains(QStringLiteral("geheim")));
}

TEST(ServerAddress, WhatLibpqCannotReadIsRefusedInDutch)
{
    const auto bad = ServerAddress::parse(QStringLiteral("host=server kleur=blauw"));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().kind, Error::Kind::BadInput);
    EXPECT_TRUE(bad.errorMessage().contains(QStringLiteral("geen geldig serveradres")))
        << bad.errorMessage().toStdString();
    EXPECT_FALSE(ServerAddress::parse(QStringLiteral("  ")).ok());
}

TEST(ServerAddress, TheSettingsPartsMakeTheSameAddress)
{
    CleanEnvironment clean;
    const ServerAddress a = ServerAddress::fromParts(QStringLiteral("server.gemeente.local"),
        5433,
        QStringLiteral("draagwijzer"),
        QStringLiteral("jan"),
        QStringLiteral("verify-full"));
    EXPECT_EQ(a.displayName(), QStringLiteral("jan@server.gemeente.local:5433/draagwijzer"));
    EXPECT_TRUE(a.conninfo().contains(QStringLiteral("sslmode='verify-full'")));
}
