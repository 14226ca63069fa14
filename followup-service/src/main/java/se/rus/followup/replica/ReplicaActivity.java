package se.rus.followup.replica;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A planned activity as last announced by planning-service; outcomes may only refer to these. */
@Entity
@Table(name = "replica_activity")
public class ReplicaActivity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id")
    public UUID planId;

    public int year;

    @Column(name = "area_id")
    public UUID areaId;

    @Column(name = "area_name")
    public String areaName;

    public Integer position;

    public String title;

    @Column(name = "planned_days")
    public BigDecimal plannedDays;

    public boolean prioritised;

    public boolean removed;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<ReplicaActivity> findCurrent(UUID id) {
        return ReplicaActivity.<ReplicaActivity>findByIdOptional(id).filter(activity -> !activity.removed);
    }

    public static Optional<ReplicaActivity> findByTitle(UUID areaId, String title) {
        return find("areaId = ?1 and title = ?2 and removed = false", areaId, title).firstResultOptional();
    }
}
