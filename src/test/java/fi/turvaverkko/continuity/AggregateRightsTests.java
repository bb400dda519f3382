package fi.turvaverkko.continuity;

import static fi.turvaverkko.support.Api.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.continuity.domain.AssessmentService;
import fi.turvaverkko.continuity.domain.QuestionnaireService;
import fi.turvaverkko.identity.Role;
import fi.turvaverkko.identity.UserManagement;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The region's aggregates try hard to say nothing about fewer than three respondents: each test
 * builds a region of its own, fills it with few answers, and then asks for ever smaller groups, by
 * every parameter, and checks that no published figure and no difference of published figures rests
 * on fewer than three.
 */
@IntegrationTest
class AggregateRightsTests {

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

    @Autowired
    AssessmentService assessments;

    @Autowired
    QuestionnaireService questionnaires;

    TestRegion region;

    @BeforeEach
    void region() {
        region = new TestRegion(jdbc, areas, actors, users, assessments, questionnaires);
    }

    JsonNode aggregates(String user, String query) throws Exception {
        String body = mvc.perform(get(user, "/api/v1/continuity/aggregates?region=" + region.code + query))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode view = json.readTree(body);
        assertNothingRestsOnFewerThanThree(view);
        return view;
    }

    static JsonNode cell(JsonNode view, String subregion, String sector) {
        for (JsonNode c : view.get("cells")) {
            boolean s = subregion == null
                    ? c.get("subregionCode").isNull()
                    : subregion.equals(c.get("subregionCode").asString());
            boolean t = sector == null
                    ? c.get("sector").isNull()
                    : sector.equals(c.get("sector").asString());
            if (s && t) {
                return c;
            }
        }
        return null;
    }

    /**
     * Checks the published table the way an outsider could: no published count between one and two,
     * and no row or column (with its total) from which a count between one and two, or a lone
     * withheld cell, could be worked out by subtraction.
     */
    static void assertNothingRestsOnFewerThanThree(JsonNode view) {
        List<String> rows = new ArrayList<>();
        view.get("subregions").forEach(h -> rows.add(h.get("code").asString()));
        rows.add(null);
        List<String> cols = new ArrayList<>();
        view.get("sectors").forEach(h -> cols.add(h.get("code").asString()));
        cols.add(null);
        Map<String, JsonNode> cells = new HashMap<>();
        for (JsonNode c : view.get("cells")) {
            String key = (c.get("subregionCode").isNull()
                            ? "*"
                            : c.get("subregionCode").asString()) + "|"
                    + (c.get("sector").isNull() ? "*" : c.get("sector").asString());
            cells.put(key, c);
            if (!c.get("suppressed").asBoolean()) {
                int n = c.get("respondents").asInt();
                assertThat(n == 0 || n >= 3)
                        .as("published cell %s has %s respondents", key, n)
                        .isTrue();
            } else {
                assertThat(c.get("respondents").isNull()).isTrue();
                assertThat(c.get("overall").isNull()).isTrue();
            }
        }
        List<List<String>> lines = new ArrayList<>();
        for (String r : rows) {
            List<String> line = new ArrayList<>();
            for (String c : cols) {
                line.add((r == null ? "*" : r) + "|" + (c == null ? "*" : c));
            }
            lines.add(line);
        }
        for (String c : cols) {
            List<String> line = new ArrayList<>();
            for (String r : rows) {
                line.add((r == null ? "*" : r) + "|" + (c == null ? "*" : c));
            }
            lines.add(line);
        }
        for (List<String> line : lines) {
            if (line.stream().anyMatch(k -> !cells.containsKey(k))) {
                continue; // a narrowed answer: only whole tables can be checked
            }
            List<String> withheld = line.stream()
                    .filter(k -> cells.get(k).get("suppressed").asBoolean())
                    .toList();
            assertThat(withheld.size()).as("lone withheld cell in %s", line).isNotEqualTo(1);
            JsonNode total = cells.get(line.get(line.size() - 1));
            if (!withheld.isEmpty() && !total.get("suppressed").asBoolean()) {
                int published = 0;
                for (String k : line.subList(0, line.size() - 1)) {
                    if (!cells.get(k).get("suppressed").asBoolean()) {
                        published += cells.get(k).get("respondents").asInt();
                    }
                }
                int hidden = total.get("respondents").asInt() - published;
                assertThat(hidden == 0 || hidden >= 3)
                        .as("withheld cells of %s together hold %s respondents", line, hidden)
                        .isTrue();
            }
        }
    }

    @Test
    void theCoordinatorSeesAGroupOnlyOnceThreeHaveAnswered() throws Exception {
        String[] first = region.business(region.mun1);
        String[] second = region.business(region.mun1);
        String[] third = region.business(region.mun1);
        region.answered(first[0], "BCM", 1);
        JsonNode one = aggregates(region.coordinator, "");
        assertThat(cell(one, region.sub1, "BUSINESS").get("suppressed").asBoolean())
                .isTrue();
        assertThat(cell(one, null, null).get("suppressed").asBoolean()).isTrue();

        region.answered(second[0], "BCM", 3);
        JsonNode two = aggregates(region.coordinator, "");
        assertThat(cell(two, region.sub1, "BUSINESS").get("suppressed").asBoolean())
                .isTrue();
        assertThat(cell(two, null, "BUSINESS").get("suppressed").asBoolean()).isTrue();

        region.answered(third[0], "BCM", 2);
        JsonNode three = aggregates(region.coordinator, "");
        JsonNode c = cell(three, region.sub1, "BUSINESS");
        assertThat(c.get("suppressed").asBoolean()).isFalse();
        assertThat(c.get("respondents").asInt()).isEqualTo(3);
        assertThat(c.get("overall").decimalValue()).isEqualByComparingTo("2.0");
        assertThat(c.get("sections").get("LEADERSHIP").decimalValue()).isEqualByComparingTo("2.0");
        assertThat(cell(three, region.sub2, "BUSINESS").get("respondents").asInt())
                .isZero();
    }

