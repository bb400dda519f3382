package fi.turvaverkko.sweep;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import fi.turvaverkko.support.BrowserTestBase;
import fi.turvaverkko.sweep.Finding.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The browser half of the sweep, in Debian's Chromium: every page of a crawl once (one address per
 * route) at a laptop's and a phone's width, with axe; and every edit form opened, saved unchanged
 * and opened again.
 */
final class BrowserPass implements AutoCloseable {

    static final Path CHROMIUM = BrowserTestBase.CHROMIUM;

    /** The widths of issue 10: a laptop and a phone. */
    static final int[][] VIEWPORTS = {{1366, 900}, {390, 844}};

    /** Finds what makes a page wider than its window: the outermost elements that stick out, not inside a box that scrolls. */
    private static final String OVERFLOW = """
            () => {
              const width = window.innerWidth;
              const scrollWidth = document.documentElement.scrollWidth;
              if (scrollWidth <= width) return null;
              const name = el => el.tagName.toLowerCase()
                  + (el.id ? '#' + el.id : '')
                  + [...el.classList].slice(0, 2).map(c => '.' + c).join('');
              const culprits = [];
              for (const el of document.body.querySelectorAll('*')) {
                const r = el.getBoundingClientRect();
                if (r.width === 0 || r.right <= width + 1) continue;
                let p = el.parentElement, contained = false;
                while (p && p !== document.body) {
                  const o = getComputedStyle(p).overflowX;
                  if (o !== 'visible') { contained = true; break; }
                  p = p.parentElement;
                }
                if (contained) continue;
                const parent = el.parentElement;
                if (parent && parent !== document.body && parent.getBoundingClientRect().right > width + 1) continue;
                const c = (parent ? name(parent) + ' > ' : '') + name(el);
                const text = (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
                if (!culprits.some(x => x.startsWith(c + ' ('))) culprits.push(c + ' (' + Math.round(r.right) + ' px' + (text ? ', "' + text + '"' : '') + ')');
                if (culprits.length >= 3) break;
              }
              return scrollWidth + ' px wide: ' + culprits.join('; ');
            }""";

    /** The values of a form as a person sees them: every named field but hidden ones, files and passwords. */
    private static final String FORM_VALUES = """
            (form) => {
              const out = {};
              for (const el of form.elements) {
                if (!el.name || el.disabled) continue;
                const t = (el.type || '').toLowerCase();
                if (['hidden', 'submit', 'button', 'reset', 'file', 'image', 'password'].includes(t)) continue;
                let v;
                if (t === 'checkbox' || t === 'radio') { if (!el.checked) continue; v = el.value; }
                else if (el.tagName === 'SELECT' && el.multiple) v = [...el.selectedOptions].map(o => o.value).sort().join(',');
                else v = el.value;
                out[el.name] = out[el.name] === undefined ? v : [out[el.name], v].sort().join('|');
              }
              return out;
            }""";

    private static final String AXE_SOURCE = AxeBuilder.getAxeScript();

    private static final String AXE_RUN = """
            async (contrast) => {
              const r = await axe.run(document, {
                runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                rules: {'color-contrast': {enabled: contrast}},
                resultTypes: ['violations']
              });
              return r.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({id: v.id, impact: v.impact, help: v.help,
                            nodes: v.nodes.slice(0, 3).map(n => ({target: n.target.join(' '), summary: n.failureSummary || ''}))}));
            }""";

    private final Playwright playwright;
    private final Browser browser;
    private final String base;
    private final Routes routes;
    private final Findings findings;
    int pagesVisited;
    int axeRuns;
    int formsSaved;
    long navigating;
    long checkingAccessibility;
    long measuringWidth;
    /** route → [pages, nanoseconds] in the browser (opening, axe, widths), for the report's slowest routes */
    final Map<String, long[]> timing = new java.util.HashMap<>();
    /** Routes and languages axe has already seen (when once per route and language is enough). */
    private final java.util.Set<String> axed = new java.util.HashSet<>();

    private BrowserPass(Playwright playwright, Browser browser, String base, Routes routes, Findings findings) {
        this.playwright = playwright;
        this.browser = browser;
        this.base = base;
        this.routes = routes;
        this.findings = findings;
    }

