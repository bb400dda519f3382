package fi.turvaverkko.registration;

import static fi.turvaverkko.support.Api.get;
import static fi.turvaverkko.support.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.Api;
import fi.turvaverkko.support.IntegrationTest;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.json.JsonMapper;

/**
 * Self-registration through the API: the whole path from sign-up to approval, refusals that write
 * nothing, the same answer whether or not an address is known (a taken username is refused), the
 * flood limits, and who may see and decide registrations.
 */
@IntegrationTest
class RegistrationApiTests {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
    private static final Pattern LINK = Pattern.compile("/register/confirm/([A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    /** A client address no other test uses, so that the flood limit of one test does not hit another. */
    static String address() {
        int n = ADDRESSES.getAndIncrement();
        return "10.66." + (n / 250) + "." + (n % 250 + 1);
    }

    static MockHttpServletRequestBuilder register(String body, String address) {
        return register(body, address, "fi");
    }

    static MockHttpServletRequestBuilder register(String body, String address, String language) {
        return MockMvcRequestBuilders.post("/api/v1/registrations")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .header("Accept-Language", language)
                .content(body)
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
    }

    static String body(String name, String sector, String businessId, String email, String username) {
        return """
                {"organisationName": "%s", "sector": "%s", "businessId": %s, "homeAreaCode": "698",
                 "email": "%s", "username": "%s", "password": "pitkä salasana 123"}""".formatted(name, sector, businessId == null ? "null" : "\"" + businessId + "\"", email, username);
    }

    static String username(String prefix) {
        return (prefix + Long.toString(System.nanoTime(), 36)).toLowerCase();
    }

    long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    String lastMailTo(String email) {
        return jdbc.sql(
                        "SELECT subject || '\n' || body FROM platform.mail_message WHERE recipient = ? ORDER BY id DESC LIMIT 1")
                .param(email)
                .query(String.class)
                .optional()
                .orElse("");
    }

    long mailsTo(String email) {
        return jdbc.sql("SELECT count(*) FROM platform.mail_message WHERE recipient = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    String registrationId(String username) {
        return jdbc.sql("SELECT id::text FROM registration.registration WHERE username = ?")
                .param(username)
                .query(String.class)
                .single();
    }

    static String token(String mail) {
        Matcher m = LINK.matcher(mail);
        assertThat(m.find()).as("confirmation link in %s", mail).isTrue();
        return m.group(1);
    }

    MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder b) {
        return b.with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic(
                        username, "pitkä salasana 123"));
    }

