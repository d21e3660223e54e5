package dev.ibtrading.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The shape every subcommand's command line shares: {@code --flag value} pairs and {@code --flag}
 * switches, each at most once, in any order. What the values mean is the command's business.
 */
public final class CommandLine {
  private CommandLine() {}

  /**
   * The options given and their values ({@code "true"} for a switch).
   *
   * @throws UsageException for an unknown option, one given twice, or a missing value
   */
  public static <O extends Enum<O> & CommandOption> Map<O, String> parse(
      List<String> args, Class<O> options) throws UsageException {
    Map<O, String> given = new EnumMap<>(options);
    for (int i = 0; i < args.size(); i++) {
      O option = find(args.get(i), options);
      if (given.containsKey(option)) {
        throw new UsageException(option.spec().flag() + " given twice");
      }
      String value = "true";
      if (option.spec().valueName() != null) {
        if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
          throw new UsageException(
              option.spec().flag() + " needs a value (" + option.spec().expected() + ")");
        }
        value = args.get(++i);
      }
      given.put(option, value);
    }
    return given;
  }

  /** One line per option after {@code heading}, flags padded to {@code width}. */
  public static <O extends Enum<O> & CommandOption> String usage(
      String heading, Class<O> options, int width) {
    StringBuilder text = new StringBuilder(heading);
    for (O option : options.getEnumConstants()) {
      String left =
          option.spec().flag()
              + (option.spec().valueName() == null ? "" : " " + option.spec().valueName());
      text.append(String.format("  %-" + width + "s %s%n", left, option.spec().description()));
    }
    return text.toString();
  }

  /** The value of {@code option}, which the command needs. */
  public static <O extends Enum<O> & CommandOption> String required(Map<O, String> given, O option)
      throws UsageException {
    String value = given.get(option);
    if (value == null) {
      throw new UsageException(
          option.spec().flag() + " is missing (expected: " + option.spec().expected() + ")");
    }
    return value;
  }

  /** {@code value} of {@code option} as a date {@code yyyy-MM-dd}. */
  public static LocalDate date(CommandOption option, String value) throws UsageException {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw invalid(option, value);
    }
  }

  /** The error for a value that is not what {@code option} expects. */
  public static UsageException invalid(CommandOption option, String value) {
    return new UsageException(
        option.spec().flag()
            + " "
            + value
            + ": invalid (expected: "
            + option.spec().expected()
            + ")");
  }

  private static <O extends Enum<O> & CommandOption> O find(String arg, Class<O> options)
      throws UsageException {
    for (O option : options.getEnumConstants()) {
      if (option.spec().flag().equals(arg)) {
        return option;
      }
    }
    throw new UsageException(
        "unknown option "
            + arg
            + " (expected one of: "
            + Arrays.stream(options.getEnumConstants())
                .map(o -> o.spec().flag())
                .collect(Collectors.joining(", "))
            + ")");
  }
}
