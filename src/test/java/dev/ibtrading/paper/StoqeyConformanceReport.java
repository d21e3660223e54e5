package dev.ibtrading.paper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What one run of {@code conformance.js} reported.
 *
 * @param plan the steps the script said it would run, in order (empty if it never got that far)
 * @param steps one result per step line, in order
 * @param summaryOk the summary line's verdict, empty when no summary line came
 * @param exitCode node's exit code, -1 when it was killed at the overall timeout
 * @param timedOut whether the overall timeout killed node
 * @param stderr everything node wrote to stderr (stoqey's console output included)
 * @param otherOutput stdout lines that were not step, plan or summary lines
 */
public record StoqeyConformanceReport(
    List<String> plan,
    List<StepResult> steps,
    Optional<Boolean> summaryOk,
    int exitCode,
    boolean timedOut,
    String stderr,
    List<String> otherOutput) {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int STDERR_TAIL = 4000;

  /**
   * One step's line.
   *
   * @param detail the step's detail object as JSON: what it saw, or why it failed
   */
  public record StepResult(String step, boolean ok, String detail) {
    @Override
    public String toString() {
      return step + (ok ? " ok " : " FAILED ") + detail;
    }
  }

  /** Parses node's stdout. */
  static StoqeyConformanceReport parse(
      String stdout, int exitCode, boolean timedOut, String stderr) {
    List<String> plan = new ArrayList<>();
    List<StepResult> steps = new ArrayList<>();
    List<String> other = new ArrayList<>();
    Optional<Boolean> summaryOk = Optional.empty();
    for (String line : stdout.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = readObject(line);
      if (node == null) {
        other.add(line);
      } else if (node.has("step")) {
        steps.add(
            new StepResult(
                node.get("step").asString(),
                node.path("ok").asBoolean(false),
                node.path("detail").toString()));
      } else if (node.has("plan")) {
        node.get("plan").forEach(name -> plan.add(name.asString()));
      } else if (node.has("summary")) {
        summaryOk = Optional.of(node.path("ok").asBoolean(false));
      } else {
        other.add(line);
      }
    }
    return new StoqeyConformanceReport(
        List.copyOf(plan), List.copyOf(steps), summaryOk, exitCode, timedOut, stderr, other);
  }

  private static JsonNode readObject(String line) {
    try {
      JsonNode node = JSON.readTree(line);
      return node.isObject() ? node : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  public Optional<StepResult> step(String name) {
    return steps.stream().filter(s -> s.step().equals(name)).findFirst();
  }

  /** Planned steps that have no result line (node died or was killed before reporting them). */
  public List<String> missingSteps() {
    Set<String> reported = steps.stream().map(StepResult::step).collect(Collectors.toSet());
    return plan.stream().filter(name -> !reported.contains(name)).toList();
  }

  public List<StepResult> failedSteps() {
    return steps.stream().filter(s -> !s.ok()).toList();
  }

  /** Node finished by itself, printed its plan and summary, and every planned step reported. */
  public boolean complete() {
    return !timedOut && !plan.isEmpty() && summaryOk.isPresent() && missingSteps().isEmpty();
  }

  public boolean allPassed() {
    return complete() && exitCode == 0 && summaryOk.get() && failedSteps().isEmpty();
  }

  /** A multi-line account of everything that went wrong, for assertion messages. */
  public String describeProblems() {
    StringBuilder text = new StringBuilder();
    text.append("node exited ").append(exitCode).append(timedOut ? " (killed at timeout)" : "");
    text.append(", summary ").append(summaryOk.map(String::valueOf).orElse("missing"));
    failedSteps().forEach(s -> text.append("\n  failed: ").append(s));
    missingSteps().forEach(s -> text.append("\n  no result line for step ").append(s));
    otherOutput.forEach(line -> text.append("\n  unexpected stdout: ").append(line));
    text.append("\n  stderr: ").append(stderrTail());
    return text.toString();
  }

  public String stderrTail() {
    String trimmed = stderr.strip();
    if (trimmed.isEmpty()) {
      return "(empty)";
    }
    return trimmed.length() <= STDERR_TAIL
        ? trimmed
        : "..." + trimmed.substring(trimmed.length() - STDERR_TAIL);
  }
}
