package fi.turvaverkko.network;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.turvaverkko.support.Api;
import fi.turvaverkko.support.BrowserTestBase;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 2's flow in a real browser: the coordinator adds an actor, is told in Finnish that the
 * business ID is wrong with the form still filled, corrects it, adds the actor to a group, sees it on
 * the organisation chart and switches to Swedish; axe checks every page on the way.
 */
class NetworkBrowserTests extends BrowserTestBase {

    @Test
    void coordinatorAddsAnActorToAGroupAndSeesItOnTheChart() {
        String name = Api.unique("Rovaniemen Vapaaehtoinen Palokunta ry");
        login("coordinator");
        assertAccessible();

        page.navigate(url("/actors"));
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Uusi toimija"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Uusi toimija")))
                .isVisible();
        assertAccessible();

        page.locator("#name").fill(name);
        page.locator("#sector").selectOption("NGO");
        page.locator("#level").selectOption("LOCAL");
        page.locator("#homeAreaCode").selectOption("698");
        page.locator("#businessId").fill("1234567-8");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tallenna"))
                .click();

        // refused in Finnish, and nothing typed is lost
        Locator summary = page.locator(".error-summary");
        assertThat(summary).containsText("Tarkista tiedot");
        assertThat(summary).containsText("Y-tunnus on virheellinen");
        assertThat(page.locator("#name")).hasValue(name);
        assertThat(page.locator("#businessId")).hasValue("1234567-8");
        assertThat(page.locator("#homeAreaCode")).hasValue("698");
        assertThat(page.locator("#sector")).hasValue("NGO");
        assertAccessible();

        page.locator("#businessId").fill(Api.businessId());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tallenna"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name)))
                .isVisible();
        assertThat(page.locator(".notice")).containsText("lisättiin");
        assertAccessible();

        // add it to the regional wellbeing and safety working group
        page.navigate(url("/groups?q=" + "Lapin hyvinvointi"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lapin hyvinvointi- ja turvallisuustyöryhmä"))
                .click();
        assertAccessible();
        page.locator("#actorId-search").fill(name.substring(0, 25));
        page.waitForCondition(() -> page.locator("#actorId option").count() > 1);
        page.locator("#actorId")
                .selectOption(new com.microsoft.playwright.options.SelectOption()
                        .setLabel(page.locator("#actorId option").nth(1).textContent()));
        page.locator("#role").selectOption("EXPERT");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lisää jäsen"))
                .click();
        assertThat(page.locator("#members")).containsText(name);
        assertAccessible();

        // the organisation chart is drawn from the data
        page.navigate(url("/chart/19"));
        Locator box = page.locator(
                        ".org-box", new Page.LocatorOptions().setHasText("Lapin hyvinvointi- ja turvallisuustyöryhmä"))
                .first();
        assertThat(box).containsText(name);
        assertAccessible();
        screenshot("org-chart-region");

        // in Swedish
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("På svenska"))
                .click();
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(Pattern.compile("Samarbetets organisation"));
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Huvudmeny")))
                .containsText("Aktörer");
        assertAccessible();
    }

    @Test
    void theFrameWorksWithAKeyboardAndOnAPhone() {
        page.setViewportSize(390, 844);
        page.navigate(url("/"));
        page.keyboard().press("Tab");
        Locator skip = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Siirry pääsisältöön"));
        assertThat(skip).isFocused();
        assertAccessible();
        login("rovaniemi");
        page.navigate(url("/chart/698"));
        assertThat(page.locator(".org-chart")).containsText("Rovaniemen kaupunginvaltuusto");
        assertAccessible();
        screenshot("org-chart-rovaniemi-phone");
        page.navigate(url("/areas/698"));
        assertThat(page.locator(".area-map svg")).isVisible();
        assertAccessible();
        // an item that does not exist: the error page, in the frame and the user's language
        page.navigate(url("/actors/987654321"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Sivua ei löytynyt");
        assertAccessible();
    }
}
