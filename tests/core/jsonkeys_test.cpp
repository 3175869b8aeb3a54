// core/jsonkeys.h: what Qt's JSON parser lets through without a word.
#include "core/jsonkeys.h"

#include <QJsonParseError>

#include <gtest/gtest.h>

using namespace dw;

TEST(JsonKeys, ALoneSurrogateEscapeIsMarkedSoTheFieldIsRefused)
{
    EXPECT_EQ(markLoneSurrogates(R"({"naam": "A\ud800B"})"), QByteArray(R"({"naam": "A\uffffB"})"));
    EXPECT_EQ(markLoneSurrogates(R"({"ref": "X\uDC00"})"), QByteArray(R"({"ref": "X\uffff"})"));
    // A high surrogate followed by something other than a low one is lone too.
    EXPECT_EQ(markLoneSurrogates(R"(["\ud83d\u0041"])"), QByteArray(R"(["\uffff\u0041"])"));
}

TEST(JsonKeys, ProperPairsEscapedBackslashesAndKeysOutsideStringsStayAsTheyAre)
{
    const QByteArray pair = R"({"naam": "blij \ud83d\ude00"})";
    EXPECT_EQ(markLoneSurrogates(pair), pair);
    const QByteArray escapedBackslash = R"({"pad": "C:\\ud800"})"; // a backslash, then the letters ud800
    EXPECT_EQ(markLoneSurrogates(escapedBackslash), escapedBackslash);
    const QByteArray quoteInside = R"({"a": "zei \"\ud800\""})";
    EXPECT_EQ(markLoneSurrogates(quoteInside), QByteArray(R"({"a": "zei \"\uffff\""})"));
}

TEST(JsonKeys, ParseErrorsAreSaidInDutch)
{
    EXPECT_EQ(jsonParseErrorSentence(QJsonParseError::UnterminatedString),
        QStringLiteral("een tekst is niet afgesloten met \""));
    EXPECT_EQ(jsonParseErrorSentence(QJsonParseError::GarbageAtEnd),
        QStringLiteral("er staat nog iets na het einde van het document"));
}
