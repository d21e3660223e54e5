package dev.ibtrading.screenshot;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * The program the screenshot's child JVM runs: the whole screen of {@code $DISPLAY} as PNG on
 * standard output. {@link DisplayScreenshots} starts it from a copy of this one class file, so it
 * uses the JDK alone and has no nested classes. A failure (no display, no X server) ends it with
 * the JVM's message on standard error and a non-zero status.
 */
public final class ScreenCapture {
  private ScreenCapture() {}

  public static void main(String[] args) throws Exception {
    Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
    BufferedImage image = new Robot().createScreenCapture(screen);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    if (!ImageIO.write(image, "png", png)) {
      throw new IOException("this JVM has no PNG writer");
    }
    System.out.write(png.toByteArray());
    System.out.flush();
  }
}
