package se.rus.followup.replica;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A three-year goal of a period as last announced by planning-service. */
@Entity
@Table(name = "replica_goal")
public class ReplicaGoal extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "period_start")
    public int periodStart;

    @Column(name = "period_end")
    public int periodEnd;

    @Column(name = "area_name")
    public String areaName;

    public Integer position;

    public String text;

    public boolean removed;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<ReplicaGoal> findCurrent(UUID id) {
        return ReplicaGoal.<ReplicaGoal>findByIdOptional(id).filter(goal -> !goal.removed);
    }

    public static Optional<ReplicaGoal> findByText(int periodStart, int periodEnd, String areaName, String text) {
        return find("periodStart = ?1 and periodEnd = ?2 and areaName = ?3 and text = ?4 and removed = false",
                periodStart, periodEnd, areaName, text).firstResultOptional();
    }
}
