package fi.turvaverkko.network.demo;

import static fi.turvaverkko.network.demo.NetworkDemoData.municipality;
import static fi.turvaverkko.network.demo.NetworkDemoData.parish;

import fi.turvaverkko.network.MeetingView.Attendance;
import fi.turvaverkko.network.domain.ActionItemCommand;
import fi.turvaverkko.network.domain.ItemCommand;
import fi.turvaverkko.network.domain.MeetingCommand;
import fi.turvaverkko.network.domain.MeetingStatus;
import fi.turvaverkko.network.domain.NetworkLoader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Meetings with minutes as Finnish bodies keep them: numbered items (§) with a proposal and a
 * decision, minute checkers, attendance and action items, taken through the lifecycle a real
 * meeting goes through.
 */
final class DemoMeetings {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final NetworkLoader meetings;
    private final JdbcClient jdbc;
    private final DemoRegistry ids;

    DemoMeetings(NetworkLoader meetings, JdbcClient jdbc, DemoRegistry ids) {
        this.meetings = meetings;
        this.jdbc = jdbc;
        this.ids = ids;
    }

    /** A numbered item and the action items it gave rise to. */
    private record DemoItem(String title, String proposal, String decision, List<DemoAction> actions) {}

    private record DemoAction(String description, String responsibleKey, LocalDate due, boolean done) {}

    void load() {
        regionalFirst();
        regionalSecond();
        preparednessPlanned();
        rovaniemi();
    }

    private void regionalFirst() {
        long id = meeting(
                "LAPPI_HTT",
                "Lapin hyvinvointi- ja turvallisuustyöryhmän kokous 1/2026",
                at(2026, 2, 12, 13, 0),
                at(2026, 2, 12, 15, 30),
                "Rovaniemi, Lupa- ja valvontaviraston Lapin toimipaikka, ja Teams-etäyhteys",
                "Mikko Palo (Lapin poliisilaitos) ja Sari Kangas (Lapin hyvinvointialue)");
        attendance(
                id,
                List.of("LVV", "LIITTO", "ELINVOIMA", "POLIISI", "PELASTUS", "HYVA", "SPR", "KYLAT"),
                List.of("MLL"));
        items(
                id,
                List.of(
                        opening("13.02"),
                        lawful("29.1.2026"),
                        checkers("Mikko Palo (Lapin poliisilaitos) ja Sari Kangas (Lapin hyvinvointialue)"),
                        new DemoItem(
                                "Lapin toimenpidelistan seuranta",
                                "Lupa- ja valvontaviraston koordinaattori esittelee yhteenvedon Lapin"
                                        + " toimenpidelistan toimenpiteiden toteutumisesta vuonna 2025 vastuutahojen"
                                        + " ilmoitusten perusteella. Toimenpidelistan osiot ovat lapsiperheet ja"
                                        + " nuoret, turvallinen oppimisympäristö, ikääntyneet, turvallinen liikkuminen,"
                                        + " päihteiden käytön, väkivallan, rikollisuuden ja"
                                        + " syrjäytymisen ehkäisy sekä suunnittelu ja yhteistyö.\n\n"
                                        + "Työryhmä merkitsee yhteenvedon tiedoksi ja pyytää vastuutahoja"
                                        + " päivittämään vuoden 2026 toimenpiteet, aikataulut ja kustannusarviot"
                                        + " 31.3.2026 mennessä.",
                                "Hyväksyttiin esitys. Keskustelussa todettiin, että nuorten huumeiden käytön"
                                        + " ehkäisyssä ja ikääntyneiden kotona asumisen turvallisuudessa on"
                                        + " katvealueita erityisesti Itä- ja Pohjois-Lapin kunnissa. Koordinaattori"
                                        + " kokoaa päivitykset työryhmän seuraavaan kokoukseen.",
                                List.of(new DemoAction(
                                        "Pyydetään vastuutahoilta Lapin toimenpidelistan vuoden 2026 päivitykset"
                                                + " (toimenpiteet, aikataulut ja kustannusarviot) ja kootaan ne"
                                                + " työryhmän seuraavaan kokoukseen.",
                                        "LVV",
                                        LocalDate.of(2026, 3, 31),
                                        true))),
                        new DemoItem(
                                "Talven sähkökatkoihin varautuminen",
                                "Lapin pelastuslaitos esittelee tilannekatsauksen talven 2025–2026"
                                        + " sähkökatkoriskeistä. Alueellisessa riskiarviossa sähkönjakelun häiriö ja"
                                        + " talvimyrsky ovat Lapin suurimpia riskejä. Pitkä sähkökatko kovalla"
                                        + " pakkasella uhkaa erityisesti kotona asuvia ikääntyneitä, sähköstä"
                                        + " riippuvaisia kotihoidon asiakkaita ja syrjäkylien asukkaita.\n\n"
                                        + "1) Kunnat tarkistavat kriittisten kiinteistöjen varavoiman ja"
                                        + " sähkökatkon aikaiset kokoontumispaikat. 2) Lapin hyvinvointialue päivittää"
                                        + " tiedot sähköstä riippuvaisista kotihoidon asiakkaista. 3) Lapin Kylät ry"
                                        + " selvittää yhdessä SPR Lapin piirin kanssa kylätalojen käytön"
                                        + " kokoontumispaikkoina.",
                                "Hyväksyttiin esitys. Pelastuslaitos kokoaa kuntien varavoimatiedot osaksi"
                                        + " alueellista tilannekuvaa.",
                                List.of(new DemoAction(
                                        "Selvitetään yhdessä SPR Lapin piirin kanssa, mitkä kylätalot soveltuvat"
                                                + " pitkän sähkökatkon aikaisiksi kokoontumispaikoiksi (varavoima,"
                                                + " lämmitys, vesi ja viestintä).",
                                        "KYLAT",
                                        LocalDate.of(2026, 5, 31),
                                        true))),
                        other("Lapin liitto kertoi maakuntaohjelman hyvinvointi- ja turvallisuustavoitteiden"
                                + " valmistelun aikataulusta. Merkittiin tiedoksi. Seuraava kokous pidetään"
                                + " syyskuussa 2026."),
                        closing("15.18")));
        publish(id, "coordinator", at(2026, 2, 19, 10, 0), at(2026, 2, 20, 9, 0));
    }

