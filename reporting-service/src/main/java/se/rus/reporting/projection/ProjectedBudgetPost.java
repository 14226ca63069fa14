package se.rus.reporting.projection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.rus.platform.text.TextBlock;

import java.math.BigDecimal;
import java.util.List;
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

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<TextBlock> comment;
}
