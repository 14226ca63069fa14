package se.rus.followup.rau;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.rus.followup.reference.Applicability;
import se.rus.followup.reference.County;
import se.rus.followup.reference.Objective;
import se.rus.platform.web.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Use case: the per-objective compilation and the completeness matrix of a year's round. */
@ApplicationScoped
public class CompilingRau {

    @Inject
    Applicability applicability;

    @Inject
    CountyScope countyScope;

    @Transactional
    public Compilation compile(int year, String objectiveCode) {
        RauRound round = RauRound.existing(year);
        Objective objective = Objective.<Objective>findByIdOptional(objectiveCode)
                .orElseThrow(() -> ProblemException.notFound("Inget miljömål med koden " + objectiveCode));
        boolean inRound = round.objectiveCodes.contains(objectiveCode);
        // only published submissions count, whoever reads: drafts never leave the query
        Parameters parameters = Parameters.with("year", year).and("objective", objectiveCode);
        String published = SubmissionVisibility.publishedOnly()
                .restrict("year = :year and objectiveCode = :objective", parameters);
        List<Compilation.Reported> reported = RauSubmission.<RauSubmission>list(published, parameters).stream()
                .map(s -> new Compilation.Reported(s.countyCode, s.status, s.assessment, s.trend, s.summary, s.measures,
                        s.late, s.submittedAt))
                .toList();
        if (!inRound && reported.stream().noneMatch(r -> Compilation.counts(r.status()))) {
            throw ProblemException.notFound("Miljömålet " + objectiveCode + " ingår inte i RÅU " + year);
        }
        Map<String, String> names = countyNames();
        List<String> applicable = applicability.countiesFor(objectiveCode);
        TreeMap<String, String> inScope = new TreeMap<>();
        if (inRound) {
            round.countyCodes.stream().filter(applicable::contains).forEach(code -> inScope.put(code, names.get(code)));
        }
        return Compilation.compile(year, objectiveCode, objective.name, inRound, inScope, names, reported);
    }

    /**
     * Every objective of the round, compiled, in the objectives' official order; an objective removed from the
     * round after a county submitted for it too, marked outside the round.
     */
    @Transactional
    public List<Compilation> compileAll(int year) {
        RauRound round = RauRound.existing(year);
        List<String> submittedFor = RauSubmission.<RauSubmission>list("year", year).stream()
                .filter(s -> Compilation.counts(s.status)).map(s -> s.objectiveCode).toList();
        return Objective.<Objective>listAll(Sort.ascending("number")).stream()
                .filter(o -> round.objectiveCodes.contains(o.code) || submittedFor.contains(o.code))
                .map(o -> compile(year, o.code))
                .toList();
    }

    @Transactional
    public Completeness completeness(int year) {
        RauRound round = RauRound.existing(year);
        List<Objective> objectives = Objective.<Objective>listAll(Sort.ascending("number")).stream()
                .filter(o -> round.objectiveCodes.contains(o.code)).toList();
        Map<String, List<String>> applicableCounties = objectives.stream()
                .collect(Collectors.toMap(o -> o.code, o -> applicability.countiesFor(o.code)));
        Parameters parameters = Parameters.with("year", year);
        String visible = countyScope.visibility().restrict("year = :year", parameters);
        // a submission the reader may not see is shown as not (yet) submitted: no status, colour or text
        Map<String, RauSubmission> submissions = RauSubmission.<RauSubmission>list(visible, parameters).stream()
                .collect(Collectors.toMap(s -> s.countyCode + "/" + s.objectiveCode, Function.identity()));
        Map<String, String> names = countyNames();
        List<Completeness.CountyRow> rows = new ArrayList<>();
        for (String county : round.countyCodes) {
            List<Completeness.Cell> cells = new ArrayList<>();
            for (Objective objective : objectives) {
                boolean applies = applicableCounties.get(objective.code).contains(county);
                RauSubmission s = applies ? submissions.get(county + "/" + objective.code) : null;
                cells.add(s == null
                        ? new Completeness.Cell(objective.code, applies, null, null, null, null, null, false, null)
                        : new Completeness.Cell(objective.code, true, s.id, s.status, s.assessment, s.trend, s.summary,
                        s.late, s.submittedAt));
            }
            rows.add(new Completeness.CountyRow(county, names.get(county), cells));
        }
        return new Completeness(year, round.deadline, round.status,
                objectives.stream().map(o -> new Completeness.ObjectiveRef(o.code, o.number, o.name)).toList(),
                rows, Completeness.totalsOf(rows));
    }

    private static Map<String, String> countyNames() {
        return County.<County>listAll().stream().collect(Collectors.toMap(c -> c.code, c -> c.name));
    }
}
