package fi.turvaverkko.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list, in the shape of docs/contract.md: {@code {"content": [...], "page": {...}}}. */
public record PageResult<T>(List<T> content, PageInfo page) {

    /** Where the page sits in the whole list. */
    public record PageInfo(int size, int number, long totalElements, int totalPages) {}

    public static <T> PageResult<T> of(List<T> content, PageParams params, long total) {
        int pages = params.size() == 0 ? 0 : (int) ((total + params.size() - 1) / params.size());
        return new PageResult<>(List.copyOf(content), new PageInfo(params.size(), params.page(), total, pages));
    }

    public <R> PageResult<R> map(Function<? super T, ? extends R> mapper) {
        return new PageResult<>(content.stream().<R>map(mapper).toList(), page);
    }

    public boolean hasPrevious() {
        return page.number() > 0;
    }

    public boolean hasNext() {
        return page.number() + 1 < page.totalPages();
    }

    /** First item's position, counted from one, for "1–20 / 315". */
    public long firstItem() {
        return content.isEmpty() ? 0 : (long) page.number() * page.size() + 1;
    }

    public long lastItem() {
        return content.isEmpty() ? 0 : firstItem() + content.size() - 1;
    }
}
