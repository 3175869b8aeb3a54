#include "handleidingvenster.h"

#include "handleiding.h"
#include "weergave/schermpassing.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dw {

HandleidingVenster::HandleidingVenster(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new QTextBrowser)
    , m_zoekveld(new QLineEdit)
    , m_terug(new QPushButton(tr("← &Terug")))
    , m_vooruit(new QPushButton(tr("&Vooruit →")))
{
    setObjectName(QStringLiteral("HandleidingVenster"));
    setWindowTitle(tr("Handleiding"));
    auto* inhoud = new QPushButton(tr("&Inhoud"));
    auto* begrippen = new QPushButton(tr("&Begrippen"));
    auto* zoekLabel = new QLabel(tr("&Zoeken:"));
    zoekLabel->setBuddy(m_zoekveld);
    m_zoekveld->setPlaceholderText(tr("bijv. kwadrant, twee derde, Ctrl+M"));
    m_zoekveld->setAccessibleName(tr("Zoeken in de handleiding"));
    m_zoekveld->setClearButtonEnabled(true);
    m_terug->setToolTip(tr("Vorige pagina (Alt+←)"));
    m_vooruit->setToolTip(tr("Volgende pagina (Alt+→)"));
    inhoud->setToolTip(tr("Inhoudsopgave van de handleiding"));
    begrippen->setToolTip(tr("De woorden van het onderzoek uitgelegd"));
    m_browser->setAccessibleName(tr("Pagina van de handleiding"));
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(false);

    auto* balk = new QHBoxLayout;
    balk->addWidget(m_terug);
    balk->addWidget(m_vooruit);
    balk->addWidget(inhoud);
    balk->addWidget(begrippen);
    balk->addStretch();
    balk->addWidget(zoekLabel);
    balk->addWidget(m_zoekveld, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(balk);
    layout->addWidget(m_browser, 1);

    connect(m_terug, &QPushButton::clicked, this, &HandleidingVenster::terug);
    connect(m_vooruit, &QPushButton::clicked, m_browser, &QTextBrowser::forward);
    connect(inhoud, &QPushButton::clicked, this, [this] { toonPagina(Handleiding::startpagina()); });
    connect(begrippen, &QPushButton::clicked, this, [this] { toonPagina(QStringLiteral("begrippen")); });
    connect(m_zoekveld, &QLineEdit::returnPressed, this, [this] { zoek(m_zoekveld->text()); });
    connect(m_browser, &QTextBrowser::backwardAvailable, m_terug, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_vooruit, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this] {
        m_zoekresultaten = false; // a link was followed, also from the search results
        bijgewerkt();
    });
    new QShortcut(QKeySequence::Find, this, m_zoekveld, qOverload<>(&QWidget::setFocus));
    new QShortcut(QKeySequence::Back, this, this, &HandleidingVenster::terug);
    new QShortcut(QKeySequence::Forward, this, m_browser, &QTextBrowser::forward);
    new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &QWidget::close);
    m_terug->setEnabled(false);
    m_vooruit->setEnabled(false);
    pasInScherm(this, QSize(820, 720));
}

void HandleidingVenster::toonPagina(const QString& pagina)
{
    if (Handleiding::tekst(pagina).isEmpty())
        return toonPagina(Handleiding::startpagina());
    m_zoekresultaten = false;
    // Markdown by its suffix; a link clicked in the page (kwadranten.md) resolves against this page's address.
    // The same address again (after a search) is loaded anew: setSource would keep the search results.
    if (m_browser->source() == Handleiding::url(pagina))
        m_browser->reload();
    else
        m_browser->setSource(Handleiding::url(pagina), QTextDocument::MarkdownResource);
    bijgewerkt();
}

QString HandleidingVenster::huidigePagina() const
{
    return m_zoekresultaten ? QStringLiteral("zoeken") : huidigePaginaOnderZoeken();
}

void HandleidingVenster::zoek(const QString& zoektekst)
{
    const auto treffers = Handleiding::zoek(zoektekst);
    QString html = tr("<h1>Zoeken: %1</h1>").arg(zoektekst.toHtmlEscaped());
    if (treffers.isEmpty()) {
        html += tr("<p>Geen pagina bevat alle woorden. Probeer een ander woord, of kijk in de "
                   "<a href=\"%1\">inhoud</a> en bij de <a href=\"%2\">begrippen</a>.</p>")
                    .arg(Handleiding::url(Handleiding::startpagina()).toString(),
                        Handleiding::url(QStringLiteral("begrippen")).toString());
    } else {
        html += tr("<p>%n pagina('s) gevonden.</p>", nullptr, int(treffers.size()));
        for (const Handleiding::Treffer& t : treffers)
            html
                += QStringLiteral("<p><a href=\"%1\"><b>%2</b></a><br>%3</p>")
                       .arg(Handleiding::url(t.pagina).toString(), t.titel.toHtmlEscaped(), t.fragment.toHtmlEscaped());
    }
    // Not a page of the history: Terug goes back to the page before the search.
    m_browser->setHtml(html);
    m_zoekresultaten = true;
    m_terug->setEnabled(true); // back to the page searched from
    setWindowTitle(tr("Handleiding: zoeken"));
}

void HandleidingVenster::terug()
{
    // From the search results back to the page they were searched from; else the page before.
    if (m_zoekresultaten)
        toonPagina(huidigePaginaOnderZoeken());
    else
        m_browser->backward();
}

QString HandleidingVenster::huidigePaginaOnderZoeken() const
{
    const QString bestand = m_browser->source().fileName();
    return bestand.endsWith(QStringLiteral(".md")) ? bestand.chopped(3) : Handleiding::startpagina();
}

void HandleidingVenster::bijgewerkt()
{
    m_terug->setEnabled(m_browser->isBackwardAvailable());
    QString titel;
    for (const Handleiding::Pagina& p : Handleiding::paginas()) {
        if (p.naam == huidigePagina())
            titel = p.titel;
    }
    setWindowTitle(titel.isEmpty() ? tr("Handleiding") : tr("Handleiding: %1").arg(titel));
}

} // namespace dw
