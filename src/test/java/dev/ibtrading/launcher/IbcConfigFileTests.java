package dev.ibtrading.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IbcConfigFileTests {
  @TempDir Path dir;

  @Test
  void writesTheSettingsWithOwnerOnlyPermissionsInAnOwnerOnlyDirectory() throws IOException {
    Path file = dir.resolve("ibc/config.ini");
    IbcConfig config = IbcConfig.from(new Env(Map.of()));

    new IbcConfigFile(file).write(config.entries(new Credentials("trader7", "pw")));

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
        .isEqualTo("rwx------");
    Properties read = load(file);
    assertThat(read)
        .containsEntry("IbLoginId", "trader7")
        .containsEntry("IbPassword", "pw")
        .containsEntry("TradingMode", "paper")
        .containsEntry("OverrideTwsApiPort", "4002")
        .containsEntry("ExistingSessionDetectedAction", "primaryoverride")
        .containsEntry("AcceptNonBrokerageAccountWarning", "yes")
        .containsEntry("AcceptIncomingConnectionAction", "reject")
        .containsEntry("ReadOnlyApi", "no")
        .containsEntry("ReadOnlyLogin", "no")
        .containsEntry("AutoRestartTime", "11:45 PM")
        .containsEntry("ColdRestartTime", "07:05")
        .containsEntry("ReloginAfterSecondFactorAuthenticationTimeout", "yes")
        .containsEntry("CommandServerPort", "0")
        .containsEntry("FIX", "no")
        .containsEntry("AcceptBidAskLastSizeDisplayUpdateNotification", "accept")
        .containsEntry("SendMarketDataInLotsForUSstocks", "no")
        .containsEntry("ResetOrderIdsAtStart", "no")
        .containsEntry("AllowBlindTrading", "yes")
        .containsEntry("ConfirmCryptoCurrencyOrders", "cancel")
        .containsEntry("SecondFactorDevice", "");
    assertThat(Files.list(dir.resolve("ibc"))).as("no temporary file left").hasSize(1);
  }

  @Test
  void rewritingReplacesTheFileAndKeepsItsPermissions() throws IOException {
    Path file = dir.resolve("config.ini");
    Files.writeString(file, "IbPassword=old\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    new IbcConfigFile(file).write(Map.of("IbPassword", "new"));

    assertThat(load(file)).containsEntry("IbPassword", "new").doesNotContainValue("old");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  /** IBC loads the file with java.util.Properties: every password must come back unchanged. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "back\\slash",
        " leading space",
        "trailing space ",
        "has=equals:colon",
        "#starts-like-a-comment",
        "!bang",
        "line\nbreak\rIbLoginId=attacker",
        "tab\there",
        "unicode-é-€-日本",
        "\\u0041-not-an-escape"
      })
  void passwordsSurviveThePropertiesFormat(String password) throws IOException {
    Path file = dir.resolve("config.ini");

    new IbcConfigFile(file).write(Map.of("IbLoginId", "trader7", "IbPassword", password));

    Properties read = load(file);
    assertThat(read.getProperty("IbPassword")).isEqualTo(password);
    assertThat(read.getProperty("IbLoginId")).isEqualTo("trader7");
    assertThat(read).hasSize(2);
  }

  @Test
  void deleteRemovesTheFile() throws IOException {
    Path file = dir.resolve("config.ini");
    IbcConfigFile config = new IbcConfigFile(file);
    config.write(Map.of("IbPassword", "pw"));

    config.delete();

    assertThat(file).doesNotExist();
  }

  @Test
  void aFailedWriteNamesThePathOnly() throws IOException {
    // a file where the directory should be: fails for root too
    Path blocker = Files.writeString(dir.resolve("blocker"), "x");
    Path file = blocker.resolve("config.ini");

    assertThatThrownBy(() -> new IbcConfigFile(file).write(Map.of("IbPassword", "hunter2")))
        .isInstanceOf(LaunchException.class)
        .hasMessageStartingWith("cannot write IBC's config file " + file + " (")
        .hasNoCause()
        .message()
        .doesNotContain("hunter2");
  }

  @Test
  void escapingIsOnlyWhatPropertiesNeeds() {
    assertThat(IbcConfigFile.escape("plain-Value_1.2")).isEqualTo("plain-Value_1.2");
    assertThat(IbcConfigFile.escape("11:45 PM")).isEqualTo("11\\:45 PM");
    assertThatThrownBy(() -> new Credentials("u", "")).isInstanceOf(LaunchException.class);
  }

  private static Properties load(Path file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(in);
    }
    // the file is ISO-8859-1 only: anything else was escaped
    assertThat(new String(Files.readAllBytes(file), StandardCharsets.US_ASCII))
        .isEqualTo(Files.readString(file, StandardCharsets.ISO_8859_1));
    return properties;
  }
}
