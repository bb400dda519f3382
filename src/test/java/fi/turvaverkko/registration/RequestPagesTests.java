package fi.turvaverkko.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.GroupView;
import fi.turvaverkko.network.NetworkTestData;
import fi.turvaverkko.network.NetworkTestData.Region;
import fi.turvaverkko.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pages of the one request workflow, the same for the three kinds: a list whose rows link to the
 * request, a request page that links to what it is about and offers the decision only to those who
 * answer it, and the decision taken on the page.
 */
@IntegrationTest
class RequestPagesTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    NetworkTestData world;
    RegistrationTestData requests;
    Region region;
    ActorView ngo;
    String asker;
    ActorView chair;
    String chairUser;
    GroupView group;

    @BeforeEach
    void world() {
        world = new NetworkTestData(context);
        requests = new RegistrationTestData(mvc, json, jdbc);
        region = world.aRegion();
        ngo = world.anActor().in(region).named("Sivuyhdistys ry").create();
        asker = world.userOf(ngo);
        chair = world.anActor().in(region).named("Sivujen puheenjohtaja ry").create();
        chairUser = world.userOf(chair);
        group = world.aGroup()
                .in(region)
                .named("Sivujen ryhmä")
                .withMember(chair, "CHAIR")
                .create();
    }

    MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder b) {
        return b.with(user(users.loadUserByUsername(username))).accept(MediaType.TEXT_HTML);
    }

    Document page(String username, String path) throws Exception {
        MockHttpServletResponse r = mvc.perform(as(username, MockMvcRequestBuilders.get(path)))
                .andReturn()
                .getResponse();
        assertThat(r.getStatus()).as("GET %s as %s", path, username).isEqualTo(200);
        return Jsoup.parse(r.getContentAsString(StandardCharsets.UTF_8), "http://localhost" + path);
    }

    @Test
    void theAskerFollowsARequestFromTheListToWhatItIsAbout() throws Exception {
        String id = requests.aJoinRequest().by(asker).to(group).create();
        Document list = page(asker, "/join-requests?view=own");
        assertThat(list.select("#results a[href='/join-requests/" + id + "']").text())
                .isEqualTo(group.name());
        Document request = page(asker, "/join-requests/" + id);
        assertThat(request.select("h1").text()).isEqualTo("Liittymispyyntö");
        assertThat(request.select("dd a[href='/groups/" + group.id() + "']").text())
                .isEqualTo(group.name());
        assertThat(request.select("dd a[href='/actors/" + ngo.id() + "']").text())
                .isEqualTo(ngo.name());
        assertThat(request.select(".decision")).as("the asker does not answer").isEmpty();
        assertThat(request.text()).contains("Odottaa");
    }

    @Test
    void theChairDecidesOnThePageAndTheAskerSeesTheOutcome() throws Exception {
        String id = requests.aJoinRequest().by(asker).to(group).create();
        Document overview = page(chairUser, "/requests");
        assertThat(overview.select("a[href='/join-requests/" + id + "']")).isNotEmpty();
        Document request = page(chairUser, "/join-requests/" + id);
        assertThat(request.select(".decision form[action='/join-requests/" + id + "/approve']"))
                .isNotEmpty();
        // a rejection without a reason is shown again with the problem on the field
        MockHttpServletResponse refused = mvc.perform(as(
                        chairUser,
                        MockMvcRequestBuilders.post("/join-requests/" + id + "/reject")
                                .param("reason", " ")
                                .with(csrf())))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        Document again = Jsoup.parse(refused.getContentAsString(StandardCharsets.UTF_8));
        assertThat(again.select("#reason-error").text()).isNotBlank();

        MockHttpServletResponse approved = mvc.perform(as(
                        chairUser,
                        MockMvcRequestBuilders.post("/join-requests/" + id + "/approve")
                                .with(csrf())))
                .andReturn()
                .getResponse();
        assertThat(approved.getStatus()).isEqualTo(302);
        assertThat(approved.getRedirectedUrl()).isEqualTo("/join-requests/" + id);
        Document seen = page(asker, "/join-requests/" + id);
        assertThat(seen.text()).contains("Hyväksytty");
        assertThat(page(asker, "/groups/" + group.id()).select("#members").text())
                .contains(ngo.name());
    }

    @Test
    void theThreeKindsShareTheFormAndTheListsAndOutsidersFindNothing() throws Exception {
        for (String path : new String[] {"/join-requests/new", "/measure-proposals/new", "/resource-offers/new"}) {
            Document form = page(asker, path);
            assertThat(form.select("form[method=post][action='" + path + "']"))
                    .as(path)
                    .isNotEmpty();
        }
        String offer = requests.anOffer()
                .by(asker)
                .in(region.municipalityCode())
                .named("Sivujen aggregaatti")
                .create();
        assertThat(page(region.coordinator(), "/resource-offers?view=answer")
                        .select("#results a[href='/resource-offers/" + offer + "']")
                        .text())
                .isEqualTo("Sivujen aggregaatti");
        Region other = world.aRegion();
        MockHttpServletResponse hidden = mvc.perform(
                        as(other.coordinator(), MockMvcRequestBuilders.get("/resource-offers/" + offer)))
                .andReturn()
                .getResponse();
        assertThat(hidden.getStatus()).isEqualTo(404);
        assertThat(page(other.coordinator(), "/resource-offers").select("a[href='/resource-offers/" + offer + "']"))
                .isEmpty();
    }

    /**
     * A proposal and an offer name their emphasis, schedule, availability and place as the measure list
     * and the resource registry name them once handed over: one text each, not a copy that drifts.
     */
    @Test
    void aProposalAndAnOfferReadAsTheMeasureAndTheResourceTheyBecome() throws Exception {
        Document form = page(asker, "/measure-proposals/new");
        assertThat(form.select("select[name=emphasis] option").eachText())
                .contains("Ennalta ehkäisevä toiminta", "Varhainen puuttuminen", "Korjaava toiminta");
        String proposal =
                requests.aProposal().by(asker).in(region.municipalityCode()).create();
        Document shown = page(asker, "/measure-proposals/" + proposal);
        assertThat(shown.select("dt").eachText()).contains("Painopiste", "Aikataulu");
        assertThat(shown.select("dd").eachText()).contains("Ennalta ehkäisevä toiminta");

        Document offerForm = page(asker, "/resource-offers/new");
        assertThat(offerForm.select("select[name=availability] option").eachText())
                .contains("Saatavilla", "Rajoitetusti", "Ei saatavilla");
        String offer =
                requests.anOffer().by(asker).in(region.municipalityCode()).create();
        Document offerShown = page(asker, "/resource-offers/" + offer);
        assertThat(offerShown.select("dt").eachText()).contains("Määrä", "Sijainti", "Saatavuus");
        assertThat(offerShown.select("dd").eachText()).contains("Saatavilla", "120 min");
    }
}
