package dev.ibtrading.testsupport;

import java.nio.file.Files;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Tests that drive Debian's Chromium headless ({@link HeadlessChromium}):
 * {@code @ExtendWith(ChromiumSupport.class)} on the class or the method. Without {@value
 * HeadlessChromium#EXECUTABLE} the test is skipped with a message saying what to install, except on
 * CI ({@code CI=true}), where it runs and fails, as {@link GcloudSupport} does. Nothing is
 * downloaded: the browser comes from the machine's packages ({@code .ci/run} installs it).
 */
public final class ChromiumSupport implements ExecutionCondition {
  static final String INSTALL_HINT =
      HeadlessChromium.EXECUTABLE
          + " not found: install Debian's chromium package (apt-get install chromium)";

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (Files.isExecutable(HeadlessChromium.EXECUTABLE)) {
      return ConditionEvaluationResult.enabled("chromium at " + HeadlessChromium.EXECUTABLE);
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      return ConditionEvaluationResult.enabled("CI=true: browser tests must run, and fail here");
    }
    return ConditionEvaluationResult.disabled(INSTALL_HINT);
  }
}
