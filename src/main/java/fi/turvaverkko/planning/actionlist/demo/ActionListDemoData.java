package fi.turvaverkko.planning.actionlist.demo;

import fi.turvaverkko.network.ActorFilter;
import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.network.GroupFilter;
import fi.turvaverkko.network.GroupView;
import fi.turvaverkko.network.Groups;
import fi.turvaverkko.planning.MeasureView.Cost;
import fi.turvaverkko.planning.actionlist.domain.DemoMeasures;
import fi.turvaverkko.platform.DemoData;
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
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the action list's demo data on a first start, after the programmes' ({@code planning.demo}):
 * the Lapland action list's measures in the sections of "Turvallisempi huominen" and "Arjen turvaa
 * Lapissa", and the measures of Rovaniemi's wellbeing, safety and preparedness plans, each with the
 * progress updates that led to its status today.
 */
@Component
@Order(111)
class ActionListDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ActionListDemoData.class);
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    static final String REGION = "19";
    static final String ACTION_LIST = "Lapin toimenpidelista 2026–2028";
    static final String REGIONAL_PROGRAMME = "Lapin alueellinen sisäisen turvallisuuden ohjelma 2026–2029";
    static final String WELLBEING_PLAN = "Rovaniemen hyvinvointisuunnitelma 2025–2029";
    static final String SAFETY_PLAN = "Rovaniemen turvallisuussuunnitelma 2025–2028";
    static final String PREPAREDNESS_PLAN = "Rovaniemen kaupungin valmiussuunnitelma";

    private final DemoData demo;
    private final PlatformTransactionManager transactions;
    private final DemoMeasures measures;
    private final Actors actors;
    private final Groups groups;
    private final Areas areas;

    ActionListDemoData(
            DemoData demo,
            PlatformTransactionManager transactions,
            DemoMeasures measures,
            Actors actors,
            Groups groups,
            Areas areas) {
        this.demo = demo;
        this.transactions = transactions;
        this.measures = measures;
        this.actors = actors;
        this.groups = groups;
        this.areas = areas;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || measures.count() > 0 || measures.programmeNamed(ACTION_LIST) == null) {
            return;
        }
        long started = System.nanoTime();
        int[] counts = new TransactionTemplate(transactions).execute(status -> new Loader().load());
        log.info(
                "Action list demo data loaded: {} measures, {} progress updates in {} ms",
                counts[0],
                counts[1],
                (System.nanoTime() - started) / 1_000_000);
    }

    /** One loading run. */
    private final class Loader {

        private final Map<String, Long> actorIds = new HashMap<>();
        private final Map<String, Long> municipalities = new HashMap<>();
        private final Map<String, Long> parishes = new HashMap<>();
        private final Map<String, Long> committees = new HashMap<>();
        private final Map<String, Long> groupsByName = new HashMap<>();
        private int measureCount;
        private int progressCount;
        private final LocalDate today = LocalDate.now(HELSINKI);

        int[] load() {
            resolveNetwork();
            load(ACTION_LIST, DemoActionList.MEASURES);
            load(WELLBEING_PLAN, DemoActionList.ROVANIEMI_WELLBEING);
            load(SAFETY_PLAN, DemoActionList.ROVANIEMI_SAFETY);
            load(PREPAREDNESS_PLAN, DemoActionList.ROVANIEMI_PREPAREDNESS);
            return new int[] {measureCount, progressCount};
        }

        private void load(String programmeName, String lines) {
            long programme = measures.programmeNamed(programmeName);
            for (String line : lines.strip().split("\n")) {
                actionListMeasure(programme, line);
            }
        }

        /** A goal of the demo plans: a number of the regional programme, or R…, S…, V… of Rovaniemi's. */
        private long goal(String key) {
            String programme = switch (key.charAt(0)) {
                case 'R' -> WELLBEING_PLAN;
                case 'S' -> SAFETY_PLAN;
                case 'V' -> PREPAREDNESS_PLAN;
                default -> REGIONAL_PROGRAMME;
            };
            String code = Character.isDigit(key.charAt(0)) ? key : key.substring(1);
            Long id = measures.goal(programme, code);
            if (id == null) {
                throw new IllegalStateException("action list demo data refers to an unknown goal: " + key);
            }
            return id;
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

        private void actionListMeasure(long programme, String line) {
            String[] f = Arrays.stream(line.split("\\|")).map(String::trim).toArray(String[]::new);
            if (f.length != 16) {
                throw new IllegalStateException("planning demo measure needs 16 fields: " + line);
            }
            List<Long> goalRefs = new ArrayList<>();
            for (String g : f[11].split(",")) {
                goalRefs.add(goal(g.trim()));
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
            long id = measures.insert(new DemoMeasures.Planned(
                    programme,
                    code,
                    title,
                    actor(responsible),
                    partnerIds,
                    areaIds,
                    List.of(targetGroups.split(",")),
                    List.of(themes.split(",")),
                    emphasis,
                    goalRefs,
                    start,
                    end,
                    funding,
                    carrierGroup,
                    carrierActor,
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
            measures.progress(id, on, status, percent, text, cost, reporter);
            progressCount++;
        }

        private LocalDate min(LocalDate a, LocalDate b) {
            return a.isBefore(b) ? a : b;
        }
    }
}
