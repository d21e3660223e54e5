package dev.ibtrading.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code java} command line: JVM options, how the application is launched ({@code -jar app.jar},
 * or a class path and main class), and the application's arguments. Immutable; the {@code with}
 * methods return a changed copy.
 */
record JavaCommand(List<String> jvmOptions, List<String> launch, List<String> arguments) {
  /** Spring Boot's launcher that also loads classes from {@code loader.path}. */
  static final String PROPERTIES_LAUNCHER =
      "org.springframework.boot.loader.launch.PropertiesLauncher";

  JavaCommand {
    jvmOptions = List.copyOf(jvmOptions);
    launch = List.copyOf(launch);
    arguments = List.copyOf(arguments);
  }

  /** {@code java -jar jar}, with the same JDK as this benchmark. */
  static JavaCommand jar(Path jar) {
    return new JavaCommand(List.of(), List.of("-jar", jar.toString()), List.of());
  }

  /**
   * A Spring Boot jar run by its {@code PropertiesLauncher} with {@code extraClasses} (a directory)
   * on its class path: the same application and start class, plus classes the jar does not have.
   */
  static JavaCommand jarWithExtraClasses(Path jar, Path extraClasses) {
    return new JavaCommand(
        List.of(),
        List.of(
            "-cp",
            jar.toString(),
            "-Dloader.path=" + extraClasses.toAbsolutePath(),
            PROPERTIES_LAUNCHER),
        List.of());
  }

  JavaCommand withJvmOptions(List<String> options) {
    return new JavaCommand(concat(jvmOptions, options), launch, arguments);
  }

  JavaCommand withArguments(List<String> more) {
    return new JavaCommand(jvmOptions, launch, concat(arguments, more));
  }

  List<String> toList() {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(launch);
    command.addAll(arguments);
    return command;
  }

  /** The command as the report shows it: without the JDK's path. */
  String describe() {
    return String.join(" ", toList().subList(1, toList().size()));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
