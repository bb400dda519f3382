package fi.turvaverkko.analysis;

import fi.turvaverkko.analysis.domain.AnalysisRepository;
import fi.turvaverkko.analysis.domain.FindingEngine;
import fi.turvaverkko.analysis.domain.FindingEngine.Area;
import fi.turvaverkko.indicators.IndicatorService;
import fi.turvaverkko.indicators.IndicatorView;
import fi.turvaverkko.network.AreaService;
import fi.turvaverkko.network.AreaType;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.platform.Catalogues;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.LocalizedName;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Everything the analysis reads from the published views, read once and shared by the coverage,
 * the findings and the dashboard for {@code turvaverkko.analysis.cache-seconds}: a busy dashboard
 * must not read a national action list on every request. A change made through the application
 * (any {@link ItemChanged} after its commit) makes the next reader read again, so what a person just
 * saved is in the analysis at once; changes made past the application show within the cache time.
 */
@Component
public class AnalysisSnapshot {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final AnalysisRepository repository;
    private final AreaService areas;
    private final IndicatorService indicators;
    private final Catalogues catalogues;
    private final AnalysisProperties settings;
    private volatile Snapshot current;

    private record Snapshot(FindingEngine.Input input, long atNanos) {}

    AnalysisSnapshot(
            AnalysisRepository repository,
            AreaService areas,
            IndicatorService indicators,
            Catalogues catalogues,
            AnalysisProperties settings) {
        this.repository = repository;
        this.areas = areas;
        this.indicators = indicators;
        this.catalogues = catalogues;
        this.settings = settings;
    }

    /** The data as of at most {@code cache-seconds} ago. */
    public FindingEngine.Input input() {
        Snapshot s = current;
        long now = System.nanoTime();
        if (s == null || now - s.atNanos() > settings.cacheSeconds() * 1_000_000_000L) {
            synchronized (this) {
                s = current;
                if (s == null || now - s.atNanos() > settings.cacheSeconds() * 1_000_000_000L) {
                    s = new Snapshot(read(), System.nanoTime());
                    current = s;
                }
            }
        }
        return s.input();
    }

    /** The snapshot's time: cached findings older than it are computed again. */
    public long version() {
        input();
        return current.atNanos();
    }

    public void refresh() {
        current = null;
    }

    /** Someone changed data: the next reader reads the views again. Decisions are read fresh anyway. */
    @TransactionalEventListener(fallbackExecution = true)
    void changed(ItemChanged event) {
        if (!"FINDING".equals(event.itemType())) {
            refresh();
        }
    }

    public Area area(AreaView a) {
        return new Area(
                Long.parseLong(a.id()),
                a.code(),
                a.type(),
                areas.path(Long.valueOf(a.id())),
                new LocalizedName(a.name(), a.nameSv(), a.nameSe(), a.nameEn()),
                a.lat(),
                a.lon());
    }

    private FindingEngine.Input read() {
        Map<Long, Area> all = new HashMap<>();
        for (AreaType t : AreaType.values()) {
            for (AreaView a : areas.ofType(t)) {
                all.put(Long.valueOf(a.id()), area(a));
            }
        }
        Map<String, LocalizedName> names = new HashMap<>();
        for (IndicatorView i : indicators.all()) {
            names.put(i.code(), new LocalizedName(i.name(), i.nameSv(), null, i.nameEn()));
        }
        List<String> groups = catalogues.active("target-groups").stream()
                .map(e -> e.code())
                .filter(c -> !"WHOLE_POPULATION".equals(c))
                .toList();
        return new FindingEngine.Input(
                repository.measures(),
                repository.scenarios(),
                repository.worseningTrends(),
                repository.indicatorThemes(),
                names,
                repository.availableResources(),
                repository.goals(),
                all,
                groups,
                LocalDate.now(HELSINKI));
    }
}
