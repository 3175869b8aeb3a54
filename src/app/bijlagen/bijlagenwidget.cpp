#include "bijlagenwidget.h"

#include "common/bestandskeuze.h"

#include "bijlagenmodel.h"
#include "bijlagewerk.h"
#include "core/clock.h"
#include "document/dossierdocument.h"
#include "storage/bijlagerepository.h"
#include "storage/database.h"
#include "ui_bijlagedialog.h"
#include "ui_bijlagenwidget.h"
#include "weergave/weergave.h"

#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMessageBox>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace dw {

namespace {

// The one local file a drop carries, or empty.
QString gesleeptBestand(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile() ? url.toLocalFile() : QString();
}

// Where the file dialogs start: the user's documents, or their home when there is no such folder (a missing folder
// would be taken for a file name).
QString documentenMap()
{
    const QString documenten = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(documenten).exists() ? documenten : QDir::homePath();
}

} // namespace

BijlagenWidget::BijlagenWidget(DossierDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BijlagenWidget>())
    , m_doc(document)
    , m_model(new BijlagenModel(this))
    , m_opener([](const QUrl& url) { return QDesktopServices::openUrl(url); })
{
    m_ui->setupUi(this);
    m_ui->lijstView->setModel(m_model);
    m_ui->lijstView->verticalHeader()->hide();
    // One line a bijlage, the description taking what is left; a long file name is cut short (the tooltip has it).
    m_ui->lijstView->setWordWrap(false);
    m_ui->lijstView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->lijstView->horizontalHeader()->setSectionResizeMode(BijlagenModel::Omschrijving, QHeaderView::Stretch);
    m_ui->lijstView->horizontalHeader()->setSectionResizeMode(BijlagenModel::Bestandsnaam, QHeaderView::Interactive);
    m_ui->lijstView->horizontalHeader()->resizeSection(BijlagenModel::Bestandsnaam, 190);
    m_ui->lijstView->viewport()->installEventFilter(this);
    m_ui->lijstView->installEventFilter(this);
    connect(m_ui->toevoegenButton, &QPushButton::clicked, this, &BijlagenWidget::toevoegen);
    connect(m_ui->openenButton, &QPushButton::clicked, this, &BijlagenWidget::openen);
    connect(m_ui->opslaanButton, &QPushButton::clicked, this, &BijlagenWidget::opslaanAls);
    connect(m_ui->verwijderButton, &QPushButton::clicked, this, &BijlagenWidget::verwijderen);
    connect(m_ui->lijstView, &QAbstractItemView::activated, this, &BijlagenWidget::openen);
    connect(m_ui->lijstView->selectionModel(),
        &QItemSelectionModel::currentRowChanged,
        this,
        &BijlagenWidget::knoppenBijwerken);
    // A colleague's change, a reload, an anonymisation: the list as stored.
    connect(m_doc, &DossierDocument::changed, this, &BijlagenWidget::vernieuw);
    vernieuw();
}

// The temporary copies go with the folder (QTemporaryDir removes it whole).
BijlagenWidget::~BijlagenWidget() = default;

void BijlagenWidget::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_ui->toevoegenButton->setVisible(!readOnly);
    m_ui->verwijderButton->setVisible(!readOnly);
    m_ui->lijstView->setAcceptDrops(!readOnly);
    m_ui->uitlegLabel->setText(readOnly
            ? tr("Bestanden bij dit dossier, zoals een ondertekende toestemming, een brief of een gescand formulier. "
                 "Alleen lezen: u kunt ze openen en een kopie opslaan, maar niets toevoegen of verwijderen.")
            : tr("Bestanden bij dit dossier, zoals een ondertekende toestemming, een brief of een gescand formulier "
                 "(tot %1 per bestand). Ze worden in de database bewaard en gaan mee in elke backup. Sleep een "
                 "bestand op de lijst om het toe te voegen.")
                  .arg(bijlage::grootteTekst(bijlage::maxGrootte)));
    knoppenBijwerken();
}

