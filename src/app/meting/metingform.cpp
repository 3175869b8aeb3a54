#include "metingform.h"

#include "core/instrument.h"
#include "core/scoring.h"
#include "weergave/weergave.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace dw {

ChoiceRow::ChoiceRow(const QVector<Choice>& choices, QWidget* parent)
    : QWidget(parent)
    , m_choices(choices)
    , m_group(new QButtonGroup(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 1, 4, 1);
    for (int i = 0; i < choices.size(); ++i) {
        auto* button = new QRadioButton(choices.at(i).label, this);
        button->setToolTip(choices.at(i).tooltip);
        button->setFocusPolicy(Qt::NoFocus); // the row takes the focus; Tab goes row by row
        m_group->addButton(button, i);
        layout->addWidget(button);
    }
    layout->addStretch();
    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            Q_EMIT changed();
    });
}

int ChoiceRow::selected() const
{
    return m_group->checkedId();
}

void ChoiceRow::select(int index)
{
    if (index == selected())
        return;
    if (index < 0) {
        // An exclusive group cannot uncheck its last button; lift the rule for a moment.
        m_group->setExclusive(false);
        if (QAbstractButton* b = m_group->checkedButton())
            b->setChecked(false);
        m_group->setExclusive(true);
        Q_EMIT changed();
        return;
    }
    m_group->button(index)->setChecked(true);
}

std::optional<int> ChoiceRow::value() const
{
    const int i = selected();
    return i >= 0 ? m_choices.at(i).value : std::nullopt;
}

