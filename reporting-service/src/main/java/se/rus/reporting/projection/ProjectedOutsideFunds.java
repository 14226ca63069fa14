package se.rus.reporting.projection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.UUID;

/** Funds received outside the accounts: shown in a note, never summed. */
@Entity
@Table(name = "proj_outside_funds")
public class ProjectedOutsideFunds extends PanacheEntityBase {

    @Id
    public UUID id;

    public int year;

    public String source;

    public BigDecimal amount;

    public String description;

    /** Assigned by the database on first arrival: the entry order the report lists funds in. */
    @Column(insertable = false, updatable = false)
    public Long arrival;
}
