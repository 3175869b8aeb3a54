#include "core/scoring.h"
#include "core/trend.h"

#include "support/qtprinters.h"
#include "support/trenddossier.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace dw;

namespace {

using Punt = Trend::Punt;
using Cel = Trend::DraaglastCel;

const Instrument& ins()
{
    return Instrument::standaard();
}

Dossier dossier()
{
    return test::trendDossier(); // worked out by hand in support/trenddossier.h
}

const QDate d1(2016, 6, 14);
const QDate d2(2017, 1, 10);

} // namespace

TEST(Trend, EmptyDossierHasNoMeetmomentenAndNoPoints)
{
    Dossier d;
    d.inwoner.ref = QStringLiteral("ENS-0002");
    const Trend t = Trend::build(ins(), d);
    EXPECT_TRUE(t.isLeeg());
    EXPECT_EQ(t.ref, QStringLiteral("ENS-0002"));
    EXPECT_TRUE(t.reeks(Trend::Maat::Competenties, Perspectief::Inwoner).isEmpty());
    EXPECT_TRUE(t.kwadrantPad(Perspectief::Professional).isEmpty());
    EXPECT_EQ(t.maxProbleemgebieden, 8);
    EXPECT_EQ(t.levensgebieden.size(), 8);
}

TEST(Trend, ScaleThresholdAndMeetmomentLabelsComeFromTheInstrumentAndDossier)
{
    const Trend t = Trend::build(ins(), dossier());
    EXPECT_DOUBLE_EQ(t.drempel, 3.5);
    EXPECT_DOUBLE_EQ(t.schaalMin, 1.0);
    EXPECT_DOUBLE_EQ(t.schaalMax, 5.0);
    ASSERT_EQ(t.meetmomenten.size(), 3);
    EXPECT_EQ(t.meetmomenten.at(0).meetmoment, 1);
    EXPECT_EQ(t.meetmomenten.at(1).meetmoment, 2);
    EXPECT_EQ(t.meetmomenten.at(2).meetmoment, 3);
    EXPECT_EQ(t.meetmomenten.at(1).datum, d2); // equal dates keep their own numbers
    EXPECT_EQ(t.meetmomenten.at(2).datum, d2);
}

