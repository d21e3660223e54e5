package dev.ibtrading.launcher;

import com.google.api.gax.rpc.ApiException;
import com.google.cloud.secretmanager.v1.SecretManagerServiceClient;
import com.google.cloud.secretmanager.v1.SecretPayload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * Reads a secret version from Secret Manager with the container's service account (Application
 * Default Credentials; on Cloud Run the metadata server). Needs {@code
 * roles/secretmanager.secretAccessor} on the secret. One client per read: the launcher reads once.
 */
final class SecretManagerReader implements SecretReader {
  @Override
  public String read(String versionName) throws IOException {
    try (SecretManagerServiceClient client = SecretManagerServiceClient.create()) {
      SecretPayload payload = client.accessSecretVersion(versionName).getPayload();
      byte[] data = payload.getData().toByteArray();
      if (payload.hasDataCrc32C()) {
        CRC32C crc = new CRC32C();
        crc.update(data);
        if (crc.getValue() != payload.getDataCrc32C()) {
          throw new IOException(
              "payload of " + versionName + " fails its CRC32C check (corrupted in transit)");
        }
      }
      return new String(data, StandardCharsets.UTF_8);
    } catch (ApiException e) {
      // The status says what went wrong (NOT_FOUND, PERMISSION_DENIED); it never holds a payload.
      throw new IOException(
          "Secret Manager refused " + versionName + ": " + e.getStatusCode().getCode(), e);
    }
  }
}
