package fi.turvaverkko.analysis;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.turvaverkko.support.BrowserTestBase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's flow in a real browser: the coordinator opens the situational-awareness dashboard, goes
 * from a cell of the risk matrix to a scenario and its mitigating measures, opens a gap and marks it
 * handled with a reason (refused first without one, keeping the choice), and downloads the 3W data as
 * HXL; axe checks every page.
 */
class AnalysisBrowserTests extends BrowserTestBase {

    @Test
    void coordinatorGoesFromTheRiskMatrixToAScenarioAndHandlesAGap() throws Exception {
        login("coordinator");
        page.navigate(url("/dashboard"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Tilannekuva: Lappi")))
                .isVisible();
        assertAccessible();
        screenshot("analysis-dashboard");

        // a cell of the matrix lists its scenarios; a scenario shows what mitigates it
        Locator cell =
                page.locator("section[aria-labelledby=matrix-heading] table a").first();
        cell.click();
        assertThat(page).hasURL(Pattern.compile(".*/risks\\?.*likelihood=.*"));
        assertAccessible();
        page.locator("section[aria-labelledby=list-heading] tbody a").first().click();
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Riskiä pienentävät toimenpiteet")))
                .isVisible();
        assertAccessible();

        // the largest gaps: open one and mark it handled
        page.navigate(url("/dashboard"));
        page.locator("section[aria-labelledby=gaps-heading] li a").first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Käsittely")))
                .isVisible();
        assertAccessible();
        String findingUrl = page.url();
        page.getByLabel("Käsitelty").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tallenna"))
                .click();
        assertThat(page.locator(".error-summary")).containsText("Tarkista tiedot");
        assertThat(page.getByLabel("Käsitelty")).isChecked();
        assertAccessible();
        String reason = "Kunnan valmiusharjoitus syksyllä 2027 kattaa tämän.";
        page.locator("#reason").fill(reason);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tallenna"))
                .click();
        assertThat(page.locator(".notice")).isVisible();
        page.navigate(findingUrl);
        assertThat(page.locator("main")).containsText(reason);
        assertThat(page.getByLabel("Käsitelty")).isChecked();

        // the same finding in Swedish
        page.navigate(findingUrl + "?lang=sv");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Behandling")))
                .isVisible();
        assertAccessible();
        page.navigate(url("/dashboard?lang=fi"));

        // who does what where, and its HXL copy
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kuka tekee mitä missä"))
                .first()
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName(Pattern.compile("Kuka tekee mitä missä.*"))))
                .isVisible();
        assertAccessible();
        screenshot("analysis-coverage");
        Download download = page.waitForDownload(
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile(".*HXL.*")))
                        .first()
                        .click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith("#org+name");
        assertThat(csv.lines().count()).isGreaterThan(3);
    }
}