void BijlagenWidget::vernieuw()
{
    const qint64 was = gekozen();
    const auto lijst = BijlageRepository(m_doc->database(), m_doc->clock()).lijst(m_doc->dossier().inwoner.id);
    if (!lijst.ok()) {
        meld(lijst.errorMessage());
        return;
    }
    m_model->setBijlagen(lijst.value());
    qint64 samen = 0;
    for (const Bijlage& b : lijst.value())
        samen += b.grootte;
    m_ui->aantalLabel->setText(lijst->isEmpty() ? tr("Nog geen bijlagen")
            : lijst->size() == 1                ? tr("1 bijlage, %1").arg(bijlage::grootteTekst(samen))
                                 : tr("%1 bijlagen, samen %2").arg(lijst->size()).arg(bijlage::grootteTekst(samen)));
    const int row = m_model->rowOf(was);
    if (row >= 0)
        m_ui->lijstView->selectRow(row);
    knoppenBijwerken();
}

qint64 BijlagenWidget::gekozen() const
{
    const Bijlage* b = gekozenBijlage();
    return b ? b->id : 0;
}

const Bijlage* BijlagenWidget::gekozenBijlage() const
{
    const QModelIndex current = m_ui->lijstView->currentIndex();
    return current.isValid() ? m_model->bijlage(current.row()) : nullptr;
}

void BijlagenWidget::knoppenBijwerken()
{
    const bool gekozen = gekozenBijlage() != nullptr;
    m_ui->openenButton->setEnabled(gekozen);
    m_ui->opslaanButton->setEnabled(gekozen);
    m_ui->verwijderButton->setEnabled(gekozen && !m_readOnly);
}

QString BijlagenWidget::tijdelijkeMap() const
{
    return m_tijdelijk ? m_tijdelijk->path() : QString();
}

void BijlagenWidget::meld(const QString& text)
{
    m_ui->meldingLabel->setText(text.isEmpty()
            ? QString()
            : QStringLiteral("<span style='color:%1'>%2</span>").arg(kleuren().afwijking.name(), text.toHtmlEscaped()));
}

void BijlagenWidget::toevoegen()
{
    if (m_readOnly)
        return;
    const QString pad = bestandskeuze::openBestand(this,
        tr("Bijlage toevoegen"),
        documentenMap(),
        tr("Alle bestanden (*);;PDF (*.pdf);;Afbeeldingen (*.png *.jpg *.jpeg *.tif *.tiff)"));
    if (!pad.isEmpty())
        toevoegenVan(pad);
}

