package se.rus.followup.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which counties follow up which objective (the objective_applicability table). */
@ApplicationScoped
public class Applicability {

    @Inject
    EntityManager entityManager;

    @SuppressWarnings("unchecked")
    public List<String> countiesFor(String objectiveCode) {
        return ((List<Object>) entityManager.createNativeQuery(
                        "SELECT county_code FROM objective_applicability WHERE objective_code = :objective ORDER BY county_code")
                .setParameter("objective", objectiveCode)
                .getResultList()).stream().map(code -> code.toString().trim()).toList();
    }

    /** The counties of every objective, in one statement (an objective no county follows up is absent). */
    @SuppressWarnings("unchecked")
    public Map<String, List<String>> all() {
        Map<String, List<String>> counties = new HashMap<>();
        ((List<Object[]>) entityManager.createNativeQuery(
                        "SELECT objective_code, county_code FROM objective_applicability ORDER BY objective_code, county_code")
                .getResultList())
                .forEach(row -> counties.computeIfAbsent(row[0].toString().trim(), code -> new ArrayList<>())
                        .add(row[1].toString().trim()));
        return counties;
    }

    public boolean applies(String objectiveCode, String countyCode) {
        return countiesFor(objectiveCode).contains(countyCode);
    }

    void replace(String objectiveCode, List<String> countyCodes) {
        entityManager.createNativeQuery("DELETE FROM objective_applicability WHERE objective_code = :objective")
                .setParameter("objective", objectiveCode)
                .executeUpdate();
        for (String county : countyCodes) {
            entityManager.createNativeQuery(
                            "INSERT INTO objective_applicability (objective_code, county_code) VALUES (:objective, :county)")
                    .setParameter("objective", objectiveCode)
                    .setParameter("county", county)
                    .executeUpdate();
        }
    }
}
