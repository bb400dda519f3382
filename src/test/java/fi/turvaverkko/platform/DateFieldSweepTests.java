package fi.turvaverkko.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.Api;
import fi.turvaverkko.support.BrowserForm;
import fi.turvaverkko.support.IntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Every date and date-time field of every form holds what the browser's own control keeps: an ISO
 * value ({@code 2026-12-07}, {@code 2026-12-07T14:05}) or nothing. The sweep follows the links of the
 * application from its front page as users of different rights, in Finnish and English (whose short
 * date forms "1.1.2026" and "1/1/26" a date field throws away), looks at every date field it meets,
 * and fails when a date field that a template declares was never met, so that a new form is swept
 * as soon as a link leads to it.
 */
@IntegrationTest
class DateFieldSweepTests {

    /** Each route shape (numbers replaced, query names kept) is looked at this many times at most. */
    static final int PER_SHAPE = 1;

    static final int MAX_PAGES = 600;

    static final Pattern NOT_A_PAGE =
            Pattern.compile("^/(api|v3|swagger-ui|actuator|webjars|css|js|img|attachments|logout|login|error)(/|$)"
                    + "|\\.(pdf|xlsx|csv|ics|xml|json|geojson|svg|png|zip)$"
                    + "|/(export|stream|events|live|report\\.pdf|delete)(/|$)");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    record DateField(String user, String lang, String url, String id, String type, String value) {

        String page() {
            return user + " " + lang + " " + url;
        }
    }

    @Test
    void everyDateFieldOfEveryFormHoldsAnIsoValueOrNothing() throws Exception {
        List<DateField> seen = new ArrayList<>();
        long start = System.nanoTime();
        // pages whose forms show only in a state the demo data lacks: an open disruption (its
        // situation log and requests) and a draft plan (its approval)
        String disruption = openDisruption();
        String draft = created("coordinator", "/api/v1/programmes", """
                {"kind": "REGIONAL_STRATEGY", "name": "%s", "areaCode": "19", "ownerActorId": "%s",
                 "periodStart": "2026-01-01", "periodEnd": "2028-12-31"}""".formatted(
                        Api.unique("Päivämääräohjelma"), Api.actorId(jdbc, "Lupa- ja valvontavirasto")));
        int pages;
        try {
            pages = sweep("coordinator", "fi", seen, "/disruptions/" + disruption, "/programmes/" + draft)
                    + sweep("spr", "fi", seen)
                    + sweep("admin", "fi", seen);
        } finally {
            mvc.perform(Api.post(
                            "pelastus", "/api/v1/disruptions/" + disruption + "/status", "{\"status\": \"CLOSED\"}"))
                    .andExpect(status().isOk());
        }
        // the pages with date fields once more in English and Swedish
        for (String url : seen.stream().map(DateField::url).distinct().toList()) {
            for (String lang : List.of("en", "sv")) {
                String who = seen.stream()
                        .filter(f -> f.url().equals(url))
                        .findFirst()
                        .orElseThrow()
                        .user();
                Document page = fetch(who, lang, url);
                if (page != null) {
                    pages++;
                    collect(page, who, lang, url, seen);
                }
            }
        }
        System.out.printf(
                "date-field sweep: %d pages, %d date fields, %d s%n",
                pages, seen.size(), (System.nanoTime() - start) / 1_000_000_000);

        List<String> wrong = seen.stream()
                .filter(f -> !BrowserForm.sanitize(f.type(), f.value()).equals(f.value())
                        || (!f.value().isEmpty()
                                && f.type().equals("datetime-local")
                                && f.value().length() != 16))
                .map(f -> f.page() + " #" + f.id() + " (" + f.type() + ") = \"" + f.value() + "\"")
                .distinct()
                .toList();
        assertThat(wrong)
                .as("date fields whose value the browser would throw away")
                .isEmpty();

        Map<String, Set<String>> declared = declaredDateFields();
        Set<String> met = new HashSet<>();
        seen.forEach(f -> met.add(f.id()));
        Map<String, Set<String>> unmet = new TreeMap<>();
        declared.forEach((template, ids) -> ids.stream()
                .filter(id -> !met.contains(id))
                .forEach(id ->
                        unmet.computeIfAbsent(template, t -> new TreeSet<>()).add(id)));
        assertThat(unmet)
                .as("date fields the templates declare but the sweep never met")
                .isEmpty();
        long withValue = seen.stream().filter(f -> !f.value().isEmpty()).count();
        assertThat(withValue).as("date fields met with a value").isGreaterThan(20);
    }

    /** An open disruption led by the rescue department, for its forms (closed again after the sweep). */
    String openDisruption() throws Exception {
        String body = """
                {"kind": "STORM", "title": "%s", "severity": "MODERATE", "leadActorId": "%s", "areaCodes": ["698"],
                 "description": "Päivämääräkenttien läpikäynti.", "publicAlert": false}""".formatted(Api.unique("Päivämääräkatsaus"), Api.actorId(jdbc, "Lapin pelastuslaitos"));
        return created("pelastus", "/api/v1/disruptions", body);
    }

