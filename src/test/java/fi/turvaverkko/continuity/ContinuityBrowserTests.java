package fi.turvaverkko.continuity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.turvaverkko.continuity.domain.AssessmentService;
import fi.turvaverkko.continuity.domain.QuestionnaireService;
import fi.turvaverkko.continuity.domain.QuestionnaireView;
import fi.turvaverkko.identity.Role;
import fi.turvaverkko.identity.UserManagement;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.CreateActor;
import fi.turvaverkko.support.Api;
import fi.turvaverkko.support.BrowserTestBase;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 6 in a real browser: a business answers the questionnaire in two sittings, sees its results
 * and adopts a suggested measure; the coordinator sees a sub-region's figures only once three
 * businesses there have answered; axe checks every page on the way.
 */
class ContinuityBrowserTests extends BrowserTestBase {

    @Autowired
    Actors actors;

    @Autowired
    UserManagement users;

    @Autowired
    AssessmentService assessments;

    @Autowired
    QuestionnaireService questionnaires;

    /** A business of a municipality and a user for it (password demo); answers [actorId, username, name]. */
    String[] business(String municipality) {
        String id = actors.createAs(
                        new CreateActor(
                                Api.unique("Selainyritys Oy"),
                                null,
                                "BUSINESS",
                                "LOCAL",
                                null,
                                null,
                                municipality,
                                Api.businessId(),
                                null,
                                null,
                                null,
                                null),
                        "ACTIVE")
                .id();
        String username = "sy" + Long.toString(System.nanoTime(), 36);
        users.ensureDemoUser(
                username, username, username + "@example.org", List.of(Role.MEMBER), List.of(Long.valueOf(id)), "demo");
        return new String[] {
            id, username, actors.find(Long.valueOf(id)).orElseThrow().name()
        };
    }

    void newPerson() {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("fi-FI"));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    /** Chooses the level of every question of the section on screen. */
    void answerSection(int level) {
        Locator questions = page.locator("fieldset.question");
        for (int i = 0; i < questions.count(); i++) {
            questions.nth(i).locator("input[type=radio][value='" + level + "']").check();
        }
    }

