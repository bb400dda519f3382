package fi.turvaverkko.network;

import static fi.turvaverkko.support.Api.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.identity.domain.UserDetailsLoader;
import fi.turvaverkko.support.Api;
import fi.turvaverkko.support.IntegrationTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * An organisation that has registered but is not yet confirmed and approved is not part of the
 * network: to everyone but the coordinator of its region it does not exist — not as an item, not in
 * a list, not in a count, not in a search.
 */
@IntegrationTest
class PendingActorTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsLoader users;

    /** Registers an NGO in Rovaniemi as an anonymous visitor would, and answers its actor's id. */
    String pendingActor(String name) throws Exception {
        String username = ("odottava" + Long.toString(System.nanoTime(), 36)).toLowerCase();
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/registrations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"organisationName": "%s", "sector": "NGO", "businessId": null, "homeAreaCode": "698",
                                 "email": "%s@example.org", "username": "%s", "password": "pitkä salasana 123"}""".formatted(name, username, username))
                        .with(r -> {
                            r.setRemoteAddr("10.88.0." + (1 + (int) (System.nanoTime() % 250)));
                            return r;
                        }))
                .andExpect(status().isAccepted());
        return jdbc.sql("SELECT actor_id::text FROM registration.registration WHERE username = ?")
                .param(username)
                .query(String.class)
                .single();
    }

    @Test
    void aPendingActorIsNotFoundByMembersAndSeenByTheCoordinator() throws Exception {
        String name = Api.unique("Odottava Kyläyhdistys ry");
        String id = pendingActor(name);
        assertThat(jdbc.sql("SELECT status FROM network.actor WHERE id = ?::bigint")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("PENDING");

        for (String member : new String[] {"spr", "rovaniemi", "pelastus", "admin"}) {
            mvc.perform(get(member, "/api/v1/actors/" + id)).andExpect(status().isNotFound());
            mvc.perform(get(member, "/api/v1/actors/" + id + "/contacts")).andExpect(status().isNotFound());
            mvc.perform(get(member, "/api/v1/actors").param("q", name))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content.length()").value(0))
                    .andExpect(jsonPath("$.page.totalElements").value(0));
            mvc.perform(MockMvcRequestBuilders.get("/actors/" + id).with(user(users.loadUserByUsername(member))))
                    .andExpect(status().isNotFound());
            mvc.perform(MockMvcRequestBuilders.get("/actors/options")
                            .param("q", name)
                            .with(user(users.loadUserByUsername(member))))
                    .andExpect(r ->
                            assertThat(r.getResponse().getContentAsString()).doesNotContain(name));
        }
        // the coordinator of its region reads it, to decide on the registration
        mvc.perform(get("coordinator", "/api/v1/actors/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.status").value("PENDING"));
    }

    @Test
    void onceApprovedTheActorIsReadByEveryMember() throws Exception {
        String name = Api.unique("Hyväksyttävä Kyläyhdistys ry");
        String id = pendingActor(name);
        String registration = jdbc.sql("SELECT id::text FROM registration.registration WHERE actor_id = ?::bigint")
                .param(id)
                .query(String.class)
                .single();
        String mail = jdbc.sql("""
                        SELECT m.body FROM platform.mail_message m JOIN registration.registration r ON r.email = m.recipient
                        WHERE r.id = ?::bigint ORDER BY m.id DESC LIMIT 1""").param(registration).query(String.class).single();
        Matcher link = Pattern.compile("/register/confirm/([A-Za-z0-9_-]+)").matcher(mail);
        assertThat(link.find()).isTrue();
        mvc.perform(Api.post(null, "/api/v1/registrations/confirm/" + link.group(1), ""))
                .andExpect(status().isOk());
        mvc.perform(get("spr", "/api/v1/actors/" + id)).andExpect(status().isNotFound());
        mvc.perform(Api.post("coordinator", "/api/v1/registrations/" + registration + "/approve", ""))
                .andExpect(status().isOk());
        mvc.perform(get("spr", "/api/v1/actors/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"));
    }
}
