package dev.dstorekit.simulator;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** How the simulator's parts may depend on each other, kept by the build rather than by good intentions. */
@AnalyzeClasses(packages = "dev.dstorekit.simulator", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Step handlers work on the simulator's own records; the generated POS models stay at the gateway. */
    @ArchTest
    static final ArchRule stepHandlersNeverSeeTheGeneratedModels = noClasses()
            .that().resideInAPackage("dev.dstorekit.simulator.scenario.flow..")
            .should().dependOnClassesThat().resideInAPackage("dev.dstorekit.api..");

    /** Every call to the POS goes through pos.PosGateway, which turns each outcome into a PosCall. */
    @ArchTest
    static final ArchRule onlyTheGatewayCallsThePos = noClasses()
            .that().resideOutsideOfPackage("dev.dstorekit.simulator.pos..")
            .should().dependOnClassesThat().resideInAPackage("dev.dstorekit.api.pos.client..");

    /** The scenario engine reads how the POS answered from the gateway's records, never from the models it maps. */
    @ArchTest
    static final ArchRule theRunnerNeverSeesThePosAnswers = noClasses()
            .that().resideInAPackage("dev.dstorekit.simulator.scenario..")
            .should().dependOnClassesThat(resideInAPackage("dev.dstorekit.api..")
                    .and(simpleNameEndingWith("Response").or(simpleName("Result")).or(simpleName("ResultStatus"))));

    /** The sandbox database is reached through the repositories that cache it, never around them. */
    @ArchTest
    static final ArchRule onlyRepositoriesTouchTheSandboxDatabase = noClasses()
            .that().resideOutsideOfPackages("dev.dstorekit.simulator.persistence..", "dev.dstorekit.simulator.cli..")
            .and().haveNameNotMatching(".*\\.\\$?Persistent[^.]*") // the repositories and their generated bean definitions
            .should().dependOnClassesThat().resideInAPackage("dev.dstorekit.simulator.persistence..");

    /** Features depend on each other one way only. */
    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching("dev.dstorekit.simulator.(*)..")
            .should().beFreeOfCycles();
}
