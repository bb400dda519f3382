package fi.turvaverkko.network;

import static fi.turvaverkko.support.Api.actorId;
import static fi.turvaverkko.support.Api.groupId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.turvaverkko.support.IntegrationTest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The network's pages as each demo user meets them: a page offers only the actions its reader may
 * take, forms save unchanged, and the demo's bodies have the members they have in life.
 */
@IntegrationTest
class NetworkPagesTests {

    static final List<String> USERS = List.of("coordinator", "rovaniemi", "pelastus", "spr", "yritys", "admin");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    UserDetailsService users;

    Document page(String user, String path) throws Exception {
        MockHttpServletResponse r = mvc.perform(as(user, MockMvcRequestBuilders.get(path)))
                .andReturn()
                .getResponse();
        assertThat(r.getStatus()).as("GET %s as %s", path, user).isEqualTo(200);
        return Jsoup.parse(r.getContentAsString(), "http://localhost" + path);
    }

    /** A page request as a logged-in demo user (the pages use the session's login, not Basic). */
    MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder b) {
        return b.with(user(users.loadUserByUsername(username))).accept(MediaType.TEXT_HTML);
    }

    /** The form as a browser would send it untouched: its fields with their current values. */
    MockHttpServletRequestBuilder submit(String user, Element form) {
        MockHttpServletRequestBuilder post =
                as(user, MockMvcRequestBuilders.post(path(form.attr("action")))).with(csrf());
        for (Element field : form.select("input[name], select[name], textarea[name]")) {
            String name = field.attr("name");
            String type = field.attr("type").toLowerCase();
            if (name.equals("_csrf") || type.equals("submit") || type.equals("button") || type.equals("file")) {
                continue;
            }
            if ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked")) {
                continue;
            }
            if (field.tagName().equals("select")) {
                List<Element> chosen = field.select("option[selected]");
                if (chosen.isEmpty() && !field.hasAttr("multiple") && field.selectFirst("option") != null) {
                    chosen = List.of(field.selectFirst("option"));
                }
                chosen.forEach(o -> post.param(name, o.attr("value")));
            } else if (field.tagName().equals("textarea")) {
                post.param(name, field.wholeText().replaceFirst("^\\n", ""));
            } else {
                post.param(name, field.attr("value"));
            }
        }
        return post;
    }

    static String path(String url) {
        return url.replaceFirst("^https?://[^/]+", "");
    }

    @Test
    void areasOfEveryKindSaveUnchanged() throws Exception {
        // a country and a sub-region have no lead actor: saving them unchanged was refused with
        // "Johtavan toimijan voi nimetä vain maakunnalle"; a region keeps its lead actor
        for (String code : List.of("FI", "SK191", "19", "698")) {
            Document form = page("coordinator", "/areas/" + code + "/edit");
            Element f = form.selectFirst("main form[method=post]");
            MockHttpServletResponse r =
                    mvc.perform(submit("coordinator", f)).andReturn().getResponse();
            assertThat(r.getStatus())
                    .as(
                            "saving area %s unchanged: %s",
                            code,
                            Jsoup.parse(r.getContentAsString())
                                    .select(".error-summary")
                                    .text())
                    .isEqualTo(302);
            assertThat(r.getRedirectedUrl()).isEqualTo("/areas/" + code);
        }
        assertThat(jdbc.sql("SELECT lead_actor_id IS NOT NULL FROM network.area WHERE code = '19'")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void theAreaFieldOfTheFindingsIsCalledArea() throws Exception {
        Document findings = page("coordinator", "/analysis");
        assertThat(findings.selectFirst("label[for=area]").text()).isEqualTo("Alue");
    }

    /**
     * Every action a network page offers its reader is one the reader may take: each edit or new
     * link opens, and each form, sent as it stands, is neither forbidden nor refused as a conflict.
     * The forms are sent inside a transaction that is rolled back, so nothing is changed.
     */
    @Test
    void everyActionANetworkPageOffersItsReaderMayTake() throws Exception {
        String rovaniemi = actorId(jdbc, "Rovaniemen kaupunki");
        String spr = actorId(jdbc, "Suomen Punainen Risti, Lapin piiri");
        String rescue = actorId(jdbc, "Lapin pelastuslaitos");
        String business = actorId(jdbc, "Ounaskosken Konepalvelu Oy");
        String published = jdbc.sql("SELECT id::text FROM network.meeting WHERE title LIKE 'Rovaniemen hyvinvointi%'")
                .query(String.class)
                .single();
        String planned = jdbc.sql(
                        "SELECT min(id)::text FROM network.meeting WHERE status = 'PLANNED' AND title LIKE 'Lapin valmius%'")
                .query(String.class)
                .single();
        List<String> pages = List.of(
                "/actors",
                "/actors/" + rovaniemi,
                "/actors/" + spr,
                "/actors/" + rescue,
                "/actors/" + business,
                "/groups",
                "/groups/" + groupId(jdbc, "Lapin hyvinvointi- ja turvallisuustyöryhmä"),
                "/groups/" + groupId(jdbc, "Lapin valmiustoimikunta"),
                "/groups/" + groupId(jdbc, NetworkRightsTests.ROVANIEMI_WSG),
                "/groups/" + groupId(jdbc, "Rovaniemen kaupunginvaltuusto"),
                "/meetings",
                "/meetings/" + published,
                "/meetings/" + planned,
                "/areas",
                "/areas/FI",
                "/areas/19",
                "/areas/SK191",
                "/areas/698",
                "/chart/19",
                "/chart/698");
        List<String> refused = new ArrayList<>();
        TransactionTemplate rolledBack = new TransactionTemplate(transactions);
        for (String user : USERS) {
            Set<String> links = new LinkedHashSet<>();
            for (String path : pages) {
                Document doc = page(user, path);
                for (Element a : doc.select("main a[href]")) {
                    String href = path(a.attr("href")).replaceFirst("[?#].*$", "");
                    if (href.endsWith("/edit") || href.endsWith("/new")) {
                        links.add(path(a.attr("href")));
                    }
                }
                for (Element form : doc.select("main form[method=post]")) {
                    if (form.attr("enctype").contains("multipart")) {
                        continue;
                    }
                    int status = rolledBack.execute(tx -> {
                        tx.setRollbackOnly();
                        try {
                            return mvc.perform(submit(user, form))
                                    .andReturn()
                                    .getResponse()
                                    .getStatus();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    if (status == 403 || status == 404 || status == 405 || status == 409 || status >= 500) {
                        refused.add(user + " on " + path + ": " + form.attr("action") + " answered " + status);
                    }
                }
            }
            for (String link : links) {
                int status = mvc.perform(as(user, MockMvcRequestBuilders.get(link)))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                if (status != 200) {
                    refused.add(user + ": link " + link + " answered " + status);
                }
            }
        }
        assertThat(refused).as("actions offered to users who may not take them").isEmpty();
    }

    @Test
    void theMunicipalBodiesHaveTheMembersTheyHaveInLife() {
        // the council, the board and the committees are the municipality's own elected bodies
        List<String> withOrganisations = jdbc.sql("""
                        SELECT g.name FROM network.cooperation_group g
                         WHERE g.kind IN ('COUNCIL', 'BOARD', 'COMMITTEE')
                           AND EXISTS (SELECT 1 FROM network.membership m WHERE m.group_id = g.id)""").query(String.class).list();
        assertThat(withOrganisations).isEmpty();
        // every municipality's wellbeing and safety working group: officials, police, rescue
        // services, the wellbeing services county and an NGO (slide 6)
        List<String> groups = jdbc.sql("""
                        SELECT g.id::text FROM network.cooperation_group g
                          JOIN network.area a ON a.id = g.area_id
                         WHERE g.kind = 'WELLBEING_SAFETY_GROUP' AND a.type = 'MUNICIPALITY'""").query(String.class).list();
        assertThat(groups).hasSize(21);
        for (String g : groups) {
            List<String> sectors = jdbc.sql("""
                            SELECT DISTINCT a.sector FROM network.membership m
                              JOIN network.actor a ON a.id = m.actor_id WHERE m.group_id = ?::bigint""").param(g).query(String.class).list();
            assertThat(sectors).as("sectors in group %s", g).contains("MUNICIPALITY", "POLICE", "RESCUE", "NGO");
            assertThat(sectors).as("sectors in group %s", g).contains("WELLBEING_COUNTY");
            long officials = jdbc.sql("""
                            SELECT count(*) FROM network.membership m
                              JOIN network.actor a ON a.id = m.actor_id
                             WHERE m.group_id = ?::bigint AND a.sector = 'MUNICIPALITY'
                               AND m.contact_person_id IS NOT NULL""").param(g).query(Long.class).single();
            assertThat(officials).as("municipal officials in group %s", g).isGreaterThanOrEqualTo(2);
        }
        // the management group is the municipality's officials
        long managementWithOthers = jdbc.sql("""
                        SELECT count(*) FROM network.membership m
                          JOIN network.cooperation_group g ON g.id = m.group_id
                          JOIN network.actor a ON a.id = m.actor_id
                         WHERE g.kind = 'MANAGEMENT_GROUP' AND a.sector = 'MUNICIPALITY'
                           AND m.contact_person_id IS NULL""").query(Long.class).single();
        assertThat(managementWithOthers).isZero();
    }
}
