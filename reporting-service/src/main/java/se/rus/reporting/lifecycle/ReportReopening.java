package se.rus.reporting.lifecycle;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Why an approved report was opened again; the next approval becomes the next version. */
@Entity
@Table(name = "report_reopening")
public class ReportReopening extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public int year;

    @Column(name = "after_version", nullable = false)
    public int afterVersion;

    @Column(nullable = false)
    public String reason;

    @Column(name = "reopened_at", nullable = false)
    public Instant reopenedAt;

    @Column(name = "reopened_by", nullable = false)
    public String reopenedBy;
}
