package fi.turvaverkko.registration;

import static fi.turvaverkko.support.Api.post;

import fi.turvaverkko.network.GroupView;
import fi.turvaverkko.support.Api;
import java.nio.charset.StandardCharsets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests and sign-ups a test makes for itself through the API, on top of a network it built
 * ({@code NetworkTestData}): {@code aJoinRequest().by(user).to(group).create()},
 * {@code aProposal().by(user).in(areaCode).create()}, {@code anOffer().by(user).in(areaCode).create()}
 * and {@code aRegistration().in(areaCode).create()}; each answers the id it was given.
 */
final class RegistrationTestData {

    private final MockMvc mvc;
    private final JsonMapper json;
    private final JdbcClient jdbc;

    RegistrationTestData(MockMvc mvc, JsonMapper json, JdbcClient jdbc) {
        this.mvc = mvc;
        this.json = json;
        this.jdbc = jdbc;
    }

    JoinRequest aJoinRequest() {
        return new JoinRequest();
    }

    Proposal aProposal() {
        return new Proposal();
    }

    Offer anOffer() {
        return new Offer();
    }

    Registration aRegistration() {
        return new Registration();
    }

    /** A request to join a group, as a MEMBER unless told otherwise. */
    final class JoinRequest {
        private String user;
        private String groupId;
        private String role = "MEMBER";

        JoinRequest by(String user) {
            this.user = user;
            return this;
        }

        JoinRequest to(GroupView group) {
            this.groupId = group.id();
            return this;
        }

        JoinRequest as(String role) {
            this.role = role;
            return this;
        }

        String create() {
            return created(
                    user,
                    "/api/v1/join-requests",
                    "{\"groupId\": \"%s\", \"role\": \"%s\", \"message\": \"Haluamme mukaan.\"}"
                            .formatted(groupId, role));
        }
    }

    /** A proposal of a preventive measure in an area, for the autumn. */
    final class Proposal {
        private String user;
        private String areaCode;
        private String title = Api.unique("Turvallisuuskävely");

        Proposal by(String user) {
            this.user = user;
            return this;
        }

        Proposal in(String areaCode) {
            this.areaCode = areaCode;
            return this;
        }

        Proposal titled(String title) {
            this.title = title;
            return this;
        }

        String create() {
            return created(user, "/api/v1/measure-proposals", """
                    {"title": "%s", "description": "Kävely kylällä syksyllä.", "areaCodes": ["%s"],
                     "emphasis": "PREVENTION", "startDate": "2027-09-01", "endDate": "2027-11-30"}""".formatted(title, areaCode));
        }
    }

    /** An offer of one 20 kVA generator in an area. */
    final class Offer {
        private String user;
        private String areaCode;
        private String name = Api.unique("Kylätalon aggregaatti");

        Offer by(String user) {
            this.user = user;
            return this;
        }

        Offer in(String areaCode) {
            this.areaCode = areaCode;
            return this;
        }

        Offer named(String name) {
            this.name = name;
            return this;
        }

        String create() {
            return created(user, "/api/v1/resource-offers", """
                    {"typeCode": "GENERATOR_20KVA", "name": "%s", "quantity": 1, "areaCode": "%s",
                     "availability": "AVAILABLE", "activationMinutes": 120}""".formatted(name, areaCode));
        }
    }

    /** A sign-up of an association, with a username, address and client no other test uses. */
    final class Registration {
        private String areaCode;
        private String sector = "NGO";
        final String username = "r" + Long.toString(System.nanoTime(), 36);

        Registration in(String areaCode) {
            this.areaCode = areaCode;
            return this;
        }

        Registration sector(String sector) {
            this.sector = sector;
            return this;
        }

        String email() {
            return username + "@example.org";
        }

        /** Sends the sign-up anonymously (202) and answers the registration's id. */
        String create() throws Exception {
            String businessId = "BUSINESS".equals(sector) ? Api.businessId() : null;
            String body = RegistrationApiTests.body(
                            Api.unique("Rekisteröityvä ry"), sector, businessId, email(), username)
                    .replace("\"698\"", "\"" + areaCode + "\"");
            MvcResult r = mvc.perform(RegistrationApiTests.register(body, RegistrationApiTests.address()))
                    .andReturn();
            if (r.getResponse().getStatus() != 202) {
                throw new IllegalStateException(
                        "sign-up answered " + r.getResponse().getStatus() + ": "
                                + r.getResponse().getContentAsString(StandardCharsets.UTF_8));
            }
            return jdbc.sql("SELECT id::text FROM registration.registration WHERE username = ?")
                    .param(username)
                    .query(String.class)
                    .single();
        }

        /** Follows the link of the confirmation mail. */
        void confirm() throws Exception {
            String mail = jdbc.sql(
                            "SELECT body FROM platform.mail_message WHERE recipient = ? ORDER BY id DESC LIMIT 1")
                    .param(email())
                    .query(String.class)
                    .single();
            mvc.perform(post(null, "/api/v1/registrations/confirm/" + RegistrationApiTests.token(mail), ""))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                            .isOk());
        }
    }

    private String created(String user, String path, String body) {
        try {
            MvcResult r = mvc.perform(post(user, path, body)).andReturn();
            String answer = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
            if (r.getResponse().getStatus() != 201) {
                throw new IllegalStateException(
                        path + " answered " + r.getResponse().getStatus() + ": " + answer);
            }
            return json.readTree(answer).get("id").asString();
        } catch (Exception e) {
            throw e instanceof RuntimeException x ? x : new IllegalStateException(e);
        }
    }
}
