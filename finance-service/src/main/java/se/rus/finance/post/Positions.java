package se.rus.finance.post;

import java.util.ArrayList;
import java.util.List;

/** Ordering of a parent's children by a 1-based position: moving one renumbers the rest without gaps. */
public final class Positions {

    private Positions() {
    }

    /**
     * The new order after {@code item} is placed at {@code position} (1-based, clamped to the list);
     * {@code item} may be new to the list. {@code null} keeps it where it is, or appends a new one.
     */
    public static <T> List<T> place(List<T> ordered, T item, Integer position) {
        List<T> result = new ArrayList<>(ordered);
        int current = result.indexOf(item);
        if (position == null) {
            if (current < 0) {
                result.add(item);
            }
            return result;
        }
        if (current >= 0) {
            result.remove(current);
        }
        int index = Math.max(0, Math.min(position - 1, result.size()));
        result.add(index, item);
        return result;
    }
}
