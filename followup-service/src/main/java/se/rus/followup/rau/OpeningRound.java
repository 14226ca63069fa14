package se.rus.followup.rau;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.rus.followup.reference.County;
import se.rus.followup.reference.Objective;
import se.rus.platform.web.ProblemException;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Use case: the working group opens a year's RÅU. Without an explicit scope it covers the
 * objectives assessed regionally (13 plus the generational goal) and all 21 counties.
 */
@ApplicationScoped
public class OpeningRound {

    @Inject
    RoundChanges changes;

    @Transactional
    public RauRound open(int year, RoundContent content) {
        RauRound.findByYear(year).ifPresent(existing -> {
            throw ProblemException.conflict("RÅU " + year + (existing.closed() ? " är redan öppnad och stängd" : " är redan öppnad"));
        });
        RauRound round = new RauRound();
        round.id = UUID.randomUUID();
        round.year = year;
        describe(round, content);
        round.status = RoundStatus.OPEN;
        round.openedAt = changes.now();
        round.openedBy = changes.actor();
        round.persistAndFlush();
        changes.publish(RauEvents.ROUND_OPENED, round, RauEvents.RoundState.of(round));
        return round;
    }

    /** What a round asks of whom, by when: set when it opens and again on each correction. */
    static void describe(RauRound round, RoundContent content) {
        round.instructions = content.instructions();
        round.deadline = content.deadline();
        round.objectiveCodes = objectives(content.objectiveCodes());
        round.countyCodes = counties(content.countyCodes());
    }

    private static List<String> objectives(List<String> requested) {
        List<Objective> all = Objective.listAll(Sort.ascending("number"));
        if (requested == null || requested.isEmpty()) {
            return all.stream().filter(o -> o.assessedRegionally).map(o -> o.code).toList();
        }
        List<String> unknown = requested.stream().filter(code -> all.stream().noneMatch(o -> o.code.equals(code))).toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.unprocessable("Okända miljömål: " + String.join(", ", unknown));
        }
        return all.stream().filter(o -> requested.contains(o.code)).map(o -> o.code).toList();
    }

    private static List<String> counties(List<String> requested) {
        List<County> all = County.listAll(Sort.ascending("code"));
        if (requested == null || requested.isEmpty()) {
            return all.stream().map(c -> c.code).toList();
        }
        List<String> unknown = requested.stream().filter(code -> all.stream().noneMatch(c -> c.code.equals(code))).toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.unprocessable("Okända länskoder: " + String.join(", ", unknown));
        }
        return requested.stream().distinct().sorted(Comparator.naturalOrder()).toList();
    }
}
