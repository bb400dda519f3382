package fi.turvaverkko.network.demo;

import static fi.turvaverkko.network.demo.NetworkDemoData.REGION;
import static fi.turvaverkko.network.demo.NetworkDemoData.municipality;
import static fi.turvaverkko.network.demo.NetworkDemoData.parish;

import fi.turvaverkko.network.domain.ContactCommand;
import fi.turvaverkko.network.domain.GroupCommand;
import fi.turvaverkko.network.domain.MembershipCommand;
import fi.turvaverkko.network.domain.NetworkLoader;
import java.time.LocalDate;
import java.util.List;

/**
 * The cooperation groups of slides 3 and 5 (the region) and slide 6 (every municipality), with
 * today's structures: no municipal social and health committees since the 2023 reform. Each body has
 * the kinds of members it has in life: the council, the board and the committees are the
 * municipality's own elected bodies (no organisations as members), the management group is the
 * municipality's officials, and the wellbeing and safety working group joins officials with the
 * police, the rescue department, the wellbeing services county and an NGO.
 */
final class DemoGroups {

    /** The term of the groups that the Permit and Supervisory Agency set up when it began. */
    private static final LocalDate REGIONAL_START = LocalDate.of(2026, 1, 1);

    private static final LocalDate REGIONAL_END = LocalDate.of(2029, 12, 31);

    /** The council term that began after the municipal elections of April 2025. */
    private static final LocalDate COUNCIL_START = LocalDate.of(2025, 6, 1);

    private static final LocalDate COUNCIL_END = LocalDate.of(2029, 5, 31);

    private static final List<String> ROTATING_NGOS = List.of("SPR", "MLL", "KYLAT");

    private final NetworkLoader loader;
    private final DemoRegistry ids;

    DemoGroups(NetworkLoader loader, DemoRegistry ids) {
        this.loader = loader;
        this.ids = ids;
    }

    // the region (slides 3 and 5)