    /** The browser, or null when it is missing or browser tests are skipped (never under CI: there it fails). */
    static BrowserPass launch(String base, Routes routes, Findings findings) {
        boolean ci = System.getenv("CI") != null;
        if (!Files.isExecutable(CHROMIUM)) {
            if (ci) {
                throw new IllegalStateException("Chromium is missing at " + CHROMIUM + "; .ci/run installs it");
            }
            return null;
        }
        if (Boolean.getBoolean("turvaverkko.test.skip-browser") && !ci) {
            return null;
        }
        Playwright playwright = Playwright.create();
        Browser browser = BrowserTestBase.launchChromium(playwright);
        return new BrowserPass(playwright, browser, base, routes, findings);
    }

    private BrowserContext open(String role, String lang) {
        BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setLocale("fi-FI").setViewportSize(VIEWPORTS[0][0], VIEWPORTS[0][1]));
        context.setDefaultTimeout(60_000); // a busy 2-core machine can take long
        Page page = context.newPage();
        page.navigate(base + "/login?lang=" + lang);
        if (!"anonymous".equals(role)) {
            page.locator("#username").fill(role);
            page.locator("#password").fill("demo");
            page.waitForNavigation(
                    () -> page.locator("main form button[type=submit]").first().click());
        }
        return context;
    }

    /**
     * Every page (one address per route) at both widths, with axe at the first; with {@code
     * axeOnce}, axe sees each route once per language, as the first user who reaches it.
     */
    void pages(String role, String lang, Map<String, String> pages, boolean axeOnce) {
        try (BrowserContext context = open(role, lang)) {
            Page page = context.pages().get(0);
            for (Map.Entry<String, String> e : pages.entrySet()) {
                String route = e.getKey();
                String url = e.getValue();
                long started = System.nanoTime();
                try {
                    long t = System.nanoTime();
                    page.setViewportSize(VIEWPORTS[0][0], VIEWPORTS[0][1]);
                    Response r = page.navigate(base + url);
                    navigating += System.nanoTime() - t;
                    if (r == null || r.status() >= 400) {
                        continue; // the HTTP crawl reports it
                    }
                    pagesVisited++;
                    t = System.nanoTime();
                    if (!axeOnce || axed.add(route + " " + lang)) {
                        accessibility(page, role, lang, route, url);
                    }
                    checkingAccessibility += System.nanoTime() - t;
                    t = System.nanoTime();
                    for (int[] v : VIEWPORTS) {
                        page.setViewportSize(v[0], v[1]);
                        Object wide = page.evaluate(OVERFLOW);
                        if (wide != null) {
                            String detail = wide.toString();
                            String culprit = detail.contains(": ") ? detail.substring(detail.indexOf(": ") + 2) : "";
                            // the key leaves out ids, which differ from item to item
                            String first = culprit.split(" \\(")[0].replaceAll("#[\\w-]+", "");
                            findings.add(new Finding(
                                    Kind.SIDEWAYS_SCROLL,
                                    route,
                                    v[0] + " " + first,
                                    url,
                                    role,
                                    lang,
                                    "at " + v[0] + " × " + v[1] + " the page is " + detail));
                        }
                    }
                    measuringWidth += System.nanoTime() - t;
                } catch (PlaywrightException ex) {
                    findings.add(new Finding(
                            Kind.SERVER_ERROR,
                            route,
                            "browser",
                            url,
                            role,
                            lang,
                            "the browser could not open the page: " + firstLine(ex.getMessage())));
                }
                long[] time = timing.computeIfAbsent(route, x -> new long[2]);
                time[0]++;
                time[1] += System.nanoTime() - started;
            }
        }
    }

    /**
     * axe-core (the copy the axe Playwright library ships) on the page, WCAG 2.1 A and AA, only the
     * violations collected: the library's own {@code analyze()} opens a blank page per call to finish
     * its run, which costs a second or more per page here.
     */
    @SuppressWarnings("unchecked")
    private void accessibility(Page page, String role, String lang, String route, String url) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
            page.evaluate(AXE_SOURCE);
        }
        // colours do not change with the language: contrast, axe's costliest rule, is checked in
        // Finnish, every other rule in every language the browser sees
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate(AXE_RUN, "fi".equals(lang));
        axeRuns++;
        for (Map<String, Object> v : violations) {
            StringBuilder s = new StringBuilder(v.get("impact") + ": " + v.get("help"));
            for (Map<String, Object> n : (List<Map<String, Object>>) v.get("nodes")) {
                s.append("\n")
                        .append(n.get("target"))
                        .append(" — ")
                        .append(firstLine(Objects.toString(n.get("summary"), "")));
            }
            findings.add(new Finding(Kind.ACCESSIBILITY, route, v.get("id").toString(), url, role, lang, s.toString()));
        }
    }

    /**
     * Every edit form: opened, saved as it stands, and opened again; saving must succeed and the form
     * must show exactly the values it showed before.
     */
    void forms(Map<String, Map<String, String>> formsByUser) {
        formsByUser.forEach((user, forms) -> forms(user.split(" ")[0], user.split(" ")[1], forms));
    }

    private void forms(String role, String lang, Map<String, String> forms) {
        try (BrowserContext context = open(role, lang)) {
            Page page = context.pages().get(0);
            for (Map.Entry<String, String> e : forms.entrySet()) {
                String route = e.getKey();
                String url = e.getValue();
                try {
                    roundTrip(page, role, lang, route, url);
                } catch (PlaywrightException ex) {
                    findings.add(new Finding(
                            Kind.FORM_ROUND_TRIP,
                            route,
                            "browser",
                            url,
                            role,
                            lang,
                            "the form could not be saved: " + firstLine(ex.getMessage())));
                }
            }
        }
    }

    @SuppressWarnings("deprecation")
    private void roundTrip(Page page, String role, String lang, String route, String url) {
        Response opened = page.navigate(base + url);
        if (opened == null || opened.status() >= 400) {
            return;
        }
        Locator form = editForm(page, url);
        if (form == null) {
            return;
        }
        Map<String, String> before = values(form);
        Locator submit = form.locator("button[type=submit], input[type=submit], button:not([type])")
                .first();
        Response saved = page.waitForNavigation(submit::click);
        formsSaved++;
        int status = saved == null ? 0 : saved.status();
        Locator errors = page.locator(".error-summary");
        if (status >= 400 || errors.count() > 0) {
            String why = errors.count() > 0
                    ? errors.first().innerText()
                    : page.locator("main").innerText();
            findings.add(new Finding(
                    Kind.FORM_ROUND_TRIP,
                    route,
                    "refused",
                    url,
                    role,
                    lang,
                    "saved unchanged, the form was refused (" + status + "): "
                            + why.replaceAll("\\s+", " ").strip()));
            return;
        }
        page.navigate(base + url);
        Locator again = editForm(page, url);
        if (again == null) {
            findings.add(new Finding(
                    Kind.FORM_ROUND_TRIP,
                    route,
                    "gone",
                    url,
                    role,
                    lang,
                    "after saving, opening the form again leads to "
                            + page.url().replace(base, "")));
            return;
        }
        Map<String, String> after = values(again);
        List<String> changed = new ArrayList<>();
        for (String field : new TreeSet<>(union(before.keySet(), after.keySet()))) {
            if (!Objects.equals(before.get(field), after.get(field))) {
                changed.add(field + ": \"" + before.get(field) + "\" → \"" + after.get(field) + "\"");
            }
        }
        for (String c : changed) {
            String field = c.substring(0, c.indexOf(':'));
            findings.add(new Finding(
                    Kind.FORM_ROUND_TRIP,
                    route,
                    "changed " + field,
                    url,
                    role,
                    lang,
                    "saved unchanged and opened again, the form shows " + c));
        }
    }

    /** The form of the page that posts back to the page itself. */
    private static Locator editForm(Page page, String url) {
        String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        Locator forms = page.locator("main form[method=post], main form[method=POST]");
        for (int i = 0; i < forms.count(); i++) {
            Locator f = forms.nth(i);
            String action = Objects.toString(f.getAttribute("action"), "");
            String actionPath =
                    action.isEmpty() ? path : java.net.URI.create(action).getPath();
            if (path.equals(actionPath) && f.locator("input[type=file]").count() == 0) {
                return f;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> values(Locator form) {
        Map<String, String> out = new TreeMap<>();
        ((Map<String, Object>) form.evaluate(FORM_VALUES)).forEach((k, v) -> out.put(k, Objects.toString(v)));
        return out;
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> u = new TreeSet<>(a);
        u.addAll(b);
        return u;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.strip().split("\n")[0];
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
