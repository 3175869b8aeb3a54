#pragma once

#include "core/result.h"

#include <QDate>
#include <QString>

namespace dw {

class Database;
class Instrument;

// "inzage-ENS-0001": the name, without extension, of an inzage's files. Characters that are unsafe in a file name
// on some system (a slash, a colon, a space, anything not plain ASCII) become '_'.
QString inzageBestandsnaam(const QString& ref);

// The inzage of one inwoner (AVG art. 15 and 20): reads the dossier as an audited read ("inzage verstrekt", which
// also checks that this session may see it), and writes into `dir` (made when missing) the PDF for the inwoner to
// read (inzagepdf.h) and their data as a draagwijzer/1 file to take elsewhere, both through saveFile, and a copy of
// each bijlage in a folder "inzage-<ref>-bijlagen" beside them (listed in the PDF). An unknown
// ref, or a dossier this session may not see, is refused with the storage's Dutch reason. Needs a QGuiApplication.
Status makeInzage(
    Database& db, const Instrument& instrument, const QString& ref, const QString& dir, const QDate& today);

} // namespace dw
