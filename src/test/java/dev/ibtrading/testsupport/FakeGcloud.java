package dev.ibtrading.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * A stand-in {@code gcloud} for scripts whose real targets (IAM, Cloud Run) no test can reach: it
 * records each call without {@code --project=} and {@code --quiet}, one line per call, and answers
 * from a {@code case} block of shell patterns over those arguments.
 */
public final class FakeGcloud {
  private final Path bin;
  private final Path log;

  /**
   * @param dir a temporary directory
   * @param answers {@code case} branches, e.g. {@code "'projects describe'*) echo 123 ;;"}; a call
   *     no branch matches succeeds silently
   */
  public FakeGcloud(Path dir, String... answers) throws IOException {
    this.bin = Files.createDirectories(dir.resolve("bin"));
    this.log = dir.resolve("gcloud-calls.log");
    Path gcloud = bin.resolve("gcloud");
    Files.writeString(
        gcloud,
        String.join(
            "\n",
            "#!/usr/bin/env bash",
            "args=()",
            "for a in \"$@\"; do case \"$a\" in --project=*|--quiet) ;; *) args+=(\"$a\");; esac;"
                + " done",
            "echo \"${args[*]}\" >> '" + log + "'",
            "case \"${args[*]}\" in",
            String.join("\n", answers),
            "esac",
            ""));
    Files.setPosixFilePermissions(gcloud, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** A {@code PATH} that finds this stand-in first. */
  public String path() {
    return bin + ":" + System.getenv("PATH");
  }

  /** The calls so far, in order. */
  public List<String> calls() throws IOException {
    return Files.exists(log) ? Files.readAllLines(log) : List.of();
  }
}
