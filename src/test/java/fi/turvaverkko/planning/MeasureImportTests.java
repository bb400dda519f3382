package fi.turvaverkko.planning;

import static fi.turvaverkko.support.Api.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.identity.Role;
import fi.turvaverkko.identity.UserManagement;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.network.CreateActor;
import fi.turvaverkko.support.Api;
import fi.turvaverkko.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.json.JsonMapper;

/**
 * The action list as a file: export as CSV and XLSX, import all or nothing with every error named by
 * row and column, and the round trip of issue 3 (export, import into an empty region, export again:
 * the same rows).
 */
@IntegrationTest
class MeasureImportTests {

    @Autowired
    fi.turvaverkko.identity.domain.UserDetailsLoader loader;

    static final String HEADER = "title;responsibleActorId;areaCodes;emphasis;startDate;endDate;plannedCost2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    Areas areas;

    @Autowired
    Actors actors;

    @Autowired
    UserManagement users;

    Plans plans;

    @BeforeEach
    void setUp() {
        plans = new Plans(mvc, jdbc, json);
    }

    /** A region of its own with a lead actor and its coordinator, and nothing planned in it yet. */
    private String[] emptyRegion() {
        String n = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        String code = "T" + n;
        areas.load(
                new AreaView(
                        null,
                        "REGION",
                        code,
                        null,
                        "FI",
                        null,
                        "Testimaakunta " + n,
                        null,
                        null,
                        null,
                        66.0,
                        25.0,
                        1000,
                        null,
                        0L),
                null);
        areas.load(
                new AreaView(
                        null,
                        "MUNICIPALITY",
                        "TM" + n,
                        null,
                        code,
                        null,
                        "Testikunta " + n,
                        null,
                        null,
                        null,
                        66.0,
                        25.0,
                        500,
                        null,
                        0L),
                null);
        String lead = actors.createAs(
                        new CreateActor(
                                Api.unique("Testivirasto"),
                                null,
                                "STATE_AUTHORITY",
                                "REGIONAL",
                                null,
                                null,
                                code,
                                null,
                                null,
                                null,
                                null,
                                null),
                        "ACTIVE")
                .id();
        areas.loadLeadActor(code, Long.parseLong(lead));
        String user = "tp" + n.toLowerCase();
        users.ensureDemoUser(
                user, user, user + "@example.org", List.of(Role.COORDINATOR), List.of(Long.valueOf(lead)), "demo");
        return new String[] {code, user, lead};
    }

