package dev.ibtrading.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the Dockerfiles promise the launcher, checked without Docker: the environment they set
 * points the launcher at the install layout of install-ibgateway.sh, and each pinned download has
 * its line in the committed checksum files.
 */
class DockerImageContractTests {
  private static final Path DOCKER = Path.of(System.getProperty("basedir", "."), "docker");
  private static final Pattern ASSIGNMENT = Pattern.compile("(\\w+)=(\"([^\"]*)\"|\\S+)");

  @Test
  void theImagesEnvironmentPointsTheLauncherAtTheInstall() throws IOException {
    Map<String, String> env = new HashMap<>(instructions("base/Dockerfile", "ENV"));
    env.putAll(instructions("app/Dockerfile", "ENV"));
    env.put("IBGATEWAY_VERSION", instructions("base/Dockerfile", "ARG").get("IBGATEWAY_VERSION"));

    LauncherSettings settings =
        LauncherSettings.from(env, Path.of("/home/ibgateway"), Path.of("/opt/java/openjdk"));

    // install-ibgateway.sh installs 10.45.1j into $TWS_PATH/ibgateway/1045
    assertThat(settings.ibc().command("paper"))
        .startsWith("/opt/ibc/scripts/ibcstart.sh", "1045", "--gateway")
        .contains(
            "--tws-path=/home/ibgateway/Jts",
            "--tws-settings-path=/home/ibgateway/Jts",
            "--ibc-ini=/home/ibgateway/ibc/config.ini")
        .noneMatch(argument -> argument.startsWith("--java-path"));
    assertThat(settings.worker().command())
        .containsSubsequence("-Xmx384m", "-XX:MaxMetaspaceSize=160m")
        .endsWith("-jar", "/app/ib-trading.jar");
    assertThat(env).containsEntry("TZ", "America/New_York").containsEntry("PORT", "8080");
  }

  @Test
  void everyPinnedDownloadHasACommittedChecksumLine() throws IOException {
    Map<String, String> args = instructions("base/Dockerfile", "ARG");
    assertThat(Files.readString(DOCKER.resolve("base/ibgateway.sha256")))
        .containsPattern(
            "(?m)^[0-9a-f]{64}  ibgateway-"
                + Pattern.quote(args.get("IBGATEWAY_VERSION"))
                + "-standalone-linux-x64\\.sh$");
    assertThat(Files.readString(DOCKER.resolve("base/ibc.sha256")))
        .containsPattern(
            "(?m)^[0-9a-f]{64}  IBCLinux-" + Pattern.quote(args.get("IBC_VERSION")) + "\\.zip$");
  }

  @Test
  void theRuntimeStageRepeatsThePinnedVersions() throws IOException {
    String dockerfile = Files.readString(DOCKER.resolve("base/Dockerfile"));
    Map<String, String> args = instructions("base/Dockerfile", "ARG");
    for (String name : List.of("IBGATEWAY_VERSION", "IBC_VERSION")) {
      assertThat(Pattern.compile("(?m)^ARG " + name + "=(.*)$").matcher(dockerfile).results())
          .as(name + " in both stages")
          .hasSize(2)
          .allSatisfy(match -> assertThat(match.group(1)).isEqualTo(args.get(name)));
    }
  }

  @Test
  void theEntrypointRunsTheLaunchCommandUnderTini() throws IOException {
    String dockerfile = Files.readString(DOCKER.resolve("app/Dockerfile"));
    assertThat(dockerfile)
        .containsPattern(
            "(?m)^ENTRYPOINT \\[\"/usr/bin/tini\", \"--\", \"java\", .*\"-jar\","
                + " \"/app/ib-trading.jar\", \""
                + LaunchCommand.NAME
                + "\"\\]$");
  }

  /** KEY=VALUE pairs of every {@code ENV} or {@code ARG} instruction; the first value wins. */
  private static Map<String, String> instructions(String dockerfile, String keyword)
      throws IOException {
    String text = Files.readString(DOCKER.resolve(dockerfile)).replace("\\\n", " ");
    Map<String, String> values = new HashMap<>();
    for (String line : text.split("\n")) {
      if (line.startsWith(keyword + " ")) {
        Matcher matcher = ASSIGNMENT.matcher(line.substring(keyword.length()));
        while (matcher.find()) {
          String value = matcher.group(3) != null ? matcher.group(3) : matcher.group(2);
          values.putIfAbsent(matcher.group(1), value);
        }
      }
    }
    return values;
  }
}
