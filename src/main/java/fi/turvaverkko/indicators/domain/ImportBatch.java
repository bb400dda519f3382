package fi.turvaverkko.indicators.domain;

import fi.turvaverkko.indicators.domain.IndicatorValueRepository.Chunk;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of an indicator import that passed their checks, kept as columns (the database takes them
 * as arrays): a second row for the same indicator, area and year is refused naming the first, and
 * the batch is written in chunks, each its own statement.
 */
final class ImportBatch {

    private record Key(long indicator, long area, int year) {}

    private final Map<Key, Integer> seen;
    private final Integer[] rows;
    private final Long[] indicators;
    private final Long[] areas;
    private final Integer[] years;
    private final String[] values;
    private int size;

    ImportBatch(int capacity) {
        seen = new HashMap<>(capacity * 2);
        rows = new Integer[capacity];
        indicators = new Long[capacity];
        areas = new Long[capacity];
        years = new Integer[capacity];
        values = new String[capacity];
    }

    /** The number of the row that already gave this indicator, area and year, or null (and it is noted). */
    Integer firstRowOf(long indicator, long area, int year, int row) {
        return seen.putIfAbsent(new Key(indicator, area, year), row);
    }

    /** Adds a row that passed its checks. */
    void add(int row, long indicator, long area, int year, String value) {
        rows[size] = row;
        indicators[size] = indicator;
        areas[size] = area;
        years[size] = year;
        values[size] = value;
        size++;
    }

    int size() {
        return size;
    }

    /** The ids of the indicators the rows give values of. */
    Set<Long> indicators() {
        return new HashSet<>(Arrays.asList(indicators).subList(0, size));
    }

    /** The rows in chunks of at most {@code chunkSize}, in the order they came. */
    List<Chunk> chunks(int chunkSize) {
        List<Chunk> chunks = new ArrayList<>();
        for (int from = 0; from < size; from += chunkSize) {
            int to = Math.min(size, from + chunkSize);
            chunks.add(new Chunk(
                    Arrays.copyOfRange(rows, from, to),
                    Arrays.copyOfRange(indicators, from, to),
                    Arrays.copyOfRange(areas, from, to),
                    Arrays.copyOfRange(years, from, to),
                    Arrays.copyOfRange(values, from, to)));
        }
        return chunks;
    }
}
