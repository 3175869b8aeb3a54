#pragma once

#include "core/cohortreport.h"
#include "core/result.h"

#include <QStringList>
#include <QVariant>
#include <QVector>

namespace dw {

// The cohort report as tables (one per figure of the study), for CSV and XLSX. A number is a double, an absent
// figure ("te weinig gegevens") an invalid QVariant, which both formats write as an empty cell.
struct Tabel
{
    QString naam; // also the sheet name: at most 31 characters
    QStringList kolommen;
    QVector<QVector<QVariant>> rijen;
};

QVector<Tabel> cohortTabellen(const CohortRapport& rapport);

// UTF-8 with a byte-order mark, semicolons and decimal commas, so that Excel with Dutch settings opens it as it
// is; the tables follow each other, each under its name, separated by an empty line.
Status writeCsv(const QVector<Tabel>& tabellen, const QString& path);
// One sheet per table, numbers as numbers.
Status writeXlsx(const QVector<Tabel>& tabellen, const QString& path);

} // namespace dw
