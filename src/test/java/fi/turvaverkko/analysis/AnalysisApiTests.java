package fi.turvaverkko.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.identity.domain.UserDetailsLoader;
import fi.turvaverkko.support.Api;
import fi.turvaverkko.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The analysis through the API: findings follow the data at once, restricted scenarios and what is
 * found about them exist only for those who may read them, decisions are kept with their rights, and
 * the 3W data comes out as HXL.
 */
@IntegrationTest
class AnalysisApiTests {

    private static final String ACTION_LIST = "Lapin toimenpidelista 2026–2028";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    UserDetailsLoader loader;

    @Test
    void theDemoActionListHoldsATrueOverlapAndAGap() throws Exception {
        // the rescue department's home fire-safety surveys for older people cover all of Lapland, and
        // the Red Cross does the same with volunteers in Rovaniemi, without agreeing who does what
        JsonNode overlaps = read(ok("coordinator", "/api/v1/analysis/overlaps?area=698&size=1000"));
        List<String> pairs = new ArrayList<>();
        overlaps.get("content").forEach(f -> {
            List<String> labels = new ArrayList<>();
            f.get("items").forEach(i -> labels.add(i.get("label").asString()));
            pairs.add(String.join(" + ", labels));
        });
        assertThat(pairs)
                .contains("Ikääntyneiden kotien paloturvallisuuskartoitukset kotihoidon käynneillä"
                        + " + Ikääntyneiden kotien paloturvallisuuskartoitukset ja palovaroittimien asennus"
                        + " vapaaehtoisvoimin");
        // a high risk of Sodankylä that no measure of its themes addresses there
        JsonNode gaps = read(ok("coordinator", "/api/v1/analysis/gaps?area=758&type=GAP_RISK&size=1000"));
        List<String> reasons = new ArrayList<>();
        gaps.get("content").forEach(f -> reasons.add(f.get("reason").asString()));
        assertThat(reasons).anyMatch(r -> r.contains("Talvimyrsky ja tykkylumi") && r.contains("Sodankylä"));
    }

    @Test
    void theDashboardShowsTheBusinessesContinuityOnlyToThoseWhoMaySeeTheAggregates() throws Exception {
        // sixteen demo organisations of Lapland have answered: the coordinator sees the region's level
        String coordinator = page("coordinator", "/dashboard/19");
        assertThat(coordinator).contains("continuity-summary-heading").contains("continuity-summary-chart");
        // with a link to the whole table, which opens for them
        assertThat(coordinator).contains("href=\"/continuity/aggregates?region=19\"");
        assertThat(page("coordinator", "/continuity/aggregates?region=19")).contains("aggregate");
        // an NGO, a business and the administrator see the dashboard, but neither the aggregates nor a
        // link to them: it would only answer that they may not
        for (String user : List.of("spr", "yritys", "admin")) {
            assertThat(page(user, "/dashboard/19"))
                    .contains("matrix-heading")
                    .doesNotContain("continuity-summary-heading")
                    .doesNotContain("/continuity/aggregates");
        }
    }

    @Test
    void theDashboardShowsAChangeAtOnceThoughItIsKeptForAFewSeconds() throws Exception {
        int before = openFindings(page("coordinator", "/dashboard/19"));
        assertThat(openFindings(page("coordinator", "/dashboard/19"))).isEqualTo(before);
        // a new high risk that nothing mitigates is a new open finding, on the very next view
        scenario("pelastus", Api.unique("Jäätyneen tulvaveden aiheuttama sillan sortuma"), false);
        assertThat(openFindings(page("coordinator", "/dashboard/19"))).isGreaterThan(before);
    }

