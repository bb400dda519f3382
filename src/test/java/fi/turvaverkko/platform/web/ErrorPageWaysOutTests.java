package fi.turvaverkko.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.turvaverkko.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An error page leads back to the page the person came from when that page is one of ours, and
 * always to the front page; it never links to another site a Referer names.
 */
@IntegrationTest
class ErrorPageWaysOutTests {

    @LocalServerPort
    int port;

    Document errorPage(String referer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/public/nothing-here"))
                .header("Accept", "text/html");
        if (referer != null) {
            request.header("Referer", referer);
        }
        HttpResponse<String> answer =
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(404);
        return Jsoup.parse(answer.body());
    }

    @Test
    void theErrorPageLeadsBackToThePageOfThisSiteThePersonCameFrom() throws Exception {
        Document page = errorPage("http://localhost:" + port + "/public/measures?area=698&page=1");
        assertThat(page.select("main a:contains(Palaa sivulle, jolta tulit)").attr("href"))
                .isEqualTo("/public/measures?area=698&page=1");
        // (a client without cookies gets the session in the address)
        assertThat(page.select("main a:contains(Siirry etusivulle)").attr("href"))
                .matches("/(;.*)?");
    }

    @Test
    void anotherSiteOrNoRefererLeadsOnlyToTheFrontPage() throws Exception {
        for (String referer : new String[] {
            null,
            "https://example.org/public/measures",
            "http://localhost:" + (port + 1) + "/public",
            "javascript:alert(1)",
            "http://localhost:" + port + "//example.org/x",
            "http://localhost:" + port + "/public/nothing-here"
        }) {
            Document page = errorPage(referer);
            assertThat(page.select("main a:contains(Palaa sivulle, jolta tulit)"))
                    .as("back link for Referer %s", referer)
                    .isEmpty();
            assertThat(page.select("main a:contains(Siirry etusivulle)")).hasSize(1);
        }
    }
}
