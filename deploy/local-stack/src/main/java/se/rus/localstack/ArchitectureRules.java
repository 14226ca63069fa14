package se.rus.localstack;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the suite, checked the same way in every service: services talk through events and HTTP, never
 * through each other's code; the platform is plumbing every service shares and knows none of them; this module
 * (embedded PostgreSQL and Kafka, tokens, test checks) is test and local infrastructure, never a dependency of
 * code that ships; inside a service no two packages depend on each other, directly or around a cycle; what a REST
 * resource nests is its own. A use case takes a command, a top-level record of its feature package named with a noun:
 * {@code <Thing>Content} for the body of a thing (what replacing takes, and creating too when the key comes beside it),
 * {@code New<Thing>} when creating carries more than that, else the act itself ({@code PlanChanges}, {@code Approval});
 * a resource takes the command as its body when the two are the same, and otherwise maps its own body to it.
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
                        .because("a service's packages follow its data one way; a cycle makes two packages one"),
                classes().should(useNoTypeNestedInAnotherResource())
                        .because("a use case takes a command of its own, never a resource's body or view, so the API"
                                + " and the use case change apart and the import calls it as the API does"));
    }

    private static ArchCondition<JavaClass> useNoTypeNestedInAnotherResource() {
        return new ArchCondition<>("use no class nested in a *Resource class but their own") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                JavaClass own = outermost(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    JavaClass resource = outermost(target);
                    boolean nestedInResource = !target.equals(resource) && resource.getSimpleName().endsWith("Resource");
                    if (nestedInResource && !resource.equals(own)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static JavaClass outermost(JavaClass javaClass) {
        JavaClass outer = javaClass;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }
}
