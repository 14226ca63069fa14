package se.rus.platform.web;

import io.quarkus.panache.common.Sort;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code ?sort=field,-other} on a list: the fields one resource allows, parsed and refused in one place.
 * A field sorts in the database ({@link #column}) or in memory over the listed views ({@link #key});
 * what the client asks for comes first, the resource's own order breaks ties, so pages stay stable.
 * The operation documents the same fields as an enum ({@code field} and {@code -field}) on its
 * {@code sort} parameter; each service's contract test holds the two together.
 *
 * @param <T> the listed view, for fields sorted in memory
 */
public final class Sorting<T> {

    public static final String PARAMETER = "sort";
    public static final String DESCRIPTION =
            "Sortering: fält åtskilda med komma, ett minustecken före fältet sorterar fallande (t.ex. -year,name)";

    private final Map<String, String> columns = new LinkedHashMap<>();
    private final Map<String, Function<Boolean, Comparator<T>>> keys = new LinkedHashMap<>();

    private Sorting() {
    }

    public static <T> Sorting<T> by() {
        return new Sorting<>();
    }

    /** A field sorted by the database on the entity property {@code property}. */
    public Sorting<T> column(String field, String property) {
        columns.put(field, property);
        return this;
    }

    /** A field sorted in memory by {@code key} of each view; absent values sort last either way. */
    public <K extends Comparable<? super K>> Sorting<T> key(String field, Function<T, K> key) {
        keys.put(field, descending -> Comparator.comparing(key, Comparator.nullsLast(
                descending ? Comparator.<K>reverseOrder() : Comparator.<K>naturalOrder())));
        return this;
    }

    /** The fields a client may name, in declaration order. */
    public List<String> fields() {
        List<String> fields = new ArrayList<>(columns.keySet());
        fields.addAll(keys.keySet());
        return fields;
    }

    /** The database order a list asks for, then {@code fallback}. */
    public Sort sort(String parameter, Sort fallback) {
        Sort sort = null;
        for (Order order : parse(parameter)) {
            String property = columns.get(order.field());
            if (property == null) {
                throw unknown(order.field());
            }
            Sort.Direction direction = order.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
            sort = sort == null ? Sort.by(property, direction, Sort.NullPrecedence.NULLS_LAST)
                    : sort.and(property, direction, Sort.NullPrecedence.NULLS_LAST);
        }
        if (sort == null) {
            return fallback;
        }
        for (Sort.Column column : fallback.getColumns()) {
            sort.and(column.getName(), column.getDirection(), column.getNullPrecedence());
        }
        return sort;
    }

    /** The views in the order a list asks for; ties keep the order they came in (the resource's own). */
    public List<T> sorted(List<T> views, String parameter) {
        Comparator<T> comparator = null;
        for (Order order : parse(parameter)) {
            Function<Boolean, Comparator<T>> key = keys.get(order.field());
            if (key == null) {
                throw unknown(order.field());
            }
            Comparator<T> directed = key.apply(order.descending());
            comparator = comparator == null ? directed : comparator.thenComparing(directed);
        }
        if (comparator == null) {
            return views;
        }
        List<T> sorted = new ArrayList<>(views);
        sorted.sort(comparator);
        return sorted;
    }

    private record Order(String field, boolean descending) {
    }

    private List<Order> parse(String parameter) {
        List<Order> orders = new ArrayList<>();
        if (parameter == null || parameter.isBlank()) {
            return orders;
        }
        for (String part : parameter.split(",", -1)) {
            String trimmed = part.trim();
            boolean descending = trimmed.startsWith("-");
            String field = descending ? trimmed.substring(1) : trimmed;
            if (!fields().contains(field)) {
                throw unknown(field);
            }
            if (orders.stream().anyMatch(o -> o.field().equals(field))) {
                throw ProblemException.invalid(PARAMETER, "fältet " + field + " står mer än en gång");
            }
            orders.add(new Order(field, descending));
        }
        return orders;
    }

    private ProblemException unknown(String field) {
        return ProblemException.invalid(PARAMETER, (field.isEmpty() ? "ett tomt fält" : "okänt fält " + field)
                + "; tillåtna: " + String.join(", ", fields()));
    }
}
