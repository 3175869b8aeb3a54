#include "importstaat.h"

#include "core/spreadsheetcel.h"

namespace dw {

ImportStaat::ImportStaat(Database& database, const Instrument& ins, const QDate& today)
    : db(database)
    , instrument(ins)
    , importer(database, ins, today)
{ }

SpreadsheetProfiel ImportStaat::profiel(const QString& naam) const
{
    SpreadsheetProfiel p;
    p.naam = naam;
    p.blad = basis.blad;
    p.kopregel = basis.kopregel;
    p.indeling = basis.indeling;
    p.perspectief = basis.perspectief;
    p.kolommen = spreadsheetkoppeling::kolommen(koppen, keuzes);
    // Only the lists the columns use: a saved profile says what this sheet needs, no more.
    for (const SpreadsheetKolom& k : std::as_const(p.kolommen)) {
        if (!k.waarden.isEmpty())
            p.waardelijsten.insert(k.waarden, lijsten.value(k.waarden));
    }
    return p;
}

QString ImportStaat::kolomNaam(int kolom) const
{
    const QString kop = koppen.value(kolom).simplified();
    const QString letter = spreadsheetColumnName(kolom);
    return kop.isEmpty() ? letter : QStringLiteral("%1 (%2)").arg(letter, kop);
}

QVector<SpreadsheetCell> ImportStaat::cellen(int kolom) const
{
    QVector<SpreadsheetCell> uit;
    for (const NumberedRow& r : rijen)
        uit.append(r.cells.value(kolom));
    return uit;
}

QStringList ImportStaat::kolommenMet(const QString& lijst) const
{
    QStringList uit;
    for (qsizetype i = 0; i < keuzes.size(); ++i) {
        if (keuzes.at(i).isWaarde() && keuzes.at(i).waarden == lijst)
            uit << kolomNaam(static_cast<int>(i));
    }
    return uit;
}

Status ImportStaat::leesVoorbeeld()
{
    const auto gelezen = readSpreadsheetRows(pad, basis.blad, basis.kopregel + voorbeeldRijen);
    if (!gelezen.ok())
        return gelezen.error();
    koppen.clear();
    rijen.clear();
    bool kop = false;
    qsizetype breedte = 0;
    for (const NumberedRow& r : *gelezen) {
        if (r.number < basis.kopregel)
            continue;
        if (r.number == basis.kopregel) {
            kop = true;
            for (const SpreadsheetCell& c : r.cells)
                koppen << c.text;
        } else if (kop && rijen.size() < voorbeeldRijen) {
            rijen << r;
        }
        breedte = std::max(breedte, r.cells.size());
    }
    if (!kop)
        return Error::badInput(QStringLiteral("Rij %1 is leeg of bestaat niet. Kies bij Kopregel de rij met de "
                                              "namen van de kolommen.")
                                   .arg(basis.kopregel));
    // A column may have values below an empty header: it can be mapped by its letter.
    while (koppen.size() < breedte)
        koppen << QString();

    ontbrekend.clear();
    open.clear();
    gecontroleerd = false;
    lijsten = standaardWaardelijsten(instrument);
    if (!basis.naam.isEmpty()) {
        for (auto it = basis.waardelijsten.cbegin(); it != basis.waardelijsten.cend(); ++it)
            lijsten.insert(it.key(), it.value());
        keuzes = spreadsheetkoppeling::uitProfiel(basis, koppen, &ontbrekend);
        return {};
    }
    keuzes = spreadsheetkoppeling::stelVoor(koppen, basis.indeling, instrument);
    for (qsizetype i = 0; i < keuzes.size(); ++i) {
        if (keuzes.at(i).isWaarde())
            keuzes[i].waarden
                = spreadsheetkoppeling::lijstVoor(cellen(static_cast<int>(i)), keuzes.at(i), lijsten, instrument);
    }
    return {};
}

} // namespace dw
