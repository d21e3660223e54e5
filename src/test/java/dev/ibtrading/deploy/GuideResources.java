package dev.ibtrading.deploy;

import dev.ibtrading.pubsub.PubSubTopology;
import dev.ibtrading.pubsub.TriggerTopic;
import dev.ibtrading.testsupport.Scripts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Google Cloud resources each command of {@code docs/deploy.md} creates and uses: buckets,
 * topics, subscriptions, secrets, service accounts, services, repositories, images and scheduler
 * jobs, named as the guide writes them ({@code ${PROJECT_ID}} unexpanded). What a script or a build
 * config creates or uses comes from the script's inputs ({@link PubSubTopology} for {@code
 * pubsub/setup.sh}, {@code scheduler/jobs.yaml} for the jobs) and from the config with the
 * command's substitutions applied, so a resource a config starts to use is checked too.
 */
final class GuideResources {
  /** A resource: its kind (bucket, topic, ...) and name. */
  record Resource(String kind, String name) {
    @Override
    public String toString() {
      return kind + " " + name;
    }
  }

  /** What one command creates and uses. */
  private record Effects(Set<Resource> creates, Set<Resource> uses) {
    Effects() {
      this(new LinkedHashSet<>(), new LinkedHashSet<>());
    }
  }

  private static final String NAME = "([^\\s/,]+)";
  private static final Map<Pattern, String> CREATES =
      patterns(
          "gcloud storage buckets create gs://" + NAME, "bucket",
          "gcloud pubsub topics create " + NAME, "topic",
          "gcloud pubsub subscriptions create " + NAME, "subscription",
          "gcloud secrets create " + NAME, "secret",
          "gcloud iam service-accounts create " + NAME, "service account",
          "gcloud artifacts repositories create " + NAME, "repository",
          "gcloud run deploy " + NAME, "service");
  private static final Map<Pattern, String> USES =
      patterns(
          "gs://" + NAME,
          "bucket",
          "serviceAccount:([a-z][a-z0-9-]+)@",
          "service account",
          "gcloud iam service-accounts add-iam-policy-binding ([a-z][a-z0-9-]+)@",
          "service account",
          "gcloud secrets (?:add-iam-policy-binding|describe) " + NAME,
          "secret",
          "gcloud secrets versions (?:add|list|access) " + NAME,
          "secret",
          "--secret=" + NAME,
          "secret",
          "gcloud pubsub topics (?:add-iam-policy-binding|publish|describe) " + NAME,
          "topic",
          "gcloud pubsub subscriptions (?:pull|add-iam-policy-binding|describe) " + NAME,
          "subscription",
          "gcloud run services (?:describe|add-iam-policy-binding|proxy|logs read) " + NAME,
          "service",
          "gcloud artifacts repositories add-iam-policy-binding " + NAME,
          "repository",
          "gcloud scheduler jobs (?:run|pause|resume|delete|describe) " + NAME,
          "scheduler job");

  /** What a build config creates and uses, in its text once substituted. */
  private static final Map<Pattern, String> CONFIG_USES =
      patterns(
          "serviceAccounts/([a-z][a-z0-9-]+)@",
          "service account",
          "--service-account=([a-z][a-z0-9-]+)@",
          "service account",
          "--set-secrets=IB_USER=([^:]+):",
          "secret",
          "type=cloud-storage,bucket=" + NAME,
          "bucket",
          "gs://" + NAME,
          "bucket",
          "docker\\.pkg\\.dev/\\$\\{PROJECT_ID}/" + NAME + "/",
          "repository",
          "images describe\\s+\\S+/(ib-gateway-base:\\S+)",
          "image");

  private static final Pattern BASE_IMAGE_TAG =
      Pattern.compile("--tag=\\S+/(ib-gateway-base:\\S+)");
  private static final Pattern ENV = Pattern.compile("^([A-Z_][A-Z0-9_]*)=(\\S*)\\s+");
  private static final Pattern BUILD =
      Pattern.compile("gcloud builds submit --config (\\S+).*?(?:--substitutions=(\\S+))?\\s+\\.$");
  private static final Pattern SUBSTITUTION = Pattern.compile("\\$\\{(_[A-Z0-9_]+)}");

  private GuideResources() {}

  /** Each use of a resource before the command that creates it, in the guide's order. */
  static List<String> violations(String guide) {
    Set<Resource> created = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (String command : commands(guide)) {
      Effects effects = effects(command);
      for (Resource used : effects.uses()) {
        if (!created.contains(used) && !effects.creates().contains(used)) {
          problems.add(used + " is used before a command creates it: " + command);
        }
      }
      created.addAll(effects.creates());
    }
    return problems;
  }

  /** Every resource the guide's commands create, in order. */
  static Set<Resource> created(String guide) {
    Set<Resource> created = new LinkedHashSet<>();
    for (String command : commands(guide)) {
      created.addAll(effects(command).creates());
    }
    return created;
  }

  /** The commands of the guide's code blocks, continuation lines joined, quotes removed. */
  static List<String> commands(String guide) {
    List<String> commands = new ArrayList<>();
    boolean inBlock = false;
    for (String line : guide.replace("\\\n", " ").split("\n")) {
      if (line.startsWith("```")) {
        inBlock = !inBlock;
      } else if (inBlock && !line.isBlank() && !line.strip().startsWith("#")) {
        commands.add(line.strip().replace("\"", "").replace("'", "").replaceAll("\\s+", " "));
      }
    }
    return commands;
  }

