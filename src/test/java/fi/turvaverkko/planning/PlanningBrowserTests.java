package fi.turvaverkko.planning;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import fi.turvaverkko.support.Api;
import fi.turvaverkko.support.BrowserTestBase;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 3's flows in a real browser: the coordinator links a municipal goal to a regional goal and
 * sees it in the alignment view; a municipal user adds a measure with costs and a progress update and
 * sees the budget view change; an import with errors shows each row's error and writes nothing; an
 * anonymous reader sees the public action list and not the restricted plan. Axe checks every page.
 */
class PlanningBrowserTests extends BrowserTestBase {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    private Plans plans() {
        return new Plans(mvc, jdbc, json);
    }

    private void press(String name) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(name).setExact(true))
                .click();
    }

    @Test
    void theCoordinatorLinksAMunicipalGoalToARegionalGoalAndSeesItInTheAlignmentView() throws Exception {
        Plans plans = plans();
        String plan = plans.programme("rovaniemi", "SECTOR_PLAN", "698", null);
        String title = Api.unique("Kylien nuoret harrastavat turvallisesti");
        String goal = plans.goal("rovaniemi", plan, "1", title);
        String regional = plans.goalId(Plans.REGIONAL_PROGRAMME, "4");

        login("coordinator");
        page.navigate(url("/goals/" + goal));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText(title);
        assertThat(page.locator(".alignment.up"))
                .containsText("Tavoitetta ei ole liitetty ylemmän tason tavoitteeseen");
        assertAccessible();

        page.locator("#direction-up").check();
        page.locator("#otherProgrammeId").selectOption(plans.programmeId(Plans.REGIONAL_PROGRAMME));
        page.waitForCondition(() -> page.locator("#otherGoalId option").count() > 1);
        page.locator("#otherGoalId").selectOption(regional);
        page.locator("#kind").selectOption("IMPLEMENTS");
        press("Lisää yhteys");

        assertThat(page.locator("div.notice[role=status]")).containsText("Yhteys tavoitteeseen 4");
        Locator up = page.locator(".alignment.up");
        assertThat(up).containsText("Toteuttaa tavoitetta");
        assertThat(up).containsText("Ennalta ehkäisevä toiminta, varhainen puuttuminen");
        // the chain goes on up to the national strategy
        assertThat(up).containsText("Ennalta ehkäisevä työ ja varhainen puuttuminen vahvistuvat");
        assertAccessible();
        screenshot("planning-goal-linked");

        // and the regional goal shows the municipal one below it
        page.navigate(url("/goals/" + regional));
        assertThat(page.locator(".alignment.down")).containsText(title);
        assertAccessible();
        screenshot("planning-goal-regional");

        page.navigate(url("/alignment?a=" + plans.programmeId(Plans.REGIONAL_PROGRAMME) + "&b="
                + plans.programmeId(Plans.NATIONAL_STRATEGY)));
        // the regional goal 4 and, under it, the national goal it implements
        assertThat(page.locator("#goal-" + regional + " .pair-links"))
                .containsText("Ennalta ehkäisevä työ ja varhainen puuttuminen vahvistuvat");
        assertAccessible();
    }

    @Test
    void aMunicipalUserAddsAMeasureWithCostsAndProgressAndSeesTheBudgetChange() {
        String title = Api.unique("Ounasvaaran uimarannan turvallisuusvälineet");
        login("rovaniemi");
        page.navigate(url("/budget?area=698"));
        assertAccessible();
        String plannedBefore = page.locator("#budget-total-planned").textContent();
        String realisedBefore = page.locator("#budget-total-realised").textContent();
        screenshot("planning-budget-before");

        page.navigate(url("/measures"));
        assertAccessible();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Uusi toimenpide").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Uusi toimenpide");
        assertAccessible();
        page.locator("#programmeId")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(Plans.WELLBEING_PLAN));
        page.locator("#title").fill(title);
        page.locator("#description").fill("Pelastusrenkaat ja ensiapukaappi uimarannalle ennen kesää.");
        page.locator("#areaCodes-698").check();
        page.locator("#themes-HOME_LEISURE_ACCIDENTS").check();
        page.locator("#emphasis").selectOption("PREVENTION");
        page.locator("#startDate").fill("2026-03-01");
        page.locator("#endDate").fill("2026-02-01");
        page.locator("#costPlanned-0").fill("12 000");
        press("Tallenna");

        // refused in Finnish, nothing typed is lost
        assertThat(page.locator(".error-summary")).containsText("Toimenpide ei voi päättyä ennen kuin se alkaa");
        assertThat(page.locator("#title")).hasValue(title);
        assertThat(page.locator("#costPlanned-0")).hasValue("12 000");
        assertThat(page.locator("#areaCodes-698")).isChecked();
        assertAccessible();

        page.locator("#endDate").fill("2026-08-31");
        press("Tallenna");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText(title);
        assertThat(page.locator("#costs")).containsText("12");
        assertAccessible();

        page.locator("#status").selectOption("ONGOING");
        page.locator("#percent").fill("40");
        page.locator("#text").fill("Välineet tilattu; asennus toukokuussa.");
        page.locator("#realisedCost").fill("4500");
        press("Raportoi eteneminen");
        assertThat(page.locator("#progress table")).containsText("Välineet tilattu");
        assertThat(page.locator(".measure-status")).containsText("Käynnissä");
        assertAccessible();
        screenshot("planning-measure");

        page.navigate(url("/budget?area=698"));
        String plannedAfter = page.locator("#budget-total-planned").textContent();
        String realisedAfter = page.locator("#budget-total-realised").textContent();
        assertThat(euros(plannedAfter) - euros(plannedBefore)).isEqualTo(12_000);
        assertThat(euros(realisedAfter) - euros(realisedBefore)).isEqualTo(4_500);
        assertThat(page.locator("figure.chart svg")).isVisible();
        assertAccessible();
        screenshot("planning-budget-after");
    }

    private static long euros(String text) {
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }

    @Test
    void anImportWithErrorsShowsEachRowsErrorAndWritesNothing() {
        Plans plans = plans();
        String own = plans.ownActor("coordinator");
        String csv = "title;responsibleActorId;areaCodes;emphasis;startDate;endDate;plannedCost2026\n"
                + "Hyvä rivi;" + own + ";19;PREVENTION;2026-01-01;2026-12-31;1000\n"
                + "Päättyy ennen alkua;" + own + ";19;PREVENTION;2026-06-01;2026-01-01;1000\n"
                + "Tuntematon alue;" + own + ";999;PREVENTION;2026-01-01;2026-12-31;1000\n"
                + "Väärä päivä;" + own + ";19;PREVENTION;2026-13-01;2026-12-31;1000\n";
        long before = plans.count("measure");
        login("coordinator");
        page.navigate(url("/measures/import"));
        assertAccessible();
        page.locator("#programmeId")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(Plans.ACTION_LIST));
        page.locator("#file")
                .setInputFiles(new FilePayload("toimenpiteet.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        press("Tuo toimenpiteet");

        Locator report = page.locator(".import-errors");
        assertThat(report).containsText("Tiedostossa on 3 virhettä. Mitään ei tallennettu");
        Locator rows = report.locator("tbody tr");
        assertThat(rows).hasCount(3);
        assertThat(rows.nth(0)).containsText("3");
        assertThat(rows.nth(0)).containsText("endDate");
        assertThat(rows.nth(0)).containsText("Toimenpide ei voi päättyä ennen kuin se alkaa");
        assertThat(rows.nth(1)).containsText("areaCodes");
        assertThat(rows.nth(1)).containsText("Tuntematon aluekoodi: 999");
        assertThat(rows.nth(2)).containsText("5");
        assertThat(rows.nth(2)).containsText("startDate");
        assertAccessible();
        screenshot("planning-import-errors");
        assertThat(plans.count("measure")).isEqualTo(before);
    }

    @Test
    void anAnonymousReaderSeesThePublicActionListAndNotTheRestrictedPlan() {
        String restricted = plans().programmeId(Plans.PREPAREDNESS_PLAN);
        page.navigate(url("/public"));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Toimenpidelistan eteneminen")
                                .setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Toimenpidelistan eteneminen");
        assertThat(page.locator("#results")).containsText("Perhekeskusten matalan kynnyksen vanhemmuuden tuki");
        assertAccessible();
        screenshot("planning-public-measures");

        page.navigate(url("/public/programmes"));
        assertThat(page.locator("#results")).containsText(Plans.REGIONAL_PROGRAMME);
        assertThat(page.locator("#results")).not().containsText("valmiussuunnitelma");
        assertAccessible();
        page.locator("#q").fill("valmius");
        page.locator("#q").press("Enter");
        page.waitForURL(u -> u.contains("q=valmius"));
        assertThat(page.locator("#results")).hasCount(1);
        assertThat(page.locator("#results")).not().containsText("Rovaniemen kaupungin valmiussuunnitelma");

        page.navigate(url("/public/programmes/" + restricted));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Sivua ei löytynyt");
        assertThat(page.locator("main")).not().containsText("valmiussuunnitelma");
        assertAccessible();

        // on a phone, in Swedish
        page.setViewportSize(390, 844);
        page.navigate(url("/public/measures?lang=sv"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Åtgärdslistans framskridande");
        assertAccessible();
        screenshot("planning-public-measures-phone-sv");
    }

    @Test
    void thePlanningPagesAreAccessibleInEveryLanguage() {
        Plans plans = plans();
        login("coordinator");
        String regional = plans.programmeId(Plans.REGIONAL_PROGRAMME);
        String wellbeing = plans.programmeId(Plans.WELLBEING_PLAN);
        String restricted = plans.programmeId(Plans.PREPAREDNESS_PLAN);
        String measure = plans.measureId(Plans.ACTION_LIST, "A1.1");
        for (String lang : new String[] {"fi", "sv", "en"}) {
            for (String path : new String[] {
                "/programmes",
                "/programmes/" + regional,
                "/programmes/" + restricted,
                "/programmes/new",
                "/measures",
                "/measures/" + measure,
                "/measures/" + measure + "/edit",
                "/budget",
                "/programmes/" + wellbeing + "/cycle",
                "/measures/from-meetings?group=" + Api.groupId(jdbc, "Lapin hyvinvointi- ja turvallisuustyöryhmä")
            }) {
                page.navigate(url(path + (path.contains("?") ? "&" : "?") + "lang=" + lang));
                assertThat(page.locator("html")).hasAttribute("lang", lang);
                assertAccessible();
            }
        }
        page.navigate(url("/programmes/" + restricted + "?lang=fi"));
        assertThat(page.locator(".secrecy")).containsText("SALASSA PIDETTÄVÄ – JulkL 24 § 1 mom 8 k");
        screenshot("planning-restricted");
        page.navigate(url("/programmes/" + regional + "?lang=fi"));
        screenshot("planning-programme");
        page.navigate(url("/programmes/" + wellbeing + "/cycle?lang=fi"));
        screenshot("planning-cycle");
    }

    @Test
    void twoProgrammesGoalsAreReadGoalByGoalOnOneScreen() {
        Plans plans = plans();
        String regional = plans.programmeId(Plans.REGIONAL_PROGRAMME);
        String national = plans.programmeId(Plans.NATIONAL_STRATEGY);
        login("coordinator");
        for (int width : new int[] {1366, 390}) {
            page.setViewportSize(width, 900);
            page.navigate(url("/alignment?a=" + regional + "&b=" + national));
            // one list of the regional goals, each with the national goals it is linked to and their progress
            Locator goal4 = page.locator("#goal-" + plans.goalId(Plans.REGIONAL_PROGRAMME, "4"));
            assertThat(goal4.locator("h3")).containsText("4 Ennalta ehkäisevä toiminta");
            assertThat(goal4.locator(".pair-links li").first()).containsText("tavoitetta");
            assertThat(goal4.locator(".goal-progress").first()).isVisible();
            fi.turvaverkko.support.PageChecks.assertNoSidewaysScroll(page);
            Number height = (Number) page.evaluate("document.documentElement.scrollHeight");
            assertThat(height.intValue())
                    .as("the whole alignment at %s px", width)
                    .isLessThan(12_000);
            assertAccessible();
            screenshot("planning-alignment-" + width);
        }
    }

    @Test
    void theBudgetsPreventionBarsStandOnTheirAxisAndItsTablesFitTheScreen() {
        login("coordinator");
        page.setViewportSize(1366, 900);
        page.navigate(url("/budget"));
        // each bar as tall as its share: a page rule for .bar once made them all one line high
        @SuppressWarnings("unchecked")
        List<String> wrong = (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('figure.chart rect.bar')].filter(r => {
                    const drawn = r.getBBox();
                    const h = parseFloat(r.getAttribute('height')), y = parseFloat(r.getAttribute('y'));
                    return Math.abs(drawn.height - h) > 0.5 || Math.abs(drawn.y + drawn.height - 190) > 0.5;
                  }).map(r => r.getAttribute('class') + ' ' + r.getBBox().height + '/' + r.getAttribute('height'))""");
        assertThat(page.locator("figure.chart rect.bar").count()).isPositive();
        assertThat(wrong).as("bars not drawn as their height on the axis").isEmpty();
        fi.turvaverkko.support.PageChecks.assertTablesFit(page);
        fi.turvaverkko.support.PageChecks.assertNoSidewaysScroll(page);
        assertAccessible();
        screenshot("planning-budget-1366");
        for (String path : List.of("/measures", "/measures?lang=sv", "/budget?lang=sv")) {
            page.navigate(url(path));
            fi.turvaverkko.support.PageChecks.assertTablesFit(page);
            fi.turvaverkko.support.PageChecks.assertNoSidewaysScroll(page);
        }
        screenshot("planning-measures-1366-sv");
        // on a phone the tables become cards, each value with its heading
        page.setViewportSize(390, 844);
        page.navigate(url("/measures?lang=fi"));
        fi.turvaverkko.support.PageChecks.assertNoSidewaysScroll(page);
        assertThat(page.locator("table.data tbody tr").first().locator("td").nth(4))
                .hasAttribute("data-label", "Painopiste");
        assertAccessible();
        screenshot("planning-measures-390");
        page.navigate(url("/budget"));
        fi.turvaverkko.support.PageChecks.assertNoSidewaysScroll(page);
        assertAccessible();
        screenshot("planning-budget-390");
    }

    @Test
    void onAPhoneAMeasuresPartnersAndGoalsAreChosenWithTheKeyboardWithoutCtrlClick() {
        Plans plans = plans();
        String title = Api.unique("Kyläturvallisuusilta Ounasjoella");
        login("coordinator");
        page.setViewportSize(390, 844);
        page.navigate(url("/measures/new"));
        assertThat(page.locator("select[multiple]")).hasCount(0);
        page.locator("#programmeId")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(Plans.ACTION_LIST));
        page.locator("#title").fill(title);
        page.locator("#emphasis").selectOption("PREVENTION");
        page.locator("#areaCodes-698").check();
        // a partner found with the filter box and chosen with the space bar
        String spr = plans.ownActor("spr");
        page.locator("#partnerActorIds-filter").fill("Punainen Risti");
        assertThat(page.locator("#partnerActorIds-" + spr)).isVisible();
        page.locator("#partnerActorIds-" + spr).focus();
        page.keyboard().press("Space");
        assertThat(page.locator("#partnerActorIds-" + spr)).isChecked();
        String goal = plans.goalId(Plans.REGIONAL_PROGRAMME, "6");
        page.locator("#goalIds-" + goal).focus();
        page.keyboard().press("Space");
        fi.turvaverkko.support.PageChecks.assertNoSidewaysScroll(page);
        assertAccessible();
        screenshot("planning-measure-form-390");
        press("Tallenna");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText(title);
        assertThat(page.locator("main")).containsText("Suomen Punainen Risti, Lapin piiri");
        assertThat(page.locator("main")).containsText("6 Elinkeinoelämä osallistuu");
    }
}
