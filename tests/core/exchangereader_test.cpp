// core/exchangereader.h: draagwijzer/1 read as a stream, one inwoner at a time, with line and column in messages.
#include "core/exchangereader.h"

#include <QBuffer>

#include <gtest/gtest.h>

using namespace dw;

namespace {

QByteArray inwonerJson(const QString& ref, const QByteArray& naam = "A. de Vries")
{
    return QStringLiteral(R"({"ref": "%1", "naam": ")").arg(ref).toUtf8() + naam
        + R"(", "geboortedatum": "1971-03-02", "gemeente": "Enschede"})";
}

QByteArray file(const QList<QByteArray>& inwoners, const QByteArray& tail = {})
{
    QByteArray json = "{\n  \"format\": \"draagwijzer/1\",\n  \"inwoners\": [\n";
    for (qsizetype i = 0; i < inwoners.size(); ++i)
        json += "    " + inwoners.at(i) + (i + 1 < inwoners.size() ? ",\n" : "\n");
    return json + "  ]" + tail + "\n}\n";
}

struct Read
{
    Status status;
    QStringList refs;
    QString naam; // of the last one
    QVector<Voorziening> kaart;
};

enum class Way { Read, ReadAhead };

Read read(const QByteArray& json, int stopAfter = -1, Way way = Way::Read)
{
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    ExchangeReader reader(Instrument::standaard());
    Read out;
    const ExchangeReader::Sink sink = [&](Dossier&& d) {
        out.refs.append(d.inwoner.ref);
        out.naam = d.inwoner.naam;
        if (out.refs.size() == stopAfter)
            return Status(Error::failure(QStringLiteral("schijf vol")));
        return Status();
    };
    out.status = way == Way::Read ? reader.read(buffer, sink) : reader.readAhead(buffer, sink);
    out.kaart = reader.socialeKaart();
    if (out.status.ok()) {
        EXPECT_EQ(reader.bytesRead(), json.size());
    }
    return out;
}

QList<QByteArray> manyInwoners(int n, int emptyName = -1)
{
    QList<QByteArray> out;
    for (int i = 0; i < n; ++i)
        out.append(inwonerJson(QStringLiteral("R-%1").arg(i), i == emptyName ? "" : "A. de Vries"));
    return out;
}

} // namespace

TEST(ExchangeReader, HandsOnEachInwonerInFileOrder)
{
    const Read r = read(file({inwonerJson(QStringLiteral("B-2")), inwonerJson(QStringLiteral("A-1"))}));
    ASSERT_TRUE(r.status.ok()) << r.status.errorMessage().toStdString();
    EXPECT_EQ(r.refs, (QStringList {QStringLiteral("B-2"), QStringLiteral("A-1")}));
}

TEST(ExchangeReader, AFailureOfTheSinkStopsTheReadAndIsWhatItReturns)
{
    const Read r = read(file({inwonerJson(QStringLiteral("A-1")),
                            inwonerJson(QStringLiteral("A-2")),
                            inwonerJson(QStringLiteral("A-3"))}),
        2);
    EXPECT_EQ(r.status.errorMessage().toStdString(), QStringLiteral("schijf vol").toStdString());
    EXPECT_EQ(r.refs.size(), 2);
}

TEST(ExchangeReader, AProblemNamesItsPathLineAndColumn)
{
    // Line 5 (the second inwoner) is `    {"ref": "A-2", "naam": "", …`: "naam" starts in column 20.
    const Read r = read(file({inwonerJson(QStringLiteral("A-1")), inwonerJson(QStringLiteral("A-2"), "")}));
    EXPECT_EQ(r.status.errorMessage().toStdString(),
        QStringLiteral("inwoners[1] (ref A-2).naam: mag niet leeg zijn (regel 5, kolom 20)").toStdString());
    EXPECT_EQ(r.refs, QStringList {QStringLiteral("A-1")});
}

TEST(ExchangeReader, AMissingKeyPointsAtItsObject)
{
    // Line 4, column 5 is the "{" of the inwoner without a geboortedatum.
    const Read r = read(file({R"({"ref": "A-1", "naam": "X", "gemeente": "Enschede"})"}));
    EXPECT_EQ(r.status.errorMessage().toStdString(),
        QStringLiteral("inwoners[0] (ref A-1).geboortedatum: ontbreekt (regel 4, kolom 5)").toStdString());
}

TEST(ExchangeReader, ColumnsCountCharactersNotBytes)
{
    // "Ö" and "ü" are two bytes each in UTF-8; "gemeente" still starts in column 69 of line 4.
    const Read r = read(file({R"({"ref": "A-1", "naam": "Öztürk", "geboortedatum": "1971-03-02", "gemeente": 7})"}));
    EXPECT_EQ(r.status.errorMessage().toStdString(),
        QStringLiteral("inwoners[0] (ref A-1).gemeente: tekst verwacht (regel 4, kolom 69)").toStdString());
}

