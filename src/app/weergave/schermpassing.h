#pragma once

#include <QObject>
#include <QSize>

class QWidget;

namespace dw {

// Issue 20, point 4: at 150–200 % scaling a 1366×768 screen is 911×512 or 683×384 logical pixels. Windows then
// open no larger than the screen, and a dialog whose contents do not fit scrolls them, with its buttons (OK,
// Annuleren) always in view.

// Resizes a top-level window to `gewenst`, or to the screen's free area when that is smaller.
void pasInScherm(QWidget* venster, QSize gewenst);

// `paneel` in a frameless scroll area that shows scroll bars only when the pane gets less room than its controls need.
QWidget* scrollbaarPaneel(QWidget* paneel);

// Installed once on the application: fits every dialog and window of Draagwijzer to the screen when it is shown.
class SchermPassing : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Puts the contents of `dialog` in a scroll area, all but its button box; done once per dialog.
    static void maakScrollbaar(QWidget* dialog);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace dw
