#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace dw {

// A file kept with an inwoner's dossier (issue 18, point 4): a signed consent, a letter, a scanned form. This is what
// is known about it; the content stays in the database (BijlageRepository) and is only ever streamed, never held
// here.
struct Bijlage
{
    qint64 id = 0;
    qint64 inwonerId = 0;
    QString omschrijving; // "Toestemmingsformulier, ondertekend"
    QDate datum; // of the document itself, chosen by the professional
    QString bestandsnaam; // the file name as it was added, without its folder
    QString mimeType; // from QMimeDatabase, by name and content
    qint64 grootte = 0; // in bytes
    QString sha256; // hex, of the whole content
    QString toegevoegdDoor;
    QDateTime toegevoegdOp; // UTC
};

namespace bijlage {

// 25 MB: a scan of a few pages or a photographed letter fits; a video does not belong in a dossier.
inline constexpr qint64 maxGrootte = 25LL * 1000 * 1000;
// Stored and read back in parts of this size, so that no more than one part is ever in memory.
inline constexpr qint64 deelGrootte = 256 * 1024;
inline constexpr int maxOmschrijving = 200;

// "840 bytes", "12 kB", "3,4 MB" (decimal units, as the 25 MB limit; Dutch decimal comma).
QString grootteTekst(qint64 bytes);
// Why `omschrijving`, `datum` and the size cannot be stored, in Dutch; empty when they can.
QString probleem(const QString& omschrijving, const QDate& datum, const QDate& vandaag);
QString teGrootTekst(qint64 grootte); // the refusal of a file over maxGrootte
// A file name without folders or characters a file system refuses, for a copy written out ("Brief 3-2.pdf").
QString veiligeNaam(const QString& bestandsnaam);

} // namespace bijlage

} // namespace dw
