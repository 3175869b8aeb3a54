#include "storage/inwonerrepository.h"

#include "support/tempdatabase.h"

#include "support/qtprinters.h"

#include <gtest/gtest.h>

using namespace dw;

namespace {
Inwoner sample()
{
    Inwoner i;
    i.ref = QStringLiteral("ENS-0001");
    i.naam = QStringLiteral("Zoë Çelik-Ångström");
    i.geboortedatum = QDate(1984, 2, 29);
    i.gemeente = QStringLiteral("Súdwest-Fryslân");
    return i;
}
} // namespace

TEST(InwonerRepository, InsertAndFindKeepsDiacritics)
{
    test::TempDatabase t;
    InwonerRepository repo(t.db());
    auto id = repo.insert(sample());
    ASSERT_TRUE(id.ok()) << id.errorMessage().toStdString();
    auto found = repo.findByRef(QStringLiteral("ENS-0001"));
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found->id, *id);
    EXPECT_EQ(found->naam, QStringLiteral("Zoë Çelik-Ångström"));
    EXPECT_EQ(found->gemeente, QStringLiteral("Súdwest-Fryslân"));
    EXPECT_EQ(found->geboortedatum, QDate(1984, 2, 29));
    EXPECT_EQ(found->rowVersion, 1);
    EXPECT_TRUE(found->contact.isEmpty());
}

TEST(InwonerRepository, InvalidDataIsRefusedWithTheFieldNamed)
{
    test::TempDatabase t;
    InwonerRepository repo(t.db());
    Inwoner i = sample();
    i.naam = QStringLiteral("  ");
    EXPECT_EQ(repo.insert(i).errorMessage(), QStringLiteral("inwoner ENS-0001: naam: vul de naam in"));
    i = sample();
    i.geboortedatum = QDate::currentDate().addDays(1);
    EXPECT_EQ(repo.insert(i).errorMessage(), QStringLiteral("inwoner ENS-0001: geboortedatum: ligt in de toekomst"));
    EXPECT_EQ(repo.count().value(), 0);
}

TEST(InwonerRepository, DuplicateRefIsRefused)
{
    test::TempDatabase t;
    InwonerRepository repo(t.db());
    ASSERT_TRUE(repo.insert(sample()).ok());
    auto again = repo.insert(sample());
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.errorMessage(), QStringLiteral("Er is al een inwoner met ref ENS-0001."));
    EXPECT_EQ(again.error().cause, Error::Cause::Taken); // the app shows it under the ref field
    EXPECT_EQ(again.error().kind, Error::Kind::BadInput);
    EXPECT_EQ(repo.count().value(), 1);
}

TEST(InwonerRepository, StaleUpdateIsDetectedNotOverwritten)
{
    test::TempDatabase t;
    InwonerRepository repo(t.db());
    ASSERT_TRUE(repo.insert(sample()).ok());
    Inwoner first = repo.findByRef(QStringLiteral("ENS-0001")).value();
    Inwoner second = first; // a second window read the same row
    first.contact = QStringLiteral("06-12345678");
    auto v = repo.update(first);
    ASSERT_TRUE(v.ok());
    EXPECT_EQ(*v, 2);
    second.naam = QStringLiteral("Z. Çelik");
    auto stale = repo.update(second);
    ASSERT_FALSE(stale.ok());
    EXPECT_TRUE(stale.errorMessage().contains(QStringLiteral("intussen door iemand anders gewijzigd")));
    const Inwoner now = repo.findByRef(QStringLiteral("ENS-0001")).value();
    EXPECT_EQ(now.naam, QStringLiteral("Zoë Çelik-Ångström"));
    EXPECT_EQ(now.contact, QStringLiteral("06-12345678"));
}

TEST(InwonerRepository, ExistingRefs)
{
    test::TempDatabase t;
    InwonerRepository repo(t.db());
    ASSERT_TRUE(repo.insert(sample()).ok());
    auto found = repo.existingRefs({QStringLiteral("X"), QStringLiteral("ENS-0001")});
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found.value(), QStringList {QStringLiteral("ENS-0001")});
}

// Issue 18: the optional BSN, address, phone and e-mail are stored in their normal form and read back.
TEST(InwonerRepository, PersoonsgegevensAreStoredNormalisedAndUpdated)
{
    test::TempDatabase t;
    InwonerRepository repo(t.db());
    Inwoner i = sample();
    i.bsn = QStringLiteral("123 456 782");
    i.adres
        = {QStringLiteral(" Oude Markt "), QStringLiteral("12a"), QStringLiteral("7511ga"), QStringLiteral("Enschede")};
    i.telefoon = QStringLiteral("053-4801234");
    i.email = QStringLiteral("zoe@voorbeeld.nl");
    ASSERT_TRUE(repo.insert(i).ok());
    Inwoner found = repo.findByRef(QStringLiteral("ENS-0001")).value();
    EXPECT_EQ(found.bsn, QStringLiteral("123456782"));
    EXPECT_EQ(found.adres.straat, QStringLiteral("Oude Markt"));
    EXPECT_EQ(found.adres.huisnummer, QStringLiteral("12a"));
    EXPECT_EQ(found.adres.postcode, QStringLiteral("7511 GA"));
    EXPECT_EQ(found.adres.woonplaats, QStringLiteral("Enschede"));
    EXPECT_EQ(found.telefoon, QStringLiteral("053-4801234"));
    EXPECT_EQ(found.email, QStringLiteral("zoe@voorbeeld.nl"));
    found.bsn.clear();
    found.adres.postcode = QStringLiteral("7512 AB");
    ASSERT_TRUE(repo.update(found).ok());
    const Inwoner again = repo.findByRef(QStringLiteral("ENS-0001")).value();
    EXPECT_EQ(again.bsn, QString());
    EXPECT_EQ(again.adres.postcode, QStringLiteral("7512 AB"));
    found = again;
    found.bsn = QStringLiteral("123456789"); // fails the elfproef
    EXPECT_EQ(repo.update(found).errorMessage(),
        QStringLiteral(
            "inwoner ENS-0001: bsn: is geen geldig BSN: het voldoet niet aan de elfproef; kijk het nummer na"));
}

// Issue 18: a new ref by the pattern of Instellingen, one past the highest number of the gemeente's code.
TEST(InwonerRepository, TheProposedRefFollowsTheGemeentesCodeAndItsHighestNumber)
{
    test::TempDatabase t;
    InwonerRepository repo(t.db());
    const QString patroon = QStringLiteral("{GEMEENTECODE}-{NUMMER:6}");
    EXPECT_EQ(repo.voorgesteldeRef(patroon, QStringLiteral("Enschede")).value(), QStringLiteral("ENS-000001"));
    for (const char* ref : {"VNL-000007", "VNL-000012", "VNL-000009", "VNL-00001x"}) {
        Inwoner i = sample();
        i.ref = QString::fromLatin1(ref);
        i.gemeente = QStringLiteral("Venlo");
        ASSERT_TRUE(repo.insert(i).ok());
    }
    EXPECT_EQ(repo.voorgesteldeRef(patroon, QStringLiteral("Venlo")).value(), QStringLiteral("VNL-000013"));
    EXPECT_EQ(
        repo.voorgesteldeRef(QStringLiteral("WT-{NUMMER}"), QStringLiteral("Venlo")).value(), QStringLiteral("WT-1"));
}
