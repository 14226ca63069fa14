package se.rus.followup.replica;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** An area (verksamhetsområde) of a year's plan as last announced by planning-service. */
@Entity
@Table(name = "replica_area")
public class ReplicaArea extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id")
    public UUID planId;

    public int year;

    public Integer position;

    public String name;

    @Column(name = "resource_note")
    public String resourceNote;

    public boolean removed;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<ReplicaArea> findCurrent(UUID id) {
        return ReplicaArea.<ReplicaArea>findByIdOptional(id).filter(area -> !area.removed);
    }

    public static Optional<ReplicaArea> findByName(int year, String name) {
        return find("year = ?1 and name = ?2 and removed = false", year, name).firstResultOptional();
    }
}
