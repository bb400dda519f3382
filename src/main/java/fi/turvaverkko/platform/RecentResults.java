package fi.turvaverkko.platform;

import fi.turvaverkko.shared.ItemChanged;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Results kept in memory for a few seconds — a page of the measure list, a region's dashboard —
 * keyed by everything they depend on, the caller's rights included (each module keys with its own
 * record types, so keys never meet). Every change anywhere in the application publishes
 * {@link ItemChanged}; the cache forgets everything then, and again after the change's transaction
 * commits, so a reader never gets a result older than the last change on this node. The one way
 * to keep a busy read briefly: do not write another.
 */
@Component
public class RecentResults {

    static final int MAX_ENTRIES = 5000;

    private final AtomicLong generation = new AtomicLong();
    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(long generation, long at, Object value) {}

    /** The result for the key if it was made within {@code ttl} and no change came since; else made now. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Duration ttl, Supplier<T> loader) {
        long ttlNanos = ttl == null ? 0 : ttl.toNanos();
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

    /** Forgets every kept result. */
    public void forget() {
        generation.incrementAndGet();
        entries.clear();
    }
}
