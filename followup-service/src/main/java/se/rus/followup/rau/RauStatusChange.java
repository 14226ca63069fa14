package se.rus.followup.rau;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One step in a submission's review history: who moved it from which status to which, and why. */
@Entity
@Table(name = "rau_status_change")
public class RauStatusChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "submission_id", nullable = false)
    public UUID submissionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public SubmissionStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public SubmissionStatus toStatus;

    public String comment;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String organisation;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
