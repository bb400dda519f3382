package fi.turvaverkko.planning;

import static fi.turvaverkko.support.Api.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** A programme as PDF opens, holds its goals, measures and costs in the reader's language, and a secret plan carries its marking on every page. */
@IntegrationTest
class ProgrammeReportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    Plans plans;

    @BeforeEach
    void setUp() {
        plans = new Plans(mvc, jdbc, json);
    }

    private byte[] pdf(String user, String path, String language) throws Exception {
        return mvc.perform(get(user, path).header("Accept-Language", language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    @Test
    void theProgrammePdfOpensAndHoldsItsGoalsMeasuresAndCosts() throws Exception {
        String regional = plans.programmeId(Plans.REGIONAL_PROGRAMME);
        byte[] bytes = pdf("coordinator", "/api/v1/programmes/" + regional + "/report.pdf", "fi");
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Lapin alueellinen sisäisen turvallisuuden ohjelma 2026–2029");
            for (String goal : new String[] {
                "1 Kuntien ja muiden paikallisten toimijoiden",
                "4 Ennalta ehkäisevä toiminta",
                "8 Johtovastuussa olevat viranomaiset"
            }) {
                assertThat(text).contains(goal);
            }
            assertThat(text)
                    .contains("Perhekeskusten matalan kynnyksen vanhemmuuden tuki")
                    .contains("Kustannukset vuosittain");
        }
        // in the reader's language
        try (PDDocument doc =
                Loader.loadPDF(pdf("coordinator", "/api/v1/programmes/" + regional + "/report.pdf", "sv"))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Regionalt program för inre säkerhet i Lappland")
                    .contains("Kostnader per år");
        }
    }

    @Test
    void aRestrictedPlanCarriesItsMarkingOnEveryPage() throws Exception {
        String plan = plans.programmeId(Plans.PREPAREDNESS_PLAN);
        try (PDDocument doc = Loader.loadPDF(pdf("rovaniemi", "/api/v1/programmes/" + plan + "/report.pdf", "fi"))) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(doc))
                        .contains("SALASSA PIDETTÄVÄ")
                        .contains("JulkL 24 § 1 mom 8 k")
                        .contains("31.12.2050");
            }
        }
        mvc.perform(get("yritys", "/api/v1/programmes/" + plan + "/report.pdf")).andExpect(status().isNotFound());
    }

    @Test
    void theActionListPdfListsEachMeasureUnderTheGoalsItImplements() throws Exception {
        // the action list has no goals of its own: its measures serve the regional programme's goals
        String actionList = plans.programmeId(Plans.ACTION_LIST);
        try (PDDocument doc =
                Loader.loadPDF(pdf("coordinator", "/api/v1/programmes/" + actionList + "/report.pdf", "fi"))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Tavoitteet, joita toimenpiteet toteuttavat");
            int goals = text.indexOf("Tavoitteet, joita toimenpiteet toteuttavat");
            int goal4 = text.indexOf("4 Ennalta ehkäisevä toiminta", goals);
            assertThat(goal4)
                    .as("the regional goal 4 as a heading of the action list")
                    .isGreaterThan(goals);
            assertThat(text.substring(goal4)).contains(Plans.REGIONAL_PROGRAMME);
            // A1.1 implements regional goal 4 and is listed after it, not as a measure without a goal
            int withoutGoal = text.indexOf("Toimenpiteet, joita ei ole liitetty tavoitteeseen");
            int measure = text.indexOf("A1.1 Perhekeskusten matalan kynnyksen vanhemmuuden tuki", goal4);
            assertThat(measure).isGreaterThan(goal4);
            if (withoutGoal >= 0) {
                assertThat(text.substring(withoutGoal))
                        .doesNotContain("A1.1 Perhekeskusten matalan kynnyksen vanhemmuuden tuki");
            }
        }
    }
}
