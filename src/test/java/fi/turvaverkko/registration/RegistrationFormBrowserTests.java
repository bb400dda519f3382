package fi.turvaverkko.registration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.turvaverkko.support.Api;
import fi.turvaverkko.support.BrowserTestBase;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's registration form: the error summary names every field it lists, each line leading to
 * its field, and a username already in use is refused on the form itself with everything typed kept.
 */
class RegistrationFormBrowserTests extends BrowserTestBase {

    void send() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lähetä rekisteröityminen"))
                .click();
    }

    @Test
    void theErrorSummaryNamesEachField() {
        page.navigate(url("/register"));
        send();
        Locator summary = page.locator(".error-summary");
        assertThat(summary).isFocused();
        for (String line : new String[] {
            "Organisaation nimi: Pakollinen tieto puuttuu.",
            "Organisaation laji: Pakollinen tieto puuttuu.",
            "Kotikunta tai toiminta-alue: Pakollinen tieto puuttuu.",
            "Sähköpostiosoite: Pakollinen tieto puuttuu.",
            "Käyttäjätunnus: Pakollinen tieto puuttuu."
        }) {
            assertThat(summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(line)))
                    .hasCount(1);
        }
        assertThat(summary).containsText("Salasana: ");
        summary.getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("Käyttäjätunnus: Pakollinen tieto puuttuu."))
                .click();
        assertThat(page).hasURL(Pattern.compile("#username$"));
        assertAccessible();
    }

    @Test
    void aTakenUsernameIsRefusedOnTheFormWithEverythingKept() {
        String name = Api.unique("Napapiirin Kyläyhdistys ry");
        String email = "napapiiri" + Long.toString(System.nanoTime(), 36) + "@example.org";
        page.navigate(url("/register"));
        page.locator("#organisationName").fill(name);
        page.locator("#sector").selectOption("NGO");
        page.locator("#homeAreaCode").selectOption("698");
        page.locator("#email").fill(email);
        page.locator("#username").fill("coordinator");
        page.locator("#password").fill("Kylät turvassa 2026");
        send();
        // the same form, not the "check your e-mail" page
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Liity turvallisuusyhteistyöhön");
        assertThat(page.locator(".error-summary")).containsText("Käyttäjätunnus: Käyttäjätunnus on jo käytössä.");
        assertThat(page.locator("#username")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#username-error")).containsText("Käyttäjätunnus on jo käytössä.");
        assertThat(page.locator("#organisationName")).hasValue(name);
        assertThat(page.locator("#email")).hasValue(email);
        assertThat(page.locator("#homeAreaCode")).hasValue("698");
        assertThat(page.locator("#sector")).hasValue("NGO");
        assertAccessible();
    }
}
