package dev.ibtrading.cli;

/**
 * One option of a command: implemented by each command's enum of options, which {@link CommandLine}
 * parses and prints as usage.
 */
public interface CommandOption {
  /**
   * What an option looks like on the command line.
   *
   * @param flag the flag as typed, e.g. {@code --port}
   * @param valueName the value's name in the usage text, e.g. {@code N}; null for a switch
   * @param expected what a valid value is, for error messages, e.g. {@code a port 0-65535}
   * @param description one line of usage text
   */
  record Spec(String flag, String valueName, String expected, String description) {}

  Spec spec();
}
