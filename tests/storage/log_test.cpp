#include "storage/log.h"

#include "core/demogenerator.h"
#include "storage/dossierstore.h"
#include "storage/metingrepository.h"

#include "support/tempdatabase.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace dw;

TEST(Log, CarriesIdsNeverNamesRefsOrAnswers)
{
    test::TempDatabase t;
    log::init(t.dir() + QStringLiteral("/logs"));
    ASSERT_FALSE(log::filePath().isEmpty());

    const DemoGenerator g(Instrument::standaard(), 31);
    QVector<Dossier> dossiers;
    for (int i = 0; i < 30; ++i)
        dossiers.append(g.dossier(i));
    DossierStore store(t.db(), Instrument::standaard());
    ASSERT_TRUE(store.importDossiers(dossiers).ok());
    const auto d = store.load(dossiers.at(3).inwoner.ref);
    ASSERT_TRUE(d.ok());
    ASSERT_TRUE(MetingRepository(t.db(), Instrument::standaard())
                    .saveMeting(d->meetmomenten.first().id, *d->meetmomenten.first().inwoner)
                    .ok());
    const QString path = log::filePath();
    log::shutdown();

    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("import inwoners=30"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("dossier_gelezen inwoner_id=%1").arg(d->inwoner.id)));
    EXPECT_TRUE(text.contains(QStringLiteral("meting_opgeslagen inwoner_id=%1").arg(d->inwoner.id)));
    for (const Dossier& x : dossiers) {
        EXPECT_FALSE(text.contains(x.inwoner.naam)) << x.inwoner.naam.toStdString();
        EXPECT_FALSE(text.contains(x.inwoner.ref)) << x.inwoner.ref.toStdString();
        if (!x.inwoner.contact.isEmpty()) {
            EXPECT_FALSE(text.contains(x.inwoner.contact));
        }
    }
    EXPECT_FALSE(text.contains(QStringLiteral("inw.pc"))); // no answers
}
