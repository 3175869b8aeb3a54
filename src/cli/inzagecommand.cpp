// `draagwijzer-cli inzage REF --out MAP`: the inzage of one inwoner, a PDF and a draagwijzer/1 file (DESIGN.md).
#include "cli.h"

#include "core/instrument.h"
#include "reporting/inzage.h"

#include <QDir>

namespace dw::cli {

int Cli::inzage(const Arguments& a)
{
    // The two usual mistakes get their own sentence rather than onlyOptions' count of arguments.
    if (a.words.size() < 2)
        return finish(Error::badInput(QStringLiteral("de ref ontbreekt; bedoeld is: inzage REF --out MAP")));
    const Status s = onlyOptions(a, {QStringLiteral("--out")}, 2);
    if (!s.ok())
        return finish(s);
    const QString dir = a.value(QStringLiteral("--out"));
    if (dir.isEmpty())
        return finish(Error::badInput(QStringLiteral("optie --out ontbreekt (de map voor de inzage)")));
    auto db = openDatabase(a);
    if (!db.ok())
        return finish(db.error());
    const QString ref = a.words.at(1);
    const Status made = makeInzage(*db.value(), Instrument::standaard(), ref, dir, QDate::currentDate());
    if (!made.ok())
        return finish(made);
    const QString basis = QDir(dir).filePath(inzageBestandsnaam(ref));
    m_out << "Inzage van " << ref << " geschreven: " << basis << ".pdf en " << basis << ".json\n";
    return Success;
}

} // namespace dw::cli
