package fi.turvaverkko.platform.catalogue;

import fi.turvaverkko.platform.CatalogueEntry;
import fi.turvaverkko.shared.ConflictException;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.StaleVersionException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Catalogue values in {@code platform.catalogue_entry}, read through a short-lived cache: they are
 * read on almost every page and change rarely; another node sees a change within a minute.
 */
@Component
public class CatalogueStore {

    private static final Duration TTL = Duration.ofSeconds(60);
    private static final String COLUMNS =
            "id, catalogue, code, name_fi, name_sv, name_en, sort_order, active, built_in, version";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    CatalogueStore(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    private record Cached(List<CatalogueEntry> entries, long loadedAt) {}

    @Transactional
    public void ensure(String catalogue, List<CatalogueEntry> builtIns) {
        int order = 10;
        for (CatalogueEntry e : builtIns) {
            jdbc.sql("""
                            INSERT INTO platform.catalogue_entry
                              (catalogue, code, name_fi, name_sv, name_en, sort_order, active, built_in)
                            VALUES (?, ?, ?, ?, ?, ?, TRUE, TRUE)
                            ON CONFLICT (catalogue, code) DO NOTHING""")
                    .params(catalogue, e.code(), e.name(), e.nameSv(), e.nameEn(), order)
                    .update();
            order += 10;
        }
        cache.remove(catalogue);
    }

    public List<CatalogueEntry> cached(String catalogue) {
        Cached c = cache.get(catalogue);
        long now = System.nanoTime();
        if (c == null || now - c.loadedAt() > TTL.toNanos()) {
            c = new Cached(load(catalogue), now);
            cache.put(catalogue, c);
        }
        return c.entries();
    }

    public List<String> catalogueNames() {
        return jdbc.sql("SELECT DISTINCT catalogue FROM platform.catalogue_entry ORDER BY catalogue")
                .query(String.class)
                .list();
    }

    List<CatalogueEntry> load(String catalogue) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM platform.catalogue_entry WHERE catalogue = ? ORDER BY sort_order, code")
                .param(catalogue)
                .query(MAPPER)
                .list();
    }

    public Optional<CatalogueEntry> find(String catalogue, String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform.catalogue_entry WHERE catalogue = ? AND code = ?")
                .params(catalogue, code)
                .query(MAPPER)
                .optional();
    }

    @Transactional
    public CatalogueEntry create(String catalogue, CatalogueEntry e) {
        if (!catalogueNames().contains(catalogue)) {
            throw new NotFoundException();
        }
        if (find(catalogue, e.code()).isPresent()) {
            throw new ConflictException("error.catalogue.duplicate", e.code());
        }
        int order = e.sortOrder() != null
                ? e.sortOrder()
                : jdbc.sql("SELECT coalesce(max(sort_order), 0) + 10 FROM platform.catalogue_entry WHERE catalogue = ?")
                        .param(catalogue)
                        .query(Integer.class)
                        .single();
        jdbc.sql("""
                        INSERT INTO platform.catalogue_entry
                          (catalogue, code, name_fi, name_sv, name_en, sort_order, active, built_in)
                        VALUES (?, ?, ?, ?, ?, ?, ?, FALSE)""")
                .params(
                        catalogue,
                        e.code(),
                        e.name().trim(),
                        blankToNull(e.nameSv()),
                        blankToNull(e.nameEn()),
                        order,
                        e.active() == null || e.active())
                .update();
        cache.remove(catalogue);
        CatalogueEntry created = find(catalogue, e.code()).orElseThrow();
        events.publishEvent(ItemChanged.created("CATALOGUE_ENTRY", catalogue + "/" + e.code(), created));
        return created;
    }

    @Transactional
    public CatalogueEntry update(String catalogue, String code, CatalogueEntry e) {
        CatalogueEntry before = find(catalogue, code).orElseThrow(NotFoundException::new);
        if (e.version() == null || e.version().longValue() != before.version()) {
            throw new StaleVersionException(before);
        }
        jdbc.sql("""
                        UPDATE platform.catalogue_entry SET name_fi = ?, name_sv = ?, name_en = ?, sort_order = ?,
                          active = ?, version = version + 1
                        WHERE catalogue = ? AND code = ?""")
                .params(
                        e.name().trim(),
                        blankToNull(e.nameSv()),
                        blankToNull(e.nameEn()),
                        e.sortOrder() == null ? before.sortOrder() : e.sortOrder(),
                        e.active() == null ? before.active() : e.active(),
                        catalogue,
                        code)
                .update();
        cache.remove(catalogue);
        CatalogueEntry after = find(catalogue, code).orElseThrow();
        events.publishEvent(ItemChanged.updated("CATALOGUE_ENTRY", catalogue + "/" + code, before, after));
        return after;
    }

    @Transactional
    public void delete(String catalogue, String code) {
        CatalogueEntry before = find(catalogue, code).orElseThrow(NotFoundException::new);
        if (Boolean.TRUE.equals(before.builtIn())) {
            throw new ConflictException("error.catalogue.builtIn", code);
        }
        jdbc.sql("DELETE FROM platform.catalogue_entry WHERE catalogue = ? AND code = ?")
                .params(catalogue, code)
                .update();
        cache.remove(catalogue);
        events.publishEvent(ItemChanged.deleted("CATALOGUE_ENTRY", catalogue + "/" + code, before));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static final RowMapper<CatalogueEntry> MAPPER = (rs, n) -> new CatalogueEntry(
            rs.getString("id"),
            rs.getString("catalogue"),
            rs.getString("code"),
            rs.getString("name_fi"),
            rs.getString("name_sv"),
            rs.getString("name_en"),
            rs.getInt("sort_order"),
            rs.getBoolean("active"),
            rs.getBoolean("built_in"),
            rs.getLong("version"));
}
