package se.rus.platform.web;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** The list envelope of every collection: {@code { items, page, size, totalItems }}, all four always present. */
public record Page<T>(@Schema(required = true) List<T> items, @Schema(required = true, example = "0") int page,
                      @Schema(required = true, example = "50") int size,
                      @Schema(required = true, example = "123") long totalItems) {

    public static <E, T> Page<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        List<T> items = query.range(request.offset(), request.offset() + request.size - 1)
                .list().stream().map(mapper).toList();
        return new Page<>(items, request.page, request.size, query.count());
    }

    public static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = Math.min(request.offset(), all.size());
        int to = Math.min(from + request.size, all.size());
        return new Page<>(all.subList(from, to), request.page, request.size, all.size());
    }
}
