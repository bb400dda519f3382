package fi.turvaverkko.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person sees of a page that axe does not check: the page does not scroll sideways, a table
 * fits its column (or, when it is a matrix, scrolls inside its own box), a control is on the screen,
 * and no code shows where its label belongs.
 */
public final class PageChecks {

    private PageChecks() {}

    /** The page is no wider than the window: nothing to scroll sideways. */
    public static void assertNoSidewaysScroll(Page page) {
        Number scroll = (Number) page.evaluate("document.documentElement.scrollWidth");
        Number width = (Number) page.evaluate("window.innerWidth");
        assertThat(scroll.intValue())
                .as("width of %s at a window of %s px", page.url(), width)
                .isLessThanOrEqualTo(width.intValue());
    }

    /** Every table shows all its columns: none is wider than the box it sits in. */
    public static void assertTablesFit(Page page) {
        @SuppressWarnings("unchecked")
        List<String> cut = (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('table')].filter(t => {
                    const box = t.closest('.table-wrap') || t.parentElement;
                    return t.getBoundingClientRect().width > box.clientWidth + 1;
                  }).map(t => (t.caption ? t.caption.textContent.trim() : t.className)
                      + ': ' + Math.round(t.getBoundingClientRect().width))""");
        assertThat(cut).as("tables wider than their column on %s", page.url()).isEmpty();
    }

    /** The element is inside the window's width, so a finger can reach it without scrolling sideways. */
    public static void assertWithinWindow(Page page, Locator element) {
        BoundingBox box = element.boundingBox();
        Number width = (Number) page.evaluate("window.innerWidth");
        assertThat(box).as("%s is shown", element).isNotNull();
        assertThat(box.x).as("left edge of %s", element).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as("right edge of %s", element).isLessThanOrEqualTo(width.doubleValue());
    }

    /**
     * The text a person reads on the page (and what assistive technology reads out of labels and
     * titles), leaving out code samples, form values and hidden inputs.
     */
    public static String readableText(Page page) {
        return (String) page.evaluate("""
                () => {
                  const main = document.querySelector('main') || document.body;
                  const copy = main.cloneNode(true);
                  copy.querySelectorAll('code, script, style, option, input, textarea, select').forEach(e => e.remove());
                  const labels = [...main.querySelectorAll('[aria-label],[title]')]
                      .map(e => (e.getAttribute('aria-label') || '') + ' ' + (e.getAttribute('title') || ''));
                  return copy.innerText + ' ' + labels.join(' ');
                }""");
    }

    /** None of the codes shows as a word of the page's text. */
    public static void assertNoCodes(Page page, Collection<String> codes) {
        String text = readableText(page);
        List<String> seen = new ArrayList<>();
        for (String code : codes) {
            if (code.length() < 3 || !code.matches("[A-Z][A-Z0-9_]+")) {
                continue;
            }
            Matcher m = Pattern.compile("(?<![\\p{L}\\d_])" + Pattern.quote(code) + "(?![\\p{L}\\d_])")
                    .matcher(text);
            if (m.find()) {
                int from = Math.max(0, m.start() - 40);
                int to = Math.min(text.length(), m.end() + 40);
                seen.add(code + " in «" + text.substring(from, to).replaceAll("\\s+", " ") + "»");
            }
        }
        assertThat(seen)
                .as("codes shown instead of their labels on %s", page.url())
                .isEmpty();
        assertThat(text).as("unresolved message keys on %s", page.url()).doesNotContain("??");
    }

    /** Every code a page might show by mistake: the codes of the label families and of the catalogues. */
    public static java.util.Set<String> knownCodes(
            fi.turvaverkko.platform.Labels labels,
            fi.turvaverkko.platform.Catalogues catalogues,
            fi.turvaverkko.platform.catalogue.CatalogueStore store) {
        java.util.Set<String> codes = new java.util.TreeSet<>();
        labels.families().values().forEach(f -> codes.addAll(f.codes()));
        for (String name : store.catalogueNames()) {
            catalogues.active(name).forEach(e -> codes.add(e.code()));
        }
        return codes;
    }
}
