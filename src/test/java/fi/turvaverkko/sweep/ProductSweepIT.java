package fi.turvaverkko.sweep;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The product sweep (issue 10): the whole product as people use it. From the home page it follows
 * every same-site link and GET form as every demo user in every language, and checks every page:
 * no server error, no error page behind a link the product offers, no unresolved message key or
 * raw code in the visible text, no GET that changes data, bad input in every list's search answered
 * calmly. In a real browser, for a subset of users and languages: no sideways scroll on a phone or a
 * laptop, no serious or critical axe violation, and every edit form saved unchanged keeps its values.
 * Every GET route of the UI must be reached. Everything found is reported at once in
 * {@code target/sweep-report.txt}; what is not in {@code sweep/known-findings.txt} fails the run.
 *
 * <p>It runs in a JVM of its own (failsafe, {@code *IT}) and on a database of its own ({@code
 * turvaverkko.embedded-db.database=sweep}), because it saves forms. {@code -Psweep-full} runs the whole
 * matrix in the browser. docs/testing.md explains it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"turvaverkko.embedded-db.database=sweep", "logging.level.fi.turvaverkko=WARN"})
@ActiveProfiles("test")
class ProductSweepIT {

    /** Who the crawl logs in as, in this order; anonymous is nobody logged in. */
    static final List<String> ROLES =
            List.of("coordinator", "admin", "pelastus", "rovaniemi", "spr", "yritys", "anonymous");

    static final List<String> LANGS = List.of("fi", "sv", "en");

    /** The browser pass of ./mvnw verify: these users in Finnish, and the first of them in Swedish too. */
    static final List<String> BROWSER_ROLES = List.of("coordinator", "pelastus", "spr", "anonymous");

