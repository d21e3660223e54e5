package dev.ibtrading.container;

import java.awt.Frame;

/**
 * The stand-in gateway's window (docker/test/stand-ins/ibcstart.sh runs it with the stand-in
 * installer's JRE before the gateway): IB Gateway is a Swing application, so it needs the display
 * the launcher's Xvfb provides and the X libraries the base image installs. Opening a window loads
 * the same AWT X11 toolkit; without either it ends with an error, and the container test fails.
 */
public final class GatewayWindow {
  private GatewayWindow() {}

  public static void main(String[] args) throws InterruptedException {
    System.setProperty("java.awt.headless", "false");
    Frame frame = new Frame("stand-in IB Gateway");
    frame.setSize(400, 300);
    frame.setVisible(true);
    while (!frame.isShowing()) {
      Thread.sleep(50);
    }
    System.out.println(
        "stand-in gateway window shown on "
            + System.getenv("DISPLAY")
            + " at "
            + frame.getLocationOnScreen());
    frame.dispose();
    System.exit(0);
  }
}
