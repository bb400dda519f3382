package fi.turvaverkko.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fi.turvaverkko.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A year is written 2027 everywhere: in the text and the labels of the pages that show years (the
 * budget, plans and their cycle, measures and their cost forms, indicators and the dashboard), in
 * the plan's PDF and in the exported XLSX, in Finnish, Swedish and English. Grouping a year as a
 * number ("2 027", "2,027") is what a number formatter does to it.
 */
@IntegrationTest
class YearsTests {

    /** A year from 1900 to 2099 grouped as a number, not part of a longer number or an amount. */
    static final Pattern GROUPED_YEAR = Pattern.compile(
            "(?<!\\d)(?<!\\d[ \\u00a0\\u202f,.])(1[ \\u00a0\\u202f,]9\\d\\d|2[ \\u00a0\\u202f,]0\\d\\d)(?![\\d]|[.,\\u00a0\\u202f ]\\d|\\s*(€|%))");

    static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    MockHttpServletResponse fetch(String path, String lang) throws Exception {
        MockHttpServletResponse r = mvc.perform(
                        get(path).param("lang", lang).with(user(users.loadUserByUsername("coordinator"))))
                .andReturn()
                .getResponse();
        assertThat(r.getStatus()).as(path).isEqualTo(200);
        return r;
    }

    /**
     * Every text a person reads or hears: the page's text, its labels, titles and alternatives, and
     * the values its fields are filled with.
     */
    static List<String> texts(Document page) {
        List<String> texts = new ArrayList<>();
        texts.add(page.body().text());
        for (Element e : page.select("[aria-label], [title], [alt], [placeholder], option, text, title")) {
            texts.add(e.attr("aria-label") + " | " + e.attr("title") + " | " + e.attr("alt") + " | "
                    + e.attr("placeholder") + " | " + e.text());
        }
        for (Element e : page.select("input[value]:not([type=hidden])")) {
            texts.add(e.attr("value"));
        }
        return texts;
    }

    static List<String> grouped(String where, List<String> texts) {
        List<String> found = new ArrayList<>();
        for (String t : texts) {
            Matcher m = GROUPED_YEAR.matcher(t);
            while (m.find()) {
                int from = Math.max(0, m.start() - 40);
                found.add(where + ": …" + t.substring(from, Math.min(t.length(), m.end() + 20)) + "…");
            }
        }
        return found;
    }

    String id(String sql) {
        return jdbc.sql(sql).query(String.class).single();
    }

    @Test
    void noYearIsGroupedOnThePagesThatShowYears() throws Exception {
        String regional = id("SELECT id::text FROM planning.programme WHERE name = 'Lapin alueellinen sisäisen"
                + " turvallisuuden ohjelma 2026–2029'");
        String wellbeing = id("SELECT id::text FROM planning.programme WHERE name = 'Rovaniemen"
                + " hyvinvointisuunnitelma 2025–2029'");
        String measure = id("SELECT min(id)::text FROM planning.measure WHERE 2027 = ANY (cost_years)");
        String indicator = id("SELECT min(i.code) FROM indicators.indicator i"
                + " WHERE EXISTS (SELECT 1 FROM indicators.indicator_value v WHERE v.indicator_id = i.id)");
        String value = id("SELECT min(v.id)::text FROM indicators.indicator_value v JOIN indicators.indicator i"
                + " ON i.id = v.indicator_id WHERE i.code = '" + indicator + "'");
        List<String> pages = List.of(
                "/budget",
                "/budget?area=698",
                "/programmes/" + regional,
                "/programmes/" + wellbeing,
                "/programmes/" + wellbeing + "/cycle",
                "/measures/" + measure,
                "/measures/" + measure + "/edit",
                "/measures/new",
                "/indicators/" + indicator,
                "/indicators/" + indicator + "/compare",
                "/indicators/" + indicator + "/values/" + value + "/edit",
                "/indicators/areas/698",
                "/dashboard/19");
        List<String> found = new ArrayList<>();
        for (String lang : List.of("fi", "sv", "en")) {
            for (String path : pages) {
                Document page = Jsoup.parse(fetch(path, lang).getContentAsString(StandardCharsets.UTF_8));
                List<String> texts = texts(page);
                assertThat(texts.stream().anyMatch(t -> YEAR.matcher(t).find()))
                        .as("%s (%s) shows years", path, lang)
                        .isTrue();
                found.addAll(grouped(path + " (" + lang + ")", texts));
            }
            byte[] pdf = fetch("/programmes/" + regional + "/report.pdf", lang).getContentAsByteArray();
            try (var document = Loader.loadPDF(pdf)) {
                found.addAll(grouped("report.pdf (" + lang + ")", List.of(new PDFTextStripper().getText(document))));
            }
            byte[] xlsx = fetch("/measures/export?format=xlsx&programme=" + regional, lang)
                    .getContentAsByteArray();
            List<String> cells = new ArrayList<>();
            try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
                for (Row row : wb.getFirstSheet().read()) {
                    for (Cell c : row) {
                        if (c != null && c.getRawValue() != null) {
                            cells.add(c.getText());
                        }
                    }
                }
            }
            found.addAll(grouped("measures.xlsx (" + lang + ")", cells));
        }
        assertThat(found).as("years grouped as numbers").isEmpty();
    }

    @Test
    void theDetectorSeesAGroupedYear() {
        assertThat(grouped("x", List.of("Vuosi 2 027", "2,027 target", "vuodesta 2\u00a0027")))
                .hasSize(3);
        assertThat(grouped(
                        "x",
                        List.of(
                                "2027",
                                "12 027 €",
                                "2 027 €",
                                "1 234,5",
                                "12 2027",
                                "2 034,5 asukasta",
                                "1 947 500 €")))
                .isEmpty();
    }
}
