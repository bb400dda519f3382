package fi.turvaverkko.planning;

import fi.turvaverkko.platform.RecentResults;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Pages of the measure list, and the restricted programmes hidden from a caller, kept for
 * {@code turvaverkko.planning.list-cache-ttl} in the application's {@link RecentResults}: forgotten
 * on every change.
 */
@Component
class ListCache {

    private final RecentResults results;
    private final Duration ttl;

    ListCache(RecentResults results, PlanningProperties properties) {
        this.results = results;
        this.ttl = properties.listCacheTtl();
    }

    <T> T get(Object key, Supplier<T> loader) {
        return results.get(key, ttl, loader);
    }
}
