#include "schermpassing.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLayout>
#include <QMainWindow>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

namespace dw {

namespace {

constexpr const char* scrollbaarGemaakt = "dw_scrollbaar";

QSize vrij(const QWidget* venster)
{
    const QScreen* screen = venster->screen();
    // Room for the window frame and a panel: 95 % of the free area.
    return screen ? screen->availableGeometry().size() * 0.95 : QSize(1024, 700);
}

// A pane that asks for the room its controls need, but never for more than part of the screen: on a normal screen it
// looks as without the scroll area, on a small or scaled one it scrolls instead of pushing the window off the screen.
class Paneel : public QScrollArea
{
public:
    QSize minimumSizeHint() const override
    {
        const QSize inhoud = widget() ? widget()->minimumSizeHint() : QSize();
        const QSize deel = vrij(this) * 0.5;
        return inhoud.boundedTo(deel).expandedTo(QScrollArea::minimumSizeHint());
    }
};

bool vanDraagwijzer(const QObject* o)
{
    return QLatin1String(o->metaObject()->className()).startsWith(QLatin1String("dw::"));
}

} // namespace

void pasInScherm(QWidget* venster, QSize gewenst)
{
    venster->resize(gewenst.boundedTo(vrij(venster)));
}

QWidget* scrollbaarPaneel(QWidget* paneel)
{
    auto* scroll = new Paneel;
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus); // it scrolls to whatever control has focus
    scroll->setWidget(paneel);
    return scroll;
}

void SchermPassing::maakScrollbaar(QWidget* dialog)
{
    QLayout* oud = dialog->layout();
    if (!oud || dialog->property(scrollbaarGemaakt).toBool())
        return;
    dialog->setProperty(scrollbaarGemaakt, true);
    auto* inhoud = new QWidget;
    inhoud->setObjectName(QStringLiteral("scrollInhoud"));
    inhoud->setLayout(oud); // takes the layout and its widgets over from the dialog
    QWidget* scroll = scrollbaarPaneel(inhoud);
    auto* nieuw = new QVBoxLayout(dialog);
    nieuw->setContentsMargins(0, 0, 0, 0);
    nieuw->addWidget(scroll, 1);
    if (auto* knoppen = inhoud->findChild<QDialogButtonBox*>(QString(), Qt::FindDirectChildrenOnly)) {
        oud->removeWidget(knoppen);
        auto* rij = new QVBoxLayout;
        rij->setContentsMargins(oud->contentsMargins());
        rij->addWidget(knoppen);
        nieuw->addLayout(rij);
    }
}

bool SchermPassing::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Show && watched->isWidgetType() && vanDraagwijzer(watched)) {
        auto* w = static_cast<QWidget*>(watched);
        // A dialog, or a window of its own such as the Teamoverzicht; the main window's panes scroll already.
        if (w->isWindow() && !qobject_cast<QMainWindow*>(w)) {
            const QSize ruimte = vrij(w);
            const QSize nodig = w->minimumSizeHint().expandedTo(w->minimumSize());
            if (nodig.width() > ruimte.width() || nodig.height() > ruimte.height()) {
                maakScrollbaar(w);
                w->setMinimumSize(0, 0);
            }
            if (w->width() > ruimte.width() || w->height() > ruimte.height())
                w->resize(w->size().boundedTo(ruimte));
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace dw
