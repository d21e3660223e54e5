package dev.ibtrading.pubsub.emulator;

/** The emulator could not be found, started, or did not become ready. */
public class PubSubEmulatorException extends RuntimeException {
  /** What to do when the emulator is not installed; part of every "not found" message. */
  public static final String INSTALL_HINT =
      "install the Google Cloud SDK's Pub/Sub emulator component"
          + " (`gcloud components install pubsub-emulator`, or the Debian/Ubuntu package"
          + " google-cloud-cli-pubsub-emulator) and put gcloud on the PATH, or point"
          + " PUBSUB_EMULATOR_HOST at a running emulator";

  public PubSubEmulatorException(String message) {
    super(message);
  }

  public PubSubEmulatorException(String message, Throwable cause) {
    super(message, cause);
  }
}
