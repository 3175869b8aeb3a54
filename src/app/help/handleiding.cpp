#include "handleiding.h"

#include "handleidingvenster.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTextDocument>

// Q_INIT_RESOURCE cannot be used inside a namespace.
static void initHandleidingResources()
{
    Q_INIT_RESOURCE(handleiding);
}

namespace dw {

namespace {

const QString map = QStringLiteral(":/handleiding/");

// Screens by objectName or class name (without "dw::"). An empty page: F1 does nothing there.
const QHash<QString, QString>& schermen()
{
    static const QHash<QString, QString> tabel = {
        {QStringLiteral("CaseloadWidget"), QStringLiteral("caseload")},
        {QStringLiteral("InwonerDialog"), QStringLiteral("gegevens")},
        {QStringLiteral("gegevensPage"), QStringLiteral("gegevens")},
        {QStringLiteral("HerinneringenWidget"), QStringLiteral("herinneringen")},
        {QStringLiteral("VerzetDialog"), QStringLiteral("herinneringen")},
        {QStringLiteral("WeekoverzichtDialog"), QStringLiteral("herinneringen")},
        {QStringLiteral("meetmomentenPage"), QStringLiteral("meetmomenten")},
        {QStringLiteral("MetingDialog"), QStringLiteral("vragenlijst")},
        {QStringLiteral("vergelijkingPage"), QStringLiteral("vergelijking")},
        {QStringLiteral("TrendWidget"), QStringLiteral("trends")},
        {QStringLiteral("planPage"), QStringLiteral("plan-van-aanpak")},
        {QStringLiteral("PlanEditor"), QStringLiteral("plan-van-aanpak")},
        {QStringLiteral("JournaalWidget"), QStringLiteral("journaal")},
        {QStringLiteral("BijlagenWidget"), QStringLiteral("bijlagen")},
        {QStringLiteral("BijlageDialog"), QStringLiteral("bijlagen")},
        {QStringLiteral("DashboardWidget"), QStringLiteral("teamoverzicht")},
        {QStringLiteral("SocialeKaartDialog"), QStringLiteral("sociale-kaart")},
        {QStringLiteral("InstellingenDialog"), QStringLiteral("instellingen")},
        {QStringLiteral("BackupTerugzettenDialog"), QStringLiteral("back-up")},
        {QStringLiteral("SpreadsheetWizard"), QStringLiteral("spreadsheet-importeren")},
        {QStringLiteral("AanmeldDialog"), QStringLiteral("accounts-en-auditlog")},
        {QStringLiteral("WachtwoordDialog"), QStringLiteral("accounts-en-auditlog")},
        {QStringLiteral("AccountsDialog"), QStringLiteral("accounts-en-auditlog")},
        {QStringLiteral("AuditViewer"), QStringLiteral("accounts-en-auditlog")},
        {QStringLiteral("AfsluitDialog"), QStringLiteral("afsluiten-en-bewaartermijn")},
        {QStringLiteral("BewaartermijnDialog"), QStringLiteral("afsluiten-en-bewaartermijn")},
        {QStringLiteral("MainWindow"), QStringLiteral("index")},
        // The inwoner fills in on the professional's screen and may go nowhere else; the lock shows nothing.
        {QStringLiteral("SamenInvullenDialog"), QString()},
        {QStringLiteral("Slotscherm"), QString()},
        {QStringLiteral("HandleidingVenster"), QString()},
    };
    return tabel;
}

// The page named on this one widget, or a null string when it names none (an empty one: no manual here).
QString paginaVanWidget(const QWidget* w)
{
    const QVariant property = w->property("handleiding");
    if (property.isValid())
        return property.toString().isNull() ? QStringLiteral("") : property.toString();
    const auto& tabel = schermen();
    if (const auto it = tabel.constFind(w->objectName()); !w->objectName().isEmpty() && it != tabel.cend())
        return it->isNull() ? QStringLiteral("") : *it;
    QString klasse = QString::fromLatin1(w->metaObject()->className());
    klasse = klasse.mid(klasse.lastIndexOf(QLatin1Char(':')) + 1);
    if (const auto it = tabel.constFind(klasse); it != tabel.cend())
        return it->isNull() ? QStringLiteral("") : *it;
    return {};
}

// Lower case without accents, one character for one, so that positions in the result are positions in the text.
QString zonderAccenten(const QString& tekst)
{
    QString uit = tekst;
    for (QChar& c : uit) {
        if (c.decompositionTag() == QChar::Canonical)
            c = c.decomposition().at(0);
        c = c.toLower();
    }
    return uit;
}

QString platteTekst(const QString& markdown)
{
    QTextDocument doc;
    doc.setMarkdown(markdown);
    return doc.toPlainText();
}

} // namespace

Handleiding::Handleiding(QObject* parent)
    : QObject(parent)
{
    initHandleidingResources();
    qApp->installEventFilter(this);
}

Handleiding::~Handleiding()
{
    // A window of its own (not inside a dialog) has no parent to take it along.
    if (m_venster && !m_venster->parentWidget())
        delete m_venster.data();
}

HandleidingVenster* Handleiding::venster() const
{
    return m_venster;
}

QUrl Handleiding::url(const QString& pagina)
{
    return QUrl(QStringLiteral("qrc:/handleiding/%1.md").arg(pagina));
}

QString Handleiding::tekst(const QString& pagina)
{
    initHandleidingResources();
    QFile file(map + pagina + QStringLiteral(".md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QVector<Handleiding::Pagina> Handleiding::paginas()
{
    initHandleidingResources();
    QStringList namen;
    namen << startpagina();
    // The index's links give the order; a page the index forgot still comes, at the end.
    static const QRegularExpression link(QStringLiteral(R"(\]\(([a-z0-9-]+)\.md\))"));
    for (auto it = link.globalMatch(tekst(startpagina())); it.hasNext();) {
        const QString naam = it.next().captured(1);
        if (!namen.contains(naam))
            namen << naam;
    }
    const QStringList bestanden = QDir(map).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    for (const QString& bestand : bestanden) {
        const QString naam = bestand.chopped(3);
        if (!namen.contains(naam))
            namen << naam;
    }
    QVector<Pagina> uit;
    for (const QString& naam : std::as_const(namen)) {
        const QString bron = tekst(naam);
        if (bron.isEmpty())
            continue;
        static const QRegularExpression kop(QStringLiteral(R"(^#\s+(.+)$)"), QRegularExpression::MultilineOption);
        const auto m = kop.match(bron);
        uit.append({naam, m.hasMatch() ? m.captured(1).trimmed() : naam});
    }
    return uit;
}

QString Handleiding::paginaVoor(const QWidget* widget)
{
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        // The tab bar of a QTabWidget is not inside the page it shows: the current page speaks for it.
        if (const auto* tabs = qobject_cast<const QTabWidget*>(w); tabs && tabs->currentWidget()) {
            const QString pagina = paginaVanWidget(tabs->currentWidget());
            if (!pagina.isNull())
                return pagina;
        }
        const QString pagina = paginaVanWidget(w);
        if (!pagina.isNull())
            return pagina;
    }
    return startpagina();
}

QVector<Handleiding::Treffer> Handleiding::zoek(const QString& zoektekst)
{
    const QStringList woorden
        = zonderAccenten(zoektekst).split(QRegularExpression(QStringLiteral(R"(\s+)")), Qt::SkipEmptyParts);
    QVector<Treffer> uit;
    if (woorden.isEmpty())
        return uit;
    for (const Pagina& p : paginas()) {
        const QString tekst = platteTekst(Handleiding::tekst(p.naam));
        const QString gewoon = zonderAccenten(tekst);
        bool alle = true;
        for (const QString& woord : woorden)
            alle = alle && gewoon.contains(woord);
        if (!alle)
            continue;
        const qsizetype plek = gewoon.indexOf(woorden.first());
        const qsizetype begin = std::max<qsizetype>(0, plek - 60);
        QString fragment = tekst.mid(begin, plek - begin + woorden.first().size() + 80).simplified();
        if (begin > 0)
            fragment.prepend(QStringLiteral("…"));
        if (plek + woorden.first().size() + 80 < tekst.size())
            fragment.append(QStringLiteral("…"));
        uit.append({p.naam, p.titel, fragment});
    }
    return uit;
}

void Handleiding::toon(const QString& pagina, QWidget* vanuit)
{
    // A modal dialog blocks every window outside itself: the manual then opens inside it, and goes with it.
    QWidget* ouder = QApplication::activeModalWidget();
    if (m_venster && m_venster->parentWidget() != ouder) {
        if (m_venster->parentWidget())
            m_venster->deleteLater();
        else
            delete m_venster.data();
    }
    if (!m_venster) {
        m_venster = new HandleidingVenster(ouder);
        m_venster->setWindowFlag(Qt::Window);
        m_venster->setAttribute(Qt::WA_QuitOnClose, false); // closing the main window still quits
        const QWidget* naast = vanuit ? vanuit->window() : ouder;
        if (naast)
            m_venster->move(naast->geometry().center() - QPoint(m_venster->width() / 2, m_venster->height() / 2));
    }
    m_venster->toonPagina(pagina);
    m_venster->show();
    m_venster->raise();
    m_venster->activateWindow();
}

void Handleiding::toonBijFocus()
{
    QWidget* focus = QApplication::focusWidget();
    if (!focus)
        focus = QApplication::activeWindow();
    const QString pagina = paginaVoor(focus);
    if (!pagina.isEmpty())
        toon(pagina, focus);
}

bool Handleiding::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress || !watched->isWidgetType())
        return QObject::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->key() != Qt::Key_F1 || key->modifiers() != Qt::NoModifier) // Shift+F1 stays Qt's "What's this?"
        return QObject::eventFilter(watched, event);
    const QString pagina = paginaVoor(static_cast<QWidget*>(watched));
    if (pagina.isEmpty())
        return QObject::eventFilter(watched, event);
    if (!key->isAutoRepeat())
        toon(pagina, static_cast<QWidget*>(watched));
    return true;
}

} // namespace dw
