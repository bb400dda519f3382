package fi.turvaverkko.platform.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links that keep the current list's filters: for page numbers and sortable column headings.
 * Templates call it as {@code ${@urls.page(2)}} and {@code ${@urls.sort('name', result)}}.
 */
@Component("urls")
class Urls {

    public String page(int page) {
        return relative(current().replaceQueryParam("page", page));
    }

    /** The link of a column heading: sorts by the field, ascending first, then the other way. */
    public String sort(String field) {
        String currentSort = currentSort();
        String next = (field + ",asc").equals(currentSort) ? field + ",desc" : field + ",asc";
        return relative(current().replaceQueryParam("sort", next).replaceQueryParam("page"));
    }

    /** {@code ascending}, {@code descending} or {@code none}, for the heading's aria-sort. */
    public String ariaSort(String field) {
        String currentSort = currentSort();
        if (currentSort == null) {
            return "none";
        }
        if (currentSort.equals(field + ",asc") || currentSort.equals(field)) {
            return "ascending";
        }
        return currentSort.equals(field + ",desc") ? "descending" : "none";
    }

    public String with(String param, Object value) {
        return relative(current().replaceQueryParam(param, value).replaceQueryParam("page"));
    }

    private static String currentSort() {
        var attrs = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        if (attrs instanceof org.springframework.web.context.request.ServletRequestAttributes s) {
            return s.getRequest().getParameter("sort");
        }
        return null;
    }

    private static String relative(org.springframework.web.util.UriComponentsBuilder b) {
        var c = b.build();
        return c.getPath() + (c.getQuery() == null ? "" : "?" + c.getQuery());
    }

    private static ServletUriComponentsBuilder current() {
        ServletUriComponentsBuilder b = ServletUriComponentsBuilder.fromCurrentRequest();
        b.replaceQueryParam("lang");
        return b;
    }
}
