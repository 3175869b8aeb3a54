// The --help text of draagwijzer-cli.
#include "cli.h"

namespace dw::cli {

QString usage()
{
    return QStringLiteral(
        "Gebruik: draagwijzer-cli [--database PAD | --server ADRES] OPDRACHT [OPTIES]\n"
        "\n"
        "Opdrachten:\n"
        "  init [--beheerder NAAM]               database maken of bijwerken; een nieuwe krijgt zijn eerste account\n"
        "  import BESTAND                        dossiers inlezen (draagwijzer/1, alles of niets)\n"
        "  export BESTAND [--inwoner REF]        dossiers wegschrijven (draagwijzer/1)\n"
        "  demo --inwoners N [--seed S]          een lege database vullen met een demo-cohort en demo-accounts\n"
        "  report cohort [--json] [--csv BESTAND] [--xlsx BESTAND] [--gemeente G] [--professional P]\n"
        "                [--van JJJJ-MM-DD] [--tot JJJJ-MM-DD] [--zonder-afgesloten]\n"
        "                                        de cijfers van het onderzoek voor deze caseload (met de\n"
        "                                        afgesloten dossiers, tenzij --zonder-afgesloten); met een\n"
        "                                        periode (tot en met) alleen de meetmomenten daarbinnen\n"
        "  report inwoner REF [--json]           scores, kwadranten en overeenstemming per meetmoment\n"
        "  plan pdf REF --out BESTAND [--versie N] [--partner NAAM]\n"
        "                                        het plan van aanpak als PDF (standaard de nieuwste versie); met\n"
        "                                        --partner de partnerversie: visie, doelen en alleen de eigen\n"
        "                                        interventies en afspraken van die partner\n"
        "  vragenlijst pdf [REF] --out BESTAND   de vragenlijst op papier (Tabel 1 en draaglast), voor een\n"
        "                                        inwoner of zonder REF blanco\n"
        "  verify [--quick]                      de database controleren\n"
        "  count                                 het aantal inwoners in de database\n"
        "  search TEKST [--json]                 zoeken zoals de caseload: naam, ref, gemeente, geboortedatum\n"
        "                                        (02-03-1971) of jaar, postcode of een heel BSN\n"
        "  backup --out BESTAND                  een gecontroleerde kopie (ook terwijl de app open is)\n"
        "  restore BESTAND                       een backup terugzetten; de huidige database blijft bewaard\n"
        "  migrate --van PAD                     een SQLite-database naar de teamserver (--server) kopiëren,\n"
        "                                        alles of niets; refs die er al zijn worden geweigerd\n"
        "  user add NAAM --rol ROL[,ROL] [--team T]   een account (rollen: professional, teamleider, beheerder);\n"
        "                                        het wachtwoord uit DRAAGWIJZER_NIEUW_WACHTWOORD of de terminal\n"
        "  user block NAAM | user unblock NAAM   een account blokkeren of weer vrijgeven\n"
        "  user rol NAAM --rol ROL[,ROL] [--team T]   rollen en team wijzigen\n"
        "  user list [--json]                    de accounts\n"
        "  gebruiker toevoegen|blokkeren|vrijgeven|rol|lijst ...   hetzelfde in het Nederlands\n"
        "  audit [--inwoner REF] [--gebruiker NAAM] [--van D] [--tot D] [--json | --csv BESTAND]\n"
        "                                        het auditlog, nieuwste eerst (alleen beheerder)\n"
        "  audit opschonen [--droog]             auditregels ouder dan de bewaartermijn verwijderen (beheerder)\n"
        "  close REF --reden CODE [--datum D] [--toelichting TEKST]   een dossier afsluiten; CODE: doelen-bereikt,\n"
        "                                        verhuisd, overleden, elders-geholpen, eigen-verzoek of anders\n"
        "                                        (met --toelichting); zonder --datum vandaag\n"
        "  reopen REF --reden TEKST              een afgesloten dossier heropenen\n"
        "  inzage REF --out MAP                  alles wat over de inwoner is vastgelegd: PDF en draagwijzer/1\n"
        "  anonymize REF --bevestig REF          een afgesloten dossier onomkeerbaar anonimiseren (beheerder)\n"
        "  bewaartermijn [--jaren N] [--audit-jaren N] [--json]   de bewaartermijnen (dossiers, auditlog) en\n"
        "                                        de dossiers waarvan die is verstreken\n"
        "\n"
        "Zonder --database gebruikt draagwijzer-cli de database van de app (%1).\n"
        "--server ADRES: de teamserver (PostgreSQL), als postgresql://gebruiker@host:5432/draagwijzer of de naam\n"
        "van een dienst uit pg_service.conf; PG*-variabelen en ~/.pgpass werken zoals bij psql.\n"
        "Inloggen: DRAAGWIJZER_GEBRUIKER en DRAAGWIJZER_WACHTWOORD, anders vraagt de terminal erom. init en demo\n"
        "maken met die twee (of --beheerder NAAM) het eerste account van een nieuwe database, met alle rollen.\n"
        "--namens NAAM: elke auditregel van deze opdracht noemt dat account als degene namens wie u werkt.\n"
        "Afsluitcode: 0 gelukt, 2 onjuiste invoer of aanroep, 1 andere fout.\n")
        .arg(Database::defaultPath());
}

} // namespace dw::cli
