#include "sameninvullendialog.h"

#include "core/clock.h"
#include "core/instrument.h"
#include "ui_sameninvullendialog.h"
#include "weergave/weergave.h"

#include <QCloseEvent>
#include <QKeyEvent>
#include <QPushButton>

#include <climits>

namespace dw {

namespace {

constexpr int nvt = -1; // the value of the N.v.t. button
constexpr int weetIkNiet = INT_MIN; // the value of the Weet ik niet button: no answer

// Large type and big targets, for reading at arm's length and for touch; a chosen answer in white on blue
// (contrast 5.3:1) and marked in its text, not by colour alone.
// In high contrast the sheet takes the scheme's colours: no fixed light background, text in the scheme's own.
const char* stijl = R"(
QDialog { background: @achtergrond; }
QLabel#stellingLabel { font-size: 26pt; font-weight: bold; color: @tekst; }
QLabel#uitlegLabel { font-size: 15pt; color: @gedempt; }
QLabel#kopLabel, QLabel#voortgangLabel { font-size: 15pt; color: @gedempt; }
QLabel#toetsenLabel { font-size: 11pt; color: @gedempt; }
QLabel#terugKopLabel { font-size: 26pt; font-weight: bold; }
QLabel#terugTekstLabel, QLabel#meldingLabel { font-size: 15pt; }
QLabel#meldingLabel { color: @afwijking; }
QPushButton { font-size: 16pt; min-height: 64px; padding: 6px 14px; }
QPushButton[antwoord="true"] { min-width: 140px; min-height: 110px; }
QPushButton:checked { background: @gekozen; color: @gekozenTekst; border: 3px solid @tekst; }
QLabel#wachtwoordLabel { font-size: 15pt; }
QLineEdit { font-size: 16pt; min-height: 40px; max-width: 520px; }
)";

// A long label in two lines, broken at the space nearest its middle, so six buttons fit side by side on a laptop
// screen in large type: "Niet mee eens,\nniet mee oneens".
QString inTweeRegels(const QString& label)
{
    if (label.size() <= 12)
        return label;
    const qsizetype midden = label.size() / 2;
    qsizetype beste = -1;
    for (qsizetype i = 0; i < label.size(); ++i) {
        if (label.at(i) == QLatin1Char(' ') && (beste < 0 || std::abs(i - midden) < std::abs(beste - midden)))
            beste = i;
    }
    return beste < 0 ? label : label.left(beste) + QLatin1Char('\n') + label.mid(beste + 1);
}

} // namespace

SamenInvullenDialog::SamenInvullenDialog(
    const Instrument& instrument, const Clock& clock, Bevestiging bevestig, QWidget* parent)
    : QDialog(parent, Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint)
    , m_ui(std::make_unique<Ui::SamenInvullenDialog>())
    , m_instrument(instrument)
    , m_clock(clock)
    , m_bevestig(std::move(bevestig))
    , m_begin(clock.now())
{
    m_ui->setupUi(this);
    const Kleuren& k = kleuren();
    setStyleSheet(
        QString::fromUtf8(stijl)
            .replace(QStringLiteral("@achtergrond"), k.hoogContrast ? k.achtergrond.name() : QStringLiteral("#fbfbf8"))
            .replace(QStringLiteral("@tekst"), k.hoogContrast ? k.tekst.name() : QStringLiteral("#1a1a1a"))
            .replace(QStringLiteral("@gedempt"), k.hoogContrast ? k.tekst.name() : QStringLiteral("#404040"))
            .replace(QStringLiteral("@afwijking"), k.afwijking.name())
            .replace(
                QStringLiteral("@gekozenTekst"), k.hoogContrast ? QStringLiteral("#000000") : QStringLiteral("#ffffff"))
            .replace(
                QStringLiteral("@gekozen"), k.hoogContrast ? QStringLiteral("#ffff00") : QStringLiteral("#2e6fb5")));
    setModal(true);
    setWindowState(Qt::WindowFullScreen);
    for (const InstrumentItem& item : instrument.perspectief(Perspectief::Inwoner).items)
        m_stappen.append({false, item.code, item.tekst, item.uitleg});
    for (const LevensgebiedDefinitie& gebied : instrument.levensgebieden())
        m_stappen.append({true, gebied.code, gebied.naam, {}});
    m_ui->voortgangBar->setRange(0, int(m_stappen.size()));
    connect(m_ui->vorigeButton, &QPushButton::clicked, this, [this] { toon(m_index - 1); });
    connect(m_ui->volgendeButton, &QPushButton::clicked, this, [this] { toon(m_index + 1); });
    connect(m_ui->doorgaanButton, &QPushButton::clicked, this, [this] { toon(std::min(m_index, stappen() - 1)); });
    connect(m_ui->afrondenButton, &QPushButton::clicked, this, [this] { afronden(m_ui->wachtwoordEdit->text()); });
    toon(0);
}

