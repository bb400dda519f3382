package fi.turvaverkko.registration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.turvaverkko.support.Api;
import fi.turvaverkko.support.BrowserTestBase;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 6 in a real browser: a new NGO registers (and is told in Finnish what to fix, with its
 * answers kept), confirms its address from the outbox, is approved by the coordinator, asks to join
 * a group and is accepted by the group's chair; axe checks every page on the way.
 */
class RegistrationBrowserTests extends BrowserTestBase {

    static final String PASSWORD = "Kylät turvassa 2026";
    static final String GROUP = "Rovaniemen hyvinvointi- ja turvallisuustyöryhmä";

    /** Starts afresh as nobody, as another person at another computer would. */
    void newPerson() {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("fi-FI"));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    void loginAs(String username, String password) {
        page.navigate(url("/login"));
        page.getByLabel("Käyttäjätunnus").fill(username);
        page.getByLabel("Salasana").fill(password);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Kirjaudu").setExact(true))
                .click();
        page.waitForURL(u -> !u.contains("/login"));
    }

    void button(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name))
                .click();
    }

    @Test
    void aNewNgoRegistersConfirmsIsApprovedAndJoinsAGroup() {
        String name = Api.unique("Muurolan Kyläyhdistys ry");
        String username = "muurola" + Long.toString(System.nanoTime(), 36);
        String email = username + "@example.org";

        page.navigate(url("/"));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Rekisteröidy").setExact(true))
                .first()
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Liity turvallisuusyhteistyöhön");
        assertAccessible();
        page.locator("#organisationName").fill(name);
        page.locator("#sector").selectOption("NGO");
        page.locator("#homeAreaCode").selectOption("698");
        page.locator("#email").fill(email);
        page.locator("#username").fill(username);
        page.locator("#password").fill("lyhyt");
        button("Lähetä rekisteröityminen");
        // refused in Finnish; what was typed is kept (the password is never sent back)
        assertThat(page.locator(".error-summary")).containsText("vähintään 10 merkkiä");
        assertThat(page.locator("#organisationName")).hasValue(name);
        assertThat(page.locator("#email")).hasValue(email);
        assertThat(page.locator("#homeAreaCode")).hasValue("698");
        assertThat(page.locator("#password")).hasValue("");
        assertAccessible();
        page.locator("#password").fill(PASSWORD);
        button("Lähetä rekisteröityminen");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Tarkista sähköpostisi");
        assertAccessible();

        // the coordinator sees it at once, unconfirmed, and cannot approve it yet
        loginAs("coordinator", "demo");
        page.navigate(url("/registrations?q=" + username));
        assertThat(page.locator("#results")).containsText("Osoite vahvistamatta");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hyväksy")))
                .isDisabled();
        assertAccessible();

        // without SMTP the mail waits in the outbox, which the admin reads
        newPerson();
        loginAs("admin", "demo");
        page.navigate(url("/admin/outbox?recipient=" + email));
        assertThat(page.locator(".mail-body").first()).containsText(name);
        assertAccessible();
        Matcher link = Pattern.compile("/register/confirm/[A-Za-z0-9_-]+")
                .matcher(page.locator(".mail-body").first().textContent());
        assertThat(link.find()).isTrue();
        String confirmation = link.group();

        newPerson();
        page.navigate(url(confirmation));
        assertAccessible();
        button("Vahvista sähköpostiosoite");
        assertThat(page.locator(".notice")).containsText("Sähköpostiosoite on vahvistettu");
        assertAccessible();
        // the link works once
        page.navigate(url(confirmation));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("ei ole voimassa");

        // until approved, the new user cannot log in
        page.navigate(url("/login"));
        page.getByLabel("Käyttäjätunnus").fill(username);
        page.getByLabel("Salasana").fill(PASSWORD);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Kirjaudu").setExact(true))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));

        // the coordinator approves
        newPerson();
        loginAs("coordinator", "demo");
        page.navigate(url("/requests"));
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Käsittele rekisteröitymisiä"))
                .click();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
        button("Hyväksy");
        assertThat(page.locator(".notice")).containsText("hyväksyttiin");
        assertThat(page.locator("main")).containsText("Hyväksytty");
        assertAccessible();
        screenshot("registration-approved");

        // the NGO logs in and asks to join the municipality's working group
        newPerson();
        loginAs(username, PASSWORD);
        page.navigate(url("/requests"));
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pyydä jäsenyyttä ryhmässä"))
                .click();
        page.locator("#q").fill("Rovaniemen hyvinvointi");
        button("Hae");
        page.locator("#groupId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(GROUP));
        page.locator("#message").fill("Haluamme mukaan kylien turvallisuustyöhön.");
        assertAccessible();
        button("Lähetä");
        assertThat(page.locator(".notice")).containsText("Liittymispyyntö lähetettiin");
        assertThat(page.locator("main")).containsText("Odottaa vastausta");
        assertAccessible();

        // the municipality chairs the group and accepts
        newPerson();
        loginAs("rovaniemi", "demo");
        page.navigate(url("/requests"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
        assertAccessible();
        button("Hyväksy");
        assertThat(page.locator(".notice")).containsText("Pyyntö hyväksyttiin");
        screenshot("join-request-approved");

        // the NGO is a member of the group now
        newPerson();
        loginAs(username, PASSWORD);
        page.navigate(url("/join-requests?view=own"));
        assertThat(page.locator("#results")).containsText("Hyväksytty");
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(GROUP))
                .first()
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(GROUP))
                .first()
                .click();
        assertThat(page.locator("#members")).containsText(name);
    }

    @Test
    void anNgoOffersAResourceAndProposesAMeasureAndTheCoordinatorAnswers() {
        String offer = Api.unique("Ensiapuryhmän varustekontti");
        login("spr");
        page.navigate(url("/requests"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tarjoa voimavaroja"))
                .click();
        assertAccessible();
        button("Lähetä");
        assertThat(page.locator(".error-summary")).containsText("Pakollinen tieto puuttuu");
        assertAccessible();
        page.locator("#name").fill(offer);
        page.locator("#typeCode").selectOption("GENERATOR_20KVA");
        page.locator("#quantity").fill("2");
        page.locator("#areaCode").selectOption("698");
        page.locator("#activationMinutes").fill("90");
        button("Lähetä");
        assertThat(page.locator(".notice")).containsText("Voimavaratarjous lähetettiin");
        assertAccessible();

        page.navigate(url("/measure-proposals/new"));
        assertAccessible();
        page.locator("#title").fill(Api.unique("Ensiavun perusteet kyläyhdistyksille"));
        page.locator("#description").fill("Neljä iltakurssia kylätaloilla.");
        page.locator("#areaCodes-698").check();
        page.locator("#emphasis").selectOption("PREVENTION");
        page.locator("#startDate").fill("2026-01-10");
        page.locator("#endDate").fill("2026-01-01");
        button("Lähetä");
        // refused in Finnish, what was typed is kept
        assertThat(page.locator(".error-summary")).containsText("Päättymispäivä ei voi olla ennen alkamispäivää");
        assertThat(page.locator("#description")).hasValue("Neljä iltakurssia kylätaloilla.");
        assertAccessible();
        page.locator("#endDate").fill("2026-03-31");
        button("Lähetä");
        assertThat(page.locator(".notice")).containsText("Toimenpide-ehdotus lähetettiin");

        newPerson();
        login("coordinator");
        page.navigate(url("/requests"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(offer))
                .click();
        button("Hyväksy");
        assertThat(page.locator(".notice")).containsText("Pyyntö hyväksyttiin");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Näytä voimavararekisterissä")))
                .isVisible();
        assertAccessible();
        page.navigate(url("/measure-proposals?view=answer&status=PENDING"));
        assertAccessible();
        screenshot("measure-proposals-to-answer");
    }

    @Test
    void theRegistrationFormWorksInSwedishAndOnAPhone() {
        page.setViewportSize(390, 844);
        page.navigate(url("/register?lang=sv"));
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Anslut dig till säkerhetssamarbetet");
        button("Skicka registreringen");
        assertThat(page.locator(".error-summary")).containsText("Kontrollera uppgifterna");
        assertAccessible();
        screenshot("register-sv-phone");
    }
}
