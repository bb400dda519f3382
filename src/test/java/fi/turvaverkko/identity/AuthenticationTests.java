package fi.turvaverkko.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.identity.domain.ApiTokens;
import fi.turvaverkko.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Form login, HTTP Basic, personal API tokens, sessions and CSRF as docs/contract.md describes them. */
@IntegrationTest
class AuthenticationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    long userId(String username) {
        return jdbc.sql("SELECT id FROM identity.app_user WHERE username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    @Test
    void basicAuthWorksAndCreatesNoSession() throws Exception {
        MvcResult r = mvc.perform(get("/api/v1/me").with(httpBasic("pelastus", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("pelastus"))
                .andExpect(jsonPath("$.authority").value(true))
                .andReturn();
        assertThat(r.getRequest().getSession(false)).isNull();
        assertThat(r.getResponse().getHeader("Set-Cookie")).isNull();
        mvc.perform(get("/api/v1/me").with(httpBasic("pelastus", "wrong-password")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aPersonalTokenWorksUntilItIsRevoked() throws Exception {
        var created = tokens.create(userId("spr"), "testiohjelma", 30);
        assertThat(created.secret()).startsWith("tvk_");
        String stored = jdbc.sql("SELECT token_hash FROM identity.api_token WHERE id = ?")
                .param(Long.valueOf(created.token().id()))
                .query(String.class)
                .single();
        assertThat(stored).doesNotContain(created.secret()).hasSize(64);
        MvcResult r = mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + created.secret()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("spr"))
                .andReturn();
        assertThat(r.getRequest().getSession(false)).isNull();
        tokens.revoke(userId("spr"), Long.parseLong(created.token().id()));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + created.secret()))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer tvk_made-up"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theCoordinatorIsTheCoordinatorUserOfTheLeadActor() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("coordinator", "demo")))
                .andExpect(jsonPath("$.roles[0]").value("COORDINATOR"))
                .andExpect(jsonPath("$.coordinatorRegionIds.length()").value(1))
                .andExpect(jsonPath("$.authority").value(true));
        mvc.perform(get("/api/v1/me").with(httpBasic("yritys", "demo")))
                .andExpect(jsonPath("$.coordinatorRegionIds.length()").value(0))
                .andExpect(jsonPath("$.authority").value(false));
    }

    @Test
    void formLoginKeepsTheUsernameWhenItFailsAndLogsInWhenRight() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login")
                        .session(session)
                        .param("username", "spr")
                        .param("password", "väärin")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/login?error"));
        mvc.perform(get("/login").session(session))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("value=\"spr\"")));
        mvc.perform(post("/login")
                        .param("username", "spr")
                        .param("password", "demo")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/"));
    }

    @Test
    void sessionWritesToTheApiNeedTheCsrfToken() throws Exception {
        MvcResult login = mvc.perform(post("/login")
                        .param("username", "coordinator")
                        .param("password", "demo")
                        .with(csrf()))
                .andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        String body = "{\"name\": \"CSRF ry\", \"sector\": \"NGO\", \"level\": \"LOCAL\", \"homeAreaCode\": \"698\"}";
        mvc.perform(post("/api/v1/actors")
                        .session(session)
                        .contentType("application/json")
                        .content(body))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/me").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("coordinator"));
    }

    @Test
    void unapprovedUsersCannotUseTheApi() throws Exception {
        jdbc.sql("""
                INSERT INTO identity.app_user (username, display_name, password_hash, status)
                SELECT 'odottaja', 'Odottaja', password_hash, 'PENDING' FROM identity.app_user WHERE username = 'spr'
                ON CONFLICT DO NOTHING""").update();
        mvc.perform(get("/api/v1/me").with(httpBasic("odottaja", "demo"))).andExpect(status().isUnauthorized());
    }
}
