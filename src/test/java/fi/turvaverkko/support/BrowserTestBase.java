package fi.turvaverkko.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real Chromium (Debian's) driven by Playwright against the running application: one Playwright
 * and one browser per test class, a fresh browser context per test. Under CI (the {@code CI}
 * environment variable) a missing browser fails the run instead of skipping it.
 */
@IntegrationTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTestBase {

    public static final Path CHROMIUM = Paths.get(System.getProperty("turvaverkko.chromium", "/usr/bin/chromium"));

    @LocalServerPort
    protected int port;

    protected Playwright playwright;
    protected Browser browser;
    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    void launchBrowser() {
        boolean ci = System.getenv("CI") != null;
        boolean skip = Boolean.getBoolean("turvaverkko.test.skip-browser");
        if (!Files.isExecutable(CHROMIUM)) {
            if (ci) {
                throw new IllegalStateException("Chromium is missing at " + CHROMIUM + "; .ci/run installs it");
            }
            Assumptions.assumeTrue(false, "Chromium not installed at " + CHROMIUM);
        }
        Assumptions.assumeFalse(skip && !ci, "browser tests skipped by -DskipBrowserTests");
        playwright = Playwright.create();
        browser = launchChromium(playwright);
    }

    /** Debian's Chromium, headless, as every browser test and the product sweep drive it. */
    public static Browser launchChromium(Playwright playwright) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
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

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("fi-FI"));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage(org.junit.jupiter.api.TestInfo info) {
        if (page != null && !page.isClosed()) {
            // the last page each test saw, for a person to look at when something fails
            screenshot("last-" + info.getTestMethod().map(m -> m.getName()).orElse("test"));
        }
        if (context != null) {
            context.close();
        }
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void login(String username) {
        page.navigate(url("/login"));
        page.getByLabel("Käyttäjätunnus").fill(username);
        page.getByLabel("Salasana").fill("demo");
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Kirjaudu").setExact(true))
                .click();
        page.waitForURL(u -> !u.contains("/login"));
    }

    /** Runs axe on the current page and fails on any serious or critical violation. */
    protected void assertAccessible() {
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        List<String> bad = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(BrowserTestBase::describe)
                .toList();
        assertThat(bad)
                .as("serious or critical accessibility violations on %s", page.url())
                .isEmpty();
    }

    /** Saves a screenshot under target/screenshots for a person to look at. */
    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/" + name + ".png"))
                .setFullPage(true));
    }

    private static String describe(Rule v) {
        StringBuilder s = new StringBuilder(v.getId() + " (" + v.getImpact() + "): " + v.getHelp());
        v.getNodes().stream()
                .limit(3)
                .forEach(
                        n -> s.append("\n   ").append(n.getTarget()).append(" ").append(n.getFailureSummary()));
        return s.toString();
    }
}
