package fi.turvaverkko.planning;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.Api;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test data of the planning tests, made through the API as a given user, and lookups of the demo
 * data by name. Every test makes what it changes, with names no other test uses.
 */
final class Plans {

    static final String REGIONAL_PROGRAMME = "Lapin alueellinen sisäisen turvallisuuden ohjelma 2026–2029";
    static final String ACTION_LIST = "Lapin toimenpidelista 2026–2028";
    static final String WELLBEING_PLAN = "Rovaniemen hyvinvointisuunnitelma 2025–2029";
    static final String SAFETY_PLAN = "Rovaniemen turvallisuussuunnitelma 2025–2028";
    static final String PREPAREDNESS_PLAN = "Rovaniemen kaupungin valmiussuunnitelma";
    static final String NATIONAL_STRATEGY = "Sisäisen turvallisuuden strategia";

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    Plans(MockMvc mvc, JdbcClient jdbc, JsonMapper json) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.json = json;
    }

    String programmeId(String name) {
        return jdbc.sql("SELECT id::text FROM planning.programme WHERE name = ?")
                .param(name)
                .query(String.class)
                .single();
    }

    String goalId(String programmeName, String code) {
        return jdbc.sql("""
                        SELECT g.id::text FROM planning.goal g JOIN planning.programme p ON p.id = g.programme_id
                         WHERE p.name = ? AND g.code = ?""").params(programmeName, code).query(String.class).single();
    }

    String measureId(String programmeName, String code) {
        return jdbc.sql("""
                        SELECT m.id::text FROM planning.measure m JOIN planning.programme p ON p.id = m.programme_id
                         WHERE p.name = ? AND m.code = ?""").params(programmeName, code).query(String.class).single();
    }

    long count(String table) {
        return jdbc.sql("SELECT count(*) FROM planning." + table)
                .query(Long.class)
                .single();
    }

    JsonNode read(String body) {
        return json.readTree(body);
    }

    String body(String user, String path) throws Exception {
        return mvc.perform(Api.get(user, path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** A new draft programme; answers its id. */
    String programme(String user, String kind, String areaCode, String extra) throws Exception {
        String body = """
                {"kind": "%s", "name": "%s", "areaCode": "%s", "ownerActorId": "%s", "periodStart": "2026-01-01",
                 "periodEnd": "2028-12-31"%s}""".formatted(
                        kind, Api.unique("Testiohjelma"), areaCode, ownActor(user), extra == null ? "" : ", " + extra);
        return created(user, "/api/v1/programmes", body);
    }

    /** A goal of a programme; answers its id. */
    String goal(String user, String programmeId, String code, String title) throws Exception {
        return created(user, "/api/v1/goals", """
                {"programmeId": "%s", "code": "%s", "title": "%s"}""".formatted(programmeId, code, title));
    }

    /** A measure with one year of planned cost; answers its id. */
    String measure(String user, String programmeId, String responsibleActorId, String areaCode) throws Exception {
        return created(
                user,
                "/api/v1/measures",
                measureJson(programmeId, responsibleActorId, areaCode, Api.unique("Testitoimenpide")));
    }

    static String measureJson(String programmeId, String responsibleActorId, String areaCode, String title) {
        return """
                {"programmeId": "%s", "title": "%s", "responsibleActorId": "%s", "areaCodes": ["%s"],
                 "themes": ["VILLAGE_SAFETY"], "targetGroups": ["VILLAGES"], "emphasis": "PREVENTION",
                 "startDate": "2026-03-01", "endDate": "2026-10-31",
                 "costs": [{"year": 2026, "planned": 1200.50}]}""".formatted(programmeId, title, responsibleActorId, areaCode);
    }

    String created(String user, String path, String body) throws Exception {
        String response = mvc.perform(Api.post(user, path, body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(response).get("id").asString();
    }

    /** The actor a demo user acts for. */
    String ownActor(String user) {
        return switch (user) {
            case "coordinator" -> Api.actorId(jdbc, "Lupa- ja valvontavirasto");
            case "rovaniemi" -> Api.actorId(jdbc, "Rovaniemen kaupunki");
            case "pelastus" -> Api.actorId(jdbc, "Lapin pelastuslaitos");
            case "spr" -> Api.actorId(jdbc, "Suomen Punainen Risti, Lapin piiri");
            case "yritys" -> Api.actorId(jdbc, "Ounaskosken Konepalvelu Oy");
            default -> Api.actorId(jdbc, "Lupa- ja valvontavirasto");
        };
    }
}
