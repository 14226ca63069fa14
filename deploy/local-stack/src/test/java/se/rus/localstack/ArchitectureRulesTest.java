package se.rus.localstack;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import se.rus.finance.fixture.Ledger;
import se.rus.planning.answering.Answers;
import se.rus.planning.asking.Asks;
import se.rus.planning.fixture.AddingThings;
import se.rus.planning.fixture.MintsTokens;
import se.rus.planning.fixture.Plain;
import se.rus.planning.fixture.ReadsTheLedger;
import se.rus.planning.fixture.ThingResource;
import se.rus.platform.fixture.Harmless;
import se.rus.platform.fixture.KnowsPlanning;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each rule refuses the dependency it is about, and only that one. */
class ArchitectureRulesTest {

    private static List<Boolean> violated(Class<?>... classes) {
        List<Class<?>> all = new ArrayList<>(List.of(classes));
        all.addAll(List.of(Harmless.class, Plain.class)); // every rule has classes to look at
        JavaClasses imported = new ClassFileImporter().importClasses(all);
        return ArchitectureRules.rules("planning").stream().map(rule -> rule.evaluate(imported).hasViolation()).toList();
    }

    @Test
    void aServiceReachingIntoAnotherIsRefused() {
        assertEquals(List.of(true, false, false, false, false), violated(ReadsTheLedger.class, Ledger.class));
    }

    @Test
    void thePlatformKnowingAServiceIsRefused() {
        assertEquals(List.of(false, true, false, false, false), violated(KnowsPlanning.class, Plain.class));
    }

    @Test
    void serviceCodeUsingTheLocalStackIsRefused() {
        assertEquals(List.of(false, false, true, false, false), violated(MintsTokens.class, JwtMinter.class));
    }

    @Test
    void aPackageCycleInsideAServiceIsRefused() {
        assertEquals(List.of(false, false, false, true, false), violated(Asks.class, Answers.class));
    }

    @Test
    void aUseCaseTakingAResourcesNestedBodyIsRefused() {
        assertEquals(List.of(false, false, false, false, true),
                violated(AddingThings.class, ThingResource.class, ThingResource.ThingInput.class));
    }

    @Test
    void aResourceAndWhatItNestsMayUseEachOther() {
        assertEquals(List.of(false, false, false, false, false),
                violated(ThingResource.class, ThingResource.ThingInput.class));
    }

    @Test
    void anUnknownServiceIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> ArchitectureRules.check("billing"));
    }
}
