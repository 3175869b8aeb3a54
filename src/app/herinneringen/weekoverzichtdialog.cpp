#include "weekoverzichtdialog.h"

#include "core/herinneringen.h"
#include "storage/herinneringrepository.h"
#include "ui_weekoverzichtdialog.h"

#include <QHeaderView>
#include <QPushButton>

#include <algorithm>

namespace dw {

WeekoverzichtDialog::WeekoverzichtDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WeekoverzichtDialog>())
{
    m_ui->setupUi(this);
    m_ui->lijst->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->lijst->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_ui->lijst->header()->setStretchLastSection(false);
    connect(m_ui->openenButton, &QPushButton::clicked, this, &WeekoverzichtDialog::openen);
    connect(m_ui->sluitenButton, &QPushButton::clicked, this, &QDialog::close);
    connect(m_ui->lijst, &QTreeWidget::itemActivated, this, &WeekoverzichtDialog::openen);
}

WeekoverzichtDialog::~WeekoverzichtDialog() = default;

int WeekoverzichtDialog::aantal() const
{
    return m_ui->lijst->topLevelItemCount();
}

int WeekoverzichtDialog::laad(Database& db, const QString& professional, int vervolgNaMaanden, const QDate& vandaag)
{
    m_ui->lijst->clear();
    const QDate zondag = herinneringen::eindeVanDeWeek(vandaag);
    if (professional.isEmpty()) {
        m_ui->kopLabel->setText(tr("Wie bent u als professional? Vul uw naam in bij Bewerken → Instellingen (Mijn "
                                   "caseload), of log in met een account met de rol professional."));
        return 0;
    }
    const auto bronnen = HerinneringRepository(db).bronnenVan(professional);
    if (!bronnen.ok()) {
        m_ui->kopLabel->setText(tr("De herinneringen kunnen niet worden gelezen: %1").arg(bronnen.errorMessage()));
        return -1;
    }
    struct Rij
    {
        Herinnering h;
        QString ref;
        QString naam;
    };
    QVector<Rij> rijen;
    for (const auto& d : bronnen.value()) {
        const auto lijst
            = herinneringen::totEnMet(herinneringen::voor(d.bron, vervolgNaMaanden, d.statussen, vandaag), zondag);
        for (const Herinnering& h : lijst)
            rijen.append({h, d.bron.ref, d.bron.naam});
    }
    std::stable_sort(rijen.begin(), rijen.end(), [](const Rij& a, const Rij& b) { return a.h.datum < b.h.datum; });
    int teLaat = 0;
    for (const Rij& r : std::as_const(rijen)) {
        const bool laat = r.h.teLaat(vandaag);
        teLaat += laat ? 1 : 0;
        QString status = laat ? tr("te laat") : (r.h.datum == vandaag ? tr("vandaag") : tr("deze week"));
        if (r.h.verzet)
            status += tr("; verzet: %1").arg(r.h.reden);
        auto* item = new QTreeWidgetItem(m_ui->lijst,
            {r.h.datum.toString(QStringLiteral("dd-MM-yyyy")),
                tr("%1 (%2)").arg(r.naam, r.ref),
                r.h.omschrijving,
                status});
        item->setData(0, Qt::UserRole, r.ref);
        item->setToolTip(2, r.h.omschrijving);
        if (laat) {
            QFont vet = item->font(0);
            vet.setBold(true);
            for (int c = 0; c < 4; ++c)
                item->setFont(c, vet);
        }
    }
    m_ui->kopLabel->setText(rijen.isEmpty()
            ? tr("Niets voor vandaag en deze week (tot en met zondag %1) in de caseload van %2.")
                  .arg(zondag.toString(QStringLiteral("dd-MM-yyyy")), professional)
            : tr("%1 herinnering(en) voor %2 tot en met zondag %3, waarvan %4 te laat.")
                  .arg(rijen.size())
                  .arg(professional, zondag.toString(QStringLiteral("dd-MM-yyyy")))
                  .arg(teLaat));
    if (!rijen.isEmpty())
        m_ui->lijst->setCurrentItem(m_ui->lijst->topLevelItem(0));
    m_ui->openenButton->setEnabled(!rijen.isEmpty());
    return int(rijen.size());
}

void WeekoverzichtDialog::openen()
{
    if (const QTreeWidgetItem* item = m_ui->lijst->currentItem())
        Q_EMIT dossierGekozen(item->data(0, Qt::UserRole).toString());
}

} // namespace dw
