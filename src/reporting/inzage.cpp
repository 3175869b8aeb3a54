#include "inzage.h"

#include "inzagepdf.h"
#include "safefile.h"

#include "core/exchangeformat.h"
#include "storage/auditquery.h"
#include "storage/bijlagerepository.h"
#include "storage/dossierstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>

namespace dw {

QString inzageBestandsnaam(const QString& ref)
{
    QString naam = ref;
    for (QChar& c : naam) {
        const bool veilig = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.');
        if (!veilig)
            c = QLatin1Char('_');
    }
    return QStringLiteral("inzage-") + naam;
}

Status makeInzage(
    Database& db, const Instrument& instrument, const QString& ref, const QString& dir, const QDate& today)
{
    if (ref.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("geef de ref van de inwoner van wie de inzage is"));
    if (dir.isEmpty())
        return Error::badInput(QStringLiteral("geef de map waarin de inzage komt"));
    // Checked before the read, so that neither leaves an "inzage verstrekt" for an inzage that was never made.
    if (QFileInfo(dir).exists() && !QFileInfo(dir).isDir())
        return Error::badInput(QStringLiteral("%1 is een bestand, geen map").arg(dir));
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error::failure(QStringLiteral("de inzage kan niet worden gemaakt: dit programma kan geen PDF opmaken"));
    const auto dossier
        = DossierStore(db, instrument).load(ref, DossierStore::Audit::Read, QStringLiteral("inzage verstrekt"));
    if (!dossier.ok())
        return dossier.error();
    // Read after the load, so the inzage's own row is in the list the inwoner gets.
    const auto wieZag = AuditQuery(db).voorInzage(dossier->inwoner.id);
    if (!wieZag.ok())
        return wieZag.error();
    // The bijlagen: listed in the PDF and copied, part by part, into a folder beside it. Their reads are this
    // inzage's, audited above ("inzage verstrekt"), so the copies add no rows of their own.
    BijlageRepository bijlagen(db);
    const auto lijst = bijlagen.lijst(dossier->inwoner.id);
    if (!lijst.ok())
        return lijst.error();
    if (!QDir().mkpath(dir))
        return Error::failure(QStringLiteral("de map %1 kan niet worden gemaakt").arg(dir));
    const QString basis = QDir(dir).filePath(inzageBestandsnaam(ref));
    const QString bijlagenMap = inzageBestandsnaam(ref) + QStringLiteral("-bijlagen");
    QVector<Bijlage> gekopieerd = lijst.value();
    if (!gekopieerd.isEmpty()) {
        const QDir map(QDir(dir).filePath(bijlagenMap));
        if (!QDir().mkpath(map.path()))
            return Error::failure(QStringLiteral("de map %1 kan niet worden gemaakt").arg(map.path()));
        for (Bijlage& b : gekopieerd) {
            // "2026-03-02 Toestemming.pdf"; a second one of the same day and name gets "(2)".
            const QString naam = bijlage::veiligeNaam(b.bestandsnaam);
            QString kopie = QStringLiteral("%1 %2").arg(b.datum.toString(Qt::ISODate), naam);
            for (int n = 2; map.exists(kopie); ++n)
                kopie = QStringLiteral("%1 (%2) %3").arg(b.datum.toString(Qt::ISODate)).arg(n).arg(naam);
            const Status copied = bijlagen.schrijfNaar(b.id, map.filePath(kopie), QString());
            if (!copied.ok())
                return copied;
            b.bestandsnaam = kopie; // as the inwoner finds it in the folder
        }
    }
    const Status pdf = writeInzagePdf(dossier.value(),
        wieZag.value(),
        instrument,
        basis + QStringLiteral(".pdf"),
        today,
        gekopieerd,
        gekopieerd.isEmpty() ? QString() : bijlagenMap);
    if (!pdf.ok())
        return pdf;
    return saveFile(basis + QStringLiteral(".json"), ExchangeFormat(instrument).write({dossier.value()}));
}

} // namespace dw
