package fi.turvaverkko.planning;

import fi.turvaverkko.shared.ItemChanged;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Pages of the measure list kept in memory for a few seconds, keyed by the filter, the paging and the
 * restricted programmes hidden from the caller. Every change anywhere in the application publishes
 * {@link ItemChanged}; the cache forgets everything then, and again after the change's transaction
 * commits, so a reader never keeps a page older than the last change on this node.
 */
@Component
class ListCache {

    static final int MAX_ENTRIES = 5000;

    private final long ttlNanos;
    private final AtomicLong generation = new AtomicLong();
    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(long generation, long at, Object value) {}

    ListCache(PlanningProperties properties) {
        this.ttlNanos = properties.listCacheTtl().toNanos();
    }

    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> loader) {
        if (ttlNanos <= 0) {
            return loader.get();
        }
        long now = System.nanoTime();
        long current = generation.get();
        Entry e = entries.get(key);
        if (e != null && e.generation() == current && now - e.at() < ttlNanos) {
            return (T) e.value();
        }
        T value = loader.get();
        if (generation.get() == current) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(key, new Entry(current, now, value));
        }
        return value;
    }

    @EventListener
    void on(ItemChanged changed) {
        forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        }
    }

    void forget() {
        generation.incrementAndGet();
        entries.clear();
    }
}
