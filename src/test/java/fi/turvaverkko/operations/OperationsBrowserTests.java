package fi.turvaverkko.operations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.turvaverkko.support.BrowserTestBase;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 5's flow in two real browsers on the same disruption: the rescue department logs an
 * observation and requests generators; the business sees the request appear without reloading and
 * offers its generator; the rescue department sees the offer appear, commits it, and the map shows
 * the resource. Then a CAP weather warning imported through the UI opens a disruption. Axe checks
 * every page on the way.
 */
class OperationsBrowserTests extends BrowserTestBase {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    Browser launchSecond() {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get(System.getProperty("turvaverkko.chromium", "/usr/bin/chromium")))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-dev-shm-usage",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    void loginAs(Page p, String user) {
        p.navigate(url("/login"));
        p.getByLabel("Käyttäjätunnus").fill(user);
        p.getByLabel("Salasana").fill("demo");
        p.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Kirjaudu").setExact(true))
                .click();
        p.waitForURL(u -> !u.contains("/login"));
    }

    @Test
    void twoBrowsersShareTheLiveSituationPicture() throws Exception {
        String d = Disruptions.storm(mvc, jdbc, json)
                .titled("Myrsky Rovaniemellä (selaintesti)")
                .open();
        Disruptions.status(mvc, "pelastus", d, "ACTIVE");
        Browser second = launchSecond();
        BrowserContext businessContext = second.newContext(new Browser.NewContextOptions().setLocale("fi-FI"));
        businessContext.setDefaultTimeout(15_000);
        Page business = businessContext.newPage();
        try {
            // the business has the disruption open first
            loginAs(business, "yritys");
            business.navigate(url("/disruptions/" + d));
            assertThat(business.locator("#live-indicator")).isVisible();
            business.evaluate("window.__notReloaded = true");

            login("pelastus");
            page.navigate(url("/disruptions/" + d));
            assertThat(page.getByRole(
                            AriaRole.HEADING, new Page.GetByRoleOptions().setName("Myrsky Rovaniemellä (selaintesti)")))
                    .isVisible();
            assertAccessible();
            page.locator("#kind").selectOption("OBSERVATION");
            page.locator("#text")
                    .fill(
                            "Myrsky on kaatanut puita sähkölinjoille Vikajärvellä; vesilaitoksen pumppaamo ilman sähköä.");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Kirjaa").setExact(true))
                    .click();
            assertThat(page.locator(".notice")).containsText("Merkintä lisättiin");
            // the business sees the entry without reloading
            assertThat(business.locator("#timeline")).containsText("vesilaitoksen pumppaamo");

            page.locator("#typeCode").selectOption("GENERATOR_60KVA");
            page.locator("#quantity").fill("1");
            page.locator("#description").fill("Vesilaitoksen pumppaamo, Vikajärvi");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lähetä pyyntö"))
                    .click();
            assertThat(page.locator(".notice")).containsText("Pyyntö lähetettiin");
            assertAccessible();
            screenshot("operations-requested");

            // the request appears in the other browser, which was not reloaded
            assertThat(business.locator("#requests")).containsText("1 × Varavoimakone 60 kVA");
            assertThat((Boolean) business.evaluate("window.__notReloaded === true"))
                    .isTrue();
            String requestId = business.locator("#requests article.request-card")
                    .first()
                    .getAttribute("id")
                    .substring("request-".length());
            business.locator("#offer-quantity-" + requestId).fill("1");
            business.locator("#offer-note-" + requestId).fill("Perillä noin tunnissa");
            business.locator("#request-" + requestId)
                    .getByRole(
                            AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Tarjoa"))
                    .click();
            assertThat(business.locator(".notice")).containsText("Tarjous lähetettiin");
            business.screenshot(new Page.ScreenshotOptions()
                    .setPath(Paths.get("target/screenshots/operations-offered.png"))
                    .setFullPage(true));

            // the rescue department sees the offer without reloading and commits it
            page.evaluate("window.__notReloaded = true");
            assertThat(page.locator("#request-" + requestId)).containsText("Ounaskosken Konepalvelu Oy");
            assertThat((Boolean) page.evaluate("window.__notReloaded === true")).isTrue();
            page.locator("#request-" + requestId + " .commit-form button").click();
            assertThat(page.locator(".notice")).containsText("voimavara sidottiin");
            assertThat(page.locator("#board")).containsText("1 / 1");
            // the map shows the resource: the request and the committed generator as points
            assertThat(page.locator("#map-points"))
                    .containsText("Sidottu: 1 × Varavoimakone 60 kVA (Ounaskosken Konepalvelu Oy)");
            page.waitForCondition(
                    () -> page.locator("#map path.leaflet-interactive").count() >= 2);
            assertAccessible();
            screenshot("operations-committed");
            // and the business sees the commitment too
            assertThat(business.locator("#requests")).containsText("Sidottu");
        } finally {
            businessContext.close();
            second.close();
            Disruptions.close(jdbc, d);
        }
    }

    @Test
    void aCapWarningImportedThroughTheUiOpensADisruption() {
        login("pelastus");
        page.navigate(url("/disruptions"));
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tuo CAP-varoitus"))
                .click();
        assertAccessible();
        // first something that is not CAP: refused, and said so in Finnish
        page.locator("#xml").fill("<alert>ei kelpaa</alert>");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tuo varoitus"))
                .click();
        assertThat(page.locator(".error-summary")).containsText("ei ole CAP 1.2");
        assertThat(page.locator("#xml")).hasValue("<alert>ei kelpaa</alert>");
        assertAccessible();
        String id = "FMI-UI-" + System.nanoTime();
        page.locator("#xml")
                .fill(CapTests.warning(
                        id, "2026-11-25T06:00:00+02:00", "Alert", null, CapTests.geocodes("758", "148")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tuo varoitus"))
                .click();
        assertThat(page.locator(".notice")).containsText("avasi uuden häiriötilanteen");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Myrskyvaroitus Itä-Lappiin")))
                .isVisible();
        assertThat(page.locator("#status-line")).containsText("Seuranta");
        assertThat(page.locator("dl.facts")).containsText("Sodankylä");
        assertAccessible();
        screenshot("operations-cap-imported");
        String disruption = page.locator("#situation").getAttribute("data-disruption");
        Disruptions.close(jdbc, disruption);
    }

    @Test
    void resourcePagesAndTheNearestSearchInSwedish() {
        login("pelastus");
        page.navigate(url("/resources?lang=sv"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Resurser")))
                .isVisible();
        assertAccessible();
        page.navigate(url("/resources/nearest?type=GENERATOR_60KVA&area=698&radiusKm=200"));
        assertThat(page.locator("table.data tbody tr").first()).isVisible();
        page.waitForCondition(
                () -> page.locator("#map path.leaflet-interactive").count() >= 2);
        assertAccessible();
        screenshot("resources-nearest-sv");
        page.navigate(url("/resources/nearest?type=GENERATOR_60KVA&lat=52.5&lon=13.4&lang=fi"));
        assertThat(page.locator(".error-summary")).containsText("Suomen rajojen ulkopuolella");
        page.navigate(url("/resources/new"));
        assertAccessible();
        page.locator("#typeCode").selectOption("ATV");
        page.locator("#name").fill("Mönkijä, selaintesti");
        page.locator("#quantity").fill("-1");
        page.locator("#areaCode").selectOption("698");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tallenna"))
                .click();
        assertThat(page.locator(".error-summary")).containsText("negatiivinen");
        assertThat(page.locator("#name")).hasValue("Mönkijä, selaintesti");
        assertAccessible();
        page.navigate(url("/exercises"));
        assertAccessible();
        page.locator("table.data a").first().click();
        assertAccessible();
        page.navigate(url("/resource-types"));
        assertAccessible();
        page.navigate(url("/resources/import"));
        assertAccessible();
        assertThat(jdbc.sql("SELECT count(*) FROM resources.resource WHERE name = 'Mönkijä, selaintesti'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void onAPhoneTheAuthorityAcceptsAnOfferAndReleasesItWithoutScrollingSideways() throws Exception {
        String d = Disruptions.storm(mvc, jdbc, json)
                .titled("Myrsky puhelimella (selaintesti)")
                .open();
        try {
            Disruptions.status(mvc, "pelastus", d, "ACTIVE");
            String request = json.readTree(mvc.perform(fi.turvaverkko.support.Api.post(
                                    "pelastus",
                                    "/api/v1/disruptions/" + d + "/requests",
                                    "{\"typeCode\": \"GENERATOR_60KVA\", \"quantity\": 1, \"areaCode\": \"698\"}"))
                            .andReturn()
                            .getResponse()
                            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                    .get("id")
                    .asString();
            String generator = jdbc.sql("""
                            SELECT r.id::text FROM resources.resource r JOIN resources.resource_type t ON t.id = r.type_id
                              JOIN network.actor a ON a.id = r.owner_actor_id
                             WHERE a.name = 'Ounaskosken Konepalvelu Oy' AND t.code = 'GENERATOR_60KVA'
                             ORDER BY r.id LIMIT 1""").query(String.class).single();
            mvc.perform(fi.turvaverkko.support.Api.post(
                            "yritys",
                            "/api/v1/requests/" + request + "/offers",
                            "{\"resourceId\": \"" + generator + "\", \"quantity\": 1}"))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                            .isCreated());

            page.setViewportSize(390, 844);
            login("pelastus");
            page.navigate(url("/disruptions/" + d));
            fi.turvaverkko.support.PageChecks.assertNoSidewaysScroll(page);
            var accept = page.locator("#request-" + request + " .commit-form button");
            fi.turvaverkko.support.PageChecks.assertWithinWindow(page, accept);
            assertAccessible();
            screenshot("operations-phone-offer");
            accept.click();
            assertThat(page.locator(".notice")).containsText("voimavara sidottiin");
            fi.turvaverkko.support.PageChecks.assertNoSidewaysScroll(page);
            var release = page.locator("#request-" + request)
                    .getByRole(
                            AriaRole.BUTTON,
                            new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Vapauta"));
            fi.turvaverkko.support.PageChecks.assertWithinWindow(page, release);
            assertAccessible();
            screenshot("operations-phone-committed");
            release.click();
            assertThat(page.locator("#request-" + request)).containsText("Vapautettu");
            fi.turvaverkko.support.PageChecks.assertNoSidewaysScroll(page);
        } finally {
            Disruptions.close(jdbc, d);
        }
    }
}