    void button(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name))
                .first()
                .click();
    }

    @Test
    void aBusinessAnswersInTwoSittingsSeesItsResultsAndAdoptsASuggestion() {
        String[] b = business("698");
        login(b[1]);
        page.navigate(url("/continuity"));
        assertThat(page.locator(".notice.important")).containsText("vain organisaatiosi käyttäjille");
        assertAccessible();
        button("Aloita arviointi");
        assertThat(page.locator("#section-heading")).containsText("Osa-alue 1 / 8");
        assertAccessible();

        // first sitting: two areas, then come back later
        answerSection(1);
        page.locator("#note-"
                        + page.locator("fieldset.question")
                                .first()
                                .getAttribute("id")
                                .substring(2))
                .fill("Vastuuhenkilöä ei ole vielä sovittu.");
        button("Tallenna ja siirry: Riskit ja vaikutusanalyysi");
        assertThat(page.locator(".notice")).containsText("tallennettiin");
        answerSection(2);
        button("Tallenna ja jatka myöhemmin");
        assertThat(page.locator("#main")).containsText("Kesken – jatka vastaamista");
        assertThat(page.locator("#main")).containsText("7 / 25");
        assertAccessible();

        // second sitting, another day
        newPerson();
        login(b[1]);
        page.navigate(url("/continuity"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kesken – jatka vastaamista"))
                .click();
        assertThat(page.locator("fieldset.question").first().locator("input[value='1']"))
                .isChecked();
        assertThat(page.locator("textarea").first()).hasValue("Vastuuhenkilöä ei ole vielä sovittu.");
        // on a phone too
        page.setViewportSize(390, 844);
        assertAccessible();
        screenshot("continuity-form-phone");
        page.setViewportSize(1280, 900);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Henkilöstö")))
                .click();
        for (int section = 3; section <= 8; section++) {
            answerSection(section == 5 ? 4 : 3);
            if (section < 8) {
                page.locator(".actions button.button:not(.secondary)").first().click();
                assertThat(page.locator("#section-heading")).containsText("Osa-alue " + (section + 1) + " / 8");
            }
        }
        button("Tallenna ja näytä tulokset");

        // the results: chart with its table, weakest first, suggestions, the report
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Arvioinnin tulokset");
        assertThat(page.locator("figure.continuity-chart svg")).isVisible();
        assertThat(page.locator("table.data")).containsText("Johtaminen ja vastuut");
        assertThat(page.locator("ol.weak-points > li").first()).containsText("Taso 1");
        assertAccessible();
        screenshot("continuity-results");
        String pdf = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lataa oma raportti (PDF)"))
                .getAttribute("href");
        APIResponse report = page.request().get(url(pdf));
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.headers().get("content-type")).contains("application/pdf");
        assertThat(new String(report.body(), 0, 4)).isEqualTo("%PDF");

        Locator weakest = page.locator("ol.weak-points > li").first();
        String suggestion = weakest.locator("h3 > span").first().textContent().trim();
        weakest.getByRole(AriaRole.BUTTON).click();
        assertThat(page.locator(".notice").first()).containsText("lisättiin");
        assertThat(weakest).containsText("Otettu omaksi toimenpiteeksi");
        assertThat(weakest.getByRole(AriaRole.BUTTON)).hasCount(0);
        assertAccessible();
        String resultsUrl = page.url();

        // the measure is in the region's action list, the business responsible for it
        weakest.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Näytä toimenpide"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/measures/\\d+$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText(suggestion);
        assertThat(page.locator("#main")).containsText("Lapin toimenpidelista 2026–2028");
        assertThat(page.locator("#main")).containsText(b[2]);
        assertThat(page.locator("#main")).containsText("Jatkuvuudenhallinnan itsearvioinnin parannusehdotus");
        assertAccessible();
        page.navigate(resultsUrl);
        // in Swedish
        page.navigate(page.url().replaceAll("#.*", "") + "?lang=sv");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Värderingens resultat");
        assertAccessible();

        // nobody else sees it: not the coordinator
        String results = page.url().replaceAll("\\?.*", "");
        newPerson();
        login("coordinator");
        page.navigate(results);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Sivua ei löytynyt");
    }

    @Test
    void theCoordinatorSeesASubRegionOnlyOnceThreeBusinessesHaveAnswered() {
        // Northern Lapland (Inari) has no answers in the demo data
        String[] first = business("148");
        String[] second = business("148");
        String[] third = business("148");
        answered(first[0], 2);
        answered(second[0], 3);
        login("coordinator");
        page.navigate(url("/continuity/aggregates"));
        Locator row = northernLapland();
        assertThat(row.locator("td").first()).containsText("–");
        assertThat(row.locator("td").first()).not().containsText("n =");
        assertAccessible();
        screenshot("continuity-aggregates-two");

        answered(third[0], 1);
        page.reload();
        row = northernLapland();
        assertThat(row.locator("td").first()).containsText("(n = 3)");
        assertThat(row.locator("td").first()).containsText("2,0");
        // and by area: every area of the region has a mean
        Locator byArea = page.locator("table.aggregate").nth(1).locator("tbody tr");
        assertThat(byArea).hasCount(8);
        assertThat(byArea.first().locator("td").last()).hasText(Pattern.compile("\\d,\\d"));
        assertAccessible();
        screenshot("continuity-aggregates-three");

        // the summary the coordinator sees on the continuity page
        page.navigate(url("/continuity"));
        assertThat(page.locator(".continuity-summary")).containsText("Jatkuvuudenhallinnan taso: Lappi");
        assertThat(page.locator(".continuity-summary figure svg")).isVisible();
        assertAccessible();

        // the lighter questionnaire's table, and the page in English
        page.navigate(url("/continuity/aggregates"));
        page.locator("#questionnaire").selectOption("BCM_LIGHT");
        button("Suodata");
        assertThat(page.locator("table.aggregate").first()).isVisible();
        assertAccessible();
        page.navigate(url("/continuity/aggregates?lang=en"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Level of business continuity");
        assertAccessible();

        // a business does not see the region's aggregates
        newPerson();
        login(first[1]);
        page.navigate(url("/continuity/aggregates"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Ei käyttöoikeutta");
    }

    Locator northernLapland() {
        return page.locator("table.aggregate")
                .first()
                .locator("tbody tr", new Locator.LocatorOptions().setHasText("Pohjois-Lapin seutukunta"));
    }

    void answered(String actorId, int level) {
        QuestionnaireView q = questionnaires.list(true).stream()
                .filter(x -> x.code().equals("BCM"))
                .findFirst()
                .map(x -> questionnaires.get(x.id()))
                .orElseThrow();
        Map<String, Integer> scores = new HashMap<>();
        q.sections().forEach(s -> s.questions().forEach(x -> scores.put(x.id(), level)));
        assessments.loadSubmitted(
                Long.parseLong(actorId), Long.parseLong(q.id()), scores, OffsetDateTime.now(), "test");
    }
}
