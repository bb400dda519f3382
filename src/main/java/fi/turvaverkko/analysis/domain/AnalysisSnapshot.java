package fi.turvaverkko.analysis.domain;

import fi.turvaverkko.analysis.domain.FindingEngine.Area;
import fi.turvaverkko.indicators.IndicatorService;
import fi.turvaverkko.indicators.IndicatorView;
import fi.turvaverkko.network.AreaType;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
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

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AnalysisSnapshot.class);

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final AnalysisRepository repository;
    private final Areas areas;
    private final IndicatorService indicators;
    private final Catalogues catalogues;
    private final AnalysisProperties settings;
    private volatile Snapshot current;
    /** When the current data was last read (or read again and found the same). */
    private volatile long readAtNanos;
    /** The measures' texts as read for comparison, by text: kept from one read to the next, as texts seldom change. */
    private final Map<String, fi.turvaverkko.analysis.domain.MeasureText> texts =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final java.util.concurrent.atomic.AtomicBoolean reading = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.Executor background = r -> {
        Thread t = new Thread(r, "analysis-snapshot");
        t.setDaemon(true);
        t.start();
    };

    /** The data read at one time; {@code atNanos} tells computations made from older data apart. */
    public record Snapshot(FindingEngine.Input input, long atNanos) {}

    AnalysisSnapshot(
            AnalysisRepository repository,
            Areas areas,
            IndicatorService indicators,
            Catalogues catalogues,
            AnalysisProperties settings) {
        this.repository = repository;
        this.areas = areas;
        this.indicators = indicators;
        this.catalogues = catalogues;
        this.settings = settings;
    }

    /**
     * The data as of about {@code cache-seconds} ago. When the time is up, the old data is served
     * while one background read replaces it, so that no request waits for a national read; after a
     * change ({@link #refresh()}) the next reader waits for fresh data instead.
     */
    public FindingEngine.Input input() {
        return snapshot().input();
    }

    /** The data with its time (see {@link #input()}). */
    public Snapshot snapshot() {
        if (settings.cacheSeconds() <= 0) {
            return new Snapshot(read(), System.nanoTime()); // no cache: the benchmark's cold figures
        }
        Snapshot s = current;
        if (s == null) {
            synchronized (this) {
                s = current;
                if (s == null) {
                    s = new Snapshot(read(), System.nanoTime());
                    readAtNanos = s.atNanos();
                    current = s;
                }
            }
        } else if (System.nanoTime() - readAtNanos > settings.cacheSeconds() * 1_000_000_000L
                && reading.compareAndSet(false, true)) {
            Snapshot stale = s;
            background.execute(() -> {
                try {
                    FindingEngine.Input input = read();
                    synchronized (this) {
                        if (current == stale) {
                            // the same data read again keeps its time, so what was computed from it stays valid
                            if (!input.equals(stale.input())) {
                                current = new Snapshot(input, System.nanoTime());
                            }
                            readAtNanos = System.nanoTime();
                        }
                    }
                } finally {
                    reading.set(false);
                }
            });
        }
        return s;
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
        long started = System.nanoTime();
        try {
            return readViews();
        } finally {
            long ms = (System.nanoTime() - started) / 1_000_000;
            if (ms > 1000) {
                log.info("Read the data for the analysis in {} ms", ms);
            }
        }
    }

    private FindingEngine.Input readViews() {
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
        List<fi.turvaverkko.analysis.domain.AnalysisRepository.MeasureRow> measures = repository.measures();
        java.util.Set<String> current = new java.util.HashSet<>();
        measures.forEach(m -> current.add(m.text()));
        texts.keySet().retainAll(current);
        return new FindingEngine.Input(
                measures,
                repository.scenarios(),
                repository.worseningTrends(),
                repository.indicatorThemes(),
                names,
                repository.availableResources(),
                repository.goals(),
                all,
                groups,
                LocalDate.now(HELSINKI),
                texts);
    }
}
