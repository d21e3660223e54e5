package dev.ibtrading.screenshot;

import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The gateway's screen, bound from {@code screenshot.*}.
 *
 * @param display the X display to capture, e.g. {@code :1}; in the container the launcher sets it
 *     ({@code SCREENSHOT_DISPLAY}) to the Xvfb display the gateway runs on. Empty (the default
 *     elsewhere): {@code GET /screenshot.png} answers 503 saying there is no display
 * @param timeout how long one screenshot may take, the child JVM's start included (default {@code
 *     20s}); then the child is killed and the request answered 503
 * @param java the {@code java} the child runs on; empty (default) takes this JVM's own ({@code
 *     java.home})
 */
@ConfigurationProperties("screenshot")
@Validated
public record ScreenshotProperties(
    @DefaultValue("") @Pattern(regexp = "(:\\d{1,4})?", message = "must be a display like :1")
        String display,
    @DefaultValue("20s") Duration timeout,
    Path java) {

  /** The {@code java} to start the child with. */
  Path javaExecutable() {
    return java != null ? java : Path.of(System.getProperty("java.home"), "bin", "java");
  }
}
