package fi.turvaverkko.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.turvaverkko.support.BrowserTestBase;
import org.junit.jupiter.api.Test;

/** The public pages, the admin pages and the API documentation in a real browser, with axe. */
class PlatformBrowserTests extends BrowserTestBase {

    @Test
    void publicPagesAreAccessibleInEveryLanguage() {
        for (String lang : new String[] {"fi", "sv", "en"}) {
            for (String path : new String[] {"/", "/accessibility", "/privacy", "/public", "/login"}) {
                page.navigate(url(path + "?lang=" + lang));
                assertThat(page.locator("html")).hasAttribute("lang", lang);
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                        .isVisible();
                assertAccessible();
            }
        }
    }

    @Test
    void adminPagesAreAccessible() {
        login("admin");
        for (String path : new String[] {
            "/admin/users",
            "/admin/users/new",
            "/admin/audit",
            "/admin/outbox",
            "/catalogues",
            "/catalogues/sectors",
            "/account"
        }) {
            page.navigate(url(path));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .isVisible();
            assertAccessible();
        }
    }

    @Test
    void theApiDocumentationRenders() {
        page.navigate(url("/swagger-ui.html"));
        // the operations of the network module's API are listed, from the app's own OpenAPI document
        assertThat(page.locator(".opblock-summary-path[data-path='/api/v1/actors']")
                        .first())
                .isVisible();
    }
}
