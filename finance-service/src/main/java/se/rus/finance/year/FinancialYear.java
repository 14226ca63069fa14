package se.rus.finance.year;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import se.rus.platform.persistence.CreatedEntity;
import se.rus.platform.web.ProblemException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A financial year of RUS and the appropriation that funds it. */
@Entity
@Table(name = "financial_year")
public class FinancialYear extends CreatedEntity {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public int year;

    @Column(name = "appropriation_name", nullable = false)
    public String appropriationName;

    @Column(nullable = false, precision = 15, scale = 2)
    public BigDecimal appropriation;

    @Column(name = "key_distributed", nullable = false, precision = 15, scale = 2)
    public BigDecimal keyDistributed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public YearStatus status;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    public static Optional<FinancialYear> findByYear(int year) {
        return find("year", year).firstResultOptional();
    }

    /** The year, or 404. */
    public static FinancialYear require(int year) {
        return findByYear(year).orElseThrow(() -> ProblemException.notFound("Räkenskapsåret " + year + " finns inte"));
    }

    /**
     * The year for a change that a closed year refuses (409). The shared lock makes a concurrent
     * close wait until this change is committed, so nothing slips into a year after it closed.
     */
    public static FinancialYear requireOpen(int year) {
        FinancialYear found = FinancialYear.<FinancialYear>find("year", year)
                .withLock(LockModeType.PESSIMISTIC_READ).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Räkenskapsåret " + year + " finns inte"));
        if (found.status == YearStatus.CLOSED) {
            throw ProblemException.conflict("Räkenskapsåret " + year + " är stängt");
        }
        return found;
    }

    public String key() {
        return Integer.toString(year);
    }
}
