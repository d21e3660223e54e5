package dev.ibtrading.testsupport;

import dev.ibtrading.pubsub.emulator.EmulatorInstallation;
import dev.ibtrading.pubsub.emulator.PubSubEmulator;
import dev.ibtrading.pubsub.emulator.PubSubEmulatorException;
import dev.ibtrading.pubsub.emulator.PubSubEmulatorLauncher;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The real Pub/Sub emulator for tests: {@code @ExtendWith(PubSubEmulatorSupport.class)} and a
 * {@link PubSubEmulator} parameter (e.g. of a {@code @BeforeAll} method).
 *
 * <p>One emulator per test JVM, started on first use and stopped when the test run ends; {@code
 * PUBSUB_EMULATOR_HOST} points the tests at a running one instead. Without an emulator, a test
 * class is skipped with a message saying how to install one, except on CI ({@code CI=true}), where
 * it runs and fails with that message: an emulator test that silently never runs is worse than
 * none. Tests share the emulator, so each uses its own topic prefix ({@link #uniquePrefix}).
 */
public final class PubSubEmulatorSupport implements ExecutionCondition, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(PubSubEmulatorSupport.class);
  private static volatile Optional<EmulatorInstallation> installation;
  private static int prefixes;

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (externalHost() != null) {
      return ConditionEvaluationResult.enabled("PUBSUB_EMULATOR_HOST=" + externalHost());
    }
    if (installation().isPresent()) {
      return ConditionEvaluationResult.enabled("emulator: " + installation().get().describe());
    }
    if (onCi()) {
      return ConditionEvaluationResult.enabled("CI=true: emulator tests must run, and fail here");
    }
    return ConditionEvaluationResult.disabled(
        "Pub/Sub emulator not found: " + PubSubEmulatorException.INSTALL_HINT);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == PubSubEmulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .computeIfAbsent("emulator", key -> shared(), PubSubEmulator.class);
  }

  /** A topic prefix no other test in this JVM uses, e.g. {@code t7-}. */
  public static synchronized String uniquePrefix() {
    return "t" + (++prefixes) + "-";
  }

  private static PubSubEmulator shared() {
    String external = externalHost();
    if (external != null) {
      return PubSubEmulator.external(external);
    }
    // Not found: under CI=true this fails the test with the install hint.
    return PubSubEmulatorLauncher.onThisMachine().start();
  }

  private static String externalHost() {
    String host = System.getenv("PUBSUB_EMULATOR_HOST");
    return host == null || host.isBlank() ? null : host.strip();
  }

  private static Optional<EmulatorInstallation> installation() {
    if (installation == null) {
      installation = EmulatorInstallation.find();
    }
    return installation;
  }

  private static boolean onCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }
}
