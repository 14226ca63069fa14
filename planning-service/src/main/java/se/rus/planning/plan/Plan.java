package se.rus.planning.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import se.rus.platform.persistence.CreatedEntity;
import se.rus.platform.web.ProblemException;

import java.util.Optional;
import java.util.UUID;

/** The operating plan (verksamhetsplan) of one year. */
@Entity
public class Plan extends CreatedEntity {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public int year;

    @Column(nullable = false)
    public String title;

    public String vision;

    @Column(name = "period_start", nullable = false)
    public int periodStart;

    @Column(name = "period_end", nullable = false)
    public int periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;

    public static Optional<Plan> findByYear(int year) {
        return find("year", year).firstResultOptional();
    }

    public static Plan requireByYear(int year) {
        return findByYear(year).orElseThrow(() -> ProblemException.notFound("Det finns ingen plan för " + year));
    }

    public static void requirePeriodContains(int year, int periodStart, int periodEnd) {
        if (periodStart > year || year > periodEnd) {
            throw ProblemException.invalid("periodStart", "perioden " + periodStart + "–" + periodEnd
                    + " måste innehålla planåret " + year);
        }
    }

    /** DRAFT → ADOPTED; an adopted plan stays editable, but cannot be adopted again. */
    public void adopt() {
        if (status == PlanStatus.ADOPTED) {
            throw ProblemException.conflict("Planen för " + year + " är redan antagen");
        }
        status = PlanStatus.ADOPTED;
    }
}
