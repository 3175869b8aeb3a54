// Issue 20, point 4: the colours of both schemes are readable. Text at least 4.5:1 against its background (WCAG
// 1.4.3), chart fills and marks at least 3:1 (1.4.11), and the four quadrants differ without colour too (1.4.1).
#include "trend/draaglasttrendmodel.h"
#include "weergave/weergave.h"

#include <QApplication>
#include <QTest>

using namespace dw;

namespace {

QString paar(const char* wat, const QColor& a, const QColor& b)
{
    return QStringLiteral("%1: %2 op %3 is %4:1")
        .arg(QLatin1String(wat), a.name(), b.name())
        .arg(contrastVerhouding(a, b), 0, 'f', 2);
}

// Which pixels of a fill's tile differ from its plain colour: the hatch, as a mask.
QVector<bool> arcering(const QBrush& brush, const QColor& kleur)
{
    const QImage tegel = brush.texture().toImage();
    QVector<bool> uit;
    for (int y = 0; y < tegel.height(); ++y)
        for (int x = 0; x < tegel.width(); ++x)
            uit << (QColor(tegel.pixel(x, y)) != kleur);
    return uit;
}

} // namespace

class WeergaveTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theContrastRatioIsWcagsFormula()
    {
        QCOMPARE(contrastVerhouding(Qt::black, Qt::white), 21.0);
        QCOMPARE(contrastVerhouding(Qt::white, Qt::black), 21.0); // the order does not matter
        QCOMPARE(contrastVerhouding(QColor(0x12, 0x34, 0x56), QColor(0x12, 0x34, 0x56)), 1.0);
        // The well-known edge: #767676 is the lightest grey that passes 4.5:1 on white, #777777 just fails.
        QVERIFY(contrastVerhouding(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
        QVERIFY(contrastVerhouding(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
        // Pure red on white: 4.0:1 (WebAIM's checker says 3.99).
        QCOMPARE(qRound(contrastVerhouding(Qt::red, Qt::white) * 100), 400);
    }

    void everyTextColourOfBothSchemesHasFourAndAHalfToOne_data()
    {
        QTest::addColumn<int>("schema");
        QTest::newRow("systeem") << int(Kleurenschema::Systeem);
        QTest::newRow("hoog contrast") << int(Kleurenschema::HoogContrast);
    }
    void everyTextColourOfBothSchemesHasFourAndAHalfToOne()
    {
        QFETCH(int, schema);
        const Kleuren& k = kleurenVan(Kleurenschema(schema));
        QStringList te_weinig;
        const auto tekst = [&](const char* wat, const QColor& voor, const QColor& achter) {
            if (contrastVerhouding(voor, achter) < 4.5)
                te_weinig << paar(wat, voor, achter);
        };
        const auto vlak = [&](const char* wat, const QColor& voor, const QColor& achter) {
            if (contrastVerhouding(voor, achter) < 3.0)
                te_weinig << paar(wat, voor, achter);
        };
        tekst("tekst", k.tekst, k.achtergrond);
        tekst("afwijking", k.afwijking, k.achtergrond);
        tekst("geweigerde waarde", k.afwijking, k.afwijkingAchtergrond);
        tekst("notitie", k.tekst, k.notitieAchtergrond);
        tekst("blokkade", k.tekst, k.blokkadeAchtergrond);
        tekst("gedempt", k.gedempt, k.achtergrond);
        for (std::size_t i = 0; i < 4; ++i) {
            tekst("label op kwadrant", k.kwadrantLabel.at(i), k.kwadrant.at(i));
            vlak("kwadrant", k.kwadrant.at(i), k.achtergrond);
        }
        for (const QColor& c : k.perspectief)
            vlak("perspectief", c, k.achtergrond);
        QVERIFY2(te_weinig.isEmpty(), qPrintable(te_weinig.join(QStringLiteral("; "))));
    }

    void theHighContrastPaletteIsReadableEnabledAndDisabled()
    {
        const QPalette p = hoogContrastPalet();
        QStringList te_weinig;
        const auto tekst
            = [&](const char* wat, QPalette::ColorGroup g, QPalette::ColorRole voor, QPalette::ColorRole achter) {
                  if (contrastVerhouding(p.color(g, voor), p.color(g, achter)) < 4.5)
                      te_weinig << paar(wat, p.color(g, voor), p.color(g, achter));
              };
        for (const QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
            tekst("venster", g, QPalette::WindowText, QPalette::Window);
            tekst("veld", g, QPalette::Text, QPalette::Base);
            tekst("knop", g, QPalette::ButtonText, QPalette::Button);
            tekst("tooltip", g, QPalette::ToolTipText, QPalette::ToolTipBase);
        }
        tekst("selectie", QPalette::Active, QPalette::HighlightedText, QPalette::Highlight);
        tekst("link", QPalette::Active, QPalette::Link, QPalette::Base);
        tekst("placeholder", QPalette::Active, QPalette::PlaceholderText, QPalette::Base);
        QVERIFY2(te_weinig.isEmpty(), qPrintable(te_weinig.join(QStringLiteral("; "))));
        QCOMPARE(p.color(QPalette::Window), QColor(Qt::black));
        QVERIFY(p.color(QPalette::Disabled, QPalette::Text) != p.color(QPalette::Active, QPalette::Text));
    }

    void theDraaglastLevelsCarryTheirNumberInAReadableColour()
    {
        // The heat map's cells: level 0 and 1 in black, level 2 in white (DraaglastTrendModel).
        QVERIFY(contrastVerhouding(Qt::black, DraaglastTrendModel::niveauKleur(0)) >= 4.5);
        QVERIFY(contrastVerhouding(Qt::black, DraaglastTrendModel::niveauKleur(1)) >= 4.5);
        QVERIFY(contrastVerhouding(Qt::white, DraaglastTrendModel::niveauKleur(2)) >= 4.5);
    }

    void theFourQuadrantFillsDifferByTheirHatchAsWell()
    {
        const Kleuren& k = kleuren();
        QVector<QVector<bool>> maskers;
        for (int i = 0; i < 4; ++i)
            maskers << arcering(kwadrantVulling(i), k.kwadrant.at(std::size_t(i)));
        QVERIFY(!maskers[0].contains(true)); // zwak: plain
        QVERIFY(maskers[1].contains(true)); // enkel competenties: "/"
        QVERIFY(maskers[2].contains(true)); // enkel sociaal kapitaal: "\"
        QVERIFY(maskers[1] != maskers[2]);
        for (qsizetype p = 0; p < maskers[3].size(); ++p) // dubbel: both
            QVERIFY(maskers[3][p] || (!maskers[1][p] && !maskers[2][p]));
        QVERIFY(maskers[3] != maskers[1] && maskers[3] != maskers[2]);
    }

    void choosingHighContrastSetsTheApplicationsPaletteAndColours()
    {
        pasKleurenschemaToe(Kleurenschema::HoogContrast);
        QCOMPARE(kleurenschema(), Kleurenschema::HoogContrast);
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
        QCOMPARE(QApplication::palette().color(QPalette::WindowText), QColor(Qt::white));
        QCOMPARE(kleuren().afwijking, QColor(0xff, 0xff, 0x00));
        pasKleurenschemaToe(Kleurenschema::Systeem);
        QCOMPARE(kleuren().afwijking, QColor(0xb0, 0x00, 0x20));
        QVERIFY(QApplication::palette().color(QPalette::Window) != QColor(Qt::black));
    }
};

QTEST_MAIN(WeergaveTest)
#include "weergave_test.moc"
