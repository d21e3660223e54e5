/**
 * The container launcher: {@code java -jar ib-trading.jar launch} runs as the container's main
 * process (under tini), without Spring. It starts Xvfb, resolves the IB credentials, writes IBC's
 * config.ini (mode 0600), starts IBC (the parent of IB Gateway) and the worker with the credentials
 * removed from its environment, and then supervises both: SIGTERM stops the worker first and the
 * gateway after it, within Cloud Run's 10 s; a child that ends on its own takes the launcher down
 * with a non-zero status so that Cloud Run restarts the container. Settings: {@link
 * LauncherSettings}; image layout: {@code docker/README.md}.
 */
package dev.ibtrading.launcher;
