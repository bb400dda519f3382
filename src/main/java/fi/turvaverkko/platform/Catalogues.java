package fi.turvaverkko.platform;

import fi.turvaverkko.platform.catalogue.CatalogueStore;
import fi.turvaverkko.shared.InvalidInputException;
import java.util.List;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The catalogues a region extends. Each module declares its built-in values at start-up with
 * {@link #ensure}; admins and coordinators add more; fields that take a code check it here.
 */
@Component
public class Catalogues {

    private final CatalogueStore store;

    Catalogues(CatalogueStore store) {
        this.store = store;
    }

    /** Adds the built-in values that are missing; values already there are left as they are. */
    public void ensure(String catalogue, List<CatalogueEntry> builtIns) {
        store.ensure(catalogue, builtIns);
    }

    /** The active values, in their order. */
    public List<CatalogueEntry> active(String catalogue) {
        return store.cached(catalogue).stream()
                .filter(e -> Boolean.TRUE.equals(e.active()))
                .toList();
    }

    /** The active values as choices of a select, labelled and sorted in the current language. */
    public List<Option> options(String catalogue) {
        var locale = LocaleContextHolder.getLocale();
        return Option.sorted(active(catalogue).stream()
                .map(e -> new Option(e.code(), e.name(locale)))
                .toList());
    }

    public Optional<CatalogueEntry> find(String catalogue, String code) {
        return store.cached(catalogue).stream()
                .filter(e -> e.code().equals(code))
                .findFirst();
    }

    /** The value's name in the current language, or the code when the value is unknown. */
    public String label(String catalogue, String code) {
        if (code == null) {
            return "";
        }
        return find(catalogue, code)
                .map(e -> e.name(LocaleContextHolder.getLocale()))
                .orElse(code);
    }

    /** Refuses a code that is not an active value of the catalogue, naming the field. */
    public void require(String catalogue, String field, String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException(field, "validation.required");
        }
        boolean ok =
                find(catalogue, code).map(e -> Boolean.TRUE.equals(e.active())).orElse(false);
        if (!ok) {
            throw new InvalidInputException(field, "error.catalogue.unknownCode", code);
        }
    }

    public boolean isActive(String catalogue, String code) {
        return code != null
                && find(catalogue, code)
                        .map(e -> Boolean.TRUE.equals(e.active()))
                        .orElse(false);
    }
}
