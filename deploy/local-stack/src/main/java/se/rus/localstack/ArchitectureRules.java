package se.rus.localstack;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the suite, checked the same way in every service: services talk through events and HTTP, never
 * through each other's code; the platform is plumbing every service shares and knows none of them; this module
 * (embedded PostgreSQL and Kafka, tokens, test checks) is test and local infrastructure, never a dependency of
 * code that ships; inside a service no two packages depend on each other, directly or around a cycle.
 */
public final class ArchitectureRules {

    public static final List<String> SERVICES = List.of("planning", "finance", "followup", "reporting");
    private static final String PLATFORM = "se.rus.platform..";
    private static final String LOCAL_STACK = "se.rus.localstack..";

    private ArchitectureRules() {
    }

    /** Checks the main code of {@code service} (e.g. {@code "planning"}) and of the platform on the classpath. */
    public static void check(String service) {
        if (!SERVICES.contains(service)) {
            throw new IllegalArgumentException("unknown service " + service + "; one of " + SERVICES);
        }
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.rus." + service, "se.rus.platform");
        for (ArchRule rule : rules(service)) {
            rule.check(main);
        }
    }

    static List<ArchRule> rules(String service) {
        String own = "se.rus." + service + "..";
        String[] others = SERVICES.stream().filter(s -> !s.equals(service)).map(s -> "se.rus." + s + "..")
                .toArray(String[]::new);
        String[] services = SERVICES.stream().map(s -> "se.rus." + s + "..").toArray(String[]::new);
        return List.of(
                noClasses().that().resideInAPackage(own).should().dependOnClassesThat().resideInAnyPackage(others)
                        .because("services share events and HTTP contracts, not code"),
                noClasses().that().resideInAPackage(PLATFORM).should().dependOnClassesThat().resideInAnyPackage(services)
                        .because("the platform is shared plumbing and knows no service"),
                noClasses().that().resideInAnyPackage(own, PLATFORM).should().dependOnClassesThat().resideInAPackage(LOCAL_STACK)
                        .because("deploy/local-stack is test and local infrastructure, never shipped"),
                slices().matching("se.rus." + service + ".(**)").should().beFreeOfCycles()
                        .because("a service's packages follow its data one way; a cycle makes two packages one"));
    }
}
