#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace dw {

// A line across the top of a pane that says what the user must know now and offers the one thing to do about it:
// a colleague saved the open dossier (reload), or the team server is away (try again). Hidden until shown.
class NoticeBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Tone { Note, Warning };
    NoticeBanner(const QString& objectName, Tone tone, QWidget* parent = nullptr);

    // A widget with this banner above `content`, which gets the rest of the height.
    QWidget* above(QWidget* content);

    void setText(const QString& text);
    // The button, with its object name (for tests and accessibility); none until this is called.
    void setAction(const QString& text, const QString& objectName);

Q_SIGNALS:
    void actionTriggered();

private:
    QLabel* m_text = nullptr;
    QPushButton* m_button = nullptr;
};

} // namespace dw
