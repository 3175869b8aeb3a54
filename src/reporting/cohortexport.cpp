#include "cohortexport.h"

#include "safefile.h"

#include <QFile>
#include <QLocale>

#include <xlsxwriter.h>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace dw {

namespace {

// workbook_close() prints its failures in English on stderr; the caller says the Dutch sentence instead.
lxw_error closeQuietly(lxw_workbook* workbook)
{
    std::fflush(stderr);
    const int saved = ::dup(STDERR_FILENO);
    const int nothing = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (saved >= 0 && nothing >= 0)
        ::dup2(nothing, STDERR_FILENO);
    const lxw_error error = workbook_close(workbook);
    if (saved >= 0 && nothing >= 0) {
        std::fflush(stderr);
        ::dup2(saved, STDERR_FILENO);
    }
    if (nothing >= 0)
        ::close(nothing);
    if (saved >= 0)
        ::close(saved);
    return error;
}

QVariant num(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant();
}

QString csvField(const QVariant& v)
{
    if (!v.isValid())
        return {};
    if (v.typeId() == QMetaType::Double) {
        // Full precision, decimal comma, no thousands separator.
        QString s = QString::number(v.toDouble(), 'g', 15);
        s.replace(QLatin1Char('.'), QLatin1Char(','));
        return s;
    }
    if (v.typeId() == QMetaType::Int)
        return QString::number(v.toInt());
    QString s = v.toString();
    if (s.contains(QLatin1Char(';')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

} // namespace

QVector<Tabel> cohortTabellen(const CohortRapport& r)
{
    QVector<Tabel> out;
    Tabel kwadranten {QStringLiteral("Kwadranten per meetmoment"),
        {QStringLiteral("perspectief"),
            QStringLiteral("meetmoment"),
            QStringLiteral("n"),
            QStringLiteral("n_metingen"),
            QStringLiteral("zwak_pct"),
            QStringLiteral("enkel_competenties_pct"),
            QStringLiteral("enkel_sociaal_kapitaal_pct"),
            QStringLiteral("dubbel_pct"),
            QStringLiteral("met_draagkracht_pct"),
            QStringLiteral("gem_probleemgebieden"),
            QStringLiteral("gem_competenties"),
            QStringLiteral("gem_sociaal_kapitaal")},
        {}};
    Tabel verandering {QStringLiteral("Verandering"),
        {QStringLiteral("perspectief"),
            QStringLiteral("maat"),
            QStringLiteral("n"),
            QStringLiteral("gem_verschil"),
            QStringLiteral("p_ttest"),
            QStringLiteral("p_wilcoxon")},
        {}};
    Tabel dubbel {QStringLiteral("Dubbele draagkracht McNemar"),
        {QStringLiteral("perspectief"),
            QStringLiteral("n"),
            QStringLiteral("dubbel_naar_niet"),
            QStringLiteral("niet_naar_dubbel"),
            QStringLiteral("p_mcnemar")},
        {}};
    for (Perspectief p : allePerspectieven) {
        const PerspectiefCijfers& c = r.perspectief(p);
        const QString persp = perspectiefCode(p);
        for (const MeetmomentCijfers& m : c.meetmomenten) {
            QVector<QVariant> row {persp, m.meetmoment, m.n, m.nMetingen};
            for (int k = 0; k < 4; ++k)
                row << (m.n > 0 ? QVariant(m.kwadrantPct[k]) : QVariant());
            row << num(m.metDraagkrachtPct) << num(m.gemProbleemgebieden) << num(m.gemCompetenties)
                << num(m.gemSociaalKapitaal);
            kwadranten.rijen << row;
        }
        const std::pair<const char*, const Verandering*> maten[] = {{"competenties", &c.competenties},
            {"sociaal_kapitaal", &c.sociaalKapitaal},
            {"probleemgebieden", &c.probleemgebieden}};
        for (const auto& [naam, v] : maten)
            verandering.rijen << QVector<QVariant> {
                persp, QString::fromLatin1(naam), v->n, num(v->gemVerschil), num(v->pTtest), num(v->pWilcoxon)};
        dubbel.rijen << QVector<QVariant> {persp, c.dubbelN, c.dubbelB, c.dubbelC, num(c.dubbelMcnemarP)};
    }
    Tabel kappa {QStringLiteral("Overeenstemming kappa"),
        {QStringLiteral("meetmoment"), QStringLiteral("n"), QStringLiteral("kappa")},
        {}};
    for (const KappaCijfer& k : r.kwadrantKappa)
        kappa.rijen << QVector<QVariant> {k.meetmoment, k.n, num(k.kappa)};
    out << kwadranten << verandering << dubbel << kappa;
    return out;
}

Status writeCsv(const QVector<Tabel>& tabellen, const QString& path)
{
    QByteArray data("\xEF\xBB\xBF"); // BOM: Excel then reads UTF-8
    for (int t = 0; t < tabellen.size(); ++t) {
        const Tabel& tabel = tabellen.at(t);
        if (t > 0)
            data += "\r\n";
        data += tabel.naam.toUtf8() + "\r\n";
        data += tabel.kolommen.join(QLatin1Char(';')).toUtf8() + "\r\n";
        for (const auto& rij : tabel.rijen) {
            QStringList fields;
            for (const QVariant& v : rij)
                fields << csvField(v);
            data += fields.join(QLatin1Char(';')).toUtf8() + "\r\n";
        }
    }
    return saveFile(path, data);
}

Status writeXlsx(const QVector<Tabel>& tabellen, const QString& path)
{
    const QString part = path + QStringLiteral(".deel");
    lxw_workbook* workbook = workbook_new(QFile::encodeName(part).constData());
    if (!workbook)
        return Error::badInput(QStringLiteral("%1 kan niet worden geschreven: het bestand kan niet worden gemaakt; "
                                              "bestaat de map, en mag u erin schrijven?")
                                   .arg(path));
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    for (const Tabel& tabel : tabellen) {
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, tabel.naam.left(31).toUtf8().constData());
        for (int c = 0; c < tabel.kolommen.size(); ++c)
            worksheet_write_string(
                sheet, 0, static_cast<lxw_col_t>(c), tabel.kolommen.at(c).toUtf8().constData(), bold);
        for (int r = 0; r < tabel.rijen.size(); ++r) {
            const auto& rij = tabel.rijen.at(r);
            for (int c = 0; c < rij.size(); ++c) {
                const QVariant& v = rij.at(c);
                const auto row = static_cast<lxw_row_t>(r + 1);
                const auto col = static_cast<lxw_col_t>(c);
                if (!v.isValid())
                    continue; // "te weinig gegevens": an empty cell
                if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Int)
                    worksheet_write_number(sheet, row, col, v.toDouble(), nullptr);
                else
                    worksheet_write_string(sheet, row, col, v.toString().toUtf8().constData(), nullptr);
            }
        }
        worksheet_set_column(sheet, 0, static_cast<lxw_col_t>(tabel.kolommen.size()), 16, nullptr);
    }
    const lxw_error error = closeQuietly(workbook);
    if (error != LXW_NO_ERROR) {
        QFile::remove(part);
        return Error::failure(QStringLiteral("%1 kan niet worden geschreven (is de schijf vol?); het vorige bestand "
                                             "is niet gewijzigd")
                                  .arg(path));
    }
    return replaceFile(part, path);
}

} // namespace dw
