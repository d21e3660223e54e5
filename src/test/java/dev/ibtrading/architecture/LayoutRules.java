package dev.ibtrading.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;

/**
 * The package layout's rules, for any root package: the application's ({@code dev.ibtrading}) and
 * the small fixture that shows each rule fails when broken.
 */
final class LayoutRules {
  /** One package per intent; each may use the shared machinery, never another intent. */
  static final List<String> INTENTS =
      List.of("allocation", "riskcheck", "eodcheck", "closeall", "summary", "cashbalancer");

  private LayoutRules() {}

  static ArchRule intentsAreIndependent(String root) {
    List<ArchRule> rules =
        INTENTS.stream()
            .map(
                intent ->
                    (ArchRule)
                        noClasses()
                            .that()
                            .resideInAPackage(root + "." + intent + "..")
                            .should()
                            .dependOnClassesThat()
                            .resideInAnyPackage(
                                INTENTS.stream()
                                    .filter(other -> !other.equals(intent))
                                    .map(other -> root + "." + other + "..")
                                    .toArray(String[]::new))
                            .because("an intent is read and changed on its own")
                            // ArchitectureTests checks that every intent package exists.
                            .allowEmptyShould(true))
            .toList();
    return CompositeArchRule.of(rules);
  }

  /** The TWS client knows the broker interface and itself, nothing of the worker above it. */
  static ArchRule clientKnowsNothingAbove(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".ib..")
        .should()
        .onlyDependOnClassesThat(
            resideOutsideOfPackage(root + "..")
                .or(resideInAnyPackage(root + ".ib..", root + ".broker..")))
        .because("the client is the bottom layer; its stand-in and the worker sit above it");
  }

  /** The broker interface and its records depend on nothing else of the application. */
  static ArchRule brokerKnowsNothingAbove(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".broker..")
        .should()
        .onlyDependOnClassesThat(
            resideOutsideOfPackage(root + "..").or(resideInAnyPackage(root + ".broker..")))
        .because("every layer above speaks to the account through it");
  }

  /**
   * The paper gateway is a stand-in for IB Gateway: only its own configuration and the commands
   * that start it (the jar's entry point, replay) know it.
   */
  static ArchRule paperGatewayIsOnlyStarted(String root) {
    DescribedPredicate<JavaClass> starters =
        resideInAnyPackage(root + ".paper..", root + ".replay..")
            .or(name(root + ".IbTradingApplication"));
    return noClasses()
        .that(not(starters))
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + ".paper..")
        .because("the worker must run the same against IB Gateway as against its stand-in");
  }

  /** No cycles between the top-level packages under {@code root}. */
  static ArchRule packagesFormNoCycles(String root) {
    return slices().matching(root + ".(*)..").should().beFreeOfCycles();
  }
}
