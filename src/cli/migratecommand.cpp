#include "cli.h"

#include "storage/dossierstore.h"
#include "storage/inwonerrepository.h"
#include "storage/transactionguard.h"
#include "storage/verifier.h"
#include "storage/voorzieningrepository.h"

#include <QDir>
#include <QFileInfo>

namespace dw::cli {

namespace {

constexpr int listedRefs = 20; // the rest is counted: a refusal stays one readable line

QString refList(const QStringList& refs)
{
    QString list = refs.mid(0, listedRefs).join(QStringLiteral(", "));
    if (refs.size() > listedRefs)
        list += QStringLiteral(" en nog %1").arg(refs.size() - listedRefs);
    return list;
}

// The desk's file. Opened for writing only so that its own audit log records that every dossier left for the
// server (an "export" line); the dossiers in it are not changed.
Result<std::unique_ptr<Database>> openSource(const QString& path)
{
    if (!QFileInfo::exists(path))
        return Error::badInput(QStringLiteral("%1 bestaat niet").arg(QDir::toNativeSeparators(path)));
    return Database::open(path);
}

} // namespace

// Copies a desk's SQLite database into the team server: every dossier and the sociale kaart in one transaction on
// the server, refused whole when a ref is there already; then the server is verified.
int Cli::migrate(const Arguments& a)
{
    const Status s = onlyOptions(a, {QStringLiteral("--van"), QStringLiteral("--naar")}, 1);
    if (!s.ok())
        return finish(s);
    // --naar URI (as in the issue) or the global --server (DESIGN.md): the same target.
    Arguments to = a;
    if (a.has(QStringLiteral("--naar"))) {
        if (!a.server.isEmpty() && a.server != a.value(QStringLiteral("--naar")))
            return finish(Error::badInput(QStringLiteral("--naar en --server noemen verschillende servers")));
        if (!a.database.isEmpty())
            return finish(
                Error::badInput(QStringLiteral("migrate kopieert naar een teamserver, niet naar --database")));
        to.server = a.value(QStringLiteral("--naar"));
    }
    if (to.server.isEmpty())
        return finish(Error::badInput(QStringLiteral(
            "migrate kopieert naar een teamserver: geef die met --server (zie draagwijzer-cli --help)")));
    const QString from = a.value(QStringLiteral("--van"));
    if (from.isEmpty())
        return finish(Error::badInput(QStringLiteral("optie --van ontbreekt (het SQLite-bestand van het bureau)")));

    auto source = openSource(from);
    if (!source.ok())
        return finish(source.error());
    const Instrument& instrument = Instrument::standaard();
    auto dossiers = DossierStore(*source.value(), instrument).exportDossiers();
    if (!dossiers.ok())
        return finish(Error {dossiers.error().kind,
            QStringLiteral("%1 kan niet worden gelezen: %2")
                .arg(QDir::toNativeSeparators(from), dossiers.errorMessage())});
    const auto kaart = VoorzieningRepository(*source.value(), instrument).all();
    if (!kaart.ok())
        return finish(kaart.error());
    QStringList refs;
    for (const Dossier& d : dossiers.value())
        refs << d.inwoner.ref;

    auto target = openDatabase(to);
    if (!target.ok())
        return finish(target.error());
    Database& server = *target.value();
    TransactionGuard tx(server);
    if (!tx.started())
        return finish(tx.commit()); // says why it could not begin
    const auto existing = InwonerRepository(server).existingRefs(refs);
    if (!existing.ok())
        return finish(existing.error());
    if (!existing->isEmpty())
        return finish(Error::badInput(QStringLiteral("er is niets gekopieerd: %1 ref(s) van %2 staan al op de "
                                                     "teamserver: %3")
                                          .arg(existing->size())
                                          .arg(QDir::toNativeSeparators(from), refList(existing.value()))));
    const Status copied
        = DossierStore(server, instrument).importDossiers(std::move(dossiers).value(), {}, kaart.value());
    if (!copied.ok())
        return finish(
            Error {copied.error().kind, QStringLiteral("er is niets gekopieerd: %1").arg(copied.errorMessage())});
    const Status committed = tx.commit();
    if (!committed.ok())
        return finish(committed);

    const auto report = Verifier(server, instrument).run(false);
    if (!report.ok())
        return finish(report.error());
    if (!report->healthy())
        return finish(Error::failure(QStringLiteral("gekopieerd, maar de controle van de teamserver vond %1 "
                                                    "probleem/problemen; eerste: %2")
                                         .arg(report->problems.size())
                                         .arg(report->problems.first())));
    m_out << refs.size() << " inwoner(s) en " << kaart->size() << " voorziening(en) van "
          << QDir::toNativeSeparators(from) << " naar de teamserver gekopieerd. Controle: in orde ("
          << report->metingenChecked << " metingen herberekend).\n";
    return Success;
}

} // namespace dw::cli
