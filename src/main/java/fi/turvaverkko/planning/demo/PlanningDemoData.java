package fi.turvaverkko.planning.demo;

import fi.turvaverkko.network.ActorFilter;
import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.network.CreateActor;
import fi.turvaverkko.network.GroupFilter;
import fi.turvaverkko.network.GroupView;
import fi.turvaverkko.network.Groups;
import fi.turvaverkko.planning.GoalView;
import fi.turvaverkko.planning.MeasureView.Cost;
import fi.turvaverkko.planning.PlanningAccess;
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.planning.ProgressView;
import fi.turvaverkko.planning.WellbeingService;
import fi.turvaverkko.planning.domain.GoalRepository;
import fi.turvaverkko.planning.domain.MeasureRepository;
import fi.turvaverkko.planning.domain.MeasureRow;
import fi.turvaverkko.planning.domain.ProgrammeRepository;
import fi.turvaverkko.platform.DemoData;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.shared.PageParams;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the planning demo data of Lapland on a first start: national internal security goals, the
 * regional programme with the seed's eight goals linked to them, the Lapland action list, and
 * Rovaniemi's wellbeing plan, safety plan and restricted preparedness plan with the wellbeing
 * report's yearly steps.
 */
@Component
@Order(110)
class PlanningDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlanningDemoData.class);
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    static final String REGION = "19";
    static final String ROVANIEMI = "698";

    private final DemoData demo;
    private final JdbcClient jdbc;
    private final PlatformTransactionManager transactions;
    private final ProgrammeRepository programmes;
    private final GoalRepository goals;
    private final MeasureRepository measures;
    private final Actors actors;
    private final Groups groups;
    private final Areas areas;
    private final WellbeingService wellbeing;
    private final PlanningAccess access;

    PlanningDemoData(
            DemoData demo,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            ProgrammeRepository programmes,
            GoalRepository goals,
            MeasureRepository measures,
            Actors actors,
            Groups groups,
            Areas areas,
            WellbeingService wellbeing,
            PlanningAccess access) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.programmes = programmes;
        this.goals = goals;
        this.measures = measures;
        this.actors = actors;
        this.groups = groups;
        this.areas = areas;
        this.wellbeing = wellbeing;
        this.access = access;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()
                || programmes.count() > 0
                || areas.findByCode(REGION).isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        Locale before = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(Messages.FINNISH);
        try {
            int[] counts = new TransactionTemplate(transactions).execute(status -> new Loader().load());
            log.info(
                    "Planning demo data loaded: {} programmes, {} goals, {} links, {} measures, {} progress updates in {} ms",
                    counts[0],
                    counts[1],
                    counts[2],
                    counts[3],
                    counts[4],
                    (System.nanoTime() - started) / 1_000_000);
        } finally {
            LocaleContextHolder.setLocale(before);
            access.refresh();
        }
    }

    /** One loading run: what it has created so far, by key. */
    private final class Loader {

        private final Map<String, Long> actorIds = new HashMap<>();
        private final Map<String, Long> municipalities = new HashMap<>();
        private final Map<String, Long> parishes = new HashMap<>();
        private final Map<String, Long> committees = new HashMap<>();
        private final Map<String, Long> groupsByName = new HashMap<>();
        private final Map<String, Long> goalIds = new HashMap<>();
        private int programmeCount;
        private int goalCount;
        private int linkCount;
        private int measureCount;
        private int progressCount;
        private final LocalDate today = LocalDate.now(HELSINKI);

        int[] load() {
            resolveNetwork();
            nationalStrategy();
            provincialProgramme();
            regionalProgramme();
            actionList();
            rovaniemi();
            return new int[] {programmeCount, goalCount, linkCount, measureCount, progressCount};
        }

        // what the network holds

        private void resolveNetwork() {
            for (ActorView a : actors.list(new ActorFilter(null, null, null, null, null), PageParams.of(0, 1000, null))
                    .content()) {
                actorIds.put(a.name(), Long.valueOf(a.id()));
                if ("MUNICIPALITY".equals(a.sector())) {
                    municipalities.put(a.homeAreaCode(), Long.valueOf(a.id()));
                }
                if ("CHURCH".equals(a.sector())) {
                    parishes.put(a.homeAreaCode(), Long.valueOf(a.id()));
                }
            }
            if (!actorIds.containsKey("Sisäministeriö")) {
                ActorView ministry = actors.createAs(
                        new CreateActor(
                                "Sisäministeriö",
                                "Inrikesministeriet",
                                "STATE_AUTHORITY",
                                "NATIONAL",
                                null,
                                null,
                                "FI",
                                null,
                                "https://intermin.fi",
                                null,
                                null,
                                "Vastaa sisäisen turvallisuuden strategiasta ja kansallisesta riskiarviosta sekä"
                                        + " ohjaa pelastustointa, poliisia, rajavartiolaitosta ja maahanmuuttohallintoa."),
                        "ACTIVE");
                actorIds.put(ministry.name(), Long.valueOf(ministry.id()));
            }
            for (GroupView g : groups.list(
                            new GroupFilter(null, null, REGION, null, null), PageParams.of(0, 1000, null))
                    .content()) {
                groupsByName.put(g.name(), Long.valueOf(g.id()));
                if ("COMMITTEE".equals(g.kind())) {
                    String code = areas.find(Long.valueOf(g.areaId()))
                            .map(AreaView::code)
                            .orElse("");
                    String name = g.name().toLowerCase(Locale.ROOT);
                    String kind = name.contains("sivistys") ? "S" : name.contains("tekninen") ? "T" : "Y";
                    committees.put("C" + code + kind, Long.valueOf(g.id()));
                }
            }
        }

        private long actor(String key) {
            Long id = switch (key) {
                case "LVV" -> actorIds.get("Lupa- ja valvontavirasto");
                case "ELY" -> actorIds.get("Lapin elinvoimakeskus");
                case "LIITTO" -> actorIds.get("Lapin liitto");
                case "HYVA" -> actorIds.get("Lapin hyvinvointialue");
                case "PEL" -> actorIds.get("Lapin pelastuslaitos");
                case "POL" -> actorIds.get("Lapin poliisilaitos");
                case "RAJA" -> actorIds.get("Lapin rajavartiosto");
                case "SPR" -> actorIds.get("Suomen Punainen Risti, Lapin piiri");
                case "MLL" -> actorIds.get("Mannerheimin Lastensuojeluliitto, Lapin piiri");
                case "KYLAT" -> actorIds.get("Lapin Kylät ry");
                case "MPK" -> actorIds.get("Maanpuolustuskoulutusyhdistys MPK");
                case "LAMK" -> actorIds.get("Lapin ammattikorkeakoulu");
                case "ULA" -> actorIds.get("Lapin yliopisto");
                case "KK" -> actorIds.get("Lapin kauppakamari");
                case "SAKK" -> actorIds.get("Saamelaiskäräjät");
                case "TUNT" -> actorIds.get("Tunturimajoitus Oy");
                case "KEMIJ" -> actorIds.get("Kemijoen Kuljetus Oy");
                case "OUNAS" -> actorIds.get("Ounaskosken Konepalvelu Oy");
                case "SM" -> actorIds.get("Sisäministeriö");
                default ->
                    key.startsWith("PAR")
                            ? parishes.get(key.substring(3))
                            : key.startsWith("M") ? municipalities.get(key.substring(1)) : null;
            };
            if (id == null) {
                // a typo in the demo data set, not something a user can cause
                throw new IllegalStateException("planning demo data refers to an unknown actor: " + key);
            }
            return id;
        }

        private long group(String name) {
            Long id = groupsByName.get(name);
            if (id == null) {
                throw new IllegalStateException("planning demo data refers to an unknown group: " + name);
            }
            return id;
        }

        private long area(String code) {
            return areas.findByCode(code)
                    .map(a -> Long.valueOf(a.id()))
                    .orElseThrow(
                            () -> new IllegalStateException("planning demo data refers to an unknown area: " + code));
        }

        // programmes and goals

        private long programme(
                String kind,
                String name,
                String nameSv,
                String nameEn,
                String description,
                Long ownerActor,
                Long ownerGroup,
                String areaCode,
                LocalDate start,
                LocalDate end,
                String status,
                LocalDate decided,
                String decision,
                boolean restricted) {
            ProgrammeView p = new ProgrammeView(
                    null,
                    kind,
                    name,
                    nameSv,
                    nameEn,
                    description,
                    ownerActor == null ? null : String.valueOf(ownerActor),
                    ownerGroup == null ? null : String.valueOf(ownerGroup),
                    null,
                    areaCode,
                    start,
                    end,
                    null,
                    null,
                    null,
                    decision,
                    decided,
                    restricted ? ProgrammeView.RESTRICTED : ProgrammeView.PUBLIC,
                    restricted ? ProgrammeView.DEFAULT_LEGAL_BASIS : null,
                    restricted ? LocalDate.of(decided.getYear() + 25, 12, 31) : null,
                    null);
            long id = programmes.insert(p, area(areaCode));
            if (!"DRAFT".equals(status)) {
                programmes.markApproved(
                        id,
                        decided.atTime(12, 0).atZone(HELSINKI).toOffsetDateTime(),
                        ROVANIEMI.equals(areaCode) ? "rovaniemi" : "coordinator",
                        status);
            }
            programmeCount++;
            return id;
        }

        private long goal(
                String key,
                long programme,
                String parentKey,
                String code,
                String fi,
                String sv,
                String en,
                String description) {
            long id = goals.insert(
                    new GoalView(
                            null,
                            null,
                            parentKey == null ? null : String.valueOf(goalIds.get(parentKey)),
                            code,
                            fi,
                            sv,
                            en,
                            description,
                            null,
                            null),
                    programme);
            goalIds.put(key, id);
            goalCount++;
            return id;
        }

        private void link(String from, String to, String kind) {
            goals.insertLink(goalIds.get(from), goalIds.get(to), kind, null, "coordinator");
            linkCount++;
        }

        private long nationalStrategy() {
            long p = programme(
                    "NATIONAL_STRATEGY",
                    "Sisäisen turvallisuuden strategia",
                    "Strategi för den inre säkerheten",
                    "Internal security strategy",
                    "Valtioneuvoston periaatepäätös sisäisen turvallisuuden strategiaksi. Strategia ohjaa viranomaisten,"
                            + " kuntien, järjestöjen ja elinkeinoelämän yhteistyötä arjen turvallisuuden parantamiseksi."
                            + " Esittelyaineistossa tavoitteet on tiivistetty.",
                    actor("SM"),
                    null,
                    "FI",
                    LocalDate.of(2017, 10, 5),
                    null,
                    "APPROVED",
                    LocalDate.of(2017, 10, 5),
                    "Valtioneuvoston periaatepäätös 5.10.2017",
                    false);
            goal(
                    "N1",
                    p,
                    null,
                    "1",
                    "Arjen turvallisuus paranee: onnettomuudet, rikokset ja häiriöt vähenevät",
                    "Vardagssäkerheten förbättras: olyckor, brott och störningar minskar",
                    "Everyday safety improves: accidents, crime and disruption decrease",
                    null);
            goal(
                    "N2",
                    p,
                    null,
                    "2",
                    "Ennalta ehkäisevä työ ja varhainen puuttuminen vahvistuvat kaikilla hallinnonaloilla",
                    "Det förebyggande arbetet och det tidiga ingripandet stärks inom alla förvaltningsområden",
                    "Preventive work and early intervention grow stronger in every branch of government",
                    null);
            goal(
                    "N3",
                    p,
                    null,
                    "3",
                    "Syrjäytymiskehitys pysähtyy ja yhdenvertaisuus vahvistuu",
                    "Utvecklingen mot utanförskap bryts och jämlikheten stärks",
                    "Social exclusion stops growing and equality grows stronger",
                    null);
            goal(
                    "N4",
                    p,
                    null,
                    "4",
                    "Yhteiskunnan kriisinkestävyys ja varautuminen häiriötilanteisiin vahvistuvat",
                    "Samhällets kristålighet och beredskap för störningssituationer stärks",
                    "Society's resilience and preparedness for disruptions grow stronger",
                    null);
            goal(
                    "N5",
                    p,
                    null,
                    "5",
                    "Viranomaiset, kunnat, järjestöt ja elinkeinoelämä tekevät tavoitteellista yhteistyötä",
                    "Myndigheter, kommuner, organisationer och näringsliv samarbetar målinriktat",
                    "Authorities, municipalities, NGOs and businesses cooperate towards shared goals",
                    null);
            goal(
                    "N6",
                    p,
                    null,
                    "6",
                    "Tilannekuva ja tiedolla johtaminen paranevat",
                    "Lägesbilden och den kunskapsbaserade ledningen förbättras",
                    "The situation picture and knowledge-based management improve",
                    null);
            return p;
        }

        private long provincialProgramme() {
            long p = programme(
                    "PROVINCIAL_PROGRAMME",
                    "Lapin maakuntaohjelma 2026–2029",
                    "Lapplands landskapsprogram 2026–2029",
                    "Regional programme of Lapland 2026–2029",
                    "Lapin liiton laatima maakuntaohjelma; hyvinvoinnin ja turvallisuuden tavoitteet on sovitettu"
                            + " alueelliseen sisäisen turvallisuuden ohjelmaan.",
                    actor("LIITTO"),
                    null,
                    REGION,
                    LocalDate.of(2026, 1, 1),
                    LocalDate.of(2029, 12, 31),
                    "APPROVED",
                    LocalDate.of(2025, 11, 24),
                    "Lapin liiton maakuntavaltuusto 24.11.2025 § 31",
                    false);
            goal(
                    "P1",
                    p,
                    null,
                    "1",
                    "Lappilaisten hyvinvointi ja osallisuus vahvistuvat",
                    "Lappländarnas välfärd och delaktighet stärks",
                    "The wellbeing and participation of the people of Lapland grow",
                    null);
            goal(
                    "P2",
                    p,
                    null,
                    "2",
                    "Saavutettavuus ja turvallinen liikkuminen paranevat",
                    "Tillgängligheten och den trygga rörligheten förbättras",
                    "Accessibility and safe mobility improve",
                    null);
            goal(
                    "P3",
                    p,
                    null,
                    "3",
                    "Elinkeinoelämän toimintavarmuus ja huoltovarmuus vahvistuvat",
                    "Näringslivets funktionssäkerhet och försörjningsberedskap stärks",
                    "The reliability of business and security of supply grow stronger",
                    null);
            return p;
        }

        private long regionalProgramme() {
            long p = programme(
                    "REGIONAL_PROGRAMME",
                    "Lapin alueellinen sisäisen turvallisuuden ohjelma 2026–2029",
                    "Regionalt program för inre säkerhet i Lappland 2026–2029",
                    "Regional internal security programme of Lapland 2026–2029",
                    "Lupa- ja valvontaviraston johdolla laajassa yhteistyössä valmisteltu ohjelma. Ohjelman tavoitteet"
                            + " ovat alueellisen sisäisen turvallisuuden yhteistyömallin tavoitteet, ja niitä toteutetaan"
                            + " Lapin toimenpidelistalla.",
                    actor("LVV"),
                    null,
                    REGION,
                    LocalDate.of(2026, 1, 1),
                    LocalDate.of(2029, 12, 31),
                    "APPROVED",
                    LocalDate.of(2026, 2, 12),
                    "Lapin sisäisen turvallisuuden yhteistyöryhmä 12.2.2026 § 4",
                    false);
            goal(
                    "G1",
                    p,
                    null,
                    "1",
                    "Kuntien ja muiden paikallisten toimijoiden työ turvallisuuden parantamiseksi ja normaaliolojen häiriötilanteisiin varautumiseksi vahvistuu",
                    "Kommunernas och andra lokala aktörers arbete för säkerheten och för beredskapen inför störningar under normala förhållanden stärks",
                    "The work of municipalities and other local actors on safety and on preparing for disruptions in normal conditions grows stronger",
                    null);
            goal(
                    "G2",
                    p,
                    null,
                    "2",
                    "Sisäisen turvallisuuden ohjelman tavoitteet sovitetaan yhteen kansallisten, maakunnallisten ja paikallisten ohjelmien kanssa",
                    "Målen i programmet för inre säkerhet samordnas med nationella, landskapsvisa och lokala program",
                    "The goals of the internal security programme are aligned with national, provincial and local programmes",
                    null);
            goal(
                    "G3",
                    p,
                    null,
                    "3",
                    "Kansallisten ja alueellisten toimijoiden yhteistyö hallinnon- ja toimialarajat ylittäen paranee",
                    "Samarbetet mellan nationella och regionala aktörer över förvaltnings- och sektorsgränser förbättras",
                    "Cooperation between national and regional actors across administrative and sector boundaries improves",
                    null);
            goal(
                    "G4",
                    p,
                    null,
                    "4",
                    "Ennalta ehkäisevä toiminta, varhainen puuttuminen ja syrjäytymisen ehkäisy vahvistuvat; arjen turvallisuus paranee ja korjaavien toimenpiteiden tarve ja kustannukset vähenevät",
                    "Förebyggande verksamhet, tidigt ingripande och förebyggande av utanförskap stärks; vardagssäkerheten förbättras och behovet av och kostnaderna för korrigerande åtgärder minskar",
                    "Prevention, early intervention and the prevention of social exclusion grow; everyday safety improves and the need for corrective measures, and their costs, go down",
                    null);
            goal(
                    "G5",
                    p,
                    null,
                    "5",
                    "Järjestöillä on aiempaa paremmat mahdollisuudet osallistua toimintaansa liittyvään turvallisuusyhteistyöhön",
                    "Organisationerna har bättre möjligheter än tidigare att delta i säkerhetssamarbete som gäller deras verksamhet",
                    "NGOs have better opportunities than before to take part in safety cooperation related to their activities",
                    null);
            goal(
                    "G6",
                    p,
                    null,
                    "6",
                    "Elinkeinoelämä osallistuu turvallisuusyhteistyöhön ja parantaa samalla jatkuvuudenhallintaansa",
                    "Näringslivet deltar i säkerhetssamarbetet och förbättrar samtidigt sin kontinuitetshantering",
                    "Businesses take part in safety cooperation and improve their business continuity management",
                    null);
            goal(
                    "G7",
                    p,
                    null,
                    "7",
                    "Alueelliset puutteet, katvealueet ja päällekkäiset toiminnot tunnistetaan ja poistetaan; alueellinen tilannetietoisuus vahvistuu",
                    "Regionala brister, blinda fläckar och överlappande verksamheter identifieras och avlägsnas; den regionala lägesmedvetenheten stärks",
                    "Regional gaps, blind spots and overlapping activities are identified and removed; regional situational awareness grows stronger",
                    null);
            goal(
                    "G8",
                    p,
                    null,
                    "8",
                    "Johtovastuussa olevat viranomaiset pystyvät käyttämään alueen kaikkia voimavaroja häiriötilanteisiin varautumisessa ja niiden hoitamisessa",
                    "De myndigheter som har ledningsansvar kan använda alla resurser i regionen vid beredskap för och hantering av störningar",
                    "The authorities in charge can use every resource of the region in preparing for and managing disruptions",
                    null);
            link("G1", "N4", "CONTRIBUTES_TO");
            link("G1", "N1", "CONTRIBUTES_TO");
            link("G2", "N5", "IMPLEMENTS");
            link("G3", "N5", "IMPLEMENTS");
            link("G4", "N2", "IMPLEMENTS");
            link("G4", "N3", "CONTRIBUTES_TO");
            link("G4", "N1", "CONTRIBUTES_TO");
            link("G5", "N5", "CONTRIBUTES_TO");
            link("G6", "N4", "CONTRIBUTES_TO");
            link("G7", "N6", "IMPLEMENTS");
            link("G8", "N4", "IMPLEMENTS");
            link("G4", "P1", "CONTRIBUTES_TO");
            link("G6", "P3", "CONTRIBUTES_TO");
            return p;
        }

        private long actionList() {
            long p = programme(
                    "ACTION_LIST",
                    "Lapin toimenpidelista 2026–2028",
                    "Åtgärdslista för Lappland 2026–2028",
                    "Lapland action list 2026–2028",
                    "Lapin hyvinvointi- ja turvallisuustyöryhmän laatima toimenpidelista, jolla alueellisen sisäisen"
                            + " turvallisuuden ohjelman tavoitteet toteutetaan. Osiot: lapsiperheet ja nuoret (A), turvallinen"
                            + " oppimisympäristö (B), ikääntyneet (C), turvallinen liikkuminen (D), päihteiden, väkivallan,"
                            + " rikosten ja syrjäytymisen ehkäisy sekä uhrien tuki (E), suunnittelu ja yhteistyö (F),"
                            + " koulutus (G) ja varautuminen (H).",
                    null,
                    group("Lapin hyvinvointi- ja turvallisuustyöryhmä"),
                    REGION,
                    LocalDate.of(2026, 1, 1),
                    LocalDate.of(2028, 12, 31),
                    "APPROVED",
                    LocalDate.of(2026, 4, 15),
                    "Lapin hyvinvointi- ja turvallisuustyöryhmä 15.4.2026 § 12",
                    false);
            for (String line : DemoActionList.MEASURES.strip().split("\n")) {
                actionListMeasure(p, line);
            }
            return p;
        }

        private void actionListMeasure(long programme, String line) {
            String[] f = Arrays.stream(line.split("\\|")).map(String::trim).toArray(String[]::new);
            if (f.length != 16) {
                throw new IllegalStateException("planning demo measure needs 16 fields: " + line);
            }
            List<Long> goalRefs = new ArrayList<>();
            for (String g : f[11].split(",")) {
                goalRefs.add(goalIds.get("G" + g.trim()));
            }
            measure(
                    programme,
                    f[0],
                    f[1],
                    null,
                    f[2],
                    f[3],
                    f[4],
                    f[5],
                    f[6],
                    f[7],
                    LocalDate.parse(f[8]),
                    LocalDate.parse(f[9]),
                    f[10],
                    goalRefs,
                    f[12],
                    f[13],
                    f[14],
                    f[15]);
        }

        /** A measure with its costs and the progress updates that led to its status today. */
        private void measure(
                long programme,
                String code,
                String title,
                String description,
                String responsible,
                String partners,
                String areaCodes,
                String targetGroups,
                String themes,
                String emphasis,
                LocalDate start,
                LocalDate end,
                String status,
                List<Long> goalRefs,
                String carrier,
                String funding,
                String costs,
                String note) {
            List<Long> partnerIds = new ArrayList<>();
            if (!partners.isBlank() && !"-".equals(partners)) {
                for (String p : partners.split(";")) {
                    partnerIds.add(actor(p.trim()));
                }
            }
            List<Long> areaIds = new ArrayList<>();
            for (String a : areaCodes.split(",")) {
                areaIds.add(area(a.trim()));
            }
            Long carrierGroup =
                    carrier.startsWith("C") && committees.containsKey(carrier) ? committees.get(carrier) : null;
            Long carrierActor = carrierGroup == null && !"-".equals(carrier) ? actor(carrier) : null;
            List<Cost> planned = new ArrayList<>();
            Map<Integer, BigDecimal> realised = new java.util.TreeMap<>();
            for (String c : costs.split(";")) {
                String[] y = c.split(":", -1);
                int year = Integer.parseInt(y[0]);
                planned.add(new Cost(year, new BigDecimal(y[1]), null));
                if (y.length > 2 && !y[2].isBlank()) {
                    realised.put(year, new BigDecimal(y[2]));
                }
            }
            String finalStatus = status.contains(":") ? status.substring(0, status.indexOf(':')) : status;
            int percent = status.contains(":") ? Integer.parseInt(status.substring(status.indexOf(':') + 1)) : 0;
            long id = measures.insert(new MeasureRow(
                    programme,
                    code,
                    title,
                    null,
                    description,
                    null,
                    actor(responsible),
                    partnerIds,
                    areaIds,
                    List.of(targetGroups.split(",")),
                    List.of(themes.split(",")),
                    emphasis,
                    goalRefs,
                    start,
                    end,
                    "PLANNED",
                    null,
                    funding,
                    start.getYear(),
                    start.getYear(),
                    Math.max(end.getYear(), start.getYear()),
                    carrierGroup,
                    carrierActor,
                    null,
                    planned));
            measureCount++;
            reporter = switch (responsible) {
                case "PEL" -> "pelastus";
                case "SPR" -> "spr";
                case "M698" -> "rovaniemi";
                default -> "coordinator";
            };
            progress(id, start, end, finalStatus, percent, realised, note);
        }

        /** Who records the progress of the measure being loaded: its actor's demo user, else the coordinator. */
        private String reporter = "coordinator";

        /** Progress updates in date order: started, the realised cost of each year, and today's state. */
        private void progress(
                long id,
                LocalDate start,
                LocalDate end,
                String status,
                int percent,
                Map<Integer, BigDecimal> realised,
                String note) {
            if ("PLANNED".equals(status) || start.isAfter(today)) {
                return;
            }
            if ("CANCELLED".equals(status)) {
                BigDecimal spent = realised.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                LocalDate on = min(start.plusMonths(2), today);
                update(id, on, "CANCELLED", null, note, spent.signum() > 0 ? spent : null);
                return;
            }
            LocalDate last = "DONE".equals(status) ? min(end, today) : today.minusDays(9 + (int) (id % 20));
            if (last.isBefore(start)) {
                last = start;
            }
            update(
                    id,
                    min(start.plusDays(10), last),
                    "ONGOING",
                    5,
                    "Toimenpide käynnistyi; vastuuhenkilöt ja aikataulu vahvistettiin.",
                    null);
            int done = "DONE".equals(status) ? 100 : percent;
            List<Integer> years = new ArrayList<>(realised.keySet());
            for (int i = 0; i < years.size(); i++) {
                int year = years.get(i);
                boolean lastYear = i == years.size() - 1;
                LocalDate on = lastYear ? last : LocalDate.of(year, 12, 15);
                if (on.isBefore(start)) {
                    on = start;
                }
                int share = lastYear ? done : Math.max(10, done * (i + 1) / (years.size() + 1));
                String s = lastYear && "DONE".equals(status) ? "DONE" : "ONGOING";
                String text =
                        lastYear ? note : "Vuoden " + year + " osuus toteutui; toteutuneet kustannukset kirjattiin.";
                update(id, on, s, share, text, realised.get(year));
            }
            if (years.isEmpty()) {
                update(id, last, "DONE".equals(status) ? "DONE" : "ONGOING", done, note, null);
            }
        }

        private void update(long id, LocalDate on, String status, Integer percent, String text, BigDecimal cost) {
            measures.insertProgress(
                    id, new ProgressView(null, null, on, status, percent, text, cost, null, null), reporter);
            progressCount++;
        }

        private LocalDate min(LocalDate a, LocalDate b) {
            return a.isBefore(b) ? a : b;
        }

        // Rovaniemi

        private void rovaniemi() {
            long workingGroup = group("Rovaniemen hyvinvointi- ja turvallisuustyöryhmä");
            programme(
                    "WELLBEING_REPORT",
                    "Rovaniemen laaja hyvinvointikertomus 2021–2024",
                    "Rovaniemis omfattande välfärdsberättelse 2021–2024",
                    "Rovaniemi broad wellbeing report 2021–2024",
                    "Valtuustokauden 2021–2025 laaja hyvinvointikertomus: väestön hyvinvoinnin ja turvallisuuden kehitys,"
                            + " palvelujen vaikutukset ja uuden valtuustokauden painopisteet.",
                    null,
                    workingGroup,
                    ROVANIEMI,
                    LocalDate.of(2021, 8, 1),
                    LocalDate.of(2025, 5, 31),
                    "APPROVED",
                    LocalDate.of(2025, 4, 28),
                    "Rovaniemen kaupunginvaltuusto 28.4.2025 § 41",
                    false);
            long plan = programme(
                    "WELLBEING_PLAN",
                    "Rovaniemen hyvinvointisuunnitelma 2025–2029",
                    "Rovaniemis välfärdsplan 2025–2029",
                    "Rovaniemi wellbeing plan 2025–2029",
                    "Valtuustokauden hyvinvointisuunnitelma, joka on osa kaupunkistrategiaa (laki 612/2021, 6 §)."
                            + " Turvallisuussuunnitelma on sovitettu hyvinvointisuunnitelmaan.",
                    null,
                    workingGroup,
                    ROVANIEMI,
                    LocalDate.of(2025, 6, 1),
                    LocalDate.of(2029, 5, 31),
                    "APPROVED",
                    LocalDate.of(2025, 11, 24),
                    "Rovaniemen kaupunginvaltuusto 24.11.2025 § 112",
                    false);
            goal(
                    "R1",
                    plan,
                    null,
                    "1",
                    "Lasten, nuorten ja perheiden hyvinvointi ja osallisuus vahvistuvat",
                    "Barns, ungas och familjers välfärd och delaktighet stärks",
                    "The wellbeing and participation of children, young people and families grow",
                    null);
            goal(
                    "R1.1",
                    plan,
                    "R1",
                    "1.1",
                    "Nuorten syrjäytyminen koulutuksesta ja työstä vähenee",
                    "Ungas utanförskap från utbildning och arbete minskar",
                    "Fewer young people drop out of education and work",
                    null);
            goal(
                    "R2",
                    plan,
                    null,
                    "2",
                    "Ikääntyneet asuvat kotona turvallisesti",
                    "Äldre bor tryggt hemma",
                    "Older people live safely at home",
                    null);
            goal(
                    "R3",
                    plan,
                    null,
                    "3",
                    "Päihde- ja väkivaltahaitat vähenevät",
                    "Skador av missbruk och våld minskar",
                    "Harm from substance use and violence decreases",
                    null);
            goal(
                    "R4",
                    plan,
                    null,
                    "4",
                    "Kaupunki ja sen kylät varautuvat häiriötilanteisiin",
                    "Staden och dess byar förbereder sig för störningssituationer",
                    "The city and its villages prepare for disruptions",
                    null);
            link("R1", "G4", "IMPLEMENTS");
            link("R1.1", "G4", "CONTRIBUTES_TO");
            link("R2", "G4", "CONTRIBUTES_TO");
            link("R3", "G4", "CONTRIBUTES_TO");
            link("R4", "G1", "IMPLEMENTS");
            link("R4", "G8", "CONTRIBUTES_TO");

            long safety = programme(
                    "SAFETY_PLAN",
                    "Rovaniemen turvallisuussuunnitelma 2025–2028",
                    "Rovaniemis säkerhetsplan 2025–2028",
                    "Rovaniemi safety plan 2025–2028",
                    "Paikallinen turvallisuussuunnitelma, jonka hyvinvointi- ja turvallisuustyöryhmä on valmistellut"
                            + " yhdessä poliisin, pelastuslaitoksen, hyvinvointialueen ja järjestöjen kanssa.",
                    null,
                    workingGroup,
                    ROVANIEMI,
                    LocalDate.of(2025, 9, 1),
                    LocalDate.of(2028, 12, 31),
                    "APPROVED",
                    LocalDate.of(2025, 8, 25),
                    "Rovaniemen kaupunginhallitus 25.8.2025 § 301",
                    false);
            goal(
                    "S1",
                    safety,
                    null,
                    "1",
                    "Liikenneturvallisuus paranee erityisesti koulureiteillä",
                    "Trafiksäkerheten förbättras särskilt på skolvägarna",
                    "Road safety improves, especially on the way to school",
                    null);
            goal(
                    "S2",
                    safety,
                    null,
                    "2",
                    "Kotien ja vapaa-ajan tapaturmat vähenevät",
                    "Olycksfallen i hemmet och på fritiden minskar",
                    "Home and leisure accidents decrease",
                    null);
            goal(
                    "S3",
                    safety,
                    null,
                    "3",
                    "Keskustan yöelämän ja tapahtumien turvallisuus paranee",
                    "Säkerheten i centrums nattliv och evenemang förbättras",
                    "Safety in the city centre's nightlife and events improves",
                    null);
            link("S1", "G4", "CONTRIBUTES_TO");
            link("S1", "P2", "CONTRIBUTES_TO");
            link("S2", "G4", "CONTRIBUTES_TO");
            link("S3", "G4", "CONTRIBUTES_TO");

            long preparedness = programme(
                    "PREPAREDNESS_PLAN",
                    "Rovaniemen kaupungin valmiussuunnitelma",
                    "Rovaniemi stads beredskapsplan",
                    "Rovaniemi city preparedness plan",
                    "Kaupungin valmiussuunnitelma häiriötilanteita ja poikkeusoloja varten: johtaminen, kriittiset"
                            + " toiminnot, viestintä ja väestön suojaaminen. Sisältää salassa pidettäviä tietoja.",
                    actor("M" + ROVANIEMI),
                    null,
                    ROVANIEMI,
                    LocalDate.of(2025, 6, 1),
                    LocalDate.of(2028, 5, 31),
                    "APPROVED",
                    LocalDate.of(2025, 6, 2),
                    "Rovaniemen kaupunginhallitus 2.6.2025 § 245",
                    true);
            goal(
                    "V1",
                    preparedness,
                    null,
                    "1",
                    "Kriittisten toimintojen jatkuvuus turvataan pitkässä sähkökatkossa",
                    "Kontinuiteten i kritiska funktioner tryggas vid ett långt elavbrott",
                    "Critical functions continue through a long power outage",
                    null);
            goal(
                    "V2",
                    preparedness,
                    null,
                    "2",
                    "Väestön evakuointi ja hätämajoitus on suunniteltu ja harjoiteltu",
                    "Evakuering och nödinkvartering av befolkningen har planerats och övats",
                    "Evacuation and emergency accommodation of the population are planned and exercised",
                    null);
            link("V1", "G8", "IMPLEMENTS");

            measure(
                    plan,
                    "R-1",
                    "Koulupudokkaiden tavoittaminen ja paluu koulutukseen",
                    null,
                    "M698",
                    "HYVA;ELY",
                    "698",
                    "CHILDREN_YOUTH",
                    "EXCLUSION",
                    "EXCLUSION_PREVENTION",
                    LocalDate.of(2025, 8, 1),
                    LocalDate.of(2027, 7, 31),
                    "ONGOING:45",
                    List.of(goalIds.get("R1.1")),
                    "C698S",
                    "MUNICIPAL_BUDGET",
                    "2025:30000:28500;2026:32000:21000;2027:20000:",
                    "Etsivä nuorisotyö tavoitti 74 koulutuksen keskeyttänyttä; 39 palasi opintoihin.");
            measure(
                    plan,
                    "R-2",
                    "Perheiden kohtaamispaikat Ounasvaaralle ja Muurolaan",
                    null,
                    "PAR698",
                    "MLL;M698",
                    "698",
                    "FAMILIES",
                    "EXCLUSION",
                    "PREVENTION",
                    LocalDate.of(2026, 1, 15),
                    LocalDate.of(2026, 12, 15),
                    "ONGOING:70",
                    List.of(goalIds.get("R1")),
                    "PAR698",
                    "OWN_FUNDS",
                    "2026:9000:6200",
                    "Kohtaamispaikat avoinna kahdesti viikossa; kävijöitä noin 60 perhettä kuukaudessa.");
            measure(
                    plan,
                    "R-3",
                    "Ikääntyneiden kotien turvallisuuskartoitukset Rovaniemen kylissä",
                    null,
                    "PEL",
                    "HYVA;KYLAT",
                    "698",
                    "OLDER_PEOPLE,VILLAGES",
                    "HOME_LEISURE_ACCIDENTS,FIRE_SAFETY",
                    "PREVENTION",
                    LocalDate.of(2026, 3, 1),
                    LocalDate.of(2026, 10, 31),
                    "ONGOING:85",
                    List.of(goalIds.get("R2"), goalIds.get("S2")),
                    "PEL",
                    "WELLBEING_COUNTY_BUDGET",
                    "2026:12000:9800",
                    "Kartoitukset tehty 312 kotiin; loput kylät siirtyivät tammikuulle.");
            measure(
                    plan,
                    "R-4",
                    "Anniskeluravintoloiden ja järjestyksenvalvojien yhteistyöfoorumi",
                    null,
                    "POL",
                    "M698;PEL",
                    "698",
                    "WHOLE_POPULATION",
                    "VIOLENCE_CRIME,SUBSTANCE_USE",
                    "EVERYDAY_SAFETY",
                    LocalDate.of(2026, 2, 1),
                    LocalDate.of(2026, 12, 31),
                    "ONGOING:60",
                    List.of(goalIds.get("R3"), goalIds.get("S3")),
                    "POL",
                    "STATE_BUDGET",
                    "2026:3000:1800",
                    "Foorumi kokoontui kolmesti; yhteinen ohje päihtyneiden kohtaamiseen valmisteilla.");
            measure(
                    plan,
                    "R-5",
                    "Kylien kokoontumistilat pitkän sähkökatkon varalle",
                    null,
                    "M698",
                    "SPR;KYLAT",
                    "698",
                    "VILLAGES",
                    "PREPAREDNESS,VILLAGE_SAFETY",
                    "PREVENTION",
                    LocalDate.of(2026, 5, 1),
                    LocalDate.of(2027, 12, 31),
                    "ONGOING:30",
                    List.of(goalIds.get("R4")),
                    "C698T",
                    "MUNICIPAL_BUDGET",
                    "2026:70000:22000;2027:90000:",
                    "Kolmen kylätalon varavoimaliitäntä valmis; aggregaatit kilpailutettu.");
            measure(
                    safety,
                    "T-1",
                    "Koulureittien talvikunnossapidon ja valaistuksen parannukset",
                    null,
                    "M698",
                    "ELY;POL",
                    "698",
                    "CHILDREN_YOUTH",
                    "SAFE_MOBILITY",
                    "EVERYDAY_SAFETY",
                    LocalDate.of(2025, 10, 1),
                    LocalDate.of(2026, 6, 30),
                    "ONGOING:70",
                    List.of(goalIds.get("S1")),
                    "C698T",
                    "MUNICIPAL_BUDGET",
                    "2025:25000:24000;2026:40000:23000",
                    "Valaistus uusittu neljällä koulureitillä; kaksi kohdetta siirtyi ensi kesään.");
            measure(
                    safety,
                    "T-2",
                    "Tapahtumaturvallisuuden yhteinen ohje ja tarkastukset",
                    null,
                    "PEL",
                    "POL;M698",
                    "698",
                    "WHOLE_POPULATION,TOURISTS",
                    "TOURISM_SAFETY,FIRE_SAFETY",
                    "PREVENTION",
                    LocalDate.of(2025, 11, 1),
                    LocalDate.of(2026, 8, 31),
                    "DONE",
                    List.of(goalIds.get("S3")),
                    "PEL",
                    "WELLBEING_COUNTY_BUDGET",
                    "2025:4000:3600;2026:6000:5700",
                    "Ohje julkaistiin ja kesän 12 suurtapahtumaa tarkastettiin sen mukaan.");
            measure(
                    preparedness,
                    "V-1",
                    "Kaupungin johtokeskuksen varavoiman ja yhteyksien varmistaminen",
                    null,
                    "M698",
                    "PEL",
                    "698",
                    "WHOLE_POPULATION",
                    "PREPAREDNESS",
                    "PREVENTION",
                    LocalDate.of(2025, 9, 1),
                    LocalDate.of(2026, 12, 31),
                    "ONGOING:75",
                    List.of(goalIds.get("V1")),
                    "C698T",
                    "MUNICIPAL_BUDGET",
                    "2025:80000:78000;2026:60000:41000",
                    "Varavoimakone asennettu; Virve-päätteiden lisäys odottaa toimitusta.");
            measure(
                    preparedness,
                    "V-2",
                    "Evakuoinnin ja hätämajoituksen harjoitus yhdessä SPR:n kanssa",
                    null,
                    "M698",
                    "SPR;PEL;POL",
                    "698",
                    "WHOLE_POPULATION",
                    "PREPAREDNESS,SAFETY_TRAINING",
                    "PREVENTION",
                    LocalDate.of(2026, 9, 1),
                    LocalDate.of(2027, 5, 31),
                    "PLANNED",
                    List.of(goalIds.get("V2")),
                    "C698S",
                    "MUNICIPAL_BUDGET",
                    "2027:15000:",
                    "Harjoitus pidetään toukokuussa 2027.");
            // the yearly steps of the wellbeing report
            wellbeing.loadDraft(
                    String.valueOf(plan),
                    "YEARLY_REPORT",
                    2025,
                    Messages.FINNISH,
                    "rovaniemi",
                    "Rovaniemen kaupunginvaltuusto 16.3.2026 § 23",
                    "Suunnitelman tavoitteet etenivät vuonna 2025 pääosin suunnitellusti. Ennalta ehkäisevän"
                            + " työn osuus kustannuksista kasvoi, ja järjestöjen vapaaehtoistoiminta tavoitti"
                            + " ikääntyneitä ja lapsiperheitä myös syrjäkylissä. Myöhässä olevat toimenpiteet"
                            + " viivästyivät pääosin henkilöstön vaihtuvuuden vuoksi; ne siirretään vuoden 2026"
                            + " toimintasuunnitelmaan, ja niiden vastuuhenkilöt vahvistetaan työryhmän"
                            + " helmikuun kokouksessa. Työryhmä esittää, että kylien turvallisuuskävelyjä"
                            + " jatketaan niissä kylissä, joissa niitä ei vielä ole tehty.");
            wellbeing.loadDraft(String.valueOf(plan), "YEARLY_REVIEW", 2026, Messages.FINNISH, "rovaniemi", null, null);
        }
    }
}
