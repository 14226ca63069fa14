package se.rus.followup.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import se.rus.followup.rau.RoundStatus;
import se.rus.followup.rau.SubmissionStatus;
import se.rus.followup.reference.Objective;
import se.rus.platform.web.Page;
import se.rus.platform.web.PageRequest;
import se.rus.platform.web.ProblemException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Use case: the counties' regional assessments as open data. Only what is final is published: ACCEPTED
 * submissions of CLOSED rounds, decided in the query itself (a draft, a submitted or returned submission, or
 * anything of a round still open never leaves the database, whatever the parameters). A submission that a
 * correction of the round left outside it is still the county's accepted assessment and is published too.
 * In year, objective (official order) and county code order.
 */
@ApplicationScoped
public class PublishingAssessments {

    private static final String FROM = " from RauSubmission s, Objective o, County c"
            + " where o.code = s.objectiveCode and c.code = s.countyCode and s.status = :accepted"
            + " and s.year in (select r.year from RauRound r where r.status = :closed)";

    private static final String ROW = "select new " + PublishedRow.class.getName()
            + "(s.year, s.objectiveCode, o.number, o.name, s.countyCode, c.name, s.assessment, s.trend)";

    @Inject
    EntityManager entityManager;

    public Page<OpenAssessment> page(AssessmentFilter filter, PageRequest request) {
        filter.validate();
        List<OpenAssessment> items = query(filter, ROW, PublishedRow.class)
                .setFirstResult(request.offset()).setMaxResults(request.size)
                .getResultStream().map(PublishingAssessments::published).toList();
        return new Page<>(items, request.page, request.size,
                Page.total(request, items.size(), () -> query(filter, "select count(s)", Long.class).getSingleResult()));
    }

    public List<OpenAssessment> all(AssessmentFilter filter) {
        filter.validate();
        return query(filter, ROW, PublishedRow.class)
                .getResultStream().map(PublishingAssessments::published).toList();
    }

    /** The objective's published assessments as a county × year matrix; 404 for an unknown objective. */
    public ObjectiveMatrix matrix(String objectiveCode) {
        Objective objective = Objective.<Objective>findByIdOptional(objectiveCode)
                .orElseThrow(() -> ProblemException.notFound("Inget miljömål med koden " + objectiveCode));
        AssessmentFilter filter = new AssessmentFilter();
        filter.objective = objectiveCode;
        List<OpenAssessment> rows = all(filter);
        List<Integer> years = List.copyOf(new TreeSet<>(rows.stream().map(OpenAssessment::year).toList()));
        Map<String, Map<Integer, OpenAssessment>> byCounty = new TreeMap<>();
        Map<String, String> countyNames = new LinkedHashMap<>();
        for (OpenAssessment row : rows) {
            byCounty.computeIfAbsent(row.countyCode(), c -> new LinkedHashMap<>()).put(row.year(), row);
            countyNames.put(row.countyCode(), row.countyName());
        }
        List<ObjectiveMatrix.CountyRow> counties = new ArrayList<>();
        byCounty.forEach((county, values) -> counties.add(new ObjectiveMatrix.CountyRow(county, countyNames.get(county),
                years.stream().map(year -> {
                    OpenAssessment cell = values.get(year);
                    return cell == null ? new ObjectiveMatrix.Cell(year, null, null, null, null)
                            : new ObjectiveMatrix.Cell(year, cell.assessment(), cell.assessmentText(), cell.trend(),
                            cell.trendText());
                }).toList())));
        return new ObjectiveMatrix(objective.code, objective.number, objective.name, years, counties);
    }

    private <T> TypedQuery<T> query(AssessmentFilter filter, String select, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(FROM);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("accepted", SubmissionStatus.ACCEPTED);
        parameters.put("closed", RoundStatus.CLOSED);
        if (filter.objective != null) {
            jpql.append(" and s.objectiveCode = :objective");
            parameters.put("objective", filter.objective);
        }
        if (filter.county != null) {
            jpql.append(" and s.countyCode = :county");
            parameters.put("county", filter.county);
        }
        if (filter.from != null) {
            jpql.append(" and s.year >= :from");
            parameters.put("from", filter.from);
        }
        if (filter.to != null) {
            jpql.append(" and s.year <= :to");
            parameters.put("to", filter.to);
        }
        if (type != Long.class) {
            jpql.append(" order by s.year, o.number, s.countyCode");
        }
        TypedQuery<T> query = entityManager.createQuery(jpql.toString(), type);
        parameters.forEach(query::setParameter);
        return query;
    }

    private static OpenAssessment published(PublishedRow row) {
        return new OpenAssessment(row.year(), row.objectiveCode(), row.objectiveNumber(), row.objectiveName(),
                row.countyCode(), row.countyName(), row.assessment(), OpenAssessment.text(row.assessment()),
                row.trend(), OpenAssessment.text(row.trend()));
    }
}