    @Test
    void anNgoRegistersConfirmsAndIsApprovedAndOnlyThenCanUseTheApi() throws Exception {
        String user = username("kylat");
        String email = user + "@example.org";
        String name = Api.unique("Ounasvaaran Kyläyhdistys ry");
        MvcResult answer = mvc.perform(register(body(name, "NGO", null, email, user), address()))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andReturn();
        String id = registrationId(user);

        // the coordinator sees it at once, unconfirmed; the new user cannot use the API yet
        mvc.perform(get("coordinator", "/api/v1/registrations/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.confirmed").value(false));
        mvc.perform(as(user, MockMvcRequestBuilders.get("/api/v1/actors"))).andExpect(status().isUnauthorized());
        mvc.perform(post("coordinator", "/api/v1/registrations/" + id + "/approve", ""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("vahvistettu")));

        String mail = lastMailTo(email);
        assertThat(mail).contains(name).contains(user);
        String token = token(mail);
        mvc.perform(post(null, "/api/v1/registrations/confirm/" + token, "")).andExpect(status().isOk());
        // the link works once
        mvc.perform(post(null, "/api/v1/registrations/confirm/" + token, "")).andExpect(status().isNotFound());
        mvc.perform(as(user, MockMvcRequestBuilders.get("/api/v1/actors"))).andExpect(status().isUnauthorized());

        mvc.perform(post("coordinator", "/api/v1/registrations/" + id + "/approve", ""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(post("coordinator", "/api/v1/registrations/" + id + "/approve", ""))
                .andExpect(status().isConflict());
        assertThat(lastMailTo(email)).contains("hyväksytty").contains(user);
        mvc.perform(as(user, MockMvcRequestBuilders.get("/api/v1/actors"))).andExpect(status().isOk());
        String actorId = jdbc.sql("SELECT actor_id::text FROM registration.registration WHERE id = ?::bigint")
                .param(id)
                .query(String.class)
                .single();
        mvc.perform(get("coordinator", "/api/v1/actors/" + actorId))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.sector").value("NGO"));
        assertThat(answer.getResponse().getContentAsString()).doesNotContain(id);
    }

    @Test
    void theAnswerIsTheSameWhetherOrNotTheAddressIsKnownButATakenUsernameIsRefused() throws Exception {
        long registrations = count("registration.registration");
        long actors = count("network.actor");
        String fresh = username("uusi");
        // a username is not a secret: one in use is refused at once, on its field, and nothing is written
        mvc.perform(register(
                        body(
                                Api.unique("Tunnettu Oy"),
                                "BUSINESS",
                                Api.businessId(),
                                fresh + "@example.org",
                                "coordinator"),
                        address()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("username"))
                .andExpect(jsonPath("$.errors[0].message").value("Käyttäjätunnus on jo käytössä."));
        assertThat(mailsTo(fresh + "@example.org")).isZero();
        String knownEmail = mvc.perform(register(
                        body(
                                Api.unique("Toinen Oy"),
                                "BUSINESS",
                                Api.businessId(),
                                "yritys@example.org",
                                username("u")),
                        address()))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String created = mvc.perform(register(
                        body(
                                Api.unique("Kolmas Oy"),
                                "BUSINESS",
                                Api.businessId(),
                                username("k") + "@example.org",
                                username("k")),
                        address()))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(knownEmail).isEqualTo(created);
        // the known address wrote nothing but a mail to the address's owner
        assertThat(count("registration.registration")).isEqualTo(registrations + 1);
        assertThat(count("network.actor")).isEqualTo(actors + 1);
        assertThat(lastMailTo("yritys@example.org")).contains("jo liitetty");
    }

    @Test
    void badInputIsRefusedWithATranslatedMessageAndNothingIsWritten() throws Exception {
        long before = count("registration.registration");
        long actors = count("network.actor");
        String user = username("v");
        mvc.perform(register(body("Virhe Oy", "BUSINESS", "1234567-8", user + "@example.org", user), address()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("businessId"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("Y-tunnus")));
        mvc.perform(register(body("Virhe Oy", "BUSINESS", null, user + "@example.org", user), address()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("businessId"));
        mvc.perform(register(body("Poliisi", "POLICE", null, user + "@example.org", user), address()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sector"));
        mvc.perform(register(body("", "NGO", null, "ei-osoite", "ISOT"), address()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3));
        mvc.perform(register("{\"organisationName\": \"X\", \"extra\": 1}", address()))
                .andExpect(status().isBadRequest());
        mvc.perform(register(
                        body("Virhe ry", "NGO", null, user + "@example.org", user)
                                .replace("\"698\"", "\"999\""),
                        address()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("homeAreaCode"));
        // a business ID already in the network (a public fact): 409, in Swedish when asked
        String taken = jdbc.sql("SELECT business_id FROM network.actor WHERE name = 'Ounaskosken Konepalvelu Oy'")
                .query(String.class)
                .single();
        mvc.perform(register(
                        body(Api.unique("Kaksoisolento Oy"), "BUSINESS", taken, user + "@example.org", user),
                        address(),
                        "sv"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("businessId"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("FO-num")));
        assertThat(count("registration.registration")).isEqualTo(before);
        assertThat(count("network.actor")).isEqualTo(actors);
        assertThat(mailsTo(user + "@example.org")).isZero();
    }

    @Test
    void floodsAreLimitedPerAddressAndPerEmailAddress() throws Exception {
        String address = address();
        for (int i = 0; i < 5; i++) {
            String u = username("tulva");
            mvc.perform(register(body(Api.unique("Tulva ry"), "NGO", null, u + "@example.org", u), address))
                    .andExpect(status().isAccepted());
        }
        String u = username("tulva");
        mvc.perform(register(body(Api.unique("Tulva ry"), "NGO", null, u + "@example.org", u), address))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("liian monta")));
        assertThat(mailsTo(u + "@example.org")).isZero();

        // one e-mail address from many client addresses, known or not: three an hour
        String email = username("sama") + "@example.org";
        for (int i = 0; i < 3; i++) {
            String v = username("sama");
            mvc.perform(register(body(Api.unique("Sama ry"), "NGO", null, email, v), address()))
                    .andExpect(status().isAccepted());
        }
        String v = username("sama");
        mvc.perform(register(body(Api.unique("Sama ry"), "NGO", null, email, v), address()))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void onlyTheCoordinatorOfTheRegionSeesAndDecidesRegistrations() throws Exception {
        String user = username("oikeus");
        String email = user + "@example.org";
        mvc.perform(register(body(Api.unique("Oikeustesti ry"), "NGO", null, email, user), address()))
                .andExpect(status().isAccepted());
        String id = registrationId(user);
        mvc.perform(get(null, "/api/v1/registrations")).andExpect(status().isUnauthorized());
        mvc.perform(get(null, "/api/v1/registrations/" + id)).andExpect(status().isUnauthorized());
        for (String other : new String[] {"rovaniemi", "pelastus", "spr", "yritys", "admin"}) {
            mvc.perform(get(other, "/api/v1/registrations")).andExpect(status().isForbidden());
            mvc.perform(get(other, "/api/v1/registrations/" + id)).andExpect(status().isNotFound());
            mvc.perform(post(other, "/api/v1/registrations/" + id + "/approve", ""))
                    .andExpect(status().isNotFound());
            mvc.perform(post(other, "/api/v1/registrations/" + id + "/reject", "{\"reason\": \"ei\"}"))
                    .andExpect(status().isNotFound());
        }
        // without credentials: refused (the CSRF check answers before the login check)
        mvc.perform(post(null, "/api/v1/registrations/" + id + "/approve", ""))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isIn(401, 403));
        assertThat(jdbc.sql("SELECT status FROM registration.registration WHERE id = ?::bigint")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("RECEIVED");
        mvc.perform(get("coordinator", "/api/v1/registrations?status=RECEIVED&confirmed=false&size=1000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.id == '" + id + "')].organisationName")
                        .exists());

        // a rejection needs a reason; it removes the pending organisation and mails the reason
        mvc.perform(post("coordinator", "/api/v1/registrations/" + id + "/reject", "{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        String actorId = jdbc.sql("SELECT actor_id::text FROM registration.registration WHERE id = ?::bigint")
                .param(id)
                .query(String.class)
                .single();
        mvc.perform(post(
                        "coordinator",
                        "/api/v1/registrations/" + id + "/reject",
                        "{\"reason\": \"Toiminta ei liity alueen turvallisuusyhteistyöhön.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"));
        mvc.perform(post("coordinator", "/api/v1/registrations/" + id + "/reject", "{\"reason\": \"toiseen kertaan\"}"))
                .andExpect(status().isConflict());
        assertThat(lastMailTo(email)).contains("Toiminta ei liity alueen turvallisuusyhteistyöhön.");
        mvc.perform(get("coordinator", "/api/v1/actors/" + actorId)).andExpect(status().isNotFound());
        mvc.perform(as(user, MockMvcRequestBuilders.get("/api/v1/actors"))).andExpect(status().isUnauthorized());
    }

    @Test
    void aConfirmationLinkThatNeverExistedAnswersNotFound() throws Exception {
        mvc.perform(post(null, "/api/v1/registrations/confirm/keksitty", "")).andExpect(status().isNotFound());
        mvc.perform(post(null, "/api/v1/registrations/confirm/" + "x".repeat(200), ""))
                .andExpect(status().isNotFound());
    }

    static String read(JsonMapper json, String body, String field) {
        return json.readTree(body).get(field).asString();
    }
}
