package fi.turvaverkko.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import fi.turvaverkko.TurvaverkkoApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * Nothing acknowledged is lost (ADR 0021): the application runs on a durable embedded cluster of
 * its own — not the suite's throw-away one — while writers add situation-log entries; the
 * postmaster is killed with {@code kill -9}; the supervisor starts it again, the application serves
 * again by itself, and every entry that was answered 201 is there, with its audit entry. While the
 * database is away nobody is answered 500 or 401, and health answers at once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseRecoveryTests {

    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"?(\\d+)\"?");

    Path dataDir;
    ConfigurableApplicationContext app;
    EmbeddedDatabaseServer server;
    JdbcClient jdbc;
    int port;
    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeAll
    void start() throws Exception {
        dataDir = Files.createTempDirectory("tvk-durable");
        // a second context in the same JVM takes its settings as command-line arguments (builder
        // properties are only defaults, and the test profile's would win)
        app = new SpringApplicationBuilder(TurvaverkkoApplication.class)
                .run(
                        "--turvaverkko.data-dir=" + dataDir,
                        "--turvaverkko.embedded-db.ephemeral=false",
                        "--turvaverkko.demo.enabled=true",
                        "--server.port=0",
                        "--logging.level.root=WARN",
                        "--logging.level.fi.turvaverkko.platform=INFO");
        server = app.getBean(EmbeddedDatabaseServer.class);
        jdbc = app.getBean(JdbcClient.class);
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        // the demo users exist once the demo data has loaded
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (call("GET", "/api/v1/me", null).status() != 200) {
            assertThat(System.nanoTime()).as("the demo data loaded").isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    @AfterAll
    void stop() throws IOException {
        if (app != null && app.isActive()) {
            app.close();
        }
        FileSystemUtils.deleteRecursively(dataDir);
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKilledPostmasterAndTheApplicationRecoversByItself() throws Exception {
        assertThat(server.isDurable()).isTrue();
        for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
            assertThat(jdbc.sql("SHOW " + setting).query(String.class).single())
                    .as(setting)
                    .isEqualTo("on");
        }
        String lead = jdbc.sql("SELECT id::text FROM network.actor WHERE name = 'Lapin pelastuslaitos'")
                .query(String.class)
                .single();
        Answer opened = call("POST", "/api/v1/disruptions", """
                {"kind": "STORM", "title": "Kestävyyskoe", "severity": "MODERATE", "leadActorId": "%s",
                 "areaCodes": ["758"], "description": "Tietokannan kaatumisen koe."}""".formatted(lead));
        assertThat(opened.status()).isEqualTo(201);
        String disruption = id(opened.body());

        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // text → log entry id
        Set<Integer> statuses = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger sent = new AtomicInteger();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService writers = Executors.newFixedThreadPool(4);
        for (int w = 0; w < 4; w++) {
            int writer = w;
            writers.submit(() -> {
                for (int n = 0; writing.get(); n++) {
                    String text = "Kirjaus " + writer + "-" + n;
                    sent.incrementAndGet();
                    try {
                        Answer a = call(
                                "POST",
                                "/api/v1/disruptions/" + disruption + "/log",
                                "{\"kind\": \"OBSERVATION\", \"text\": \"" + text + "\"}");
                        statuses.add(a.status());
                        if (a.status() == 201) {
                            acknowledged.put(text, id(a.body()));
                        } else {
                            Thread.sleep(50);
                        }
                    } catch (IOException e) {
                        statuses.add(-1); // no answer at all: not acknowledged
                    } catch (InterruptedException e) {
                        return;
                    } catch (RuntimeException | AssertionError e) {
                        failures.add(e.toString());
                    }
                }
            });
        }
        try {
            while (acknowledged.size() < 40) {
                Thread.sleep(50);
            }
            long pid = server.postmasterPid().orElseThrow();
            new ProcessBuilder("kill", "-9", String.valueOf(pid)).start().waitFor();
            Instant killed = Instant.now();
            int before = acknowledged.size();

            // health says so at once, and nothing is refused as if the password were wrong (a 429 is the
            // login throttle refusing a concurrent first check of the same account)
            boolean sawDown = false;
            while (!sawDown && Duration.between(killed, Instant.now()).toSeconds() < 30) {
                long t0 = System.nanoTime();
                Answer health = call("GET", "/actuator/health", null);
                assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
                sawDown = health.status() == 503;
                Thread.sleep(100);
            }
            assertThat(sawDown)
                    .as("health said DOWN while the database was away")
                    .isTrue();

            // the supervisor starts the postmaster again; writes are answered 201 again by themselves
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (server.restarts() == 0 || acknowledged.size() < before + 40) {
                assertThat(System.nanoTime())
                        .as(
                                "the application serves again by itself (acknowledged %d, statuses %s, failures %s)",
                                acknowledged.size(), statuses, failures)
                        .isLessThan(deadline);
                Thread.sleep(100);
            }
        } finally {
            writing.set(false);
            writers.shutdown();
            assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(failures).as("writers' failures").isEmpty();
        assertThat(statuses).as("answers while the database was away").isSubsetOf(Set.of(201, 503, 429, -1));
        assertThat(statuses).contains(503);
        List<String> missing = new ArrayList<>();
        List<String> unaudited = new ArrayList<>();
        for (Map.Entry<String, String> e : acknowledged.entrySet()) {
            long found = jdbc.sql("SELECT count(*) FROM operations.log_entry WHERE id = ? AND text = ?")
                    .param(Long.parseLong(e.getValue()))
                    .param(e.getKey())
                    .query(Long.class)
                    .single();
            if (found != 1) {
                missing.add(e.getKey());
            }
            long audited = jdbc.sql("SELECT count(*) FROM audit.entry WHERE item_type = 'LOG_ENTRY' AND item_id = ?")
                    .param(e.getValue())
                    .query(Long.class)
                    .single();
            if (audited == 0) {
                unaudited.add(e.getKey());
            }
        }
        System.out.printf(
                "Durability: %d writes sent, %d acknowledged, %d missing, statuses %s%n",
                sent.get(), acknowledged.size(), missing.size(), statuses);
        assertThat(missing).as("acknowledged log entries lost").isEmpty();
        assertThat(unaudited)
                .as("acknowledged log entries without their audit entry")
                .isEmpty();

        // and a graceful shutdown ends within ten seconds, the database included
        long t0 = System.nanoTime();
        app.close();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
    }

    record Answer(int status, String body) {}

    Answer call(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder().encodeToString("pelastus:demo".getBytes(StandardCharsets.UTF_8)));
        if (json == null) {
            b.GET();
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body());
    }

    static String id(String body) {
        Matcher m = ID.matcher(body);
        assertThat(m.find()).as("an id in %s", body).isTrue();
        return m.group(1);
    }
}
