package dev.ibtrading.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One way to start a Spring Boot jar, prepared once before the timed runs: as packaged, extracted
 * ({@code -Djarmode=tools extract}: plain jars on the class path instead of nested ones), extracted
 * with an AppCDS archive from a training run ({@code -XX:ArchiveClassesAtExit} with {@code
 * -Dspring.context.exit=onRefresh}, which stops the JVM once the context is refreshed), and those
 * three again on a jar built with Spring AOT, run with {@code -Dspring.aot.enabled=true}.
 */
enum StartupVariant {
  JAR("jar", false, false, false),
  EXTRACTED("extracted", true, false, false),
  CDS("extracted+cds", true, true, false),
  AOT("aot", false, false, true),
  AOT_CDS("aot+extracted+cds", true, true, true);

  private final String label;
  private final boolean extracted;
  private final boolean cds;
  private final boolean aot;

  StartupVariant(String label, boolean extracted, boolean cds, boolean aot) {
    this.label = label;
    this.extracted = extracted;
    this.cds = cds;
    this.aot = aot;
  }

  String label() {
    return label;
  }

  boolean aot() {
    return aot;
  }

  static StartupVariant of(String label) {
    for (StartupVariant variant : values()) {
      if (variant.label.equals(label)) {
        return variant;
      }
    }
    throw new IllegalArgumentException(
        "variant: "
            + label
            + " (expected one of jar, extracted, extracted+cds, aot,"
            + " aot+extracted+cds)");
  }

  /**
   * Extracts {@code jar} into {@code work} and trains the CDS archive as this variant needs; the
   * command that then starts it.
   *
   * @param jvmOptions the options of the timed runs, also used for the training run
   * @param trainingArguments what the application needs to refresh its context
   */
  JavaCommand prepare(
      Path jar,
      Path work,
      List<String> jvmOptions,
      List<String> trainingArguments,
      Map<String, String> environment)
      throws Exception {
    List<String> aotFlag = new ArrayList<>(jvmOptions);
    if (aot) {
      aotFlag.add("-Dspring.aot.enabled=true");
    }
    if (!extracted) {
      return JavaCommand.jar(jar).withJvmOptions(aotFlag);
    }
    Path dir = work.resolve(aot ? "extracted-aot" : "extracted");
    Path extractedJar = dir.resolve(jar.getFileName());
    if (!Files.exists(extractedJar)) {
      run(
          JavaCommand.jar(jar)
              .withJvmOptions(List.of("-Djarmode=tools"))
              .withArguments(List.of("extract", "--destination", dir.toString(), "--force")),
          Map.of(),
          dir.resolveSibling(dir.getFileName() + ".log"));
    }
    JavaCommand command = JavaCommand.jar(extractedJar).withJvmOptions(aotFlag);
    if (!cds) {
      return command;
    }
    Path archive = dir.resolve("application.jsa").toAbsolutePath();
    Files.deleteIfExists(archive);
    run(
        command
            .withJvmOptions(
                List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh"))
            .withArguments(trainingArguments),
        environment,
        dir.resolveSibling(dir.getFileName() + "-training.log"));
    if (!Files.exists(archive)) {
      throw new IllegalStateException("training run wrote no CDS archive " + archive);
    }
    return command.withJvmOptions(List.of("-XX:SharedArchiveFile=" + archive));
  }

  private static void run(JavaCommand command, Map<String, String> environment, Path log)
      throws Exception {
    try (BenchProcess process = BenchProcess.start(command.toList(), environment, log)) {
      int exit = process.awaitExit(Duration.ofMinutes(5));
      if (exit != 0) {
        throw new IllegalStateException(
            "`java " + command.describe() + "` exited with " + exit + "; see " + log);
      }
    }
  }
}
