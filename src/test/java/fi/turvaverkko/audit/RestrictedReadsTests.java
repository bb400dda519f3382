package fi.turvaverkko.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.IntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every read of restricted data leaves one audit entry per request that names every restricted item
 * the request returned (ADR 0024), whatever the path: the API, a page, a list or a search, an export,
 * a PDF, an attachment, the alignment, the analysis. Data-driven: the restricted items are read from
 * the database (a secret plan with its goals, measures, links and files; every resource's 24/7
 * contact and exact place; restricted risk scenarios; every business's continuity assessment), each
 * is fetched through every path that can return it by a user who may read it, over real HTTP so that
 * streamed responses end as they do in production, and the request's entry (found by its
 * User-Agent) must name it. The same paths as a user who may not read the item show nothing of it.
 * Besides what a path is for, any restricted item whose text shows in a response must be named too.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RestrictedReadsTests {

    /** The paths (without their query) this class has read, for the check that every path is here. */
    private static final Set<String> READ_PATHS = ConcurrentHashMap.newKeySet();

    /**
     * The GET paths that return no restricted data, and why. Every other GET path of the application
     * must be read by this class (last test): a new path is either here, with its reason, or probed
     * above for the restricted items it can return.
     */
    static final Map<String, String> NO_RESTRICTED_DATA = Map.ofEntries(
            // identity, platform and the public pages
            Map.entry("/login", "the login form"),
            Map.entry("/login/throttled", "the login form, with the time to wait"),
            Map.entry("/account", "the user's own account"),
            Map.entry("/api/v1/me", "the user's own account"),
            Map.entry("/admin/users", "users and their actors"),
            Map.entry("/admin/users/new", "users and their actors"),
            Map.entry("/admin/users/{id}", "users and their actors"),
            Map.entry("/admin/users/actor-options", "actors by name"),
            Map.entry("/admin/outbox", "mail: requests and notices, no contacts or plans"),
            Map.entry("/", "the home page: navigation"),
            Map.entry("/dashboard", "a way to the dashboard of the user's region"),
            Map.entry("/public", "open data only"),
            Map.entry("/accessibility", "a statement"),
            Map.entry("/privacy", "a notice"),
            Map.entry("/catalogues", "catalogues"),
            Map.entry("/catalogues/{name}", "catalogues"),
            Map.entry("/api/v1/catalogues", "catalogues"),
            Map.entry("/api/v1/catalogues/{name}", "catalogues"),
            Map.entry("/api/v1/catalogues/{name}/{code}", "catalogues"),
            Map.entry("/v3/api-docs", "the API description"),
            Map.entry("/v3/api-docs.yaml", "the API description"),
            Map.entry("/v3/api-docs/{group}", "the API description"),
            Map.entry("/v3/api-docs/swagger-config", "the API description"),
            Map.entry("/swagger-ui.html", "the API description"),
            // the network: no restricted data of its own
            Map.entry("/areas", "areas"),
            Map.entry("/areas/{code}", "areas"),
            Map.entry("/areas/{code}/edit", "areas"),
            Map.entry("/api/v1/areas", "areas"),
            Map.entry("/api/v1/areas/{id}", "areas"),
            Map.entry("/api/v1/areas/{id}/geometry", "borders"),
            Map.entry("/actors", "actors"),
            Map.entry("/actors/options", "actors"),
            Map.entry("/actors/new", "actors"),
            Map.entry("/actors/{id}", "actors"),
            Map.entry("/actors/{id}/edit", "actors"),
            Map.entry("/actors/{id}/contacts/{contactId}/edit", "contact persons (not 24/7 contacts)"),
            Map.entry("/api/v1/actors", "actors"),
            Map.entry("/api/v1/actors/{id}", "actors"),
            Map.entry("/api/v1/actors/{id}/contacts", "contact persons (not 24/7 contacts)"),
            Map.entry("/api/v1/actors/{id}/contacts/{contactId}", "contact persons (not 24/7 contacts)"),
            Map.entry("/groups", "groups"),
            Map.entry("/groups/new", "groups"),
            Map.entry("/groups/{id}", "groups"),
            Map.entry("/groups/{id}/edit", "groups"),
            Map.entry("/groups/{id}/members/{memberId}/edit", "memberships"),
            Map.entry("/api/v1/groups", "groups"),
            Map.entry("/api/v1/groups/{id}", "groups"),
            Map.entry("/api/v1/groups/{id}/members", "memberships"),
            Map.entry("/api/v1/groups/{id}/members/{memberId}", "memberships"),
            Map.entry("/meetings", "meetings"),
            Map.entry("/groups/{groupId}/meetings/new", "meetings"),
            Map.entry("/meetings/{id}", "meetings and their minutes"),
            Map.entry("/meetings/{id}/edit", "meetings"),
            Map.entry("/meetings/{id}/items/{itemId}/edit", "meeting items"),
            Map.entry("/groups/{groupId}/meetings.ics", "meeting times (iCalendar)"),
            Map.entry("/api/v1/groups/{id}/meetings.ics", "meeting times (iCalendar)"),
            Map.entry("/api/v1/meetings", "meetings"),
            Map.entry("/api/v1/meetings/{id}", "meetings"),
            Map.entry("/chart", "the organisation chart"),
            Map.entry("/chart/{code}", "the organisation chart"),
            // planning: the public pages never show a restricted plan; templates are empty
            Map.entry("/public/programmes", "approved public programmes only"),
            Map.entry("/public/programmes/{id}", "approved public programmes only"),
            Map.entry("/public/measures", "measures of public programmes only"),
            Map.entry("/api/v1/public/programmes", "approved public programmes only"),
            Map.entry("/api/v1/public/programmes/{id}", "approved public programmes only"),
            Map.entry("/api/v1/public/measures", "measures of public programmes only"),
            Map.entry("/api/v1/public/measures/export", "measures of public programmes only"),
            Map.entry("/programmes/new", "an empty form: owners, groups and areas"),
            Map.entry("/measures/import/template.{format}", "an empty file"),
            Map.entry("/api/v1/measures/import/template", "an empty file"),
            // indicators, risk scales, resource types and the rest: no restricted data
            Map.entry("/indicators", "indicators"),
            Map.entry("/indicators/new", "indicators"),
            Map.entry("/indicators/{code}/edit", "indicators"),
            Map.entry("/indicators/{code}/values/{id}/edit", "indicator values"),
            Map.entry("/indicators/{code}/compare", "indicator values"),
            Map.entry("/indicators/areas/{areaCode}", "indicator values"),
            Map.entry("/indicators/areas/choose", "areas"),
            Map.entry("/indicators/import", "an upload form"),
            Map.entry("/indicators/import/template", "an empty file"),
            Map.entry("/api/v1/indicators", "indicators"),
            Map.entry("/api/v1/indicators/{id}", "indicators"),
            Map.entry("/api/v1/indicators/import/template", "an empty file"),
            Map.entry("/api/v1/indicators/import/columns", "column names"),
            Map.entry("/api/v1/indicator-values", "indicator values"),
            Map.entry("/api/v1/indicator-values/export", "indicator values"),
            Map.entry("/api/v1/indicator-values/{id}", "indicator values"),
            Map.entry("/api/v1/public/indicators", "public indicators"),
            Map.entry("/api/v1/public/indicator-values", "public indicator values"),
            Map.entry("/risks/new", "an empty form: scales, areas, measures of public plans"),
            Map.entry("/risks/scales", "risk scales"),
            Map.entry("/risks/scales/new", "risk scales"),
            Map.entry("/risks/scales/{id}", "risk scales"),
            Map.entry("/risks/scales/{id}/edit", "risk scales"),
            Map.entry("/api/v1/risk-scales", "risk scales"),
            Map.entry("/api/v1/risk-scales/template", "an empty file"),
            Map.entry("/api/v1/risk-scales/{id}", "risk scales"),
            Map.entry("/resource-types", "the catalogue of types"),
            Map.entry("/resource-types/new", "the catalogue of types"),
            Map.entry("/resource-types/{id}/edit", "the catalogue of types"),
            Map.entry("/api/v1/resource-types", "the catalogue of types"),
            Map.entry("/api/v1/resource-types/{id}", "the catalogue of types"),
            Map.entry("/api/v1/public/resources/counts", "counts by type and area only"),
            Map.entry("/resources/new", "an empty form"),
            Map.entry("/resources/import", "an upload form"),
            Map.entry("/api/v1/resources/import/template", "an empty file"),
            Map.entry("/continuity/questionnaires/{id}", "questions"),
            Map.entry("/continuity/aggregates", "anonymous aggregates of three or more"),
            Map.entry("/api/v1/continuity/questionnaires", "questions"),
            Map.entry("/api/v1/continuity/questionnaires/{id}", "questions"),
            Map.entry("/api/v1/continuity/aggregates", "anonymous aggregates of three or more"),
            Map.entry("/analysis/coverage", "measures of public plans only (planning's views)"),
            Map.entry("/analysis/coverage/cell", "measures of public plans only (planning's views)"),
            Map.entry("/api/v1/analysis/coverage", "measures of public plans only (planning's views)"),
            Map.entry("/api/v1/analysis/coverage.hxl.csv", "measures of public plans only (planning's views)"),
            Map.entry("/api/v1/public/analysis/coverage.hxl.csv", "measures of public plans only"),
            Map.entry("/api/v1/analysis/overlaps", "measures of public plans only (planning's views)"),
            // operations: a committed resource shows where it was asked to, by its type when restricted
            Map.entry("/disruptions", "disruptions"),
            Map.entry("/api/v1/disruptions", "disruptions"),
            Map.entry("/api/v1/disruptions/{id}", "a disruption names its scenario by id only"),
            Map.entry("/api/v1/disruptions/{id}/log", "the situation log"),
            Map.entry("/api/v1/disruptions/{id}/picture", "requests and commitments by type, at the asked place"),
            Map.entry("/api/v1/disruptions/{id}/requests", "requests and offers by resource id"),
            Map.entry("/api/v1/disruptions/{id}/events", "the live picture: a restricted resource by its type"),
            Map.entry("/api/v1/disruptions/{id}/sitrep.pdf", "the situation picture"),
            Map.entry("/api/v1/disruptions/{id}/sitreps", "situation reports"),
            Map.entry("/api/v1/requests/{id}", "a request"),
            Map.entry("/api/v1/requests/{id}/edxl", "a request"),
            Map.entry("/api/v1/requests/{id}/offers", "offers by resource id"),
            Map.entry("/api/v1/offers/{id}", "an offer by resource id"),
            Map.entry("/api/v1/commitments/{id}", "a commitment by resource id"),
            Map.entry("/cap/import", "an upload form"),
            Map.entry("/api/v1/public/cap", "public alerts"),
            Map.entry("/api/v1/public/cap/{id}", "public alerts"),
            Map.entry("/exercises", "exercises"),
            Map.entry("/api/v1/exercises", "exercises name their scenario by id"),
            Map.entry("/api/v1/exercises/{id}", "exercises name their scenario by id"),
            // registration: requests, proposals and offers of organisations, none restricted
            Map.entry("/register", "a form"),
            Map.entry("/register/sent", "a notice"),
            Map.entry("/register/confirm/{token}", "a notice"),
            Map.entry("/registrations", "registrations"),
            Map.entry("/registrations/{id}", "registrations"),
            Map.entry("/api/v1/registrations", "registrations"),
            Map.entry("/api/v1/registrations/{id}", "registrations"),
            Map.entry("/requests", "requests of organisations"),
            // the three kinds of request share one list page and one item page (one request workflow)
            Map.entry(
                    "/{kind:join-requests|measure-proposals|resource-offers}",
                    "requests to join, proposals to the public action list, offers without contacts or places"),
            Map.entry(
                    "/{kind:join-requests|measure-proposals|resource-offers}/{id}",
                    "requests to join, proposals to the public action list, offers without contacts or places"),
            Map.entry("/join-requests/new", "requests to join"),
            Map.entry("/measure-proposals/new", "proposals to the public action list"),
            Map.entry("/resource-offers/new", "offers without contacts or places"),
            Map.entry("/api/v1/join-requests", "requests to join"),
            Map.entry("/api/v1/join-requests/{id}", "requests to join"),
            Map.entry("/api/v1/measure-proposals", "proposals to the public action list"),
            Map.entry("/api/v1/measure-proposals/{id}", "proposals to the public action list"),
            Map.entry("/api/v1/resource-offers", "offers without contacts or places"),
            Map.entry("/api/v1/resource-offers/{id}", "offers without contacts or places"),
            Map.entry("/error", "the error page"));

    private static final Pattern RESOURCE_ID =
            Pattern.compile("href=\"/resources/(\\d+)\"|\\{\"id\":\"(\\d+)\",\"typeCode\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings;

    private final Map<String, HttpClient> sessions = new ConcurrentHashMap<>();
    private final Map<String, Set<Long>> actors = new ConcurrentHashMap<>();

    /**
     * A restricted item: its key in audit entries, texts that show only when it is shown, and the
     * actor whose own it is (its users read it whatever else they may not).
     */
    record Item(String key, List<String> texts, Long owner) {}

    /** What a response was, and the User-Agent that finds its request's entry. */
    record Read(int status, String body, String agent) {}

    /** The restricted items of the database, by key. */
    private final Map<String, Item> items = new LinkedHashMap<>();

    // ---------------------------------------------------------------- planning

    @TestFactory
    @Order(1)
    Stream<DynamicTest> aRestrictedPlanAndEverythingInItIsNamedWhateverThePath() throws Exception {
        aRestrictedWellbeingPlanInDraft();
        loadItems();
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, Object> p : jdbc.sql("""
                        SELECT p.id::text AS id, a.code AS area, p.owner_actor_id, p.status, p.kind
                          FROM planning.programme p JOIN network.area a ON a.id = p.area_id
                         WHERE p.confidentiality = 'RESTRICTED' ORDER BY p.id""").query().listOfRows()) {
            String id = (String) p.get("id");
            String area = (String) p.get("area");
            String programme = "PROGRAMME:" + id;
            String other = otherProgramme(id);
            List<String> goals =
                    strings("SELECT id::text FROM planning.goal WHERE programme_id = ?::bigint ORDER BY id", id);
            List<String> measures =
                    strings("SELECT id::text FROM planning.measure WHERE programme_id = ?::bigint ORDER BY id", id);
            List<String> links = strings("""
                    SELECT l.id::text FROM planning.goal_link l
                      JOIN planning.goal f ON f.id = l.from_goal_id JOIN planning.goal t ON t.id = l.to_goal_id
                     WHERE f.programme_id = ?::bigint OR t.programme_id = ?::bigint ORDER BY l.id""", id, id);
            List<String> files = attachmentsOf(id);
            String name = items.get(programme).texts().get(0);
            Set<String> goalKeys = keys("GOAL", goals);
            Set<String> measureKeys = keys("MEASURE", measures);
            Set<String> withCosts = keys(
                    "MEASURE",
                    strings(
                            "SELECT id::text FROM planning.measure WHERE programme_id = ?::bigint"
                                    + " AND cardinality(cost_years) > 0",
                            id));
            Set<String> all = union(Set.of(programme), goalKeys, measureKeys);

            // the programme itself, in lists, searches, reports and the choices of forms
            add(
                    tests,
                    probe("coordinator", "/api/v1/programmes/" + id, Set.of(programme))
                            .ofTheItem());
            add(tests, probe("coordinator", "/programmes/" + id, all).ofTheItem());
            add(
                    tests,
                    probe("coordinator", "/api/v1/programmes/" + id + "/report.pdf", all)
                            .ofTheItem());
            add(
                    tests,
                    probe("coordinator", "/programmes/" + id + "/report.pdf", all)
                            .ofTheItem());
            add(
                    tests,
                    probe("coordinator", "/api/v1/programmes?confidentiality=RESTRICTED&size=1000", Set.of(programme)));
            add(tests, probe("coordinator", "/api/v1/programmes?q=" + enc(name), Set.of(programme)));
            add(tests, probe("coordinator", "/programmes?q=" + enc(name), Set.of(programme)));
            editor(id).ifPresent(u -> add(tests, probe(u, "/measures/new", Set.of(programme))));
            add(tests, probe("coordinator", "/alignment", Set.of(programme)));
            editor(id).ifPresent(u -> add(tests, probe(u, "/programmes/" + id + "/edit", Set.of(programme))));
            // its goals
            add(tests, probe("coordinator", "/api/v1/goals?programmeId=" + id, goalKeys));
            add(tests, probe("coordinator", "/alignment?a=" + id + "&b=" + other, union(Set.of(programme), goalKeys)));
            add(tests, probe("coordinator", "/api/v1/alignment/matrix?a=" + id + "&b=" + other, goalKeys));
            for (String g : goals) {
                String title = items.get("GOAL:" + g).texts().get(0);
                add(
                        tests,
                        probe("coordinator", "/api/v1/goals/" + g, Set.of("GOAL:" + g))
                                .ofTheItem());
                add(
                        tests,
                        probe("coordinator", "/goals/" + g, Set.of("GOAL:" + g)).ofTheItem());
                add(
                        tests,
                        probe("coordinator", "/api/v1/goals/" + g + "/alignment", Set.of("GOAL:" + g))
                                .ofTheItem());
                add(tests, probe("coordinator", "/api/v1/goals?q=" + enc(title), Set.of("GOAL:" + g)));
            }
            // its measures, with their progress and costs, in lists, searches and exports
            add(tests, probe("coordinator", "/api/v1/measures?programme=" + id, measureKeys));
            add(tests, probe("coordinator", "/measures?programme=" + id, measureKeys));
            for (String format : List.of("csv", "xlsx")) {
                add(
                        tests,
                        probe(
                                "coordinator",
                                "/api/v1/measures/export?format=" + format + "&programme=" + id,
                                measureKeys));
                add(tests, probe("coordinator", "/measures/export?format=" + format + "&programme=" + id, measureKeys));
            }
            // the budget sums the costs of the plan's measures: those measures are read
            add(
                    tests,
                    probe("coordinator", "/api/v1/budget?area=" + area, withCosts)
                            .withoutTexts());
            add(
                    tests,
                    probe("coordinator", "/api/v1/budget?area=" + area + "&programme=" + id, withCosts)
                            .withoutTexts());
            add(
                    tests,
                    probe(
                                    "coordinator",
                                    "/budget?area=" + area + "&programme=" + id,
                                    union(Set.of(programme), withCosts))
                            .withoutTexts());
            for (String m : measures) {
                String title = items.get("MEASURE:" + m).texts().get(0);
                add(
                        tests,
                        probe("coordinator", "/api/v1/measures/" + m, Set.of("MEASURE:" + m))
                                .ofTheItem());
                add(
                        tests,
                        probe("coordinator", "/api/v1/measures/" + m + "/progress", Set.of("MEASURE:" + m))
                                .ofTheItem()
                                .withoutTexts());
                add(
                        tests,
                        probe("coordinator", "/measures/" + m, Set.of("MEASURE:" + m))
                                .ofTheItem());
                add(tests, probe("coordinator", "/api/v1/measures?q=" + enc(title), Set.of("MEASURE:" + m)));
                add(tests, probe("coordinator", "/measures?q=" + enc(title), Set.of("MEASURE:" + m)));
                editor(id).ifPresent(u -> add(tests, probe(u, "/measures/" + m + "/edit", Set.of("MEASURE:" + m))));
            }
            // its links to the goals of other programmes
            for (String l : links) {
                Map<String, Object> link = jdbc.sql("""
                                SELECT l.from_goal_id::text AS f, l.to_goal_id::text AS t,
                                       gf.programme_id::text AS fp, gt.programme_id::text AS tp
                                  FROM planning.goal_link l JOIN planning.goal gf ON gf.id = l.from_goal_id
                                  JOIN planning.goal gt ON gt.id = l.to_goal_id WHERE l.id = ?::bigint""").param(l).query().singleRow();
                Set<String> key = Set.of("GOAL_LINK:" + l);
                add(tests, probe("coordinator", "/api/v1/goal-links/" + l, key).ofTheItem());
                add(tests, probe("coordinator", "/api/v1/goal-links?programmeId=" + id, key));
                add(tests, probe("coordinator", "/api/v1/goal-links?goalId=" + link.get("t"), key));
                add(tests, probe("coordinator", "/api/v1/goals/" + link.get("f") + "/alignment", key));
                add(tests, probe("coordinator", "/api/v1/goals/" + link.get("t") + "/alignment", key));
                add(tests, probe("coordinator", "/goals/" + link.get("t"), key));
                add(
                        tests,
                        probe(
                                "coordinator",
                                "/api/v1/alignment/matrix?a=" + link.get("fp") + "&b=" + link.get("tp"),
                                key));
                add(tests, probe("coordinator", "/alignment?a=" + link.get("fp") + "&b=" + link.get("tp"), key));
            }
            // a goal of another programme offers its goals to link to
            add(
                    tests,
                    probe("coordinator", "/goals/" + otherGoal(id) + "/link-options?otherProgrammeId=" + id, goalKeys));
            editor(id).ifPresent(u -> add(tests, probe(u, "/measures/import", Set.of(programme))));
            if ("DRAFT".equals(p.get("status"))) {
                for (String g : goals) {
                    editor(id).ifPresent(u -> add(tests, probe(u, "/goals/" + g + "/edit", Set.of("GOAL:" + g))));
                }
            }
            // a wellbeing plan's yearly reviews and reports
            if ("WELLBEING_PLAN".equals(p.get("kind"))) {
                List<String> reports = strings(
                        "SELECT id::text FROM planning.wellbeing_report WHERE programme_id = ?::bigint ORDER BY id",
                        id);
                Set<String> reportKeys = keys("WELLBEING_REPORT", reports);
                add(tests, probe("coordinator", "/programmes/" + id + "/cycle", union(Set.of(programme), reportKeys)));
                add(tests, probe("coordinator", "/api/v1/programmes/" + id + "/wellbeing-reports", reportKeys));
                for (String r : reports) {
                    Set<String> key = Set.of("WELLBEING_REPORT:" + r);
                    add(
                            tests,
                            probe("coordinator", "/api/v1/wellbeing-reports/" + r, key)
                                    .ofTheItem());
                    add(
                            tests,
                            probe("coordinator", "/wellbeing-reports/" + r, key).ofTheItem());
                    add(
                            tests,
                            probe("coordinator", "/wellbeing-reports/" + r + "/report.pdf", key)
                                    .ofTheItem());
                    add(
                            tests,
                            probe("coordinator", "/api/v1/wellbeing-reports/" + r + "/report.pdf", key)
                                    .ofTheItem());
                    editor(id).ifPresent(u -> add(tests, probe(u, "/wellbeing-reports/" + r + "/edit", key)));
                }
            }
            // its files
            add(
                    tests,
                    probe(
                                    "coordinator",
                                    "/api/v1/attachments?ownerType=PROGRAMME&ownerId=" + id,
                                    keys("ATTACHMENT", files))
                            .ofTheItem());
            for (String f : files) {
                add(
                        tests,
                        probe("coordinator", "/api/v1/attachments/" + f, Set.of("ATTACHMENT:" + f))
                                .ofTheItem());
                add(
                        tests,
                        probe("coordinator", "/api/v1/attachments/" + f + "/content", Set.of("ATTACHMENT:" + f))
                                .ofTheItem());
                add(
                        tests,
                        probe("coordinator", "/attachments/" + f, Set.of("ATTACHMENT:" + f))
                                .ofTheItem());
                add(
                        tests,
                        probe("coordinator", "/programmes/" + id, Set.of("ATTACHMENT:" + f))
                                .ofTheItem());
            }
        }
        assertThat(tests).as("the demo data has a restricted plan").isNotEmpty();
        return tests.stream();
    }

    /**
     * A restricted wellbeing plan still in draft, with a goal and a yearly report: the demo data's
     * secret plan is an approved preparedness plan, and these paths exist only for the others.
     */
    private void aRestrictedWellbeingPlanInDraft() throws Exception {
        String name = "Salainen hyvinvointisuunnitelma (lukujen testi)";
        if (!strings("SELECT id::text FROM planning.programme WHERE name = ?", name)
                .isEmpty()) {
            return;
        }
        String plan = json.readTree(mvc.perform(fi.turvaverkko.support.Api.post(
                                "rovaniemi", "/api/v1/programmes", """
                                {"kind": "WELLBEING_PLAN", "name": "%s", "areaCode": "698", "ownerActorId": "%s",
                                 "confidentiality": "RESTRICTED", "periodStart": "2025-01-01",
                                 "periodEnd": "2028-12-31"}""".formatted(name, actor("rovaniemi"))))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .get("id")
                .asString();
        mvc.perform(fi.turvaverkko.support.Api.post(
                        "rovaniemi",
                        "/api/v1/goals",
                        "{\"programmeId\": \"%s\", \"title\": \"Salaisen suunnitelman tavoite lukujen testiin\"}"
                                .formatted(plan)))
                .andExpect(status().isCreated());
        mvc.perform(fi.turvaverkko.support.Api.post(
                        "rovaniemi",
                        "/api/v1/programmes/" + plan + "/wellbeing-reports",
                        "{\"type\": \"YEARLY_REPORT\", \"year\": 2025}"))
                .andExpect(status().isCreated());
    }

    /** A public goal of another programme, to link from. */
    private String otherGoal(String programmeId) {
        return jdbc.sql("""
                        SELECT min(g.id)::text FROM planning.goal g JOIN planning.programme p ON p.id = g.programme_id
                         WHERE p.confidentiality = 'PUBLIC' AND p.id <> ?::bigint""").param(programmeId).query(String.class).single();
    }

    /** A programme to set beside a restricted one in the alignment matrix. */
    private String otherProgramme(String id) {
        return jdbc.sql(
                        "SELECT min(id)::text FROM planning.programme WHERE confidentiality = 'PUBLIC' AND id <> ?::bigint")
                .param(id)
                .query(String.class)
                .single();
    }

    /** The first demo user for whom the path answers 200, if any. */
    private java.util.Optional<String> firstOk(String id, String path) {
        for (String u : List.of("coordinator", "pelastus", "rovaniemi")) {
            if (read(u, path).status() == 200) {
                return java.util.Optional.of(u);
            }
        }
        return java.util.Optional.empty();
    }

    /** A demo user who may edit the programme, if any. */
    private java.util.Optional<String> editor(String programmeId) {
        for (String u : List.of("rovaniemi", "coordinator", "pelastus")) {
            if (read(u, "/programmes/" + programmeId + "/edit").status() == 200) {
                return java.util.Optional.of(u);
            }
        }
        return java.util.Optional.empty();
    }

    /** The files of a programme; one is added to a restricted plan that has none, as a plan's annex would be. */
    private List<String> attachmentsOf(String programmeId) throws Exception {
        List<String> files = strings(
                "SELECT id::text FROM platform.attachment WHERE owner_type = 'PROGRAMME' AND owner_id = ? ORDER BY id",
                programmeId);
        if (!files.isEmpty()) {
            return files;
        }
        String editor = editor(programmeId).orElse(null);
        if (editor == null) {
            return files;
        }
        String filename = "liite-" + UUID.randomUUID() + ".txt";
        mvc.perform(multipart("/api/v1/attachments")
                        .file(new MockMultipartFile(
                                "file",
                                filename,
                                "text/plain",
                                "Valmiussuunnitelman liite".getBytes(StandardCharsets.UTF_8)))
                        .param("ownerType", "PROGRAMME")
                        .param("ownerId", programmeId)
                        .with(httpBasic(editor, "demo")))
                .andExpect(status().isCreated());
        loadItems();
        return strings(
                "SELECT id::text FROM platform.attachment WHERE owner_type = 'PROGRAMME' AND owner_id = ? ORDER BY id",
                programmeId);
    }

    // ---------------------------------------------------------------- risk scenarios

    @TestFactory
    @Order(2)
    Stream<DynamicTest> aRestrictedRiskScenarioIsNamedWhateverThePath() throws Exception {
        loadItems();
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, Object> s : jdbc.sql("""
                        SELECT s.id::text AS id, a.code AS region FROM risks.scenario s
                          JOIN network.area a ON a.id = s.region_id WHERE s.restricted ORDER BY s.id""").query().listOfRows()) {
            String id = (String) s.get("id");
            String region = (String) s.get("region");
            Set<String> key = Set.of("RISK_SCENARIO:" + id);
            String title = items.get("RISK_SCENARIO:" + id).texts().get(0);
            add(tests, probe("coordinator", "/api/v1/risks/" + id, key).ofTheItem());
            add(tests, probe("coordinator", "/risks/" + id, key).ofTheItem());
            add(tests, probe("coordinator", "/risks/" + id + "/edit", key).ofTheItem());
            add(tests, probe("coordinator", "/api/v1/risks?region=" + region + "&size=1000", key));
            add(tests, probe("coordinator", "/api/v1/risks?q=" + enc(title), key));
            add(tests, probe("coordinator", "/risks?region=" + region + "&q=" + enc(title), key));
            add(tests, probe("coordinator", "/api/v1/risks/matrix?region=" + region, key));
            add(tests, probe("coordinator", "/risks?region=" + region, key));
            // the findings of the analysis about it, wherever they show
            JsonNode found = json.readTree(
                            read("coordinator", "/api/v1/analysis/findings?area=" + region + "&size=1000")
                                    .body())
                    .get("content");
            for (JsonNode f : found) {
                boolean about = false;
                for (JsonNode i : f.get("items")) {
                    about |= "SCENARIO".equals(i.get("type").asString())
                            && id.equals(i.get("id").asString());
                }
                if (about) {
                    String k = f.get("id").asString();
                    add(
                            tests,
                            probe("coordinator", "/api/v1/analysis/findings/" + enc(k), key)
                                    .ofTheItem());
                    add(
                            tests,
                            probe("coordinator", "/analysis/findings/" + enc(k), key)
                                    .ofTheItem());
                    add(tests, probe("coordinator", "/api/v1/analysis/findings?area=" + region + "&size=1000", key));
                }
            }
        }
        // the forms that offer the region's scenarios to choose from
        Set<String> scenarios = keys("RISK_SCENARIO", strings("SELECT id::text FROM risks.scenario WHERE restricted"));
        add(tests, probe("coordinator", "/disruptions/new", scenarios));
        add(tests, probe("coordinator", "/exercises/new", scenarios));
        for (String d : strings("SELECT id::text FROM operations.disruption ORDER BY id")) {
            firstOk(d, "/disruptions/" + d + "/edit")
                    .ifPresent(u -> add(tests, probe(u, "/disruptions/" + d + "/edit", scenarios)));
            add(tests, probe("coordinator", "/disruptions/" + d, Set.of()));
        }
        for (String x : strings("SELECT id::text FROM operations.exercise ORDER BY id")) {
            add(tests, probe("coordinator", "/exercises/" + x, Set.of()));
        }
        // a resource offered or committed to a disruption, by the message of the resource messages standard
        for (String o : strings("SELECT id::text FROM operations.offer ORDER BY id LIMIT 3")) {
            add(tests, probe("coordinator", "/api/v1/offers/" + o + "/edxl", Set.of()));
        }
        for (String c : strings("SELECT id::text FROM operations.commitment ORDER BY id LIMIT 3")) {
            add(tests, probe("coordinator", "/api/v1/commitments/" + c + "/edxl", Set.of()));
        }
        // the pages and answers that name planning's goals and measures by their titles
        add(tests, probe("coordinator", "/measures/from-meetings", Set.of()));
        add(tests, probe("coordinator", "/admin/audit", Set.of()));
        for (Map<String, Object> i : jdbc.sql(
                        "SELECT id::text AS id, code FROM indicators.indicator ORDER BY id LIMIT 3")
                .query()
                .listOfRows()) {
            add(tests, probe("coordinator", "/indicators/" + i.get("code"), Set.of()));
            add(tests, probe("coordinator", "/api/v1/indicators/" + i.get("id") + "/targets", Set.of()));
            add(tests, probe("coordinator", "/api/v1/indicators/" + i.get("id") + "/measures", Set.of()));
        }
        for (Map<String, Object> t : jdbc.sql(
                        "SELECT indicator_id::text AS i, id::text AS t FROM indicators.indicator_target ORDER BY id LIMIT 2")
                .query()
                .listOfRows()) {
            add(tests, probe("coordinator", "/api/v1/indicators/" + t.get("i") + "/targets/" + t.get("t"), Set.of()));
        }
        // any finding, wherever it shows, names the restricted scenario it is about
        for (JsonNode f : json.readTree(read("coordinator", "/api/v1/analysis/findings?area=19&size=3")
                        .body())
                .get("content")) {
            add(
                    tests,
                    probe(
                            "coordinator",
                            "/api/v1/analysis/findings/" + enc(f.get("id").asString()),
                            Set.of()));
            add(
                    tests,
                    probe("coordinator", "/analysis/findings/" + enc(f.get("id").asString()), Set.of()));
        }
        // the dashboard and the lists of findings name whatever restricted scenario they show
        for (String path : List.of(
                "/api/v1/analysis/findings?area=19&size=1000",
                "/dashboard/19",
                "/analysis?area=19",
                "/api/v1/analysis/gaps?area=19&size=1000",
                "/api/v1/analysis/blind-spots?area=19&size=1000")) {
            add(tests, probe("coordinator", path, Set.of()));
        }
        assertThat(tests).as("the demo data has restricted risk scenarios").isNotEmpty();
        return tests.stream();
    }

    // ---------------------------------------------------------------- continuity

    @TestFactory
    @Order(3)
    Stream<DynamicTest> aBusinessContinuityAssessmentIsNamedWhateverThePath() throws Exception {
        anAssessmentInProgress();
        loadItems();
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, Object> a : jdbc.sql(
                        "SELECT id::text AS id, actor_id, status FROM continuity.assessment ORDER BY id")
                .query()
                .listOfRows()) {
            String id = (String) a.get("id");
            String reader = userOf(((Number) a.get("actor_id")).longValue());
            Set<String> key = Set.of("CONTINUITY_ASSESSMENT:" + id);
            add(
                    tests,
                    probe(reader, "/api/v1/continuity/assessments/" + id, key)
                            .ofTheItem()
                            .outsider("coordinator"));
            if (!"SUBMITTED".equals(a.get("status"))) {
                // a submitted one's page is its results
                add(
                        tests,
                        probe(reader, "/continuity/assessments/" + id, key)
                                .ofTheItem()
                                .outsider("coordinator"));
            }
            add(
                    tests,
                    probe(reader, "/api/v1/continuity/assessments?size=1000", key)
                            .outsider("coordinator"));
            add(tests, probe(reader, "/continuity", key).outsider("coordinator"));
            if ("SUBMITTED".equals(a.get("status"))) {
                add(
                        tests,
                        probe(reader, "/api/v1/continuity/assessments/" + id + "/results", key)
                                .ofTheItem()
                                .outsider("coordinator"));
                add(
                        tests,
                        probe(reader, "/continuity/assessments/" + id + "/results", key)
                                .ofTheItem()
                                .outsider("coordinator"));
                add(
                        tests,
                        probe(reader, "/api/v1/continuity/assessments/" + id + "/report.pdf", key)
                                .ofTheItem()
                                .outsider("coordinator"));
                add(
                        tests,
                        probe(reader, "/continuity/assessments/" + id + "/report.pdf", key)
                                .ofTheItem()
                                .outsider("coordinator"));
            }
        }
        assertThat(tests).as("the demo data has continuity assessments").isNotEmpty();
        return tests.stream();
    }

    /**
     * An assessment still being answered, whose page is its answers: the demo data's are all
     * submitted. Started for a business without demo users, so that no other test's start is refused.
     */
    private void anAssessmentInProgress() throws Exception {
        if (!strings("SELECT id::text FROM continuity.assessment WHERE status = 'IN_PROGRESS'")
                .isEmpty()) {
            return;
        }
        String actor = strings("""
                        SELECT a.actor_id::text FROM continuity.assessment a
                         WHERE NOT EXISTS (SELECT 1 FROM identity.user_actor ua WHERE ua.actor_id = a.actor_id)
                         ORDER BY a.actor_id LIMIT 1""").get(0);
        mvc.perform(fi.turvaverkko.support.Api.post(
                        userOf(Long.parseLong(actor)), "/api/v1/continuity/assessments", "{}"))
                .andExpect(status().isCreated());
    }

    /** A user of the actor: a demo user when there is one, else one made for the test. */
    private String userOf(long actorId) {
        List<String> users = strings(
                "SELECT u.username FROM identity.app_user u JOIN identity.user_actor ua ON ua.user_id = u.id"
                        + " WHERE ua.actor_id = ?::bigint AND u.status = 'ACTIVE' AND u.username NOT LIKE 'reads-%'"
                        + " AND u.username IN ('coordinator', 'rovaniemi', 'pelastus', 'spr', 'yritys')",
                String.valueOf(actorId));
        if (!users.isEmpty()) {
            return users.get(0);
        }
        String username = "reads-" + actorId;
        jdbc.sql("""
                        INSERT INTO identity.app_user (username, display_name, password_hash, roles)
                        SELECT ?, 'Lukija', password_hash, '{MEMBER}' FROM identity.app_user WHERE username = 'yritys'
                        ON CONFLICT DO NOTHING""").param(username).update();
        jdbc.sql("""
                        INSERT INTO identity.user_actor (user_id, actor_id)
                        SELECT id, ? FROM identity.app_user WHERE username = ? ON CONFLICT DO NOTHING""").params(actorId, username).update();
        return username;
    }

    // ---------------------------------------------------------------- resources

    @TestFactory
    @Order(4)
    Stream<DynamicTest> aResourcesContactAndExactPlaceAreNamedWhateverThePath() throws Exception {
        loadItems();
        List<Map<String, Object>> resources = jdbc.sql("""
                        SELECT r.id::text AS id, r.owner_actor_id, r.lat, r.lon, t.code AS type, r.confidentiality,
                               r.contact_247 AS contact,
                               r.availability, r.quantity - r.committed AS free
                          FROM resources.resource r JOIN resources.resource_type t ON t.id = r.type_id
                         WHERE r.region_id IN (SELECT id FROM network.area WHERE code = '19') ORDER BY r.id""").query().listOfRows();
        Set<String> everyOne = new LinkedHashSet<>();
        resources.forEach(r -> everyOne.add("RESOURCE:" + r.get("id")));
        List<DynamicTest> tests = new ArrayList<>();
        // the lists, exports and searches that return them all at once
        // a list gives each one's exact place, the export its contact too
        add(tests, probe("coordinator", "/api/v1/resources?size=1000", everyOne).withoutTexts());
        add(tests, probe("coordinator", "/api/v1/resources/export?format=csv", everyOne));
        add(tests, probe("coordinator", "/api/v1/resources/export?format=xlsx", everyOne));
        add(tests, probe("coordinator", "/resources", Set.of()));
        // each one: its own API and pages, and the nearest search from where it is
        tests.add(DynamicTest.dynamicTest("each resource through its own paths and the nearest search", () -> {
            List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
            java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(4);
            try {
                pool.submit(() -> resources.parallelStream().forEach(r -> {
                            SoftAssertions soft = new SoftAssertions();
                            checkResource(soft, r);
                            errors.addAll(soft.errorsCollected());
                        }))
                        .get();
            } finally {
                pool.shutdown();
            }
            assertThat(errors).as("what the paths of each resource did").isEmpty();
        }));
        assertThat(resources).as("the demo data has resources").isNotEmpty();
        return tests.stream();
    }

    /** One resource through its own API and pages, and the nearest search from where it is. */
    private void checkResource(SoftAssertions soft, Map<String, Object> r) {
        String id = (String) r.get("id");
        String key = "RESOURCE:" + id;
        String outsider = ((Number) r.get("owner_actor_id")).longValue() == actor("spr") ? "yritys" : "spr";
        boolean restrictedOne = "RESTRICTED".equals(r.get("confidentiality"));
        for (String path : List.of("/api/v1/resources/" + id, "/resources/" + id, "/resources/" + id + "/edit")) {
            Probe p = probe("coordinator", path, Set.of(key)).outsider(outsider);
            if (r.get("contact") == null) {
                p = p.withoutTexts();
            }
            check(soft, restrictedOne ? p.ofTheItem() : p);
        }
        boolean searchable = !"UNAVAILABLE".equals(r.get("availability")) && ((Number) r.get("free")).intValue() > 0;
        if (searchable) {
            String near = "type=" + r.get("type") + "&lat=" + r.get("lat") + "&lon=" + r.get("lon") + "&radiusKm=0.5";
            // the search finds it by its exact place and gives that place, not its contact
            check(
                    soft,
                    probe("coordinator", "/api/v1/resources/nearest?" + near + "&limit=100", Set.of(key))
                            .outsider(outsider)
                            .withoutTexts());
            check(
                    soft,
                    probe("coordinator", "/resources/nearest?" + near, Set.of(key))
                            .outsider(outsider)
                            .withoutTexts());
        }
    }

    private long actor(String username) {
        return jdbc.sql(
                        "SELECT min(ua.actor_id) FROM identity.user_actor ua JOIN identity.app_user u ON u.id = ua.user_id"
                                + " WHERE u.username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    // ---------------------------------------------------------------- every path

    /**
     * The paths said to return no restricted data, read as the coordinator (who may read it all) with
     * ids of the demo data: what they show of restricted data, if anything, must be named.
     */
    @TestFactory
    @Order(5)
    Stream<DynamicTest> thePathsSaidToReturnNoRestrictedDataShowNoneUnnamed() {
        loadItems();
        Map<String, String> ids = Map.ofEntries(
                Map.entry("{id}", "1"),
                Map.entry("{code}", "19"),
                Map.entry("{areaCode}", "698"),
                Map.entry("{name}", "themes"),
                Map.entry("{groupId}", "1"),
                Map.entry("{memberId}", "1"),
                Map.entry("{contactId}", "1"),
                Map.entry("{itemId}", "1"),
                Map.entry("{token}", "x"),
                Map.entry("{format}", "csv"),
                Map.entry("{group}", "x"));
        List<DynamicTest> tests = new ArrayList<>();
        for (String pattern : new java.util.TreeSet<>(NO_RESTRICTED_DATA.keySet())) {
            String path = pattern;
            for (var e : ids.entrySet()) {
                path = path.replace(e.getKey(), e.getValue());
            }
            if (path.contains("{") || path.equals("/error") || path.endsWith("/events")) {
                // the live picture's stream does not end: its events are checked in operations' tests
                continue;
            }
            add(tests, probe("coordinator", path, Set.of()).sweep());
        }
        return tests.stream();
    }

    @Test
    @Order(100)
    void everyGetPathIsReadHereOrReturnsNoRestrictedData() {
        org.springframework.web.util.pattern.PathPatternParser parser =
                new org.springframework.web.util.pattern.PathPatternParser();
        List<String> unread = new ArrayList<>();
        List<String> both = new ArrayList<>();
        for (var e : mappings.getHandlerMethods().entrySet()) {
            var info = e.getKey();
            var methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(org.springframework.web.bind.annotation.RequestMethod.GET)) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                var parsed = parser.parse(pattern);
                boolean read = READ_PATHS.stream()
                        .anyMatch(p -> parsed.matches(org.springframework.http.server.PathContainer.parsePath(p)));
                if (!read && !NO_RESTRICTED_DATA.containsKey(pattern)) {
                    unread.add(pattern);
                }
                if (read && NO_RESTRICTED_DATA.containsKey(pattern)) {
                    both.add(pattern);
                }
            }
        }
        assertThat(unread)
                .as("GET paths neither read by this test nor said to return no restricted data:"
                        + " probe them for what they return, or add them to NO_RESTRICTED_DATA with the reason")
                .isEmpty();
        assertThat(both)
                .as("GET paths said to return no restricted data, yet read here")
                .isEmpty();
    }

    // ---------------------------------------------------------------- the checks

    /**
     * One path to read as {@code reader}: the items its entry must name, whether the path is the item's
     * own (someone who may not read it gets 404), who may not read them, and whether the response
     * shows their texts (a PDF, a spreadsheet or a sum does not).
     */
    record Probe(
            String reader,
            String path,
            Set<String> expected,
            boolean own,
            String outsider,
            boolean texts,
            boolean swept) {

        Probe ofTheItem() {
            return new Probe(reader, path, expected, true, outsider, texts, swept);
        }

        Probe outsider(String who) {
            return new Probe(reader, path, expected, own, who, texts, swept);
        }

        /** The response holds the items only as sums or ids, not their texts. */
        Probe withoutTexts() {
            return new Probe(reader, path, expected, own, outsider, false, swept);
        }

        /** A path said to return no restricted data, read to see that it shows none unnamed. */
        Probe sweep() {
            return new Probe(reader, path, expected, own, outsider, texts, true);
        }
    }

    private static Probe probe(String reader, String path, Set<String> expected) {
        return new Probe(
                reader,
                path,
                expected,
                false,
                "spr",
                !path.contains("format=xlsx")
                        && !path.contains(".pdf")
                        && !path.contains("/content")
                        && !path.matches("/attachments/\\d+"),
                false);
    }

    private void add(List<DynamicTest> tests, Probe p) {
        tests.add(DynamicTest.dynamicTest(
                p.reader() + " GET " + p.path() + " names " + p.expected() + "; " + p.outsider() + " sees none", () -> {
                    SoftAssertions soft = new SoftAssertions();
                    check(soft, p);
                    soft.assertAll();
                }));
    }

    /**
     * The reader's request succeeds, shows what it is for, and its one entry names every restricted
     * item expected and every one whose text shows; the outsider's request shows none of them.
     */
    private void check(SoftAssertions soft, Probe p) {
        String reader = p.reader();
        String path = p.path();
        if (!p.swept()) {
            READ_PATHS.add(path.contains("?") ? path.substring(0, path.indexOf('?')) : path);
        }
        Set<String> expected = p.expected();
        String outsider = p.outsider();
        Read r = read(reader, path);
        if (!p.swept()) {
            soft.assertThat(r.status()).as("%s GET %s", reader, path).isEqualTo(200);
        }
        Set<String> shown = shown(r.body(), path);
        for (String key : expected) {
            Item item = items.get(key);
            if (item != null && !item.texts().isEmpty() && p.texts()) {
                soft.assertThat(shownAny(unescape(r.body()), item))
                        .as("%s GET %s shows %s", reader, path, key)
                        .isTrue();
            }
        }
        Set<String> mustBeNamed = union(expected, shown, resourcesIn(r.body(), path));
        soft.assertThat(named(r.agent(), !mustBeNamed.isEmpty()))
                .as("the audit entry of %s GET %s (it shows %s)", reader, path, shown)
                .containsAll(mustBeNamed);
        // someone who may not read the items: not found, or nothing of them
        Read o = read(outsider, path);
        if (p.own()) {
            soft.assertThat(o.status()).as("%s GET %s", outsider, path).isIn(403, 404);
        }
        Set<String> leaked = shown(o.body(), path);
        leaked.retainAll(union(expected, shown));
        leaked.removeIf(k -> ownItem(outsider, k));
        soft.assertThat(leaked)
                .as("what %s GET %s shows of %s", outsider, path, mustBeNamed)
                .isEmpty();
        if (p.own()) {
            soft.assertThat(named(o.agent(), false))
                    .as("the entry of %s GET %s names nothing it may not read", outsider, path)
                    .doesNotContainAnyElementsOf(expected);
        }
    }

    /** The restricted items whose texts (or, for resources, links and ids) show in a response. */
    private Set<String> shown(String raw, String path) {
        String body = withoutTheQuery(unescape(raw), path);
        Set<String> shown = new LinkedHashSet<>();
        for (Item item : items.values()) {
            if (shownAny(body, item)) {
                shown.add(item.key());
            }
        }
        return shown;
    }

    /**
     * The resources a registry page or answer lists (by their links and ids): the registry hands each
     * one out with its exact place to a reader who sees that, so each is read.
     */
    private static Set<String> resourcesIn(String body, String path) {
        Set<String> ids = new LinkedHashSet<>();
        if (path.startsWith("/resources") || path.startsWith("/api/v1/resources")) {
            Matcher m = RESOURCE_ID.matcher(body);
            while (m.find()) {
                ids.add("RESOURCE:" + (m.group(1) != null ? m.group(1) : m.group(2)));
            }
        }
        return ids;
    }

    /** Is the item the user's own actor's (a resource it owns), which it reads whatever else it may not? */
    private boolean ownItem(String user, String key) {
        Item item = items.get(key);
        return item != null
                && item.owner() != null
                && actors.computeIfAbsent(
                                user,
                                u -> new HashSet<>(
                                        jdbc.sql("""
                                        SELECT ua.actor_id FROM identity.user_actor ua
                                          JOIN identity.app_user u ON u.id = ua.user_id WHERE u.username = ?""").param(u).query(Long.class).list()))
                        .contains(item.owner());
    }

    /** A page's text as people read it: its character entities (&auml; and the rest) unescaped. */
    private static String unescape(String html) {
        return org.springframework.web.util.HtmlUtils.htmlUnescape(html);
    }

    /** The page echoes a search's own words in its search field: those are the asker's, not a leak. */
    private static String withoutTheQuery(String body, String path) {
        Matcher q = Pattern.compile("[?&]q=([^&]*)").matcher(path);
        if (!q.find()) {
            return body;
        }
        String words = java.net.URLDecoder.decode(q.group(1), StandardCharsets.UTF_8);
        return body.replace("value=\"" + words + "\"", "value=\"\"");
    }

    private static boolean shownAny(String body, Item item) {
        for (String t : item.texts()) {
            if (t != null && t.length() >= 6 && body.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** A GET as the user, over HTTP; the entry its request wrote, found by the request's own User-Agent. */
    private Read read(String user, String path) {
        String agent = "reads-test-" + UUID.randomUUID();
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("User-Agent", agent)
                    .GET();
            // the API takes the session too; a password with every call would be a login each time,
            // and logins of one name are checked one at a time (ADR 0013): the parallel reads below
            // would wait for each other
            HttpClient client = session(user);
            // the whole answer within a minute: a stream that never ends fails the test rather than hangs it
            HttpResponse<byte[]> response = client.sendAsync(b.build(), HttpResponse.BodyHandlers.ofByteArray())
                    .get(60, java.util.concurrent.TimeUnit.SECONDS);
            String body = new String(response.body(), StandardCharsets.UTF_8);
            return new Read(response.statusCode(), body, agent);
        } catch (Exception e) {
            throw new IllegalStateException(user + " GET " + path, e);
        }
    }

    /**
     * The items named by the entry of the request with this User-Agent. The entry is written when the
     * request has ended, which may be a moment after the client has the last byte: wait for it when
     * one is due.
     */
    private Set<String> named(String agent, boolean due) {
        long until = System.nanoTime() + (due ? 10_000_000_000L : 0L);
        while (true) {
            List<String> found = jdbc.sql("SELECT array_to_string(items, ',') FROM audit.entry WHERE user_agent = ?"
                            + " AND action = 'READ_RESTRICTED'")
                    .param(agent)
                    .query(String.class)
                    .list();
            if (!found.isEmpty() || System.nanoTime() > until) {
                assertThat(found).as("entries of one request").hasSizeLessThanOrEqualTo(1);
                return found.isEmpty()
                        ? Set.of()
                        : new HashSet<>(Arrays.asList(found.get(0).split(",")));
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Set.of();
            }
        }
    }

    /** An HTTP client logged in through the login form, with its session cookie. */
    private HttpClient session(String user) {
        return sessions.computeIfAbsent(user, u -> {
            try {
                HttpClient c = HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(Duration.ofSeconds(10))
                        .build();
                String form = c.send(
                                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
                Matcher csrf =
                        Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
                assertThat(csrf.find()).as("the login form's CSRF token").isTrue();
                HttpResponse<String> login = c.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "username=" + u + "&password=demo&_csrf=" + enc(csrf.group(1))))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(login.headers().firstValue("Location").orElse(""))
                        .as("%s logs in", u)
                        .doesNotContain("error");
                return c;
            } catch (Exception e) {
                throw new IllegalStateException("login as " + u, e);
            }
        });
    }

    // ---------------------------------------------------------------- the restricted items

    /** Every restricted item in the database now, with the texts that show only when it is shown. */
    private void loadItems() {
        items.clear();
        jdbc.sql("SELECT id::text, name, name_sv FROM planning.programme WHERE confidentiality = 'RESTRICTED'")
                .query((rs, n) -> item("PROGRAMME:" + rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        jdbc.sql("""
                        SELECT g.id::text, g.title FROM planning.goal g
                          JOIN planning.programme p ON p.id = g.programme_id WHERE p.confidentiality = 'RESTRICTED'""")
                .query((rs, n) -> item("GOAL:" + rs.getString(1), rs.getString(2)))
                .list();
        jdbc.sql("""
                        SELECT m.id::text, m.title FROM planning.measure m
                          JOIN planning.programme p ON p.id = m.programme_id WHERE p.confidentiality = 'RESTRICTED'""")
                .query((rs, n) -> item("MEASURE:" + rs.getString(1), rs.getString(2)))
                .list();
        jdbc.sql("""
                        SELECT DISTINCT l.id::text FROM planning.goal_link l
                          JOIN planning.goal g ON g.id IN (l.from_goal_id, l.to_goal_id)
                          JOIN planning.programme p ON p.id = g.programme_id WHERE p.confidentiality = 'RESTRICTED'""").query((rs, n) -> item("GOAL_LINK:" + rs.getString(1))).list();
        jdbc.sql("""
                        SELECT a.id::text, a.filename FROM platform.attachment a
                          JOIN planning.programme p ON a.owner_type = 'PROGRAMME' AND p.id::text = a.owner_id
                         WHERE p.confidentiality = 'RESTRICTED'""")
                .query((rs, n) -> item("ATTACHMENT:" + rs.getString(1), rs.getString(2)))
                .list();
        jdbc.sql("""
                        SELECT r.id::text, r.title FROM planning.wellbeing_report r
                          JOIN planning.programme p ON p.id = r.programme_id WHERE p.confidentiality = 'RESTRICTED'""")
                .query((rs, n) -> item("WELLBEING_REPORT:" + rs.getString(1), rs.getString(2)))
                .list();
        jdbc.sql("SELECT id::text, title FROM risks.scenario WHERE restricted")
                .query((rs, n) -> item("RISK_SCENARIO:" + rs.getString(1), rs.getString(2)))
                .list();
        // a resource's contact; a restricted resource's name too, as it does not exist for others
        jdbc.sql("SELECT id::text, contact_247, CASE WHEN confidentiality = 'RESTRICTED' THEN name END,"
                        + " owner_actor_id FROM resources.resource")
                .query((rs, n) -> {
                    Item i = item("RESOURCE:" + rs.getString(1), rs.getString(2), rs.getString(3));
                    return items.put(i.key(), new Item(i.key(), i.texts(), rs.getLong(4)));
                })
                .list();
        jdbc.sql("SELECT id::text FROM continuity.assessment")
                .query((rs, n) -> item("CONTINUITY_ASSESSMENT:" + rs.getString(1)))
                .list();
    }

    private Item item(String key, String... texts) {
        List<String> t = new ArrayList<>();
        for (String s : texts) {
            if (s != null && !s.isBlank()) {
                t.add(s);
            }
        }
        Item i = new Item(key, List.copyOf(t), null);
        items.put(key, i);
        return i;
    }

    private List<String> strings(String sql, String... params) {
        var spec = jdbc.sql(sql);
        for (String p : params) {
            spec = spec.param(p);
        }
        return spec.query(String.class).list();
    }

    private static Set<String> keys(String type, Collection<String> ids) {
        Set<String> keys = new LinkedHashSet<>();
        ids.forEach(i -> keys.add(type + ":" + i));
        return keys;
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new LinkedHashSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return all;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