void ChoiceRow::keyPressEvent(QKeyEvent* event)
{
    for (int i = 0; i < m_choices.size(); ++i) {
        if (event->key() == m_choices.at(i).key) {
            select(i);
            focusNextChild(); // answered: on to the next row
            return;
        }
    }
    switch (event->key()) {
    case Qt::Key_Left:
        select(std::max(0, selected() - 1));
        return;
    case Qt::Key_Right:
        select(std::min(static_cast<int>(m_choices.size()) - 1, selected() + 1));
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        select(-1);
        return;
    case Qt::Key_Down:
        focusNextChild();
        return;
    case Qt::Key_Up:
        focusPreviousChild();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void ChoiceRow::focusInEvent(QFocusEvent* event)
{
    QPalette p = palette();
    // The row in focus: a pale tint of the selection colour; in high contrast the selection colour itself, with its
    // own text colour (a pale yellow under white text would be unreadable).
    if (kleuren().hoogContrast) {
        p.setColor(QPalette::Window, p.color(QPalette::Highlight));
        p.setColor(QPalette::WindowText, p.color(QPalette::HighlightedText));
        p.setColor(QPalette::ButtonText, p.color(QPalette::HighlightedText));
    } else {
        p.setColor(QPalette::Window, p.color(QPalette::Highlight).lighter(185));
    }
    setPalette(p);
    QWidget::focusInEvent(event);
}

void ChoiceRow::focusOutEvent(QFocusEvent* event)
{
    setPalette(QPalette());
    QWidget::focusOutEvent(event);
}

MetingForm::MetingForm(const Instrument& instrument, Perspectief perspectief, QWidget* parent)
    : QWidget(parent)
    , m_instrument(instrument)
    , m_perspectief(perspectief)
{
    const PerspectiefDefinitie& def = instrument.perspectief(perspectief);
    QVector<ChoiceRow::Choice> scale;
    for (const SchaalLabel& s : def.schaal)
        scale.append({QString::number(s.waarde), s.label, Qt::Key_0 + s.waarde, s.waarde});
    scale.append({def.openLabel, tr("Open antwoord (toets W)"), Qt::Key_W, std::nullopt});
    QVector<ChoiceRow::Choice> levels;
    for (const SchaalLabel& s : instrument.draaglastNiveaus())
        levels.append({QStringLiteral("%1 %2").arg(s.waarde).arg(s.label), s.label, Qt::Key_0 + s.waarde, s.waarde});
    levels.append({instrument.nvtLabel(), tr("Niet van toepassing (toets N)"), Qt::Key_N, std::nullopt});

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    auto* intro = new QLabel(tr("<b>%1 — %2.</b> Toets 1–5 per uitspraak (W = weet niet); Tab of ↓ naar de volgende.")
                                 .arg(def.tabel, def.titel));
    intro->setWordWrap(true);
    contentLayout->addWidget(intro);
    for (Component c : alleComponenten) {
        const QVector<InstrumentItem> items = instrument.items(perspectief, c);
        auto* box = new QGroupBox(tr("%1 (%n uitspraken)", nullptr, items.size()).arg(instrument.componentNaam(c)));
        auto* grid = new QGridLayout(box);
        grid->setColumnStretch(0, 1);
        for (int i = 0; i < items.size(); ++i) {
            auto* label = new QLabel(items.at(i).tekst);
            label->setWordWrap(true);
            auto* row = new ChoiceRow(scale);
            row->setObjectName(items.at(i).code);
            label->setBuddy(row);
            grid->addWidget(label, i, 0);
            grid->addWidget(row, i, 1);
            m_items.insert(items.at(i).code, row);
            if (!m_firstRow)
                m_firstRow = row;
            connect(row, &ChoiceRow::changed, this, &MetingForm::updateSummary);
        }
        contentLayout->addWidget(box);
    }
    auto* draaglast = new QGroupBox(tr("Draaglast per levensgebied (0, 1, 2 of N = n.v.t.)"));
    auto* grid = new QGridLayout(draaglast);
    grid->setColumnStretch(0, 1);
    int r = 0;
    for (const LevensgebiedDefinitie& g : instrument.levensgebieden()) {
        auto* label = new QLabel(g.naam);
        auto* row = new ChoiceRow(levels);
        row->setObjectName(g.code);
        label->setBuddy(row);
        grid->addWidget(label, r, 0);
        grid->addWidget(row, r++, 1);
        m_levensgebieden.insert(g.code, row);
        m_lastRow = row;
        connect(row, &ChoiceRow::changed, this, &MetingForm::updateSummary);
    }
    contentLayout->addWidget(draaglast);
    contentLayout->addStretch();

    auto* scroll = new QScrollArea;
    scroll->setAccessibleName(tr("Vragenlijst en draaglast"));
    scroll->setFocusPolicy(Qt::NoFocus); // not a stop of its own: it scrolls to the control that has focus
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_progress = new QProgressBar;
    m_progress->setRange(0, static_cast<int>(def.items.size() + instrument.levensgebieden().size()));
    m_progress->setFormat(tr("%v van %m ingevuld"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    updateSummary();
}

void MetingForm::setMeting(const std::optional<Meting>& meting)
{
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        const int v = meting ? meting->antwoorden.value(it.key(), 0) : 0;
        it.value()->select(v >= 1 ? v - 1 : -1);
    }
    for (auto it = m_levensgebieden.cbegin(); it != m_levensgebieden.cend(); ++it) {
        if (!meting || !meting->draaglast.contains(it.key())) {
            it.value()->select(-1);
            continue;
        }
        const auto level = meting->draaglast.value(it.key());
        it.value()->select(level ? *level : 3); // index 3 is n.v.t.
    }
    updateSummary();
}

Meting MetingForm::meting() const
{
    Meting m;
    m.perspectief = m_perspectief;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        if (const auto v = it.value()->value())
            m.antwoorden.insert(it.key(), *v);
    }
    for (auto it = m_levensgebieden.cbegin(); it != m_levensgebieden.cend(); ++it) {
        if (it.value()->isChosen())
            m.draaglast.insert(it.key(), it.value()->value());
    }
    return m;
}

bool MetingForm::isEmpty() const
{
    const Meting m = meting();
    return m.antwoorden.isEmpty() && m.draaglast.isEmpty();
}

ChoiceRow* MetingForm::itemRow(const QString& code) const
{
    return m_items.value(code);
}

ChoiceRow* MetingForm::levensgebiedRow(const QString& code) const
{
    return m_levensgebieden.value(code);
}

QString MetingForm::summaryText() const
{
    return m_summary->text();
}

void MetingForm::updateSummary()
{
    const Meting m = meting();
    const MetingScore s = scoreMeting(m_instrument, m);
    int filled = 0;
    for (const ChoiceRow* row : m_items)
        filled += row->isChosen();
    for (const ChoiceRow* row : m_levensgebieden)
        filled += row->isChosen();
    m_progress->setValue(filled);

    const Drempels& d = m_instrument.drempels();
    QStringList parts;
    for (Component c : alleComponenten) {
        const ComponentScore& cs = s.component(c);
        if (cs.score) {
            parts << tr("%1: <b>%2</b> (%3 van %4)")
                         .arg(m_instrument.componentNaam(c), QLocale().toString(*cs.score, 'f', 2))
                         .arg(cs.beantwoord)
                         .arg(cs.totaal);
        } else {
            parts << tr("%1: <span style='color:%5'>onvoldoende ingevuld (%2 van %3; minstens %4 nodig)</span>")
                         .arg(m_instrument.componentNaam(c))
                         .arg(cs.beantwoord)
                         .arg(cs.totaal)
                         .arg(d.minimaalBeantwoord(cs.totaal))
                         .arg(kleuren().afwijking.name());
        }
    }
    parts << tr("Kwadrant: <b>%1</b>").arg(m_instrument.kwadrantNaam(s.kwadrant));
    parts << tr("%n probleemgebied(en)", nullptr, s.probleemgebieden)
            + (s.meervoudig ? tr(" — meervoudige problematiek") : QString());
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    Q_EMIT changed();
}

} // namespace dw