void BijlagenWidget::toevoegenVan(const QString& pad)
{
    if (m_readOnly)
        return;
    if (Database::isDatabaseOrCompanion(m_doc->database().path(), pad)) {
        meld(tr("Dat is het databasebestand van Draagwijzer zelf; dat kan geen bijlage zijn."));
        return;
    }
    const QFileInfo info(pad);
    // Too big is said before the description is asked for, and before anything is written.
    if (info.size() > bijlage::maxGrootte) {
        QMessageBox::warning(this, tr("Bijlage te groot"), bijlage::teGrootTekst(info.size()));
        return;
    }
    BijlageDialog dialog(info.fileName(), info.size(), m_doc->clock().today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    voegToe(pad, dialog.omschrijving(), dialog.datum());
}

bool BijlagenWidget::voegToe(const QString& pad, const QString& omschrijving, const QDate& datum)
{
    if (m_readOnly)
        return false;
    const Connector connector = m_doc->database().connector();
    const qint64 inwonerId = m_doc->dossier().inwoner.id;
    const Clock& clock = m_doc->clock();
    // The window goes on with events while the work runs (the bar shows after half a second): the dossier may have
    // been closed, and this tab with it, by the time it is done.
    const QPointer<BijlagenWidget> blijft(this);
    const auto toegevoegd = metVoortgang(this,
        tr("Bijlage %1 bewaren…").arg(QFileInfo(pad).fileName()),
        [&](const BijlageRepository::Voortgang& voortgang) -> Result<Bijlage> {
            auto db = connector.openWriter();
            if (!db.ok())
                return db.error();
            return BijlageRepository(*db.value(), clock).voegToe(inwonerId, pad, omschrijving, datum, voortgang);
        });
    if (!blijft)
        return toegevoegd.ok();
    if (!toegevoegd.ok()) {
        meld(toegevoegd.errorMessage()); // beside the buttons, where the eye is after the dialog
        return false;
    }
    meld({});
    vernieuw();
    const int row = m_model->rowOf(toegevoegd->id);
    if (row >= 0)
        m_ui->lijstView->selectRow(row);
    Q_EMIT statusMessage(
        tr("Bijlage \"%1\" bewaard (%2).").arg(toegevoegd->omschrijving, bijlage::grootteTekst(toegevoegd->grootte)));
    return true;
}

void BijlagenWidget::openen()
{
    const Bijlage* gekozen = gekozenBijlage();
    if (!gekozen)
        return;
    const Bijlage b = *gekozen;
    if (!m_tijdelijk) {
        // 0700 by QTemporaryDir; removed whole with this widget.
        m_tijdelijk
            = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/draagwijzer-bijlagen-XXXXXX"));
        if (!m_tijdelijk->isValid()) {
            meld(tr("Er kan geen tijdelijke map worden gemaakt: %1").arg(m_tijdelijk->errorString()));
            m_tijdelijk.reset();
            return;
        }
    }
    // A folder per bijlage: two files with the same name never overwrite each other's copy.
    const QString map = m_tijdelijk->filePath(QString::number(b.id));
    QDir().mkpath(map);
    QFile::setPermissions(map, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString pad = QDir(map).filePath(bijlage::veiligeNaam(b.bestandsnaam));
    const Connector connector = m_doc->database().connector();
    const Clock& clock = m_doc->clock();
    const QPointer<BijlagenWidget> blijft(this);
    const Status geschreven = metVoortgang(
        this, tr("Bijlage %1 openen…").arg(b.bestandsnaam), [&](const BijlageRepository::Voortgang& voortgang) {
            auto db = connector.readOnlySession() ? connector.openReader() : connector.openWriter();
            if (!db.ok())
                return Status(db.error());
            return BijlageRepository(*db.value(), clock)
                .schrijfNaar(b.id, pad, BijlageRepository::geopend(), voortgang);
        });
    if (!blijft)
        return;
    if (!geschreven.ok()) {
        meld(geschreven.errorMessage());
        return;
    }
    QFile::setPermissions(pad, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    meld({});
    if (!m_opener(QUrl::fromLocalFile(pad))) {
        meld(tr("Er is geen programma gevonden om dit bestand (%1) te openen. Kies Opslaan als… en open de kopie "
                "zelf.")
                 .arg(b.mimeType));
        return;
    }
    Q_EMIT statusMessage(tr("Bijlage \"%1\" geopend. De tijdelijke kopie wordt verwijderd als u het dossier sluit.")
                             .arg(b.omschrijving));
}

void BijlagenWidget::opslaanAls()
{
    const Bijlage* gekozen = gekozenBijlage();
    if (!gekozen)
        return;
    const Bijlage b = *gekozen;
    const QString map = documentenMap();
    const QString pad = bestandskeuze::opslaanAls(
        this, tr("Bijlage opslaan als"), QDir(map).filePath(bijlage::veiligeNaam(b.bestandsnaam)));
    if (pad.isEmpty())
        return;
    if (Database::isDatabaseOrCompanion(m_doc->database().path(), pad)) {
        meld(tr("Dat is het databasebestand zelf; kies een andere naam."));
        return;
    }
    const Connector connector = m_doc->database().connector();
    const Clock& clock = m_doc->clock();
    const QPointer<BijlagenWidget> blijft(this);
    const Status geschreven = metVoortgang(
        this, tr("Bijlage %1 opslaan…").arg(b.bestandsnaam), [&](const BijlageRepository::Voortgang& voortgang) {
            auto db = connector.readOnlySession() ? connector.openReader() : connector.openWriter();
            if (!db.ok())
                return Status(db.error());
            return BijlageRepository(*db.value(), clock)
                .schrijfNaar(b.id, pad, BijlageRepository::opgeslagen(), voortgang);
        });
    if (!blijft)
        return;
    if (!geschreven.ok()) {
        meld(geschreven.errorMessage());
        return;
    }
    meld({});
    Q_EMIT statusMessage(tr("Kopie van de bijlage opgeslagen in %1.").arg(QDir::toNativeSeparators(pad)));
}

void BijlagenWidget::verwijderen()
{
    const Bijlage* gekozen = gekozenBijlage();
    if (m_readOnly || !gekozen)
        return;
    const Bijlage b = *gekozen;
    QMessageBox vraag(QMessageBox::Question,
        tr("Bijlage verwijderen"),
        tr("De bijlage \"%1\" (%2, %3) uit het dossier verwijderen? Dit kan niet ongedaan worden gemaakt; alleen een "
           "backup van eerder heeft haar nog.")
            .arg(b.omschrijving, b.bestandsnaam, bijlage::grootteTekst(b.grootte)),
        QMessageBox::Yes | QMessageBox::No,
        this);
    vraag.setObjectName(QStringLiteral("bijlageVerwijderenVraag"));
    vraag.button(QMessageBox::Yes)->setText(tr("&Verwijderen"));
    vraag.button(QMessageBox::No)->setText(tr("&Houden"));
    vraag.setDefaultButton(QMessageBox::No);
    if (vraag.exec() != QMessageBox::Yes)
        return;
    const Status weg = BijlageRepository(m_doc->database(), m_doc->clock()).verwijder(b.id);
    if (!weg.ok()) {
        meld(weg.errorMessage());
        vernieuw();
        return;
    }
    meld({});
    vernieuw();
    Q_EMIT statusMessage(tr("Bijlage \"%1\" verwijderd.").arg(b.omschrijving));
}

bool BijlagenWidget::eventFilter(QObject* watched, QEvent* event)
{
    // A file dropped on the list is added (the description and date asked first).
    if (watched == m_ui->lijstView->viewport() && !m_readOnly) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto* drag = static_cast<QDropEvent*>(event);
            if (!gesleeptBestand(drag->mimeData()).isEmpty()) {
                drag->setDropAction(Qt::CopyAction);
                drag->accept();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto* drop = static_cast<QDropEvent*>(event);
            const QString pad = gesleeptBestand(drop->mimeData());
            if (!pad.isEmpty()) {
                drop->acceptProposedAction();
                toevoegenVan(pad);
                return true;
            }
        }
    }
    // Delete in the list removes the chosen one (after the question).
    if (watched == m_ui->lijstView && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Delete && !m_readOnly) {
        verwijderen();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

BijlageDialog::BijlageDialog(const QString& bestandsnaam, qint64 grootte, const QDate& vandaag, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BijlageDialog>())
    , m_vandaag(vandaag)
{
    m_ui->setupUi(this);
    m_ui->bestandLabel->setText(
        tr("Bestand: <b>%1</b> (%2)").arg(bestandsnaam.toHtmlEscaped(), bijlage::grootteTekst(grootte)));
    // No maximum on the field: typing 20-11 while it says 01-12 would pass through 20-12, later than today, and be
    // refused key by key. A date in the future is refused on Toevoegen instead, with the reason.
    m_ui->datumEdit->setDate(vandaag);
    m_ui->knoppen->button(QDialogButtonBox::Ok)->setText(tr("&Toevoegen"));
    m_ui->knoppen->button(QDialogButtonBox::Cancel)->setText(tr("&Annuleren"));
    connect(m_ui->knoppen, &QDialogButtonBox::accepted, this, &BijlageDialog::accept);
    connect(m_ui->knoppen, &QDialogButtonBox::rejected, this, &BijlageDialog::reject);
    m_ui->omschrijvingEdit->setFocus();
}

BijlageDialog::~BijlageDialog() = default;

QString BijlageDialog::omschrijving() const
{
    return m_ui->omschrijvingEdit->text().trimmed();
}

QDate BijlageDialog::datum() const
{
    return m_ui->datumEdit->date();
}

void BijlageDialog::accept()
{
    const QString probleem = bijlage::probleem(omschrijving(), datum(), m_vandaag);
    if (!probleem.isEmpty()) {
        m_ui->meldingLabel->setText(probleem);
        m_ui->omschrijvingEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace dw
