package dk.servicelevel.local;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules of the platform's code that each service's {@code ArchitectureTest} checks, so that they hold by the build
 * and not by discipline: services meet over HTTP only, a service's feature packages form no loop, the domain rules are
 * plain Java, queries live in repositories, and report-service never computes an evaluation itself.
 *
 * @param service the service's base package
 * @param otherServices the other services' base packages
 */
public record ArchitectureRules(String service, List<String> otherServices) {

    private static final List<String> SERVICES = List.of("incident", "sla", "booking", "report");
    private static final String BASE = "dk.servicelevel.";
    /** What a rule class may not use: frameworks, storage, the web layer of api-conventions. */
    private static final String[] FRAMEWORKS = { "io.quarkus..", "io.smallrye..", "io.vertx..", "jakarta..", "javax..",
            "org.hibernate..", "org.eclipse.microprofile..", "org.jboss..", "com.fasterxml..", "dk.servicelevel.api.." };
    /** The types sla-service evaluates with: report-service takes evaluations from sla-service, it never makes them. */
    private static final String[] EVALUATION = { BASE + "sla.evaluation..", BASE + "sla.timeline.." };

    /** The methods that send a query to the database, by the type that declares them. */
    private static final Map<String, Set<String>> QUERYING = Map.of(
            "org.hibernate.reactive.mutiny.Mutiny$Session", Set.of("createQuery", "createNativeQuery", "createSelectionQuery", "createMutationQuery"),
            "io.vertx.mutiny.sqlclient.SqlClient", Set.of("query", "preparedQuery"),
            "java.sql.Connection", Set.of("createStatement", "prepareStatement", "prepareCall"));
    /** Panache's methods that take a query as their first argument. */
    private static final String PANACHE_REPOSITORY = "io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase";
    private static final Set<String> PANACHE_QUERYING = Set.of("find", "list", "stream", "count", "delete", "update");
    private static final DescribedPredicate<JavaMethodCall> A_QUERY = DescribedPredicate.describe("a query",
            call -> QUERYING.entrySet().stream().anyMatch(querying -> call.getTargetOwner().isAssignableTo(querying.getKey())
                    && querying.getValue().contains(call.getName()))
                    || call.getTargetOwner().isAssignableTo(PANACHE_REPOSITORY) && PANACHE_QUERYING.contains(call.getName())
                    && !call.getTarget().getRawParameterTypes().isEmpty()
                    && call.getTarget().getRawParameterTypes().get(0).isEquivalentTo(String.class));

    /** The rules of one of the four services, named as in its package: {@code incident}, {@code sla}, ... */
    public static ArchitectureRules of(String service) {
        return new ArchitectureRules(BASE + service,
                SERVICES.stream().filter(other -> !other.equals(service)).map(other -> BASE + other).toList());
    }

    /** No class of the service uses another service's code: services talk over their REST APIs. */
    public ArchRule usesNoOtherService() {
        return noClasses().that().resideInAPackage(service + "..")
                .should().dependOnClassesThat().resideInAnyPackage(otherServices.stream().map(other -> other + "..").toArray(String[]::new))
                .because("the services meet over their REST APIs only");
    }

    /** The service's feature packages depend on each other without a loop. */
    public ArchRule featuresWithoutLoops() {
        return slices().matching(service + ".(*)..").should().beFreeOfCycles()
                .because("a feature that needs another is built on it, never the two on each other");
    }

    /**
     * The domain rules are plain Java: no framework, no storage, no web types.
     *
     * @param ruleClasses the rule classes, named within the service's package: {@code evaluation.AvailabilityCalculator}
     */
    public ArchRule plainJava(String... ruleClasses) {
        return noClasses().that(listed("the rule classes", ruleClasses))
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .orShould().dependOnClassesThat().areAnnotatedWith("jakarta.persistence.Entity")
                .because("the rules are unit-tested directly and read without knowing the framework");
    }

    /**
     * Queries are written in the feature's repositories (classes named {@code ...Repository}), whatever sends them:
     * Panache, a Hibernate session, the Vert.x SQL client or JDBC.
     *
     * @param sqlClientStores the classes, named within the service's package, that keep a hot path's SQL beside the
     *        batching or caching it needs and say so in their documentation: {@code session.SessionEventJournal}
     */
    public ArchRule queriesInRepositories(String... sqlClientStores) {
        DescribedPredicate<JavaClass> storage = orNestedIn("a repository", type -> type.getSimpleName().endsWith("Repository"))
                .or(listed("the stores", sqlClientStores));
        return noClasses().that().resideInAPackage(service + "..").and(DescribedPredicate.not(storage))
                .should().callMethodWhere(A_QUERY)
                .because("a feature's queries are found in its repository, named for what they answer");
    }

    /**
     * The records of the API ({@code ...Response}) are made by the resources from what the services return (entities
     * and domain records), so a service can be called by a page, a job or another service alike.
     *
     * @param apiEdges the classes, named within the service's package, that stand at the API's edge besides the
     *        resources and pages: {@code breach.BreachWebhook}, which sends the API's record of a breach
     */
    public ArchRule apiRecordsAtTheEdge(String... apiEdges) {
        DescribedPredicate<JavaClass> edge = orNestedIn("a resource, page or API record", ArchitectureRules::isEdge)
                .or(listed("the edges", apiEdges));
        return noClasses().that().resideInAPackage(service + "..").and(DescribedPredicate.not(edge))
                .should().dependOnClassesThat(DescribedPredicate.describe("are records of the service's API",
                        type -> type.getSimpleName().endsWith("Response") && type.getPackageName().startsWith(service)))
                .because("services hand entities and domain records to their callers; only the API's edge speaks in its records");
    }

    private static boolean isEdge(JavaClass type) {
        String name = type.getSimpleName();
        return name.endsWith("Resource") || name.endsWith("Response") || name.endsWith("Page") || name.endsWith("Pages")
                || type.getPackageName().endsWith(".web");
    }

    /** The classes listed, named within the service's package ({@code breach.BreachWebhook}), and those nested in them. */
    private DescribedPredicate<JavaClass> listed(String what, String... classes) {
        List<String> names = Stream.of(classes).map(name -> service + "." + name).toList();
        return DescribedPredicate.describe(what + " " + names,
                type -> names.stream().anyMatch(name -> type.getName().equals(name) || type.getName().startsWith(name + "$")));
    }

    /** The classes of a kind and those nested in one. */
    private static DescribedPredicate<JavaClass> orNestedIn(String kind, Predicate<JavaClass> isOfKind) {
        return DescribedPredicate.describe(kind, type -> isOfKind.test(type) || type.getEnclosingClass().filter(isOfKind).isPresent());
    }

    /** report-service reports what sla-service evaluated; it does not evaluate. */
    public ArchRule usesNoEvaluation() {
        return noClasses().that().resideInAPackage(service + "..")
                .should().dependOnClassesThat().resideInAnyPackage(EVALUATION)
                .because("an availability reported is the one sla-service computed");
    }
}
