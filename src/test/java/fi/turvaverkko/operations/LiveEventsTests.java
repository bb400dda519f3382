package fi.turvaverkko.operations;

import static fi.turvaverkko.support.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.platform.db.DatabaseRoles;
import fi.turvaverkko.platform.db.EmbeddedDatabaseServer;
import fi.turvaverkko.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live situation picture's event stream: a change reaches an open stream on this node and on a
 * second node that runs on the same PostgreSQL (LISTEN/NOTIFY), and a client that reconnects with
 * {@code Last-Event-ID} gets what it missed.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveEventsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    EmbeddedDatabaseServer database;

    @LocalServerPort
    int port;

    ConfigurableApplicationContext secondNode;
    int secondPort;

    @BeforeAll
    void startSecondNode() {
        // a second context in the same JVM takes its settings as command-line arguments (builder
        // properties are only defaults, and the test profile's would win)
        secondNode = new SpringApplicationBuilder(fi.turvaverkko.TurvaverkkoApplication.class)
                .run(
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + DatabaseRoles.APP,
                        "--spring.datasource.password=" + database.credentials().appPassword(),
                        "--spring.flyway.user=" + DatabaseRoles.OWNER,
                        "--spring.flyway.password=" + database.credentials().ownerPassword(),
                        "--turvaverkko.demo.enabled=false",
                        "--server.port=0",
                        "--logging.level.root=WARN");
        secondPort = Integer.parseInt(secondNode.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    void stopSecondNode() {
        if (secondNode != null) {
            secondNode.close();
        }
    }

    String events(int onPort, String disruption) {
        return "http://localhost:" + onPort + "/api/v1/disruptions/" + disruption + "/events";
    }

    @Test
    void anEntryPostedOnOneNodeReachesStreamsOnBothNodes() throws Exception {
        assertThat(secondPort).isNotEqualTo(port);
        String d =
                Disruptions.storm(mvc, jdbc, json).titled("Kahden solmun testi").open();
        try (SseClient here = new SseClient(events(port, d), "spr", null);
                SseClient there = new SseClient(events(secondPort, d), "yritys", null)) {
            assertThat(here.status()).isEqualTo(200);
            assertThat(there.status()).isEqualTo(200);
            mvc.perform(post(
                            "pelastus",
                            "/api/v1/disruptions/" + d + "/log",
                            "{\"kind\": \"OBSERVATION\", \"text\": \"Solmujen välinen havainto\"}"))
                    .andExpect(status().isCreated());
            SseClient.Event onSecond = there.await("Solmujen välinen havainto", 15);
            assertThat(onSecond).as("the event reached the second node").isNotNull();
            assertThat(onSecond.name()).isEqualTo("log");
            assertThat(here.await("Solmujen välinen havainto", 15)).isNotNull();

            // and the other way round: a request made on the second node reaches this one
            try (var c = new SseClient(events(port, d), "rovaniemi", null)) {
                java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient()
                        .send(
                                java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                                "http://localhost:" + secondPort + "/api/v1/disruptions/" + d + "/log"))
                                        .header("Content-Type", "application/json")
                                        .header(
                                                "Authorization",
                                                "Basic "
                                                        + java.util.Base64.getEncoder()
                                                                .encodeToString("pelastus:demo".getBytes()))
                                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                                "{\"kind\": \"DECISION\", \"text\": \"Toiselta solmulta\"}"))
                                        .build(),
                                java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).isEqualTo(201);
                assertThat(c.await("Toiselta solmulta", 15)).isNotNull();
            }
        } finally {
            Disruptions.close(jdbc, d);
        }
    }

    @Test
    void aClientThatReconnectsGetsWhatItMissed() throws Exception {
        String d =
                Disruptions.storm(mvc, jdbc, json).titled("Uudelleenyhdistys").open();
        try {
            String first;
            try (SseClient c = new SseClient(events(port, d), "spr", null)) {
                mvc.perform(post(
                                "pelastus",
                                "/api/v1/disruptions/" + d + "/log",
                                "{\"kind\": \"OBSERVATION\", \"text\": \"Ensimmäinen\"}"))
                        .andExpect(status().isCreated());
                first = c.await("Ensimmäinen", 15).id();
            }
            // while nobody listens
            mvc.perform(post(
                            "pelastus",
                            "/api/v1/disruptions/" + d + "/log",
                            "{\"kind\": \"OBSERVATION\", \"text\": \"Kun olit poissa\"}"))
                    .andExpect(status().isCreated());
            try (SseClient again = new SseClient(events(secondPort, d), "spr", first)) {
                SseClient.Event missed = again.await("Kun olit poissa", 15);
                assertThat(missed).isNotNull();
                assertThat(Long.parseLong(missed.id())).isGreaterThan(Long.parseLong(first));
            }
            // nobody outside the logged-in users streams anything
            try (SseClient anonymous = new SseClient(events(port, d), "nobody", null)) {
                assertThat(anonymous.status()).isEqualTo(401);
            }
        } finally {
            Disruptions.close(jdbc, d);
        }
    }
}
