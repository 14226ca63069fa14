package se.rus.platform.web;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/** The list envelope of every collection: {@code { items, page, size, totalItems }}, all four always present. */
public record Page<T>(@Schema(required = true) List<T> items, @Schema(required = true, example = "0") int page,
                      @Schema(required = true, example = "50") int size,
                      @Schema(required = true, example = "123") long totalItems) {

    /**
     * One page of {@code query}. A page that is not full, and is the first or holds items, is the last one, so its
     * total is known without the count query (one statement instead of two for most lists).
     */
    public static <E, T> Page<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        List<T> items = query.range(request.offset(), request.offset() + request.size - 1)
                .list().stream().map(mapper).toList();
        return new Page<>(items, request.page, request.size, total(request, items.size(), query::count));
    }

    /** The total of a list of which a page holds {@code onPage} items: counted only when the page cannot tell. */
    public static long total(PageRequest request, int onPage, LongSupplier count) {
        boolean last = onPage < request.size && (onPage > 0 || request.offset() == 0);
        return last ? request.offset() + onPage : count.getAsLong();
    }

    public static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = Math.min(request.offset(), all.size());
        int to = Math.min(from + request.size, all.size());
        return new Page<>(all.subList(from, to), request.page, request.size, all.size());
    }
}
