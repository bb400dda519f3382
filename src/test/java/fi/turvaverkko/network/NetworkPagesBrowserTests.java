package fi.turvaverkko.network;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import fi.turvaverkko.support.Api;
import fi.turvaverkko.support.BrowserTestBase;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 10's defects of the network pages, in a real browser: published minutes offer no changes
 * and a refused change leads back; attendance checkboxes are labelled; a saved action item does not
 * refill its form; the organisation chart draws the levels side by side with every box's tasks and
 * members in view, prints on one A4 landscape page and stacks on a phone. Axe checks every page.
 */
class NetworkPagesBrowserTests extends BrowserTestBase {

    static final String REGIONAL_WSG = "Lapin hyvinvointi- ja turvallisuustyöryhmä";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    String publishedMeeting() {
        return jdbc.sql("SELECT id::text FROM network.meeting WHERE title = ?")
                .param("Rovaniemen hyvinvointi- ja turvallisuustyöryhmän kokous 3/2026")
                .query(String.class)
                .single();
    }

    Locator box(String groupName) {
        return page.locator(
                ".org-box",
                new Page.LocatorOptions()
                        .setHas(page.getByRole(
                                AriaRole.HEADING,
                                new Page.GetByRoleOptions().setName(groupName).setExact(true))));
    }

