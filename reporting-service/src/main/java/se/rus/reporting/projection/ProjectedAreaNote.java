package se.rus.reporting.projection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.rus.platform.text.TextBlock;

import java.util.List;
import java.util.UUID;

/** The follow-up note of an area. */
@Entity
@Table(name = "proj_area_note")
public class ProjectedAreaNote extends PanacheEntityBase {

    @Id
    @Column(name = "area_id")
    public UUID areaId;

    public int year;

    @Column(name = "area_name")
    public String areaName;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<TextBlock> note;
}
