#include "storage/dossierlifecycle.h"
#include "storage/dossierstore.h"

#include "core/demogenerator.h"
#include "storage/inwonerrepository.h"

#include "support/tempdatabase.h"

#include <QBuffer>
#include <QSqlError>
#include <QSqlQuery>

#include "support/qtprinters.h"

#include <gtest/gtest.h>

using namespace dw;

namespace {

const Instrument& ins()
{
    return Instrument::standaard();
}

QVector<Dossier> demoDossiers(int n, std::uint64_t seed = 3)
{
    const DemoGenerator g(ins(), seed);
    QVector<Dossier> out;
    for (int i = 0; i < n; ++i)
        out.append(g.dossier(i));
    return out;
}

void expectSameDossiers(const QVector<Dossier>& a, const QVector<Dossier>& b)
{
    ASSERT_EQ(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].inwoner.ref, b[i].inwoner.ref);
        EXPECT_EQ(a[i].inwoner.naam, b[i].inwoner.naam);
        EXPECT_EQ(a[i].inwoner.contact, b[i].inwoner.contact);
        EXPECT_EQ(a[i].inwoner.professional, b[i].inwoner.professional);
        ASSERT_EQ(a[i].meetmomenten.size(), b[i].meetmomenten.size());
        for (int k = 0; k < a[i].meetmomenten.size(); ++k) {
            EXPECT_EQ(a[i].meetmomenten[k].datum, b[i].meetmomenten[k].datum);
            EXPECT_EQ(a[i].meetmomenten[k].volgnummer, b[i].meetmomenten[k].volgnummer);
            EXPECT_EQ(a[i].meetmomenten[k].inwoner, b[i].meetmomenten[k].inwoner);
            EXPECT_EQ(a[i].meetmomenten[k].professional, b[i].meetmomenten[k].professional);
        }
        EXPECT_EQ(a[i].plannen, b[i].plannen);
        EXPECT_EQ(a[i].journaal, b[i].journaal);
    }
}

} // namespace

TEST(DossierStore, ImportThenExportGivesTheSameDossiers)
{
    test::TempDatabase t;
    const QVector<Dossier> in = demoDossiers(60);
    DossierStore store(t.db(), ins());
    ASSERT_TRUE(store.importDossiers(in).ok());
    const auto out = store.exportDossiers();
    ASSERT_TRUE(out.ok());
    expectSameDossiers(in, out.value());
}

TEST(DossierStore, AnExportOverSeveralPagesHasEveryDossierOnceInOrder)
{
    // exportEach loads 1,000 inwoners (with their metingen and plans) at a time: 2,345 cross two page boundaries.
    test::TempDatabase t;
    const QVector<Dossier> in = demoDossiers(2345);
    DossierStore store(t.db(), ins());
    ASSERT_TRUE(store.importDossiers(in).ok());
    QVector<Dossier> out;
    const auto count = store.exportEach({}, [&out](Dossier&& d) {
        out.append(std::move(d));
        return Status();
    });
    ASSERT_TRUE(count.ok()) << count.errorMessage().toStdString();
    EXPECT_EQ(count.value(), 2345);
    expectSameDossiers(in, out);
}

TEST(DossierStore, ASinkFailureStopsTheExport)
{
    test::TempDatabase t;
    DossierStore store(t.db(), ins());
    ASSERT_TRUE(store.importDossiers(demoDossiers(5)).ok());
    int seen = 0;
    const auto count = store.exportEach({},
        [&seen](Dossier&&) { return ++seen == 3 ? Status(Error::failure(QStringLiteral("schijf vol"))) : Status(); });
    ASSERT_FALSE(count.ok());
    EXPECT_EQ(count.errorMessage(), QStringLiteral("schijf vol"));
    EXPECT_EQ(seen, 3);
}

