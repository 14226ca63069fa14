package se.rus.planning.activity;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.rus.planning.area.Area;
import se.rus.planning.common.BusinessRules;
import se.rus.platform.persistence.VersionedEntity;
import se.rus.platform.text.TextBlock;
import se.rus.platform.web.ProblemException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** An activity of an area, with the working-group days the plan gives it (tid i VP). */
@Entity
public class Activity extends VersionedEntity {

    /**
     * An activity's view names its area and plan: read them in the same statement. A fetch join rather than an
     * entity graph, because Hibernate translates a query with an applied graph anew on every execution (11 % of a
     * read's CPU in the 2026-11-30 profile), while this one is translated once and cached.
     */
    static final String WITH_AREA_AND_PLAN = "from Activity activity join fetch activity.area area join fetch area.plan plan where ";

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id", nullable = false)
    public Area area;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String title;

    /**
     * The title as the year's summary list words it, where that differs from Bilaga 1's heading (the 2024 report
     * says "…och informationsförsörjning" in one and "…och miljöinformationsförsörjning" in the other); null when
     * both say the same. Kept so the report shows each wording where it belongs.
     */
    @Column(name = "summary_title")
    public String summaryTitle;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<TextBlock> description;

    @Column(name = "planned_days", nullable = false, precision = 7, scale = 2)
    public BigDecimal plannedDays;

    @Column(name = "extra_days", precision = 7, scale = 2)
    public BigDecimal extraDays;

    @Column(name = "extra_effort_note")
    public String extraEffortNote;

    @Column(nullable = false)
    public boolean prioritised;

    @Enumerated(EnumType.STRING)
    @Column(name = "development_effort", nullable = false)
    public DevelopmentEffort developmentEffort;

    /**
     * The flag as the year's summary list words it, where that differs from Bilaga 1 (the 2024 report says
     * "Delvis" in one and "Särskild" in the other); null when both say the same. Kept so the report shows
     * each wording where it belongs and its checks can name the contradiction.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "summary_development_effort")
    public DevelopmentEffort summaryDevelopmentEffort;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<String> responsible;

    /** The activity of the previous year's plan this one continues (set by the roll-over or by hand), or null. */
    @Column(name = "continues_activity_id")
    public UUID continuesActivityId;

    /** Only a summary wording that differs from the title is kept. */
    public static String summaryTitle(String title, String summaryTitle) {
        return Objects.equals(summaryTitle, title) ? null : summaryTitle;
    }

    public static List<Activity> ofArea(Area area) {
        return find("area", Sort.by("position"), area).list();
    }

    public static Optional<Activity> findByTitle(Area area, String title) {
        return find("area = ?1 and title = ?2", area, title).firstResultOptional();
    }

    public static Activity require(int year, UUID id) {
        return Activity.<Activity>find(WITH_AREA_AND_PLAN + "activity.id = ?1 and plan.year = ?2", id, year).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Det finns ingen aktivitet " + id + " i planen för " + year));
    }

    /** An activity can only continue an activity of the directly previous year's plan. */
    public static void requireContinuable(int year, UUID continuesActivityId, String field) {
        if (continuesActivityId != null && find("id = ?1 and area.plan.year = ?2", continuesActivityId, year - 1)
                .firstResultOptional().isEmpty()) {
            throw BusinessRules.violated(field, "måste vara en aktivitet i planen för " + (year - 1)
                    + "; det finns ingen aktivitet " + continuesActivityId + " där");
        }
    }

    /** An activity that next year's plan continues is kept: removing the link first makes the loss explicit. */
    public static void requireNotContinued(Activity activity) {
        long successors = count("continuesActivityId", activity.id);
        if (successors > 0) {
            throw ProblemException.conflict("Aktiviteten " + activity.title + " fortsätts av " + successors
                    + " aktivitet(er) i nästa års plan; ta först bort deras continuesActivityId");
        }
    }
}