    String created(String user, String path, String body) throws Exception {
        String created = mvc.perform(Api.post(user, path, body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(created).get("id").asString();
    }

    /** Follows the application's links from its front page (and the given pages) as one user. */
    int sweep(String username, String lang, List<DateField> seen, String... first) throws Exception {
        Deque<String> queue = new ArrayDeque<>(List.of(first));
        queue.add("/");
        Set<String> visited = new HashSet<>();
        Map<String, Integer> shapes = new HashMap<>();
        int pages = 0;
        while (!queue.isEmpty() && pages < MAX_PAGES) {
            String url = queue.poll();
            if (!visited.add(url) || shapes.merge(shape(url), 1, Integer::sum) > PER_SHAPE) {
                continue;
            }
            Document page = fetch(username, lang, url);
            pages++;
            if (page == null) {
                continue;
            }
            collect(page, username, lang, url, seen);
            for (Element a : page.select("a[href]")) {
                String next = local(a.attr("href"), url);
                if (next != null && !visited.contains(next)) {
                    queue.add(next);
                }
            }
        }
        return pages;
    }

    /** A page as HTML, or null when it is none (a redirect, a download, a refusal, a failure). */
    Document fetch(String username, String lang, String url) throws Exception {
        MockHttpServletResponse r;
        try {
            r = mvc.perform(get(URI.create(url))
                            .param("lang", lang)
                            .with(user(users.loadUserByUsername(username)))
                            .accept(MediaType.TEXT_HTML))
                    .andReturn()
                    .getResponse();
        } catch (Exception e) {
            // a page that fails is the product sweep's finding; this sweep looks at date fields
            return null;
        }
        if (r.getStatus() != 200
                || r.getContentType() == null
                || !r.getContentType().startsWith("text/html")) {
            return null;
        }
        return Jsoup.parse(r.getContentAsString(StandardCharsets.UTF_8), "http://localhost" + url);
    }

    static void collect(Document page, String username, String lang, String url, List<DateField> seen) {
        for (Element input : page.select("input[type=date], input[type=datetime-local]")) {
            seen.add(new DateField(username, lang, url, input.id(), input.attr("type"), input.val()));
        }
    }

    /**
     * A same-site link as a path with its query, without the language switch and the paging and
     * sorting of lists; null for a link elsewhere or to something that is not a page.
     */
    static String local(String href, String from) {
        if (href.isBlank() || href.startsWith("#") || href.startsWith("mailto:") || href.startsWith("tel:")) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create("http://localhost" + from).resolve(href.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (!"localhost".equals(uri.getHost()) || uri.getPort() != -1 || uri.getRawPath() == null) {
            return null;
        }
        String path = uri.getRawPath();
        if (NOT_A_PAGE.matcher(path).find()) {
            return null;
        }
        String query = uri.getRawQuery() == null
                ? ""
                : Stream.of(uri.getRawQuery().split("&"))
                        // another page or order of a list has no other forms
                        .filter(p -> !p.isEmpty() && !p.matches("(lang|page|sort|size)=.*"))
                        .reduce((x, y) -> x + "&" + y)
                        .orElse("");
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** A URL with its numbers replaced and only the names of its query parameters. */
    static String shape(String url) {
        int q = url.indexOf('?');
        String path = (q < 0 ? url : url.substring(0, q)).replaceAll("/\\d+(?=/|$)", "/{n}");
        if (q < 0) {
            return path;
        }
        return path + "?"
                + new TreeSet<>(Stream.of(url.substring(q + 1).split("&"))
                        .map(p -> p.split("=", 2)[0])
                        .toList());
    }

    /** The date and date-time fields each template declares, through the form fragment or by hand. */
    static Map<String, Set<String>> declaredDateFields() throws IOException {
        Pattern fragment = Pattern.compile("input\\('(\\w+)',[^,]+,\\s*'(date|datetime-local)'");
        Pattern raw = Pattern.compile("<input[^>]*type=\"(date|datetime-local)\"[^>]*\\bid=\"(\\w+)\"");
        Map<String, Set<String>> declared = new TreeMap<>();
        Path root = Path.of("src/main/resources/templates");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".html")).toList()) {
                String html = Files.readString(f);
                String name = root.relativize(f).toString();
                Matcher m = fragment.matcher(html);
                while (m.find()) {
                    declared.computeIfAbsent(name, k -> new TreeSet<>()).add(m.group(1));
                }
                m = raw.matcher(html);
                while (m.find()) {
                    declared.computeIfAbsent(name, k -> new TreeSet<>()).add(m.group(2));
                }
            }
        }
        declared.remove("fragments/form.html");
        return declared;
    }
}
