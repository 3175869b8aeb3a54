#include "metingdialog.h"

#include "core/instrument.h"
#include "metingform.h"
#include "ui_metingdialog.h"

#include <QPushButton>
#include <QShortcut>
#include <QTabBar>

namespace dw {

MetingDialog::MetingDialog(const Instrument& instrument, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MetingDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Opslaan"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Annuleren"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MetingDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (Perspectief p : allePerspectieven) {
        auto* form = new MetingForm(instrument, p);
        m_forms[static_cast<int>(p)] = form;
        const QString title = p == Perspectief::Inwoner
            ? tr("&1 Inwoner (%1)").arg(instrument.perspectief(p).tabel)
            : tr("&2 Professional (%1)").arg(instrument.perspectief(p).tabel);
        m_ui->tabs->addTab(form, title);
    }
    // The forms come after the buttons in the focus chain, which then wraps round to the date: a stray digit
    // after the last row would change it. After the last row (answered, arrow down or Tab) comes Opslaan.
    QPushButton* save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    setTabOrder(form(Perspectief::Professional)->lastRow(), save);
    setTabOrder(save, m_ui->buttonBox->button(QDialogButtonBox::Cancel));
    auto* first = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_1), this);
    connect(first, &QShortcut::activated, this, [this] { m_ui->tabs->setCurrentIndex(0); });
    auto* second = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_2), this);
    connect(second, &QShortcut::activated, this, [this] { m_ui->tabs->setCurrentIndex(1); });
    auto* saveKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(saveKey, &QShortcut::activated, this, &MetingDialog::accept);
    // A meetmoment lies between the start of the study and today; typing a year by accident cannot go further.
    m_ui->datumEdit->setDateRange(QDate(2000, 1, 1), QDate::currentDate());
    m_ui->datumEdit->setDate(QDate::currentDate());
    // Start in the first statement: the professional types answers straight away (the date has Alt+D).
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this] { focusFirstItem(); });
    focusFirstItem();
}

bool MetingDialog::focusNextPrevChild(bool next)
{
    // From the tab bar, Tab goes into the questionnaire of the tab shown (Qt would jump to the buttons).
    auto* f = static_cast<MetingForm*>(m_ui->tabs->currentWidget());
    if (next && f && f->firstRow() && focusWidget() == m_ui->tabs->tabBar()) {
        f->firstRow()->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QDialog::focusNextPrevChild(next);
}

void MetingDialog::focusFirstItem()
{
    auto* f = static_cast<MetingForm*>(m_ui->tabs->currentWidget());
    if (f && f->firstRow())
        f->firstRow()->setFocus();
}

MetingDialog::~MetingDialog() = default;

MetingForm* MetingDialog::form(Perspectief p) const
{
    return m_forms[static_cast<int>(p)];
}

void MetingDialog::setDatum(const QDate& datum)
{
    m_ui->datumEdit->setDate(datum);
}

void MetingDialog::setMeetmoment(const Meetmoment& meetmoment)
{
    setWindowTitle(tr("Meetmoment %1 bewerken").arg(meetmoment.volgnummer));
    m_ui->datumEdit->setDate(meetmoment.datum);
    m_ui->datumEdit->setEnabled(false); // the date orders the meetmomenten; change it by adding a new one
    for (Perspectief p : allePerspectieven)
        form(p)->setMeting(meetmoment.meting(p));
    m_origineel = meetmoment;
    if (const auto& inw = meetmoment.inwoner; inw && inw->zelfIngevuld)
        m_ui->messageLabel->setText(tr("De inwoner vulde de eigen vragenlijst zelf in (samen invullen). Wat u nu "
                                       "verandert, komt op uw naam in het auditlog."));
}

Meetmoment MetingDialog::meetmoment() const
{
    Meetmoment m;
    m.datum = m_ui->datumEdit->date();
    for (Perspectief p : allePerspectieven) {
        if (!form(p)->isEmpty())
            m.meting(p) = form(p)->meting();
        // Filled in by the inwoner stays marked so, also after the professional corrected an answer.
        if (m.meting(p) && m_origineel.meting(p)) {
            m.meting(p)->zelfIngevuld = m_origineel.meting(p)->zelfIngevuld;
            m.meting(p)->invulduurSeconden = m_origineel.meting(p)->invulduurSeconden;
        }
    }
    return m;
}

void MetingDialog::accept()
{
    // A date still being typed (Ctrl+Enter from the date field) is taken as typed, or corrected by the field.
    m_ui->datumEdit->interpretText();
    if (form(Perspectief::Inwoner)->isEmpty() && form(Perspectief::Professional)->isEmpty()) {
        m_ui->messageLabel->setText(tr("Vul ten minste één vragenlijst in, of kies Annuleren."));
        return;
    }
    QDialog::accept();
}

} // namespace dw