    static final boolean FULL = Boolean.getBoolean("sweep.full");

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void theWholeProduct() throws Exception {
        long started = System.nanoTime();
        Map<String, Long> phases = new LinkedHashMap<>();
        Findings findings = new Findings();
        Routes routes = Routes.of(context);
        TextChecks text = TextChecks.load(catalogueCodes(), catalogueLabels());
        String base = "http://localhost:" + port;

        Seed seed = new Seed(base, jdbc);
        seed.all();
        List<String> direct = seed.directAddresses();

        // 1. every user in every language over plain HTTP; 2. meanwhile, on a second thread, the
        // browser: the pages of some users at two widths with axe, then every edit form once.
        // The two halves use a core each; the forms wait for the last crawl, since they save.
        long t = System.nanoTime();
        HttpCrawler crawler = new HttpCrawler(base, routes, text, findings, jdbc);
        List<HttpCrawler.Session> sessions = new ArrayList<>();
        StringBuilder pages = new StringBuilder();
        StringBuilder browserLog = new StringBuilder();
        ExecutorService browserThread = Executors.newSingleThreadExecutor();
        BrowserPass[] browser = new BrowserPass[1];
        List<Future<?>> browserWork = new ArrayList<>();
        browserWork.add(browserThread.submit(() -> browser[0] = BrowserPass.launch(base, routes, findings)));
        List<String[]> crawlPlan = crawlPlan();
        for (String[] plan : crawlPlan) {
            String role = plan[0];
            String lang = plan[1];
            // Finnish (and the full matrix): 6 addresses per route and filled-in parameters and 12
            // per route, so that an item of a rarer kind is met (the one wellbeing plan among the
            // programmes); Swedish and English, which only need the texts, 1 and 2
            boolean deep = FULL || "fi".equals(lang);
            int perKey = deep ? 6 : 1;
            int perRoute = deep ? 12 : 2;
            long s0 = System.nanoTime();
            HttpCrawler.Session s = crawler.crawl(role, lang, perKey, perRoute, direct);
            sessions.add(s);
            pages.append(String.format(
                    "  %-12s %s: %4d requests, %3d routes, %5.1f s%n",
                    role, lang, s.fetched, s.reached.size(), (System.nanoTime() - s0) / 1e9));
            if (inBrowser(role, lang)) {
                browserWork.add(browserThread.submit(() -> {
                    if (browser[0] != null) {
                        long b0 = System.nanoTime();
                        int before = browser[0].pagesVisited;
                        int axeBefore = browser[0].axeRuns;
                        long axeTime = browser[0].checkingAccessibility;
                        browser[0].pages(s.role, s.lang, s.pages, !FULL);
                        browserLog.append(String.format(
                                "  %-12s %s: %4d pages, %5.1f s (axe on %d of them, %.1f s)%n",
                                s.role,
                                s.lang,
                                browser[0].pagesVisited - before,
                                (System.nanoTime() - b0) / 1e9,
                                browser[0].axeRuns - axeBefore,
                                (browser[0].checkingAccessibility - axeTime) / 1e9));
                    }
                }));
            }
        }
        phases.put("crawl over HTTP", System.nanoTime() - t);
        browserWork.add(browserThread.submit(() -> {
            if (browser[0] == null) {
                browserLog.append("  (no browser: the browser checks were skipped)\n");
                return;
            }
            long f0 = System.nanoTime();
            browser[0].forms(editForms(sessions));
            browserLog.append(String.format(
                    "  of which: opening pages %.1f s, axe %.1f s, widths %.1f s%n",
                    browser[0].navigating / 1e9,
                    browser[0].checkingAccessibility / 1e9,
                    browser[0].measuringWidth / 1e9));
            browserLog.append(String.format(
                    "  edit forms saved unchanged: %d, %.1f s%n",
                    browser[0].formsSaved, (System.nanoTime() - f0) / 1e9));
            browser[0].close();
        }));
        try {
            for (Future<?> f : browserWork) {
                f.get();
            }
        } finally {
            browserThread.shutdownNow();
        }
        phases.put("crawl and browser", System.nanoTime() - t);
        pages.append("Browser:\n").append(browserLog);
        Map<String, long[]> httpTiming = new HashMap<>();
        sessions.forEach(s -> s.timing.forEach((route, v) -> {
            long[] sum = httpTiming.computeIfAbsent(route, x -> new long[2]);
            sum[0] += v[0];
            sum[1] += v[1];
        }));
        pages.append("Slowest routes over HTTP (all crawls):\n").append(slowest(httpTiming));
        if (browser[0] != null) {
            pages.append("Slowest routes in the browser:\n").append(slowest(browser[0].timing));
        }

        // 3. every GET route of the UI was reached by some crawl
        t = System.nanoTime();
        Set<String> reached = new TreeSet<>();
        sessions.forEach(s -> reached.addAll(s.reached));
        if (!narrowed()) {
            for (Routes.Route r : routes.all()) {
                if (!reached.contains(r.value()) && !Routes.UNLINKED.containsKey(r.value())) {
                    findings.add(
                            new Finding(
                                    Finding.Kind.UNREACHED_ROUTE,
                                    r.value(),
                                    "unreached",
                                    r.value(),
                                    "-",
                                    "-",
                                    "no crawl reached this route: link to it, or explain in Routes.OPENED_DIRECTLY or Routes.UNLINKED why nothing does"));
                }
            }
            // every date field a template declares was met, so that its value was looked at
            crawler.dateFields
                    .unmet()
                    .forEach((template, ids) -> ids.forEach(id -> findings.add(new Finding(
                            Finding.Kind.DATE_FIELD,
                            "templates/" + template,
                            "unmet #" + id,
                            "templates/" + template,
                            "-",
                            "-",
                            "no crawl met this date field: link to its form, or seed what makes it show"))));
        }
        phases.put("route coverage", System.nanoTime() - t);

        report(findings, routes, sessions, phases, pages, started);
    }

    /** The ten routes that took longest in all, with their number of pages and the time of each. */
    static String slowest(Map<String, long[]> timing) {
        StringBuilder s = new StringBuilder();
        timing.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .limit(10)
                .forEach(e -> s.append(String.format(
                        "  %-45s %4d pages, %6.1f s, %5.0f ms each%n",
                        e.getKey(), e.getValue()[0], e.getValue()[1] / 1e9, e.getValue()[1] / 1e6 / e.getValue()[0])));
        return s.toString();
    }

    /**
     * Who crawls in which language, in this order: first those the browser also sees, so that it can
     * start while the others crawl, and of them nobody logged in first.
     */
    static List<String[]> crawlPlan() {
        List<String[]> plan = new ArrayList<>();
        for (String lang : selected("sweep.langs", LANGS)) {
            for (String role : selected("sweep.roles", ROLES)) {
                plan.add(new String[] {role, lang});
            }
        }
        // the browser's first: it starts as soon as the first crawl ends, so nobody logged in (the
        // shortest crawl) goes first of all
        plan.sort(java.util.Comparator.comparing((String[] p) -> inBrowser(p[0], p[1]) ? 0 : 1)
                .thenComparing(p -> "anonymous".equals(p[0]) ? 0 : 1));
        return plan;
    }

    /** The browser pass of ./mvnw verify: BROWSER_ROLES in Finnish, the first of them in Swedish too; all with -Psweep-full. */
    static boolean inBrowser(String role, String lang) {
        return FULL
                || (BROWSER_ROLES.contains(role)
                        && ("fi".equals(lang) || ("sv".equals(lang) && role.equals(BROWSER_ROLES.get(0)))));
    }

