#include "dashboardtabellen.h"

#include "common/kolombreedte.h"
#include "core/instrument.h"
#include "reporting/cohorttext.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>

namespace dw::dashboardtabellen {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dw::dashboardtabellen", text);
}

QLocale dutch()
{
    return QLocale(QLocale::Dutch, QLocale::Netherlands);
}

QString perspectiefNaam(Perspectief p)
{
    return p == Perspectief::Inwoner ? tr("Inwoner") : tr("Professional");
}

// Starts a table over: headers, no rows, read-only.
void begin(QTableWidget* table, const QStringList& headers)
{
    table->clear();
    table->setRowCount(0);
    table->setColumnCount(headers.size());
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false); // Tab moves on, the arrows move between cells
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
}

// Appends a row; texts after `firstNumber` are figures, right-aligned.
void addRow(QTableWidget* table, const QStringList& cells, int firstNumber, bool bold = false)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        if (c >= firstNumber)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        else
            item->setToolTip(cells.at(c)); // whole, where a narrow column cuts a name off
        if (bold) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
        table->setItem(row, c, item);
    }
}

void finish(QTableWidget* table)
{
    // As wide as the contents, within reason: a long gemeente or professional is whole in its tooltip.
    kolommenNaarInhoud(table, 20, 200);
    table->horizontalHeader()->setStretchLastSection(false);
}

QString aantal(int n)
{
    return dutch().toString(n);
}

} // namespace

QString pWaarde(const std::optional<double>& p)
{
    if (p && *p < 0.0001)
        return tr("< %1").arg(dutch().toString(0.0001, 'f', 4));
    return figuur(p, 4);
}

void kwadranten(QTableWidget* table, const CohortRapport& r, const Instrument& instrument)
{
    begin(table,
        {tr("Perspectief"),
            tr("Meetmoment"),
            tr("n"),
            tr("Zwak"),
            tr("Enkel competenties"),
            tr("Enkel sociaal kapitaal"),
            tr("Dubbel")});
    for (Kwadrant k : bekendeKwadranten)
        table->horizontalHeaderItem(2 + static_cast<int>(k))->setToolTip(instrument.kwadrantNaam(k));
    table->horizontalHeaderItem(2)->setToolTip(tr("Metingen met een bekend kwadrant: de basis van de percentages"));
    for (Perspectief p : allePerspectieven) {
        for (const MeetmomentCijfers& m : r.perspectief(p).meetmomenten) {
            QStringList cells {perspectiefNaam(p), QString::number(m.meetmoment), aantal(m.n)};
            for (int k = 0; k < 4; ++k)
                cells << procent(m.n > 0 ? std::optional<double>(m.kwadrantPct[k]) : std::nullopt);
            addRow(table, cells, 1);
        }
    }
    finish(table);
}

void gemiddelden(QTableWidget* table, const CohortRapport& r)
{
    begin(table,
        {tr("Perspectief"),
            tr("Meetmoment"),
            tr("n"),
            tr("Met draagkracht"),
            tr("Probleemgeb."),
            tr("Competenties"),
            tr("Sociaal kap.")});
    const char* tips[] = {"Alle metingen op dit meetmoment",
        "Met één of beide vormen van draagkracht: % van de metingen met een bekend kwadrant (n)",
        "Gemiddeld aantal probleemgebieden (0–8)",
        "Gemiddelde score persoonlijke competenties (1–5)",
        "Gemiddelde score sociaal kapitaal (1–5)"};
    for (int c = 0; c < 5; ++c)
        table->horizontalHeaderItem(2 + c)->setToolTip(tr(tips[c]));
    for (Perspectief p : allePerspectieven) {
        for (const MeetmomentCijfers& m : r.perspectief(p).meetmomenten)
            addRow(table,
                {perspectiefNaam(p),
                    QString::number(m.meetmoment),
                    aantal(m.nMetingen),
                    // Its own base beside it: the metingen with a known quadrant, not all of them (column n).
                    m.metDraagkrachtPct ? tr("%1 (%2)").arg(procent(m.metDraagkrachtPct), nTekst(m.n))
                                        : procent(m.metDraagkrachtPct),
                    figuur(m.gemProbleemgebieden),
                    figuur(m.gemCompetenties),
                    figuur(m.gemSociaalKapitaal)},
                1);
    }
    finish(table);
}

