package fi.turvaverkko.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.turvaverkko.support.BrowserTestBase;
import fi.turvaverkko.support.RawHttp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The login page tells a person who came too early how long to wait, in their language (ADR 0013). */
class LoginThrottleBrowserTests extends BrowserTestBase {

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forgetTheLoopbackAddress() {
        jdbc.sql("DELETE FROM identity.login_address WHERE address = '127.0.0.1'")
                .update();
    }

    @Test
    void anAttemptThatComesTooEarlyGetsTheLoginPageWithTheWait() throws Exception {
        String user = ("selain" + Long.toString(System.nanoTime(), 36)).toLowerCase();
        jdbc.sql("""
                        INSERT INTO identity.app_user (username, display_name, password_hash, status)
                        SELECT ?, 'Selaintesti', password_hash, 'ACTIVE' FROM identity.app_user WHERE username = 'spr'""").param(user).update();
        // seven wrong passwords, waiting whenever told to: the next attempt must wait four seconds
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 7; i++) {
            HttpResponse<String> r;
            do {
                r = client.send(
                        HttpRequest.newBuilder(URI.create(url("/api/v1/me")))
                                .header("Authorization", RawHttp.basic(user, "väärin"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 429) {
                    Thread.sleep(1000
                            * Long.parseLong(
                                    r.headers().firstValue("Retry-After").orElseThrow()));
                }
            } while (r.statusCode() == 429);
        }
        page.navigate(url("/login"));
        page.getByLabel("Käyttäjätunnus").fill(user);
        page.getByLabel("Salasana").fill("demo");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Kirjaudu").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Liian monta kirjautumisyritystä");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Tunnusta ei ole lukittu.");
        assertThat(page.getByLabel("Käyttäjätunnus")).hasValue(user);
        assertAccessible();
        screenshot("login-throttled");
    }
}