    private void regionalSecond() {
        long id = meeting(
                "LAPPI_HTT",
                "Lapin hyvinvointi- ja turvallisuustyöryhmän kokous 2/2026",
                at(2026, 9, 17, 9, 0),
                at(2026, 9, 17, 11, 30),
                "Teams-etäkokous",
                "Timo Rova (Lapin pelastuslaitos) ja Riikka Lampela (Lapin elinvoimakeskus)");
        attendance(
                id,
                List.of("LVV", "LIITTO", "ELINVOIMA", "POLIISI", "PELASTUS", "HYVA", "MLL", "KYLAT"),
                List.of("SPR"));
        items(
                id,
                List.of(
                        opening("9.00"),
                        lawful("3.9.2026"),
                        checkers("Timo Rova (Lapin pelastuslaitos) ja Riikka Lampela (Lapin elinvoimakeskus)"),
                        new DemoItem(
                                "Lapin toimenpidelistan seuranta",
                                "Koordinaattori esittelee vastuutahojen maaliskuussa ilmoittamat päivitykset"
                                        + " Lapin toimenpidelistaan. Uusina toimenpiteinä esitetään kylien"
                                        + " turvallisuuskävelyt ja ikääntyneiden kotien paloturvallisuuskartoitukset"
                                        + " Itä- ja Pohjois-Lapin kunnissa.\n\n"
                                        + "Työryhmä hyväksyy päivitetyn toimenpidelistan ja vie sen Lupa- ja"
                                        + " valvontaviraston Lapin johtoryhmän käsiteltäväksi. Vastuutahot raportoivat"
                                        + " edistymisestä puolivuosittain.",
                                "Hyväksyttiin esitys. Todettiin, että kokouksessa 1/2026 sovitut tehtävät on tehty.",
                                List.of(new DemoAction(
                                        "Viedään päivitetty Lapin toimenpidelista Lupa- ja valvontaviraston Lapin"
                                                + " johtoryhmän käsiteltäväksi.",
                                        "LVV",
                                        LocalDate.of(2026, 10, 31),
                                        false))),
                        new DemoItem(
                                "Talven sähkökatkoihin varautuminen",
                                "Lapin Kylät ry esittelee kylätaloselvityksen. Osa kylätaloista soveltuu"
                                        + " kokoontumispaikoiksi, mutta useimmista puuttuu varavoiman liitäntä."
                                        + " Lapin hyvinvointialue on päivittänyt tiedot sähköstä riippuvaisista"
                                        + " kotihoidon asiakkaista.\n\n"
                                        + "Kunnat harkitsevat kylätalojen varavoimaliitäntöjä vuoden 2027"
                                        + " talousarvioesityksissään, ja Lapin pelastuslaitos järjestää kunnille ja"
                                        + " kyläyhdistyksille pitkän sähkökatkon pöytäharjoituksen syksyllä 2026.",
                                "Hyväksyttiin esitys. Lisäksi todettiin, että sähkökatkon aikainen viestintä"
                                        + " (radio, ilmoitustaulut ja kylien yhteyshenkilöt) kirjataan kuntien"
                                        + " valmiussuunnitelmiin.",
                                List.of(new DemoAction(
                                        "Järjestetään kunnille ja kyläyhdistyksille pitkän sähkökatkon"
                                                + " pöytäharjoitus.",
                                        "PELASTUS",
                                        LocalDate.of(2026, 11, 30),
                                        false))),
                        other("Puheenjohtaja kertoi, että Lapin valmiustoimikunta kokoontuu seuraavan kerran"
                                + " tammikuussa 2027. Työryhmä toimittaa toimikunnalle tilannekatsauksen"
                                + " sähkökatkoihin varautumisesta. Merkittiin tiedoksi."),
                        closing("11.24")));
        publish(id, "coordinator", at(2026, 9, 24, 10, 0), at(2026, 9, 25, 9, 0));
    }

