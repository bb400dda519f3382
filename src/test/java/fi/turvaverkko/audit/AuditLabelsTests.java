package fi.turvaverkko.audit;

import static fi.turvaverkko.support.Api.get;
import static fi.turvaverkko.support.Api.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.platform.Catalogues;
import fi.turvaverkko.platform.LabelFamily;
import fi.turvaverkko.platform.Labels;
import fi.turvaverkko.platform.catalogue.CatalogueStore;
import fi.turvaverkko.support.IntegrationTest;
import fi.turvaverkko.support.PageChecks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The audit page shows codes only by their labels (issue 10, ADR 0016): the kind of item (USER, not
 * {@code USER}), the action (CREATE, READ_RESTRICTED, …), the channel (SYSTEM), the user that is no
 * one (the application itself, a visitor) and the codes inside a change (a theme, an emphasis). Every
 * item type and action the code records, and every one the log holds, is a code of the audit's label
 * families, whose texts {@code MessageKeyFamiliesTests} requires in Finnish, Swedish and English.
 */
@IntegrationTest
class AuditLabelsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    Labels labels;

    @Autowired
    UserDetailsService users;

    @Autowired
    Catalogues catalogues;

    @Autowired
    CatalogueStore store;

    @Autowired
    MessageSource messages;

    @Test
    void everyItemTypeAndActionTheCodeRecordsHasALabel() throws IOException {
        Set<String> types = new TreeSet<>();
        Set<String> actions = new TreeSet<>();
        Pattern changed = Pattern.compile(
                "ItemChanged\\.(created|updated|deleted|action)\\(\\s*([^,]+),\\s*[^,]+(?:,\\s*([^,()]+(?:\\(\\))?))?");
        Pattern read = Pattern.compile("new RestrictedItemRead\\(\\s*([^,]+),");
        Pattern constant = Pattern.compile("static final String (\\w+)\\s*=\\s*\"([^\"]*)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                String java = Files.readString(f);
                Map<String, String> constants = new HashMap<>();
                Matcher c = constant.matcher(java);
                while (c.find()) {
                    constants.put(c.group(1), c.group(2));
                }
                Matcher m = changed.matcher(java);
                while (m.find()) {
                    add(types, m.group(2), constants);
                    if (m.group(1).equals("action")) {
                        add(actions, m.group(3), constants);
                    }
                }
                Matcher r = read.matcher(java);
                while (r.find()) {
                    add(types, r.group(1), constants);
                }
            }
        }
        // what the scan must find, or it finds nothing
        assertThat(types).contains("USER", "MEASURE", "RESOURCE", "RISK_SCENARIO", "CONTINUITY_ASSESSMENT");
        assertThat(actions).contains("CHANGE_PASSWORD", "IMPORT", "STATUS");
        assertThat(types)
                .as("item types recorded in the code without a label (audit.web.AuditLabelFamilies)")
                .isSubsetOf(codes("audit.type"));
        assertThat(actions)
                .as("actions recorded in the code without a label (audit.web.AuditLabelFamilies)")
                .isSubsetOf(codes("audit.action"));
    }

    @Test
    void everyCodeTheApplicationWroteToTheLogHasALabel() throws Exception {
        aUserIsAddedAndAThemeOfAMeasureChanges();
        // the entries the application wrote: by a user, by itself, or for a visitor
        String written = " FROM audit.entry WHERE user_id IS NOT NULL OR username IN ('system', 'anonymous')";
        assertThat(strings("SELECT DISTINCT item_type" + written))
                .contains("USER", "MEASURE")
                .isSubsetOf(codes("audit.type"));
        assertThat(strings("SELECT DISTINCT split_part(unnest(items), ':', 1)" + written))
                .isSubsetOf(codes("audit.type"));
        assertThat(strings("SELECT DISTINCT action" + written))
                .contains("CREATE", "UPDATE")
                .isSubsetOf(codes("audit.action"));
        assertThat(strings("SELECT DISTINCT channel" + written)).isSubsetOf(codes("audit.channel"));
    }

    @Test
    void everyFieldTheLogRecordsHasALabelInEveryLanguage() throws Exception {
        aUserIsAddedAndAThemeOfAMeasureChanges();
        List<String> missing = new java.util.ArrayList<>();
        for (Map<String, Object> f : jdbc.sql("""
                        SELECT DISTINCT item_type, jsonb_object_keys(changes) AS field FROM audit.entry
                         WHERE (user_id IS NOT NULL OR username IN ('system', 'anonymous'))
                           AND action <> 'READ_RESTRICTED' AND jsonb_typeof(changes) = 'object'""").query().listOfRows()) {
            for (Locale locale : List.of(Locale.forLanguageTag("fi"), Locale.forLanguageTag("sv"), Locale.ENGLISH)) {
                String own = "audit.field." + f.get("item_type") + "." + f.get("field");
                String common = "audit.field." + f.get("field");
                if (messages.getMessage(own, null, null, locale) == null
                        && messages.getMessage(common, null, null, locale) == null) {
                    missing.add(locale + ": " + common + " (" + f.get("item_type") + ")");
                }
            }
        }
        assertThat(missing)
                .as("fields of the log without a label (messages/audit_*.properties)")
                .isEmpty();
    }

    @Test
    void theApplicationsOwnWorkIsTheSystemsAndSaysSo() throws Exception {
        assertThat(jdbc.sql("SELECT count(*) FROM audit.entry WHERE user_id IS NULL AND username = 'system'")
                        .query(Long.class)
                        .single())
                .as("the demo data is loaded by the application itself, and recorded so")
                .isPositive();
        Document admin = page("admin", "/admin/audit?username=system");
        List<Element> rows = admin.select("#results tbody tr");
        assertThat(rows).isNotEmpty();
        for (Element row : rows) {
            assertThat(cell(row, "Käyttäjä")).isEqualTo("Järjestelmä (automaattinen toiminto)");
            assertThat(cell(row, "Kanava ja osoite")).isEqualTo("Järjestelmä");
        }
        assertNoCodes(rows);
        Document sv = page("admin", "/admin/audit?username=system&lang=sv");
        assertThat(cell(sv.selectFirst("#results tbody tr"), "Användare")).isEqualTo("Systemet (automatisk funktion)");
    }

    @Test
    void aUserAndAMeasureChangedReadInWords() throws Exception {
        Map<String, String> done = aUserIsAddedAndAThemeOfAMeasureChanges();

        Element user = page("admin", "/admin/audit?itemType=USER&itemId=" + done.get("user"))
                .selectFirst("#results tbody tr");
        assertThat(cell(user, "Kohde")).startsWith("Käyttäjä");
        assertThat(cell(user, "Tapahtuma")).isEqualTo("Lisäys");
        assertThat(cell(user, "Kanava ja osoite")).startsWith("Käyttöliittymä");
        // the roles and the state of the new user by their labels
        assertThat(cell(user, "Muutokset")).contains("Jäsen", "Käytössä");
        assertNoCodes(List.of(user));

        Element measure = page(
                        "coordinator", "/admin/audit?itemType=MEASURE&action=UPDATE&itemId=" + done.get("measure"))
                .selectFirst("#results tbody tr");
        assertThat(cell(measure, "Tapahtuma")).isEqualTo("Muutos");
        assertThat(cell(measure, "Kanava ja osoite")).startsWith("Rajapinta");
        // a theme and the emphasis by their names: field: before → after
        assertThat(cell(measure, "Muutokset"))
                .contains(labelOf("themes", done.get("theme")), "→", done.get("emphasis"));
        assertNoCodes(List.of(measure));

        // the choices of the filters by their labels too
        Document page = page("admin", "/admin/audit");
        assertThat(page.select("#itemType option").eachText()).contains("Käyttäjä", "Toimenpide");
        assertThat(page.select("#action option").eachText())
                .contains("Lisäys", "Muutos", "Salassa pidettävän tiedon luku");
        assertThat(page.select("#itemType option, #action option").eachText())
                .as("choices shown by their codes")
                .doesNotContainAnyElementsOf(knownCodes());
    }

    /** A user added by the admin on the page, and a theme and the emphasis of a public measure changed. */
    private Map<String, String> aUserIsAddedAndAThemeOfAMeasureChanges() throws Exception {
        String username = "loki." + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(MockMvcRequestBuilders.post("/admin/users/new")
                        .with(user(users.loadUserByUsername("admin")))
                        .with(csrf())
                        .param("username", username)
                        .param("displayName", "Lokin lukija")
                        .param("roles", "MEMBER")
                        .param("status", "ACTIVE")
                        .param("password", "pitka-ja-turvallinen-salasana"))
                .andExpect(status().is3xxRedirection());
        String userId = jdbc.sql("SELECT id::text FROM identity.app_user WHERE username = ?")
                .param(username)
                .query(String.class)
                .single();

        String measure = jdbc.sql("""
                        SELECT min(m.id)::text FROM planning.measure m
                          JOIN planning.programme p ON p.id = m.programme_id
                         WHERE p.confidentiality = 'PUBLIC' AND m.responsible_actor_id =
                               (SELECT id FROM network.actor WHERE name = 'Lupa- ja valvontavirasto')""").query(String.class).single();
        ObjectNode m = (ObjectNode) json.readTree(mvc.perform(get("coordinator", "/api/v1/measures/" + measure))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        String current = m.get("themes").isEmpty() ? "" : m.get("themes").get(0).asString();
        String theme = jdbc.sql("SELECT min(code) FROM platform.catalogue_entry"
                        + " WHERE catalogue = 'themes' AND active AND code <> ?")
                .param(current)
                .query(String.class)
                .single();
        ArrayNode themes = m.putArray("themes");
        themes.add(theme);
        String emphasis = "CORRECTIVE".equals(m.path("emphasis").asString()) ? "PREVENTION" : "CORRECTIVE";
        m.put("emphasis", emphasis);
        mvc.perform(put("coordinator", "/api/v1/measures/" + measure, json.writeValueAsString(m)))
                .andExpect(status().isOk());
        return Map.of(
                "user",
                userId,
                "measure",
                measure,
                "theme",
                theme,
                "emphasis",
                "CORRECTIVE".equals(emphasis) ? "Korjaava toiminta" : "Ennalta ehkäisevä toiminta");
    }

    private String labelOf(String catalogue, String code) {
        return jdbc.sql("SELECT name_fi FROM platform.catalogue_entry WHERE catalogue = ? AND code = ?")
                .params(catalogue, code)
                .query(String.class)
                .single();
    }

    /**
     * No code of a label family or a catalogue shows as a word of the rows' text (the item's id, in its
     * own code element, is not one), and no message key.
     */
    private void assertNoCodes(List<Element> rows) {
        List<String> seen = new java.util.ArrayList<>();
        Set<String> codes = knownCodes();
        for (Element row : rows) {
            Element copy = row.clone();
            copy.select("code").remove();
            String text = copy.text();
            for (String code : codes) {
                if (Pattern.compile("(?<![\\p{L}\\d_])" + Pattern.quote(code) + "(?![\\p{L}\\d_])")
                        .matcher(text)
                        .find()) {
                    seen.add(code + " in «" + text + "»");
                }
            }
            if (text.contains("??")) {
                seen.add(text);
            }
        }
        assertThat(seen).as("codes shown instead of their labels").isEmpty();
    }

    private Set<String> knownCodes() {
        Set<String> codes = new TreeSet<>();
        for (String code : PageChecks.knownCodes(labels, catalogues, store)) {
            if (code.length() >= 3 && code.matches("[A-Z][A-Z0-9_]+")) {
                codes.add(code);
            }
        }
        return codes;
    }

    private static String cell(Element row, String label) {
        Element td = row.selectFirst("td[data-label=\"" + label + "\"]");
        assertThat(td).as("the cell %s", label).isNotNull();
        return td.text();
    }

    private Set<String> codes(String family) {
        LabelFamily f = labels.families().get(family);
        assertThat(f).as("the label family %s", family).isNotNull();
        return Set.copyOf(f.codes());
    }

    private List<String> strings(String sql) {
        return jdbc.sql(sql).query(String.class).list();
    }

    private static void add(Set<String> to, String token, Map<String, String> constants) {
        if (token == null) {
            return;
        }
        String t = token.strip();
        if (t.startsWith("\"") && t.endsWith("\"")) {
            to.add(t.substring(1, t.length() - 1));
        } else if (constants.containsKey(t)) {
            to.add(constants.get(t));
        }
        // a variable (a status the item moves to, a type passed on) is checked in the log instead
    }

    private Document page(String username, String path) throws Exception {
        return Jsoup.parse(mvc.perform(MockMvcRequestBuilders.get(path).with(user(users.loadUserByUsername(username))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