    /**
     * Each edit form once, as the first user (in the order of ROLES) whose crawl found it, in the
     * language of the first crawl.
     */
    static Map<String, Map<String, String>> editForms(List<HttpCrawler.Session> sessions) {
        Map<String, Map<String, String>> byRole = new LinkedHashMap<>();
        Set<String> seen = new TreeSet<>();
        String lang = sessions.isEmpty() ? "fi" : sessions.get(0).lang;
        List<HttpCrawler.Session> ordered = new ArrayList<>(sessions);
        ordered.sort(java.util.Comparator.comparing(s -> ROLES.indexOf(s.role)));
        for (HttpCrawler.Session s : ordered) {
            if (s.lang.equals(lang)) {
                s.editForms.forEach((route, url) -> {
                    if (seen.add(route)) {
                        byRole.computeIfAbsent(s.role + " " + s.lang, r -> new java.util.TreeMap<>())
                                .put(route, url);
                    }
                });
            }
        }
        return byRole;
    }

    private void report(
            Findings findings,
            Routes routes,
            List<HttpCrawler.Session> sessions,
            Map<String, Long> phases,
            CharSequence pages,
            long started)
            throws IOException {
        List<Findings.Known> known = Findings.readKnown(Path.of(Findings.KNOWN));
        Findings.Outcome outcome = findings.compare(known, FULL);
        StringBuilder s = new StringBuilder();
        s.append("Product sweep")
                .append(FULL ? " (full matrix)" : "")
                .append(": ")
                .append(findings.size())
                .append(" findings, ")
                .append(outcome.unknown().size())
                .append(" unknown, ")
                .append(outcome.stale().size())
                .append(" known findings no longer found; ")
                .append(String.format("%.1f s%n", (System.nanoTime() - started) / 1e9));
        phases.forEach((name, nanos) -> s.append(String.format("  %-20s %6.1f s%n", name, nanos / 1e9)));
        s.append("Crawls:\n").append(pages);
        if (!outcome.stale().isEmpty()) {
            s.append("\nKnown findings no longer found — delete these lines from ")
                    .append(Findings.KNOWN)
                    .append(":\n");
            outcome.stale()
                    .forEach(k -> s.append("  line ")
                            .append(k.line())
                            .append(": ")
                            .append(k)
                            .append('\n'));
        }
        if (!outcome.unknown().isEmpty()) {
            s.append("\nNEW FINDINGS (fix them, or add them to ")
                    .append(Findings.KNOWN)
                    .append(" with a reason):\n");
            s.append(Findings.report(outcome.unknown(), routes::moduleOf, Set.of()));
        }
        if (!outcome.knownFound().isEmpty()) {
            s.append("\nKnown findings still there:\n");
            s.append(
                    Findings.report(outcome.knownFound(), routes::moduleOf, new LinkedHashSet<>(outcome.knownFound())));
        }
        Path out = Path.of(System.getProperty("sweep.report", "target/sweep-report.txt"));
        Files.createDirectories(out.getParent());
        Files.writeString(out, s, StandardCharsets.UTF_8);
        if (outcome.failed() && !narrowed()) {
            fail(s.toString());
        } else if (outcome.failed()) {
            System.out.println(s);
        }
    }

    private Set<String> catalogueCodes() {
        return new TreeSet<>(jdbc.sql("SELECT DISTINCT code FROM platform.catalogue_entry")
                .query(String.class)
                .list());
    }

    /** The labels of every catalogue entry, per language. */
    private Map<String, List<String>> catalogueLabels() {
        Map<String, List<String>> labels = new HashMap<>();
        jdbc.sql("SELECT name_fi, name_sv, name_en FROM platform.catalogue_entry")
                .query(rs -> {
                    for (String lang : LANGS) {
                        String v = rs.getString("name_" + lang);
                        if (v != null) {
                            labels.computeIfAbsent(lang, l -> new ArrayList<>()).add(v);
                        }
                    }
                });
        return labels;
    }

    /** A developer may narrow a run ({@code -Dsweep.roles=spr -Dsweep.langs=sv}); it then never fails. */
    static boolean narrowed() {
        return System.getProperty("sweep.roles") != null || System.getProperty("sweep.langs") != null;
    }

    static List<String> selected(String property, List<String> all) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            return all;
        }
        Set<String> wanted =
                java.util.Arrays.stream(v.split(",")).map(String::strip).collect(Collectors.toSet());
        return all.stream().filter(wanted::contains).toList();
    }
}