  private static Effects effects(String command) {
    Effects effects = new Effects();
    collect(CREATES, command, effects.creates());
    collect(USES, command, effects.uses());
    Matcher build = BUILD.matcher(command);
    if (build.find()) {
      build(build.group(1), build.group(2), effects);
    }
    Map<String, String> env = new LinkedHashMap<>();
    String rest = command;
    for (Matcher matcher = ENV.matcher(rest); matcher.find(); matcher = ENV.matcher(rest)) {
      env.put(matcher.group(1), matcher.group(2));
      rest = rest.substring(matcher.end());
    }
    if (rest.startsWith("bash ")) {
      script(rest.split(" ")[1], env, rest.contains("--print"), effects);
    }
    return effects;
  }

  private static void script(
      String script, Map<String, String> env, boolean print, Effects effects) {
    String prefix = env.getOrDefault("PREFIX", PubSubTopology.DEFAULT_PREFIX);
    String service = env.getOrDefault("SERVICE", "ib-paper");
    switch (script) {
      case "pubsub/setup.sh" -> {
        PubSubTopology topology = new PubSubTopology(prefix);
        effects.uses().add(new Resource("service", service));
        topology.topics().forEach(topic -> effects.creates().add(new Resource("topic", topic)));
        for (TriggerTopic trigger : TriggerTopic.values()) {
          effects.creates().add(new Resource("subscription", topology.pushSubscription(trigger)));
        }
        effects.creates().add(new Resource("subscription", topology.outcomeReaderSubscription()));
        effects
            .creates()
            .add(new Resource("subscription", topology.deadLetterReaderSubscription()));
        String push = env.getOrDefault("PUSH_SERVICE_ACCOUNT", "pubsub-push@");
        effects
            .creates()
            .add(new Resource("service account", push.substring(0, push.indexOf('@'))));
      }
      case "scheduler/setup.sh" -> {
        for (Map<String, Object> job : jobs(env.get("SCENARIO"))) {
          effects.uses().add(new Resource("topic", prefix + job.get("topic")));
          if (!print) {
            effects.creates().add(new Resource("scheduler job", prefix + job.get("name")));
          }
        }
      }
      case "monitoring/apply.sh" -> {
        effects.uses().add(new Resource("service", service));
        effects
            .uses()
            .add(
                new Resource(
                    "subscription", new PubSubTopology(prefix).deadLetterReaderSubscription()));
        for (Map<String, Object> job : jobs(env.get("SCENARIO"))) {
          effects.uses().add(new Resource("scheduler job", prefix + job.get("name")));
        }
      }
      case "docker/base/supply-installers.sh" ->
          effects.uses().add(new Resource("bucket", env.get("INSTALLERS_BUCKET")));
      default -> throw new AssertionError("a script the check does not know: " + script);
    }
  }

  /** What {@code gcloud builds submit --config CONFIG --substitutions=...} creates and uses. */
  private static void build(String config, String given, Effects effects) {
    Map<String, String> values = new LinkedHashMap<>();
    YamlFiles.map(load(config).get("substitutions"))
        .forEach((key, value) -> values.put(key, String.valueOf(value)));
    if (given != null) {
      for (String pair : given.split(",")) {
        values.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
      }
    }
    String text = read(config);
    for (int round = 0; round < 5; round++) {
      Matcher matcher = SUBSTITUTION.matcher(text);
      text = matcher.replaceAll(match -> Matcher.quoteReplacement(values.get(match.group(1))));
    }
    collect(CONFIG_USES, text, effects.uses());
    Matcher tag = BASE_IMAGE_TAG.matcher(text);
    while (tag.find()) {
      effects.creates().add(new Resource("image", tag.group(1)));
    }
    if (text.contains("\n      - run\n      - deploy\n")) {
      effects.creates().add(new Resource("service", values.get("_SERVICE")));
    }
  }

  private static List<Map<String, Object>> jobs(String scenario) {
    Map<String, Object> jobs = load("scheduler/jobs.yaml");
    String name = scenario != null ? scenario : String.valueOf(jobs.get("defaultScenario"));
    return YamlFiles.list(YamlFiles.map(jobs.get("scenarios")).get(name)).stream()
        .map(YamlFiles::map)
        .toList();
  }

  private static void collect(Map<Pattern, String> patterns, String text, Set<Resource> into) {
    patterns.forEach(
        (pattern, kind) -> {
          Matcher matcher = pattern.matcher(text);
          while (matcher.find()) {
            into.add(new Resource(kind, matcher.group(1)));
          }
        });
  }

  private static Map<Pattern, String> patterns(String... regexAndKind) {
    Map<Pattern, String> patterns = new LinkedHashMap<>();
    for (int i = 0; i < regexAndKind.length; i += 2) {
      patterns.put(Pattern.compile(regexAndKind[i]), regexAndKind[i + 1]);
    }
    return patterns;
  }

  private static Map<String, Object> load(String path) {
    try {
      return YamlFiles.load(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(String path) {
    try {
      return Files.readString(Scripts.repository().resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
