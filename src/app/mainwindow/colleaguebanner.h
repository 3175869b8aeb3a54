#pragma once

#include <QFrame>

namespace dw {

// The line above an open dossier when a colleague at another desk saved it meanwhile (team mode): what is on
// screen is no longer what is on the server, and one click reloads it.
class ColleagueBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ColleagueBanner(QWidget* parent = nullptr);

Q_SIGNALS:
    void reloadRequested();
};

} // namespace dw
