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

/** The outcome of one activity (the latest state wins). */
@Entity
@Table(name = "proj_outcome")
public class ProjectedOutcome extends PanacheEntityBase {

    @Id
    @Column(name = "activity_id")
    public UUID activityId;

    public UUID id;

    public int year;

    public String status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<TextBlock> narrative;

    @Column(name = "days_spent")
    public BigDecimal daysSpent;
}
