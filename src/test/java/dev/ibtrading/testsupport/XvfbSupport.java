package dev.ibtrading.testsupport;

import java.nio.file.Files;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Tests that draw on a real X server ({@link XvfbDisplay}): {@code @ExtendWith(XvfbSupport.class)}.
 * Without {@value XvfbDisplay#EXECUTABLE} the test is skipped with a message saying what to
 * install, except on CI ({@code CI=true}), where it runs and fails, as {@link ChromiumSupport} does
 * ({@code .ci/run} installs it).
 */
public final class XvfbSupport implements ExecutionCondition {
  static final String INSTALL_HINT =
      XvfbDisplay.EXECUTABLE + " not found: install Debian's xvfb package (apt-get install xvfb)";

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (Files.isExecutable(XvfbDisplay.EXECUTABLE)) {
      return ConditionEvaluationResult.enabled("Xvfb at " + XvfbDisplay.EXECUTABLE);
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      return ConditionEvaluationResult.enabled("CI=true: X display tests must run, and fail here");
    }
    return ConditionEvaluationResult.disabled(INSTALL_HINT);
  }
}
