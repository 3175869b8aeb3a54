// Issue 18: columns as wide as their contents within reason, measured from the header and the first rows only.
#include "common/kolombreedte.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace dw;

namespace {

// Counts which rows a view reads: a caseload of 100,000 rows must not be read whole to size its columns.
class TellendModel : public QStandardItemModel
{
public:
    using QStandardItemModel::QStandardItemModel;
    QVariant data(const QModelIndex& index, int role) const override
    {
        hoogsteRij = std::max(hoogsteRij, index.row());
        return QStandardItemModel::data(index, role);
    }
    mutable int hoogsteRij = -1;
};

} // namespace

class KolombreedteTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aColumnFitsItsContentsUpToTheMaximum()
    {
        TellendModel model(1000, 3);
        model.setHorizontalHeaderLabels(
            {QStringLiteral("Ref"), QStringLiteral("Gemeente"), QStringLiteral("Kwadrant professional")});
        for (int r = 0; r < 1000; ++r) {
            model.setItem(r, 0, new QStandardItem(QStringLiteral("ENS-%1").arg(r, 6, 10, QLatin1Char('0'))));
            model.setItem(r, 1, new QStandardItem(QStringLiteral("Enschede")));
            model.setItem(r, 2, new QStandardItem(QStringLiteral("Dubbele draagkracht")));
        }
        // Far below the first rows: a value that would make the column wider if it were read.
        model.item(900, 1)->setText(QStringLiteral("Súdwest-Fryslân en de Waddeneilanden samen"));
        QTableView view;
        view.setModel(&model);
        model.hoogsteRij = -1;
        kolommenNaarInhoud(&view, 12, 50);
        QVERIFY2(model.hoogsteRij < 50, qPrintable(QString::number(model.hoogsteRij)));
        const QFontMetrics fm = view.fontMetrics();
        const int em = fm.horizontalAdvance(QLatin1Char('M'));
        // Ref: wider than "ENS-000000" and far below the maximum of 12 M.
        QVERIFY(view.columnWidth(0) >= fm.horizontalAdvance(QStringLiteral("ENS-000000")));
        QVERIFY(view.columnWidth(0) < 12 * em);
        // Gemeente: sized to "Enschede" and its header, not to row 900.
        QVERIFY(view.columnWidth(1) >= fm.horizontalAdvance(QStringLiteral("Enschede")));
        QVERIFY(view.columnWidth(1) < fm.horizontalAdvance(QStringLiteral("Súdwest-Fryslân en de Waddeneilanden")));
        QVERIFY(view.horizontalHeader()->stretchLastSection());
    }

    void aLongValueIsCappedAtTheMaximum()
    {
        QStandardItemModel model(2, 2);
        model.setItem(0, 0, new QStandardItem(QStringLiteral("Een doel dat heel lang is omschreven, veel te lang")));
        model.setItem(0, 1, new QStandardItem(QStringLiteral("x")));
        QTableView view;
        view.setModel(&model);
        kolommenNaarInhoud(&view, 10);
        QCOMPARE(view.columnWidth(0), 10 * view.fontMetrics().horizontalAdvance(QLatin1Char('M')));
    }

    void anEmptyColumnGetsTheMinimumToTypeIn()
    {
        QStandardItemModel model(0, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("Wie"), QStringLiteral("Wanneer")});
        QTableView view;
        view.setModel(&model);
        kolommenNaarInhoud(&view, 22, 50, 7);
        QCOMPARE(view.columnWidth(0), 7 * view.fontMetrics().horizontalAdvance(QLatin1Char('M')));
    }

    void aHiddenOrStretchedColumnIsLeftAlone()
    {
        QStandardItemModel model(1, 3);
        model.setItem(0, 0, new QStandardItem(QStringLiteral("tekst")));
        QTableView view;
        view.setModel(&model);
        view.setColumnHidden(1, true);
        view.horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        kolommenNaarInhoud(&view, 10);
        QVERIFY(view.isColumnHidden(1));
        QCOMPARE(view.horizontalHeader()->sectionResizeMode(0), QHeaderView::Stretch);
    }
};

QTEST_MAIN(KolombreedteTest)
#include "kolombreedte_test.moc"