TEST(DossierStore, AnExportToAFileReportsItsProgressAndStopsWhenToldTo)
{
    test::TempDatabase t;
    DossierStore store(t.db(), ins());
    ASSERT_TRUE(store.importDossiers(demoDossiers(1500)).ok());
    QBuffer whole;
    whole.open(QIODevice::WriteOnly);
    QVector<int> seen;
    const auto all = store.exportTo(whole, {}, {}, [&seen](int gelezen) {
        seen.append(gelezen);
        return true;
    });
    ASSERT_TRUE(all.ok()) << all.errorMessage().toStdString();
    EXPECT_EQ(all.value(), 1500);
    ASSERT_EQ(seen.size(), 1500); // once per dossier, counting up, across the page boundary at 1,000
    EXPECT_EQ(seen.first(), 1);
    EXPECT_EQ(seen.at(1000), 1001);
    EXPECT_EQ(seen.last(), 1500);
    EXPECT_TRUE(whole.data().endsWith("\n}\n"));

    // Annuleren after 1,200: an error, and the writer stops without finishing the document.
    QBuffer cut;
    cut.open(QIODevice::WriteOnly);
    const auto cancelled = store.exportTo(cut, {}, {}, [](int gelezen) { return gelezen < 1200; });
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().kind, Error::Kind::BadInput);
    EXPECT_EQ(cancelled.errorMessage(), QStringLiteral("afgebroken"));
    EXPECT_FALSE(cut.data().endsWith("\n}\n"));
    EXPECT_LT(cut.data().size(), whole.data().size());
}

TEST(DossierStore, ExportOfOneInwoner)
{
    test::TempDatabase t;
    DossierStore store(t.db(), ins());
    ASSERT_TRUE(store.importDossiers(demoDossiers(12)).ok());
    const auto one = store.exportDossiers(QStringLiteral("ENS-000001"));
    ASSERT_TRUE(one.ok());
    ASSERT_EQ(one->size(), 1);
    EXPECT_EQ(one->first().inwoner.gemeente, QStringLiteral("Enschede"));
    const auto unknown = store.exportDossiers(QStringLiteral("XXX-1"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.errorMessage().contains(QStringLiteral("XXX-1")));
}

TEST(DossierStore, ARefThatExistsRefusesTheWholeImport)
{
    test::TempDatabase t;
    DossierStore store(t.db(), ins());
    ASSERT_TRUE(store.importDossiers(demoDossiers(3)).ok());
    QVector<Dossier> next = demoDossiers(10, 99);
    for (int i = 0; i < next.size(); ++i)
        next[i].inwoner.ref = QStringLiteral("NEW-%1").arg(i);
    next[7].inwoner.ref = QStringLiteral("ARN-000001"); // already there
    const Status s = store.importDossiers(next);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind, Error::Kind::BadInput);
    EXPECT_TRUE(s.errorMessage().contains(QStringLiteral("ARN-000001")));
    EXPECT_EQ(InwonerRepository(t.db()).count().value(), 3);
}

TEST(DossierStore, AFailureHalfwayLeavesNothing)
{
    test::TempDatabase t;
    DossierStore store(t.db(), ins());
    QVector<Dossier> in = demoDossiers(20);
    in[15].plannen = {Plan {}}; // a plan without a date: refused by storage, after 15 dossiers went in
    const Status s = store.importDossiers(in);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.errorMessage().contains(in[15].inwoner.ref));
    EXPECT_EQ(InwonerRepository(t.db()).count().value(), 0);
}

TEST(DossierStore, CancelledImportLeavesNothing)
{
    test::TempDatabase t;
    DossierStore store(t.db(), ins());
    const DemoGenerator g(ins(), 5);
    const Status s = store.importGenerated(
        1200, [&g](int i) { return g.dossier(i); }, [](int done, int) { return done < 1000; });
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.errorMessage().contains(QStringLiteral("niets opgeslagen")));
    EXPECT_EQ(InwonerRepository(t.db()).count().value(), 0);
}

TEST(DossierStore, LoadWritesAnAuditLineWithIdsOnly)
{
    test::TempDatabase t;
    DossierStore store(t.db(), ins());
    ASSERT_TRUE(store.importDossiers(demoDossiers(2)).ok());
    const auto d = store.load(QStringLiteral("ARN-000001"));
    ASSERT_TRUE(d.ok());
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT actie, inwoner_id, details FROM audit ORDER BY id DESC LIMIT 1")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("dossier gelezen"));
    EXPECT_EQ(q.value(1).toLongLong(), d->inwoner.id);
    EXPECT_FALSE(q.value(2).toString().contains(d->inwoner.naam));
}

TEST(DossierStore, ANewInwonerComesWithItsAuditRowAndARefusedOneWithNone)
{
    test::TempDatabase t;
    Inwoner i;
    i.ref = QStringLiteral("NW-1");
    i.naam = QStringLiteral("Noor Willems");
    i.geboortedatum = QDate(1988, 7, 30);
    i.gemeente = QStringLiteral("Arnhem");
    const auto id = DossierStore(t.db(), ins()).createInwoner(i);
    ASSERT_TRUE(id.ok()) << id.errorMessage().toStdString();
    // The same ref again: refused, and no second row.
    EXPECT_FALSE(DossierStore(t.db(), ins()).createInwoner(i).ok());
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT actie, inwoner_id FROM audit ORDER BY id")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("inwoner aangemaakt"));
    EXPECT_EQ(q.value(1).toLongLong(), id.value());
    EXPECT_FALSE(q.next());
}

