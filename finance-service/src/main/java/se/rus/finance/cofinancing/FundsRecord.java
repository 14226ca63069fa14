package se.rus.finance.cofinancing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** What co-financing and outside funds both record: an amount from a source, once per year and source. */
@MappedSuperclass
public abstract class FundsRecord extends PanacheEntityBase {

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
}
