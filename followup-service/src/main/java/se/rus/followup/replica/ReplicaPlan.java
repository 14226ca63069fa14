package se.rus.followup.replica;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A plan as last announced by planning-service; it tells which goal period a year belongs to. */
@Entity
@Table(name = "replica_plan")
public class ReplicaPlan extends PanacheEntityBase {

    @Id
    public UUID id;

    public int year;

    public String title;

    @Column(name = "period_start")
    public Integer periodStart;

    @Column(name = "period_end")
    public Integer periodEnd;

    public String status;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<ReplicaPlan> findByYear(int year) {
        return find("year", year).firstResultOptional();
    }
}
