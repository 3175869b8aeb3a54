#include "afsluitdialog.h"

#include "ui_afsluitdialog.h"

#include <QPushButton>

namespace dw {

AfsluitDialog::AfsluitDialog(const QString& ref, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AfsluitDialog>())
    , m_today(today)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Dossier %1 afsluiten").arg(ref));
    m_ui->datumEdit->setMaximumDate(today);
    m_ui->datumEdit->setDate(today);
    for (Afsluitreden r : alleAfsluitredenen) {
        QString tekst = afsluitredenTekst(r);
        tekst[0] = tekst.at(0).toUpper();
        m_ui->redenCombo->addItem(tekst, static_cast<int>(r));
    }
    connect(m_ui->redenCombo, &QComboBox::currentIndexChanged, this, &AfsluitDialog::check);
    connect(m_ui->toelichtingEdit, &QLineEdit::textChanged, this, &AfsluitDialog::check);
    connect(m_ui->datumEdit, &QDateEdit::dateChanged, this, &AfsluitDialog::check);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Afsluiten"));
    m_ui->redenCombo->setFocus();
    check();
}

AfsluitDialog::~AfsluitDialog() = default;

DossierStatus AfsluitDialog::status() const
{
    DossierStatus s;
    s.afgeslotenOp = m_ui->datumEdit->date();
    s.reden = static_cast<Afsluitreden>(m_ui->redenCombo->currentData().toInt());
    s.toelichting = m_ui->toelichtingEdit->text().trimmed();
    return s;
}

void AfsluitDialog::setStatus(const DossierStatus& status)
{
    m_ui->datumEdit->setDate(status.afgeslotenOp);
    m_ui->redenCombo->setCurrentIndex(m_ui->redenCombo->findData(static_cast<int>(status.reden)));
    m_ui->toelichtingEdit->setText(status.toelichting);
}

void AfsluitDialog::check()
{
    // The same rule storage applies (core/dossierstatus.h), said before OK rather than after.
    const QString problem = afsluitenProblem(status(), m_today);
    m_ui->melding->setText(problem.isEmpty() ? QString() : problem.at(0).toUpper() + problem.mid(1) + QLatin1Char('.'));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace dw
