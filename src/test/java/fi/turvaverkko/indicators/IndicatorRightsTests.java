package fi.turvaverkko.indicators;

import static fi.turvaverkko.support.Api.delete;
import static fi.turvaverkko.support.Api.get;
import static fi.turvaverkko.support.Api.post;
import static fi.turvaverkko.support.Api.put;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may do what with indicators, each rule tried by someone who must not pass: anonymous
 * callers reach nothing; every member reads; only admins and coordinators keep definitions; only
 * the coordinator of an area's region (and admins) write its values, targets and imports.
 */
@IntegrationTest
class IndicatorRightsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    String anyValueId() {
        return jdbc.sql("""
                        SELECT v.id::text FROM indicators.indicator_value v JOIN network.area a ON a.id = v.area_id
                        WHERE a.code = '698' LIMIT 1""").query(String.class).single();
    }

    String drugOffences() {
        return jdbc.sql("SELECT id::text FROM indicators.indicator WHERE code = 'DRUG_OFFENCES'")
                .query(String.class)
                .single();
    }

    @Test
    void anonymousCallersReachNoIndicatorData() throws Exception {
        for (String path : new String[] {
            "/api/v1/indicators",
            "/api/v1/indicators/" + drugOffences(),
            "/api/v1/indicator-values",
            "/api/v1/indicator-values/" + anyValueId(),
            "/api/v1/indicator-values/export",
            "/api/v1/indicators/import/template"
        }) {
            mvc.perform(get(null, path)).andExpect(status().isUnauthorized());
        }
        mvc.perform(MockMvcRequestBuilders.get("/indicators/DRUG_OFFENCES"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
    }

    @Test
    void anonymousCallersReadOnlyPublicIndicatorsAsOpenData() throws Exception {
        String hidden = IndicatorApiTests.code("HID");
        mvc.perform(post(
                        "coordinator",
                        "/api/v1/indicators",
                        IndicatorApiTests.definition(hidden, "PER_1000")
                                .replace("\"decimals\": 1", "\"decimals\": 1, \"publicData\": false")))
                .andExpect(status().isCreated());
        mvc.perform(post(
                        "coordinator",
                        "/api/v1/indicator-values",
                        "{\"indicatorCode\": \"" + hidden
                                + "\", \"areaCode\": \"698\", \"year\": 2020, \"value\": 77.7}"))
                .andExpect(status().isCreated());
        String list = mvc.perform(get(null, "/api/v1/public/indicators?size=1000"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        org.assertj.core.api.Assertions.assertThat(list)
                .contains("DRUG_OFFENCES")
                .doesNotContain(hidden);
        String csv = mvc.perform(get(null, "/api/v1/public/indicator-values?within=19&year=2020"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(csv)
                .contains("DRUG_OFFENCES;698;2020;")
                .doesNotContain(hidden);
        // a non-public indicator is as unknown as one that does not exist
        mvc.perform(get(null, "/api/v1/public/indicator-values?indicator=" + hidden))
                .andExpect(status().isBadRequest());
        mvc.perform(get(null, "/api/v1/public/indicator-values?indicator=NO_SUCH_INDICATOR"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void everyMemberReadsButOnlyAdminsAndCoordinatorsKeepDefinitions() throws Exception {
        for (String user : new String[] {"rovaniemi", "pelastus", "spr", "yritys", "admin"}) {
            mvc.perform(get(user, "/api/v1/indicators/" + drugOffences())).andExpect(status().isOk());
        }
        for (String user : new String[] {"rovaniemi", "pelastus", "spr", "yritys"}) {
            mvc.perform(post(
                            user,
                            "/api/v1/indicators",
                            IndicatorApiTests.definition(IndicatorApiTests.code("NO"), "PER_1000")))
                    .andExpect(status().isForbidden());
        }
        String body = mvc.perform(get("spr", "/api/v1/indicators/" + drugOffences()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(put("spr", "/api/v1/indicators/" + drugOffences(), body)).andExpect(status().isForbidden());
        mvc.perform(put("rovaniemi", "/api/v1/indicators/" + drugOffences(), body))
                .andExpect(status().isForbidden());
        mvc.perform(delete("pelastus", "/api/v1/indicators/" + drugOffences())).andExpect(status().isForbidden());
        mvc.perform(post(
                        "admin",
                        "/api/v1/indicators",
                        IndicatorApiTests.definition(IndicatorApiTests.code("ADM"), "PER_1000")))
                .andExpect(status().isCreated());
        // an indicator with values is not deleted, not even by the coordinator
        mvc.perform(delete("coordinator", "/api/v1/indicators/" + drugOffences()))
                .andExpect(status().isConflict());
    }

    String ownIndicator() throws Exception {
        String code = IndicatorApiTests.code("RGT");
        mvc.perform(post("coordinator", "/api/v1/indicators", IndicatorApiTests.definition(code, "PER_1000")))
                .andExpect(status().isCreated());
        return code;
    }

    @Test
    void onlyTheRegionsCoordinatorWritesItsValues() throws Exception {
        String value = "{\"indicatorCode\": \"" + ownIndicator()
                + "\", \"areaCode\": \"698\", \"year\": 2005, \"value\": 1.5}";
        // the municipality itself, the rescue department and an NGO read but do not write
        for (String user : new String[] {"rovaniemi", "pelastus", "spr", "yritys"}) {
            mvc.perform(post(user, "/api/v1/indicator-values", value)).andExpect(status().isForbidden());
        }
        String id = anyValueId();
        String stored = mvc.perform(get("yritys", "/api/v1/indicator-values/" + id))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(put("rovaniemi", "/api/v1/indicator-values/" + id, stored)).andExpect(status().isForbidden());
        mvc.perform(delete("spr", "/api/v1/indicator-values/" + id)).andExpect(status().isForbidden());
        // the coordinator of Lapland does not write in another region
        String otherRegion = jdbc.sql("SELECT code FROM network.area WHERE type = 'REGION' AND code <> '19' LIMIT 1")
                .query(String.class)
                .optional()
                .orElse(null);
        if (otherRegion != null) {
            mvc.perform(post(
                            "coordinator",
                            "/api/v1/indicator-values",
                            value.replace("\"698\"", "\"" + otherRegion + "\"")))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("coordinator", "/api/v1/indicator-values", value)).andExpect(status().isCreated());
        mvc.perform(post("admin", "/api/v1/indicator-values", value.replace("2005", "2004")))
                .andExpect(status().isCreated());
    }

    @Test
    void onlyTheCoordinatorImportsAndSetsTargets() throws Exception {
        String csv = "indicator_code;area_code;year;value\n" + ownIndicator() + ";698;2003;1\n";
        for (String user : new String[] {"rovaniemi", "spr", "yritys"}) {
            mvc.perform(multipart("/api/v1/indicators/import")
                            .file(new MockMultipartFile(
                                    "file", "a.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                            .accept(MediaType.APPLICATION_PROBLEM_JSON)
                            .with(httpBasic(user, "demo")))
                    .andExpect(status().isForbidden());
        }
        String target = "{\"areaCode\": \"698\", \"year\": " + (2030 + System.nanoTime() % 60)
                + ", \"value\": 2, \"goalId\": \"" + IndicatorApiTests.goal(jdbc) + "\"}";
        mvc.perform(post("rovaniemi", "/api/v1/indicators/" + drugOffences() + "/targets", target))
                .andExpect(status().isForbidden());
        mvc.perform(post("spr", "/api/v1/indicators/" + drugOffences() + "/measures", "{\"measureId\": \"3\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("coordinator", "/api/v1/indicators/" + drugOffences() + "/targets", target))
                .andExpect(status().isCreated());
    }
}
