package fi.turvaverkko.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.turvaverkko.support.IntegrationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile or oversized search texts (issue 10) get results, no results or a clear translated
 * message, never a server error; asked of the running server, since the container's own limits
 * and error pages are part of the answer.
 */
@IntegrationTest
class BadInputTests {

    @LocalServerPort
    int port;

    /** A browser-like client: pages need the login session, the API takes Basic. */
    final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();

    boolean loggedIn;

    HttpResponse<String> get(String path, String accept) throws Exception {
        if (!loggedIn && !path.startsWith("/api/")) {
            loggedIn = true;
            HttpResponse<String> login = get("/login", "text/html");
            String csrf = org.jsoup.Jsoup.parse(login.body())
                    .selectFirst("input[name=_csrf]")
                    .val();
            http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "username=coordinator&password=demo&_csrf=" + q(csrf)))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept)
                .header("Accept-Language", "fi");
        if (path.startsWith("/api/")) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("coordinator:demo".getBytes()));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void controlCharactersInASearchAreRefusedWithAMessageOnThePageAndInTheApi() throws Exception {
        // before: PostgreSQL refused the NUL byte and the page answered 500
        HttpResponse<String> page = get("/api/v1/actors?q=" + q("Salla\u0000"), "application/json");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(page.body()).contains("ohjausmerkkejä").contains("\"field\":\"q\"");

        page = get("/actors?q=" + q("a\u0001b"), "text/html");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("<h1>").contains("ohjausmerkkejä");
    }

    @Test
    void tabsAndLineBreaksAreNoControlCharactersToRefuse() throws Exception {
        assertThat(get("/actors?q=" + q("Salla\t\r\n"), "text/html").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aTenKilobyteSearchIsSearchedForAndFindsNothing() throws Exception {
        // before: the container refused the request line before the application saw it (a bare 400)
        HttpResponse<String> page = get("/actors?q=" + q("Rovaniemi ".repeat(1024)), "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Ei hakuehtoja vastaavia tuloksia.");
    }
}
