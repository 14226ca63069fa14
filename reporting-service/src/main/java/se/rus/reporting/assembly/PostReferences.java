package se.rus.reporting.assembly;

import se.rus.reporting.projection.ProjectedBudgetPost;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The posts of a year in budget order, and which of them a ledger entry belongs to: the post it names by id,
 * else the first post of the name it carries, else none (the post is not known yet).
 */
final class PostReferences {

    private final List<ProjectedBudgetPost> inBudgetOrder;
    private final Set<UUID> ids;
    private final Map<String, ProjectedBudgetPost> byName = new LinkedHashMap<>();

    private PostReferences(List<ProjectedBudgetPost> inBudgetOrder) {
        this.inBudgetOrder = inBudgetOrder;
        this.ids = inBudgetOrder.stream().map(p -> p.id).collect(Collectors.toSet());
        inBudgetOrder.forEach(p -> byName.putIfAbsent(p.name, p));
    }

    static PostReferences of(List<ProjectedBudgetPost> posts) {
        return new PostReferences(posts.stream()
                .sorted(Comparator.comparingInt((ProjectedBudgetPost p) -> p.position).thenComparing(p -> p.name))
                .toList());
    }

    List<ProjectedBudgetPost> inBudgetOrder() {
        return inBudgetOrder;
    }

    UUID postOf(UUID postId, String postName) {
        if (postId != null && ids.contains(postId)) {
            return postId;
        }
        ProjectedBudgetPost named = byName.get(postName);
        return named == null ? null : named.id;
    }
}