    void loadRegional() {
        long management = group(
                "LVV_JR",
                "Lupa- ja valvontaviraston Lapin johtoryhmä",
                "Tillstånds- och tillsynsverkets ledningsgrupp i Lappland",
                "MANAGEMENT_GROUP",
                "LVV",
                null,
                """
                Lupa- ja valvontaviraston Lapin toimipaikan johtoryhmä johtaa viraston hyvinvointi- ja \
                turvallisuustyötä Lapissa. Virasto on 1.1.2026 alkaen hoitanut aiemmin Lapin \
                aluehallintovirastolle kuuluneet alueellisen varautumisen ja sisäisen turvallisuuden \
                yhteistyön tehtävät.""",
                """
                - johtaa ja koordinoi alueellista sisäisen turvallisuuden yhteistyöprosessia alueen \
                valmiustoimikunnan tukemana
                - vastaa laajassa yhteistyössä alueellisen sisäisen turvallisuuden ohjelman laatimisesta ja \
                toimeenpanosta
                - edistää verkoston vaikutuskanavien kautta yhteistyön vaikuttavuutta, tulosten toteutumista, \
                lisäresurssien saamista ja työn jatkuvuutta
                - osallistuu alueelliseen strategiseen suunnitteluun ja huolehtii, että verkoston tavoitteet \
                otetaan huomioon alueen strategioissa
                - asettaa hyvinvointi- ja turvallisuustyöryhmän ja käsittelee sen esitykset""",
                REGIONAL_START,
                REGIONAL_END,
                REGION);
        member(management, "LVV", "CHAIR", REGIONAL_START, REGIONAL_END);

        long wellbeing = group(
                "LAPPI_HTT",
                "Lapin hyvinvointi- ja turvallisuustyöryhmä",
                "Arbetsgruppen för välfärd och säkerhet i Lappland",
                "WELLBEING_SAFETY_GROUP",
                "LVV",
                "LVV_JR",
                """
                Lupa- ja valvontaviraston Lapin johtoryhmän asettama työryhmä johtaa Lapin alueellisen \
                hyvinvointi- ja turvallisuustyön valmistelua ja sovittaa yhteen viranomaisten, kuntien, \
                järjestöjen ja elinkeinoelämän toimintaa. Työryhmä raportoi johtoryhmälle.""",
                """
                - johtaa alueellisen hyvinvointi- ja turvallisuustyön valmistelua
                - koordinoi hyvinvointi- ja turvallisuuspalveluja koskevaa yhteistyötä
                - laatii Lapin toimenpidelistan hyvinvointi- ja turvallisuuspalveluista ja seuraa sen toteutumista
                - kokoaa alueellisen tilannekuvan sekä tunnistaa puutteet, katvealueet ja päällekkäiset toiminnot
                - ohjaa terveyden edistämisen koordinaatioryhmän ja valmiustoimikunnan työtä
                - raportoi johtoryhmälle vähintään kerran vuodessa""",
                REGIONAL_START,
                REGIONAL_END,
                REGION);
        member(wellbeing, "LVV", "CHAIR", REGIONAL_START, REGIONAL_END);
        member(wellbeing, "LIITTO", "SECRETARY", REGIONAL_START, REGIONAL_END);
        for (String key : List.of("ELINVOIMA", "POLIISI", "PELASTUS", "HYVA", "SPR", "MLL", "KYLAT")) {
            member(wellbeing, key, "MEMBER", REGIONAL_START, REGIONAL_END);
        }

        long health = group(
                "LAPPI_TEK",
                "Terveyden edistämisen koordinaatioryhmä",
                "Koordinationsgruppen för hälsofrämjande",
                "HEALTH_PROMOTION_GROUP",
                "LVV",
                "LAPPI_HTT",
                """
                Hyvinvointi- ja turvallisuustyöryhmän alainen ryhmä sovittaa yhteen sosiaali- ja terveysalan \
                hyvinvoinnin ja terveyden edistämisen työtä sekä kansallisten politiikkaohjelmien toimeenpanoa \
                Lapissa. Sairaanhoitopiirien tehtävät siirtyivät vuoden 2023 alussa Lapin hyvinvointialueelle, \
                joka toimii ryhmän puheenjohtajana.""",
                """
                - sovittaa yhteen sosiaali- ja terveysalan hyvinvoinnin ja terveyden edistämisen työtä
                - koordinoi kansallisten politiikkaohjelmien alueellista toimeenpanoa
                - tukee kuntia hyvinvointikertomuksen ja hyvinvointisuunnitelman laadinnassa
                - seuraa alueen hyvinvointi-indikaattoreita ja tuo havainnot hyvinvointi- ja \
                turvallisuustyöryhmälle""",
                REGIONAL_START,
                REGIONAL_END,
                REGION);
        member(health, "HYVA", "CHAIR", REGIONAL_START, REGIONAL_END);
        member(health, "LVV", "SECRETARY", REGIONAL_START, REGIONAL_END);
        for (String key : List.of(
                "LIITTO", "LAMK", "ULAPLAND", municipality("698"), municipality("240"), municipality("758"), "MLL")) {
            member(health, key, "MEMBER", REGIONAL_START, REGIONAL_END);
        }

        long preparedness = group(
                "LAPPI_VTK",
                "Lapin valmiustoimikunta",
                "Beredskapskommittén i Lappland",
                "PREPAREDNESS_COMMITTEE",
                "LVV",
                "LAPPI_HTT",
                """
                Lupa- ja valvontaviraston asettama alueen viranomaisten, elinkeinoelämän ja järjestöjen \
                yhteistyöelin, joka tukee virastoa alueellisen varautumisen ja sisäisen turvallisuuden \
                yhteistyön johtamisessa. Jäsenillä on tehtävän edellyttämä turvallisuusselvitys, ja \
                toimikunnan asiakirjat ovat osin salassa pidettäviä (JulkL 24 § 1 mom. 8 k).""",
                """
                - sovittaa yhteen alueen valmiussuunnittelua ja varautumista normaaliolojen häiriötilanteisiin \
                ja poikkeusoloihin
                - tukee Lupa- ja valvontavirastoa sisäisen turvallisuuden yhteistyössä
                - ohjaa alueellista sisäisen turvallisuuden yhteistyötä ja koordinoi sisäisen turvallisuuden \
                ohjelman toimeenpanoa
                - ylläpitää alueellista riskiarviota ja tilannekuvaa
                - suunnittelee alueelliset valmiusharjoitukset ja arvioi niiden opit""",
                REGIONAL_START,
                REGIONAL_END,
                REGION);
        member(preparedness, "LVV", "CHAIR", REGIONAL_START, REGIONAL_END);
        // the 2021 membership (lapland-context.md) with today's names, and the wellbeing county since 2023
        for (String key : List.of(
                "ELINVOIMA",
                "LAMK",
                "JPR",
                "LENNOSTO",
                "RAJA",
                "TULLI",
                "PELASTUS",
                "POLIISI",
                "SUPO",
                "HAKE",
                "HYVA")) {
            member(preparedness, key, "MEMBER", REGIONAL_START, REGIONAL_END);
        }
        member(preparedness, "SPR", "EXPERT", REGIONAL_START, REGIONAL_END);
        member(preparedness, "KAUPPAKAMARI", "EXPERT", REGIONAL_START, REGIONAL_END);

        long cooperation = group(
                "LAPPI_SISTU",
                "Lapin sisäisen turvallisuuden yhteistyöryhmä",
                "Samarbetsgruppen för inre säkerhet i Lappland",
                "COOPERATION_GROUP",
                "LVV",
                "LVV_JR",
                """
                Lupa- ja valvontaviraston kokoama laaja yhteistyöryhmä, jossa alueen viranomaiset, kunnat, \
                seurakunnat, järjestöt ja elinkeinoelämä valmistelevat ja toteuttavat yhdessä alueellista \
                sisäisen turvallisuuden yhteistyötä.""",
                """
                - johtaa ja koordinoi alueellista sisäisen turvallisuuden yhteistyöprosessia
                - ylläpitää alueellista verkostoyhteistyötä
                - valmistelee ja toteuttaa yhteistyön toimenpiteet yhdessä sidosryhmien kanssa
                - edistää alueen turvallisuutta ja hyvinvointia
                - tarjoaa järjestöille ja yrityksille kanavan osallistua oman toimintansa turvallisuusyhteistyöhön""",
                REGIONAL_START,
                REGIONAL_END,
                REGION);
        member(cooperation, "LVV", "CHAIR", REGIONAL_START, REGIONAL_END);
        for (String key : List.of(
                "ELINVOIMA",
                "LIITTO",
                "POLIISI",
                "PELASTUS",
                "HYVA",
                municipality("698"),
                municipality("240"),
                municipality("851"),
                municipality("320"),
                municipality("758"),
                municipality("148"),
                parish("698"),
                "SAKK",
                "SPR",
                "MLL",
                "KYLAT",
                "MPK",
                "KAUPPAKAMARI")) {
            member(cooperation, key, "MEMBER", REGIONAL_START, REGIONAL_END);
        }

        LocalDate elvarStart = LocalDate.of(2025, 1, 1);
        LocalDate elvarEnd = LocalDate.of(2028, 12, 31);
        long elvar = group(
                "ELVAR",
                "Lapin elinkeinoelämän valmiustoimikunta (ELVAR)",
                "Näringslivets beredskapskommitté i Lappland (ELVAR)",
                "COOPERATION_GROUP",
                "KAUPPAKAMARI",
                "LAPPI_VTK",
                """
                Lapin kauppakamarin yhteydessä toimiva elinkeinoelämän valmiustoimikunta edistää alueen \
                yritysten varautumista ja jatkuvuudenhallintaa ja välittää elinkeinoelämän tilannekuvan ja \
                näkemykset Lapin valmiustoimikunnalle.""",
                """
                - kokoaa elinkeinoelämän tilannekuvan häiriötilanteissa
                - edistää yritysten jatkuvuudenhallintaa ja huoltovarmuutta (Huoltovarmuuskeskuksen \
                riskianalyysiopas ja kypsyysanalyysi)
                - välittää tietoa yritysten kalustosta ja palveluista, joita viranomaiset voivat käyttää \
                häiriötilanteissa, kuten työkoneista, varavoimasta, kuljetuksista ja majoituksesta
                - osallistuu alueellisiin valmiusharjoituksiin""",
                elvarStart,
                elvarEnd,
                REGION);
        member(elvar, "KAUPPAKAMARI", "CHAIR", elvarStart, elvarEnd);
        for (String key : List.of("OUNASKOSKI", "KEMIJOKI", "TUNTURIMAJOITUS")) {
            member(elvar, key, "MEMBER", elvarStart, elvarEnd);
        }

        // slide 3's third column: another group that promotes safety, outside the lead actor's line
        long traffic = group(
                "LAPPI_LITU",
                "Lapin liikenneturvallisuustyöryhmä",
                "Trafiksäkerhetsgruppen i Lappland",
                "COOPERATION_GROUP",
                "ELINVOIMA",
                null,
                """
                Lapin elinvoimakeskuksen kokoama maakunnallinen yhteistyöryhmä, joka edistää turvallista \
                liikkumista Lapissa. Turvallinen liikkuminen on alueellisen turvallisuussuunnitelman ja \
                hyvinvointiohjelman teema; ryhmä tuo liikenneturvallisuuden tilannekuvan alueelliseen \
                sisäisen turvallisuuden yhteistyöhön.""",
                """
                - kokoaa liikenneturvallisuuden tilannekuvan ja seuraa tieliikenteessä loukkaantuneiden ja \
                rattijuopumusten määrää
                - tukee kuntien liikenneturvallisuussuunnitelmia ja -työryhmiä
                - sovittaa yhteen liikennekasvatuksen ja -valistuksen yhdessä järjestöjen kanssa
                - edistää talvi- ja matkailuliikenteen turvallisuutta""",
                REGIONAL_START,
                REGIONAL_END,
                REGION);
        member(traffic, "ELINVOIMA", "CHAIR", REGIONAL_START, REGIONAL_END);
        for (String key : List.of(
                "POLIISI",
                "PELASTUS",
                "LIITTO",
                "HYVA",
                municipality("698"),
                municipality("240"),
                municipality("851"),
                municipality("320"),
                "KYLAT")) {
            member(traffic, key, "MEMBER", REGIONAL_START, REGIONAL_END);
        }
    }

