package se.rus.planning.common;

import java.util.ArrayList;
import java.util.List;

/** Ordering of siblings by a 1-based position. */
public final class Positions {

    private Positions() {
    }

    /**
     * The new order after placing {@code item} among {@code others} (which must not contain it) at the
     * 1-based {@code position}; null or a position past the end appends.
     */
    public static <T> List<T> place(List<T> others, T item, Integer position) {
        List<T> order = new ArrayList<>(others);
        int index = position == null ? order.size() : Math.max(0, Math.min(position - 1, order.size()));
        order.add(index, item);
        return order;
    }
}
