package fi.turvaverkko.indicators;

import static fi.turvaverkko.support.Api.delete;
import static fi.turvaverkko.support.Api.get;
import static fi.turvaverkko.support.Api.post;
import static fi.turvaverkko.support.Api.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.IntegrationTest;
import java.time.Year;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The indicator API of issue 4: definitions, values and targets, with every bad input of the issue
 * refused in the caller's language with nothing written.
 */
@IntegrationTest
class IndicatorApiTests {

    static final int THIS_YEAR = Year.now(ZoneId.of("Europe/Helsinki")).getValue();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    static String code(String prefix) {
        return prefix + "_" + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    static String definition(String code, String unit) {
        return """
                {"code": "%s", "name": "Testi-indikaattori %s", "nameSv": "Testindikator", "unit": "%s",
                 "source": "SOTKANET", "polarity": "HIGHER_IS_WORSE", "kind": "LEADING", "decimals": 1}""".formatted(code, code, unit);
    }

    JsonNode created(String user, String path, String body) throws Exception {
        return json.readTree(mvc.perform(post(user, path, body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void theDemoHasTheTenLaplandIndicatorsWithTenYearsForTheMunicipalities() throws Exception {
        mvc.perform(get("rovaniemi", "/api/v1/indicators?q=Katuturvallisuus"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].code").value("STREET_SAFETY_INDEX"))
                .andExpect(jsonPath("$.content[0].polarity").value("HIGHER_IS_BETTER"));
        for (String code : new String[] {
            "CRIMES_LIFE_HEALTH",
            "STREET_SAFETY_INDEX",
            "ROAD_INJURED",
            "DRUG_OFFENCES",
            "HOME_LEISURE_ACCIDENT_STAYS",
            "FAMILIES_SOCIAL_ASSISTANCE",
            "CHILDREN_PLACED",
            "YOUTH_OUTSIDE_EDUCATION",
            "ELDERLY_LIVING_ALONE",
            "DRINK_DRIVING"
        }) {
            Long areas =
                    jdbc.sql("""
                            SELECT count(DISTINCT v.area_id) FROM indicators.indicator_value v
                              JOIN indicators.indicator i ON i.id = v.indicator_id
                              JOIN network.area a ON a.id = v.area_id
                             WHERE i.code = ? AND a.type = 'MUNICIPALITY' AND a.path LIKE '/FI/19/%' AND v.year >= ?""").params(code, THIS_YEAR - 10).query(Long.class).single();
            Long years =
                    jdbc.sql("""
                            SELECT count(DISTINCT v.year) FROM indicators.indicator_value v
                              JOIN indicators.indicator i ON i.id = v.indicator_id WHERE i.code = ? AND v.year >= ?""").params(code, THIS_YEAR - 10).query(Long.class).single();
            assertThat(areas).as(code).isEqualTo(21);
            assertThat(years).as(code).isEqualTo(10);
        }
        mvc.perform(get("spr", "/api/v1/indicator-values?indicator=DRUG_OFFENCES&area=698&sort=year,desc&size=2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].year").value(THIS_YEAR - 1))
                .andExpect(jsonPath("$.content[0].areaCode").value("698"));
    }

    @Test
    void aDefinitionIsCreatedReadUpdatedAndDeleted() throws Exception {
        String code = code("API");
        JsonNode i = created("coordinator", "/api/v1/indicators", definition(code, "PER_1000"));
        String id = i.get("id").asString();
        assertThat(i.get("nameSv").asString()).isEqualTo("Testindikator");
        String body = mvc.perform(get("coordinator", "/api/v1/indicators/" + id))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replace("\"decimals\":1", "\"decimals\":2");
        mvc.perform(put("coordinator", "/api/v1/indicators/" + id, body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decimals").value(2))
                .andExpect(jsonPath("$.version").value(1));
        // the same body again is stale: 409 with the current state
        mvc.perform(put("coordinator", "/api/v1/indicators/" + id, body)).andExpect(status().isConflict());
        mvc.perform(delete("coordinator", "/api/v1/indicators/" + id)).andExpect(status().isNoContent());
        mvc.perform(get("coordinator", "/api/v1/indicators/" + id)).andExpect(status().isNotFound());
    }

    @Test
    void badDefinitionsAreRefusedWithTranslatedMessages() throws Exception {
        mvc.perform(post(
                                "coordinator",
                                "/api/v1/indicators",
                                "{\"code\": \"bad code\", \"name\": \"\", \"unit\": \"FURLONGS\", \"source\": \"SOTKANET\","
                                        + " \"polarity\": \"UP\", \"kind\": \"LEADING\"}")
                        .header("Accept-Language", "fi"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'code')].code").value("code"))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("Pakollinen tieto puuttuu."))
                .andExpect(jsonPath("$.errors[?(@.field == 'unit')].code").value("unknownCode"))
                .andExpect(jsonPath("$.errors[?(@.field == 'polarity')].code").value("polarity"));
        mvc.perform(post("coordinator", "/api/v1/indicators", definition("DRUG_OFFENCES", "PER_1000")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        mvc.perform(post("coordinator", "/api/v1/indicators", "{\"code\": \"X1\", \"colour\": \"red\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("colour"));
    }

    @Test
    void valuesAreWrittenAndEveryBadValueOfTheIssueIsRefused() throws Exception {
        String code = code("VAL");
        String id = created("coordinator", "/api/v1/indicators", definition(code, "PERCENT"))
                .get("id")
                .asString();
        String value = "{\"indicatorCode\": \"%s\", \"areaCode\": \"%s\", \"year\": %d, \"value\": %s}";
        JsonNode v = created("coordinator", "/api/v1/indicator-values", value.formatted(code, "698", 2022, "12.5"));
        assertThat(v.get("indicatorId").asString()).isEqualTo(id);
        assertThat(v.get("value").decimalValue()).isEqualByComparingTo("12.5");

        long before = count(id);
        // a duplicate for the same indicator, area and year
        mvc.perform(post("coordinator", "/api/v1/indicator-values", value.formatted(code, "698", 2022, "13")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].code").value("duplicate"));
        // a year in the future
        mvc.perform(post("coordinator", "/api/v1/indicator-values", value.formatted(code, "698", THIS_YEAR + 1, "13"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("The year " + (THIS_YEAR + 1)
                                + " is in the future. A measured value can be at most for the current year."));
        // an unknown indicator and an unknown area
        mvc.perform(post("coordinator", "/api/v1/indicator-values", value.formatted("NO_SUCH_THING", "999", 2022, "1")))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'indicatorCode')].code").value("unknownIndicator"))
                .andExpect(jsonPath("$.errors[?(@.field == 'areaCode')].code").value("unknownArea"));
        // a percentage over 100
        mvc.perform(post("coordinator", "/api/v1/indicator-values", value.formatted(code, "698", 2021, "101")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("percent"));
        assertThat(count(id)).isEqualTo(before);

        // an update may not collide with another year's value either
        created("coordinator", "/api/v1/indicator-values", value.formatted(code, "698", 2023, "11"));
        String stored = mvc.perform(get(
                        "coordinator", "/api/v1/indicator-values/" + v.get("id").asString()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(put(
                        "coordinator",
                        "/api/v1/indicator-values/" + v.get("id").asString(),
                        stored.replace("\"year\":2022", "\"year\":2023")))
                .andExpect(status().isConflict());
        mvc.perform(put(
                        "coordinator",
                        "/api/v1/indicator-values/" + v.get("id").asString(),
                        stored.replace("\"value\":12.5", "\"value\":12.7")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value(12.7));
    }

    @Test
    void valueListsFilterOnTheServer() throws Exception {
        mvc.perform(get("spr", "/api/v1/indicator-values?indicator=ROAD_INJURED&within=19&year=" + (THIS_YEAR - 1)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(22));
        mvc.perform(get("spr", "/api/v1/indicator-values?indicator=NOPE"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("indicator"));
        mvc.perform(get("spr", "/api/v1/indicator-values?size=1001")).andExpect(status().isBadRequest());
        mvc.perform(get("spr", "/api/v1/indicator-values?sort=colour,asc")).andExpect(status().isBadRequest());
    }

    static String goal(JdbcClient jdbc) {
        return jdbc.sql("""
                        SELECT g.id::text FROM planning.goal g JOIN planning.programme p ON p.id = g.programme_id
                        WHERE p.confidentiality = 'PUBLIC' ORDER BY g.id LIMIT 1""").query(String.class).single();
    }

    static String measure(JdbcClient jdbc) {
        return jdbc.sql("""
                        SELECT m.id::text FROM planning.measure m JOIN planning.programme p ON p.id = m.programme_id
                        WHERE p.confidentiality = 'PUBLIC' ORDER BY m.id LIMIT 1""").query(String.class).single();
    }

    @Test
    void targetsOnGoalsAndLinkedMeasures() throws Exception {
        String goal = goal(jdbc);
        String measure = measure(jdbc);
        String code = code("TGT");
        String id = created("coordinator", "/api/v1/indicators", definition(code, "PER_1000"))
                .get("id")
                .asString();
        JsonNode t = created(
                "coordinator",
                "/api/v1/indicators/" + id + "/targets",
                "{\"goalId\": \"" + goal
                        + "\", \"areaCode\": \"698\", \"year\": 2029, \"value\": 6.5, \"note\": \"Puolitetaan\"}");
        assertThat(t.get("goalId").asString()).isEqualTo(goal);
        mvc.perform(post(
                        "coordinator",
                        "/api/v1/indicators/" + id + "/targets",
                        "{\"goalId\": \"" + goal + "\", \"areaCode\": \"698\", \"year\": 2029, \"value\": 6}"))
                .andExpect(status().isConflict());
        mvc.perform(post(
                        "coordinator",
                        "/api/v1/indicators/" + id + "/targets",
                        "{\"goalId\": \"987654321\", \"areaCode\": \"698\", \"year\": 2030, \"value\": 6}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("unknownGoal"));
        String link = "{\"measureId\": \"" + measure + "\"}";
        mvc.perform(post("coordinator", "/api/v1/indicators/" + id + "/measures", link))
                .andExpect(status().isCreated());
        mvc.perform(post("coordinator", "/api/v1/indicators/" + id + "/measures", link))
                .andExpect(status().isConflict());
        mvc.perform(post("coordinator", "/api/v1/indicators/" + id + "/measures", "{\"measureId\": \"987654321\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("unknownMeasure"));
        mvc.perform(post("coordinator", "/api/v1/indicators/" + id + "/measures", "{\"measureId\": \"x7\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("rovaniemi", "/api/v1/indicators/" + id + "/measures"))
                .andExpect(jsonPath("$[0].measureId").value(measure));
        mvc.perform(delete("coordinator", "/api/v1/indicators/" + id + "/measures/" + measure))
                .andExpect(status().isNoContent());
        mvc.perform(get("rovaniemi", "/api/v1/indicators/" + id + "/targets"))
                .andExpect(jsonPath("$[0].areaCode").value("698"))
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void theTrendViewReadsTheDirectionWithThePolarity() throws Exception {
        String worse = code("TRW");
        String id = created("coordinator", "/api/v1/indicators", definition(worse, "PER_1000"))
                .get("id")
                .asString();
        String value = "{\"indicatorCode\": \"%s\", \"areaCode\": \"%s\", \"year\": %d, \"value\": %s}";
        created("coordinator", "/api/v1/indicator-values", value.formatted(worse, "240", 2019, "5.0"));
        created("coordinator", "/api/v1/indicator-values", value.formatted(worse, "240", 2021, "6.0"));
        created("coordinator", "/api/v1/indicator-values", value.formatted(worse, "851", 2021, "6.0"));
        created("coordinator", "/api/v1/indicator-values", value.formatted(worse, "851", 2022, "6.03"));
        created("coordinator", "/api/v1/indicator-values", value.formatted(worse, "732", 2022, "4.0"));
        var rows = jdbc.sql("""
                        SELECT a.code, t.latest_year, t.previous_value, t.direction
                        FROM indicators.v_indicator_trend t JOIN network.area a ON a.id = t.area_id
                        WHERE t.indicator_code = ? ORDER BY a.code""")
                .param(worse)
                .query((rs, n) -> rs.getString(1) + " " + rs.getInt(2) + " " + rs.getString(4))
                .list();
        // Kemi rose from 5 to 6 (worse), Tornio by 0.5 % (unchanged), Salla has one year only
        assertThat(rows).containsExactly("240 2021 WORSENING", "732 2022 UNKNOWN", "851 2022 UNCHANGED");
        assertThat(id).isNotBlank();
    }

    @Test
    void theValuesOfADeletedAreaGoWithIt() throws Exception {
        String areaCode =
                "T" + Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
        mvc.perform(post(
                        "coordinator",
                        "/api/v1/areas",
                        "{\"type\": \"MUNICIPALITY\", \"code\": \"" + areaCode
                                + "\", \"name\": \"Testikunta\", \"parentCode\": \"19\"}"))
                .andExpect(status().isCreated());
        String code = code("DEL");
        String id = created("coordinator", "/api/v1/indicators", definition(code, "PER_1000"))
                .get("id")
                .asString();
        created(
                "coordinator",
                "/api/v1/indicator-values",
                "{\"indicatorCode\": \"" + code + "\", \"areaCode\": \"" + areaCode
                        + "\", \"year\": 2020, \"value\": 1}");
        assertThat(count(id)).isEqualTo(1);
        String areaId = jdbc.sql("SELECT id::text FROM network.area WHERE code = ?")
                .param(areaCode)
                .query(String.class)
                .single();
        mvc.perform(delete("coordinator", "/api/v1/areas/" + areaId)).andExpect(status().isNoContent());
        // the indicators module hears of it after the deletion commits (AreaDeleted)
        long deadline = System.currentTimeMillis() + 20_000;
        while (count(id) > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(count(id)).isZero();
    }

    long count(String indicatorId) {
        return jdbc.sql("SELECT count(*) FROM indicators.indicator_value WHERE indicator_id = ?")
                .param(Long.valueOf(indicatorId))
                .query(Long.class)
                .single();
    }
}
