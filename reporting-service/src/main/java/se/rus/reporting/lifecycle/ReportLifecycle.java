package se.rus.reporting.lifecycle;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import se.rus.reporting.model.ReportStatus;

/** Where a year's report stands: DRAFT (live) or APPROVED as its latest version. */
@Entity
@Table(name = "report_lifecycle")
public class ReportLifecycle extends PanacheEntityBase {

    @Id
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportStatus status;

    @Column(name = "latest_version", nullable = false)
    public int latestVersion;

    public static boolean isApproved(int year) {
        ReportLifecycle lifecycle = findById(year);
        return lifecycle != null && lifecycle.status == ReportStatus.APPROVED;
    }

    /** Serialises approvals and reopenings of one year; a year never approved starts as a draft. */
    static ReportLifecycle locked(int year) {
        ReportLifecycle lifecycle = findById(year, LockModeType.PESSIMISTIC_WRITE);
        if (lifecycle == null) {
            lifecycle = new ReportLifecycle();
            lifecycle.year = year;
            lifecycle.status = ReportStatus.DRAFT;
            lifecycle.latestVersion = 0;
            lifecycle.persist();
        }
        return lifecycle;
    }
}
