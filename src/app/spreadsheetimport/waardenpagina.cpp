#include "waardenpagina.h"

#include "ui_waardenpagina.h"

#include "importstaat.h"

#include "core/spreadsheetcel.h"

#include <QHeaderView>
#include <QSet>

namespace dw {

namespace {

constexpr int geenAntwoord = -1;
constexpr int nogKiezen = -2;

const QString eigenItems = QStringLiteral("eigen");
const QString eigenDraaglast = QStringLiteral("eigen draaglast");

} // namespace

WaardenPagina::WaardenPagina(ImportStaat& staat, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::WaardenPagina>())
    , m_staat(staat)
{
    m_ui->setupUi(this);
    m_ui->woordenView->setColumnCount(2);
    m_ui->woordenView->setHorizontalHeaderLabels({tr("Woord in het blad"), tr("Waarde")});
    m_ui->woordenView->horizontalHeader()->setStretchLastSection(true);
    m_ui->woordenView->verticalHeader()->hide();
    m_ui->woordenView->setColumnWidth(0, 320);
    connect(m_ui->lijstCombo, &QComboBox::currentIndexChanged, this, &WaardenPagina::toonLijst);
    connect(m_ui->woordenView, &QTableWidget::itemSelectionChanged, this, &WaardenPagina::toonWoord);
    connect(m_ui->waardeCombo, &QComboBox::currentIndexChanged, this, &WaardenPagina::waardeGekozen);
    connect(m_ui->toevoegenButton, &QPushButton::clicked, this, &WaardenPagina::voegToe);
    connect(m_ui->nieuwEdit, &QLineEdit::returnPressed, this, &WaardenPagina::voegToe);
    connect(m_ui->verwijderenButton, &QPushButton::clicked, this, &WaardenPagina::verwijder);
}

WaardenPagina::~WaardenPagina() = default;

void WaardenPagina::initializePage()
{
    vindWoorden();
    m_tonen = true;
    m_ui->lijstCombo->clear();
    QString eerste;
    for (auto it = m_staat.lijsten.cbegin(); it != m_staat.lijsten.cend(); ++it) {
        m_ui->lijstCombo->addItem(it.key(), it.key());
        if (eerste.isEmpty() && !m_staat.open.value(it.key()).isEmpty())
            eerste = it.key();
        else if (eerste.isEmpty() && !m_staat.kolommenMet(it.key()).isEmpty())
            eerste = it.key();
    }
    m_tonen = false;
    kiesLijst(eerste.isEmpty() ? m_staat.lijsten.firstKey() : eerste);
    toonLijst();
}

void WaardenPagina::vindWoorden()
{
    // The preview's words that the value columns cannot read yet. A column without a list that has such words gets
    // the own list of its kind: a word means something else on the 1-5 scale than as a draaglast. Found again on
    // every visit, as the columns may have changed.
    m_staat.open.clear();
    QMap<int, QStringList> woorden; // column -> its unknown words
    QSet<SpreadsheetVeldSoort> eigen; // kinds that need their own list
    for (qsizetype i = 0; i < m_staat.keuzes.size(); ++i) {
        const SpreadsheetKeuze& keuze = m_staat.keuzes.at(i);
        if (!keuze.isWaarde())
            continue;
        for (const SpreadsheetCell& cel : m_staat.cellen(static_cast<int>(i))) {
            if (!spreadsheetkoppeling::leesbaar(cel, keuze, m_staat.lijsten, m_staat.instrument))
                woorden[static_cast<int>(i)] << spreadsheetcel::sleutel(cel);
        }
        if (woorden.contains(static_cast<int>(i)) && keuze.waarden.isEmpty())
            eigen.insert(keuze.veld.soort);
    }
    // Every column of that kind without a list takes the own list: a team that writes "soms" in V2 writes it in V7
    // too, below the preview, and a word the list lacks still falls back to the numbers and the scale's words.
    for (qsizetype i = 0; i < m_staat.keuzes.size(); ++i) {
        SpreadsheetKeuze& keuze = m_staat.keuzes[i];
        if (!keuze.isWaarde() || !keuze.waarden.isEmpty() || !eigen.contains(keuze.veld.soort))
            continue;
        keuze.waarden = keuze.veld.soort == SpreadsheetVeldSoort::Draaglast ? eigenDraaglast : eigenItems;
        if (!m_staat.lijsten.contains(keuze.waarden))
            m_staat.lijsten.insert(keuze.waarden, {});
    }
    for (auto it = woorden.cbegin(); it != woorden.cend(); ++it) {
        const QString& lijst = m_staat.keuzes.at(it.key()).waarden;
        QStringList& open = m_staat.open[lijst];
        for (const QString& w : it.value()) {
            if (!open.contains(w) && !m_staat.lijsten.value(lijst).contains(w))
                open << w;
        }
        open.sort();
    }
    m_staat.gecontroleerd = false;
}

QString WaardenPagina::lijst() const
{
    return m_ui->lijstCombo->currentData().toString();
}

void WaardenPagina::kiesLijst(const QString& naam)
{
    m_ui->lijstCombo->setCurrentIndex(m_ui->lijstCombo->findData(naam));
}

QString WaardenPagina::gekozenWoord() const
{
    const QList<QTableWidgetItem*> gekozen = m_ui->woordenView->selectedItems();
    return gekozen.isEmpty() ? QString() : m_ui->woordenView->item(gekozen.first()->row(), 0)->text();
}

void WaardenPagina::kiesWoord(const QString& woord)
{
    const auto gevonden = m_ui->woordenView->findItems(woord, Qt::MatchExactly);
    for (QTableWidgetItem* item : gevonden) {
        if (item->column() == 0)
            m_ui->woordenView->setCurrentCell(item->row(), 0);
    }
}

void WaardenPagina::toonLijst()
{
    if (m_tonen)
        return;
    const QString naam = lijst();
    const QStringList kolommen = m_staat.kolommenMet(naam);
    m_ui->gebruik->setText(kolommen.isEmpty()
            ? tr("Geen kolom gebruikt deze lijst; kies hem bij Voorbeeld en kolommen als u hem nodig hebt.")
            : tr("Gebruikt door: %1.").arg(kolommen.join(QStringLiteral(", "))));

    // The values this list's words can have, by the kind of the columns that use it.
    bool items = false;
    bool draaglast = false;
    QSet<Perspectief> perspectieven;
    for (const SpreadsheetKeuze& k : std::as_const(m_staat.keuzes)) {
        if (!k.isWaarde() || k.waarden != naam)
            continue;
        if (k.veld.soort == SpreadsheetVeldSoort::Draaglast) {
            draaglast = true;
        } else {
            items = true;
            perspectieven.insert(m_staat.instrument.item(k.veld.code)->perspectief);
        }
    }
    if (!items && !draaglast)
        items = draaglast = true;
    m_tonen = true;
    m_ui->waardeCombo->clear();
    m_ui->waardeCombo->addItem(tr("— nog kiezen —"), nogKiezen);
    const int van = draaglast ? 0 : 1;
    const int tot = items ? 5 : 2;
    for (int w = van; w <= tot; ++w) {
        QString label = QString::number(w);
        if (!items) {
            label += QStringLiteral(" – ") + m_staat.instrument.draaglastNiveaus().value(w).label;
        } else if (!draaglast && perspectieven.size() == 1) {
            for (const SchaalLabel& s : m_staat.instrument.perspectief(*perspectieven.cbegin()).schaal) {
                if (s.waarde == w)
                    label += QStringLiteral(" – ") + s.label;
            }
        }
        m_ui->waardeCombo->addItem(label, w);
    }
    m_ui->waardeCombo->addItem(items && draaglast ? tr("Geen antwoord / n.v.t.")
            : items                               ? tr("Geen antwoord (weet niet)")
                                                  : tr("N.v.t."),
        geenAntwoord);

    const QStringList open = m_staat.open.value(naam);
    const SpreadsheetWaarden waarden = m_staat.lijsten.value(naam);
    m_ui->woordenView->setRowCount(0);
    const auto rij = [this](const QString& woord, const QString& waarde, bool vet) {
        const int r = m_ui->woordenView->rowCount();
        m_ui->woordenView->insertRow(r);
        auto* w = new QTableWidgetItem(woord);
        auto* v = new QTableWidgetItem(waarde);
        QFont f = w->font();
        f.setBold(vet);
        w->setFont(f);
        v->setFont(f);
        m_ui->woordenView->setItem(r, 0, w);
        m_ui->woordenView->setItem(r, 1, v);
    };
    for (const QString& w : open)
        rij(w, m_ui->waardeCombo->itemText(0), true);
    for (auto it = waarden.cbegin(); it != waarden.cend(); ++it) {
        const int data = it.value() ? *it.value() : geenAntwoord;
        const int index = m_ui->waardeCombo->findData(data);
        rij(it.key(), index >= 0 ? m_ui->waardeCombo->itemText(index) : QString::number(data), false);
    }
    m_tonen = false;
    if (m_ui->woordenView->rowCount() > 0)
        m_ui->woordenView->setCurrentCell(0, 0);
    toonWoord();
    bijwerken();
}

void WaardenPagina::toonWoord()
{
    if (m_tonen)
        return; // the table is being refilled; its selection comes back after
    const QString woord = gekozenWoord();
    m_ui->waardeCombo->setEnabled(!woord.isEmpty());
    m_ui->verwijderenButton->setEnabled(!woord.isEmpty());
    if (woord.isEmpty())
        return;
    const SpreadsheetWaarden waarden = m_staat.lijsten.value(lijst());
    int data = nogKiezen;
    if (const auto it = waarden.find(woord); it != waarden.end())
        data = it.value() ? *it.value() : geenAntwoord;
    m_tonen = true;
    m_ui->waardeCombo->setCurrentIndex(std::max(0, m_ui->waardeCombo->findData(data)));
    m_tonen = false;
}

void WaardenPagina::waardeGekozen()
{
    const QString woord = gekozenWoord();
    const int data = m_ui->waardeCombo->currentData().toInt();
    if (m_tonen || woord.isEmpty() || data == nogKiezen)
        return;
    zetWaarde(data == geenAntwoord ? std::nullopt : std::optional<int>(data));
}

void WaardenPagina::zetWaarde(std::optional<int> waarde)
{
    const QString woord = gekozenWoord();
    if (woord.isEmpty())
        return;
    const QString naam = lijst();
    m_staat.lijsten[naam].insert(woord, waarde);
    m_staat.open[naam].removeAll(woord);
    m_staat.gecontroleerd = false;
    // The row in place, so the value combo keeps the focus and the arrow keys go on from the value chosen.
    const int rij = m_ui->woordenView->currentRow();
    const int index = m_ui->waardeCombo->findData(waarde ? *waarde : geenAntwoord);
    for (int kolom = 0; kolom < 2; ++kolom) {
        QTableWidgetItem* item = m_ui->woordenView->item(rij, kolom);
        QFont f = item->font();
        f.setBold(false);
        item->setFont(f);
    }
    m_ui->woordenView->item(rij, 1)->setText(m_ui->waardeCombo->itemText(index));
    m_tonen = true;
    m_ui->waardeCombo->setCurrentIndex(index);
    m_tonen = false;
    bijwerken();
}

void WaardenPagina::voegToe()
{
    const QString woord = m_ui->nieuwEdit->text().simplified().toLower();
    if (woord.isEmpty())
        return;
    const QString naam = lijst();
    if (!m_staat.lijsten.value(naam).contains(woord) && !m_staat.open.value(naam).contains(woord)) {
        m_staat.open[naam] << woord;
        toonLijst();
    }
    m_ui->nieuwEdit->clear();
    kiesWoord(woord);
    m_ui->waardeCombo->setFocus(Qt::OtherFocusReason);
}

void WaardenPagina::verwijder()
{
    const QString woord = gekozenWoord();
    if (woord.isEmpty())
        return;
    m_staat.lijsten[lijst()].remove(woord);
    m_staat.open[lijst()].removeAll(woord);
    m_staat.gecontroleerd = false;
    toonLijst();
}

void WaardenPagina::bijwerken()
{
    QStringList open;
    for (auto it = m_staat.open.cbegin(); it != m_staat.open.cend(); ++it) {
        for (const QString& w : it.value())
            open << tr("\"%1\" (lijst %2)").arg(w, it.key());
    }
    m_ui->melding->setText(open.isEmpty()
            ? QString()
            : tr("Nog zonder waarde: %1. Kies voor elk woord een waarde, of \"Geen antwoord\".")
                  .arg(open.join(QStringLiteral(", "))));
    Q_EMIT completeChanged();
}

bool WaardenPagina::isComplete() const
{
    for (const QStringList& open : std::as_const(m_staat.open)) {
        if (!open.isEmpty())
            return false;
    }
    return true;
}

QString WaardenPagina::melding() const
{
    return m_ui->melding->text();
}

} // namespace dw
