package fi.turvaverkko.audit;

import static fi.turvaverkko.support.Api.get;
import static fi.turvaverkko.support.Api.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.microsoft.playwright.Locator;
import fi.turvaverkko.platform.Catalogues;
import fi.turvaverkko.platform.Labels;
import fi.turvaverkko.platform.catalogue.CatalogueStore;
import fi.turvaverkko.support.BrowserTestBase;
import fi.turvaverkko.support.PageChecks;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The audit page as people read it: each change as field: before → after with dates as dates, the
 * reads of restricted data by item, a restricted item's values hidden from the admin; accessible (axe)
 * on a wide screen and a phone.
 */
class AuditBrowserTests extends BrowserTestBase {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    Labels labels;

    @Autowired
    Catalogues catalogues;

    @Autowired
    CatalogueStore store;

    String measure;
    String title;

    @BeforeAll
    void aRestrictedMeasureChanges() throws Exception {
        measure = jdbc.sql("""
                        SELECT min(m.id)::text FROM planning.measure m
                          JOIN planning.programme p ON p.id = m.programme_id
                         WHERE p.confidentiality = 'RESTRICTED' AND p.owner_actor_id =
                               (SELECT id FROM network.actor WHERE name = 'Rovaniemen kaupunki')""").query(String.class).single();
        ObjectNode m = (ObjectNode) json.readTree(mvc.perform(get("rovaniemi", "/api/v1/measures/" + measure))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        // the title keeps its words (other tests look for them), with a mark of this change
        title = m.get("title").asString().replaceAll(" \\(tarkistettu [0-9a-f]+\\)$", "") + " (tarkistettu "
                + UUID.randomUUID().toString().substring(0, 6) + ")";
        m.put("title", title);
        m.put("startDate", "2026-02-01");
        mvc.perform(put("rovaniemi", "/api/v1/measures/" + measure, json.writeValueAsString(m)))
                .andExpect(status().isOk());
    }

    @Test
    void theCoordinatorReadsEachChangeAsBeforeAndAfter() {
        login("coordinator");
        page.navigate(url("/admin/audit?itemType=MEASURE&itemId=" + measure));
        assertThat(page.locator("h1").textContent()).isEqualTo("Lokitiedot");
        Locator change = page.locator("tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText(title))
                .first();
        assertThat(change.textContent()).contains("Toimenpide", "Muutos", "Otsikko", "→", title, "Alkaa", "1.2.2026");
        // the reads of the plan are there too, naming the measure
        assertThat(page.locator("tbody").textContent())
                .contains("Salassa pidettävän tiedon luku", "Toimenpide " + measure);
        PageChecks.assertNoCodes(page, PageChecks.knownCodes(labels, catalogues, store));
        assertAccessible();
        screenshot("audit-coordinator");

        page.setViewportSize(390, 844);
        page.reload();
        assertAccessible();
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"))
                .as("no sideways scroll on a phone")
                .isTrue();
        screenshot("audit-coordinator-phone");
    }

    @Test
    void theAdminSeesThatTheMeasureChangedButNotHow() {
        login("admin");
        page.navigate(url("/admin/audit?itemType=MEASURE&itemId=" + measure + "&action=UPDATE"));
        String table = page.locator("#results").textContent();
        assertThat(table)
                .contains("rovaniemi", "Otsikko", "— salassa pidettävä —")
                .doesNotContain(title);
        assertAccessible();
        screenshot("audit-admin");
    }

    @Test
    void theApplicationsOwnEntriesAreTheSystemsInWords() {
        login("admin");
        page.navigate(url("/admin/audit?username=system"));
        String table = page.locator("#results").textContent();
        assertThat(table).contains("Järjestelmä (automaattinen toiminto)", "Toimija", "Lisäys", "Paikallinen");
        PageChecks.assertNoCodes(page, PageChecks.knownCodes(labels, catalogues, store));
        assertAccessible();
        // the first entries only: the page holds fifty
        page.setViewportSize(1280, 1600);
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(java.nio.file.Paths.get("target/screenshots/audit-system.png")));
    }

    @Test
    void inSwedishToo() {
        login("coordinator");
        page.navigate(url("/admin/audit?lang=sv&itemType=MEASURE&itemId=" + measure));
        assertThat(page.locator("h1").textContent()).isEqualTo("Loggdata");
        assertThat(page.locator("#results").textContent()).contains("Åtgärd", "Ändring", "Rubrik", "ändrat till");
        assertAccessible();
        screenshot("audit-coordinator-sv");
    }
}