    private static int openFindings(String html) {
        var m = java.util.regex.Pattern.compile("Kaikki avoimet havainnot \\((\\d+)\\)")
                .matcher(html);
        assertThat(m.find()).as("the dashboard's count of open findings").isTrue();
        return Integer.parseInt(m.group(1));
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(
                        MockMvcRequestBuilders.get(path)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(loader.loadUserByUsername(user))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void findingsAboutARestrictedScenarioExistOnlyForAuthoritiesAndTheRegionsCoordinator() throws Exception {
        String title = Api.unique("Tietoliikenneyhteyksien tahallinen katkaisu");
        String id = scenario("pelastus", title, true);
        String key = "BLIND_UNMITIGATED_RISK:" + id;

        JsonNode seen = read(ok("pelastus", "/api/v1/analysis/findings/" + key));
        assertThat(seen.get("type").asString()).isEqualTo("BLIND_UNMITIGATED_RISK");
        assertThat(seen.get("reason").asString()).contains(title);
        assertThat(ok("coordinator", "/api/v1/analysis/findings/" + key)).contains(title);
        assertThat(keys("pelastus", "/api/v1/analysis/blind-spots?area=19&size=1000"))
                .contains(key);

        for (String user : List.of("spr", "yritys")) {
            mvc.perform(Api.get(user, "/api/v1/analysis/findings/" + key)).andExpect(status().isNotFound());
            mvc.perform(Api.put(
                            user, "/api/v1/analysis/findings/" + key, "{\"status\": \"HANDLED\", \"reason\": \"x\"}"))
                    .andExpect(status().isNotFound());
            assertThat(ok(user, "/api/v1/analysis/findings?area=19&size=1000")).doesNotContain(title);
            assertThat(scenarioIds(user, "/api/v1/analysis/findings?area=19&size=1000"))
                    .doesNotContain(id);
            for (String type : List.of("GAP_RISK", "BLIND_UNMITIGATED_RISK", "STALE_SCENARIO")) {
                assertThat(scenarioIds(user, "/api/v1/analysis/findings?area=FI&size=1000&type=" + type))
                        .doesNotContain(id);
            }
        }
        // the same scenario, not restricted, is found for everyone
        String open = scenario("pelastus", Api.unique("Tulvan aiheuttama vedenjakelun keskeytys"), false);
        assertThat(keys("spr", "/api/v1/analysis/blind-spots?area=19&size=1000"))
                .contains("BLIND_UNMITIGATED_RISK:" + open);
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/analysis/findings")).andExpect(status().isUnauthorized());
    }

    @Test
    void twoActorsDoingTheSameThingInTheSameMunicipalityAreAnOverlapThatTheCoordinatorCanDismiss() throws Exception {
        String programme = programmeId(ACTION_LIST);
        String spr = Api.actorId(jdbc, "Suomen Punainen Risti, Lapin piiri");
        String rovaniemi = Api.actorId(jdbc, "Rovaniemen kaupunki");
        String a = measure(
                "coordinator",
                programme,
                spr,
                "Ikääntyneiden kotitapaturmien ehkäisy kotikäynneillä",
                "Vapaaehtoiset tekevät kotikäyntejä yksin asuvien ikääntyneiden luo ja tarkistavat liukastumis- ja kaatumisriskit.");
        String b = measure(
                "coordinator",
                programme,
                rovaniemi,
                "Kaatumisten ehkäisy ikääntyneiden kotona",
                "Vapaaehtoisten kotikäynnit yksin asuville ikääntyneille ja kodin liukastumis- ja kaatumisriskien tarkistus.");
        String key = "OVERLAP:" + Math.min(Long.parseLong(a), Long.parseLong(b)) + ":"
                + Math.max(Long.parseLong(a), Long.parseLong(b));

        JsonNode overlap = read(ok("spr", "/api/v1/analysis/findings/" + key));
        assertThat(overlap.get("status").asString()).isEqualTo("OPEN");
        List<String> items = new ArrayList<>();
        overlap.get("items").forEach(i -> items.add(i.get("id").asString()));
        assertThat(items).containsExactlyInAnyOrder(a, b);
        assertThat(overlap.get("reason").asString())
                .contains("Suomen Punainen Risti, Lapin piiri", "Rovaniemen kaupunki");
        assertThat(keys("spr", "/api/v1/analysis/overlaps?area=698&size=1000")).contains(key);

        // a member may read it but not decide; a decision needs a reason; the coordinator's decision stays
        mvc.perform(Api.put(
                        "spr", "/api/v1/analysis/findings/" + key, "{\"status\": \"NOT_RELEVANT\", \"reason\": \"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(Api.put("coordinator", "/api/v1/analysis/findings/" + key, "{\"status\": \"NOT_RELEVANT\"}")
                        .header("Accept-Language", "fi"))
                .andExpect(status().isBadRequest());
        mvc.perform(Api.put(
                        "coordinator",
                        "/api/v1/analysis/findings/" + key,
                        "{\"status\": \"MAYBE\", \"reason\": \"x\"}"))
                .andExpect(status().isBadRequest());
        String reason = "Toimijat sopineet työnjaosta: SPR kylät, kaupunki keskusta-alue.";
        mvc.perform(Api.put(
                        "coordinator",
                        "/api/v1/analysis/findings/" + key,
                        "{\"status\": \"NOT_RELEVANT\", \"reason\": \"" + reason + "\"}"))
                .andExpect(status().isOk());
        JsonNode decided = read(ok("spr", "/api/v1/analysis/findings/" + key));
        assertThat(decided.get("status").asString()).isEqualTo("NOT_RELEVANT");
        assertThat(decided.get("statusReason").asString()).isEqualTo(reason);
        assertThat(decided.get("decidedBy").asString()).isEqualTo("coordinator");
        assertThat(keys("spr", "/api/v1/analysis/overlaps?area=698&status=OPEN&size=1000"))
                .doesNotContain(key);
        assertThat(keys("spr", "/api/v1/analysis/overlaps?area=698&status=NOT_RELEVANT&size=1000"))
                .contains(key);
        assertThat(jdbc.sql("SELECT count(*) FROM audit.entry WHERE item_type = 'FINDING' AND item_id = ?")
                        .param(key)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // a measure of the same actor that says the same is not an overlap with itself
        String c = measure(
                "coordinator",
                programme,
                spr,
                "Kotikäynnit ikääntyneille kaatumisten ehkäisemiseksi",
                "Vapaaehtoisten kotikäynnit ikääntyneiden luo.");
        assertThat(ok("spr", "/api/v1/analysis/overlaps?area=698&size=1000")).doesNotContain("OVERLAP:" + a + ":" + c);
    }

    @Test
    void coverageCountsMeasuresAndActorsPerMunicipalityAndTheme() throws Exception {
        String programme = programmeId(ACTION_LIST);
        String spr = Api.actorId(jdbc, "Suomen Punainen Risti, Lapin piiri");
        JsonNode before = read(ok("spr", "/api/v1/analysis/coverage?region=19&year=2027"));
        int measuresBefore =
                cell(before, "047", "VILLAGE_SAFETY").get("measures").asInt();
        String id = measure(
                "coordinator",
                programme,
                spr,
                Api.unique("Kyläturvallisuusilta Enontekiöllä"),
                "Kyläläisten yhteinen ilta omatoimisesta varautumisesta.",
                "047",
                "VILLAGE_SAFETY");
        JsonNode after = read(ok("spr", "/api/v1/analysis/coverage?region=19&year=2027"));
        JsonNode cell = cell(after, "047", "VILLAGE_SAFETY");
        assertThat(cell.get("measures").asInt()).isEqualTo(measuresBefore + 1);
        List<String> ids = new ArrayList<>();
        cell.get("measureIds").forEach(n -> ids.add(n.asString()));
        assertThat(ids).contains(id);
        // measures of the whole region show in every municipality, unless only local ones are asked for
        JsonNode local = read(ok("spr", "/api/v1/analysis/coverage?region=19&year=2027&local=true"));
        List<String> localIds = new ArrayList<>();
        cell(local, "047", "VILLAGE_SAFETY").get("measureIds").forEach(n -> localIds.add(n.asString()));
        assertThat(localIds).contains(id);
        String regionWide = measure(
                "coordinator",
                programme,
                spr,
                Api.unique("Kylien turvallisuusverkosto"),
                "Kyläturvallisuuden yhteyshenkilöiden verkosto koko maakuntaan.",
                "19",
                "VILLAGE_SAFETY");
        List<String> allIds = new ArrayList<>();
        cell(read(ok("spr", "/api/v1/analysis/coverage?region=19&year=2027")), "047", "VILLAGE_SAFETY")
                .get("measureIds")
                .forEach(n -> allIds.add(n.asString()));
        assertThat(allIds).contains(id, regionWide);
        localIds.clear();
        cell(read(ok("spr", "/api/v1/analysis/coverage?region=19&year=2027&local=true")), "047", "VILLAGE_SAFETY")
                .get("measureIds")
                .forEach(n -> localIds.add(n.asString()));
        assertThat(localIds).contains(id).doesNotContain(regionWide);
        // a year outside the measure's period leaves it out
        JsonNode later = read(ok("spr", "/api/v1/analysis/coverage?region=19&year=2031"));
        List<String> laterIds = new ArrayList<>();
        cell(later, "047", "VILLAGE_SAFETY").get("measureIds").forEach(n -> laterIds.add(n.asString()));
        assertThat(laterIds).doesNotContain(id);
        mvc.perform(Api.get("spr", "/api/v1/analysis/coverage?region=XX")).andExpect(status().isBadRequest());
    }

    @Test
    void theThreeWDataIsHxlTaggedCsvAndThePublicCopyHasOnlyPublicProgrammes() throws Exception {
        String programme = programmeId(ACTION_LIST);
        String spr = Api.actorId(jdbc, "Suomen Punainen Risti, Lapin piiri");
        String title = Api.unique("Ensiapukoulutus, kylätalo");
        measure("coordinator", programme, spr, title, "Ensiapukurssi kyläläisille.", "047", "VILLAGE_SAFETY");

        var response = mvc.perform(Api.get(null, "/api/v1/public/analysis/coverage.hxl.csv?region=19"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("3w-19.hxl.csv");
        String csv = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        String[] lines = csv.split("\r?\n");
        assertThat(lines[1]).startsWith("#org+name,#org+type,");
        assertThat(lines[1].split(",")).contains("#adm2+code", "#sector", "#activity+name");
        String row = java.util.Arrays.stream(lines)
                .filter(l -> l.contains(title))
                .findFirst()
                .orElseThrow();
        assertThat(row).startsWith("\"Suomen Punainen Risti, Lapin piiri\",").contains(",047,");
        // measures of a restricted programme are in neither copy
        List<String> secret = jdbc.sql("""
                        SELECT m.title FROM planning.measure m JOIN planning.programme p ON p.id = m.programme_id
                         WHERE p.confidentiality <> 'PUBLIC'""").query(String.class).list();
        String internal = new String(
                mvc.perform(Api.get("pelastus", "/api/v1/analysis/coverage.hxl.csv?region=19"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
        for (String s : secret) {
            assertThat(csv).doesNotContain(s);
            assertThat(internal).doesNotContain(s);
        }
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/analysis/coverage.hxl.csv"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void findingsAreWrittenInTheCallersLanguage() throws Exception {
        String id = scenario("pelastus", Api.unique("Myrsky"), false);
        String key = "BLIND_UNMITIGATED_RISK:" + id;
        String fi = read(body(key, "fi")).get("reason").asString();
        String sv = read(body(key, "sv")).get("reason").asString();
        String en = read(body(key, "en")).get("reason").asString();
        assertThat(List.of(fi, sv, en)).doesNotHaveDuplicates();
        assertThat(fi).doesNotContain("finding.reason");
        mvc.perform(Api.get("spr", "/api/v1/analysis/findings?status=SOMETIMES"))
                .andExpect(status().isBadRequest());
        mvc.perform(Api.get("spr", "/api/v1/analysis/findings?area=NOWHERE")).andExpect(status().isBadRequest());
        mvc.perform(Api.get("spr", "/api/v1/analysis/findings/NOT_A_KEY")).andExpect(status().isNotFound());
    }

    // ----- helpers

    private String body(String key, String lang) throws Exception {
        return mvc.perform(Api.get("spr", "/api/v1/analysis/findings/" + key).header("Accept-Language", lang))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aGapOfTheDashboardIsACellOfTheCoverageTableWithoutAMeasureAimedThere() throws Exception {
        // Salla: its worsening indicators are gaps, though region-wide measures of their themes run there
        JsonNode coverage = read(ok("coordinator", "/api/v1/analysis/coverage?region=19"));
        JsonNode salla = read(ok("coordinator", "/api/v1/analysis/gaps?area=732&size=1000"));
        assertThat(salla.get("content").size())
                .as("Salla has gaps in the demo data")
                .isPositive();
        JsonNode all = read(ok("coordinator", "/api/v1/analysis/gaps?area=19&size=1000"));
        int checked = 0;
        for (JsonNode f : all.get("content")) {
            String municipality = null;
            List<String> themes = new ArrayList<>();
            for (JsonNode i : f.get("items")) {
                String type = i.get("type").asString();
                String id = i.get("id").asString();
                if (type.equals("AREA") && hasRow(coverage, id)) {
                    municipality = id;
                } else if (type.equals("INDICATOR")) {
                    themes.addAll(jdbc.sql("SELECT theme FROM analysis.indicator_theme WHERE indicator_code = ?")
                            .param(id)
                            .query(String.class)
                            .list());
                } else if (type.equals("SCENARIO")) {
                    themes.addAll(jdbc.sql("SELECT theme FROM risks.v_scenario_theme WHERE scenario_id = ?")
                            .param(Long.parseLong(id))
                            .query(String.class)
                            .list());
                }
            }
            if (municipality == null) {
                continue;
            }
            java.util.Set<String> wide = new java.util.TreeSet<>();
            for (String theme : themes) {
                JsonNode c = cell(coverage, municipality, theme);
                if (c == null) {
                    continue; // a theme no longer in use: no column
                }
                assertThat(c.get("local").asInt())
                        .as("%s: the table has a measure aimed at %s in %s", f.get("reason"), municipality, theme)
                        .isZero();
                c.get("measureIds").forEach(n -> wide.add(n.asString()));
            }
            // and it tells how many region-wide measures the table shows for those themes
            assertThat(f.get("reason").asString())
                    .as("a gap names the region-wide measures of its themes")
                    .endsWith("on " + wide.size() + ".");
            checked++;
        }
        assertThat(checked).as("gaps in municipalities checked").isPositive();
    }

    private static boolean hasRow(JsonNode coverage, String area) {
        for (JsonNode row : coverage.get("rows")) {
            if (area.equals(row.get("areaCode").asString())) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode cell(JsonNode coverage, String area, String theme) {
        for (JsonNode row : coverage.get("rows")) {
            if (area.equals(row.get("areaCode").asString())) {
                return row.get("cells").get(theme);
            }
        }
        throw new AssertionError("no row " + area);
    }

    private String programmeId(String name) {
        return jdbc.sql("SELECT id::text FROM planning.programme WHERE name = ?")
                .param(name)
                .query(String.class)
                .single();
    }

    /** A high risk (likelihood 5) in Rovaniemi and Kittilä without mitigating measures; answers its id. */
    private String scenario(String user, String title, boolean restricted) throws Exception {
        String owner = Api.actorId(jdbc, "Lapin pelastuslaitos");
        String body = """
                {"title": "%s", "description": "Testikuvaus.", "category": "LARGE_ACCIDENTS",
                 "themes": ["PREPAREDNESS"], "areaCodes": ["698", "261"], "ownerActorId": "%s", "reviewDate": "2027-05-31",
                 "likelihood": 5,
                 "impacts": {"DEATHS": 3, "INJURED": 3, "EVACUATED": 4, "MATERIAL_DAMAGE": 4, "BUSINESS_INTERRUPTION": 4,
                             "ENVIRONMENT": 2, "SOCIETAL": 4},
                 "reliability": "MEDIUM", "measureIds": [], "resourceTypes": [], "restricted": %s}""".formatted(title, owner, restricted);
        return created(user, "/api/v1/risks", body);
    }

    private String measure(String user, String programme, String actor, String title, String description)
            throws Exception {
        return measure(user, programme, actor, title, description, "698", "HOME_LEISURE_ACCIDENTS");
    }

    private String measure(
            String user, String programme, String actor, String title, String description, String area, String theme)
            throws Exception {
        String body = """
                {"programmeId": "%s", "title": "%s", "description": "%s", "responsibleActorId": "%s",
                 "areaCodes": ["%s"], "themes": ["%s"], "targetGroups": ["OLDER_PEOPLE"], "emphasis": "PREVENTION",
                 "startDate": "2026-01-01", "endDate": "2028-12-31", "costs": [{"year": 2027, "planned": 5000}]}""".formatted(programme, title, description, actor, area, theme);
        return created(user, "/api/v1/measures", body);
    }

    private String created(String user, String path, String body) throws Exception {
        String response = mvc.perform(Api.post(user, path, body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return read(response).get("id").asString();
    }

    private String ok(String user, String path) throws Exception {
        return mvc.perform(Api.get(user, path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private List<String> keys(String user, String path) throws Exception {
        List<String> keys = new ArrayList<>();
        read(ok(user, path)).get("content").forEach(n -> keys.add(n.get("id").asString()));
        return keys;
    }

    /** The scenarios behind the findings of a list. */
    private List<String> scenarioIds(String user, String path) throws Exception {
        List<String> ids = new ArrayList<>();
        for (JsonNode f : read(ok(user, path)).get("content")) {
            f.get("items").forEach(i -> {
                if ("SCENARIO".equals(i.get("type").asString())) {
                    ids.add(i.get("id").asString());
                }
            });
        }
        assertThat(read(ok(user, path)).get("page").get("totalElements").asInt())
                .isLessThanOrEqualTo(1000);
        return ids;
    }

    private JsonNode read(String s) {
        return json.readTree(s);
    }
}
