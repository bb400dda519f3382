package fi.turvaverkko.planning;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Request;
import fi.turvaverkko.support.Api;
import fi.turvaverkko.support.BrowserTestBase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 10: Enter in the goal-link form ("Lisää yhteys") adds the link. It used to press the form's
 * first button, "Näytä ohjelman tavoitteet", which sent the form as a GET with the CSRF token in the
 * address.
 */
class GoalLinkFormBrowserTests extends BrowserTestBase {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void enterInTheLinkFormAddsTheLinkAndNoTokenReachesAnAddress() throws Exception {
        Plans plans = new Plans(mvc, jdbc, json);
        String plan = plans.programme("rovaniemi", "SECTOR_PLAN", "698", null);
        String title = Api.unique("Koulumatkat ovat turvallisia");
        String goal = plans.goal("rovaniemi", plan, "1", title);
        String regional = plans.goalId(Plans.REGIONAL_PROGRAMME, "4");
        List<String> addresses = new ArrayList<>();
        login("coordinator");
        page.onRequest((Request r) -> addresses.add(r.url()));
        page.navigate(url("/goals/" + goal));
        page.locator("#otherProgrammeId").selectOption(plans.programmeId(Plans.REGIONAL_PROGRAMME));
        page.waitForCondition(() -> page.locator("#otherGoalId option").count() > 1);
        page.locator("#otherGoalId").selectOption(regional);
        page.locator("#note").fill("Koulumatkojen turvallisuus on osa ennalta ehkäisevää työtä");
        page.locator("#note").press("Enter");

        assertThat(page.locator("div.notice[role=status]")).containsText("Yhteys tavoitteeseen 4");
        assertThat(page.locator(".alignment.up")).containsText("Ennalta ehkäisevä toiminta, varhainen puuttuminen");
        assertThat(addresses).noneMatch(u -> u.contains("_csrf"));
        assertAccessible();
    }
}
