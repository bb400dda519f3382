package fi.turvaverkko.network.demo;

import fi.turvaverkko.identity.Role;
import fi.turvaverkko.identity.UserManagement;
import fi.turvaverkko.network.AreaType;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.BusinessId;
import fi.turvaverkko.network.CreateActor;
import fi.turvaverkko.network.domain.ActorService;
import fi.turvaverkko.network.domain.AreaService;
import fi.turvaverkko.network.domain.ContactCommand;
import fi.turvaverkko.network.domain.NetworkLoader;
import fi.turvaverkko.platform.DemoData;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Loads the demo network of Lapland (areas, actors, groups, meetings and demo users) on a first start. */
@Component
@Order(100)
class NetworkDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NetworkDemoData.class);

    static final String MUNICIPALITIES_CSV = "data/lapland-municipalities.csv";
    static final String MUNICIPALITY_BORDERS = "data/finland-municipalities.geojson";
    static final String REGION_BORDERS = "data/finland-regions.geojson";

    static final String REGION = "19";
    private static final String ROVANIEMI = "698";

    /** The contact person who chairs Rovaniemi's wellbeing and safety working group for the city. */
    static final String ROVANIEMI_SAFETY_COORDINATOR = "Eija Sarajärvi";

    /** The sub-regions (seutukunnat) of Lapland, by the name the csv gives them. */
    private static final Map<String, SubRegion> SUBREGIONS = subRegions();

    private record SubRegion(String code, String nameFi, String nameSv, String nameEn) {}

    /** An actor of the demo data; {@code home} is an area code. */
    private record ActorSpec(
            String key,
            String name,
            String nameSv,
            String sector,
            String level,
            Boolean authority,
            String home,
            String businessId,
            String website,
            String email,
            String phone,
            String description) {}

    private record Contact(String actorKey, String name, String title, String email, String phone) {}

    private final DemoData demo;
    private final JdbcClient jdbc;
    private final PlatformTransactionManager transactions;
    private final JsonMapper json;
    private final AreaService areas;
    private final ActorService actors;
    private final NetworkLoader loader;
    private final UserManagement users;

    NetworkDemoData(
            DemoData demo,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            JsonMapper json,
            AreaService areas,
            ActorService actors,
            NetworkLoader loader,
            UserManagement users) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.areas = areas;
        this.actors = actors;
        this.loader = loader;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        long existing =
                jdbc.sql("SELECT count(*) FROM network.area").query(Long.class).single();
        if (existing > 0) {
            return;
        }
        long started = System.nanoTime();
        DemoRegistry loaded = new TransactionTemplate(transactions).execute(status -> load());
        log.info(
                "Network demo data loaded: {} areas, {} actors, {} contact persons, {} groups, {} memberships,"
                        + " {} meetings with {} items and {} action items, {} demo users in {} ms",
                loaded.areaCount(),
                loaded.actorCount(),
                loaded.contacts,
                loaded.groupCount(),
                loaded.memberships,
                loaded.meetings,
                loaded.items,
                loaded.actionItems,
                loaded.users,
                (System.nanoTime() - started) / 1_000_000);
    }

    private DemoRegistry load() {
        DemoRegistry ids = new DemoRegistry();
        List<DemoMunicipality> municipalities = readMunicipalities();
        loadAreas(ids, municipalities);
        loadActors(ids, municipalities);
        areas.loadLeadActor(REGION, ids.actor("LVV"));
        loadContacts(ids);
        DemoGroups demoGroups = new DemoGroups(loader, ids);
        demoGroups.loadRegional();
        demoGroups.loadMunicipal(municipalities);
        new DemoMeetings(loader, jdbc, ids).load();
        loadUsers(ids);
        return ids;
    }

    // areas

    private List<DemoMunicipality> readMunicipalities() {
        try (Reader reader = new InputStreamReader(open(MUNICIPALITIES_CSV), StandardCharsets.UTF_8)) {
            return MunicipalityCsv.parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> borders(String resource, Set<String> codes) {
        try (InputStream in = open(resource)) {
            return GeoJsonBorders.geometries(json, in, codes::contains);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        return new ClassPathResource(resource).getInputStream();
    }

    private void loadAreas(DemoRegistry ids, List<DemoMunicipality> municipalities) {
        Set<String> codes = new HashSet<>();
        municipalities.forEach(m -> codes.add(m.code()));
        Map<String, String> municipalityBorders = borders(MUNICIPALITY_BORDERS, codes);
        String regionBorder = borders(REGION_BORDERS, Set.of(REGION)).get(REGION);
        if (regionBorder == null) {
            throw new IllegalStateException("no border for region " + REGION + " in " + REGION_BORDERS);
        }
        DemoMunicipality rovaniemi = municipalities.stream()
                .filter(m -> m.code().equals(ROVANIEMI))
                .findFirst()
                .orElseThrow();

        ids.area("FI", areas.load(area(AreaType.COUNTRY, "FI", null, "Suomi", "Finland", "Suopma", "Finland"), null));
        // 176 150 at the end of 2023 (data README); the csv rows are partly rounded and add up to less
        ids.area(
                REGION,
                areas.load(
                        new AreaView(
                                null,
                                AreaType.REGION.name(),
                                REGION,
                                null,
                                "FI",
                                null,
                                "Lappi",
                                "Lappland",
                                "Lappi",
                                "Lapland",
                                rovaniemi.lat(),
                                rovaniemi.lon(),
                                176_150,
                                null,
                                null),
                        regionBorder));

        Map<String, List<DemoMunicipality>> bySubregion = new LinkedHashMap<>();
        for (DemoMunicipality m : municipalities) {
            bySubregion.computeIfAbsent(m.subregion(), k -> new ArrayList<>()).add(m);
        }
        for (Map.Entry<String, List<DemoMunicipality>> e : bySubregion.entrySet()) {
            SubRegion s = SUBREGIONS.get(e.getKey());
            if (s == null) {
                throw new IllegalStateException("unknown sub-region in " + MUNICIPALITIES_CSV + ": " + e.getKey());
            }
            List<DemoMunicipality> members = e.getValue();
            // a sub-region has no centre of its own: the mean of its municipalities' centres places its label
            double lat = members.stream()
                    .mapToDouble(DemoMunicipality::lat)
                    .average()
                    .orElseThrow();
            double lon = members.stream()
                    .mapToDouble(DemoMunicipality::lon)
                    .average()
                    .orElseThrow();
            int population =
                    members.stream().mapToInt(DemoMunicipality::population).sum();
            ids.area(
                    s.code(),
                    areas.load(
                            new AreaView(
                                    null,
                                    AreaType.SUBREGION.name(),
                                    s.code(),
                                    null,
                                    REGION,
                                    null,
                                    s.nameFi(),
                                    s.nameSv(),
                                    null,
                                    s.nameEn(),
                                    round(lat),
                                    round(lon),
                                    population,
                                    null,
                                    null),
                            null));
        }

        for (DemoMunicipality m : municipalities) {
            String border = municipalityBorders.get(m.code());
            if (border == null) {
                throw new IllegalStateException(
                        "no border for municipality " + m.code() + " in " + MUNICIPALITY_BORDERS);
            }
            ids.area(
                    m.code(),
                    areas.load(
                            new AreaView(
                                    null,
                                    AreaType.MUNICIPALITY.name(),
                                    m.code(),
                                    null,
                                    SUBREGIONS.get(m.subregion()).code(),
                                    null,
                                    m.nameFi(),
                                    m.nameSv(),
                                    m.nameSe(),
                                    m.nameFi(),
                                    m.lat(),
                                    m.lon(),
                                    m.population(),
                                    null,
                                    null),
                            border));
        }
    }

    private static AreaView area(
            AreaType type, String code, String parent, String fi, String sv, String se, String en) {
        return new AreaView(null, type.name(), code, null, parent, null, fi, sv, se, en, null, null, null, null, null);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1000) / 1000.0;
    }

    private static Map<String, SubRegion> subRegions() {
        Map<String, SubRegion> m = new LinkedHashMap<>();
        m.put(
                "Rovaniemi",
                new SubRegion("SK191", "Rovaniemen seutukunta", "Rovaniemi ekonomiska region", "Rovaniemi sub-region"));
        m.put(
                "Kemi-Tornio",
                new SubRegion(
                        "SK192", "Kemi-Tornion seutukunta", "Kemi-Torneå ekonomiska region", "Kemi-Tornio sub-region"));
        m.put(
                "Torniolaakso",
                new SubRegion(
                        "SK193",
                        "Torniolaakson seutukunta",
                        "Tornedalens ekonomiska region",
                        "Torne Valley sub-region"));
        m.put(
                "Itä-Lappi",
                new SubRegion(
                        "SK194",
                        "Itä-Lapin seutukunta",
                        "Östra Lapplands ekonomiska region",
                        "Eastern Lapland sub-region"));
        m.put(
                "Tunturi-Lappi",
                new SubRegion(
                        "SK196",
                        "Tunturi-Lapin seutukunta",
                        "Fjällapplands ekonomiska region",
                        "Fell Lapland sub-region"));
        m.put(
                "Pohjois-Lappi",
                new SubRegion(
                        "SK197",
                        "Pohjois-Lapin seutukunta",
                        "Norra Lapplands ekonomiska region",
                        "Northern Lapland sub-region"));
        return Map.copyOf(m);
    }

    // actors

    private void loadActors(DemoRegistry ids, List<DemoMunicipality> municipalities) {
        for (ActorSpec a : publicBodies()) {
            create(ids, a);
        }
        for (DemoMunicipality m : municipalities) {
            MunicipalNames n = MunicipalNames.of(m);
            create(
                    ids,
                    new ActorSpec(
                            municipality(m.code()),
                            n.actor(),
                            n.actorSv(),
                            "MUNICIPALITY",
                            "LOCAL",
                            null,
                            m.code(),
                            null,
                            "https://www." + website(m.nameFi()) + ".fi",
                            null,
                            null,
                            municipalityDescription(n)));
        }
        for (ActorSpec a : parishes()) {
            create(ids, a);
        }
        for (ActorSpec a : businesses()) {
            create(ids, a);
        }
    }

    private void create(DemoRegistry ids, ActorSpec a) {
        CreateActor cmd = new CreateActor(
                a.name(),
                a.nameSv(),
                a.sector(),
                a.level(),
                a.authority(),
                null,
                a.home(),
                a.businessId(),
                a.website(),
                a.email(),
                a.phone(),
                a.description());
        ids.actor(a.key(), Long.parseLong(actors.createAs(cmd, "ACTIVE").id()));
    }

    static String municipality(String code) {
        return "MUN" + code;
    }

    static String parish(String code) {
        return "PARISH" + code;
    }

    /** The municipalities' own domains follow their Finnish names without diacritics ("enontekio.fi"). */
    private static String website(String nameFi) {
        return nameFi.toLowerCase(Locale.ROOT)
                .replace('ä', 'a')
                .replace('ö', 'o')
                .replace('å', 'a');
    }

    private static String municipalityDescription(MunicipalNames n) {
        String base = n.actor()
                + " vastaa asukkaidensa hyvinvoinnin ja terveyden edistämisestä, paikallisesta"
                + " turvallisuussuunnittelusta sekä " + n.ofTheMunicipality()
                + " valmiussuunnittelusta ja varautumisesta"
                + " häiriötilanteisiin. Sosiaali- ja terveyspalvelut sekä pelastustoimen järjestää vuodesta 2023"
                + " Lapin hyvinvointialue, jonka kanssa " + n.kind() + " tekee yhteistyötä.";
        String extra = switch (n.code()) {
            case "698" -> " Rovaniemi on Lapin maakuntakeskus.";
            case "047", "890" -> " " + capitalise(n.kind()) + " kuuluu saamelaisten kotiseutualueeseen.";
            case "148" ->
                " Kunta kuuluu saamelaisten kotiseutualueeseen; Venäjän rajalla on Raja-Joosepin"
                        + " rajanylityspaikka.";
            case "758" -> " Kunnan pohjoisosa (Lapin paliskunnan alue) kuuluu saamelaisten kotiseutualueeseen.";
            case "732" -> " Kunnassa on Sallan rajanylityspaikka Venäjän rajalla.";
            case "851" -> " Tornio rajautuu Ruotsin Haaparantaan.";
            default -> "";
        };
        return base + extra;
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static List<ActorSpec> publicBodies() {
        return List.of(
                new ActorSpec(
                        "LVV",
                        "Lupa- ja valvontavirasto",
                        "Tillstånds- och tillsynsverket",
                        "STATE_AUTHORITY",
                        "NATIONAL",
                        null,
                        ROVANIEMI,
                        null,
                        null,
                        null,
                        null,
                        "Valtakunnallinen lupa- ja valvontavirasto aloitti toimintansa 1.1.2026, kun"
                                + " aluehallintovirastot lakkautettiin, ja jatkaa Lapin aluehallintoviraston"
                                + " alueellisia varautumisen ja yhteistyön tehtäviä. Virasto johtaa ja"
                                + " koordinoi Lapin alueellista sisäisen turvallisuuden yhteistyötä alueen"
                                + " valmiustoimikunnan tukemana ja vastaa alueellisen"
                                + " sisäisen turvallisuuden ohjelman valmistelusta laajassa yhteistyössä."),
                new ActorSpec(
                        "ELINVOIMA",
                        "Lapin elinvoimakeskus",
                        "Livskraftscentralen i Lappland",
                        "STATE_AUTHORITY",
                        "REGIONAL",
                        null,
                        ROVANIEMI,
                        null,
                        null,
                        null,
                        null,
                        "Lapin elinvoimakeskus aloitti 1.1.2026 ja hoitaa suurimman osan entisen Lapin ELY-keskuksen"
                                + " tehtävistä, kuten elinkeinojen, liikenteen ja ympäristön alueellisista tehtävistä."
                                + " Turvallisuusyhteistyössä se vastaa toimialansa varautumisesta ja tuo yhteistyöhön"
                                + " elinkeinoelämän, liikenteen ja ympäristön asiantuntemuksen."),
                new ActorSpec(
                        "LIITTO",
                        "Lapin liitto",
                        "Lapplands förbund",
                        "REGIONAL_COUNCIL",
                        "REGIONAL",
                        null,
                        ROVANIEMI,
                        null,
                        "https://www.lapinliitto.fi",
                        null,
                        null,
                        "Lapin kuntien muodostama maakunnan liitto, joka vastaa maakunnan kehittämisestä ja"
                                + " alueidenkäytön suunnittelusta. Liitto laatii maakuntaohjelman ja tuo hyvinvoinnin"
                                + " ja turvallisuuden tavoitteet osaksi alueellista strategista suunnittelua."),
                new ActorSpec(
                        "HYVA",
                        "Lapin hyvinvointialue",
                        "Lapplands välfärdsområde",
                        "WELLBEING_COUNTY",
                        "REGIONAL",
                        null,
                        ROVANIEMI,
                        null,
                        "https://lapha.fi",
                        null,
                        null,
                        "Järjestää vuodesta 2023 Lapin sosiaali- ja terveyspalvelut sekä pelastustoimen. Edistää"
                                + " hyvinvointia ja terveyttä omissa palveluissaan yhteistyössä kuntien kanssa ja"
                                + " varautuu sosiaali- ja terveyspalvelujen häiriötilanteisiin."),
                new ActorSpec(
                        "PELASTUS",
                        "Lapin pelastuslaitos",
                        "Lapplands räddningsverk",
                        "RESCUE",
                        "REGIONAL",
                        null,
                        ROVANIEMI,
                        null,
                        "https://www.lapinpelastuslaitos.fi",
                        null,
                        null,
                        "Lapin hyvinvointialueeseen kuuluva pelastuslaitos vastaa pelastustoiminnasta,"
                                + " onnettomuuksien ehkäisystä, valvonnasta ja turvallisuusviestinnästä. Se laatii"
                                + " pelastustoimen alueellisen riskiarvion ja tukee kuntien valmiussuunnittelua."),
                new ActorSpec(
                        "POLIISI",
                        "Lapin poliisilaitos",
                        "Lapplands polisinrättning",
                        "POLICE",
                        "REGIONAL",
                        null,
                        ROVANIEMI,
                        null,
                        "https://poliisi.fi",
                        null,
                        null,
                        "Vastaa yleisestä järjestyksestä ja turvallisuudesta, rikostorjunnasta ja"
                                + " liikenneturvallisuudesta koko Lapin alueella. Osallistuu kuntien"
                                + " turvallisuussuunnitteluun sekä hyvinvointi- ja turvallisuustyöryhmiin."),
                new ActorSpec(
                        "RAJA",
                        "Lapin rajavartiosto",
                        "Lapplands gränsbevakningssektion",
                        "BORDER_GUARD",
                        "REGIONAL",
                        null,
                        ROVANIEMI,
                        null,
                        "https://raja.fi",
                        null,
                        null,
                        "Valvoo Lapin maarajoja Ruotsin, Norjan ja Venäjän vastaisilla rajoilla ja vastaa"
                                + " rajatarkastuksista. Varautuu laajamittaiseen tai välineellistettyyn maahantuloon"
                                + " itärajalla ja osallistuu etsintä- ja pelastustehtäviin."),
                new ActorSpec(
                        "TULLI",
                        "Tornion tulli",
                        "Tullen, Torneå",
                        "CUSTOMS",
                        "REGIONAL",
                        null,
                        "851",
                        null,
                        "https://tulli.fi",
                        null,
                        null,
                        "Tullin Tornion toimipaikka valvoo tavara- ja matkustajaliikennettä Ruotsin rajalla"
                                + " Torniossa ja osallistuu Lapin valmiustoimikunnan työhön."),
                new ActorSpec(
                        "JPR",
                        "Jääkäriprikaati",
                        "Jägarbrigaden",
                        "DEFENCE",
                        "REGIONAL",
                        null,
                        "758",
                        null,
                        "https://puolustusvoimat.fi",
                        null,
                        null,
                        "Maavoimien joukko-osasto, joka kouluttaa varusmiehiä ja reserviläisiä erityisesti"
                                + " arktisiin olosuhteisiin. Antaa pyydettäessä virka-apua muille viranomaisille,"
                                + " esimerkiksi etsinnöissä ja suuronnettomuuksissa."),
                new ActorSpec(
                        "LENNOSTO",
                        "Lapin lennosto",
                        "Lapplands flygflottilj",
                        "DEFENCE",
                        "REGIONAL",
                        null,
                        ROVANIEMI,
                        null,
                        "https://puolustusvoimat.fi",
                        null,
                        null,
                        "Ilmavoimien joukko-osasto Rovaniemellä. Vastaa Pohjois-Suomen ilmavalvonnasta ja"
                                + " ilmapuolustuksesta ja antaa pyydettäessä virka-apua muille viranomaisille."),
                new ActorSpec(
                        "HAKE",
                        "Hätäkeskuslaitos",
                        "Nödcentralsverket",
                        "EMERGENCY_SERVICES",
                        "NATIONAL",
                        null,
                        "FI",
                        null,
                        "https://112.fi",
                        null,
                        null,
                        "Vastaanottaa hätäilmoitukset hätänumerossa 112 ja välittää tehtävät pelastustoimen,"
                                + " poliisin sekä sosiaali- ja terveystoimen yksiköille. Lapin hätäilmoitukset"
                                + " käsitellään Oulun hätäkeskuksessa."),
                new ActorSpec(
                        "SUPO",
                        "Suojelupoliisi",
                        "Skyddspolisen",
                        "STATE_AUTHORITY",
                        "NATIONAL",
                        null,
                        "FI",
                        null,
                        "https://supo.fi",
                        null,
                        null,
                        "Torjuu kansalliseen turvallisuuteen kohdistuvia uhkia, kuten terrorismia, vakoilua ja"
                                + " kriittiseen infrastruktuuriin kohdistuvaa vaikuttamista. Osallistuu Lapin"
                                + " valmiustoimikunnan työhön."),
                new ActorSpec(
                        "SAKK",
                        "Saamelaiskäräjät",
                        "Sametinget",
                        "OTHER",
                        "NATIONAL",
                        false,
                        "148",
                        null,
                        "https://www.samediggi.fi",
                        null,
                        null,
                        "Saamelaiskäräjät (pohjoissaameksi Sámediggi) on saamelaisten kieltä ja kulttuuria"
                                + " koskevaa itsehallintoa toteuttava julkisoikeudellinen yhteisö, jonka kotipaikka on"
                                + " Inari. Se tuo turvallisuusyhteistyöhön saamelaisten kotiseutualueen (Enontekiö,"
                                + " Inari, Utsjoki ja Sodankylän pohjoisosa) ja saamen kielten näkökulman."),
                new ActorSpec(
                        "LAMK",
                        "Lapin ammattikorkeakoulu",
                        "Lapplands yrkeshögskola",
                        "EDUCATION_RESEARCH",
                        "REGIONAL",
                        null,
                        ROVANIEMI,
                        null,
                        "https://www.lapinamk.fi",
                        null,
                        null,
                        "Kouluttaa muun muassa sosiaali- ja terveysalan sekä tekniikan osaajia ja tekee"
                                + " turvallisuuteen, varautumiseen ja hyvinvointiin liittyvää soveltavaa tutkimus- ja"
                                + " kehittämistyötä. On ollut Lapin valmiustoimikunnan jäsen."),
                new ActorSpec(
                        "ULAPLAND",
                        "Lapin yliopisto",
                        "Lapplands universitet",
                        "EDUCATION_RESEARCH",
                        "REGIONAL",
                        null,
                        ROVANIEMI,
                        null,
                        "https://www.ulapland.fi",
                        null,
                        null,
                        "Rovaniemellä toimiva yliopisto, jonka yhteiskunta-, oikeus- ja kasvatustieteellinen"
                                + " tutkimus sekä Arktinen keskus tuottavat tietoa pohjoisen hyvinvoinnista ja"
                                + " turvallisuudesta."),
                new ActorSpec(
                        "SPR",
                        "Suomen Punainen Risti, Lapin piiri",
                        "Finlands Röda Kors, Lapplands distrikt",
                        "NGO",
                        "REGIONAL",
                        null,
                        ROVANIEMI,
                        null,
                        "https://www.punainenristi.fi",
                        null,
                        null,
                        "Koordinoi Vapaaehtoista pelastuspalvelua (Vapepa) Lapissa, järjestää ensiapu- ja"
                                + " valmiuskoulutusta ja tukee viranomaisia muun muassa kadonneiden etsinnöissä,"
                                + " evakuoinneissa ja henkisessä tuessa."),
                new ActorSpec(
                        "MLL",
                        "Mannerheimin Lastensuojeluliitto, Lapin piiri",
                        "Mannerheims Barnskyddsförbund, Lapplands distrikt",
                        "NGO",
                        "REGIONAL",
                        null,
                        ROVANIEMI,
                        null,
                        "https://www.mll.fi",
                        null,
                        null,
                        "Tukee paikallisyhdistystensä kautta lapsiperheitä sekä lasten ja nuorten hyvinvointia,"
                                + " esimerkiksi perhekahviloilla, tukioppilastoiminnalla ja vapaaehtoistyöllä."
                                + " Tuo yhteistyöhön lasten ja perheiden näkökulman."),
                new ActorSpec(
                        "KYLAT",
                        "Lapin Kylät ry",
                        null,
                        "NGO",
                        "REGIONAL",
                        null,
                        ROVANIEMI,
                        null,
                        null,
                        null,
                        null,
                        "Lapin kylätoiminnan ja paikallisen kehittämisen yhdistys, joka tukee kyläyhdistyksiä"
                                + " muun muassa kylien turvallisuussuunnittelussa ja varautumisessa. Tuo yhteistyöhön"
                                + " harvaan asuttujen kylien näkökulman."),
                new ActorSpec(
                        "MPK",
                        "Maanpuolustuskoulutusyhdistys MPK",
                        "Försvarsutbildningsföreningen MPK",
                        "NGO",
                        "NATIONAL",
                        null,
                        "FI",
                        null,
                        "https://mpk.fi",
                        null,
                        null,
                        "Järjestää kansalaisille ja reserviläisille varautumis-, turvallisuus- ja"
                                + " maanpuolustuskoulutusta sekä viranomaisten tukena toimivien vapaaehtoisten"
                                + " koulutusta."),
                new ActorSpec(
                        "KAUPPAKAMARI",
                        "Lapin kauppakamari",
                        "Lapplands handelskammare",
                        "BUSINESS",
                        "REGIONAL",
                        null,
                        ROVANIEMI,
                        null,
                        "https://lapinkauppakamari.fi",
                        null,
                        null,
                        "Edustaa Lapin elinkeinoelämää ja kokoaa yritysten varautumisyhteistyön Lapin"
                                + " elinkeinoelämän valmiustoimikuntaan (ELVAR). Edistää yritysten"
                                + " jatkuvuudenhallintaa ja huoltovarmuutta."));
    }

    private static List<ActorSpec> parishes() {
        String description = "Evankelis-luterilainen seurakunta. Turvallisuusyhteistyössä se antaa henkistä tukea"
                + " onnettomuus- ja kriisitilanteissa ja ehkäisee diakoniatyöllään syrjäytymistä ja yksinäisyyttä.";
        return List.of(
                parish("698", "Rovaniemen seurakunta", "Rovaniemi församling", description),
                parish("240", "Kemin seurakunta", "Kemi församling", description),
                parish("851", "Tornion seurakunta", "Torneå församling", description),
                parish("758", "Sodankylän seurakunta", "Sodankylä församling", description),
                parish("148", "Inarin seurakunta", "Enare församling", description));
    }

    private static ActorSpec parish(String code, String name, String nameSv, String description) {
        return new ActorSpec(
                parish(code), name, nameSv, "CHURCH", "LOCAL", null, code, null, null, null, null, description);
    }

    /** Three businesses that exist only in the demo; their business IDs are in a range not issued. */
    private static List<ActorSpec> businesses() {
        return List.of(
                new ActorSpec(
                        "OUNASKOSKI",
                        "Ounaskosken Konepalvelu Oy",
                        null,
                        "BUSINESS",
                        "LOCAL",
                        null,
                        ROVANIEMI,
                        fictionalBusinessId("9990001"),
                        null,
                        "ounaskosken.konepalvelu@example.org",
                        "+358 40 000 2001",
                        "Kuvitteellinen yritys (demoaineisto). Rovaniemeläinen koneurakoitsija, jolla on"
                                + " traktoreita, kaivinkoneita ja siirrettäviä varavoimakoneita. Tarjoaa kalustoaan"
                                + " viranomaisten käyttöön häiriötilanteissa ja osallistuu ELVARin työhön."),
                new ActorSpec(
                        "KEMIJOKI",
                        "Kemijoen Kuljetus Oy",
                        null,
                        "BUSINESS",
                        "LOCAL",
                        null,
                        "240",
                        fictionalBusinessId("9990002"),
                        null,
                        "kemijoen.kuljetus@example.org",
                        "+358 40 000 2002",
                        "Kuvitteellinen yritys (demoaineisto). Kemiläinen kuljetusyritys, jolla on kuorma-autoja"
                                + " ja linja-autoja; voi tukea evakuointeja ja huoltovarmuuskriittisiä kuljetuksia."),
                new ActorSpec(
                        "TUNTURIMAJOITUS",
                        "Tunturimajoitus Oy",
                        null,
                        "BUSINESS",
                        "LOCAL",
                        null,
                        "261",
                        fictionalBusinessId("9990003"),
                        null,
                        "tunturimajoitus@example.org",
                        "+358 40 000 2003",
                        "Kuvitteellinen yritys (demoaineisto). Kittiläläinen matkailumajoitusyritys, joka voi"
                                + " tarjota hätämajoitusta ja kehittää matkailijoiden turvallisuutta ja"
                                + " jatkuvuudenhallintaansa."));
    }

    /** Seven digits and the check digit the business ID register would give them. */
    static String fictionalBusinessId(String sevenDigits) {
        Integer check = BusinessId.checkDigit(sevenDigits);
        if (check == null) {
            throw new IllegalArgumentException("no valid business ID starts with " + sevenDigits);
        }
        return sevenDigits + "-" + check;
    }

    // contact persons

    private void loadContacts(DemoRegistry ids) {
        List<Contact> contacts = List.of(
                new Contact(
                        "LVV",
                        "Maria Ylitalo",
                        "Valmiusjohtaja, Lapin toimipaikka",
                        "maria.ylitalo@example.org",
                        "+358 50 000 1001"),
                new Contact(
                        "LVV",
                        "Antti Keränen",
                        "Ylitarkastaja, sisäinen turvallisuus",
                        "antti.keranen@example.org",
                        "+358 50 000 1002"),
                new Contact(
                        "ELINVOIMA",
                        "Riikka Lampela",
                        "Varautumisen asiantuntija",
                        "riikka.lampela@example.org",
                        "+358 50 000 1011"),
                new Contact(
                        "LIITTO",
                        "Hannu Alatalo",
                        "Kehittämispäällikkö",
                        "hannu.alatalo@example.org",
                        "+358 50 000 1021"),
                new Contact("HYVA", "Sari Kangas", "Valmiuspäällikkö", "sari.kangas@example.org", "+358 50 000 1031"),
                new Contact(
                        "HYVA",
                        "Laura Pieski",
                        "Hyvinvoinnin ja terveyden edistämisen koordinaattori",
                        "laura.pieski@example.org",
                        "+358 50 000 1032"),
                new Contact(
                        "PELASTUS",
                        "Päivystävä palomestari",
                        "Ympärivuorokautinen päivystys",
                        "palomestari.paivystys@example.org",
                        "+358 50 000 1041"),
                new Contact(
                        "PELASTUS",
                        "Timo Rova",
                        "Riskienhallintapäällikkö",
                        "timo.rova@example.org",
                        "+358 50 000 1042"),
                new Contact(
                        "POLIISI",
                        "Mikko Palo",
                        "Ylikomisario, ennalta estävä toiminta",
                        "mikko.palo@example.org",
                        "+358 50 000 1051"),
                new Contact(
                        "POLIISI",
                        "Päivystävä kenttäjohtaja",
                        "Ympärivuorokautinen päivystys",
                        "kenttajohtaja.paivystys@example.org",
                        "+358 50 000 1052"),
                new Contact(
                        "SPR", "Johanna Kallio", "Valmiuspäällikkö", "johanna.kallio@example.org", "+358 50 000 1061"),
                new Contact(
                        municipality(ROVANIEMI),
                        ROVANIEMI_SAFETY_COORDINATOR,
                        "Turvallisuuskoordinaattori",
                        "eija.sarajarvi@example.org",
                        "+358 50 000 1071"),
                new Contact(
                        "KAUPPAKAMARI",
                        "Jussi Marttila",
                        "Elinkeinoelämän valmiustoimikunnan sihteeri",
                        "jussi.marttila@example.org",
                        "+358 50 000 1081"),
                new Contact(
                        "OUNASKOSKI",
                        "Pekka Ounasmaa",
                        "Toimitusjohtaja",
                        "pekka.ounasmaa@example.org",
                        "+358 40 000 2011"));
        for (Contact c : contacts) {
            long id = loader.contact(
                    ids.actor(c.actorKey()), new ContactCommand(c.name(), c.title(), c.email(), c.phone(), null));
            ids.contact(c.actorKey(), c.name(), id);
            // a duty role speaks for no one in minutes; a named person does
            if (!c.name().startsWith("Päivystävä")) {
                ids.person(c.actorKey(), c.name());
            }
            ids.contacts++;
        }
    }

    // users

    private void loadUsers(DemoRegistry ids) {
        String password = demo.password();
        user(ids, "admin", "Pääkäyttäjä", Role.ADMIN, List.of(), password);
        user(ids, "coordinator", "Alueen koordinaattori", Role.COORDINATOR, List.of(ids.actor("LVV")), password);
        user(
                ids,
                "rovaniemi",
                "Rovaniemen turvallisuuskoordinaattori",
                Role.MEMBER,
                List.of(ids.actor(municipality(ROVANIEMI))),
                password);
        user(
                ids,
                "pelastus",
                "Lapin pelastuslaitoksen yhteyshenkilö",
                Role.MEMBER,
                List.of(ids.actor("PELASTUS")),
                password);
        user(ids, "spr", "SPR Lapin piirin valmiuspäällikkö", Role.MEMBER, List.of(ids.actor("SPR")), password);
        user(
                ids,
                "yritys",
                "Ounaskosken Konepalvelun toimitusjohtaja",
                Role.MEMBER,
                List.of(ids.actor("OUNASKOSKI")),
                password);
    }

    private void user(DemoRegistry ids, String username, String name, Role role, List<Long> actorIds, String pw) {
        users.ensureDemoUser(username, name, username + "@example.org", List.of(role), actorIds, pw);
        ids.users++;
    }
}
