package dev.ibtrading.testsupport;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Tests that run the real {@code gcloud} CLI: {@code @ExtendWith(GcloudSupport.class)}. Without
 * gcloud on the PATH the test class is skipped with a message saying what to install, except on CI
 * ({@code CI=true}), where it runs and fails, as {@link PubSubEmulatorSupport} does.
 */
public final class GcloudSupport implements ExecutionCondition {
  static final String INSTALL_HINT =
      "gcloud not on the PATH: install the Google Cloud SDK (Debian/Ubuntu package"
          + " google-cloud-cli)";

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (find().isPresent()) {
      return ConditionEvaluationResult.enabled("gcloud at " + find().get());
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      return ConditionEvaluationResult.enabled("CI=true: gcloud tests must run, and fail here");
    }
    return ConditionEvaluationResult.disabled(INSTALL_HINT);
  }

  /** The {@code gcloud} executable; fails the test with the install hint when there is none. */
  public static Path gcloud() {
    return find().orElseThrow(() -> new IllegalStateException(INSTALL_HINT));
  }

  private static Optional<Path> find() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, "gcloud");
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
