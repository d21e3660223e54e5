package dev.ibtrading.screenshot;

import java.awt.Color;
import java.awt.Frame;
import java.awt.Toolkit;

/**
 * A test program standing in for the gateway's window: an undecorated AWT frame filled with one
 * colour at a given place on {@code $DISPLAY} (no window manager runs there, so the place is
 * exact). Arguments: x, y, width, height, the colour as hex RGB. It prints {@code shown} once the
 * frame is visible and stays up for at most ten minutes, so nothing outlives a broken test.
 */
public final class ColouredWindow {
  private ColouredWindow() {}

  public static void main(String[] args) throws InterruptedException {
    Frame frame = new Frame("coloured window");
    frame.setUndecorated(true);
    frame.setBackground(new Color(Integer.parseInt(args[4], 16)));
    frame.setBounds(
        Integer.parseInt(args[0]),
        Integer.parseInt(args[1]),
        Integer.parseInt(args[2]),
        Integer.parseInt(args[3]));
    frame.setVisible(true);
    Toolkit.getDefaultToolkit().sync();
    System.out.println("shown");
    System.out.flush();
    Thread.sleep(600_000);
    System.exit(0);
  }
}
