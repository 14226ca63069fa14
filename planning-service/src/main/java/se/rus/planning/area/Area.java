package se.rus.planning.area;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import se.rus.planning.plan.Plan;
import se.rus.platform.persistence.VersionedEntity;
import se.rus.platform.web.ProblemException;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An area of activity (verksamhetsområde) of a plan, in the plan's order. */
@Entity
public class Area extends VersionedEntity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    public Plan plan;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String name;

    @Column(name = "resource_note")
    public String resourceNote;

    public static List<Area> ofPlan(Plan plan) {
        return find("plan", Sort.by("position"), plan).list();
    }

    public static Optional<Area> findByName(Plan plan, String name) {
        return find("plan = ?1 and name = ?2", plan, name).firstResultOptional();
    }

    public static Area require(int year, UUID id) {
        return Area.<Area>find("from Area a join fetch a.plan p where a.id = ?1 and p.year = ?2", id, year).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Det finns inget område " + id + " i planen för " + year));
    }
}
