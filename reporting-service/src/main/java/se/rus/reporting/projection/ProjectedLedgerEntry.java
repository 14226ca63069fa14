package se.rus.reporting.projection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One ledger entry; kept even before its post is known. */
@Entity
@Table(name = "proj_ledger_entry")
public class ProjectedLedgerEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    public int year;

    @Column(name = "post_id")
    public UUID postId;

    @Column(name = "post_name")
    public String postName;

    @Column(name = "entry_date")
    public LocalDate entryDate;

    public BigDecimal amount;

    public String text;

    public String counterpart;

    @Column(name = "activity_id")
    public UUID activityId;

    public String category;
}
