package dev.ibtrading.ib.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The frames real IB Gateway / TWS sessions sent, as public TWS client projects keep them in their
 * tests (under {@code src/test/resources/tws/real-frames/}, one JSON file per source repository).
 * Only the frames are kept, each with the repository, file and commit it was taken from and the
 * server version it was recorded at; only layouts valid at server version 176 were admitted.
 */
public final class RealFrameCorpus {
  /** The corpus files; each is described in the README beside them. */
  private static final List<String> FILES =
      List.of("pyfutures.json", "nautilus-trader.json", "rust-ibapi.json", "ibkr-go.json");

  private static final String DIRECTORY = "/tws/real-frames/";

  private static final List<RealFrame> ALL = load();

  private RealFrameCorpus() {}

  /** One frame a gateway sent, and where it was found. */
  public record RealFrame(
      String repository,
      String path,
      String commit,
      int serverVersion,
      String session,
      String name,
      List<String> fields,
      String note) {

    public int messageId() {
      return Integer.parseInt(fields.get(0));
    }

    /** Where the frame comes from, for assertion messages. */
    public String origin() {
      return repository + "@" + commit.substring(0, 10) + ":" + path + " " + fields;
    }
  }

  public static List<RealFrame> all() {
    return ALL;
  }

  public static List<RealFrame> where(Predicate<RealFrame> filter) {
    return ALL.stream().filter(filter).toList();
  }

  /** The frames by message name, names in alphabetical order. */
  public static Map<String, List<RealFrame>> byName() {
    Map<String, List<RealFrame>> byName = new TreeMap<>();
    for (RealFrame frame : ALL) {
      byName.computeIfAbsent(frame.name(), n -> new ArrayList<>()).add(frame);
    }
    return byName;
  }

  private static List<RealFrame> load() {
    JsonMapper mapper = JsonMapper.builder().build();
    List<RealFrame> frames = new ArrayList<>();
    for (String file : FILES) {
      try (InputStream in = RealFrameCorpus.class.getResourceAsStream(DIRECTORY + file)) {
        if (in == null) {
          throw new IllegalStateException("missing corpus file " + DIRECTORY + file);
        }
        JsonNode source = mapper.readTree(in);
        String repository = source.get("repository").asString();
        for (JsonNode recording : source.get("recordings")) {
          for (JsonNode frame : recording.get("frames")) {
            List<String> fields = new ArrayList<>();
            frame.get("fields").forEach(f -> fields.add(f.asString()));
            frames.add(
                new RealFrame(
                    repository,
                    recording.get("path").asString(),
                    recording.get("commit").asString(),
                    recording.get("serverVersion").asInt(),
                    recording.get("session").asString(),
                    frame.get("name").asString(),
                    List.copyOf(fields),
                    frame.has("note") ? frame.get("note").asString() : ""));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(frames);
  }
}
