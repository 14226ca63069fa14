package se.rus.followup.rau;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import se.rus.platform.persistence.VersionedEntity;
import se.rus.platform.web.ProblemException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A year's regional annual follow-up, opened by the working group for the counties to answer, and closed by it. */
@Entity
@Table(name = "rau_round")
public class RauRound extends VersionedEntity {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public int year;

    @Column(nullable = false)
    public String instructions;

    @Column(nullable = false)
    public LocalDate deadline;

    @Convert(converter = CodeListColumn.class)
    @Column(name = "objective_codes", nullable = false)
    public List<String> objectiveCodes;

    @Convert(converter = CodeListColumn.class)
    @Column(name = "county_codes", nullable = false)
    public List<String> countyCodes;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RoundStatus status;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    public boolean closed() {
        return status == RoundStatus.CLOSED;
    }

    public static Optional<RauRound> findByYear(int year) {
        return find("year", year).firstResultOptional();
    }

    /** The year's round, or 404: a year without a round has no RÅU to show. */
    public static RauRound existing(int year) {
        return findByYear(year).orElseThrow(() -> ProblemException.notFound("Ingen RÅU-omgång är öppnad för " + year));
    }

    /** Whether the round (as last corrected) still asks this county about this objective. */
    public boolean covers(String countyCode, String objectiveCode) {
        return countyCodes.contains(countyCode) && objectiveCodes.contains(objectiveCode);
    }

    /** 409 once the round is closed: its submissions are final. */
    public void requireOpen() {
        if (closed()) {
            throw ProblemException.conflict("RÅU " + year + " är stängd; underlagen kan inte längre ändras");
        }
    }
}
