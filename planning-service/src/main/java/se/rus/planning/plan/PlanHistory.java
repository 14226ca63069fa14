package se.rus.planning.plan;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rus.platform.web.Page;
import se.rus.platform.web.PageRequest;
import se.rus.platform.web.Sorting;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The record of every change to a year's plan: its events, as kept in the outbox (rows stay after they are
 * relayed). Goal events of a period are keyed by the period's end year, so they appear in that year's history.
 */
@ApplicationScoped
public class PlanHistory {

    /** Columns of {@code outbox_event}: the history is read with plain SQL. */
    static final Sorting<Void> ORDER = Sorting.<Void>by().column("time", "created_at").column("type", "type");

    @Inject
    EntityManager entityManager;

    @Schema(name = "PlanHistoryEntry")
    public record Entry(@Schema(example = "6b0f7d3c-4a52-4f0e-bb43-0c8c1d1f2a90") UUID eventId,
                        @Schema(example = "se.rus.planning.ActivityChanged.v1") String type,
                        @Schema(example = "2f5a7f7e-3a3c-4d4c-8f0e-1d2b3c4d5e6f") String subject,
                        @Schema(example = "2024-03-12T09:15:00Z") Instant time,
                        @Schema(example = "magnus.eriksson") String actor,
                        @Schema(example = "Lst Gävleborg") String actorOrganisation) {
    }

    public Page<Entry> of(int year, String type, Sort order, PageRequest page) {
        String where = " FROM outbox_event WHERE topic = :topic AND message_key = :key"
                + (type == null || type.isBlank() ? "" : " AND type = :type");
        var select = entityManager.createNativeQuery("SELECT id, type, subject, created_at, "
                        + "CAST(envelope AS jsonb) ->> 'actor', CAST(envelope AS jsonb) ->> 'actororganisation'"
                        + where + " ORDER BY " + orderBy(order) + " OFFSET :offset LIMIT :limit")
                .setParameter("offset", page.offset())
                .setParameter("limit", page.size);
        var count = entityManager.createNativeQuery("SELECT count(*)" + where);
        for (var query : List.of(select, count)) {
            query.setParameter("topic", PlanEvents.TOPIC).setParameter("key", Integer.toString(year));
            if (type != null && !type.isBlank()) {
                query.setParameter("type", type);
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        List<Entry> items = rows.stream().map(row -> new Entry((UUID) row[0], (String) row[1], (String) row[2],
                instant(row[3]), (String) row[4], (String) row[5])).toList();
        return new Page<>(items, page.page, page.size,
                Page.total(page, items.size(), () -> ((Number) count.getSingleResult()).longValue()));
    }

    private static String orderBy(Sort order) {
        return order.getColumns().stream()
                .map(column -> column.getName() + (column.getDirection() == Sort.Direction.Descending ? " DESC" : ""))
                .collect(Collectors.joining(", "));
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
