#include "core/indentedjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "support/qtprinters.h"

#include <gtest/gtest.h>

using namespace dw;

namespace {

// Qt's bytes for a document, without the final newline that toJson adds and IndentedJson leaves to its caller.
QByteArray qtBytes(const QJsonObject& o)
{
    QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Indented);
    json.chop(1);
    return json;
}

} // namespace

TEST(IndentedJson, NestedObjectsAndArraysAreIndentedAsQtDoes)
{
    QByteArray out;
    IndentedJson json(out, 0);
    json.beginObject();
    json.key(QLatin1String("a"));
    json.beginArray();
    json.value(1);
    json.beginObject();
    json.key(QLatin1String("b"));
    json.null();
    json.endObject();
    json.value(false);
    json.endArray();
    json.key(QLatin1String("c"));
    json.value(qint64(-9007199254740993));
    json.endObject();

    // Worked out by hand from qjsonwriter.cpp: four spaces per level, ": " after a key, no trailing newline.
    const QByteArray expected = "{\n"
                                "    \"a\": [\n"
                                "        1,\n"
                                "        {\n"
                                "            \"b\": null\n"
                                "        },\n"
                                "        false\n"
                                "    ],\n"
                                "    \"c\": -9007199254740993\n"
                                "}";
    EXPECT_EQ(out, expected);
    EXPECT_EQ(out,
        qtBytes(QJsonObject {
            {QStringLiteral("a"), QJsonArray {1, QJsonObject {{QStringLiteral("b"), QJsonValue::Null}}, false}},
            {QStringLiteral("c"), qint64(-9007199254740993)}}));
}

TEST(IndentedJson, AnEmptyObjectAndArrayKeepTheirLineBreakAsInQt)
{
    QByteArray out;
    IndentedJson json(out, 0);
    json.beginObject();
    json.key(QLatin1String("leeg"));
    json.beginArray();
    json.endArray();
    json.key(QLatin1String("niets"));
    json.beginObject();
    json.endObject();
    json.endObject();
    EXPECT_EQ(out, QByteArray("{\n    \"leeg\": [\n    ],\n    \"niets\": {\n    }\n}"));
    EXPECT_EQ(
        out, qtBytes(QJsonObject {{QStringLiteral("leeg"), QJsonArray()}, {QStringLiteral("niets"), QJsonObject()}}));
}

TEST(IndentedJson, StringsAreEscapedExactlyAsQtEscapesThem)
{
    // Quote, backslash, the named control characters, other control characters in lower-case hex, DEL and '/'
    // as they are, é (2 bytes), € (3), an emoji (a surrogate pair, 4), and lone surrogates as escapes.
    QString text = QStringLiteral("\"\\\b\f\n\r\t") + QChar(0x01) + QChar(0x1f) + QChar(0x7f) + QStringLiteral("/é€")
        + QString::fromUcs4(U"\U0001F600");
    text += QChar(0xd800); // high surrogate followed by an ordinary letter
    text += QLatin1Char('a');
    text += QChar(0xdc01); // low surrogate alone
    text += QChar(0xdbff); // high surrogate at the end
    QByteArray out;
    IndentedJson json(out, 0);
    json.beginObject();
    json.key(QLatin1String("t"));
    json.value(text);
    json.endObject();

    const QByteArray expected
        = "{\n    \"t\": \"\\\"\\\\\\b\\f\\n\\r\\t\\u0001\\u001f\x7f/\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80"
          "\\ud800a\\udc01\\udbff\"\n}";
    EXPECT_EQ(out, expected);
    EXPECT_EQ(out, qtBytes(QJsonObject {{QStringLiteral("t"), text}}));
}

TEST(IndentedJson, AKeyFromTheDataIsEscapedLikeAValue)
{
    QByteArray out;
    IndentedJson json(out, 0);
    json.beginObject();
    json.key(QStringLiteral("x\"é"));
    json.value(3);
    json.endObject();
    EXPECT_EQ(out, QByteArray("{\n    \"x\\\"\xc3\xa9\": 3\n}"));
}

TEST(IndentedJson, DatesAreIsoWithAFourDigitYearAndOptionalMembersAreLeftOutWhenEmptyOrZero)
{
    QByteArray out;
    IndentedJson json(out, 0);
    json.beginObject();
    json.optional(QLatin1String("a"), QDate(5, 3, 9));
    json.optional(QLatin1String("b"), QDate());
    json.optional(QLatin1String("c"), QString());
    json.optional(QLatin1String("d"), QDate(2016, 12, 31));
    json.optional(QLatin1String("e"), QStringLiteral("x"));
    json.optional(QLatin1String("f"), 0);
    json.optional(QLatin1String("g"), 3);
    json.endObject();
    EXPECT_EQ(out,
        QByteArray("{\n    \"a\": \"0005-03-09\",\n    \"d\": \"2016-12-31\",\n    \"e\": \"x\",\n    \"g\": 3\n}"));
    EXPECT_EQ(QDate(5, 3, 9).toString(Qt::ISODate), QStringLiteral("0005-03-09"));
}

TEST(IndentedJson, ADeeperStartIndentsEveryInnerLineButNotTheFirst)
{
    QByteArray out = "        ";
    IndentedJson json(out, 2);
    json.beginObject();
    json.key(QLatin1String("k"));
    json.beginArray();
    json.value(true);
    json.endArray();
    json.endObject();
    EXPECT_EQ(out, QByteArray("        {\n            \"k\": [\n                true\n            ]\n        }"));
}