TEST(Trend, ThresholdIsReadFromTheInstrumentsDrempels)
{
    QFile f(QStringLiteral(DW_SOURCE_DIR "/resources/instruments/draagkracht-1.json"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    QJsonObject drempels = o.value(QStringLiteral("drempels")).toObject();
    drempels.insert(QStringLiteral("component_aanwezig_vanaf"), 3.0);
    o.insert(QStringLiteral("drempels"), drempels);
    const auto other = Instrument::fromJson(QJsonDocument(o).toJson());
    ASSERT_TRUE(other.ok()) << other.errorMessage().toStdString();
    const Trend t = Trend::build(*other, dossier());
    EXPECT_DOUBLE_EQ(t.drempel, 3.0);
    // Inwoner at meetmoment 1: PC 3.0 is now "wel", SK 2.0 not: enkel competenties instead of zwak.
    EXPECT_EQ(t.kwadrantPad(Perspectief::Inwoner).at(0).kwadrant, Kwadrant::EnkelCompetenties);
}

TEST(Trend, CompetentiesSkipAMeetmomentWithTooFewAnswers)
{
    const Trend t = Trend::build(ins(), dossier());
    const QVector<Punt> inw {{1, d1, 3.0}, {3, d2, 4.25}};
    EXPECT_EQ(t.reeks(Trend::Maat::Competenties, Perspectief::Inwoner), inw);
    const QVector<Punt> pro {{1, d1, 4.0}, {3, d2, 5.0}};
    EXPECT_EQ(t.reeks(Trend::Maat::Competenties, Perspectief::Professional), pro);
}

TEST(Trend, SociaalKapitaalPerPerspective)
{
    const Trend t = Trend::build(ins(), dossier());
    const auto& inw = t.reeks(Trend::Maat::SociaalKapitaal, Perspectief::Inwoner);
    ASSERT_EQ(inw.size(), 3);
    EXPECT_EQ(inw.at(0), (Punt {1, d1, 2.0}));
    EXPECT_EQ(inw.at(1), (Punt {2, d2, 4.0}));
    EXPECT_EQ(inw.at(2).meetmoment, 3);
    EXPECT_DOUBLE_EQ(inw.at(2).waarde, 25.0 / 7.0);
    const QVector<Punt> pro {{1, d1, 3.5}, {3, d2, 2.0}};
    EXPECT_EQ(t.reeks(Trend::Maat::SociaalKapitaal, Perspectief::Professional), pro);
}

TEST(Trend, ProbleemgebiedenForEveryMetingEvenWithoutDraaglast)
{
    const Trend t = Trend::build(ins(), dossier());
    const QVector<Punt> inw {{1, d1, 2.0}, {2, d2, 0.0}, {3, d2, 1.0}};
    EXPECT_EQ(t.reeks(Trend::Maat::Probleemgebieden, Perspectief::Inwoner), inw);
    const QVector<Punt> pro {{1, d1, 1.0}, {3, d2, 0.0}}; // no meting at 2: no point, not 0
    EXPECT_EQ(t.reeks(Trend::Maat::Probleemgebieden, Perspectief::Professional), pro);
}

TEST(Trend, KwadrantPadHasOnlyMeetmomentenWithBothScores)
{
    const Trend t = Trend::build(ins(), dossier());
    const auto& inw = t.kwadrantPad(Perspectief::Inwoner);
    ASSERT_EQ(inw.size(), 2); // meetmoment 2 has no PC score
    EXPECT_EQ(inw.at(0).meetmoment, 1);
    EXPECT_DOUBLE_EQ(inw.at(0).competenties, 3.0);
    EXPECT_DOUBLE_EQ(inw.at(0).sociaalKapitaal, 2.0);
    EXPECT_EQ(inw.at(0).kwadrant, Kwadrant::Zwak);
    EXPECT_EQ(inw.at(1).meetmoment, 3);
    EXPECT_DOUBLE_EQ(inw.at(1).competenties, 4.25);
    EXPECT_DOUBLE_EQ(inw.at(1).sociaalKapitaal, 25.0 / 7.0);
    EXPECT_EQ(inw.at(1).kwadrant, Kwadrant::Dubbel);
    const auto& pro = t.kwadrantPad(Perspectief::Professional);
    ASSERT_EQ(pro.size(), 2);
    EXPECT_EQ(pro.at(0).kwadrant, Kwadrant::Dubbel); // SK exactly 3.5 is "wel"
    EXPECT_EQ(pro.at(1).kwadrant, Kwadrant::EnkelCompetenties);
    EXPECT_DOUBLE_EQ(pro.at(1).competenties, 5.0);
    EXPECT_DOUBLE_EQ(pro.at(1).sociaalKapitaal, 2.0);
}

TEST(Trend, DraaglastCellsTellLevelsFromGaps)
{
    const Trend t = Trend::build(ins(), dossier());
    ASSERT_EQ(t.levensgebieden.at(0).code, QStringLiteral("financien"));
    ASSERT_EQ(t.levensgebieden.at(1).code, QStringLiteral("wonen"));
    ASSERT_EQ(t.levensgebieden.at(3).code, QStringLiteral("opvoeding"));
    const auto inw = [&t](int g, int m) { return t.draaglast(Perspectief::Inwoner, g, m); };
    EXPECT_EQ(inw(0, 0).status, Cel::Status::Niveau);
    EXPECT_EQ(inw(0, 0).niveau, 2);
    EXPECT_EQ(inw(1, 0).niveau, 1);
    EXPECT_EQ(inw(3, 0).status, Cel::Status::Nvt);
    EXPECT_EQ(inw(0, 1).status, Cel::Status::NietBeoordeeld); // meetmoment 2 rates no levensgebied
    EXPECT_EQ(inw(0, 2).niveau, 1);
    EXPECT_EQ(inw(1, 2).status, Cel::Status::NietBeoordeeld);
    const auto pro = [&t](int g, int m) { return t.draaglast(Perspectief::Professional, g, m); };
    EXPECT_EQ(pro(0, 0).niveau, 1);
    EXPECT_EQ(pro(1, 0).status, Cel::Status::NietBeoordeeld);
    EXPECT_EQ(pro(0, 1).status, Cel::Status::NietGemeten);
    EXPECT_EQ(pro(7, 1).status, Cel::Status::NietGemeten);
    EXPECT_EQ(pro(0, 2).status, Cel::Status::Niveau);
    EXPECT_EQ(pro(0, 2).niveau, 0);
}

TEST(Trend, OneMeetmomentGivesSinglePoints)
{
    Dossier d = dossier();
    d.meetmomenten.resize(1);
    const Trend t = Trend::build(ins(), d);
    EXPECT_EQ(t.meetmomenten.size(), 1);
    EXPECT_EQ(t.reeks(Trend::Maat::Competenties, Perspectief::Inwoner), (QVector<Punt> {{1, d1, 3.0}}));
    EXPECT_EQ(t.kwadrantPad(Perspectief::Professional).size(), 1);
}

TEST(Trend, MissingPerspectiveGivesEmptySeries)
{
    Dossier d = dossier();
    for (Meetmoment& m : d.meetmomenten)
        m.professional.reset();
    const Trend t = Trend::build(ins(), d);
    EXPECT_TRUE(t.reeks(Trend::Maat::Competenties, Perspectief::Professional).isEmpty());
    EXPECT_TRUE(t.reeks(Trend::Maat::Probleemgebieden, Perspectief::Professional).isEmpty());
    EXPECT_TRUE(t.kwadrantPad(Perspectief::Professional).isEmpty());
    EXPECT_EQ(t.reeks(Trend::Maat::SociaalKapitaal, Perspectief::Inwoner).size(), 3);
}

TEST(Trend, AaneengeslotenBreaksAtAMissingMeetmoment)
{
    const QVector<Punt> punten {{1, d1, 3.0}, {3, d2, 4.0}, {4, d2, 4.5}};
    const auto runs = Trend::aaneengesloten(punten);
    ASSERT_EQ(runs.size(), 2);
    EXPECT_EQ(runs.at(0), (QVector<Punt> {{1, d1, 3.0}}));
    EXPECT_EQ(runs.at(1), (QVector<Punt> {{3, d2, 4.0}, {4, d2, 4.5}}));
    EXPECT_TRUE(Trend::aaneengesloten({}).isEmpty());
}
