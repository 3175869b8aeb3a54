#include "bewaartermijndialog.h"

#include "ui_bewaartermijndialog.h"

#include "common/busywork.h"
#include "storage/database.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>

namespace dw {

BewaartermijnDialog::BewaartermijnDialog(Database& db, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BewaartermijnDialog>())
    , m_db(db)
    , m_lifecycle(db, clock)
    , m_retention(db, clock)
    , m_clock(clock)
{
    m_ui->setupUi(this);
    m_ui->lijst->setColumnCount(5);
    m_ui->lijst->setHorizontalHeaderLabels(
        {tr("Ref"), tr("Professional"), tr("Team"), tr("Afgesloten op"), tr("Termijn verstreken op")});
    m_ui->lijst->horizontalHeader()->setStretchLastSection(true);
    m_ui->lijst->verticalHeader()->hide();
    m_ui->uitleg->setText(
        tr("Na deze termijn worden afgesloten dossiers geanonimiseerd. De organisatie stelt de termijn vast; "
           "Draagwijzer begint met %1 jaar als voorbeeld, niet als wettelijke regel. Zie docs/privacy.md.")
            .arg(DossierLifecycle::standaardBewaartermijnJaren));
    connect(m_ui->opslaanButton, &QPushButton::clicked, this, &BewaartermijnDialog::saveTermijn);
    connect(m_ui->allesButton, &QPushButton::clicked, this, &BewaartermijnDialog::selectAll);
    connect(m_ui->anonimiserenButton, &QPushButton::clicked, this, [this] { anonymizeSelected(); });
    connect(m_ui->lijst, &QTableWidget::itemSelectionChanged, this, [this] {
        m_ui->anonimiserenButton->setEnabled(!selectedRefs().isEmpty() && !m_db.readOnly());
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto jaren = m_lifecycle.bewaartermijnJaren();
    m_ui->jarenSpin->setValue(jaren.ok() ? jaren.value() : DossierLifecycle::standaardBewaartermijnJaren);
    m_ui->opslaanButton->setEnabled(!m_db.readOnly());
    const auto auditJaren = m_retention.bewaartermijnJaren();
    m_ui->auditSpin->setMinimum(AuditRetention::minimumJaren);
    m_ui->auditSpin->setValue(auditJaren.ok() ? auditJaren.value() : AuditRetention::standaardJaren);
    m_ui->auditOpslaanButton->setEnabled(!m_db.readOnly());
    m_ui->opschonenButton->setEnabled(!m_db.readOnly());
    connect(m_ui->auditOpslaanButton, &QPushButton::clicked, this, &BewaartermijnDialog::saveAuditTermijn);
    connect(m_ui->opschonenButton, &QPushButton::clicked, this, [this] { cleanUpAudit(); });
    reload();
}

BewaartermijnDialog::~BewaartermijnDialog() = default;

QString BewaartermijnDialog::melding() const
{
    return m_ui->melding->text();
}

int BewaartermijnDialog::rijen() const
{
    return m_ui->lijst->rowCount();
}

void BewaartermijnDialog::reload()
{
    const auto list = m_lifecycle.verlopen();
    m_ui->lijst->setRowCount(0);
    if (!list.ok()) {
        m_ui->melding->setText(list.errorMessage());
        return;
    }
    const QLocale locale;
    for (const auto& v : list.value()) {
        const int row = m_ui->lijst->rowCount();
        m_ui->lijst->insertRow(row);
        const QStringList cells {v.ref,
            v.professional,
            v.team,
            locale.toString(v.afgeslotenOp, QLocale::ShortFormat),
            locale.toString(v.verlopenOp, QLocale::ShortFormat)};
        for (int c = 0; c < cells.size(); ++c)
            m_ui->lijst->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_ui->lijst->resizeColumnsToContents();
    m_ui->lijstLabel->setText(tr("Bewaartermijn &verstreken: %n dossier(s)", nullptr, m_ui->lijst->rowCount()));
    m_ui->anonimiserenButton->setEnabled(false);
    m_ui->allesButton->setEnabled(m_ui->lijst->rowCount() > 0);
}

bool BewaartermijnDialog::saveTermijn()
{
    const Status s = m_lifecycle.setBewaartermijnJaren(m_ui->jarenSpin->value());
    m_ui->melding->setText(
        s.ok() ? tr("De bewaartermijn is nu %n jaar.", nullptr, m_ui->jarenSpin->value()) : s.errorMessage());
    if (s.ok())
        reload();
    return s.ok();
}

bool BewaartermijnDialog::saveAuditTermijn()
{
    const Status s = m_retention.setBewaartermijnJaren(m_ui->auditSpin->value());
    m_ui->melding->setText(
        s.ok() ? tr("Auditregels worden nu %n jaar bewaard.", nullptr, m_ui->auditSpin->value()) : s.errorMessage());
    return s.ok();
}

bool BewaartermijnDialog::cleanUpAudit(bool askFirst)
{
    // Both read or write the whole log (1 s and 10 s at five million rows): on a worker with its own connection, a
    // writer, since a refusal is written too.
    using Step = Result<AuditRetention::Opschoning> (AuditRetention::*)();
    const auto onWorker = [this, connector = m_db.connector()](const QString& label, Step step) {
        return runBusy(this, label, [&]() -> Result<AuditRetention::Opschoning> {
            auto db = connector.openWriter();
            if (!db.ok())
                return db.error();
            AuditRetention retention(*db.value(), m_clock);
            return (retention.*step)();
        });
    };
    const auto voorstel = onWorker(tr("Auditlog nalopen…"), &AuditRetention::voorstel);
    if (!voorstel.ok()) {
        m_ui->melding->setText(voorstel.errorMessage());
        return false;
    }
    const QString grens = QLocale().toString(voorstel->grens, QLocale::ShortFormat);
    if (voorstel->aantal == 0) {
        m_ui->melding->setText(tr("Er zijn geen auditregels van voor %1; er is niets op te schonen.").arg(grens));
        return true;
    }
    if (askFirst
        && QMessageBox::question(this,
               tr("Auditlog opschonen"),
               tr("%n auditregel(s) van voor %1 verwijderen?\n\nDe bewaartermijn van het auditlog is verstreken. "
                  "De hashketen blijft controleerbaar vanaf de eerste regel die blijft. Dit kan niet ongedaan worden "
                  "gemaakt.",
                   nullptr,
                   int(voorstel->aantal))
                   .arg(grens),
               QMessageBox::Yes | QMessageBox::Cancel,
               QMessageBox::Cancel)
            != QMessageBox::Yes)
        return false;
    const auto done = onWorker(tr("Auditlog opschonen…"), &AuditRetention::opschonen);
    m_ui->melding->setText(done.ok() ? tr("%n auditregel(s) van voor %1 verwijderd.", nullptr, int(done->aantal))
                                           .arg(QLocale().toString(done->grens, QLocale::ShortFormat))
                                     : done.errorMessage());
    return done.ok();
}

void BewaartermijnDialog::selectAll()
{
    m_ui->lijst->selectAll();
}

QStringList BewaartermijnDialog::selectedRefs() const
{
    QStringList refs;
    const auto rows = m_ui->lijst->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        refs << m_ui->lijst->item(index.row(), 0)->text();
    return refs;
}

bool BewaartermijnDialog::anonymizeSelected(const QString& bevestiging)
{
    const QStringList refs = selectedRefs();
    if (refs.isEmpty())
        return false;
    // One dossier: its ref, as the CLI asks; several: their number. Either way typed, never a default button.
    const QString verwacht = refs.size() == 1 ? refs.first() : QString::number(refs.size());
    QString typed = bevestiging;
    if (typed.isEmpty()) {
        bool ok = false;
        typed = QInputDialog::getText(this,
            tr("Anonimiseren"),
            // QInputDialog does not wrap its label: the lines are broken here.
            tr("%n dossier(s) anonimiseren.\n\nNaam, contact, dag en maand van geboorte en alle vrije tekst\n"
               "worden vervangen. Antwoorden, scores, kwadranten en data blijven,\nzodat de cijfers van het team "
               "gelijk blijven.\n\nDit kan niet ongedaan worden gemaakt. Backups van eerder bevatten\nde "
               "gegevens nog tot ze worden vervangen.\n\nTyp ter bevestiging %1:",
                nullptr,
                refs.size())
                .arg(refs.size() == 1 ? tr("de ref %1").arg(verwacht) : tr("het aantal (%1)").arg(verwacht)),
            QLineEdit::Normal,
            {},
            &ok);
        if (!ok)
            return false;
    }
    if (typed.trimmed() != verwacht) {
        m_ui->melding->setText(tr("De bevestiging klopt niet; er is niets geanonimiseerd."));
        return false;
    }
    QProgressDialog progress(tr("Anonimiseren…"), tr("Stoppen"), 0, refs.size(), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    int done = 0;
    QString fout;
    for (const QString& ref : refs) {
        if (progress.wasCanceled())
            break;
        const Status s = m_lifecycle.anonymize(ref, ref); // confirmed above for the whole selection
        if (!s.ok()) {
            fout = tr("%1: %2").arg(ref, s.errorMessage());
            break;
        }
        progress.setValue(++done);
    }
    progress.setValue(refs.size());
    reload();
    m_ui->melding->setText(fout.isEmpty()
            ? tr("%n dossier(s) geanonimiseerd.", nullptr, done)
            : tr("%n dossier(s) geanonimiseerd; gestopt bij %1", nullptr, done).arg(fout));
    return fout.isEmpty() && done == refs.size();
}

} // namespace dw
