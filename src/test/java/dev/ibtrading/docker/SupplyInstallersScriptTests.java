package dev.ibtrading.docker;

import static dev.ibtrading.docker.VerifyDownloadScriptTests.sha256;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.testsupport.FakeGcloud;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docker/base/supply-installers.sh against a stand-in {@code curl} (IB's version.json, the
 * installer, IBC's zip) and a stand-in {@code gcloud}: it takes the pinned build only while IB
 * serves it, records the checksums, and copies both files into a private, versioned bucket.
 */
class SupplyInstallersScriptTests {
  private static final String SCRIPT = "base/supply-installers.sh";
  private static final String GATEWAY = "ibgateway-10.45.1j-standalone-linux-x64.sh";
  private static final String IBC = "IBCLinux-3.24.2.zip";
  private static final String PLACEHOLDER = "0".repeat(64);

  @TempDir Path dir;
  private Path sums;

  @BeforeEach
  void checksumFiles() throws Exception {
    sums = Files.createDirectories(dir.resolve("sums"));
    Files.writeString(
        sums.resolve("ibgateway.sha256"), "# comment\n" + PLACEHOLDER + "  " + GATEWAY + "\n");
    Files.writeString(sums.resolve("ibc.sha256"), sha256("ibc-zip") + "  " + IBC + "\n");
  }

  @Test
  void recordsTheChecksumAndCopiesBothFilesToThePrivateBucket() throws Exception {
    ScriptRun run = run("True\tenforced", "10.45.1j", "10.45.1j");

    assertThat(run.status()).as(run.output()).isZero();
    assertThat(Files.readString(sums.resolve("ibgateway.sha256")))
        .isEqualTo("# comment\n" + sha256("gateway-installer") + "  " + GATEWAY + "\n");
    assertThat(curlCalls())
        .containsExactly(
            "https://download2.interactivebrokers.com/installers/ibgateway/stable-standalone/version.json",
            "https://download2.interactivebrokers.com/installers/ibgateway/stable-standalone/ibgateway-stable-standalone-linux-x64.sh",
            "https://download2.interactivebrokers.com/installers/ibgateway/stable-standalone/version.json",
            "https://github.com/IbcAlpha/IBC/releases/download/3.24.2/" + IBC);
    List<String> calls = gcloud.calls();
    assertThat(calls).hasSize(3);
    assertThat(calls.get(0))
        .isEqualTo(
            "storage buckets describe gs://p-ib-installers"
                + " --format=value(versioning_enabled,public_access_prevention)");
    assertThat(calls.get(1))
        .startsWith("storage cp --no-clobber /")
        .endsWith("/" + GATEWAY + " gs://p-ib-installers/" + GATEWAY);
    assertThat(calls.get(2))
        .startsWith("storage cp --no-clobber /")
        .endsWith("/" + IBC + " gs://p-ib-installers/" + IBC);
  }

  @Test
  void refusesABuildIbNoLongerServes() throws Exception {
    ScriptRun run = run("True\tenforced", "10.46.1a");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.output()).contains("serves 10.46.1a, not 10.45.1j").contains("Pin 10.46.1a");
    assertThat(curlCalls()).hasSize(1);
    assertNothingCopiedOrRecorded();
  }

  @Test
  void refusesADownloadDuringWhichTheChannelMoved() throws Exception {
    ScriptRun run = run("True\tenforced", "10.45.1j", "10.46.1a");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.output()).contains("moved to 10.46.1a during the download");
    assertNothingCopiedOrRecorded();
  }

  @Test
  void refusesABucketThatIsNotVersionedOrMayBePublic() throws Exception {
    for (String settings : List.of("False\tenforced", "True\tinherited")) {
      ScriptRun run = run(settings, "10.45.1j", "10.45.1j");

      assertThat(run.status()).as(settings).isEqualTo(1);
      assertThat(run.output()).contains("(expected: True and enforced");
      assertThat(curlCalls()).as("nothing downloaded").isEmpty();
      assertNothingCopiedOrRecorded();
    }
  }

  @Test
  void refusesAnIbcZipThatDiffersFromTheCommittedChecksum() throws Exception {
    Files.writeString(sums.resolve("ibc.sha256"), sha256("the published zip") + "  " + IBC + "\n");

    ScriptRun run = run("True\tenforced", "10.45.1j", "10.45.1j");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.output())
        .contains(IBC + " has checksum " + sha256("ibc-zip"))
        .contains("commits " + sha256("the published zip"));
    assertThat(gcloud.calls()).noneMatch(call -> call.startsWith("storage cp"));
  }

  @Test
  void theCommittedIbcChecksumIsThePublishedOneOfTheAgreedRelease() throws Exception {
    // The value two public sources record for IBCLinux-3.24.2.zip (issue 14, ibc.sha256).
    assertThat(Files.readString(ScriptRun.DOCKER.resolve("base/ibc.sha256")))
        .containsPattern(
            "(?m)^cc097ca1dfa75413a5fbe02e4743050af15f3308eb6a97c769b3cff9850c80c5  "
                + "IBCLinux-3\\.24\\.2\\.zip$");
  }

  private FakeGcloud gcloud;

  /** Runs the script with the bucket's settings and the builds version.json reports in turn. */
  private ScriptRun run(String bucketSettings, String... publishedBuilds) throws Exception {
    Path calls = dir.resolve("curl-calls.log");
    Files.deleteIfExists(calls);
    Files.writeString(dir.resolve("builds"), String.join("\n", publishedBuilds) + "\n");
    gcloud =
        new FakeGcloud(
            dir.resolve("gcloud-" + System.nanoTime()),
            "  'storage buckets describe'*) printf '" + bucketSettings + "\\n' ;;");
    Path bin = Files.createDirectories(dir.resolve("curl-bin"));
    ScriptRun.executable(
        bin.resolve("curl"),
        String.join(
            "\n",
            "#!/usr/bin/env bash",
            "out='' url=''",
            "while (($#)); do case \"$1\" in",
            "  -o|--retry) [[ $1 == -o ]] && out=$2; shift 2 ;;",
            "  -*) shift ;;",
            "  *) url=$1; shift ;;",
            "esac; done",
            "echo \"$url\" >> '" + calls + "'",
            "case \"$url\" in",
            "  */version.json) build=$(head -n 1 '"
                + dir.resolve("builds")
                + "');"
                + " sed -i 1d '"
                + dir.resolve("builds")
                + "';"
                + " printf 'ibgatewaystable_callback({\"buildVersion\":\"%s\","
                + "\"buildDateTime\":\"20261201\"});' \"$build\" ;;",
            "  *.sh) printf 'gateway-installer' > \"$out\" ;;",
            "  *.zip) printf 'ibc-zip' > \"$out\" ;;",
            "  *) exit 22 ;;",
            "esac",
            ""));
    Map<String, String> env = new HashMap<>();
    env.put("PATH", bin + ":" + gcloud.path());
    env.put("INSTALLERS_BUCKET", "gs://p-ib-installers");
    env.put("SUMS_DIR", sums.toString());
    return ScriptRun.run(dir, env, SCRIPT);
  }

  private List<String> curlCalls() throws Exception {
    Path calls = dir.resolve("curl-calls.log");
    return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
  }

  private void assertNothingCopiedOrRecorded() throws Exception {
    assertThat(gcloud.calls()).noneMatch(call -> call.startsWith("storage cp"));
    assertThat(Files.readString(sums.resolve("ibgateway.sha256"))).contains(PLACEHOLDER);
  }
}