    // every municipality (slide 6)

    void loadMunicipal(List<DemoMunicipality> municipalities) {
        for (int i = 0; i < municipalities.size(); i++) {
            loadMunicipality(MunicipalNames.of(municipalities.get(i)), ROTATING_NGOS.get(i % ROTATING_NGOS.size()));
        }
    }

    private void loadMunicipality(MunicipalNames n, String ngo) {
        String code = n.code();
        String owner = municipality(code);
        String key = "M" + code + "_";
        String itsName = n.genitive() + " " + n.ofTheMunicipality();
        String head = n.city() ? "kaupunginjohtaja" : "kunnanjohtaja";
        // the municipality's officials who sit in its groups, by their office (no personal data)
        long headContact = official(owner, capitalise(head));
        long administration = official(owner, "Hallintojohtaja");
        long education = official(owner, "Sivistysjohtaja");
        long technical = official(owner, "Tekninen johtaja");
        Long named = ids.contact(owner, NetworkDemoData.ROVANIEMI_SAFETY_COORDINATOR);
        long wellbeingCoordinator = named != null ? named : official(owner, "Hyvinvointikoordinaattori");

        long council = group(
                key + "VALTUUSTO",
                n.council(),
                n.councilSv(),
                "COUNCIL",
                owner,
                null,
                "Valtuusto käyttää " + itsName + " ylintä päätösvaltaa ja vastaa " + n.ofTheMunicipality()
                        + " toiminnasta ja taloudesta (kuntalaki 410/2015, 14 §). Se hyväksyy kuntastrategian,"
                        + " talousarvion ja taloussuunnitelman sekä kerran valtuustokaudessa laajan"
                        + " hyvinvointikertomuksen ja hyvinvointisuunnitelman (laki 612/2021, 6 §). Valtuutetut"
                        + " valitaan kuntavaaleissa.",
                """
                - kuntastrategia ja siihen sisältyvä hyvinvointisuunnitelma
                - talousarvio ja taloussuunnitelma
                - laaja hyvinvointikertomus kerran valtuustokaudessa ja vuosittainen raportti hyvinvoinnista
                - turvallisuussuunnitelman hyväksyminen""",
                COUNCIL_START,
                COUNCIL_END,
                code);
        // an elected body of the municipality's own: councillors, no organisations as members

        long board = group(
                key + "HALLITUS",
                n.board(),
                n.boardSv(),
                "BOARD",
                owner,
                key + "VALTUUSTO",
                "Hallitus johtaa " + itsName + " toimintaa, hallintoa ja taloutta, valmistelee valtuuston"
                        + " päätökset ja panee ne täytäntöön sekä vastaa sisäisestä valvonnasta ja"
                        + " riskienhallinnasta (kuntalaki 39 §). Sosiaali- ja terveyslautakuntaa ei enää ole:"
                        + " sosiaali- ja terveyspalvelujen sekä pelastustoimen järjestämisvastuu siirtyi 1.1.2023"
                        + " Lapin hyvinvointialueelle, jonka kanssa " + n.kind() + " tekee yhteistyötä"
                        + " hyvinvoinnin ja terveyden edistämisessä. Hallituksen jäsenet valitsee valtuusto.",
                """
                - valmistelee talousarvion ja taloussuunnitelman
                - asettaa johtoryhmälle ja hyvinvointi- ja turvallisuustyöryhmälle tavoitteet
                - vastaa valmiussuunnitelmasta ja varautumisesta (valmiuslaki 1552/2011, 12 §)
                - käsittelee hyvinvointikertomuksen ja turvallisuussuunnitelman ennen valtuustoa""",
                COUNCIL_START,
                COUNCIL_END,
                code);
        // elected by the council: no organisations as members

        long management = group(
                key + "JOHTORYHMA",
                n.managementGroup(),
                n.managementGroupSv(),
                "MANAGEMENT_GROUP",
                owner,
                key + "HALLITUS",
                capitalise(head) + "n johtama viranhaltijoiden johtoryhmä sovittaa yhteen toimialojen"
                        + " toimintaa ja valmistelee hallitukselle tulevat asiat. Häiriötilanteessa se toimii"
                        + " " + n.genitive() + " " + n.ofTheMunicipality() + " valmiusjohtoryhmänä.",
                """
                - sovittaa yhteen toimialojen toiminnan ja talousarvion valmistelun
                - johtaa varautumista ja häiriötilanteiden hoitoa
                - käsittelee hyvinvointi- ja turvallisuustyöryhmän esitykset ja vie ne hallitukselle""",
                null,
                null,
                code);
        member(management, owner, headContact, "CHAIR", null, null);
        member(management, owner, administration, "SECRETARY", null, null);
        member(management, owner, education, "MEMBER", null, null);
        member(management, owner, technical, "MEMBER", null, null);

        long wellbeing = group(
                key + "HTT",
                n.wellbeingSafetyGroup(),
                n.wellbeingSafetyGroupSv(),
                "WELLBEING_SAFETY_GROUP",
                owner,
                key + "JOHTORYHMA",
                "Johtoryhmälle raportoiva poikkihallinnollinen työryhmä, jossa ovat " + n.ofTheMunicipality()
                        + " viranhaltijoiden lisäksi poliisi, pelastuslaitos, Lapin hyvinvointialue ja järjestöjen"
                        + " edustaja. Työryhmä johtaa " + itsName + " hyvinvointi- ja turvallisuustyötä.",
                """
                - johtaa hyvinvointi- ja turvallisuustyötä
                - sovittaa tarvittavat voimavarat talousarvioon ja taloussuunnitelmaan
                - valmistelee hyvinvointikertomuksen ja hyvinvointisuunnitelman
                - valmistelee ja päivittää turvallisuussuunnitelman
                - sovittaa yhteen valmiussuunnittelun ja varautumisen
                - sovittaa yhteen toimialakohtaiset suunnitelmat""",
                COUNCIL_START,
                COUNCIL_END,
                code);
        member(wellbeing, owner, wellbeingCoordinator, "CHAIR", COUNCIL_START, COUNCIL_END);
        member(wellbeing, owner, education, "MEMBER", COUNCIL_START, COUNCIL_END);
        member(wellbeing, owner, technical, "MEMBER", COUNCIL_START, COUNCIL_END);
        for (String actor : List.of("POLIISI", "PELASTUS", "HYVA", ngo)) {
            member(wellbeing, actor, "MEMBER", COUNCIL_START, COUNCIL_END);
        }
        if (ids.hasActor(parish(code))) {
            member(wellbeing, parish(code), "EXPERT", COUNCIL_START, COUNCIL_END);
        }

        committee(
                n,
                key + "SIVISTYS",
                "sivistyslautakunta",
                "Bildningsnämnden",
                "Lautakunta vastaa varhaiskasvatuksesta, perusopetuksesta sekä kulttuuri-, liikunta- ja"
                        + " nuorisopalveluista.",
                """
                - turvallinen kasvu- ja oppimisympäristö
                - koulujen ja varhaiskasvatuksen turvallisuus- ja pelastussuunnitelmat
                - nuorten syrjäytymisen ja päihteiden käytön ehkäisy yhdessä hyvinvointialueen kanssa""");
        committee(
                n,
                key + "TEKNINEN",
                "tekninen lautakunta",
                "Tekniska nämnden",
                "Lautakunta vastaa katujen, yleisten alueiden ja " + n.ofTheMunicipality()
                        + " kiinteistöjen ylläpidosta.",
                """
                - liikenneturvallisuus ja turvallinen liikkuminen
                - kiinteistöjen varavoima ja sähkökatkon aikaiset kokoontumistilat
                - vesihuollon häiriötilanteisiin varautuminen yhdessä vesihuoltolaitoksen kanssa""");
        if (n.city()) {
            committee(
                    n,
                    key + "YMPARISTO",
                    "ympäristö- ja lupalautakunta",
                    "Miljö- och tillståndsnämnden",
                    "Lautakunta vastaa rakennusvalvonnasta ja ympäristönsuojelusta.",
                    """
                    - rakennusvalvonta ja rakennusten turvallisuus
                    - ympäristönsuojelu ja ympäristövahinkoihin varautuminen""");
        }
    }

