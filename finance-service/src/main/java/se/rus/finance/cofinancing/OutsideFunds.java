package se.rus.finance.cofinancing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Funds received for RUS work but kept outside the account: shown in a note, never in the sums. */
@Entity
@Immutable
@Table(name = "outside_funds")
public class OutsideFunds extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String source;

    @Column(nullable = false, precision = 15, scale = 2)
    public BigDecimal amount;

    public String description;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    public static List<OutsideFunds> ofYear(int year) {
        return list("year", Sort.ascending("recordedAt", "source"), year);
    }
}
