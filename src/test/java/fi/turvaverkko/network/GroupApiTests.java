package fi.turvaverkko.network;

import static fi.turvaverkko.support.Api.actorId;
import static fi.turvaverkko.support.Api.get;
import static fi.turvaverkko.support.Api.groupId;
import static fi.turvaverkko.support.Api.post;
import static fi.turvaverkko.support.Api.put;
import static fi.turvaverkko.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Groups, their "reports to" chain and meetings through the API. */
@IntegrationTest
class GroupApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    String createGroup(String name, String reportsTo) throws Exception {
        String owner = actorId(jdbc, "Lupa- ja valvontavirasto");
        String body = """
                {"name": "%s", "kind": "COOPERATION_GROUP", "ownerActorId": "%s", "areaCode": "19"%s}
                """.formatted(name, owner, reportsTo == null ? "" : ", \"reportsToId\": \"" + reportsTo + "\"");
        String created = mvc.perform(post("coordinator", "/api/v1/groups", body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(created).get("id").asString();
    }

    @Test
    void aGroupCannotReportToItselfDirectlyOrThroughOthers() throws Exception {
        String a = createGroup(unique("Ryhmä A"), null);
        String b = createGroup(unique("Ryhmä B"), a);
        String c = createGroup(unique("Ryhmä C"), b);

        String selfBody = mvc.perform(get("coordinator", "/api/v1/groups/" + a))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replace("\"reportsToId\":null", "\"reportsToId\":\"" + a + "\"");
        mvc.perform(put("coordinator", "/api/v1/groups/" + a, selfBody))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reportsToId"))
                .andExpect(jsonPath("$.detail").value(containsString("ei voi raportoida itselleen")));

        String loopBody = mvc.perform(get("coordinator", "/api/v1/groups/" + a))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replace("\"reportsToId\":null", "\"reportsToId\":\"" + c + "\"");
        mvc.perform(put("coordinator", "/api/v1/groups/" + a, loopBody)).andExpect(status().isBadRequest());
        String stored = jdbc.sql("SELECT coalesce(reports_to_id::text, '') FROM network.cooperation_group WHERE id = ?")
                .param(Long.valueOf(a))
                .query(String.class)
                .single();
        assertThat(stored).isEmpty();
    }

    @Test
    void aMeetingsMinutesFollowTheirLifecycle() throws Exception {
        String group = groupId(jdbc, "Lapin valmiustoimikunta");
        String created = mvc.perform(post("coordinator", "/api/v1/meetings", """
                        {"groupId": "%s", "title": "Kokous 2/2027", "startsAt": "2027-03-10T09:00:00+02:00",
                         "endsAt": "2027-03-10T11:00:00+02:00", "place": "Rovaniemi, Valtion virastotalo"}
                        """.formatted(group)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = json.readTree(created).get("id").asString();
        // minutes cannot be approved before the meeting is held, nor published before approval
        mvc.perform(post("coordinator", "/api/v1/meetings/" + id + "/approve", ""))
                .andExpect(status().isConflict());
        mvc.perform(post("coordinator", "/api/v1/meetings/" + id + "/items", "{\"title\": \"Kokouksen avaus\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(1));
        mvc.perform(post("coordinator", "/api/v1/meetings/" + id + "/held", "")).andExpect(status().isOk());
        // an item without a decision keeps the minutes from being approved
        mvc.perform(post("coordinator", "/api/v1/meetings/" + id + "/approve", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("puuttuu päätös")));
        String item = jdbc.sql("SELECT id::text FROM network.meeting_item WHERE meeting_id = ?")
                .param(Long.valueOf(id))
                .query(String.class)
                .single();
        mvc.perform(
                        put(
                                "coordinator",
                                "/api/v1/meetings/" + id + "/items/" + item,
                                "{\"number\": 1, \"title\": \"Kokouksen avaus\", \"decision\": \"Puheenjohtaja avasi kokouksen.\", \"version\": 0}"))
                .andExpect(status().isOk());
        mvc.perform(post("coordinator", "/api/v1/meetings/" + id + "/approve", ""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.approvedBy").value("coordinator"));
        // approved minutes are locked
        mvc.perform(post("coordinator", "/api/v1/meetings/" + id + "/items", "{\"title\": \"Myöhästynyt\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("coordinator", "/api/v1/meetings/" + id + "/publish", ""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
    }

    @Test
    void aGroupsMeetingsAreAnICalendarFeed() throws Exception {
        String group = groupId(jdbc, "Lapin hyvinvointi- ja turvallisuustyöryhmä");
        mvc.perform(get("spr", "/api/v1/groups/" + group + "/meetings.ics").accept("text/calendar"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("BEGIN:VCALENDAR")))
                .andExpect(content().string(containsString("BEGIN:VEVENT")))
                .andExpect(content().string(containsString("UID:meeting-")));
    }
}
