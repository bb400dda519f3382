package fi.turvaverkko.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.identity.domain.LoginThrottle;
import fi.turvaverkko.support.IntegrationTest;
import fi.turvaverkko.support.RawHttp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Login throttling (issue 9, ADR 0013): guesses cannot run in parallel, sequential failures wait
 * longer and longer, a guesser's address slows unknown names but an innocent account by a second at
 * most, nobody is ever locked out, and the counters are in the database.
 */
@IntegrationTest
class LoginThrottleTests {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    /** A client address no other test uses. */
    static String address() {
        int n = ADDRESSES.getAndIncrement();
        return "10.77." + (n / 250) + "." + (n % 250 + 1);
    }

    static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    /** A new active member whose password is {@code demo}. */
    String newUser(String prefix) {
        String username = (prefix + Long.toString(System.nanoTime(), 36)).toLowerCase();
        jdbc.sql("""
                        INSERT INTO identity.app_user (username, display_name, password_hash, status)
                        SELECT ?, 'Testikäyttäjä', password_hash, 'ACTIVE' FROM identity.app_user WHERE username = 'spr'""").param(username).update();
        return username;
    }

    MockHttpServletRequestBuilder me(String user, String password, String address) {
        return get("/api/v1/me").with(httpBasic(user, password)).with(from(address));
    }

    /** The real-HTTP test below comes from 127.0.0.1 like every other test: its failures are not left behind. */
    @AfterEach
    void forgetTheLoopbackAddress() {
        jdbc.sql("DELETE FROM identity.login_address WHERE address = '127.0.0.1'")
                .update();
    }

