#include "noticebanner.h"

#include "weergave/weergave.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace dw {

NoticeBanner::NoticeBanner(const QString& objectName, Tone tone, QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel)
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    // Pale yellow for a note, pale red for what stops the user from saving (dark blue and dark red in high contrast).
    p.setColor(QPalette::Window, tone == Tone::Note ? kleuren().notitieAchtergrond : kleuren().blokkadeAchtergrond);
    p.setColor(QPalette::WindowText, kleuren().tekst);
    setPalette(p);
    m_text->setWordWrap(true);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    hide();
}

QWidget* NoticeBanner::above(QWidget* content)
{
    auto* pane = new QWidget;
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(this);
    layout->addWidget(content, 1);
    return pane;
}

void NoticeBanner::setText(const QString& text)
{
    m_text->setText(text);
    setAccessibleName(QTextDocumentFragment::fromHtml(text).toPlainText()); // read as words, not as markup
}

void NoticeBanner::setAction(const QString& text, const QString& objectName)
{
    if (!m_button) {
        m_button = new QPushButton;
        layout()->addWidget(m_button);
        connect(m_button, &QPushButton::clicked, this, &NoticeBanner::actionTriggered);
    }
    m_button->setText(text);
    m_button->setObjectName(objectName);
}

} // namespace dw