    @Test
    void publishedMinutesOfferNoChangesAndARefusedChangeLeadsBack() {
        String meeting = publishedMeeting();
        String item = jdbc.sql("SELECT min(id)::text FROM network.meeting_item WHERE meeting_id = ?::bigint")
                .param(meeting)
                .query(String.class)
                .single();
        login("rovaniemi");
        page.navigate(url("/meetings/" + meeting));
        Locator items = page.locator("#items");
        assertThat(items).containsText("Kokouksen avaus");
        assertThat(items.getByRole(AriaRole.BUTTON)).hasCount(0);
        assertThat(items.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Muokkaa")))
                .hasCount(0);
        assertAccessible();

        // a change sent anyway (from a page left open before the minutes were published) is refused,
        // and the error page leads back to the meeting, not only to the front page
        page.evaluate("""
                (action) => {
                  const token = Object.values(JSON.parse(document.body.getAttribute('hx-headers')))[0];
                  const form = document.createElement('form');
                  form.method = 'post';
                  form.action = action;
                  const field = document.createElement('input');
                  field.type = 'hidden'; field.name = '_csrf'; field.value = token;
                  form.appendChild(field);
                  document.body.appendChild(form);
                  form.submit();
                }""", "/meetings/" + meeting + "/items/" + item + "/delete");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Pyyntöä ei voitu käsitellä");
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Palaa sivulle, jolta tulit"))
                .click();
        page.waitForURL(u -> u.endsWith("/meetings/" + meeting));
        assertThat(page.locator("#items")).containsText("Kokouksen avaus");
    }

    @Test
    void attendanceCheckboxesAreLabelledWithTheMembers() {
        String group = Api.groupId(jdbc, NetworkRightsTests.ROVANIEMI_WSG);
        String rescue = Api.actorId(jdbc, "Lapin pelastuslaitos");
        login("rovaniemi");
        page.navigate(url("/groups/" + group + "/meetings/new"));
        assertThat(page.getByLabel("Lapin pelastuslaitos")).hasAttribute("id", "present-" + rescue);
        assertThat(page.getByLabel("Rovaniemen kaupunki")).isVisible();
        assertAccessible();
    }

    @Test
    void aSavedActionItemDoesNotRefillItsForm() throws Exception {
        String group = Api.groupId(jdbc, NetworkRightsTests.ROVANIEMI_WSG);
        String created = mvc.perform(Api.post(
                        "rovaniemi",
                        "/api/v1/meetings",
                        "{\"groupId\": \"%s\", \"title\": \"%s\", \"startsAt\": \"2027-04-07T13:00:00+03:00\"}"
                                .formatted(group, Api.unique("Kokous 2/2027"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String meeting = json.readTree(created).get("id").asString();
        login("rovaniemi");
        page.navigate(url("/meetings/" + meeting));
        String task = "Kootaan kylien varavoimatiedot alueelliseen tilannekuvaan.";
        page.locator("#description").fill(task);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lisää toimenpide"))
                .click();
        assertThat(page.locator("#action-items table")).containsText(task);
        assertThat(page.locator("#description")).hasValue("");
        assertThat(page.locator("form .notice.warning")).hasCount(0);
        assertAccessible();
    }

    @Test
    void theRegionsChartDrawsTheLevelsSideBySideWithTasksAndMembersAndPrintsOnOnePage() {
        page.setViewportSize(1366, 900);
        login("coordinator");
        page.navigate(url("/chart/19"));
        assertThat(page.locator(".org-chart details")).hasCount(0);
        Locator management = box("Lupa- ja valvontaviraston Lapin johtoryhmä");
        Locator cooperation = box("Lapin sisäisen turvallisuuden yhteistyöryhmä");
        Locator wellbeing = box(REGIONAL_WSG);
        Locator health = box("Terveyden edistämisen koordinaatioryhmä");
        Locator preparedness = box("Lapin valmiustoimikunta");
        Locator traffic = box("Lapin liikenneturvallisuustyöryhmä");
        // the lead actor's line: management group, under it two groups side by side, under the
        // working group its two groups side by side; another actor's group stands beside the line
        sideBySide(cooperation, wellbeing);
        sideBySide(health, preparedness);
        below(management, wellbeing);
        below(wellbeing, preparedness);
        assertThat(page.locator(".org-lead")).containsText("Lupa- ja valvontavirasto");
        assertThat(page.locator(".org-lead")).containsText("Johtava toimija");
        assertThat(traffic).isVisible();
        // tasks and members in view, not folded away
        assertThat(wellbeing.getByText("laatii Lapin toimenpidelistan", new Locator.GetByTextOptions()))
                .isVisible();
        assertThat(wellbeing.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Lapin poliisilaitos")))
                .isVisible();
        assertThat(preparedness).containsText("Lupa- ja valvontavirasto: puheenjohtaja");
        assertAccessible();
        screenshot("org-chart-region-desktop");

        // one A4 landscape page
        byte[] pdf = page.pdf(new Page.PdfOptions().setPreferCSSPageSize(true).setPrintBackground(true));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDRectangle size = doc.getPage(0).getMediaBox();
            assertThat(size.getWidth()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(2f));
            assertThat(size.getHeight()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(2f));
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("Lapin valmiustoimikunta").contains("Lapin elinkeinoelämän valmiustoimikunta");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aMunicipalitysChartShowsItsOwnBodiesAndTheWorkingGroupsMembersAndStacksOnAPhone() {
        login("rovaniemi");
        page.navigate(url("/chart/698"));
        Locator council = box("Rovaniemen kaupunginvaltuusto");
        assertThat(council).containsText("Asettaja: Rovaniemen kaupunki (oma toimielin)");
        assertThat(council).not().containsText("Jäsenet");
        Locator wellbeing = box("Rovaniemen hyvinvointi- ja turvallisuustyöryhmä");
        for (String member :
                List.of("Lapin poliisilaitos", "Lapin pelastuslaitos", "Lapin hyvinvointialue", "Lapin Kylät ry")) {
            assertThat(wellbeing).containsText(member);
        }
        assertThat(wellbeing).containsText("Turvallisuuskoordinaattori (puheenjohtaja)");
        assertThat(wellbeing).containsText("Sivistysjohtaja");
        assertThat(box("Rovaniemen kaupungin johtoryhmä")).containsText("Kaupunginjohtaja (puheenjohtaja)");
        below(council, box("Rovaniemen kaupunginhallitus"));
        sideBySide(box("Rovaniemen kaupungin johtoryhmä"), box("Rovaniemen sivistyslautakunta"));
        assertAccessible();

        page.setViewportSize(390, 844);
        page.navigate(url("/chart/698"));
        assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .isEqualTo(true);
        // stacked: the management group above the committees, not beside them
        below(box("Rovaniemen kaupungin johtoryhmä"), box("Rovaniemen sivistyslautakunta"));
        assertAccessible();
        screenshot("org-chart-rovaniemi-phone");

        page.navigate(url("/chart/698?lang=sv"));
        assertThat(box("Arbetsgruppen för välfärd och säkerhet i Rovaniemi")).containsText("Uppgifter");
        assertThat(box("Arbetsgruppen för välfärd och säkerhet i Rovaniemi")).containsText("Medlemmar");
        assertAccessible();
    }

    static void sideBySide(Locator a, Locator b) {
        BoundingBox x = a.boundingBox();
        BoundingBox y = b.boundingBox();
        assertThat(Math.abs(x.y - y.y)).as("tops of two boxes of one level").isLessThan(3.0);
        assertThat(x.x + x.width).as("first box ends before the second begins").isLessThanOrEqualTo(y.x + 1);
    }

    static void below(Locator upper, Locator lower) {
        assertThat(lower.boundingBox().y)
                .as("a box below another")
                .isGreaterThan(upper.boundingBox().y + upper.boundingBox().height - 1);
    }
}
