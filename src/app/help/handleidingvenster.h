#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace dw {

// The manual's window: a QTextBrowser on the Markdown pages of :/handleiding, with back, forward, the table of
// contents and a search over every page. Links between pages are relative (`kwadranten.md`), as in docs/.
class HandleidingVenster : public QWidget
{
    Q_OBJECT
public:
    explicit HandleidingVenster(QWidget* parent = nullptr);

    void toonPagina(const QString& pagina);
    // The page on screen ("kwadranten"), or "zoeken" while search results are shown.
    QString huidigePagina() const;
    void zoek(const QString& zoektekst); // shows the pages that hold every word, with a link to each
    QTextBrowser* browser() const { return m_browser; }
    QLineEdit* zoekveld() const { return m_zoekveld; }

private:
    void bijgewerkt();
    void terug();
    QString huidigePaginaOnderZoeken() const; // the page the browser holds, also under search results

    QTextBrowser* m_browser;
    QLineEdit* m_zoekveld;
    QPushButton* m_terug;
    QPushButton* m_vooruit;
    bool m_zoekresultaten = false;
};

} // namespace dw
