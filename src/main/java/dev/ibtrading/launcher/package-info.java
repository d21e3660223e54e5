/**
 * The container launcher: {@code java -jar ib-trading.jar launch} runs as the container's main
 * process (under tini), without Spring. It starts Xvfb, resolves the IB credentials, writes IBC's
 * config.ini (mode 0600), starts IBC (the parent of IB Gateway) and the worker with the credentials
 * removed from its environment, and then supervises them: a worker that ends on its own is started
 * again after a back-off while the gateway keeps its session; IBC or Xvfb ending takes the launcher
 * down with a non-zero status so that Cloud Run restarts the container; SIGTERM stops the worker
 * first and the gateway after it, within Cloud Run's 10 s. Settings: {@link LauncherSettings};
 * image layout: {@code docker/README.md}; what needs a person: {@code docs/operations.md}.
 */
package dev.ibtrading.launcher;