    private void preparednessPlanned() {
        long id = meeting(
                "LAPPI_VTK",
                "Lapin valmiustoimikunnan kokous 1/2027",
                at(2027, 1, 20, 12, 0),
                at(2027, 1, 20, 15, 0),
                "Rovaniemi, Lupa- ja valvontaviraston Lapin toimipaikka",
                null);
        items(
                id,
                List.of(
                        agenda("Kokouksen avaus", "Puheenjohtaja avaa kokouksen."),
                        agenda(
                                "Laillisuus ja päätösvaltaisuus",
                                "Todetaan kokous laillisesti koolle kutsutuksi ja päätösvaltaiseksi."),
                        agenda("Pöytäkirjantarkastajien valinta", "Valitaan kaksi pöytäkirjantarkastajaa."),
                        agenda(
                                "Alueellisen riskiarvion päivitys 2027",
                                "Lapin pelastuslaitos esittelee alueellisen riskiarvion päivitysluonnoksen."
                                        + " Skenaariot arvioidaan alueellisilla asteikoilla: todennäköisyys 1–5 ja"
                                        + " vaikutus 1–5 kussakin vaikutusulottuvuudessa.\n\n"
                                        + "Toimikunta antaa luonnoksesta lausuntonsa 28.2.2027 mennessä.\n\n"
                                        + "Liite on salassa pidettävä (JulkL 24 § 1 mom. 8 k)."),
                        agenda(
                                "Itärajan tilannekatsaus",
                                "Lapin rajavartiosto esittelee tilannekatsauksen itärajalta ja varautumisesta"
                                        + " laajamittaiseen tai välineellistettyyn maahantuloon Sallan ja"
                                        + " Raja-Joosepin suunnilla.\n\n"
                                        + "Merkitään tiedoksi. Katsaus on salassa pidettävä"
                                        + " (JulkL 24 § 1 mom. 8 k)."),
                        agenda(
                                "Talven häiriötilanteet",
                                "Jäsenet kertovat talven tilanteesta omalla toimialallaan: sähkönjakelu,"
                                        + " kaukolämpö, tietoliikenne, tieolosuhteet ja sosiaali- ja terveyspalvelujen"
                                        + " jatkuvuus. Hyvinvointi- ja turvallisuustyöryhmän katsaus sähkökatkoihin"
                                        + " varautumisesta on liitteenä.\n\n"
                                        + "Merkitään katsaukset tiedoksi ja sovitaan tarvittaessa yhteisestä"
                                        + " viestinnästä."),
                        agenda(
                                "Alueellisen valmiusharjoituksen suunnittelun käynnistäminen",
                                "Lappi25-harjoituksen (toukokuu 2025, väestönsiirrot) opit on koottu"
                                        + " harjoituksen loppuraporttiin.\n\n"
                                        + "Toimikunta käynnistää seuraavan alueellisen valmiusharjoituksen"
                                        + " suunnittelun ja nimeää suunnitteluryhmän, johon kutsutaan myös Lapin"
                                        + " elinkeinoelämän valmiustoimikunnan edustaja."),
                        agenda("Muut asiat", "Käsitellään muut esille tulevat asiat."),
                        agenda("Kokouksen päättäminen", "Puheenjohtaja päättää kokouksen.")));
    }

