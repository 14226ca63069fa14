package se.rus.planning.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What an import must do to make the stored entities equal the desired ones, matched by natural key:
 * add the new, change those whose state differs, remove those no longer desired. Equal ones are left alone,
 * which is what makes importing the same document twice a no-op.
 *
 * @param <K> natural key
 * @param <E> stored entity
 * @param <D> desired state from the document
 */
public record Reconciliation<K, E, D>(List<D> added, List<Change<E, D>> changed, List<E> removed) {

    public record Change<E, D>(E existing, D desired) {
    }

    /**
     * @param sameState true when the stored entity already has the desired state
     */
    public static <K, E, D> Reconciliation<K, E, D> of(List<E> existing, Function<E, K> existingKey,
                                                        List<D> desired, Function<D, K> desiredKey,
                                                        SameState<E, D> sameState) {
        Map<K, E> byKey = new LinkedHashMap<>();
        existing.forEach(e -> byKey.put(existingKey.apply(e), e));
        List<D> added = new ArrayList<>();
        List<Change<E, D>> changed = new ArrayList<>();
        for (D d : desired) {
            E match = byKey.remove(desiredKey.apply(d));
            if (match == null) {
                added.add(d);
            } else if (!sameState.test(match, d)) {
                changed.add(new Change<>(match, d));
            }
        }
        return new Reconciliation<>(added, changed, new ArrayList<>(byKey.values()));
    }

    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }

    /** The index of the first item whose key occurred before, or -1: a document may not name one entity twice. */
    public static <D, K> int firstDuplicate(List<D> items, Function<D, K> key) {
        java.util.Set<K> seen = new java.util.HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(key.apply(items.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    @FunctionalInterface
    public interface SameState<E, D> {
        boolean test(E existing, D desired);
    }
}
