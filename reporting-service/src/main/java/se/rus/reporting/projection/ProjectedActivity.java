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

/** An activity of a plan; descriptions and responsible are JSON text. */
@Entity
@Table(name = "proj_activity")
public class ProjectedActivity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id")
    public UUID planId;

    public int year;

    @Column(name = "area_id")
    public UUID areaId;

    @Column(name = "area_name")
    public String areaName;

    public int position;

    public String title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<TextBlock> description;

    /** The summary list's wording of the title where it differs from Bilaga 1's, else null. */
    @Column(name = "summary_title")
    public String summaryTitle;

    @Column(name = "planned_days")
    public BigDecimal plannedDays;

    @Column(name = "extra_days")
    public BigDecimal extraDays;

    @Column(name = "extra_effort_note")
    public String extraEffortNote;

    public boolean prioritised;

    @Column(name = "development_effort")
    public String developmentEffort;

    /** The summary list's wording of the flag where it differs from Bilaga 1's, else null. */
    @Column(name = "summary_development_effort")
    public String summaryDevelopmentEffort;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<String> responsible;

    @Column(name = "continues_activity_id")
    public UUID continuesActivityId;
}
