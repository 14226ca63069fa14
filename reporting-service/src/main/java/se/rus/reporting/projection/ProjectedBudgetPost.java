package se.rus.reporting.projection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.UUID;

/** A budget post; its outcome is computed from the ledger entries. */
@Entity
@Table(name = "proj_budget_post")
public class ProjectedBudgetPost extends PanacheEntityBase {

    @Id
    public UUID id;

    public int year;

    public int position;

    public String name;

    public BigDecimal budget;

    public String comment;
}
