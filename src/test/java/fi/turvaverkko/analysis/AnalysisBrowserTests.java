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
import org.springframework.beans.factory.annotation.Autowired;

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

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    @Autowired
    fi.turvaverkko.platform.Labels labels;

    @Autowired
    fi.turvaverkko.platform.Catalogues catalogues;

    @Autowired
    fi.turvaverkko.platform.catalogue.CatalogueStore catalogueStore;

    private java.util.Set<String> codes() {
        return fi.turvaverkko.support.PageChecks.knownCodes(labels, catalogues, catalogueStore);
    }

    @Test
    void theDashboardAndTheFindingsShowLabelsNotCodesAndOfferOnlyWhatTheUserMayOpen() throws Exception {
        String body = """
                {"kind": "STORM", "title": "Koodittoman tilannekuvan myrsky", "severity": "SEVERE",
                 "leadActorId": "%s", "areaCodes": ["698"], "description": "Myrsky.", "publicAlert": false}""".formatted(fi.turvaverkko.support.Api.actorId(jdbc, "Lapin pelastuslaitos"));
        String d = json.readTree(mvc.perform(fi.turvaverkko.support.Api.post("pelastus", "/api/v1/disruptions", body))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .get("id")
                .asString();
        mvc.perform(fi.turvaverkko.support.Api.post(
                "pelastus", "/api/v1/disruptions/" + d + "/status", "{\"status\": \"ACTIVE\"}"));
        try {
            login("coordinator");
            page.setViewportSize(1366, 900);
            page.navigate(url("/dashboard"));
            Locator disruptions = page.locator("section[aria-labelledby=disruptions-heading]");
            assertThat(disruptions).containsText("Koodittoman tilannekuvan myrsky");
            assertThat(disruptions).containsText("Vakava");
            fi.turvaverkko.support.PageChecks.assertNoCodes(page, codes());
            fi.turvaverkko.support.PageChecks.assertNoSidewaysScroll(page);
            assertAccessible();
            page.navigate(url("/dashboard?lang=sv"));
            assertThat(page.locator("section[aria-labelledby=disruptions-heading]"))
                    .containsText("Allvarlig");
            fi.turvaverkko.support.PageChecks.assertNoCodes(page, codes());
            // the coordinator may open the businesses' continuity, and the link opens it
            page.locator("p.actions a[href^='/continuity/aggregates']").click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .isVisible();
            assertAccessible();

            // a blind spot names the resource type it lacks, in the reader's language
            page.navigate(url("/analysis/findings/BLIND_NO_RESOURCES:3:TRACTOR_LOADER?lang=fi"));
            assertThat(page.locator("main")).containsText("Traktori ja etukuormain");
            fi.turvaverkko.support.PageChecks.assertNoCodes(page, codes());
            assertAccessible();
            page.navigate(url("/analysis/findings/BLIND_NO_RESOURCES:3:TRACTOR_LOADER?lang=sv"));
            assertThat(page.locator("main")).containsText("Traktor med frontlastare");
            fi.turvaverkko.support.PageChecks.assertNoCodes(page, codes());
        } finally {
            jdbc.sql("UPDATE operations.disruption SET status = 'CLOSED', ended_at = now() WHERE id = ?")
                    .param(Long.parseLong(d))
                    .update();
        }
        // an NGO sees no link it could not follow
        context.clearCookies();
        login("spr");
        page.navigate(url("/dashboard?lang=fi"));
        assertThat(page.locator("a[href^='/continuity/aggregates']")).hasCount(0);
        fi.turvaverkko.support.PageChecks.assertNoCodes(page, codes());
    }

    @Test
    void sallasGapIsTheEmptyCellOfTheCoverageTableAndTheTableFitsTheScreen() {
        login("coordinator");
        page.setViewportSize(1366, 900);
        page.navigate(url("/dashboard/732?lang=fi"));
        Locator gaps = page.locator("section[aria-labelledby=gaps-heading]");
        assertThat(gaps).containsText("kunnassa tai sen seutukunnassa");
        assertThat(gaps).containsText("Koko maakuntaa koskevia toimenpiteitä näissä teemoissa on");
        page.navigate(url("/analysis/coverage?region=19&lang=fi"));
        // the themes of the gap have no measure aimed at Salla, only region-wide ones (+)
        Locator salla = page.locator("tr", new Page.LocatorOptions().setHas(page.locator("th:text-is('Salla')")));
        Locator traffic = salla.locator("td").first();
        assertThat(traffic).hasClass(Pattern.compile("empty"));
        assertThat(traffic.locator(".local")).hasText("0");
        assertThat(traffic.locator(".wide")).containsText("+");
        fi.turvaverkko.support.PageChecks.assertTablesFit(page);
        fi.turvaverkko.support.PageChecks.assertNoSidewaysScroll(page);
        fi.turvaverkko.support.PageChecks.assertNoCodes(page, codes());
        assertAccessible();
        screenshot("analysis-coverage-1366");
        page.setViewportSize(390, 844);
        page.navigate(url("/analysis/coverage?region=19&lang=sv"));
        fi.turvaverkko.support.PageChecks.assertNoSidewaysScroll(page);
        assertAccessible();
        screenshot("analysis-coverage-390-sv");
        page.navigate(url("/risks?lang=fi"));
        page.setViewportSize(1366, 900);
        page.navigate(url("/risks?lang=fi"));
        fi.turvaverkko.support.PageChecks.assertTablesFit(page);
        fi.turvaverkko.support.PageChecks.assertNoSidewaysScroll(page);
    }
}
