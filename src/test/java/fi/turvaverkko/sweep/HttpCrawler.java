package fi.turvaverkko.sweep;

import fi.turvaverkko.sweep.Finding.Kind;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cheap half of the sweep: a crawl over plain HTTP, as one demo user in one language, from the
 * home page along every same-site link and GET form, with the text checks on every page and the
 * hostile searches on every list's text filter.
 */
final class HttpCrawler {

    /** Hostile or oversized search texts (issue 10, bad input); each list's text filter gets every one. */
    static final Map<String, String> HOSTILE = hostile();

    private static final Pattern DOWNLOAD = Pattern.compile(".*\\.(pdf|csv|xlsx|ics|xml|zip|json|png|jpg|svg|txt)$");
    private static final List<String> NOT_PAGES = List.of(
            "/css/", "/js/", "/img/", "/fonts/", "/webjars/", "/api/", "/v3/api-docs", "/swagger-ui", "/actuator/");

    private final String base;
    private final Routes routes;
    private final TextChecks text;
    private final Findings findings;
    private final JdbcClient jdbc;
    /** The date, time and date-time fields of every page. */
    final DateFields dateFields = new DateFields();
    /** Text filters already given the hostile texts (route of the form's action + field), once per run. */
    private final Set<String> hostileDone = new HashSet<>();
    /** Downloads already fetched, per role (route), to check they answer. */
    private final Set<String> downloadsDone = new HashSet<>();

    HttpCrawler(String base, Routes routes, TextChecks text, Findings findings, JdbcClient jdbc) {
        this.base = base;
        this.routes = routes;
        this.text = text;
        this.findings = findings;
        this.jdbc = jdbc;
    }

