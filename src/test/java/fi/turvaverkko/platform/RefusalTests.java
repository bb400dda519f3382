package fi.turvaverkko.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.identity.domain.UserDetailsLoader;
import fi.turvaverkko.support.Api;
import fi.turvaverkko.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The small holes of issue 9, each shut: bad input is a translated 4xx and never a 500, CSRF is
 * waived only for requests that Basic or a token authenticated, and readiness means ready.
 */
@IntegrationTest
class RefusalTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsLoader users;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {",", ",,", "name,", ",asc", "name,asc,extra", "name,upwards", " ", "1name", "name;drop"})
    void aMalformedSortIsA400OnEveryList(String sort) throws Exception {
        if (sort.isBlank()) {
            // a blank sort is no sort at all
            mvc.perform(Api.get("spr", "/api/v1/actors").param("sort", sort)).andExpect(status().isOk());
            return;
        }
        mvc.perform(Api.get("spr", "/api/v1/actors").param("sort", sort))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
        mvc.perform(Api.get("spr", "/api/v1/measures").param("sort", sort)).andExpect(status().isBadRequest());
        mvc.perform(Api.get("spr", "/api/v1/resource-types").param("sort", sort))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/actors").param("sort", sort).with(user(users.loadUserByUsername("spr"))))
                .andExpect(status().isBadRequest());
    }

    @Test
    void malformedPagingIsA400() throws Exception {
        for (String[] p : new String[][] {
            {"page", "-1"}, {"page", "x"}, {"page", "99999999999"}, {"size", "0"}, {"size", "1001"}, {"size", "1e3"}
        }) {
            int status = mvc.perform(Api.get("spr", "/api/v1/actors").param(p[0], p[1]))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(p[0] + "=" + p[1]).isEqualTo(400);
        }
        mvc.perform(Api.get("spr", "/api/v1/actors").param("sort", "name,DESC").param("page", "2000000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(0));
    }

    @Test
    void theContinuityPageOpensForTheAdministrator() throws Exception {
        // the administrator acts for no actor, so has no sector to order the questionnaires by
        mvc.perform(get("/continuity").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1")));
    }

    @Test
    void theErrorPathAskedForDirectlyIsAPageNotFound() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/error"))
                                .header("Accept", "text/html")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<html lang=\"fi\"").contains("Sivua ei löytynyt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nolla\\u0000merkki ry", "Puolikas \\ud800 ry", "Toinen puolikas \\udc00 ry"})
    void textThatCannotBeStoredIsA400NamingTheFieldAndNothingIsWritten(String name) throws Exception {
        long before =
                jdbc.sql("SELECT count(*) FROM network.actor").query(Long.class).single();
        String body = "{\"name\": \"%s\", \"sector\": \"NGO\", \"level\": \"LOCAL\", \"homeAreaCode\": \"698\"}"
                .formatted(name);
        mvc.perform(Api.post("coordinator", "/api/v1/actors", body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("merkki, jota ei voi tallentaa")));
        assertThat(jdbc.sql("SELECT count(*) FROM network.actor")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void aWholeSurrogatePairIsKept() throws Exception {
        String name = Api.unique("Poro \\ud83e\\udd8c ry");
        String body = "{\"name\": \"%s\", \"sector\": \"NGO\", \"level\": \"LOCAL\", \"homeAreaCode\": \"698\"}"
                .formatted(name);
        mvc.perform(Api.post("coordinator", "/api/v1/actors", body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value(containsString("Poro \uD83E\uDD8C ry")));
    }

    @Test
    void aNulInAFormIsA400PageNotAConflictOrAnError() throws Exception {
        mvc.perform(post("/actors/new")
                        .param("name", "Nolla\u0000ry")
                        .param("sector", "NGO")
                        .param("level", "LOCAL")
                        .param("homeAreaCode", "698")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("coordinator"))))
                .andExpect(status().is4xxClientError())
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isNotEqualTo(409));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Basic", "Negotiate abc", "Bearer"})
    void aSessionWriteNeedsItsCsrfTokenWhateverAuthorizationHeaderItCarries(String authorization) throws Exception {
        MvcResult login = mvc.perform(post("/login")
                        .param("username", "coordinator")
                        .param("password", "demo")
                        .with(csrf()))
                .andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        String body = "{\"name\": \"" + Api.unique("CSRF ry")
                + "\", \"sector\": \"NGO\", \"level\": \"LOCAL\", \"homeAreaCode\": \"698\"}";
        MvcResult r = mvc.perform(post("/api/v1/actors")
                        .session(session)
                        .header("Authorization", authorization)
                        .contentType("application/json")
                        .content(body))
                .andReturn();
        // refused: for want of the token (403), or because the header is no valid login (401)
        assertThat(r.getResponse().getStatus()).isIn(401, 403);
        assertThat(jdbc.sql("SELECT count(*) FROM network.actor WHERE name LIKE 'CSRF ry %'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theHealthProbesArePublicAndReadinessFollowsTheApplicationsState() throws Exception {
        mvc.perform(get("/actuator/health/liveness"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"UP\"}", org.springframework.test.json.JsonCompareMode.STRICT));
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"UP\"}", org.springframework.test.json.JsonCompareMode.STRICT));
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            mvc.perform(get("/actuator/health/readiness"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.status").value("OUT_OF_SERVICE"));
            mvc.perform(get("/actuator/health")).andExpect(status().isServiceUnavailable());
            mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }
}