    private byte[] export(String user, String query) throws Exception {
        return mvc.perform(get(user, "/api/v1/measures/export?" + query))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private org.springframework.test.web.servlet.ResultActions importFile(
            String user, String programme, String name, byte[] content) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/measures/import")
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .param("programmeId", programme)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .with(httpBasic(user, "demo")));
    }

    @Test
    void exportImportIntoAnEmptyRegionAndExportAgainGivesTheSameRows() throws Exception {
        String actionList = plans.programmeId(Plans.ACTION_LIST);
        byte[] first = export("coordinator", "format=csv&programme=" + actionList + "&sort=code,asc");
        String text = new String(first, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFcode;title;titleSv;description");
        List<String> lines = text.lines().toList();
        assertThat(lines.size()).isGreaterThan(60);

        String[] region = emptyRegion();
        String target = plans.created(
                region[1],
                "/api/v1/programmes",
                "{\"kind\": \"ACTION_LIST\", \"name\": \"Testimaakunnan toimenpidelista\", \"areaCode\": \"%s\", \"ownerActorId\": \"%s\"}"
                        .formatted(region[0], region[2]));
        assertThat(plans.read(plans.body(region[1], "/api/v1/measures?size=1&programme=" + target))
                        .get("page")
                        .get("totalElements")
                        .asInt())
                .isZero();
        long audit = auditImports();
        importFile(region[1], target, "toimenpiteet.csv", first)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(lines.size() - 1));
        assertThat(auditImports()).isEqualTo(audit + 1);

        byte[] second = export(region[1], "format=csv&programme=" + target + "&sort=code,asc");
        assertThat(new String(second, StandardCharsets.UTF_8)).isEqualTo(text);

        // the same through XLSX, into another empty action list
        byte[] xlsx = export("coordinator", "format=xlsx&programme=" + actionList + "&sort=code,asc");
        String target2 = plans.created(
                region[1],
                "/api/v1/programmes",
                "{\"kind\": \"ACTION_LIST\", \"name\": \"Testimaakunnan toinen lista\", \"areaCode\": \"%s\", \"ownerActorId\": \"%s\"}"
                        .formatted(region[0], region[2]));
        importFile(region[1], target2, "toimenpiteet.xlsx", xlsx).andExpect(status().isOk());
        assertThat(rows(export(region[1], "format=xlsx&programme=" + target2 + "&sort=code,asc")))
                .isEqualTo(rows(xlsx));
    }

    @Test
    void theActionListForReadingHasTheReadersHeadingsAndLabelsBesideTheImportFormat() throws Exception {
        String list = plans.programmeId(Plans.ACTION_LIST);
        byte[] xlsx = mvc.perform(
                        MockMvcRequestBuilders.get("/measures/export?format=xlsx&layout=reading&programme=" + list
                                        + "&sort=code,asc")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(
                                        loader.loadUserByUsername("coordinator")))
                                .header("Accept-Language", "sv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<List<String>> rows = rows(xlsx);
        assertThat(rows.get(0))
                .startsWith("Beteckning", "Åtgärd", "Beskrivning", "Program", "Ansvarig")
                .contains("Tyngdpunkt", "Målgrupper", "Teman", "Mål", "Status")
                .anyMatch(h -> h.startsWith("Planerat 2026"));
        List<String> a11 = rows.stream()
                .filter(r -> !r.isEmpty() && r.get(0).equals("A1.1"))
                .findFirst()
                .orElseThrow();
        // names and labels in Swedish where the import format has ids and codes
        assertThat(a11.get(3)).isEqualTo("Åtgärdslista för Lappland 2026–2028");
        assertThat(a11.get(4)).isEqualTo("Lapplands välfärdsområde");
        assertThat(a11).contains("Lappland", "Tidigt ingripande", "Pågår");
        assertThat(a11.get(rows.get(0).indexOf("Mål"))).contains("4 ");
        // no code in any cell
        for (List<String> row : rows.subList(1, rows.size())) {
            for (String cell : row.subList(1, row.size())) {
                assertThat(cell).as("a cell of the sheet for reading").doesNotMatch("[A-Z][A-Z0-9]*_[A-Z0-9_]+");
            }
        }
        // the import format keeps the API's field names and codes
        List<List<String>> forImport = rows(export("coordinator", "format=xlsx&programme=" + list + "&sort=code,asc"));
        assertThat(forImport.get(0)).startsWith("code", "title", "titleSv", "description");
        assertThat(forImport.stream()
                        .filter(r -> r.get(0).equals("A1.1"))
                        .findFirst()
                        .orElseThrow())
                .contains("EARLY_INTERVENTION");
    }

    private long auditImports() {
        return jdbc.sql("SELECT count(*) FROM audit.entry WHERE item_type = 'MEASURE' AND action = 'IMPORT'")
                .query(Long.class)
                .single();
    }

    private static List<List<String>> rows(byte[] xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
                var stream = wb.getFirstSheet().openStream()) {
            for (Row r : (Iterable<Row>) stream::iterator) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < r.getCellCount(); i++) {
                    cells.add(r.getCell(i) == null ? "" : r.getCell(i).getText());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void anImportWithErrorsNamesTheRowColumnAndProblemOfEachAndWritesNothing() throws Exception {
        String plan = plans.programmeId(Plans.WELLBEING_PLAN);
        String own = plans.ownActor("rovaniemi");
        String csv = HEADER + "\n"
                + "Hyvä rivi;" + own + ";698;PREVENTION;2026-01-01;2026-12-31;1000\n"
                + "Päättyy ennen alkua;" + own + ";698;PREVENTION;2026-06-01;2026-01-01;1000\n"
                + "Väärä päivä;" + own + ";698;PREVENTION;31.2.2026;2026-12-31;1000\n"
                + "Tuntematon alue;" + own + ";698|999;PREVENTION;2026-01-01;2026-12-31;-5\n";
        long before = plans.count("measure");
        importFile("rovaniemi", plan, "virheet.csv", csv.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(4))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("endDate"))
                .andExpect(jsonPath("$.errors[1].row").value(4))
                .andExpect(jsonPath("$.errors[1].column").value("startDate"))
                .andExpect(jsonPath("$.errors[*].column", hasItem("areaCodes")))
                .andExpect(jsonPath("$.errors[*].column", hasItem("plannedCost2026")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("Tuntematon aluekoodi: 999.")));
        assertThat(plans.count("measure")).isEqualTo(before);
    }

    @Test
    void aWrongColumnAWrongFileTypeAndATooLargeFileAreRefused() throws Exception {
        String plan = plans.programmeId(Plans.WELLBEING_PLAN);
        String own = plans.ownActor("rovaniemi");
        long before = plans.count("measure");
        importFile(
                        "rovaniemi",
                        plan,
                        "sarake.csv",
                        (HEADER + ";colour\nRivi;" + own + ";698;PREVENTION;;;;red\n").getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].column").value("colour"))
                .andExpect(jsonPath("$.errors[0].row").value(1));
        importFile("rovaniemi", plan, "puuttuu.csv", "title;areaCodes\nRivi;698\n".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].column", hasItem("responsibleActorId")));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0, 1, 2, 3
        };
        importFile("rovaniemi", plan, "kuva.csv", png).andExpect(status().isUnsupportedMediaType());
        byte[] large = new byte[26 * 1024 * 1024];
        java.util.Arrays.fill(large, (byte) 'a');
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/measures/import")
                        .param("programmeId", plan)
                        .contentType("text/csv")
                        .content(large)
                        .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                        .with(httpBasic("rovaniemi", "demo")))
                .andExpect(status().isPayloadTooLarge());
        assertThat(plans.count("measure")).isEqualTo(before);
    }

    @Test
    void aRawCsvBodyIsImportedWithADecimalCommaAndFinnishDates() throws Exception {
        String plan = plans.programme("rovaniemi", "SECTOR_PLAN", "698", null);
        String own = plans.ownActor("rovaniemi");
        String csv = "\uFEFF" + HEADER + ";code;themes\n" + "Kylätalon sammutinhuolto;" + own
                + ";698;EVERYDAY_SAFETY;1.3.2026;30.9.2026;1 250,50;K-1;FIRE_SAFETY|VILLAGE_SAFETY\n";
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/measures/import")
                        .param("programmeId", plan)
                        .contentType("text/csv")
                        .content(csv.getBytes(StandardCharsets.UTF_8))
                        .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                        .with(httpBasic("rovaniemi", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(1));
        var m = plans.read(plans.body("rovaniemi", "/api/v1/measures?programme=" + plan))
                .get("content")
                .get(0);
        assertThat(m.get("code").asString()).isEqualTo("K-1");
        assertThat(m.get("startDate").asString()).isEqualTo("2026-03-01");
        assertThat(m.get("costs").get(0).get("planned").decimalValue()).isEqualByComparingTo("1250.50");
        assertThat(m.get("themes").toString()).contains("FIRE_SAFETY").contains("VILLAGE_SAFETY");
        // importing the same code again is refused, with the row and column
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/measures/import")
                        .param("programmeId", plan)
                        .contentType("text/csv")
                        .content(csv.getBytes(StandardCharsets.UTF_8))
                        .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                        .with(httpBasic("rovaniemi", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("code"));
    }

    @Test
    void importedMeasuresKeepTheirReferencesAsTheForeignKeysWould() throws Exception {
        String actor = actors.createAs(
                        new CreateActor(
                                Api.unique("Tuontiyhdistys ry"),
                                null,
                                "NGO",
                                "LOCAL",
                                null,
                                null,
                                "698",
                                null,
                                null,
                                null,
                                null,
                                null),
                        "ACTIVE")
                .id();
        String plan = plans.programme("coordinator", "ACTION_LIST", "19", null);
        String csv = HEADER + "\nKyläturvallisuusilta;" + actor + ";698;PREVENTION;2026-01-01;2026-12-31;500\n";
        importFile("coordinator", plan, "viite.csv", csv.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isOk());
        // the actor is in use: it cannot be deleted, and the measure stays
        mvc.perform(fi.turvaverkko.support.Api.delete("coordinator", "/api/v1/actors/" + actor))
                .andExpect(status().isConflict());
        assertThat(plans.read(plans.body("coordinator", "/api/v1/measures?programme=" + plan))
                        .get("page")
                        .get("totalElements")
                        .asInt())
                .isEqualTo(1);
        // deleting the draft programme takes its measures with it
        mvc.perform(fi.turvaverkko.support.Api.delete("coordinator", "/api/v1/programmes/" + plan))
                .andExpect(status().isNoContent());
        assertThat(jdbc.sql("SELECT count(*) FROM planning.measure WHERE programme_id = ?")
                        .param(Long.valueOf(plan))
                        .query(Long.class)
                        .single())
                .isZero();
        // an actor that does not exist is refused before anything is written
        importFile(
                        "coordinator",
                        plans.programme("coordinator", "ACTION_LIST", "19", null),
                        "puuttuu.csv",
                        (HEADER + "\nOlematon;987654321;698;PREVENTION;;;\n").getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].column").value("responsibleActorId"));
    }

    @Test
    void onlyTheProgrammesEditorsImportAndTheTemplateIsThere() throws Exception {
        String plan = plans.programmeId(Plans.WELLBEING_PLAN);
        importFile("yritys", plan, "t.csv", (HEADER + "\nX;1;698;PREVENTION;;;\n").getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isForbidden());
        importFile(
                        "coordinator",
                        plan,
                        "t.csv",
                        (HEADER + "\nX;1;698;PREVENTION;;;\n").getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isForbidden());
        String template = mvc.perform(get("rovaniemi", "/api/v1/measures/import/template?format=csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(template).contains("responsibleActorId").contains("plannedCost");
        mvc.perform(get("rovaniemi", "/api/v1/measures/import/template?format=pdf"))
                .andExpect(status().isBadRequest());
    }

    @Autowired
    fi.turvaverkko.planning.domain.MeasureRepository measureRepository;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    /**
     * Issue 9: an import of 100,000 measures hung for good when the area directory's snapshot
     * expired during its COPY: the ancestry lookup of the next row queried on the connection the COPY
     * held, and each waited for the other. The rows' scopes are now looked up before the COPY starts.
     * (Areas are no longer cached: outside a web request every lookup is a query, so any lookup
     * during the COPY would hang this test.)
     */
    @Test
    void theCopyOfAnImportLooksNothingUpWhileItRuns() {
        long programme = jdbc.sql("SELECT min(id) FROM planning.programme")
                .query(Long.class)
                .single();
        long actor = jdbc.sql("SELECT id FROM network.actor WHERE name = 'Lapin pelastuslaitos'")
                .query(Long.class)
                .single();
        long salla = jdbc.sql("SELECT id FROM network.area WHERE code = '732'")
                .query(Long.class)
                .single();
        var row = new fi.turvaverkko.planning.domain.MeasureRow(
                programme,
                null,
                "Kopioitu toimenpide",
                null,
                null,
                null,
                actor,
                List.of(),
                List.of(salla),
                List.of(),
                List.of("FIRE"),
                "PREVENTION",
                List.of(),
                java.time.LocalDate.of(2026, 1, 1),
                java.time.LocalDate.of(2026, 12, 31),
                "PLANNED",
                0,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of());
        var rolledBack = new org.springframework.transaction.support.TransactionTemplate(transactions);
        Long written = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(60),
                () -> rolledBack.execute(tx -> {
                    List<Long> ids = measureRepository.reserveIds(1);
                    // outside a web request every area lookup is a query: one during the COPY would hang
                    measureRepository.copyIn(ids, List.of(row));
                    tx.setRollbackOnly();
                    return jdbc.sql("SELECT count(*) FROM planning.measure WHERE id = ? AND ? = ANY(scope_area_ids)")
                            .param(ids.get(0))
                            .param(salla)
                            .query(Long.class)
                            .single();
                }));
        assertThat(written).isEqualTo(1L);
    }
}