    private static Map<String, String> hostile() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("empty", "");
        h.put("percent", "%");
        h.put("underscore", "_");
        h.put("quote", "'");
        h.put("script", "<script>alert(1)</script>");
        h.put("control", "a\u0000b\u0001c\u0008d\u001be\u007f");
        h.put("10kB", "Rovaniemi ".repeat(1024));
        // unescaped, these match every name of six characters or more; escaped, only themselves
        h.put("percents", "%%%%%%");
        h.put("underscores", "______");
        return h;
    }

    /** What one crawl reached, for the browser pass and the route coverage. */
    static final class Session {
        final String role;
        final String lang;
        final HttpClient http;
        /** route → the first page of it that answered 200 with HTML (one without a query when there is one) */
        final Map<String, String> pages = new TreeMap<>();
        /** route → a page with an edit form that posts back to itself */
        final Map<String, String> editForms = new TreeMap<>();
        /** routes fetched or linked (downloads) */
        final Set<String> reached = new HashSet<>();

        int fetched;
        /** route → [requests, nanoseconds] of the pages fetched, for the report's slowest routes */
        final Map<String, long[]> timing = new HashMap<>();

        void time(String route, long nanos) {
            long[] t = timing.computeIfAbsent(route, r -> new long[2]);
            t[0]++;
            t[1] += nanos;
        }

        Session(String role, String lang) {
            this.role = role;
            this.lang = lang;
            this.http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10))
                    .version(HttpClient.Version.HTTP_1_1)
                    .build();
        }
    }

    private record Link(String url, String referrer, String linkText, boolean htmx, boolean form) {}

    /**
     * Crawls as {@code role} in {@code lang}: at most {@code perKey} addresses per route and set of
     * filled-in parameters, and {@code perRoute} per route.
     */
    Session crawl(String role, String lang, int perKey, int perRoute, List<String> direct)
            throws IOException, InterruptedException {
        int maxPages = 3000;
        Session s = new Session(role, lang);
        login(s);
        long audit = lastAuditEntry();
        Deque<Link> queue = new ArrayDeque<>();
        queue.add(new Link("/", null, null, false, false));
        for (String address : direct) {
            queue.add(new Link(address, DIRECTLY, null, false, false));
        }
        Set<String> visited = new HashSet<>();
        Map<String, Integer> keyCounts = new HashMap<>();
        Map<String, Integer> routeCounts = new HashMap<>();
        Set<String> seenRoutes = new HashSet<>();
        while (!queue.isEmpty() && s.fetched < maxPages) {
            Link link = queue.poll();
            URI uri = URI.create(base + link.url());
            String path = uri.getRawPath();
            String query = canonicalQuery(uri.getRawQuery());
            String canonical = path + (query.isEmpty() ? "" : "?" + query);
            if (!visited.add(canonical)) {
                continue;
            }
            Routes.Route route = routes.match(path);
            String routeName = route == null ? path : route.value();
            if (route != null && route.download() || DOWNLOAD.matcher(path).matches()) {
                s.reached.add(routeName);
                download(s, canonical, routeName, link);
                continue;
            }
            String key = routeName + "?" + paramNames(query);
            if (keyCounts.merge(key, 1, Integer::sum) > perKey
                    || routeCounts.merge(routeName, 1, Integer::sum) > perRoute) {
                if (route != null) {
                    s.reached.add(routeName);
                }
                continue;
            }
            long t0 = System.nanoTime();
            HttpResponse<String> r = get(s, canonical, link.htmx());
            s.time(routeName, System.nanoTime() - t0);
            s.fetched++;
            s.reached.add(routeName);
            audit = checkAudit(s, canonical, routeName, audit);
            int status = r.statusCode();
            if (status >= 500) {
                add(s, Kind.SERVER_ERROR, routeName, String.valueOf(status), canonical, from(link));
                continue;
            }
            if (status >= 300 && status < 400) {
                String location = r.headers().firstValue("Location").orElse("");
                URI to = uri.resolve(location);
                if (!sameSite(to)) {
                    continue;
                }
                if ("/login".equals(to.getPath()) && link.referrer() != null) {
                    add(s, Kind.LOGIN_WALL, routeName, "login", canonical, from(link));
                    continue;
                }
                queue.addFirst(new Link(
                        to.getRawPath() + (to.getRawQuery() == null ? "" : "?" + to.getRawQuery()),
                        link.referrer(),
                        link.linkText(),
                        false,
                        link.form()));
                continue;
            }
            if (status >= 400) {
                if (link.referrer() != null) {
                    add(s, Kind.DEAD_LINK, routeName, status + (link.form() ? " form" : ""), canonical, from(link));
                }
                continue;
            }
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("text/html")) {
                continue;
            }
            Document doc = Jsoup.parse(r.body(), base + canonical);
            checkText(s, doc, routeName, canonical);
            if (!link.htmx()) {
                if (query.isEmpty() || !s.pages.containsKey(routeName)) {
                    s.pages.put(routeName, canonical);
                }
                if (isEditForm(doc, path, routeName)) {
                    s.editForms.putIfAbsent(routeName, canonical);
                }
            }
            // a page that leads to a route this crawl has not met does not count against its route's
            // caps: the one programme of its kind that links to a page no other links to is found
            boolean productive = false;
            for (Link next : links(doc, canonical)) {
                queue.add(next);
                productive |= seenRoutes.add(routeOf(next.url()));
            }
            if (productive) {
                keyCounts.merge(key, -1, Integer::sum);
                routeCounts.merge(routeName, -1, Integer::sum);
            }
            for (Element form : doc.select("form")) {
                if (!"post".equalsIgnoreCase(form.attr("method"))) {
                    getForm(s, form, canonical, queue);
                }
            }
        }
        return s;
    }

    private final Map<String, String> routeOfPath = new java.util.concurrent.ConcurrentHashMap<>();

    /** The route of a link's path, remembered: the same links appear on every page. */
    private String routeOf(String url) {
        String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        return routeOfPath.computeIfAbsent(path, routes::patternOf);
    }

    /** The referrer of the pages a crawl opens directly (Routes.OPENED_DIRECTLY). */
    private static final String DIRECTLY = "(opened directly)";

    private static String from(Link link) {
        return link.referrer() == null || DIRECTLY.equals(link.referrer())
                ? (link.referrer() == null ? "(start)" : DIRECTLY)
                : (link.form() ? "form on " : "link")
                        + (link.linkText() == null || link.linkText().isBlank() ? "" : " \"" + link.linkText() + "\"")
                        + (link.form() ? "" : " on ")
                        + link.referrer();
    }

    private void add(Session s, Kind kind, String route, String key, String url, String detail) {
        findings.add(new Finding(kind, route, key, url, s.role, s.lang, detail));
    }

    private void checkText(Session s, Document doc, String route, String url) {
        for (TextChecks.Problem p : text.check(doc, s.lang)) {
            add(s, p.kind(), route, p.key(), url, p.context());
        }
        for (DateFields.Problem p : dateFields.check(doc)) {
            add(s, Kind.DATE_FIELD, route, p.key(), url, p.detail());
        }
    }

    /**
     * Forms that edit what is already stored without a {@code version} field or an {@code /edit}
     * address: they post back to the page they are on.
     */
    static final Set<String> OTHER_EDIT_FORMS = Set.of("/continuity/assessments/{id}", "/analysis/findings/{id}");

    /**
     * A page whose form edits something stored: it posts back to the page itself, and the page is an
     * {@code …/edit} route, or the form carries the item's {@code version}, or it is one of {@link
     * #OTHER_EDIT_FORMS}. Not a form that creates (login, sign-up, a catalogue's new entry) or an
     * upload.
     */
    static boolean isEditForm(Document doc, String path, String route) {
        if (route.endsWith("/new")) {
            return false;
        }
        for (Element form : doc.select("main form[method=post]")) {
            String action = form.attr("action");
            String actionPath = action.isEmpty() ? path : URI.create(action).getPath();
            if (path.equals(actionPath)
                    && !form.select("[type=submit], button:not([type])").isEmpty()
                    && form.select("input[type=file]").isEmpty()
                    && (route.endsWith("/edit")
                            || !form.select("[name=version]").isEmpty()
                            || OTHER_EDIT_FORMS.contains(route))) {
                return true;
            }
        }
        return false;
    }

    private List<Link> links(Document doc, String page) {
        List<Link> out = new ArrayList<>();
        for (Element a : doc.select("a[href]")) {
            String local = local(page, a.attr("href"));
            if (local != null) {
                out.add(new Link(local, page, a.text(), false, false));
            }
        }
        for (Element e : doc.select("[hx-get]:not(form)")) {
            String local = e.attr("hx-get").contains("{") ? null : local(page, e.attr("hx-get"));
            if (local != null) {
                out.add(new Link(local, page, e.text(), true, false));
            }
        }
        return out;
    }

    /**
     * The path and query of a same-site link the crawl follows, or null: not other sites, mail
     * addresses, static files, the API and its documentation, logout, or the language links (they
     * switch the session's language; the crawl stays in its own). A malformed address is followed,
     * and its answer reported.
     */
    private String local(String page, String href) {
        if (href == null || href.isBlank() || href.startsWith("#")) {
            return null;
        }
        String lower = href.toLowerCase(Locale.ROOT).strip();
        if (lower.startsWith("mailto:") || lower.startsWith("tel:") || lower.startsWith("javascript:")) {
            return null;
        }
        URI u;
        try {
            u = URI.create(base + page).resolve(href.strip());
        } catch (IllegalArgumentException e) {
            return "/" + URLEncoder.encode(href, StandardCharsets.UTF_8);
        }
        if (!sameSite(u)) {
            return null;
        }
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        if (path.equals("/logout") || NOT_PAGES.stream().anyMatch(path::startsWith)) {
            return null;
        }
        String q = u.getRawQuery();
        if (q != null && (q.startsWith("lang=") || q.contains("&lang="))) {
            return null;
        }
        return path + (q == null ? "" : "?" + q);
    }

    private boolean sameSite(URI u) {
        URI b = URI.create(base);
        return u.getHost() == null || (b.getHost().equals(u.getHost()) && b.getPort() == u.getPort());
    }

    /**
     * A GET form is submitted as it stands and once with the first real choice of every select; a
     * text filter also gets every hostile text (once per run and form).
     */
    private void getForm(Session s, Element form, String page, Deque<Link> queue)
            throws IOException, InterruptedException {
        String action =
                form.hasAttr("action") ? form.attr("action") : URI.create(page).getRawPath();
        String local = local(page, action.isEmpty() ? page : action);
        if (local == null) {
            return;
        }
        String actionPath = URI.create(base + local).getRawPath();
        List<String[]> defaults = new ArrayList<>();
        List<String[]> firstChoices = new ArrayList<>();
        List<String> textFields = new ArrayList<>();
        for (Element f : form.select("input[name], select[name], textarea[name]")) {
            String name = f.attr("name");
            String type = f.attr("type").toLowerCase(Locale.ROOT);
            if (f.hasAttr("disabled")
                    || Set.of("submit", "button", "reset", "file", "image").contains(type)) {
                continue;
            }
            if ("select".equals(f.normalName())) {
                Element selected = f.selectFirst("option[selected]");
                if (selected == null) {
                    selected = f.selectFirst("option");
                }
                String value = selected == null ? "" : selected.attr("value");
                defaults.add(new String[] {name, value});
                Element first = f.select("option").stream()
                        .filter(o -> !o.attr("value").isEmpty())
                        .findFirst()
                        .orElse(null);
                firstChoices.add(new String[] {name, first == null ? value : first.attr("value")});
            } else if ("checkbox".equals(type) || "radio".equals(type)) {
                if (f.hasAttr("checked")) {
                    defaults.add(new String[] {name, f.attr("value").isEmpty() ? "on" : f.attr("value")});
                    firstChoices.add(new String[] {name, f.attr("value").isEmpty() ? "on" : f.attr("value")});
                }
            } else {
                defaults.add(new String[] {name, f.val()});
                firstChoices.add(new String[] {name, "hidden".equals(type) ? f.val() : ""});
                if ("search".equals(type) || "text".equals(type) || type.isEmpty()) {
                    textFields.add(name);
                }
            }
        }
        queue.add(new Link(actionPath + "?" + encode(defaults), page, "GET form", false, true));
        queue.add(new Link(actionPath + "?" + encode(firstChoices), page, "GET form, first choices", false, true));
        String route = routes.patternOf(actionPath);
        for (String field : textFields) {
            if (hostileDone.add(route + " " + field)) {
                hostileSearch(s, route, actionPath, defaults, field);
            }
        }
    }

    private void hostileSearch(Session s, String route, String actionPath, List<String[]> defaults, String field)
            throws IOException, InterruptedException {
        String emptySignature = null;
        for (Map.Entry<String, String> h : HOSTILE.entrySet()) {
            List<String[]> values = new ArrayList<>();
            for (String[] d : defaults) {
                values.add(d[0].equals(field) ? new String[] {field, h.getValue()} : d);
            }
            String url = actionPath + "?" + encode(values);
            HttpResponse<String> r = get(s, url, false);
            s.fetched++;
            String key = field + "=" + h.getKey();
            String shown = url.length() > 160 ? url.substring(0, 160) + "…" : url;
            int status = r.statusCode();
            if (status >= 500) {
                add(s, Kind.SERVER_ERROR, route, key, shown, "search " + field + " with the " + h.getKey() + " text");
                continue;
            }
            boolean html = r.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
            Document doc = html ? Jsoup.parse(r.body(), base + url) : null;
            if (status >= 400) {
                if (doc == null || doc.selectFirst("h1") == null || doc.selectFirst("header.site-header") == null) {
                    add(
                            s,
                            Kind.BAD_INPUT,
                            route,
                            key,
                            shown,
                            "answered " + status + " without the page frame and a message");
                }
                continue;
            }
            if (doc == null) {
                add(
                        s,
                        Kind.BAD_INPUT,
                        route,
                        key,
                        shown,
                        "answered " + status + " " + r.headers().firstValue("Content-Type"));
                continue;
            }
            checkText(s, doc, route, shown);
            if (r.body().contains("<script>alert(1)</script>")) {
                add(s, Kind.BAD_INPUT, route, key, shown, "the search text is written into the page unescaped");
            }
            String signature = resultSignature(doc);
            if ("empty".equals(h.getKey())) {
                emptySignature = signature;
            } else if (("percents".equals(h.getKey()) || "underscores".equals(h.getKey()))
                    && signature != null
                    && signature.equals(emptySignature)
                    && !signature.equals("0")) {
                add(
                        s,
                        Kind.LIKE_NOT_ESCAPED,
                        route,
                        key,
                        shown,
                        "the search for \"" + h.getValue() + "\" shows what the list shows without a search: "
                                + signature);
            }
        }
    }

    /** What a list shows: its count line, else its number of rows; null when the page has no list. */
    private static String resultSignature(Document doc) {
        Element count = doc.selectFirst("#results .result-count, .result-count");
        if (count != null) {
            String t = count.text();
            return t.matches(".*\\d.*") ? t : "0";
        }
        Element results = doc.selectFirst("#results");
        if (results == null) {
            return null;
        }
        return String.valueOf(results.select("tbody tr, li").size());
    }

    private void download(Session s, String url, String route, Link link) throws IOException, InterruptedException {
        if (!downloadsDone.add(s.role + " " + route)) {
            return;
        }
        long t0 = System.nanoTime();
        HttpResponse<String> r = s.http.send(
                HttpRequest.newBuilder(URI.create(base + url))
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
        s.time(route, System.nanoTime() - t0);
        s.fetched++;
        int status = r.statusCode();
        if (status >= 500) {
            add(s, Kind.SERVER_ERROR, route, String.valueOf(status), url, from(link));
        } else if (status >= 400) {
            add(s, Kind.DEAD_LINK, route, String.valueOf(status), url, from(link));
        } else if (status >= 300) {
            String location = r.headers().firstValue("Location").orElse("");
            if (location.contains("/login")) {
                add(s, Kind.LOGIN_WALL, route, "login", url, from(link));
            }
        }
    }

    private HttpResponse<String> get(Session s, String url, boolean htmx) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + url))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
                .header("User-Agent", "turvaverkko-sweep");
        if (htmx) {
            b.header("HX-Request", "true");
        }
        return s.http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void login(Session s) throws IOException, InterruptedException {
        HttpResponse<String> page = get(s, "/login?lang=" + s.lang, false);
        if (page.statusCode() != 200) {
            throw new IllegalStateException("GET /login answered " + page.statusCode());
        }
        if ("anonymous".equals(s.role)) {
            return;
        }
        Document doc = Jsoup.parse(page.body());
        Element csrf = doc.selectFirst("input[name=_csrf]");
        String body = "username=" + enc(s.role) + "&password=demo" + (csrf == null ? "" : "&_csrf=" + enc(csrf.val()));
        HttpResponse<String> r = s.http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() / 100 != 3 || location.contains("/login")) {
            throw new IllegalStateException("login as " + s.role + " failed: " + r.statusCode() + " " + location);
        }
    }

    private long lastAuditEntry() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit.entry")
                .query(Long.class)
                .single();
    }

    /** A GET that wrote an audit entry other than a read of restricted data changed something. */
    private long checkAudit(Session s, String url, String route, long since) {
        List<String> changes = jdbc.sql("""
                        SELECT item_type || ' ' || item_id || ' ' || action FROM audit.entry
                        WHERE id > ? AND action <> 'READ_RESTRICTED' AND channel <> 'API' ORDER BY id""").param(since).query(String.class).list();
        if (!changes.isEmpty()) {
            add(s, Kind.GET_CHANGES_DATA, route, "GET", url, String.join("; ", changes));
        }
        return lastAuditEntry();
    }

    static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>(List.of(rawQuery.split("&")));
        parts.removeIf(String::isEmpty);
        parts.sort(null);
        return String.join("&", parts);
    }

    private static String paramNames(String query) {
        if (query.isEmpty()) {
            return "";
        }
        Set<String> names = new java.util.TreeSet<>();
        for (String p : query.split("&")) {
            String name = URLDecoder.decode(p.split("=", 2)[0], StandardCharsets.UTF_8);
            String value = p.contains("=") ? p.split("=", 2)[1] : "";
            // an empty filter is the same page as no filter
            if (!value.isEmpty()) {
                names.add(name);
            }
        }
        return String.join(",", names);
    }

    private static String encode(List<String[]> values) {
        StringBuilder s = new StringBuilder();
        for (String[] v : values) {
            if (!s.isEmpty()) {
                s.append('&');
            }
            s.append(enc(v[0])).append('=').append(enc(v[1]));
        }
        return s.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
