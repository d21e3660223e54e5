package dev.ibtrading.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandLineTests {
  private enum Option implements CommandOption {
    PORT("--port", "N", "a port number"),
    VERBOSE("--verbose", null, null);

    private final Spec spec;

    Option(String flag, String valueName, String expected) {
      spec = new Spec(flag, valueName, expected, "the " + flag.substring(2));
    }

    @Override
    public Spec spec() {
      return spec;
    }
  }

  @Test
  void valuesAndSwitchesInAnyOrder() throws UsageException {
    Map<Option, String> given =
        CommandLine.parse(List.of("--verbose", "--port", "4002"), Option.class);

    assertThat(given).containsExactly(entry(Option.PORT, "4002"), entry(Option.VERBOSE, "true"));
    assertThat(CommandLine.parse(List.of(), Option.class)).isEmpty();
  }

  @Test
  void anUnknownOptionNamesTheKnownOnes() {
    assertThatThrownBy(() -> CommandLine.parse(List.of("--prot", "1"), Option.class))
        .isInstanceOf(UsageException.class)
        .hasMessage("unknown option --prot (expected one of: --port, --verbose)");
  }

  @Test
  void anOptionTwiceOrWithoutItsValueIsRefused() {
    assertThatThrownBy(() -> CommandLine.parse(List.of("--verbose", "--verbose"), Option.class))
        .hasMessage("--verbose given twice");
    assertThatThrownBy(() -> CommandLine.parse(List.of("--port"), Option.class))
        .hasMessage("--port needs a value (a port number)");
    assertThatThrownBy(() -> CommandLine.parse(List.of("--port", "--verbose"), Option.class))
        .hasMessage("--port needs a value (a port number)");
  }

  @Test
  void usageListsEveryOptionWithItsValueName() {
    assertThat(CommandLine.usage("Usage: x\n", Option.class, 10))
        .isEqualTo(
            "Usage: x\n"
                + String.format("  --port N   the port%n")
                + String.format("  --verbose  the verbose%n"));
    assertThat(CommandLine.invalid(Option.PORT, "x"))
        .hasMessage("--port x: invalid (expected: a port number)");
  }
}