SamenInvullenDialog::~SamenInvullenDialog() = default;

int SamenInvullenDialog::stappen() const
{
    return int(m_stappen.size());
}

bool SamenInvullenDialog::opTerugScherm() const
{
    return m_ui->pages->currentWidget() == m_ui->terugPage;
}

Meting SamenInvullenDialog::meting() const
{
    Meting m;
    m.perspectief = Perspectief::Inwoner;
    m.antwoorden = m_antwoorden;
    m.draaglast = m_draaglast;
    m.zelfIngevuld = true;
    const QDateTime eind = m_eind.isValid() ? m_eind : m_clock.now();
    m.invulduurSeconden = int(std::max<qint64>(0, m_begin.secsTo(eind)));
    return m;
}

bool SamenInvullenDialog::leeg() const
{
    return m_antwoorden.isEmpty() && m_draaglast.isEmpty();
}

void SamenInvullenDialog::knop(const QString& tekst, int waarde, bool gekozen)
{
    auto* b = new QPushButton(tekst, this);
    b->setProperty("antwoord", true);
    b->setCheckable(true);
    b->setChecked(gekozen);
    b->setAutoDefault(false);
    const QString naam = QString(tekst).replace(QLatin1Char('\n'), QLatin1Char(' '));
    b->setAccessibleName(gekozen ? tr("%1, gekozen").arg(naam) : naam);
    connect(b, &QPushButton::clicked, this, [this, waarde] { waarde == weetIkNiet ? weetNiet() : kies(waarde); });
    m_ui->antwoordenLayout->addWidget(b);
    b->show(); // now, not at the next turn of the event loop: a key may follow at once
    m_knoppen.append(b);
}

void SamenInvullenDialog::toon(int index)
{
    if (index >= stappen()) {
        m_index = stappen();
        naarTerugScherm();
        return;
    }
    m_index = std::max(0, index);
    m_ui->pages->setCurrentWidget(m_ui->vraagPage);
    qDeleteAll(m_knoppen);
    m_knoppen.clear();
    const Stap& stap = m_stappen.at(m_index);
    m_ui->voortgangLabel->setText(tr("Vraag %1 van %2").arg(m_index + 1).arg(stappen()));
    m_ui->voortgangBar->setValue(m_index + 1);
    m_ui->vorigeButton->setEnabled(m_index > 0);
    if (!stap.draaglast) {
        const PerspectiefDefinitie& tabel = m_instrument.perspectief(Perspectief::Inwoner);
        m_ui->kopLabel->setText(tr("Hoe ziet u uzelf?"));
        m_ui->stellingLabel->setText(stap.tekst);
        m_ui->uitlegLabel->setText(stap.uitleg);
        const int gekozen = m_antwoorden.value(stap.code, 0);
        for (const SchaalLabel& s : tabel.schaal)
            knop(QStringLiteral("%1\n(%2)").arg(inTweeRegels(s.label)).arg(s.waarde), s.waarde, gekozen == s.waarde);
        knop(tr("Weet ik niet\n(W)"), weetIkNiet, false);
        m_ui->toetsenLabel->setText(tr("Toetsen: 1 tot en met 5, W = weet ik niet, ← vorige, → volgende"));
    } else {
        m_ui->kopLabel->setText(tr("Heeft u problemen op dit gebied?"));
        m_ui->stellingLabel->setText(stap.tekst);
        m_ui->uitlegLabel->clear();
        const auto it = m_draaglast.constFind(stap.code);
        for (const SchaalLabel& s : m_instrument.draaglastNiveaus())
            knop(QStringLiteral("%1\n(%2)").arg(inTweeRegels(s.label)).arg(s.waarde),
                s.waarde,
                it != m_draaglast.cend() && it.value() == s.waarde);
        knop(tr("%1\n(N)").arg(m_instrument.nvtLabel()), nvt, it != m_draaglast.cend() && !it.value());
        knop(tr("Weet ik niet\n(W)"), weetIkNiet, false);
        m_ui->toetsenLabel->setText(tr("Toetsen: 0, 1, 2, N = n.v.t., W = weet ik niet, ← vorige, → volgende"));
    }
    m_ui->uitlegLabel->setVisible(!m_ui->uitlegLabel->text().isEmpty());
    m_ui->stellingLabel->setFocus();
}

