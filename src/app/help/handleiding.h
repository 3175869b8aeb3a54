#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVector>

class QWidget;

namespace dw {

class HandleidingVenster;

// The user manual (docs/handleiding/, compiled in as the resource :/handleiding) and F1 on every screen.
//
// F1 opens the page of the screen in use: the focus widget and its parents are looked up, nearest first, by
//   1. a dynamic property "handleiding" (a page name; an empty string means "no manual here"),
//   2. their objectName (uic gives a form's top widget the form's name: "MetingDialog", "planPage"),
//   3. their class name without namespace ("TrendWidget").
// A QTabWidget on the way answers for its current page. A dialog that no one knows (a message box, a file
// dialog) gets the page of the window it came from.
//
// The main window's Help -> Handleiding has F1 as its shortcut; in every other window, and in a modal dialog,
// where that shortcut does not reach, this object (an application event filter) takes the F1 key press.
class Handleiding : public QObject
{
    Q_OBJECT
public:
    explicit Handleiding(QObject* parent = nullptr);
    ~Handleiding() override;

    struct Pagina
    {
        QString naam; // the file name without .md, as in links: "kwadranten"
        QString titel; // its first heading
    };
    // Every page of the manual, the index first, then in the order of the index's links.
    static QVector<Pagina> paginas();
    static QUrl url(const QString& pagina); // qrc:/handleiding/<pagina>.md
    static QString tekst(const QString& pagina); // the page's Markdown source; empty for an unknown page
    static QString startpagina() { return QStringLiteral("index"); }

    // The page for a widget; empty when there is no page (the lock screen, the inwoner's own questionnaire).
    static QString paginaVoor(const QWidget* widget);

    struct Treffer
    {
        QString pagina;
        QString titel;
        QString fragment; // the text around the first hit, plain
    };
    // Pages whose text holds every word of `zoektekst`; capitals and accents do not matter ("financien").
    static QVector<Treffer> zoek(const QString& zoektekst);

    // Opens the manual at `pagina`, above the window of `vanuit` (inside a modal dialog when one is open).
    void toon(const QString& pagina, QWidget* vanuit = nullptr);
    // Help -> Handleiding: the page of the widget that has the keyboard focus.
    void toonBijFocus();
    HandleidingVenster* venster() const; // the window of the last F1, or null

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<HandleidingVenster> m_venster;
};

} // namespace dw
