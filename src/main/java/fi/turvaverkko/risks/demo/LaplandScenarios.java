package fi.turvaverkko.risks.demo;

import fi.turvaverkko.risks.demo.RiskDemoData.Spec;
import java.time.LocalDate;
import java.util.List;

/**
 * The risk scenarios of Lapland in {@code lapland-context.md}: the top regional risks of 2023 and
 * the scenarios of the standard regional list and of Lapland's history. Ratings, owners and dates
 * are demo data; resource types are codes of the resources module's catalogue.
 */
final class LaplandScenarios {

    private LaplandScenarios() {}

    private static final String RESCUE = "Lapin pelastuslaitos";
    private static final String POLICE = "Lapin poliisilaitos";
    private static final String BORDER = "Lapin rajavartiosto";
    private static final String COUNTY = "Lapin hyvinvointialue";
    private static final String VITALITY = "Lapin elinvoimakeskus";

    static List<Spec> all() {
        return List.of(
                new Spec(
                        "Laajamittainen tai välineellistetty maahantulo itärajalla",
                        "Storskalig eller instrumentaliserad inresa vid östgränsen",
                        "Large-scale or instrumentalised migration at the eastern border",
                        "Itärajan yli pyrkii lyhyessä ajassa satoja turvapaikanhakijoita Sallan ja Raja-Joosepin"
                                + " rajanylityspaikoille, kuten Tornioon vuosina 2015–2016. Rajavalvonta, vastaanotto,"
                                + " majoitus ja kuljetukset kuormittuvat, ja tilanteeseen voi liittyä"
                                + " informaatiovaikuttamista. Alueen vuoden 2023 arviossa erittäin todennäköinen.",
                        "MIGRATION",
                        List.of("PREPAREDNESS"),
                        List.of("732", "148", "851"),
                        BORDER,
                        LocalDate.of(2027, 3, 31),
                        5,
                        new int[] {1, 1, 3, 2, 2, 1, 4},
                        "MEDIUM",
                        4,
                        2,
                        List.of("EMERGENCY_ACCOMMODATION", "CATERING", "CAMP_BEDS", "CRISIS_WORKER", "COACH"),
                        false,
                        List.of("maahanmuutt", "vastaanot", "kotoutu")),
                new Spec(
                        "Laaja ja pitkäkestoinen sähkökatko kovalla pakkasella",
                        "Omfattande och långvarigt elavbrott i sträng kyla",
                        "Widespread, long-lasting power outage in severe cold",
                        "Sähkönjakelu katkeaa laajalti useiksi vuorokausiksi kovalla pakkasella. Asuntojen lämmitys,"
                                + " vesihuolto, tietoliikenne ja kotihoidon asiakkaiden turvallisuus vaarantuvat erityisesti"
                                + " haja-asutusalueilla. Varavoima ja polttoaineen jakelu ratkaisevat.",
                        "ENERGY_SUPPLY",
                        List.of("PREPAREDNESS", "VILLAGE_SAFETY"),
                        List.of("19"),
                        RESCUE,
                        LocalDate.of(2027, 6, 30),
                        4,
                        new int[] {2, 2, 3, 4, 4, 1, 4},
                        "HIGH",
                        4,
                        2,
                        List.of(
                                "GENERATOR_200KVA",
                                "GENERATOR_60KVA",
                                "FUEL_DELIVERY",
                                "WARMING_PLACE",
                                "MOBILE_HEATER",
                                "SATELLITE_PHONE"),
                        false,
                        List.of("sähkö", "varavoima", "kotivara", "72 tunti")),
                new Spec(
                        "Talvimyrsky ja tykkylumi katkaisevat sähköt ja tiet tunturialueella",
                        "Vinterstorm och kronsnö bryter el och vägar i fjällområdet",
                        "Winter storm and crown snow cut power and roads in the fells",
                        "Myrsky ja raskas tykkylumi kaatavat puita sähkölinjoille ja teille Tunturi-Lapissa ja"
                                + " Pohjois-Lapissa sesongin huippuna. Tuhannet matkailijat ja kylien asukkaat jäävät"
                                + " ilman sähköä ja yhteyksiä, ja pelastustoiminnan kulku hidastuu.",
                        "LARGE_ACCIDENTS",
                        List.of("PREPAREDNESS", "VILLAGE_SAFETY", "TOURISM_SAFETY"),
                        List.of("261", "758", "273", "498", "047", "148"),
                        RESCUE,
                        LocalDate.of(2027, 9, 30),
                        4,
                        new int[] {1, 2, 2, 3, 3, 2, 3},
                        "MEDIUM",
                        3,
                        2,
                        List.of("SNOW_PLOUGH", "TRACTOR_LOADER", "GENERATOR_60KVA", "SNOWMOBILE", "WARMING_PLACE"),
                        false,
                        List.of("myrsky", "sähkö", "kyläturvallisuus", "kylien")),
                new Spec(
                        "Tietoliikenteen ja tietojärjestelmien laaja häiriö",
                        "Omfattande störning i datakommunikation och informationssystem",
                        "Widespread disruption of telecommunications and information systems",
                        "Matkaviestinverkko ja keskeiset tietojärjestelmät, muun muassa potilastietojärjestelmä ja"
                                + " maksuliikenne, ovat poissa käytöstä vuorokauden tai pidempään kyberhyökkäyksen tai"
                                + " laitevian vuoksi. Hätänumeroon soittaminen ja viranomaisviestintä vaikeutuvat.",
                        "COMMUNICATIONS",
                        List.of("PREPAREDNESS"),
                        List.of("19"),
                        COUNTY,
                        LocalDate.of(2027, 3, 31),
                        4,
                        new int[] {1, 1, 1, 3, 4, 1, 4},
                        "MEDIUM",
                        3,
                        2,
                        List.of("SATELLITE_PHONE", "VIRVE_TERMINAL", "MOBILE_BASE_STATION", "RADIO_AMATEUR_STATION"),
                        false,
                        List.of("tietoturva", "kyber", "tietoliikenne", "viestintä")),
                new Spec(
                        "Kriittisen infrastruktuurin sabotointi",
                        "Sabotage mot kritisk infrastruktur",
                        "Sabotage of critical infrastructure",
                        "Sähkönsiirron, energiantuotannon tai tietoliikenteen kriittiseen kohteeseen kohdistuu"
                                + " tahallinen vahingonteko, jonka seuraukset ulottuvat koko maakuntaan. Arvion yksityiskohdat"
                                + " ovat salassa pidettäviä (JulkL 24 § 1 mom. 8 k).",
                        "PRESSURE",
                        List.of("PREPAREDNESS"),
                        List.of("19"),
                        POLICE,
                        LocalDate.of(2027, 1, 31),
                        2,
                        new int[] {3, 3, 3, 5, 5, 3, 5},
                        "LOW",
                        2,
                        3,
                        List.of("GENERATOR_200KVA", "DRONE_TEAM", "FUEL_DELIVERY"),
                        true,
                        List.of("huoltovarmuu", "kriittinen infra")),
                new Spec(
                        "Kevättulva ja jääpato Tornion- ja Muonionjoella",
                        "Vårflod och isdamm i Torne och Muonio älv",
                        "Spring flood and ice jam on the Tornio and Muonio rivers",
                        "Jääpadot nostavat veden nopeasti Tornion- ja Muonionjoella, kuten keväällä 2023, jolloin tulva"
                                + " oli suurin 55 vuoteen ja Pellossa korkein sitten vuoden 1968. Asuinrakennuksia,"
                                + " teitä ja vesihuoltoa on suojattava ja asukkaita evakuoitava.",
                        "LARGE_ACCIDENTS",
                        List.of("PREPAREDNESS", "VILLAGE_SAFETY"),
                        List.of("854", "976", "273", "498", "851"),
                        VITALITY,
                        LocalDate.of(2027, 2, 28),
                        4,
                        new int[] {1, 1, 3, 3, 2, 2, 2},
                        "HIGH",
                        3,
                        2,
                        List.of("FLOOD_BARRIER", "FLOOD_PUMP", "RESCUE_BOAT", "EXCAVATOR", "HOVERCRAFT"),
                        false,
                        List.of("tulva", "jääpato")),
                new Spec(
                        "Kemijoen ja Ounasjoen kevättulva Rovaniemellä, Kittilässä ja Kemijärvellä",
                        "Vårflod i Kemi älv och Ounasjoki i Rovaniemi, Kittilä och Kemijärvi",
                        "Spring flood of the Kemijoki and Ounasjoki in Rovaniemi, Kittilä and Kemijärvi",
                        "Runsaslumisen talven jälkeinen nopea sulaminen nostaa Ounasjoen Kittilässä ennätyslukemiin"
                                + " (2005) ja Kemijoen Rovaniemellä ja Kemijärvellä. Taajamien suojaus ja evakuointi"
                                + " on suunniteltava ennen tulvahuippua.",
                        "LARGE_ACCIDENTS",
                        List.of("PREPAREDNESS"),
                        List.of("698", "261", "320"),
                        VITALITY,
                        LocalDate.of(2027, 2, 28),
                        3,
                        new int[] {1, 1, 4, 4, 3, 2, 3},
                        "MEDIUM",
                        2,
                        2,
                        List.of("FLOOD_BARRIER", "FLOOD_PUMP", "EVACUATION_PLACE", "RESCUE_BOAT"),
                        false,
                        List.of("tulva")),
                new Spec(
                        "Useita samanaikaisia maastopaloja",
                        "Flera samtidiga terrängbränder",
                        "Several simultaneous wildfires",
                        "Kuivana ja kuumana kesänä syttyy samanaikaisesti useita maastopaloja vaikeakulkuisessa maastossa."
                                + " Sammutusresurssit ja vesihuolto riittävät huonosti, ja kyliä ja matkailukohteita voidaan"
                                + " joutua evakuoimaan savun vuoksi.",
                        "LARGE_ACCIDENTS",
                        List.of("FIRE_SAFETY", "PREPAREDNESS"),
                        List.of("19"),
                        RESCUE,
                        LocalDate.of(2027, 4, 30),
                        3,
                        new int[] {1, 1, 2, 2, 2, 4, 2},
                        "MEDIUM",
                        null,
                        null,
                        List.of("WATER_TANK_LARGE", "TRACKED_CARRIER", "DRONE_TEAM", "VAPEPA_ALERT_GROUP"),
                        false,
                        List.of("palo", "metsä")),
                new Spec(
                        "Matkailun suuronnettomuus",
                        "Storolycka inom turismen",
                        "Mass-casualty accident in tourism",
                        "Matkailijoita kuljettava linja-auto suistuu tunturitiellä, lentokone onnettomuus sattuu"
                                + " Rovaniemen tai Kittilän lentoasemalla tai tunturikeskuksessa sattuu suuronnettomuus."
                                + " Loukkaantuneita on kymmeniä, ja monet heistä ovat ulkomaalaisia.",
                        "TRANSPORT",
                        List.of("TOURISM_SAFETY", "SAFE_MOBILITY"),
                        List.of("698", "261", "273", "758"),
                        RESCUE,
                        LocalDate.of(2027, 10, 31),
                        3,
                        new int[] {4, 4, 2, 3, 2, 1, 2},
                        "MEDIUM",
                        3,
                        2,
                        List.of(
                                "FIRST_AID_GROUP",
                                "FIRST_AID_POST",
                                "PSYCHOSOCIAL_TEAM",
                                "COACH",
                                "SNOWMOBILE_STRETCHER"),
                        false,
                        List.of("matkailu", "turist", "liikenne")),
                new Spec(
                        "Vaarallisten aineiden onnettomuus Kemi–Tornion teollisuudessa",
                        "Olycka med farliga ämnen inom industrin i Kemi–Torneå",
                        "Hazardous-materials accident in Kemi–Tornio industry",
                        "Teollisuuslaitoksessa tai satamassa vapautuu myrkyllistä kaasua, joka leviää asutukselle."
                                + " Väestöä varoitetaan ja suojaudutaan sisälle, ja lähialueita voidaan joutua evakuoimaan."
                                + " Skenaario on alueellisesta vakioluettelosta, ja sen lähtötiedot on vielä tarkistettava.",
                        "LARGE_ACCIDENTS",
                        List.of("PREPAREDNESS"),
                        List.of("240", "851", "241"),
                        RESCUE,
                        LocalDate.of(2026, 6, 30),
                        2,
                        new int[] {3, 3, 4, 4, 4, 4, 3},
                        "LOW",
                        null,
                        null,
                        List.of("EVACUATION_PLACE", "PSYCHOSOCIAL_TEAM", "COACH"),
                        false,
                        List.of("kemikaali", "vaarallis")),
                new Spec(
                        "Kaukolämmön katkeaminen kovalla pakkasella",
                        "Avbrott i fjärrvärmen i sträng kyla",
                        "District heating failure in severe cold",
                        "Kaukolämpölaitoksen tai runkoputken vaurio katkaisee lämmön tuhansista asunnoista ja hoitolaitoksista"
                                + " yli 30 asteen pakkasella. Asukkaita on siirrettävä lämpimiin tiloihin ja vesiputkien"
                                + " jäätyminen estettävä.",
                        "ENERGY_SUPPLY",
                        List.of("PREPAREDNESS"),
                        List.of("698", "240", "851"),
                        "Rovaniemen kaupunki",
                        LocalDate.of(2027, 11, 30),
                        3,
                        new int[] {1, 2, 4, 3, 2, 1, 3},
                        "MEDIUM",
                        2,
                        2,
                        List.of("MOBILE_HEATER", "WARMING_PLACE", "EVACUATION_PLACE", "CAMP_BEDS"),
                        false,
                        List.of("lämpö", "pakkas")),
                new Spec(
                        "Vedenjakelun häiriö tai talousveden saastuminen",
                        "Störning i vattenförsörjningen eller förorenat hushållsvatten",
                        "Disruption of water supply or contaminated drinking water",
                        "Vedenottamon saastuminen tai verkoston vaurio katkaisee talousveden jakelun tai tekee vedestä"
                                + " käyttökelvotonta. Juomavettä on jaettava, ja vesivälitteisen epidemian riski kasvaa.",
                        "WATER_SUPPLY",
                        List.of("PREPAREDNESS"),
                        List.of("698", "758", "148"),
                        COUNTY,
                        LocalDate.of(2025, 12, 31),
                        3,
                        new int[] {1, 2, 1, 2, 3, 2, 3},
                        "MEDIUM",
                        null,
                        null,
                        List.of("WATER_TANK_LARGE", "WATER_CANISTERS"),
                        false,
                        List.of("vesi")),
                new Spec(
                        "Pandemia",
                        "Pandemi",
                        "Pandemic",
                        "Uusi hengitystieinfektio leviää nopeasti, ja suuri osa henkilöstöstä sairastuu samaan aikaan."
                                + " Sairaalahoidon kapasiteetti ylittyy, ja yhteiskunnan elintärkeiden toimintojen"
                                + " jatkuvuus vaarantuu. Harvaan asutulla alueella välimatkat pidentävät hoitoon pääsyä.",
                        "HEALTH_SECURITY",
                        List.of("PREPAREDNESS"),
                        List.of("19"),
                        COUNTY,
                        LocalDate.of(2027, 12, 31),
                        3,
                        new int[] {4, 4, 1, 2, 5, 1, 5},
                        "MEDIUM",
                        3,
                        2,
                        List.of("CRISIS_WORKER", "FIRST_AID_GROUP", "LOGISTICS_VOLUNTEERS"),
                        false,
                        List.of("pandemi", "tartun", "hygienia")),
                new Spec(
                        "Väkivaltainen hyökkäys yleisötilaisuudessa",
                        "Våldsamt angrepp vid ett publikevenemang",
                        "Violent attack on a crowd at a public event",
                        "Yksittäinen tekijä hyökkää yleisötapahtumaan tai kauppakeskukseen. Uhreja on useita, ja"
                                + " tilanne vaatii poliisin, pelastustoimen ja ensihoidon yhteistoimintaa sekä"
                                + " kriisiviestintää. Kohteita ja suojausjärjestelyjä koskevat tiedot ovat salassa pidettäviä.",
                        "TERRORISM",
                        List.of("VIOLENCE_CRIME"),
                        List.of("698"),
                        POLICE,
                        LocalDate.of(2027, 5, 31),
                        2,
                        new int[] {3, 4, 1, 1, 2, 1, 3},
                        "LOW",
                        null,
                        null,
                        List.of("PSYCHOSOCIAL_TEAM", "FIRST_AID_GROUP"),
                        true,
                        List.of("väkival")));
    }
}
