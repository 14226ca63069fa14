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
        Parameters parameters = Parameters.with("year", year).and("objective", objectiveCode);
        List<RauSubmission> published = RauSubmission.list(SubmissionVisibility.publishedOnly()
                .restrict("year = :year and objectiveCode = :objective", parameters), parameters);
        return compile(year, round, objective, published, countyNames(), applicability.countiesFor(objectiveCode));
    }

    /**
     * Every objective of the round, compiled, in the objectives' official order; an objective removed from the
     * round after a county submitted for it too, marked outside the round.
     */
    @Transactional
    public List<Compilation> compileAll(int year) {
        RauRound round = RauRound.existing(year);
        // each of these once for the year, not once per objective
        Parameters parameters = Parameters.with("year", year);
        Map<String, List<RauSubmission>> published = RauSubmission.<RauSubmission>list(SubmissionVisibility.publishedOnly()
                        .restrict("year = :year", parameters), parameters).stream()
                .collect(Collectors.groupingBy(s -> s.objectiveCode));
        Map<String, String> names = countyNames();
        Map<String, List<String>> applicable = applicability.all();
        return Objective.<Objective>listAll(Sort.ascending("number")).stream()
                .filter(o -> round.objectiveCodes.contains(o.code) || published.containsKey(o.code))
                .map(o -> compile(year, round, o, published.getOrDefault(o.code, List.of()), names,
                        applicable.getOrDefault(o.code, List.of())))
                .toList();
    }

    private static Compilation compile(int year, RauRound round, Objective objective, List<RauSubmission> published,
                                       Map<String, String> names, List<String> applicable) {
        boolean inRound = round.objectiveCodes.contains(objective.code);
        // only published submissions count, whoever reads: drafts never leave the query
        List<Compilation.Reported> reported = published.stream()
                .map(s -> new Compilation.Reported(s.countyCode, s.status, s.assessment, s.trend, s.summary, s.measures,
                        s.late, s.submittedAt))
                .toList();
        if (!inRound && reported.stream().noneMatch(r -> Compilation.counts(r.status()))) {
            throw ProblemException.notFound("Miljömålet " + objective.code + " ingår inte i RÅU " + year);
        }
        TreeMap<String, String> inScope = new TreeMap<>();
        if (inRound) {
            round.countyCodes.stream().filter(applicable::contains).forEach(code -> inScope.put(code, names.get(code)));
        }
        return Compilation.compile(year, objective.code, objective.name, inRound, inScope, names, reported);
    }

    @Transactional
    public Completeness completeness(int year) {
        RauRound round = RauRound.existing(year);
        List<Objective> objectives = Objective.<Objective>listAll(Sort.ascending("number")).stream()
                .filter(o -> round.objectiveCodes.contains(o.code)).toList();
        Map<String, List<String>> applicableCounties = applicability.all();
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
                boolean applies = applicableCounties.getOrDefault(objective.code, List.of()).contains(county);
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
