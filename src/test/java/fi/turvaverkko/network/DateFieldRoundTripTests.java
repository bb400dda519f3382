package fi.turvaverkko.network;

import static fi.turvaverkko.support.Api.actorId;
import static fi.turvaverkko.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.Api;
import fi.turvaverkko.support.BrowserForm;
import fi.turvaverkko.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * A form opened and saved unchanged keeps its dates and times, as a browser submits it: a group's
 * term of office and a meeting's time, in Finnish, Swedish and English pages. Before the one ISO
 * binder the date fields were filled as "1.1.2026", which a browser's date field throws away, so
 * saving a group emptied its term and a new meeting could not be saved with its suggested time.
 */
@IntegrationTest
class DateFieldRoundTripTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    UserDetailsService users;

    Document open(String path, String lang) throws Exception {
        MvcResult r = mvc.perform(get(path)
                        .param("lang", lang)
                        .with(user(users.loadUserByUsername("coordinator")))
                        .accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn();
        return Jsoup.parse(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    BrowserForm formWith(Document page, String field) {
        return BrowserForm.of(page.selectFirst("form:has([name=" + field + "])"));
    }

    /** Saves a form as a browser would and answers where the application sent the browser. */
    String save(BrowserForm form, String lang) throws Exception {
        MvcResult r = mvc.perform(form.submit()
                        .param("lang", lang)
                        .with(user(users.loadUserByUsername("coordinator")))
                        .with(csrf()))
                .andReturn();
        assertThat(r.getResponse().getStatus())
                .as(
                        "saving %s unchanged answers a redirect, not the form again with errors: %s",
                        form.action(),
                        Jsoup.parse(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                                .select(".error-summary, .field-error")
                                .text())
                .isEqualTo(302);
        return r.getResponse().getRedirectedUrl();
    }

    @Test
    void aGroupSavedUnchangedKeepsItsTermOfOffice() throws Exception {
        String owner = actorId(jdbc, "Lupa- ja valvontavirasto");
        String created = mvc.perform(
                        Api.post("coordinator", "/api/v1/groups", """
                        {"name": "%s", "kind": "COOPERATION_GROUP", "ownerActorId": "%s", "areaCode": "19",
                         "termStart": "2026-01-01", "termEnd": "2029-12-31"}
                        """.formatted(unique("Kausiryhmä"), owner)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = json.readTree(created).get("id").asString();

        for (String lang : List.of("fi", "sv", "en")) {
            BrowserForm form = formWith(open("/groups/" + id + "/edit", lang), "termStart");
            assertThat(form.value("termStart"))
                    .as("term start in the %s form", lang)
                    .isEqualTo("2026-01-01");
            assertThat(form.value("termEnd"))
                    .as("term end in the %s form", lang)
                    .isEqualTo("2029-12-31");

            save(form, lang);

            Map<String, Object> stored = jdbc.sql(
                            "SELECT term_start::text AS s, term_end::text AS e FROM network.cooperation_group WHERE id = ?")
                    .param(Long.valueOf(id))
                    .query()
                    .singleRow();
            assertThat(stored).containsEntry("s", "2026-01-01").containsEntry("e", "2029-12-31");
            BrowserForm again = formWith(open("/groups/" + id + "/edit", lang), "termStart");
            assertThat(again.values()).isEqualTo(form.values());
        }
    }

    @Test
    void aMeetingIsCreatedWithItsSuggestedTimeAndSavedUnchangedKeepsIt() throws Exception {
        String group = Api.groupId(jdbc, "Lapin valmiustoimikunta");
        BrowserForm form = formWith(open("/groups/" + group + "/meetings/new", "fi"), "startsAt");
        assertThat(form.value("startsAt")).as("the suggested start").matches("\\d{4}-\\d{2}-\\d{2}T13:00");
        assertThat(form.value("endsAt")).as("the suggested end").matches("\\d{4}-\\d{2}-\\d{2}T15:00");

        String title = unique("Aikakokous");
        List<Map.Entry<String, String>> fields = new java.util.ArrayList<>(form.fields());
        fields.replaceAll(f -> f.getKey().equals("title") ? Map.entry("title", title) : f);
        String location = save(new BrowserForm(form.action(), form.method(), fields), "fi");
        String id = location.substring(location.lastIndexOf('/') + 1);
        OffsetDateTime startsAt = jdbc.sql("SELECT starts_at FROM network.meeting WHERE id = ?")
                .param(Long.valueOf(id))
                .query(OffsetDateTime.class)
                .single();
        assertThat(startsAt.atZoneSameInstant(java.time.ZoneId.of("Europe/Helsinki"))
                        .toLocalDateTime()
                        .toString())
                .isEqualTo(form.value("startsAt"));

        for (String lang : List.of("fi", "sv", "en")) {
            BrowserForm edit = formWith(open("/meetings/" + id + "/edit", lang), "startsAt");
            assertThat(edit.value("startsAt")).as("start in the %s form", lang).isEqualTo(form.value("startsAt"));
            assertThat(edit.value("endsAt")).as("end in the %s form", lang).isEqualTo(form.value("endsAt"));
            save(edit, lang);
            BrowserForm again = formWith(open("/meetings/" + id + "/edit", lang), "startsAt");
            assertThat(again.values()).isEqualTo(edit.values());
        }
        OffsetDateTime after = jdbc.sql("SELECT starts_at FROM network.meeting WHERE id = ?")
                .param(Long.valueOf(id))
                .query(OffsetDateTime.class)
                .single();
        assertThat(after.toInstant()).isEqualTo(startsAt.toInstant());
    }
}
