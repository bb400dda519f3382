package fi.turvaverkko.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.IntegrationTest;
import fi.turvaverkko.support.PlanningData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signed-in measure list and the public one are one template with one filter form: each shows its
 * rows with their programmes, responsible actors and areas by name, the signed-in one its own columns,
 * actions and exports, and the public one only the measures of approved public programmes.
 */
@IntegrationTest
class MeasureListPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    UserDetailsService users;

    PlanningData data;
    String actor;
    String actorName;

    @BeforeEach
    void world() throws Exception {
        data = new PlanningData(mvc, json);
        actorName = fi.turvaverkko.support.Api.unique("Sivun toimija");
        actor = data.anActor().in("047").named(actorName).create();
    }

    /** A page as the user sees it (the pages use the session's login, not Basic); null: anyone. */
    private MockHttpServletRequestBuilder get(String username, String path) {
        MockHttpServletRequestBuilder b = MockMvcRequestBuilders.get(path).accept(MediaType.TEXT_HTML);
        return username == null ? b : b.with(user(users.loadUserByUsername(username)));
    }

    private Document page(String user, String path) throws Exception {
        String html = mvc.perform(get(user, path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    @Test
    void theSignedInListShowsARowWithItsProgrammeActorAndAreasByName() throws Exception {
        var programme = data.aProgramme().kind("ACTION_LIST").in("19");
        String list = programme.create();
        var m = data.aMeasure().inProgramme(list).by(actor).in("047", "698");
        m.create();
        Document d = page("coordinator", "/measures?responsibleActor=" + actor);
        assertThat(d.select("h1").text()).isEqualTo("Toimenpidelista");
        assertThat(d.select("form.filters").attr("action")).isEqualTo("/measures");
        assertThat(d.select("form.filters select#targetGroup")).hasSize(1);
        assertThat(d.select("a[href^=/measures/export]")).hasSize(3);
        assertThat(d.select("#results tbody tr")).hasSize(1);
        String row = d.select("#results tbody tr").text();
        assertThat(row).contains(m.title(), programme.name(), actorName, "Enontekiö, Rovaniemi", "201 €");
    }

    @Test
    void thePublicListIsTheSameTemplateWithoutTheSignedInColumnsAndShowsOnlyApprovedPublicProgrammes()
            throws Exception {
        var approved = data.aProgramme().kind("ACTION_LIST").in("19").approved("Päätös 1/2026");
        String open = approved.create();
        String draft = data.aProgramme().kind("ACTION_LIST").in("19").create();
        var shown = data.aMeasure().inProgramme(open).by(actor).in("047");
        shown.create();
        var hidden = data.aMeasure().inProgramme(draft).by(actor).in("047");
        hidden.create();
        Document d = page(null, "/public/measures?q=" + shown.title());
        assertThat(d.select("h1").text()).isEqualTo("Toimenpidelistan eteneminen");
        assertThat(d.select("form.filters").attr("action")).isEqualTo("/public/measures");
        assertThat(d.select("form.filters select#targetGroup")).isEmpty();
        assertThat(d.select("a[href^=/measures/export]")).isEmpty();
        assertThat(d.select("a[href^=/api/v1/public/measures/export]")).hasSize(2);
        assertThat(d.select("#results tbody tr")).hasSize(1);
        assertThat(d.select("#results tbody tr").text()).contains(shown.title(), approved.name(), actorName);
        assertThat(d.select("#results tbody a[href=/public/programmes/" + open + "]"))
                .hasSize(1);
        assertThat(page(null, "/public/measures?q=" + hidden.title()).select("#results tbody tr"))
                .isEmpty();
    }

    @Test
    void anHtmxRequestGetsTheResultsAlone() throws Exception {
        String html = mvc.perform(get("coordinator", "/measures?responsibleActor=" + actor)
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("id=\"results\"").doesNotContain("<h1");
    }
}
