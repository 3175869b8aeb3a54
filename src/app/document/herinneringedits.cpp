// DossierDocument's reminders (issue 17): computed from the dossier, with what the professional did with them.
#include "dossiercommands.h"
#include "dossierdocument.h"

#include "core/clock.h"
#include "storage/database.h"
#include "storage/herinneringrepository.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace dw {

QVector<Herinnering> DossierDocument::herinneringen(int vervolgNaMaanden) const
{
    return dw::herinneringen::voor(
        dw::herinneringen::bronVan(m_dossier), vervolgNaMaanden, m_herinneringStatussen, m_clock.today());
}

namespace {

std::optional<HerinneringStatus> statusVan(const QVector<HerinneringStatus>& statussen, const QString& sleutel)
{
    for (const HerinneringStatus& s : statussen) {
        if (s.sleutel == sleutel)
            return s;
    }
    return std::nullopt;
}

} // namespace

void DossierDocument::herinneringGedaan(const QString& sleutel)
{
    HerinneringStatus gedaan;
    gedaan.sleutel = sleutel;
    gedaan.gedaan = true;
    m_undoStack->push(new HerinneringCommand(this,
        sleutel,
        statusVan(m_herinneringStatussen, sleutel),
        gedaan,
        QCoreApplication::translate("dw::Undo", "herinnering afvinken")));
}

void DossierDocument::herinneringVerzetten(const QString& sleutel, const QDate& naar, const QString& reden)
{
    HerinneringStatus verzet;
    verzet.sleutel = sleutel;
    verzet.verzetNaar = naar;
    verzet.reden = reden.trimmed();
    m_undoStack->push(new HerinneringCommand(this,
        sleutel,
        statusVan(m_herinneringStatussen, sleutel),
        verzet,
        QCoreApplication::translate("dw::Undo", "herinnering verzetten")));
}

Status DossierDocument::applyHerinnering(const QString& sleutel, const std::optional<HerinneringStatus>& status)
{
    return change(QStringLiteral("herinnering bijgewerkt"), [&] {
        HerinneringRepository repo(m_db);
        return status ? repo.zet(m_dossier.inwoner.id, *status, m_db.sessie().gebruiker, m_clock.today())
                      : repo.wis(m_dossier.inwoner.id, sleutel);
    });
}

HerinneringCommand::HerinneringCommand(DossierDocument* doc,
    QString sleutel,
    std::optional<HerinneringStatus> before,
    HerinneringStatus after,
    const QString& tekst)
    : m_doc(doc)
    , m_sleutel(std::move(sleutel))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(tekst);
}

void HerinneringCommand::redo()
{
    if (!m_doc->applyHerinnering(m_sleutel, m_after).ok())
        setObsolete(true);
}

void HerinneringCommand::undo()
{
    (void)m_doc->applyHerinnering(m_sleutel, m_before); // a failure is shown by the document
}

} // namespace dw
