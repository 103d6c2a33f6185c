package dev.dstorekit.pos;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The server's dependency rules. Features ({@code order}, {@code catalog}, {@code store}, {@code merchant}) and the
 * parts they share ({@code outbox}, {@code shared}, {@code ops}, {@code config}, …) depend one way; inside a feature
 * the web edge calls the application, the application decides with the domain, and adapters (web, persistence,
 * outbound messages, delivery) sit behind the application's ports.
 */
@AnalyzeClasses(packages = "dev.dstorekit.pos", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FEATURES = {"dev.dstorekit.pos.order..", "dev.dstorekit.pos.catalog..",
            "dev.dstorekit.pos.store..", "dev.dstorekit.pos.merchant.."};
    private static final String[] ADAPTERS = {"..web..", "..persistence..", "..outbound..", "..delivery.."};
    private static final String PERSISTENCE = ".persistence";

    @ArchTest
    static final ArchRule noCyclesBetweenTopLevelPackages = slices().matching("dev.dstorekit.pos.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theDomainKnowsNoLayerAboveIt = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..application..", "..web..", "..persistence..",
                    "..outbound..", "..delivery..");

    @ArchTest
    static final ArchRule theApplicationKnowsNoAdapter = noClasses().that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS);

    @ArchTest
    static final ArchRule theWebEdgeNeverReachesPersistence = noClasses().that().resideInAPackage("..web..")
            .should().dependOnClassesThat().resideInAPackage("..persistence..");

    @ArchTest
    static final ArchRule generatedModelsStayAtTheEdges = noClasses().that()
            .resideInAnyPackage("..domain..", "..application..")
            .should().dependOnClassesThat().resideInAPackage("dev.dstorekit.api..");

    @ArchTest
    static final ArchRule persistenceIsReachedOnlyThroughItsFeaturesPorts = classes().that()
            .resideInAPackage("..persistence..").should(beUsedOnlyInsideTheirOwnPersistencePackage());

    @ArchTest
    static final ArchRule theOutboxImportsNoFeature = noClasses().that().resideInAPackage("dev.dstorekit.pos.outbox..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES);

    @ArchTest
    static final ArchRule sharedImportsNothingElseOfTheServer = noClasses().that()
            .resideInAPackage("dev.dstorekit.pos.shared..").should().dependOnClassesThat(
                    resideInAPackage("dev.dstorekit.pos..").and(resideOutsideOfPackage("dev.dstorekit.pos.shared..")));

    /** A persistence class is used by the adapter it belongs to (its feature's persistence package), nothing else. */
    private static ArchCondition<JavaClass> beUsedOnlyInsideTheirOwnPersistencePackage() {
        return new ArchCondition<>("be used only inside their own feature's persistence package") {
            @Override
            public void check(JavaClass persistenceClass, ConditionEvents events) {
                String packageName = persistenceClass.getPackageName();
                String adapter = packageName.substring(0, packageName.indexOf(PERSISTENCE) + PERSISTENCE.length());
                for (Dependency dependency : persistenceClass.getDirectDependenciesToSelf()) {
                    String origin = dependency.getOriginClass().getPackageName();
                    if (!origin.equals(adapter) && !origin.startsWith(adapter + ".")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
