package dev.ibtrading.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docker/base/install-ibgateway.sh with a stub installer that lays out an install the way IB's
 * does, with the JRE in either of its two places.
 */
class InstallGatewayScriptTests {
  private static final String SCRIPT = "base/install-ibgateway.sh";

  /**
   * Parses -q -dir DIR; puts the JRE in DIR/jre or under $STUB_I4J/<id>/<version> per STUB_LAYOUT.
   */
  private static final String INSTALLER =
      """
      #!/bin/sh
      [ "$1" = -q ] && [ "$2" = -dir ] || { echo "unexpected arguments: $*"; exit 9; }
      dir=$3
      mkdir -p "$dir/.install4j"
      [ -n "$STUB_NO_JARS" ] || { mkdir -p "$dir/jars" && touch "$dir/jars/jts4launch.jar"; }
      printf -- '-Xmx768m\\n-XX:+UseG1GC\\n' > "$dir/ibgateway.vmoptions"
      case "$STUB_LAYOUT" in
        bundled) jre="$dir/jre" ;;
        i4j) jre="$STUB_I4J/Oda-jK0QgTEm/17.0.16_64" ;;
        *) exit 0 ;;
      esac
      mkdir -p "$jre/bin"
      printf '#!/bin/sh\\necho "openjdk version 17.0.16 from $0" >&2\\n' > "$jre/bin/java"
      chmod +x "$jre/bin/java"
      """;

  @TempDir Path dir;

  private ScriptRun install(String layout, String... extraArgs) throws Exception {
    Path installer = ScriptRun.executable(dir.resolve("installer.sh"), INSTALLER);
    String[] args = new String[3 + extraArgs.length];
    args[0] = installer.toString();
    args[1] = "10.45.1j";
    args[2] = dir.resolve("Jts").toString();
    System.arraycopy(extraArgs, 0, args, 3, extraArgs.length);
    Map<String, String> env =
        Map.of(
            "STUB_LAYOUT",
            layout,
            "STUB_I4J",
            dir.resolve("i4j_jres").toString(),
            "I4J_JRES_DIRS",
            dir.resolve("i4j_jres") + " " + dir.resolve("home-i4j"));
    return ScriptRun.run(dir, env, SCRIPT, args);
  }

  private Path installDir() {
    return dir.resolve("Jts/ibgateway/1045");
  }

  @Test
  void aJreInsideTheInstallIsUsedWhereItIs() throws Exception {
    ScriptRun run = install("bundled", "512m");

    assertThat(run.status()).as(run.output()).isZero();
    Path jre = installDir().resolve("jre");
    assertThat(installDir().resolve(".install4j/pref_jre.cfg")).hasContent(jre.toString());
    assertThat(run.output()).contains("openjdk version 17.0.16 from " + jre.resolve("bin/java"));
    assertThat(installDir().resolve("ibgateway.vmoptions")).hasContent("-Xmx512m\n-XX:+UseG1GC");
  }

  @Test
  void aJreUnderI4jJresIsMovedIntoTheInstall() throws Exception {
    ScriptRun run = install("i4j");

    assertThat(run.status()).as(run.output()).isZero();
    Path jre = installDir().resolve("jre");
    assertThat(jre.resolve("bin/java")).isExecutable();
    assertThat(dir.resolve("i4j_jres/Oda-jK0QgTEm/17.0.16_64")).doesNotExist();
    assertThat(installDir().resolve(".install4j/pref_jre.cfg")).hasContent(jre.toString());
    assertThat(installDir().resolve("ibgateway.vmoptions"))
        .as("no heap given: IB's default stays")
        .hasContent("-Xmx768m\n-XX:+UseG1GC");
  }

  @Test
  void noJreAnywhereFails() throws Exception {
    ScriptRun run = install("none");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.output())
        .contains("no JRE from the installer in " + installDir().resolve("jre"));
  }

  @Test
  void anInstallWithoutJarsIsNotTheOfflineInstaller() throws Exception {
    Path installer = ScriptRun.executable(dir.resolve("installer.sh"), INSTALLER);
    ScriptRun run =
        ScriptRun.run(
            dir,
            Map.of("STUB_LAYOUT", "bundled", "STUB_NO_JARS", "1"),
            SCRIPT,
            installer.toString(),
            "10.45.1j",
            dir.resolve("Jts").toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.output()).contains("IBC needs IB's offline (standalone) installer");
  }

  @Test
  void aMalformedVersionIsRefusedBeforeInstalling() throws Exception {
    ScriptRun run =
        ScriptRun.run(
            dir, Map.of(), SCRIPT, "installer.sh", "stable", dir.resolve("Jts").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.output()).contains("version is stable (expected: a build like 10.45.1j)");
    assertThat(dir.resolve("Jts")).doesNotExist();
  }
}
