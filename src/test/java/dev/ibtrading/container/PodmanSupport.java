package dev.ibtrading.container;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Tests that build and run the images with podman: {@code @ExtendWith(PodmanSupport.class)}.
 * Without Debian's podman, runc, mmdebstrap and libfaketime, or not as root, the test is skipped
 * with a message saying what to install, except on CI ({@code CI=true}), where it runs and fails,
 * as the other tool-dependent tests do ({@code .ci/run} installs them).
 */
public final class PodmanSupport implements ExecutionCondition {
  static final List<Path> TOOLS =
      List.of(
          Path.of("/usr/bin/podman"),
          Path.of("/usr/sbin/runc"),
          Path.of("/usr/bin/mmdebstrap"),
          ContainerIT.FAKETIME);
  static final String INSTALL_HINT =
      "the container test needs Debian's podman, runc, mmdebstrap and libfaketime, run as root"
          + " (apt-get install podman runc mmdebstrap libfaketime)";

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (available()) {
      return ConditionEvaluationResult.enabled("podman, runc, mmdebstrap and libfaketime found");
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      return ConditionEvaluationResult.enabled("CI=true: container tests must run, and fail here");
    }
    return ConditionEvaluationResult.disabled(INSTALL_HINT);
  }

  static boolean available() {
    return TOOLS.stream().allMatch(Files::isReadable)
        && "root".equals(System.getProperty("user.name"));
  }
}
