package dev.ibtrading.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The package layout the README's table describes: one package per intent, the shared machinery
 * below them, the TWS client at the bottom, the paper gateway beside it. Each rule also runs
 * against a small fixture that breaks it, so a rule that could never fail would show here.
 */
class ArchitectureTests {
  private static final String APPLICATION = "dev.ibtrading";
  private static final String FIXTURE = "dev.ibtrading.architecture.fixture";

  private static final JavaClasses application =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(APPLICATION);

  private static final JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE);

  @Nested
  class TheApplication {
    @Test
    void eachIntentHasItsPackage() {
      for (String intent : LayoutRules.INTENTS) {
        assertThat(application.containPackage(APPLICATION + "." + intent)).as(intent).isTrue();
      }
    }

    @Test
    void intentsDoNotUseEachOther() {
      LayoutRules.intentsAreIndependent(APPLICATION).check(application);
    }

    @Test
    void theClientKnowsNothingAboveIt() {
      LayoutRules.clientKnowsNothingAbove(APPLICATION).check(application);
    }

    @Test
    void theBrokerInterfaceKnowsNothingAboveIt() {
      LayoutRules.brokerKnowsNothingAbove(APPLICATION).check(application);
    }

    @Test
    void onlyTheCommandsThatStartThePaperGatewayKnowIt() {
      LayoutRules.paperGatewayIsOnlyStarted(APPLICATION).check(application);
    }

    @Test
    void packagesFormNoCycles() {
      LayoutRules.packagesFormNoCycles(APPLICATION).check(application);
    }
  }

  @Nested
  class ABrokenLayout {
    @Test
    void anIntentUsingAnotherFails() {
      assertThatThrownBy(() -> LayoutRules.intentsAreIndependent(FIXTURE).check(fixture))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("PlansWithRiskRules")
          .hasMessageContaining("fixture.riskcheck.RiskRule");
    }

    @Test
    void aClientThatKnowsThePaperGatewayFails() {
      assertThatThrownBy(() -> LayoutRules.clientKnowsNothingAbove(FIXTURE).check(fixture))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("fixture.ib.KnowsItsStandIn");
      assertThatThrownBy(() -> LayoutRules.paperGatewayIsOnlyStarted(FIXTURE).check(fixture))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("fixture.ib.KnowsItsStandIn");
    }

    @Test
    void aCycleBetweenPackagesFails() {
      assertThatThrownBy(() -> LayoutRules.packagesFormNoCycles(FIXTURE).check(fixture))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Cycle");
    }
  }
}
