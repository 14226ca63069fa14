package se.rus.followup.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import se.rus.platform.web.Preconditions;
import se.rus.platform.web.ProblemException;

import java.util.List;
import java.util.TreeSet;

/** Use case: the working group decides which counties follow up an objective. */
@ApplicationScoped
public class ChangingApplicability {

    @Inject
    Applicability applicability;

    @Transactional
    public Objective change(String objectiveCode, String ifMatch, List<String> countyCodes) {
        // the row lock makes concurrent writers with the same ETag take turns: the first moves the version, the rest get 412
        Objective objective = Objective.<Objective>findByIdOptional(objectiveCode, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Inget miljömål med koden " + objectiveCode));
        Preconditions.requireMatch(ifMatch, objective.applicabilityVersion);
        TreeSet<String> counties = new TreeSet<>(countyCodes);
        List<String> unknown = counties.stream().filter(code -> County.findByIdOptional(code).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.unprocessable("Okända länskoder: " + String.join(", ", unknown));
        }
        if (applicability.countiesFor(objective.code).equals(List.copyOf(counties))) {
            return objective; // unchanged: the version (and so the ETag) stays, as for every other resource
        }
        applicability.replace(objective.code, List.copyOf(counties));
        objective.applicabilityVersion++;
        return objective;
    }

    static Objective existing(String objectiveCode) {
        return Objective.<Objective>findByIdOptional(objectiveCode)
                .orElseThrow(() -> ProblemException.notFound("Inget miljömål med koden " + objectiveCode));
    }
}
