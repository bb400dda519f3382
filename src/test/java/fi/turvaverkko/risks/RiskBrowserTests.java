package fi.turvaverkko.risks;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.turvaverkko.support.Api;
import fi.turvaverkko.support.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 4's risk flow in a real browser: the coordinator opens the risk matrix, clicks a cell,
 * opens a scenario and sees its mitigating measures; adds a scenario after a refusal that keeps what
 * was typed; is told in Finnish that a scale has a gap; a member of an NGO never sees a restricted
 * scenario. axe checks every page on the way.
 */
class RiskBrowserTests extends BrowserTestBase {

    @Autowired
    JdbcClient jdbc;

    @Test
    void coordinatorClicksACellOfTheMatrixAndSeesAScenariosMitigatingMeasures() {
        String migration = jdbc.sql("SELECT id FROM risks.scenario WHERE title LIKE 'Laajamittainen%'")
                .query(Long.class)
                .single()
                .toString();
        String measure = RiskTestData.measures(jdbc, 1).get(0);
        jdbc.sql("INSERT INTO risks.scenario_measure (scenario_id, measure_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(Long.valueOf(migration), Long.valueOf(measure))
                .update();
        String measureTitle = jdbc.sql("SELECT title FROM planning.measure WHERE id = ?")
                .param(Long.valueOf(measure))
                .query(String.class)
                .single();
        login("coordinator");
        page.navigate(url("/risks"));
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Alueellinen riskiarvio: Lappi")))
                .isVisible();
        assertThat(page.locator("table.risk-matrix caption")).containsText("Riskimatriisi: Lappi");
        assertAccessible();
        screenshot("risks-matrix");

        page.locator("a.cell-link[aria-label^='Todennäköisyys 5, vaikutus 2:']").click();
        Locator heading = page.getByRole(
                AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Skenaariot, joiden todennäköisyys on 5 ja vaikutus 2"));
        assertThat(heading).isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*likelihood=5.*impact=2.*"));
        assertThat(page.locator("td.cell.selected")).hasCount(1);
        Locator rows = page.locator("#list-heading ~ .table-wrap tbody tr");
        assertThat(rows).hasCount(1);
        assertAccessible();
        screenshot("risks-matrix-cell");

        rows.first().getByRole(AriaRole.LINK).first().click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions()
                                .setName("Laajamittainen tai välineellistetty maahantulo itärajalla")))
                .isVisible();
        Locator measures = page.locator("#measures");
        assertThat(measures.getByRole(AriaRole.HEADING)).hasText("Riskiä pienentävät toimenpiteet");
        assertThat(measures.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(measureTitle)))
                .isVisible();
        assertThat(page.locator(".score-box").first()).containsText("10");
        assertAccessible();
        screenshot("risks-scenario");

        page.navigate(url("/risks/" + migration + "?lang=sv"));
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Riskminskande åtgärder")))
                .isVisible();
        page.navigate(url("/risks?lang=fi"));
    }

    @Test
    void coordinatorAddsAScenarioAfterARefusalThatKeepsWhatWasTyped() {
        String title = Api.unique("Jääpato Kemijoella");
        login("coordinator");
        page.navigate(url("/risks/new"));
        assertAccessible();
        page.locator("#title").fill(title);
        page.locator("#category").selectOption("LARGE_ACCIDENTS");
        page.locator("#likelihood").selectOption("3");
        for (String d : new String[] {
            "DEATHS", "INJURED", "EVACUATED", "MATERIAL_DAMAGE", "BUSINESS_INTERRUPTION", "ENVIRONMENT", "SOCIETAL"
        }) {
            page.locator("[id='impacts[" + d + "]']").selectOption("2");
        }
        page.locator("[id='impacts[EVACUATED]']").selectOption("4");
        page.locator("#ownerActorId-search").fill("Lapin pelastus");
        page.waitForCondition(() -> page.locator("#ownerActorId option").count() > 1);
        page.locator("#ownerActorId")
                .selectOption(new com.microsoft.playwright.options.SelectOption()
                        .setLabel(page.locator("#ownerActorId option").nth(1).textContent()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tallenna"))
                .click();

        // no area chosen: refused in Finnish, everything typed still there
        assertThat(page.locator(".error-summary")).containsText("Valitse vähintään yksi alue.");
        assertThat(page.locator("#title")).hasValue(title);
        assertThat(page.locator("[id='impacts[EVACUATED]']")).hasValue("4");
        assertThat(page.locator("#likelihood")).hasValue("3");
        assertAccessible();
        screenshot("risks-form-refused");

        page.locator("#area-320").check();
        page.locator("#area-698").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tallenna"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title)))
                .isVisible();
        assertThat(page.locator("main > .notice")).containsText("lisättiin");
        // mean impact 16 / 7 = 2,29; score × 3 = 6,86
        assertThat(page.locator(".score-box").first()).containsText("6,86");
        assertAccessible();
    }

    @Test
    void aScaleWithAGapIsRefusedInFinnish() {
        String id = jdbc.sql("SELECT min(id) FROM risks.scale")
                .query(Long.class)
                .single()
                .toString();
        login("coordinator");
        page.navigate(url("/risks/scales/" + id));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Kuolleet")))
                .isVisible();
        assertAccessible();
        screenshot("risks-scale");
        page.navigate(url("/risks/scales/" + id + "/edit"));
        assertAccessible();
        page.locator("[id='impacts[0].levels[1].lower']").fill("6");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tallenna"))
                .click();
        assertThat(page.locator(".error-summary")).containsText("tasojen 1 ja 2 väliin jää aukko");
        assertThat(page.locator("[id='impacts[0].levels[1].lower']")).hasValue("6");
        assertAccessible();
        screenshot("risks-scale-gap");
    }

    @Test
    void theMatrixAndTheIndicatorCardsFitAPhone() {
        page.setViewportSize(390, 844);
        login("rovaniemi");
        for (String path : new String[] {"/risks", "/indicators/areas/698", "/indicators/DRUG_OFFENCES/compare"}) {
            page.navigate(url(path));
            Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1");
            assertThat(fits)
                    .as("no sideways scrolling of the whole page on %s", path)
                    .isEqualTo(true);
            assertAccessible();
        }
        page.navigate(url("/risks"));
        screenshot("risks-matrix-phone");
        page.locator("a.cell-link[aria-label^='Todennäköisyys 4, vaikutus 2:']").click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Skenaariot, joiden todennäköisyys on 4 ja vaikutus 2")))
                .isVisible();
    }

    @Test
    void aRestrictedScenarioDoesNotExistForAnNgo() {
        String sabotage = jdbc.sql(
                        "SELECT id FROM risks.scenario WHERE title = 'Kriittisen infrastruktuurin sabotointi'")
                .query(Long.class)
                .single()
                .toString();
        login("spr");
        page.navigate(url("/risks"));
        assertThat(page.locator("main")).not().containsText("sabotointi");
        assertAccessible();
        var response = page.navigate(url("/risks/" + sabotage));
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("main")).not().containsText("sabotointi");
    }
}