void verandering(QTableWidget* table, const CohortRapport& r)
{
    begin(table,
        {tr("Perspectief"),
            tr("Maat"),
            tr("n (paren)"),
            tr("Gem. verschil"),
            tr("p (t-toets)"),
            tr("p (Wilcoxon)"),
            tr("p (McNemar)")});
    const char* tips[] = {"Aantal inwoners met de waarde op het eerste én het laatste meetmoment",
        "Gemiddeld verschil: laatste min eerste meetmoment, per inwoner gepaard",
        "p-waarde van de gepaarde t-toets (tweezijdig)",
        "p-waarde van de Wilcoxon-rangtekentoets (tweezijdig)",
        "p-waarde van de exacte McNemar-toets: dubbele draagkracht bij het eerste en het laatste meetmoment"};
    for (int c = 0; c < 5; ++c)
        table->horizontalHeaderItem(2 + c)->setToolTip(tr(tips[c]));
    for (Perspectief p : allePerspectieven) {
        const PerspectiefCijfers& c = r.perspectief(p);
        const std::pair<QString, const Verandering*> maten[] = {{tr("Persoonlijke competenties"), &c.competenties},
            {tr("Sociaal kapitaal"), &c.sociaalKapitaal},
            {tr("Aantal probleemgebieden"), &c.probleemgebieden}};
        for (const auto& [naam, v] : maten)
            addRow(table,
                {perspectiefNaam(p),
                    naam,
                    aantal(v->n),
                    figuur(v->gemVerschil),
                    pWaarde(v->pTtest),
                    pWaarde(v->pWilcoxon),
                    QString()},
                2);
        addRow(table,
            {perspectiefNaam(p),
                tr("Dubbele draagkracht"),
                aantal(c.dubbelN),
                tr("%1 erbij, %2 eraf").arg(aantal(c.dubbelC), aantal(c.dubbelB)),
                QString(),
                QString(),
                pWaarde(c.dubbelMcnemarP)},
            2);
    }
    finish(table);
}

void kappa(QTableWidget* table, const CohortRapport& r)
{
    begin(table, {tr("Meetmoment"), tr("n (beide kwadranten bekend)"), tr("Kappa")});
    table->horizontalHeaderItem(2)->setToolTip(tr(
        "Cohen's kappa: overeenstemming over het kwadrant voorbij toeval (1 = altijd eens, 0 = niet meer dan toeval)"));
    for (const KappaCijfer& k : r.kwadrantKappa)
        addRow(table, {QString::number(k.meetmoment), aantal(k.n), figuur(k.kappa, 3)}, 0);
    if (r.kwadrantKappa.isEmpty())
        addRow(table, {tr("–"), aantal(0), figuur({})}, 0);
    finish(table);
}

void vervolgPerProfessional(QTableWidget* table, const VervolgOverzicht& v)
{
    begin(table, {tr("Professional"), tr("Inwoners"), tr("Met meetmoment"), tr("Vervolg nodig")});
    for (const VervolgTelling& t : v.perProfessional)
        addRow(table,
            {t.professional.isEmpty() ? tr("(geen professional)") : t.professional,
                aantal(t.inwoners),
                aantal(t.metMeetmoment),
                aantal(t.vervolgNodig)},
            1);
    addRow(table,
        {tr("Team"), aantal(v.team.inwoners), aantal(v.team.metMeetmoment), aantal(v.team.vervolgNodig)},
        1,
        true);
    finish(table);
}

} // namespace dw::dashboardtabellen
