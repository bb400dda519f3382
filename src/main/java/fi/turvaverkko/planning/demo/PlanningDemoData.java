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
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.planning.domain.ProgrammeLoader;
import fi.turvaverkko.platform.DemoData;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.shared.PageParams;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the planning demo data of Lapland on a first start: national internal security goals, the
 * regional programme with the seed's eight goals linked to them, the Lapland action list (its measures
 * are the action list's demo data, {@code planning.actionlist.demo}, loaded next), and Rovaniemi's
 * wellbeing plan, safety plan and restricted preparedness plan. The wellbeing report's yearly steps,
 * drafted from the measures, come last ({@link WellbeingDemoData}).
 */
@Component
@Order(110)
class PlanningDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlanningDemoData.class);
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    static final String REGION = "19";
    static final String ROVANIEMI = "698";

    private final DemoData demo;
    private final PlatformTransactionManager transactions;
    private final ProgrammeLoader loader;
    private final Actors actors;
    private final Groups groups;
    private final Areas areas;

    PlanningDemoData(
            DemoData demo,
            PlatformTransactionManager transactions,
            ProgrammeLoader loader,
            Actors actors,
            Groups groups,
            Areas areas) {
        this.demo = demo;
        this.transactions = transactions;
        this.loader = loader;
        this.actors = actors;
        this.groups = groups;
        this.areas = areas;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || loader.count() > 0 || areas.findByCode(REGION).isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        Locale before = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(Messages.FINNISH);
        try {
            int[] counts = new TransactionTemplate(transactions).execute(status -> new Loader().load());
            log.info(
                    "Planning demo data loaded: {} programmes, {} goals, {} links in {} ms",
                    counts[0],
                    counts[1],
                    counts[2],
                    (System.nanoTime() - started) / 1_000_000);
        } finally {
            LocaleContextHolder.setLocale(before);
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
        private final LocalDate today = LocalDate.now(HELSINKI);

        int[] load() {
            resolveNetwork();
            nationalStrategy();
            provincialProgramme();
            regionalProgramme();
            actionList();
            rovaniemi();
            return new int[] {programmeCount, goalCount, linkCount};
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
            long id = loader.programme(p, area(areaCode));
            if (!"DRAFT".equals(status)) {
                loader.decided(
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
            long id = loader.goal(
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
            loader.link(goalIds.get(from), goalIds.get(to), kind, "coordinator");
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
            return p;
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
        }
    }
}
