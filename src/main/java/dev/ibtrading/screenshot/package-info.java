/**
 * The gateway's screen: {@code GET /screenshot.png} answers a PNG of the X display IB Gateway draws
 * on (Xvfb in the container; Cloud Run has no VNC), so that an operator sees a login error or a
 * dialog waiting for an answer. Behind the push edge's authentication like the status page, which
 * links to it. Each screenshot is taken by a short-lived child JVM ({@link
 * dev.ibtrading.screenshot.ScreenCapture}, AWT's {@code Robot}) with {@code DISPLAY} set, so the
 * worker itself stays headless and the image needs no package beyond the X libraries the gateway
 * already uses. Settings: {@link dev.ibtrading.screenshot.ScreenshotProperties}.
 */
package dev.ibtrading.screenshot;
