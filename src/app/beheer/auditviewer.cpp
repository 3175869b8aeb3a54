#include "auditviewer.h"

#include "common/bestandskeuze.h"
#include "ui_auditviewer.h"

#include "auditmodel.h"

#include "reporting/auditexport.h"
#include "reporting/safefile.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>

namespace dw {

AuditViewer::AuditViewer(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AuditViewer>())
    , m_db(db)
    , m_model(new AuditModel(this))
{
    m_ui->setupUi(this);
    m_ui->tabel->setModel(m_model);
    m_ui->tabel->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->tabel->horizontalHeader()->setSectionResizeMode(AuditModel::Details, QHeaderView::Stretch);
    m_ui->actieCombo->addItem(tr("alle"), QString());
    for (const QString& actie : AuditQuery::acties())
        m_ui->actieCombo->addItem(actie, actie);
    const QDate today = QDate::currentDate();
    m_ui->vanDate->setDate(today.addMonths(-1));
    m_ui->totDate->setDate(today);
    m_ui->vanDate->setEnabled(false);
    m_ui->totDate->setEnabled(false);
    connect(m_ui->vanCheck, &QCheckBox::toggled, m_ui->vanDate, &QWidget::setEnabled);
    connect(m_ui->totCheck, &QCheckBox::toggled, m_ui->totDate, &QWidget::setEnabled);
    connect(m_ui->toonButton, &QPushButton::clicked, this, [this] { showFilter(filter()); });
    for (QLineEdit* edit : {m_ui->inwonerEdit, m_ui->gebruikerEdit})
        connect(edit, &QLineEdit::returnPressed, m_ui->toonButton, &QPushButton::click);
    connect(m_ui->meerButton, &QPushButton::clicked, this, &AuditViewer::loadMore);
    connect(m_ui->ingezienButton, &QPushButton::clicked, this, [this] {
        if (m_ui->inwonerEdit->text().trimmed().isEmpty()) {
            m_ui->aantalLabel->setText(tr("Vul eerst de ref van de inwoner in."));
            m_ui->inwonerEdit->setFocus();
            return;
        }
        showWhoRead(m_ui->inwonerEdit->text().trimmed());
    });
    connect(m_ui->csvButton, &QPushButton::clicked, this, [this] {
        const QString path = bestandskeuze::opslaanAls(
            this, tr("Auditlog naar CSV"), QStringLiteral("auditlog.csv"), tr("CSV-bestanden (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(m_ui->knoppen, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showFilter(filter());
}

AuditViewer::~AuditViewer() = default;

AuditFilter AuditViewer::filter() const
{
    AuditFilter f;
    f.inwonerRef = m_ui->inwonerEdit->text().trimmed();
    f.gebruiker = m_ui->gebruikerEdit->text().trimmed();
    f.actie = m_ui->actieCombo->currentData().toString();
    if (m_ui->vanCheck->isChecked())
        f.van = m_ui->vanDate->date();
    if (m_ui->totCheck->isChecked())
        f.tot = m_ui->totDate->date();
    return f;
}

bool AuditViewer::showFilter(const AuditFilter& f)
{
    if (f.van.isValid() && f.tot.isValid() && f.tot < f.van) {
        m_ui->aantalLabel->setText(tr("De periode eindigt voor ze begint."));
        return false;
    }
    AuditQuery query(m_db);
    Status s = query.noteViewed(f);
    const auto page = s.ok() ? query.page(f, 0, pageSize) : Result<QVector<AuditRegel>>(s.error());
    if (!page.ok()) {
        QMessageBox::warning(this, tr("Auditlog"), page.errorMessage());
        return false;
    }
    m_shown = f;
    m_more = page->size() == pageSize;
    m_model->reset(page.value());
    showCount();
    return true;
}

void AuditViewer::showWhoRead(const QString& ref)
{
    m_ui->inwonerEdit->setText(ref);
    m_ui->actieCombo->setCurrentIndex(m_ui->actieCombo->findData(QStringLiteral("dossier gelezen")));
    m_ui->gebruikerEdit->clear();
    m_ui->vanCheck->setChecked(false);
    m_ui->totCheck->setChecked(false);
    showFilter(filter());
}

bool AuditViewer::loadMore()
{
    if (!m_more)
        return false;
    const auto page = AuditQuery(m_db).page(m_shown, m_model->lastId(), pageSize);
    if (!page.ok()) {
        QMessageBox::warning(this, tr("Auditlog"), page.errorMessage());
        return false;
    }
    m_more = page->size() == pageSize;
    m_model->append(page.value());
    showCount();
    return true;
}

void AuditViewer::showCount()
{
    m_ui->aantalLabel->setText(m_more ? tr("De nieuwste %1 regels; meer met Meer laden.").arg(m_model->rowCount())
                                      : tr("%n regel(s).", nullptr, m_model->rowCount()));
    m_ui->meerButton->setEnabled(m_more);
}

bool AuditViewer::exportCsv(const QString& path)
{
    if (!m_db.isServer() && Database::isDatabaseOrCompanion(m_db.path(), path)) {
        QMessageBox::warning(this, tr("Auditlog"), tr("Dat is de database zelf; kies een ander bestand."));
        return false;
    }
    // Page by page into one QSaveFile: a filter over millions of rows does not have to fit in memory, and a
    // cancelled or failed export leaves the previous file as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        QMessageBox::warning(
            this, tr("Auditlog"), tr("%1 kan niet worden geschreven: %2").arg(path, fileErrorSentence(file)));
        return false;
    }
    QProgressDialog progress(tr("Auditlog exporteren…"), tr("Annuleren"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    AuditQuery query(m_db);
    qint64 before = 0;
    int written = 0;
    for (bool first = true;; first = false) {
        const auto page = query.page(m_shown, before, 5000);
        if (!page.ok()) {
            file.cancelWriting();
            QMessageBox::warning(this, tr("Auditlog"), page.errorMessage());
            return false;
        }
        file.write(auditCsv(page.value(), first));
        written += int(page->size());
        progress.setLabelText(tr("%1 regels geschreven…").arg(written));
        QCoreApplication::processEvents();
        if (progress.wasCanceled()) {
            file.cancelWriting();
            return false;
        }
        if (page->size() < 5000)
            break;
        before = page->constLast().id;
    }
    if (!file.commit()) {
        QMessageBox::warning(
            this, tr("Auditlog"), tr("%1 kan niet worden geschreven: %2").arg(path, fileErrorSentence(file)));
        return false;
    }
    m_ui->aantalLabel->setText(tr("%1 regels naar %2 geschreven.").arg(written).arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace dw