TEST(DossierStore, UndoingARegistrationRemovesOnlyADossierWithNothingInItAndKeepsItsAuditRows)
{
    test::TempDatabase t;
    DossierStore store(t.db(), ins());
    Inwoner i;
    i.ref = QStringLiteral("NW-2");
    i.naam = QStringLiteral("Noor Willems");
    i.geboortedatum = QDate(1988, 7, 30);
    i.gemeente = QStringLiteral("Arnhem");
    const auto id = store.createInwoner(i);
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(DossierLifecycle(t.db()).removeRegistration(id.value()).ok());
    EXPECT_FALSE(store.load(QStringLiteral("NW-2")).ok());
    // Both events stay in the audit log under the id, also now that the inwoner is gone.
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT actie FROM audit WHERE inwoner_id = %1 ORDER BY id").arg(id.value())));
    QStringList acties;
    while (q.next())
        acties << q.value(0).toString();
    EXPECT_EQ(acties, (QStringList {QStringLiteral("inwoner aangemaakt"), QStringLiteral("inwoner verwijderd")}));

    // A dossier with a meetmoment is never deleted this way.
    const QVector<Dossier> one = demoDossiers(1);
    ASSERT_TRUE(store.importDossiers(one).ok());
    const auto measured = store.load(one.first().inwoner.ref);
    ASSERT_TRUE(measured.ok());
    ASSERT_FALSE(measured->meetmomenten.isEmpty());
    const Status refused = DossierLifecycle(t.db()).removeRegistration(measured->inwoner.id);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorMessage().contains(QLatin1String("meetmomenten")));
    EXPECT_TRUE(store.load(one.first().inwoner.ref).ok());
}

TEST(DossierStore, ADisclosureIsAuditedWithToWhomAndARefusedOneAsMislukt)
{
    test::TempDatabase t;
    DossierStore store(t.db(), ins());
    ASSERT_TRUE(store.importDossiers(demoDossiers(2)).ok());
    const auto lastRow = [&t] {
        QSqlQuery q(t.db().connection());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT actie, details, uitkomst, inwoner_id FROM audit ORDER BY id DESC "
                                          "LIMIT 1"))
            && q.next());
        return QStringList {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    };
    const QString actie = QStringLiteral("plan gedeeld met partner");
    const auto shared = store.disclose(
        QStringLiteral("ARN-000001"), actie, QStringLiteral("maatjesproject twente"), [](const Dossier&) {
            return Result<QString>(QStringLiteral("Maatjesproject Twente"));
        });
    ASSERT_TRUE(shared.ok()) << shared.errorMessage().toStdString();
    EXPECT_EQ(lastRow(),
        (QStringList {actie,
            QStringLiteral("aan: Maatjesproject Twente"),
            QStringLiteral("gelukt"),
            QString::number(shared->inwoner.id)}));

    const auto refused
        = store.disclose(QStringLiteral("ARN-000001"), actie, QStringLiteral("Buurtkracht"), [](const Dossier&) {
              return Result<QString>(Error::badInput(QStringLiteral("geen interventie van Buurtkracht")));
          });
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.errorMessage(), QStringLiteral("geen interventie van Buurtkracht"));
    EXPECT_EQ(lastRow(),
        (QStringList {actie,
            QStringLiteral("aan: Buurtkracht"),
            QStringLiteral("mislukt"),
            QString::number(shared->inwoner.id)}));
}

TEST(DossierStore, AnInterventiesPartnerIsStoredAndReadBack)
{
    test::TempDatabase t;
    QVector<Dossier> in = demoDossiers(1);
    Plan p;
    p.versie = 1;
    p.datum = QDate(2017, 1, 10);
    Interventie iv;
    iv.type = QStringLiteral("netwerk_versterken");
    iv.omschrijving = QStringLiteral("Een maatje zoeken");
    iv.partner = QStringLiteral("Maatjesproject Twente");
    Interventie zonder = iv;
    zonder.partner.clear();
    p.interventies = {iv, zonder};
    in[0].plannen = {p};
    DossierStore store(t.db(), ins());
    ASSERT_TRUE(store.importDossiers(in).ok());
    const auto d = store.load(in[0].inwoner.ref);
    ASSERT_TRUE(d.ok());
    ASSERT_EQ(d->plannen.size(), 1);
    ASSERT_EQ(d->plannen[0].interventies.size(), 2);
    EXPECT_EQ(d->plannen[0].interventies[0].partner, QStringLiteral("Maatjesproject Twente"));
    EXPECT_EQ(d->plannen[0].interventies[1].partner, QString());
}