    @Test
    void aSmallGroupCannotBeFoundAsTheDifferenceOfLargerOnes() throws Exception {
        // three in the first sub-region, one in the second: the region's total less the first
        // sub-region would give the lone one away, so something more must be withheld
        for (int i = 0; i < 3; i++) {
            region.answered(region.business(region.mun1)[0], "BCM", 2);
        }
        region.answered(region.business(region.mun2)[0], "BCM", 0);
        JsonNode view = aggregates(region.coordinator, "");
        assertThat(cell(view, region.sub2, "BUSINESS").get("suppressed").asBoolean())
                .isTrue();
        boolean totalShown = !cell(view, null, "BUSINESS").get("suppressed").asBoolean();
        boolean firstShown =
                !cell(view, region.sub1, "BUSINESS").get("suppressed").asBoolean();
        assertThat(totalShown && firstShown)
                .as("total and first sub-region both published")
                .isFalse();

        // asking for ever smaller groups: each narrowed answer is a piece of the same protected table
        for (String query : new String[] {
            "&sector=BUSINESS",
            "&subregion=" + region.sub2,
            "&subregion=" + region.sub2 + "&sector=BUSINESS",
            "&subregion=" + region.sub1 + "&sector=BUSINESS",
            "&subregion=ALL&sector=BUSINESS",
            "&sector=ALL"
        }) {
            JsonNode narrowed = aggregates(region.coordinator, query);
            for (JsonNode c : narrowed.get("cells")) {
                JsonNode whole = cell(
                        view,
                        c.get("subregionCode").isNull()
                                ? null
                                : c.get("subregionCode").asString(),
                        c.get("sector").isNull() ? null : c.get("sector").asString());
                assertThat(c.toString()).as(query).isEqualTo(whole.toString());
            }
        }
        // no finer groups exist: a municipality, an actor, a date or anything else is refused
        for (String query : new String[] {
            "&area=" + region.mun2,
            "&municipality=" + region.mun2,
            "&subregion=" + region.mun2,
            "&actorId=1",
            "&since=2026-01-01",
            "&sector=NOT_A_SECTOR",
            "&questionnaire=NOPE"
        }) {
            mvc.perform(get(region.coordinator, "/api/v1/continuity/aggregates?region=" + region.code + query))
                    .andExpect(status().isBadRequest());
        }
    }

    @Test
    void aViewerWhoAnsweredDoesNotCountTowardsTheThree() throws Exception {
        // a municipality (an authority) and two NGOs answer the light version in the same sub-region
        String municipality = region.actor("Testikunta", "MUNICIPALITY", region.mun1);
        String mayor = region.user("tm" + Long.toString(System.nanoTime(), 36), Role.MEMBER, municipality);
        region.answered(municipality, "BCM_LIGHT", 2);
        region.answered(region.actor("Kyläyhdistys ry", "NGO", region.mun1), "BCM_LIGHT", 1);
        region.answered(region.actor("Nuorisoseura ry", "NGO", region.mun1), "BCM_LIGHT", 3);
        JsonNode coordinators = aggregates(region.coordinator, "&questionnaire=BCM_LIGHT");
        assertThat(cell(coordinators, region.sub1, null).get("respondents").asInt())
                .isEqualTo(3);
        // the municipality knows its own answers: the other two would stand alone
        JsonNode municipalitys = aggregates(mayor, "&questionnaire=BCM_LIGHT");
        assertThat(cell(municipalitys, region.sub1, null).get("suppressed").asBoolean())
                .isTrue();
        assertThat(cell(municipalitys, null, null).get("suppressed").asBoolean())
                .isTrue();
    }

    @Test
    void onlyTheRegionsCoordinatorAndAuthoritiesSeeItsAggregates() throws Exception {
        String[] business = region.business(region.mun1);
        region.answered(business[0], "BCM", 2);
        String query = "/api/v1/continuity/aggregates?region=" + region.code;
        mvc.perform(get(null, query)).andExpect(status().isUnauthorized());
        // a business of the region, another region's coordinator and users, the admin: no
        for (String user : new String[] {business[1], "coordinator", "rovaniemi", "yritys", "spr", "admin"}) {
            mvc.perform(get(user, query)).andExpect(status().isForbidden());
        }
        mvc.perform(get(region.coordinator, "/api/v1/continuity/aggregates?region=19"))
                .andExpect(status().isForbidden());
        mvc.perform(get(region.coordinator, "/api/v1/continuity/aggregates?region=" + region.sub1))
                .andExpect(status().isBadRequest());
        // the authority users of the region may
        String municipality = region.actor("Toinen testikunta", "MUNICIPALITY", region.mun2);
        String official = region.user("to" + Long.toString(System.nanoTime(), 36), Role.MEMBER, municipality);
        mvc.perform(get(official, query)).andExpect(status().isOk());
        mvc.perform(get(region.coordinator, query)).andExpect(status().isOk());
    }
}
