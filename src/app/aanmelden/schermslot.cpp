#include "schermslot.h"
#include "ui_slotscherm.h"

#include "storage/accountstore.h"
#include "storage/database.h"

#include <QApplication>
#include <QEvent>
#include <QMainWindow>

namespace dw {

// The lock itself: frameless, full screen and above every other window of the app, including an open dialog.
class SlotschermDialog : public QDialog
{
public:
    explicit SlotschermDialog(QWidget* parent)
        : QDialog(parent, Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint)
    {
        ui.setupUi(this);
        setModal(true);
        setWindowModality(Qt::ApplicationModal);
    }
    Ui::Slotscherm ui;

protected:
    void reject() override { } // Escape does not open it
};

Schermslot::Schermslot(Database& db, QWidget* window)
    : QObject(window)
    , m_db(db)
    , m_window(window)
{
    m_idle.setSingleShot(true);
    setIdleMinutes(15);
    connect(&m_idle, &QTimer::timeout, this, &Schermslot::lock);
    if (m_db.sessie().aangemeld()) {
        qApp->installEventFilter(this);
        m_idle.start();
    }
}

Schermslot::~Schermslot() = default;

void Schermslot::setIdleMinutes(int minutes)
{
    setIdleMs(minutes * 60 * 1000);
}

void Schermslot::setIdleMs(int ms)
{
    m_idle.setInterval(ms);
    if (m_idle.isActive())
        m_idle.start();
}

bool Schermslot::isLocked() const
{
    return m_dialog && m_dialog->isVisible();
}

QDialog* Schermslot::dialog() const
{
    return m_dialog.get();
}

bool Schermslot::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!isLocked() && m_idle.interval() > 0)
            m_idle.start(); // any input is activity
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void Schermslot::lock()
{
    if (!m_db.sessie().aangemeld() || isLocked())
        return;
    m_idle.stop();
    if (!m_dialog) {
        m_dialog = std::make_unique<SlotschermDialog>(m_window);
        connect(m_dialog->ui.ontgrendelButton, &QPushButton::clicked, this, [this] {
            unlock(m_dialog->ui.wachtwoordEdit->text());
        });
        // Return presses the default button (Ontgrendelen) already: one try per Return, not two.
        connect(m_dialog->ui.afmeldenButton, &QPushButton::clicked, this, &Schermslot::afmelden);
    }
    const Sessie& sessie = m_db.sessie();
    m_dialog->ui.titelLabel->setText(tr("<h2>Draagwijzer is vergrendeld</h2>"));
    m_dialog->ui.uitlegLabel->setText(tr("Ingelogd als %1 (%2). Vul uw wachtwoord in om verder te werken.")
                                          .arg(sessie.gebruiker, rollen::text(sessie.rollen)));
    m_dialog->ui.meldingLabel->clear();
    m_dialog->ui.wachtwoordEdit->clear();
    // What was on screen is hidden as well, so nothing shows around or behind the lock.
    if (auto* main = qobject_cast<QMainWindow*>(m_window); main && main->centralWidget())
        main->centralWidget()->hide();
    m_dialog->showFullScreen();
    m_dialog->raise();
    m_dialog->activateWindow();
    m_dialog->ui.wachtwoordEdit->setFocus();
    Q_EMIT lockedChanged(true);
}

bool Schermslot::unlock(const QString& password)
{
    if (!isLocked())
        return true;
    const Status s = AccountStore(m_db).confirm(password);
    if (!s.ok()) {
        QString text = s.error().cause == Error::Cause::Denied ? tr("onjuist wachtwoord") : s.errorMessage();
        text[0] = text[0].toUpper();
        m_dialog->ui.meldingLabel->setText(text + QLatin1Char('.'));
        m_dialog->ui.wachtwoordEdit->clear();
        return false;
    }
    m_dialog->hide();
    if (auto* main = qobject_cast<QMainWindow*>(m_window); main && main->centralWidget())
        main->centralWidget()->show();
    m_idle.start();
    Q_EMIT lockedChanged(false);
    return true;
}

} // namespace dw