TEST(DossierStore, AZelfIngevuldMetingKeepsItsMarkAndDuration)
{
    test::TempDatabase t;
    QVector<Dossier> in = demoDossiers(1);
    ASSERT_TRUE(in[0].meetmomenten.first().inwoner.has_value());
    in[0].meetmomenten.first().inwoner->zelfIngevuld = true;
    in[0].meetmomenten.first().inwoner->invulduurSeconden = 415;
    DossierStore store(t.db(), ins());
    ASSERT_TRUE(store.importDossiers(in).ok());
    const auto d = store.load(in[0].inwoner.ref);
    ASSERT_TRUE(d.ok());
    EXPECT_TRUE(d->meetmomenten.first().inwoner->zelfIngevuld);
    EXPECT_EQ(d->meetmomenten.first().inwoner->invulduurSeconden, 415);
    EXPECT_FALSE(d->meetmomenten.first().professional && d->meetmomenten.first().professional->zelfIngevuld);
    // The table refuses the professional's perspective marked so.
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM meting WHERE perspectief = 'professional'")) && q.next());
    ASSERT_GT(q.value(0).toInt(), 0);
    q.finish();
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE meting SET zelf_ingevuld = 1 WHERE perspectief = 'professional'")));
}

TEST(DossierStore, ABulkImportKeepsTheSearchIndexInStep)
{
    DW_SQLITE_ONLY("the search index of a file (migration 14)");
    // From 5,000 dossiers on, the import leaves the search index's trigger out and indexes the new inwoners with one
    // statement at the end; the 30 already there stay as they were.
    test::TempDatabase t;
    DossierStore store(t.db(), ins());
    ASSERT_TRUE(store.importDossiers(demoDossiers(30)).ok());
    const DemoGenerator g(ins(), 9);
    const auto fromIndex = [&t](const QString& sql) {
        QSqlQuery q(t.db().connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    };
    const QString trigger
        = QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'inwoner_zoek_nieuw'");
    // Cancelled: rolled back with the trigger in place.
    ASSERT_FALSE(store
                     .importGenerated(
                         5000, [&g](int i) { return g.dossier(i + 30); }, [](int done, int) { return done < 10; })
                     .ok());
    EXPECT_EQ(fromIndex(trigger), 1);
    ASSERT_TRUE(store.importGenerated(5000, [&g](int i) { return g.dossier(i + 30); }).ok());
    EXPECT_EQ(fromIndex(trigger), 1);
    EXPECT_EQ(fromIndex(QStringLiteral("SELECT count(*) FROM inwoner")), 5030);
    // The index holds exactly the content: FTS5's own check compares every row (rank 1: also the content table).
    QSqlQuery q(t.db().connection());
    EXPECT_TRUE(q.exec(QStringLiteral("INSERT INTO inwoner_zoek (inwoner_zoek, rank) VALUES ('integrity-check', 1)")))
        << q.lastError().text().toStdString();
    for (const char* zoek : {"%jan%", "%ens-00003%", "%ber%"}) {
        const int viaIndex = fromIndex(
            QStringLiteral("SELECT count(*) FROM inwoner_zoek WHERE zoektekst LIKE '%1'").arg(QLatin1String(zoek)));
        EXPECT_GT(viaIndex, 0) << zoek;
        EXPECT_EQ(viaIndex,
            fromIndex(
                QStringLiteral("SELECT count(*) FROM inwoner WHERE zoektekst LIKE '%1'").arg(QLatin1String(zoek))))
            << zoek;
    }
    // And the next inwoner registered by hand is indexed by the trigger again.
    Dossier later = g.dossier(6000);
    later.inwoner.naam = QStringLiteral("Zwaantje Qwerty");
    ASSERT_TRUE(store.importDossiers({later}).ok());
    EXPECT_EQ(fromIndex(QStringLiteral("SELECT count(*) FROM inwoner_zoek WHERE zoektekst LIKE '%qwerty%'")), 1);
}
