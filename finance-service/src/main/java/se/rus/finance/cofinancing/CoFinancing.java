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

/** Money received from another party for joint efforts (e.g. LEKS); it reduces the deficit. */
@Entity
@Immutable
@Table(name = "co_financing")
public class CoFinancing extends PanacheEntityBase {

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

    public static List<CoFinancing> ofYear(int year) {
        return list("year", Sort.ascending("recordedAt", "source"), year);
    }
}
