package se.rus.platform.ordering;

import java.util.ArrayList;
import java.util.List;

/**
 * Ordering of a parent's children by a 1-based position (a plan's areas, an area's activities and goals, a year's
 * budget posts): placing one renumbers the rest without gaps. One rule for every service, so a position means the
 * same in planning and finance.
 */
public final class Positions {

    private Positions() {
    }

    /**
     * The new order after {@code item} is placed at {@code position} (1-based, clamped to the list); {@code item} may
     * be new to the list or already in it (then it moves). {@code null} keeps it where it is, or appends a new one.
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
