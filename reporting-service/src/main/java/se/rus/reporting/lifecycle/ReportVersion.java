package se.rus.reporting.lifecycle;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** An approved, immutable version of a year's report; every rendering is stored as it was approved ({@link VersionRendition}). */
@Entity
@Table(name = "report_version")
@IdClass(ReportVersion.Key.class)
public class ReportVersion extends PanacheEntityBase {

    @Id
    public int year;

    @Id
    public int number;

    @Column(name = "approved_at", nullable = false)
    public LocalDate approvedAt;

    @Column(name = "approved_by", nullable = false)
    public String approvedBy;

    /** The body that approved at its meeting ("RUS styrgrupp"); the approval sentence is written from it. */
    @Column(nullable = false)
    public String body;

    @Column(name = "further_approval")
    public String furtherApproval;

    @Column(name = "frozen_at", nullable = false)
    public Instant frozenAt;

    @Column(name = "override_reason")
    public String overrideReason;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;


    public static Optional<ReportVersion> latest(int year) {
        return find("year = ?1 order by number desc", year).firstResultOptional();
    }

    public static Optional<ReportVersion> of(int year, int number) {
        return find("year = ?1 and number = ?2", year, number).firstResultOptional();
    }


    public static class Key implements Serializable {
        public int year;
        public int number;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && other.year == year && other.number == number;
        }

        @Override
        public int hashCode() {
            return Objects.hash(year, number);
        }
    }
}