TEST(ExchangeReader, BrokenJsonSaysWhere)
{
    // The comma after the first inwoner is missing: the parser notices at the "{" on line 5.
    QByteArray json = file({inwonerJson(QStringLiteral("A-1")), inwonerJson(QStringLiteral("A-2"))});
    json.replace("},\n", "}\n");
    const Read r = read(json);
    EXPECT_EQ(r.status.errorMessage().toStdString(),
        QStringLiteral("geen geldige JSON op regel 5, kolom 5: er ontbreekt een komma of ]").toStdString());
}

TEST(ExchangeReader, TheSocialeKaartMayComeAfterTheInwoners)
{
    const Read r = read(file({inwonerJson(QStringLiteral("A-1"))},
        ",\n  \"sociale_kaart\": [{\"naam\": \"Schuldhulp Enschede\", \"type\": \"draaglast_verminderen\"}]"));
    ASSERT_TRUE(r.status.ok()) << r.status.errorMessage().toStdString();
    ASSERT_EQ(r.kaart.size(), 1);
    EXPECT_EQ(r.kaart.first().naam, QStringLiteral("Schuldhulp Enschede"));
}

TEST(ExchangeReader, AnEscapeSplitOverTwoBlocksIsJudgedWhole)
{
    // The reader takes 64 KiB at a time. Spaces before the inwoner put the naam's escape across that boundary,
    // `before` bytes ahead of it: a proper pair must arrive as one character, a lone surrogate must be refused.
    const auto withEscapeAtBoundary = [](const QByteArray& escape, qsizetype before) {
        const qsizetype at = file({inwonerJson(QStringLiteral("A-1"), "@")}).indexOf('@');
        return file({QByteArray(64 * 1024 - before - at, ' ') + inwonerJson(QStringLiteral("A-1"), escape)});
    };
    for (const qsizetype before : {3, 8, 11}) {
        const QByteArray pair = withEscapeAtBoundary(R"(\ud83d\ude00)", before);
        ASSERT_EQ(pair.indexOf("\\ud83d"), 64 * 1024 - before);
        const Read good = read(pair);
        ASSERT_TRUE(good.status.ok()) << before << ": " << good.status.errorMessage().toStdString();
        EXPECT_EQ(good.naam, QString::fromUtf8("\xF0\x9F\x98\x80")) << before;
        const Read lone = read(withEscapeAtBoundary(R"(\ud83dX)", before));
        EXPECT_TRUE(lone.status.errorMessage().contains(QStringLiteral("naam: bevat ongeldige tekst")))
            << before << ": " << lone.status.errorMessage().toStdString();
    }
}

TEST(ExchangeReader, DeepNestingIsRefusedNotFollowed)
{
    const Read r = read(file({"{\"ref\": \"A-1\", \"x\": " + QByteArray(100000, '[') + QByteArray(100000, ']') + "}"}));
    EXPECT_TRUE(r.status.errorMessage().startsWith(QStringLiteral("te diep genest")))
        << r.status.errorMessage().toStdString();
}

// readAhead: the same contract, with the reading on a second thread and the sink on this one.
TEST(ExchangeReader, ReadingAheadHandsOnTheSameInwonersInTheSameOrder)
{
    // 500 inwoners: more than the reader may run ahead (32), so both threads wait for each other in turn.
    const QByteArray json = file(manyInwoners(500), R"(, "sociale_kaart": [])");
    const Read ahead = read(json, -1, Way::ReadAhead);
    ASSERT_TRUE(ahead.status.ok()) << ahead.status.errorMessage().toStdString();
    ASSERT_EQ(ahead.refs.size(), 500);
    EXPECT_EQ(ahead.refs.first(), QStringLiteral("R-0"));
    EXPECT_EQ(ahead.refs.last(), QStringLiteral("R-499"));
    EXPECT_EQ(ahead.refs, read(json).refs);
}

TEST(ExchangeReader, ReadingAheadStopsWhenTheSinkFails)
{
    const Read r = read(file(manyInwoners(300)), 2, Way::ReadAhead);
    EXPECT_EQ(r.status.errorMessage().toStdString(), QStringLiteral("schijf vol").toStdString());
    EXPECT_EQ(r.refs, (QStringList {QStringLiteral("R-0"), QStringLiteral("R-1")}));
}

TEST(ExchangeReader, ReadingAheadHandsOnWhatCameBeforeAProblemAndThenReportsItAsReadDoes)
{
    // Inwoner 120 has an empty name, on line 4 + 120: "naam" in column 22 (as above, with a ref two longer).
    const QByteArray json = file(manyInwoners(300, 120));
    const Read ahead = read(json, -1, Way::ReadAhead);
    EXPECT_EQ(ahead.status.errorMessage().toStdString(),
        QStringLiteral("inwoners[120] (ref R-120).naam: mag niet leeg zijn (regel 124, kolom 22)").toStdString());
    EXPECT_EQ(ahead.refs.size(), 120);
    EXPECT_EQ(ahead.status.errorMessage(), read(json).status.errorMessage());
}