    private void rovaniemi() {
        String city = municipality("698");
        long id = meeting(
                "M698_HTT",
                "Rovaniemen hyvinvointi- ja turvallisuustyöryhmän kokous 3/2026",
                at(2026, 10, 8, 13, 0),
                at(2026, 10, 8, 15, 0),
                "Rovaniemi, kaupungintalo, ja Teams-etäyhteys",
                "Mikko Palo (Lapin poliisilaitos) ja Timo Rova (Lapin pelastuslaitos)");
        attendance(id, List.of(city, "POLIISI", "PELASTUS", "HYVA", "KYLAT", parish("698")), List.of());
        items(
                id,
                List.of(
                        opening("13.00"),
                        lawful("24.9.2026"),
                        checkers("Mikko Palo (Lapin poliisilaitos) ja Timo Rova (Lapin pelastuslaitos)"),
                        new DemoItem(
                                "Hyvinvointisuunnitelman vuosikatsaus ja talousarvio 2027",
                                "Hyvinvointisuunnitelman toimenpiteiden toteutumisesta laaditaan vuosikatsaus"
                                        + " toimintakertomukseen ja vuosittainen raportti valtuustolle (laki 612/2021,"
                                        + " 6 §). Katsauksen mukaan nuorten päihteiden käytön ehkäisyn ja"
                                        + " ikääntyneiden kotona asumisen turvallisuuden toimenpiteet tarvitsevat"
                                        + " lisävoimavaroja.\n\n"
                                        + "Työryhmä esittää, että vuoden 2027 talousarvioon ja"
                                        + " taloussuunnitelmaan vuosille 2027–2029 varataan määrärahat näille"
                                        + " toimenpiteille, ja lähettää vuosikatsauksen kaupungin johtoryhmälle.",
                                "Hyväksyttiin esitys. Ikääntyneiden kotien paloturvallisuuden toimenpiteet"
                                        + " toteutetaan yhdessä Lapin pelastuslaitoksen ja Lapin hyvinvointialueen"
                                        + " kanssa.",
                                List.of(new DemoAction(
                                        "Viedään hyvinvointisuunnitelman vuosikatsaus ja työryhmän määrärahaesitykset"
                                                + " johtoryhmän kautta kaupunginhallitukselle talousarvion 2027"
                                                + " valmisteluun.",
                                        city,
                                        LocalDate.of(2026, 10, 31),
                                        true))),
                        new DemoItem(
                                "Turvallisuussuunnitelman päivitys: turvallisuuskävelyt",
                                "Poliisi ja kaupunki järjestivät syyskuussa turvallisuuskävelyt keskustassa ja"
                                        + " Ounasvaaran ympäristössä. Havaintoja olivat muun muassa puutteellinen"
                                        + " valaistus alikuluissa ja pyöräteiden risteyksissä.\n\n"
                                        + "Havainnot kirjataan turvallisuussuunnitelman päivitykseen ja"
                                        + " viedään teknisen lautakunnan tietoon.",
                                "Hyväksyttiin esitys.",
                                List.of(new DemoAction(
                                        "Kootaan turvallisuuskävelyjen havainnot ja korjausehdotukset teknisen"
                                                + " lautakunnan käsiteltäväksi.",
                                        "POLIISI",
                                        LocalDate.of(2026, 11, 30),
                                        false))),
                        new DemoItem(
                                "Talven sähkökatkoihin varautuminen",
                                "Kaupunki on tarkistanut koulujen ja palvelutalojen varavoiman sekä"
                                        + " sähkökatkon aikaiset kokoontumispaikat. Rovaniemen seurakunta on"
                                        + " tarjonnut seurakuntakeskuksia lämpimiksi kokoontumistiloiksi.\n\n"
                                        + "Merkitään tiedoksi.",
                                "Merkittiin tiedoksi.",
                                List.of()),
                        other("Ei muita asioita."),
                        closing("14.52")));
        publish(id, "rovaniemi", at(2026, 10, 15, 10, 0), at(2026, 10, 16, 9, 0));
    }

    // the standard items of Finnish minutes

