#include "herinneringenwidget.h"

#include "core/clock.h"
#include "document/dossierdocument.h"
#include "ui_herinneringenwidget.h"
#include "ui_verzetdialog.h"

#include <QHeaderView>
#include <QPushButton>

namespace dw {

namespace {

QString datum(const QDate& d)
{
    return d.toString(QStringLiteral("dd-MM-yyyy"));
}

} // namespace

HerinneringenWidget::HerinneringenWidget(DossierDocument* document, QWidget* parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::HerinneringenWidget>())
    , m_doc(document)
{
    m_ui->setupUi(this);
    m_ui->lijst->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->lijst->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->lijst->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_ui->lijst->header()->setStretchLastSection(false);
    connect(m_ui->gedaanButton, &QPushButton::clicked, this, [this] {
        if (!gekozen().isEmpty())
            m_doc->herinneringGedaan(gekozen());
    });
    connect(m_ui->verzetButton, &QPushButton::clicked, this, &HerinneringenWidget::verzetten);
    connect(m_ui->lijst, &QTreeWidget::currentItemChanged, this, [this] {
        const bool iets = !m_readOnly && !gekozen().isEmpty();
        m_ui->gedaanButton->setEnabled(iets);
        m_ui->verzetButton->setEnabled(iets);
    });
    connect(m_doc, &DossierDocument::changed, this, &HerinneringenWidget::vernieuw);
    vernieuw();
}

HerinneringenWidget::~HerinneringenWidget() = default;

void HerinneringenWidget::setVervolgNaMaanden(int maanden)
{
    m_vervolgNaMaanden = maanden;
    vernieuw();
}

void HerinneringenWidget::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    vernieuw();
}

QString HerinneringenWidget::gekozen() const
{
    const QTreeWidgetItem* item = m_ui->lijst->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void HerinneringenWidget::vernieuw()
{
    const QString was = gekozen();
    m_ui->lijst->clear();
    const QDate vandaag = m_doc->clock().today();
    const QVector<Herinnering> lijst = m_doc->herinneringen(m_vervolgNaMaanden);
    for (const Herinnering& h : lijst) {
        QString status = h.teLaat(vandaag) ? tr("te laat") : (h.datum == vandaag ? tr("vandaag") : QString());
        if (h.verzet)
            status = status.isEmpty() ? tr("verzet: %1").arg(h.reden) : tr("%1; verzet: %2").arg(status, h.reden);
        auto* item = new QTreeWidgetItem(m_ui->lijst, {datum(h.datum), h.omschrijving, status});
        item->setData(0, Qt::UserRole, h.sleutel);
        item->setToolTip(1, h.omschrijving);
        if (h.teLaat(vandaag)) {
            QFont vet = item->font(0);
            vet.setBold(true); // with "te laat" in words beside it
            for (int c = 0; c < 3; ++c)
                item->setFont(c, vet);
        }
        if (h.sleutel == was)
            m_ui->lijst->setCurrentItem(item);
    }
    m_ui->leegLabel->setText(
        lijst.isEmpty() ? tr("Niets gepland. Een vervolgmeting komt hier na het eerste meetmoment.") : QString());
    const bool iets = !m_readOnly && !gekozen().isEmpty();
    m_ui->gedaanButton->setEnabled(iets);
    m_ui->verzetButton->setEnabled(iets);
}

void HerinneringenWidget::verzetten()
{
    const QString sleutel = gekozen();
    if (m_readOnly || sleutel.isEmpty())
        return;
    const QTreeWidgetItem* item = m_ui->lijst->currentItem();
    VerzetDialog dialog(
        item->text(1), QDate::fromString(item->text(0), QStringLiteral("dd-MM-yyyy")), m_doc->clock().today(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_doc->herinneringVerzetten(sleutel, dialog.naar(), dialog.reden());
}

VerzetDialog::VerzetDialog(const QString& wat, const QDate& was, const QDate& vandaag, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::VerzetDialog>())
{
    m_ui->setupUi(this);
    m_ui->watLabel->setText(tr("%1 (nu %2)").arg(wat, datum(was)));
    m_ui->naarEdit->setMinimumDate(vandaag.addDays(1));
    m_ui->naarEdit->setDate(std::max(vandaag.addDays(7), was.addDays(7)));
    connect(m_ui->knoppen, &QDialogButtonBox::accepted, this, &VerzetDialog::accept);
    connect(m_ui->knoppen, &QDialogButtonBox::rejected, this, &VerzetDialog::reject);
    m_ui->redenEdit->setFocus();
}

VerzetDialog::~VerzetDialog() = default;

QDate VerzetDialog::naar() const
{
    return m_ui->naarEdit->date();
}

QString VerzetDialog::reden() const
{
    return m_ui->redenEdit->text().trimmed();
}

void VerzetDialog::accept()
{
    if (reden().isEmpty()) {
        m_ui->meldingLabel->setText(tr("Geef de reden: die komt bij de herinnering te staan."));
        m_ui->redenEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace dw
