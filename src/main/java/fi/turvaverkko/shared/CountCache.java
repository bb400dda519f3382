package fi.turvaverkko.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Remembers the total of a list for a moment, so that a busy list does not count its whole table on
 * every page. Only for lists whose rows are the same for every caller who may read them (the key is
 * the query and its parameters, not the user); a total may lag a change by {@code ttlMillis}.
 */
public final class CountCache {

    private record Entry(long total, long atNanos) {}

    private final long ttlNanos;
    private final int maxEntries;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public CountCache(long ttlMillis, int maxEntries) {
        this.ttlNanos = ttlMillis * 1_000_000L;
        this.maxEntries = maxEntries;
    }

    public long get(String key, LongSupplier count) {
        long now = System.nanoTime();
        Entry e = entries.get(key);
        if (e != null && now - e.atNanos() < ttlNanos) {
            return e.total();
        }
        long total = count.getAsLong();
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(key, new Entry(total, now));
        return total;
    }

    /** Forgets every total, after a change this node made. */
    public void clear() {
        entries.clear();
    }
}
