package fi.turvaverkko.indicators;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import fi.turvaverkko.support.BrowserTestBase;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 4's indicator pages in a real browser: an indicator over time for one area, the areas side
 * by side in one year, one area's indicators with their direction, each chart with a table; a
 * refused value keeps what was typed; an import with errors lists each row and writes nothing.
 */
class IndicatorBrowserTests extends BrowserTestBase {

    static final int THIS_YEAR = Year.now(ZoneId.of("Europe/Helsinki")).getValue();

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMemberReadsTheChartsAndTheirTables() {
        login("rovaniemi");
        page.navigate(url("/indicators"));
        assertAccessible();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Poliisin tietoon tulleet huumausainerikokset / 1 000 asukasta"))
                .click();
        page.locator("#area").selectOption("698");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Näytä").setExact(true))
                .click();
        assertThat(page.locator("svg.chart-line")).isVisible();
        assertThat(page.locator("svg.chart-line title").first()).containsText("Rovaniemi");
        assertThat(page.locator("table caption").first()).hasText("Arvot vuosittain: Rovaniemi");
        assertThat(page.locator("table.data tbody tr").first().locator("th")).hasText(String.valueOf(THIS_YEAR - 1));
        assertAccessible();
        screenshot("indicators-over-time");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Alueiden vertailu"))
                .click();
        assertThat(page.locator("svg.chart-bars")).isVisible();
        assertThat(page.locator(".indicator-map svg")).isVisible();
        assertThat(page.locator("table.data tbody tr")).hasCount(22);
        assertAccessible();
        screenshot("indicators-compare");

        page.navigate(url("/indicators/areas/698"));
        // the ten demo indicators, and whatever other tests have added for Rovaniemi
        assertThat(page.locator(".indicator-cards > li").count()).isGreaterThanOrEqualTo(10);
        assertThat(page.locator(".indicator-cards")).containsText("Katuturvallisuusindeksi");
        assertThat(page.locator("p.lead")).containsText("Viimeisimmän vuoden muutos");
        assertAccessible();
        screenshot("indicators-area");

        page.navigate(url("/indicators/areas/698?lang=sv"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Indikatorer: Rovaniemi")))
                .isVisible();
        page.navigate(url("/indicators?lang=fi"));
    }

    @Test
    void aRefusedValueKeepsWhatWasTyped() {
        login("coordinator");
        page.navigate(url("/indicators/DRINK_DRIVING?area=261"));
        page.locator("#year").fill(String.valueOf(THIS_YEAR + 1));
        page.locator("#value").fill("4,2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tallenna arvo"))
                .click();
        assertThat(page.locator(".error-summary")).containsText("on tulevaisuudessa");
        assertThat(page.locator("#year")).hasValue(String.valueOf(THIS_YEAR + 1));
        assertThat(page.locator("#value")).hasValue("4,2");
        assertAccessible();
        screenshot("indicators-value-refused");
        page.locator("#year").fill("2000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tallenna arvo"))
                .click();
        assertThat(page.locator(".notice")).containsText("Vuoden 2000 arvo 4,2 tallennettiin.");
    }

    @Test
    void anImportWithErrorsListsEveryRowAndWritesNothing() {
        long before = jdbc.sql("SELECT count(*) FROM indicators.indicator_value")
                .query(Long.class)
                .single();
        login("coordinator");
        page.navigate(url("/indicators/import"));
        assertAccessible();
        String csv = "indicator_code;area_code;year;value\n"
                + "DRUG_OFFENCES;698;1999;3,1\n"
                + "DRUG_OFFENCES;12345;1999;3,1\n"
                + "KEKSITTY;698;1999;3,1\n";
        page.locator("#file")
                .setInputFiles(new FilePayload("arvot.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tuo arvot"))
                .click();
        assertThat(page.locator(".error-summary")).containsText("Tiedostoa ei tuotu");
        assertThat(page.locator("#import-errors tbody tr")).hasCount(2);
        assertThat(page.locator("#import-errors tbody tr").first()).containsText("Tuntematon aluekoodi: 12345.");
        assertThat(page.locator("#import-errors tbody tr").nth(1)).containsText("KEKSITTY");
        assertAccessible();
        screenshot("indicators-import-refused");
        assertThat(jdbc.sql("SELECT count(*) FROM indicators.indicator_value")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);

        page.locator("#file")
                .setInputFiles(new FilePayload(
                        "arvot.csv",
                        "text/csv",
                        "indicator_code;area_code;year;value\nDRUG_OFFENCES;698;1999;3,1\n"
                                .getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tuo arvot"))
                .click();
        assertThat(page.locator(".notice")).containsText("Tiedostosta tuotiin 1 rivi: 1 uusi arvo");
    }
}
