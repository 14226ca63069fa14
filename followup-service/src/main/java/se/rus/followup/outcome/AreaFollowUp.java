package se.rus.followup.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.rus.platform.persistence.UpdatedEntity;
import se.rus.platform.text.TextBlock;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The resource follow-up note of one area in its year (how much time the group actually put in). */
@Entity
@Table(name = "area_follow_up")
public class AreaFollowUp extends UpdatedEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public int year;

    @Column(name = "area_id", nullable = false, unique = true)
    public UUID areaId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<TextBlock> note;

    public static Optional<AreaFollowUp> findByArea(UUID areaId) {
        return find("areaId", areaId).firstResultOptional();
    }
}