void SamenInvullenDialog::kies(int waarde)
{
    const Stap& stap = m_stappen.at(m_index);
    if (stap.draaglast)
        m_draaglast.insert(stap.code, waarde == nvt ? std::nullopt : std::optional<int>(waarde));
    else
        m_antwoorden.insert(stap.code, waarde);
    toon(m_index + 1);
}

void SamenInvullenDialog::weetNiet()
{
    // "Weet ik niet" is an open answer: nothing stored for this statement, or a levensgebied not rated.
    const Stap& stap = m_stappen.at(m_index);
    m_antwoorden.remove(stap.code);
    m_draaglast.remove(stap.code);
    toon(m_index + 1);
}

void SamenInvullenDialog::naarTerugScherm()
{
    const bool klaar = m_index >= stappen();
    m_ui->terugKopLabel->setText(klaar ? tr("Klaar. Dank u wel!") : tr("Stoppen met invullen?"));
    m_ui->terugTekstLabel->setText(klaar ? tr("Geef het scherm terug aan uw professional. U bespreekt de antwoorden "
                                              "samen.")
                                         : tr("U bent bij vraag %1 van %2. Om te stoppen vult de professional het "
                                              "wachtwoord in; wat u al heeft ingevuld, wordt bewaard.")
                                               .arg(m_index + 1)
                                               .arg(stappen()));
    m_ui->meldingLabel->clear();
    m_ui->wachtwoordEdit->clear();
    m_ui->pages->setCurrentWidget(m_ui->terugPage);
    m_ui->wachtwoordEdit->setFocus();
}

bool SamenInvullenDialog::afronden(const QString& wachtwoord)
{
    const Status s = m_bevestig(wachtwoord);
    if (!s.ok()) {
        QString reden = s.error().cause == Error::Cause::Denied ? tr("onjuist wachtwoord") : s.errorMessage();
        reden[0] = reden[0].toUpper();
        m_ui->meldingLabel->setText(reden + QLatin1Char('.'));
        m_ui->wachtwoordEdit->clear();
        return false;
    }
    m_vrij = true;
    m_eind = m_clock.now();
    accept();
    return true;
}

void SamenInvullenDialog::reject()
{
    if (m_vrij)
        QDialog::reject();
    else if (opTerugScherm())
        toon(std::min(m_index, stappen() - 1)); // Esc on the way out: back to the questions
    else
        naarTerugScherm();
}

void SamenInvullenDialog::closeEvent(QCloseEvent* event)
{
    if (m_vrij)
        return QDialog::closeEvent(event);
    event->ignore(); // Alt+F4 and the like: the way out asks for the password
    naarTerugScherm();
}

void SamenInvullenDialog::keyPressEvent(QKeyEvent* event)
{
    if (opTerugScherm() || event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        QDialog::keyPressEvent(event);
        return;
    }
    const bool draaglast = m_stappen.at(m_index).draaglast;
    const int key = event->key();
    if (!draaglast && key >= Qt::Key_1 && key <= Qt::Key_5)
        kies(key - Qt::Key_0);
    else if (draaglast && key >= Qt::Key_0 && key <= Qt::Key_2)
        kies(key - Qt::Key_0);
    else if (draaglast && key == Qt::Key_N)
        kies(nvt);
    else if (key == Qt::Key_W)
        weetNiet();
    else if (key == Qt::Key_Left || key == Qt::Key_Backspace)
        toon(m_index - 1);
    else if (key == Qt::Key_Right || key == Qt::Key_Return || key == Qt::Key_Enter)
        toon(m_index + 1);
    else
        QDialog::keyPressEvent(event);
}

} // namespace dw
