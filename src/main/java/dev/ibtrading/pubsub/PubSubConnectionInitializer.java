package dev.ibtrading.pubsub;

import dev.ibtrading.pubsub.emulator.PubSubEmulator;
import dev.ibtrading.pubsub.emulator.PubSubEmulatorException;
import dev.ibtrading.pubsub.emulator.PubSubEmulatorLauncher;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * Settles where Pub/Sub is before any bean definition is read, so Spring Cloud GCP's emulator
 * conditions see the result:
 *
 * <ul>
 *   <li>{@code PUBSUB_EMULATOR_HOST} becomes {@code spring.cloud.gcp.pubsub.emulator-host} and
 *       {@code GOOGLE_CLOUD_PROJECT} becomes {@code spring.cloud.gcp.project-id} (as Google's
 *       client libraries read them), unless those properties are set;
 *   <li>in the {@code local} profile without an emulator host, it starts the SDK's emulator ({@link
 *       PubSubEmulatorLauncher}, on {@code pubsub.emulator-port} if free) and registers it as a
 *       disposable singleton, so it stops when the context closes or fails to start;
 *   <li>with an emulator and no project, the project is {@value #EMULATOR_PROJECT}.
 * </ul>
 *
 * <p>An initializer rather than an environment post-processor because the emulator's lifetime is
 * the context's. Registered in {@code META-INF/spring.factories}.
 */
public class PubSubConnectionInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {
  private static final Logger log = LoggerFactory.getLogger(PubSubConnectionInitializer.class);
  public static final String EMULATOR_HOST = "spring.cloud.gcp.pubsub.emulator-host";
  public static final String PROJECT_ID = "spring.cloud.gcp.project-id";
  static final String PUBSUB_PROJECT_ID = "spring.cloud.gcp.pubsub.project-id";
  public static final String EMULATOR_PROJECT = "local-project";
  static final String EMULATOR_PORT = "pubsub.emulator-port";

  /** The bean that owns an emulator this initializer started. */
  public static final String EMULATOR_BEAN = "pubSubEmulator";

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    ConfigurableEnvironment env = context.getEnvironment();
    if (!env.getProperty("spring.cloud.gcp.pubsub.enabled", Boolean.class, true)) {
      return;
    }
    Map<String, Object> resolved = new LinkedHashMap<>();
    String emulatorHost = text(env.getProperty(EMULATOR_HOST));
    if (emulatorHost == null) {
      emulatorHost = text(env.getProperty("PUBSUB_EMULATOR_HOST"));
      if (emulatorHost == null && env.acceptsProfiles(Profiles.of("local"))) {
        int port = env.getProperty(EMULATOR_PORT, Integer.class, 0);
        emulatorHost = startEmulator(context.getBeanFactory(), port).hostPort();
      }
      if (emulatorHost != null) {
        resolved.put(EMULATOR_HOST, emulatorHost);
      }
    }
    if (text(env.getProperty(PROJECT_ID)) == null) {
      String project = text(env.getProperty("GOOGLE_CLOUD_PROJECT"));
      if (project == null
          && emulatorHost != null
          && text(env.getProperty(PUBSUB_PROJECT_ID)) == null) {
        project = EMULATOR_PROJECT;
      }
      if (project != null) {
        resolved.put(PROJECT_ID, project);
      }
    }
    if (!resolved.isEmpty()) {
      env.getPropertySources().addFirst(new MapPropertySource("pubsubConnection", resolved));
    }
  }

  private static PubSubEmulator startEmulator(ConfigurableListableBeanFactory beans, int port) {
    PubSubEmulator emulator;
    try {
      emulator = PubSubEmulatorLauncher.onThisMachine().start(port);
    } catch (PubSubEmulatorException e) {
      throw new PubSubSetupException(
          "the local profile needs a Pub/Sub emulator and none could be started: " + e.getMessage(),
          "Install the Google Cloud SDK's Pub/Sub emulator component, or start one yourself and"
              + " set PUBSUB_EMULATOR_HOST=host:port.",
          e);
    }
    beans.registerSingleton(EMULATOR_BEAN, emulator);
    if (beans instanceof DefaultSingletonBeanRegistry registry) {
      registry.registerDisposableBean(EMULATOR_BEAN, emulator::close);
    }
    log.info(
        "Local profile: {} (PUBSUB_EMULATOR_HOST is not set); gcloud reaches it with"
            + " CLOUDSDK_API_ENDPOINT_OVERRIDES_PUBSUB=http://{}/"
            + " CLOUDSDK_AUTH_DISABLE_CREDENTIALS=true",
        emulator,
        emulator.hostPort());
    return emulator;
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
