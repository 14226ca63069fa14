package se.rus.finance.year;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A financial year of RUS and the appropriation that funds it. */
@Entity
@Table(name = "financial_year")
public class FinancialYear extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public int year;

    @Column(name = "appropriation_name", nullable = false)
    public String appropriationName;

    @Column(nullable = false, precision = 15, scale = 2)
    public BigDecimal appropriation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public YearStatus status;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public static Optional<FinancialYear> findByYear(int year) {
        return find("year", year).firstResultOptional();
    }
}
