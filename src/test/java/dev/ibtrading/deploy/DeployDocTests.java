package dev.ibtrading.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.testsupport.Scripts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/deploy.md} names only what exists: every {@code bash pubsub/...} and {@code bash
 * scheduler/...} command an existing script with only the variables and flags it reads, every
 * {@code gcloud builds submit} an existing config with only the substitutions it declares.
 */
class DeployDocTests {
  private static final Pattern SCRIPT_COMMAND =
      Pattern.compile(
          "^(?<env>(?:[A-Z_][A-Z0-9_]*=\\S*\\s+)*)bash\\s+(?<script>\\S+\\.sh)(?<args>.*)$");
  private static final Pattern BUILD_COMMAND =
      Pattern.compile(
          "gcloud builds submit --config (?<config>\\S+).*--substitutions=(?<subs>\\S+)");

  @Test
  void scriptCommandsNameExistingScriptsAndOnlyWhatTheyRead() throws IOException {
    List<Matcher> commands = commands(SCRIPT_COMMAND);

    assertThat(commands).as("bash commands in docs/deploy.md").hasSizeGreaterThanOrEqualTo(5);
    for (Matcher command : commands) {
      Path script = Scripts.repository().resolve(command.group("script"));
      assertThat(script).as(command.group()).isRegularFile();
      String source = Files.readString(script);
      for (String assignment : command.group("env").trim().split("\\s+")) {
        String variable = assignment.substring(0, assignment.indexOf('='));
        assertThat(source)
            .as("%s reads %s", command.group("script"), variable)
            .containsPattern("\\$\\{?" + variable + "\\b");
      }
      for (String arg : command.group("args").trim().split("\\s+")) {
        if (arg.startsWith("--")) {
          assertThat(source).as("%s accepts %s", command.group("script"), arg).contains(arg + ")");
        }
      }
    }
  }

  @Test
  void buildCommandsNameExistingConfigsAndDeclaredSubstitutions() throws IOException {
    List<Matcher> builds = commands(BUILD_COMMAND);

    assertThat(builds).as("gcloud builds submit commands").hasSizeGreaterThanOrEqualTo(3);
    for (Matcher build : builds) {
      Path config = Scripts.repository().resolve(build.group("config"));
      assertThat(config).as(build.group()).isRegularFile();
      Map<String, Object> declared =
          YamlFiles.map(YamlFiles.load(build.group("config")).get("substitutions"));
      for (String substitution : build.group("subs").split(",")) {
        assertThat(declared)
            .as("%s declares %s", config.getFileName(), substitution)
            .containsKey(substitution.substring(0, substitution.indexOf('=')));
      }
    }
  }

  /** Commands of the guide's code blocks, continuation lines joined. */
  private static List<Matcher> commands(Pattern pattern) throws IOException {
    String doc = Files.readString(Scripts.repository().resolve("docs/deploy.md"));
    List<Matcher> found = new ArrayList<>();
    for (String line : doc.replace("\\\n", " ").split("\n")) {
      Matcher matcher = pattern.matcher(line.strip());
      if (matcher.find()) {
        found.add(matcher);
      }
    }
    return found;
  }
}