    private void committee(MunicipalNames n, String key, String word, String wordSv, String mandate, String tasks) {
        String board = "M" + n.code() + "_HALLITUS";
        long id = group(
                key,
                n.committee(word),
                n.committeeSv(wordSv),
                "COMMITTEE",
                municipality(n.code()),
                board,
                mandate + " Se raportoi hallitukselle ja valmistelee toimialansa suunnitelmat. Lautakunnan"
                        + " jäsenet valitsee valtuusto.",
                tasks,
                COUNCIL_START,
                COUNCIL_END,
                n.code());
        // elected by the council: no organisations as members
    }

    private long group(
            String key,
            String name,
            String nameSv,
            String kind,
            String ownerKey,
            String reportsToKey,
            String mandate,
            String tasks,
            LocalDate termStart,
            LocalDate termEnd,
            String areaCode) {
        long id = loader.group(new GroupCommand(
                name,
                nameSv,
                kind,
                ids.actorId(ownerKey),
                reportsToKey == null ? null : String.valueOf(ids.group(reportsToKey)),
                mandate,
                tasks,
                termStart,
                termEnd,
                String.valueOf(ids.area(areaCode)),
                null,
                null));
        ids.group(key, id);
        return id;
    }

    private void member(long groupId, String actorKey, String role, LocalDate termStart, LocalDate termEnd) {
        loader.membership(groupId, new MembershipCommand(ids.actorId(actorKey), null, role, termStart, termEnd, null));
        ids.memberships++;
    }

    /** A membership held by one of the actor's contact persons (an official of a municipality). */
    private void member(
            long groupId, String actorKey, long contactId, String role, LocalDate termStart, LocalDate termEnd) {
        loader.membership(
                groupId,
                new MembershipCommand(
                        ids.actorId(actorKey), String.valueOf(contactId), role, termStart, termEnd, null));
        ids.memberships++;
    }

    /** A contact person named by an office ("Sivistysjohtaja"), so that no one's personal data is made up. */
    private long official(String actorKey, String office) {
        long id = loader.contact(ids.actor(actorKey), new ContactCommand(office, null, null, null, null));
        ids.contact(actorKey, office, id);
        ids.contacts++;
        return id;
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
