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

        // 1. every user in every language over plain HTTP
        long t = System.nanoTime();
        HttpCrawler crawler = new HttpCrawler(base, routes, text, findings, jdbc, FULL ? 3 : 2, FULL ? 12 : 6);
        List<HttpCrawler.Session> sessions = new ArrayList<>();
        StringBuilder pages = new StringBuilder();
        for (String lang : selected("sweep.langs", LANGS)) {
            for (String role : selected("sweep.roles", ROLES)) {
                long s0 = System.nanoTime();
                HttpCrawler.Session s = crawler.crawl(role, lang, 2000);
                sessions.add(s);
                pages.append(String.format(
                        "  %-12s %s: %4d requests, %3d routes, %5.1f s%n",
                        role, lang, s.fetched, s.reached.size(), (System.nanoTime() - s0) / 1e9));
            }
        }
        phases.put("crawl over HTTP", System.nanoTime() - t);

        // 2. in the browser: the pages of some users at two widths with axe, then every edit form once
        t = System.nanoTime();
        StringBuilder browserLog = new StringBuilder();
        try (BrowserPass browser = BrowserPass.launch(base, routes, findings)) {
            if (browser == null) {
                browserLog.append("  (no browser: the browser checks were skipped)\n");
            } else {
                for (HttpCrawler.Session s : sessions) {
                    boolean inVerify = BROWSER_ROLES.contains(s.role)
                            && ("fi".equals(s.lang) || ("sv".equals(s.lang) && s.role.equals(BROWSER_ROLES.get(0))));
                    if (FULL || inVerify) {
                        long s0 = System.nanoTime();
                        int before = browser.pagesVisited;
                        browser.pages(s.role, s.lang, s.pages);
                        browserLog.append(String.format(
                                "  %-12s %s: %4d pages, %5.1f s%n",
                                s.role, s.lang, browser.pagesVisited - before, (System.nanoTime() - s0) / 1e9));
                    }
                }
                phases.put("browser pages", System.nanoTime() - t);
                t = System.nanoTime();
                // each edit form once, as the first user (in ROLES order) whose crawl found it
                Map<String, Map<String, String>> formsByRole = new LinkedHashMap<>();
                Set<String> formRoutes = new TreeSet<>();
                for (HttpCrawler.Session s : sessions) {
                    if (!s.lang.equals(sessions.get(0).lang)) {
                        continue;
                    }
                    s.editForms.forEach((route, url) -> {
                        if (formRoutes.add(route)) {
                            formsByRole
                                    .computeIfAbsent(s.role, r -> new java.util.TreeMap<>())
                                    .put(route, url);
                        }
                    });
                }
                formsByRole.forEach((role, forms) -> browser.forms(role, sessions.get(0).lang, forms));
                browserLog.append(String.format("  edit forms saved unchanged: %d%n", browser.formsSaved));
                phases.put("browser forms", System.nanoTime() - t);
            }
        }
        pages.append("Browser:\n").append(browserLog);

        // 3. every GET route of the UI was reached by some crawl
        t = System.nanoTime();
        Set<String> reached = new TreeSet<>();
        sessions.forEach(s -> reached.addAll(s.reached));
        if (!narrowed()) {
            for (Routes.Route r : routes.all()) {
                if (!reached.contains(r.value()) && !Routes.UNLINKED.containsKey(r.value())) {
                    findings.add(new Finding(
                            Finding.Kind.UNREACHED_ROUTE,
                            r.value(),
                            "unreached",
                            r.value(),
                            "-",
                            "-",
                            "no crawl reached this route: link to it, or explain in Routes.UNLINKED why nothing does"));
                }
            }
        }
        phases.put("route coverage", System.nanoTime() - t);

        report(findings, routes, sessions, phases, pages, started);
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
        Path out = Path.of("target/sweep-report.txt");
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

    private List<Map<String, String>> catalogueLabels() {
        return jdbc.sql("SELECT name_fi, name_sv, name_en FROM platform.catalogue_entry")
                .query((rs, n) -> {
                    Map<String, String> m = new HashMap<>();
                    m.put("fi", rs.getString(1));
                    m.put("sv", rs.getString(2));
                    m.put("en", rs.getString(3));
                    return m;
                })
                .list();
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