    private static DemoItem opening(String time) {
        return new DemoItem(
                "Kokouksen avaus",
                "Puheenjohtaja avaa kokouksen.",
                "Puheenjohtaja avasi kokouksen klo " + time + ".",
                List.of());
    }

    private static DemoItem lawful(String invitedOn) {
        return new DemoItem(
                "Laillisuus ja päätösvaltaisuus",
                "Kokouskutsu esityslistoineen on lähetetty jäsenille sähköpostitse " + invitedOn + ". Työryhmä on"
                        + " päätösvaltainen, kun puheenjohtaja ja vähintään puolet jäsenistä on läsnä.\n\n"
                        + "Todetaan kokous laillisesti koolle kutsutuksi ja päätösvaltaiseksi.",
                "Todettiin kokous laillisesti koolle kutsutuksi ja päätösvaltaiseksi. Läsnäolijat on merkitty"
                        + " osallistujaluetteloon.",
                List.of());
    }

    private static DemoItem checkers(String who) {
        return new DemoItem(
                "Pöytäkirjantarkastajien valinta",
                "Valitaan kaksi pöytäkirjantarkastajaa. Pöytäkirja tarkastetaan sähköisesti viikon"
                        + " kuluessa kokouksesta, minkä jälkeen se julkaistaan työryhmän jäsenille.",
                "Pöytäkirjantarkastajiksi valittiin " + who + ".",
                List.of());
    }

    private static DemoItem other(String decision) {
        return new DemoItem("Muut asiat", "Käsitellään muut esille tulevat asiat.", decision, List.of());
    }

    private static DemoItem closing(String time) {
        return new DemoItem(
                "Kokouksen päättäminen",
                "Puheenjohtaja päättää kokouksen.",
                "Puheenjohtaja päätti kokouksen klo " + time + ".",
                List.of());
    }

    private static DemoItem agenda(String title, String proposal) {
        return new DemoItem(title, proposal, null, List.of());
    }

    // writing

    private long meeting(
            String groupKey,
            String title,
            OffsetDateTime starts,
            OffsetDateTime ends,
            String place,
            String minuteCheckers) {
        long id = meetings.meeting(
                ids.group(groupKey), new MeetingCommand(null, title, starts, ends, place, minuteCheckers, null, null));
        ids.meetings++;
        return id;
    }

    private void attendance(long meetingId, List<String> present, List<String> absent) {
        List<Attendance> list = new ArrayList<>();
        present.forEach(key -> list.add(new Attendance(ids.actorId(key), ids.person(key), true)));
        absent.forEach(key -> list.add(new Attendance(ids.actorId(key), ids.person(key), false)));
        meetings.attendance(meetingId, list);
    }

    private void items(long meetingId, List<DemoItem> items) {
        int number = 1;
        for (DemoItem i : items) {
            long itemId =
                    meetings.item(meetingId, new ItemCommand(number++, i.title(), i.proposal(), i.decision(), null));
            ids.items++;
            for (DemoAction a : i.actions()) {
                ActionItemCommand action = new ActionItemCommand(
                        String.valueOf(itemId), a.description(), ids.actorId(a.responsibleKey()), a.due(), null, null);
                long actionId = meetings.actionItem(meetingId, action);
                if (a.done()) {
                    // a new action item starts open at version 0; the later meeting found it done
                    meetings.updateActionItem(
                            actionId,
                            0,
                            new ActionItemCommand(
                                    action.itemId(),
                                    action.description(),
                                    action.responsibleActorId(),
                                    action.dueDate(),
                                    "DONE",
                                    null));
                }
                ids.actionItems++;
            }
        }
    }

    /** Takes a held meeting through approval to publication, dated as it happened rather than today. */
    private void publish(long meetingId, String by, OffsetDateTime approvedAt, OffsetDateTime publishedAt) {
        MeetingStatus status = MeetingStatus.PLANNED;
        for (String action : List.of("held", "approve", "publish")) {
            MeetingStatus next = status.after(action);
            if (!meetings.transition(meetingId, status, next, by)) {
                throw new IllegalStateException("demo meeting " + meetingId + " is not " + status);
            }
            status = next;
        }
        jdbc.sql("UPDATE network.meeting SET approved_at = ?, published_at = ? WHERE id = ?")
                .params(approvedAt, publishedAt, meetingId)
                .update();
    }

    private static OffsetDateTime at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(HELSINKI).toOffsetDateTime();
    }
}