    @Test
    void theDelayGrowsFromAQuarterSecondAndStopsAtTenSeconds() {
        assertThat(LoginThrottle.accountDelay(2)).isZero();
        assertThat(LoginThrottle.accountDelay(3)).isEqualTo(Duration.ofMillis(250));
        assertThat(LoginThrottle.accountDelay(4)).isEqualTo(Duration.ofMillis(500));
        assertThat(LoginThrottle.accountDelay(7)).isEqualTo(Duration.ofSeconds(4));
        assertThat(LoginThrottle.accountDelay(9)).isEqualTo(Duration.ofSeconds(10));
        assertThat(LoginThrottle.accountDelay(1000)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void sixtyParallelGuessesAreAnswered429AtOnceAndTheRightPasswordThenGetsIn() throws Exception {
        String user = newUser("arvattava");
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        URI me = URI.create("http://127.0.0.1:" + port + "/api/v1/me");
        ExecutorService pool = Executors.newFixedThreadPool(60);
        CountDownLatch start = new CountDownLatch(1);
        record Timed(HttpResponse<String> response, Duration took) {}
        List<Future<Timed>> answers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String guess = "arvaus-" + i;
            answers.add(pool.submit(() -> {
                start.await();
                long sent = System.nanoTime();
                HttpResponse<String> r = client.send(
                        HttpRequest.newBuilder(me)
                                .header("Authorization", RawHttp.basic(user, guess))
                                .header("Accept-Language", "fi")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                return new Timed(r, Duration.ofNanos(System.nanoTime() - sent));
            }));
        }
        long t0 = System.nanoTime();
        start.countDown();
        int refused = 0;
        int checked = 0;
        long retryAfter = 0;
        Duration slowestRefusal = Duration.ZERO;
        for (Future<Timed> f : answers) {
            HttpResponse<String> r = f.get().response();
            if (r.statusCode() == 429) {
                refused++;
                slowestRefusal =
                        f.get().took().compareTo(slowestRefusal) > 0 ? f.get().took() : slowestRefusal;
                assertThat(r.headers().firstValue("Retry-After")).isPresent();
                assertThat(r.body()).contains("\"title\":\"Liian monta pyyntöä\"");
                retryAfter = Math.max(
                        retryAfter,
                        Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow()));
            } else {
                assertThat(r.statusCode()).isEqualTo(401);
                checked++;
            }
        }
        Duration all = Duration.ofNanos(System.nanoTime() - t0);
        pool.shutdown();
        // one guess at a time is checked; the rest are refused at once, not kept waiting (before: all
        // 60 were checked, each after a sleep, in 15.5 s)
        assertThat(slowestRefusal).as("slowest 429").isLessThan(Duration.ofSeconds(3));
        assertThat(all).as("time to answer all 60").isLessThan(Duration.ofSeconds(10));
        assertThat(refused).isGreaterThanOrEqualTo(50);
        assertThat(checked).isBetween(1, 10);
        assertThat(retryAfter).isBetween(1L, 10L);
        int failures = jdbc.sql("SELECT failures FROM identity.login_name WHERE name = ?")
                .param(user)
                .query(Integer.class)
                .single();
        assertThat(failures).as("failures counted in the database").isEqualTo(checked);

        // the account is not locked: after the wait the right password gets in
        HttpResponse<String> right = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(12).toNanos();
        while (System.nanoTime() < deadline) {
            right = client.send(
                    HttpRequest.newBuilder(me)
                            .header("Authorization", RawHttp.basic(user, "demo"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (right.statusCode() != 429) {
                break;
            }
            Thread.sleep(1000
                    * Long.parseLong(right.headers().firstValue("Retry-After").orElseThrow()));
        }
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(right.body()).contains("\"username\":\"" + user + "\"");
        assertThat(jdbc.sql("SELECT count(*) FROM identity.login_name WHERE name = ?")
                        .param(user)
                        .query(Long.class)
                        .single())
                .as("a success forgets the failures")
                .isZero();
    }

    /** Fails this many times for the user from the address, waiting whenever told to. */
    void fail(String user, String address, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            MvcResult r = mvc.perform(me(user, "väärin-" + i, address)).andReturn();
            if (r.getResponse().getStatus() == 429) {
                Thread.sleep(1000 * Long.parseLong(r.getResponse().getHeader("Retry-After")));
                r = mvc.perform(me(user, "väärin-" + i, address)).andReturn();
            }
            assertThat(r.getResponse().getStatus()).isEqualTo(401);
        }
    }

    @Test
    void sequentialFailuresWaitLongerAndTheRightPasswordGetsInAfterTheWait() throws Exception {
        String user = newUser("kirjoitusvirhe");
        String address = address();
        for (int i = 0; i < 3; i++) {
            mvc.perform(me(user, "väärin-" + i, address)).andExpect(status().isUnauthorized());
        }
        // three free failures; then 0.25 s, 0.5 s and 1 s to wait, and after the sixth two seconds
        fail(user, address, 3);
        MvcResult early = mvc.perform(me(user, "demo", address))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.title").value("Liian monta pyyntöä"))
                .andReturn();
        long wait = Long.parseLong(early.getResponse().getHeader("Retry-After"));
        assertThat(wait).isBetween(1L, 2L);
        assertThat(early.getResponse().getContentAsString())
                .contains("Liian monta kirjautumisyritystä. Yritä uudelleen " + wait + " sekunnin kuluttua.");
        // the wait is the account's own: another address waits too
        mvc.perform(me(user, "demo", address())).andExpect(status().isTooManyRequests());
        Thread.sleep(1000 * wait + 100);
        mvc.perform(me(user, "demo", address))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(user));
    }

    @Test
    void aGuesserOfManyNamesSlowsUnknownNamesButAnInnocentUserAtTheSameAddressWaitsAtMostOneSecond() throws Exception {
        String address = address();
        String innocent = newUser("viaton");
        // fourteen failures for fourteen names that are no accounts, waiting as told
        for (int i = 0; i < 14; i++) {
            MvcResult r = mvc.perform(me("ei-ole-" + i + "-" + System.nanoTime(), "arvaus", address))
                    .andReturn();
            if (r.getResponse().getStatus() == 429) {
                Thread.sleep(1000 * Long.parseLong(r.getResponse().getHeader("Retry-After")));
                r = mvc.perform(me("ei-ole-" + i + "-" + System.nanoTime(), "arvaus", address))
                        .andReturn();
            }
            assertThat(r.getResponse().getStatus()).isEqualTo(401);
        }
        // the address must now wait seconds before it may try another unknown name
        MvcResult unknown = mvc.perform(me("ei-ole-vielakaan", "arvaus", address))
                .andExpect(status().isTooManyRequests())
                .andReturn();
        assertThat(Long.parseLong(unknown.getResponse().getHeader("Retry-After")))
                .isGreaterThanOrEqualTo(2);
        // an innocent user at the same address, whose account has no failures, waits a second at most
        MvcResult r = mvc.perform(me(innocent, "demo", address)).andReturn();
        if (r.getResponse().getStatus() == 429) {
            assertThat(r.getResponse().getHeader("Retry-After")).isEqualTo("1");
            Thread.sleep(1000);
            r = mvc.perform(me(innocent, "demo", address)).andReturn();
        }
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theLoginPageAnswersAnEarlyAttemptWith429AndATranslatedMessage() throws Exception {
        String user = newUser("lomake");
        String address = address();
        fail(user, address, 6);
        // the seventh failure through the form, which goes back to the form with a message
        Thread.sleep(2100);
        mvc.perform(post("/login")
                        .param("username", user)
                        .param("password", "väärin")
                        .with(csrf())
                        .with(from(address)))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/login?error"));

        // seven failures: the next attempt must wait four seconds; the login page says so at once
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .build();
        URI login = URI.create("http://127.0.0.1:" + port + "/login");
        String form = browser.send(HttpRequest.newBuilder(login).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(form);
        assertThat(token.find()).isTrue();
        HttpResponse<String> page = browser.send(
                HttpRequest.newBuilder(login)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept-Language", "sv")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + user + "&password=demo&_csrf=" + token.group(1)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(429);
        long wait = Long.parseLong(page.headers().firstValue("Retry-After").orElseThrow());
        assertThat(wait).isBetween(1L, 4L);
        assertThat(page.body())
                .contains("<html lang=\"sv\"")
                .contains("För många inloggningsförsök")
                .contains(wait == 1 ? "Försök igen om en sekund." : "Försök igen om " + wait + " sekunder.")
                .contains("value=\"" + user + "\"")
                .contains("name=\"_csrf\"");
        Thread.sleep(1000 * wait + 100);
        mvc.perform(post("/login")
                        .param("username", user)
                        .param("password", "demo")
                        .with(csrf())
                        .with(from(address)))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/"));
    }
}
