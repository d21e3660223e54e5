package dev.ibtrading.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fields of the Cloud Monitoring {@code AlertPolicy} and Cloud Logging {@code LogMetric}
 * resources this repository writes as YAML, with their enums and the form of durations: what {@code
 * gcloud alpha monitoring policies create --policy-from-file} and {@code gcloud logging metrics
 * create --config-from-file} send to the APIs. From the REST references
 * (https://cloud.google.com/monitoring/api/ref_v3/rest/v3/projects.alertPolicies,
 * https://cloud.google.com/logging/docs/reference/v2/rest/v2/projects.metrics), checked against the
 * message classes of Google Cloud SDK 528.0.0 (generated_clients/apis/monitoring/v3 and
 * logging/v2). Output-only fields (name, creationRecord, ...) are left out: a file must not set
 * them.
 */
final class MonitoringSchema {
  /** A message type: its fields, each with the type of its value. */
  private record Type(Map<String, String> fields) {}

  private static final String STRING = "string";
  private static final String NUMBER = "number";
  private static final String INTEGER = "integer";
  private static final String BOOLEAN = "boolean";
  private static final String DURATION = "duration";
  private static final String STRING_MAP = "map<string,string>";

  private static final Map<String, Type> TYPES =
      Map.ofEntries(
          Map.entry(
              "AlertPolicy",
              new Type(
                  Map.of(
                      "displayName", STRING,
                      "documentation", "Documentation",
                      "userLabels", STRING_MAP,
                      "conditions", "[]Condition",
                      "combiner", "enum:Combiner",
                      "enabled", BOOLEAN,
                      "notificationChannels", "[]string",
                      "alertStrategy", "AlertStrategy",
                      "severity", "enum:Severity"))),
          Map.entry(
              "Documentation",
              new Type(
                  Map.of(
                      "content",
                      STRING,
                      "mimeType",
                      "enum:MimeType",
                      "subject",
                      STRING,
                      "links",
                      "[]Link"))),
          Map.entry("Link", new Type(Map.of("displayName", STRING, "url", STRING))),
          Map.entry(
              "AlertStrategy",
              new Type(
                  Map.of(
                      "autoClose", DURATION,
                      "notificationRateLimit", "NotificationRateLimit",
                      "notificationPrompts", "[]string"))),
          Map.entry("NotificationRateLimit", new Type(Map.of("period", DURATION))),
          Map.entry(
              "Condition",
              new Type(
                  Map.of(
                      "displayName", STRING,
                      "conditionThreshold", "MetricThreshold",
                      "conditionAbsent", "MetricAbsence",
                      "conditionMatchedLog", "LogMatch",
                      "conditionPrometheusQueryLanguage", "PrometheusQueryLanguageCondition"))),
          Map.entry(
              "MetricThreshold",
              new Type(
                  Map.of(
                      "filter", STRING,
                      "aggregations", "[]Aggregation",
                      "denominatorFilter", STRING,
                      "denominatorAggregations", "[]Aggregation",
                      "comparison", "enum:Comparison",
                      "thresholdValue", NUMBER,
                      "duration", DURATION,
                      "trigger", "Trigger",
                      "evaluationMissingData", "enum:EvaluationMissingData"))),
          Map.entry(
              "MetricAbsence",
              new Type(
                  Map.of(
                      "filter",
                      STRING,
                      "aggregations",
                      "[]Aggregation",
                      "duration",
                      DURATION,
                      "trigger",
                      "Trigger"))),
          Map.entry("LogMatch", new Type(Map.of("filter", STRING, "labelExtractors", STRING_MAP))),
          Map.entry(
              "PrometheusQueryLanguageCondition",
              new Type(
                  Map.of(
                      "query", STRING,
                      "duration", DURATION,
                      "evaluationInterval", DURATION,
                      "labels", STRING_MAP,
                      "ruleGroup", STRING,
                      "alertRule", STRING,
                      "disableMetricValidation", BOOLEAN))),
          Map.entry(
              "Aggregation",
              new Type(
                  Map.of(
                      "alignmentPeriod", DURATION,
                      "perSeriesAligner", "enum:Aligner",
                      "crossSeriesReducer", "enum:Reducer",
                      "groupByFields", "[]string"))),
          Map.entry("Trigger", new Type(Map.of("count", INTEGER, "percent", NUMBER))),
          Map.entry(
              "LogMetric",
              new Type(
                  Map.of(
                      "description", STRING,
                      "filter", STRING,
                      "bucketName", STRING,
                      "disabled", BOOLEAN,
                      "metricDescriptor", "MetricDescriptor",
                      "valueExtractor", STRING,
                      "labelExtractors", STRING_MAP))),
          Map.entry(
              "MetricDescriptor",
              new Type(
                  Map.of(
                      "metricKind",
                      "enum:MetricKind",
                      "valueType",
                      "enum:ValueType",
                      "unit",
                      STRING,
                      "description",
                      STRING,
                      "displayName",
                      STRING,
                      "labels",
                      "[]LabelDescriptor"))),
          Map.entry(
              "LabelDescriptor",
              new Type(
                  Map.of("key", STRING, "valueType", "enum:ValueType", "description", STRING))));

  private static final Map<String, Set<String>> ENUMS =
      Map.of(
          "Combiner", Set.of("COMBINE_UNSPECIFIED", "AND", "OR", "AND_WITH_MATCHING_RESOURCE"),
          "Severity", Set.of("SEVERITY_UNSPECIFIED", "CRITICAL", "ERROR", "WARNING"),
          "MimeType", Set.of("text/markdown"),
          "Comparison",
              Set.of(
                  "COMPARISON_GT",
                  "COMPARISON_GE",
                  "COMPARISON_LT",
                  "COMPARISON_LE",
                  "COMPARISON_EQ",
                  "COMPARISON_NE"),
          "EvaluationMissingData",
              Set.of(
                  "EVALUATION_MISSING_DATA_INACTIVE",
                  "EVALUATION_MISSING_DATA_ACTIVE",
                  "EVALUATION_MISSING_DATA_NO_OP"),
          "Aligner",
              Set.of(
                  "ALIGN_NONE",
                  "ALIGN_DELTA",
                  "ALIGN_RATE",
                  "ALIGN_INTERPOLATE",
                  "ALIGN_NEXT_OLDER",
                  "ALIGN_MIN",
                  "ALIGN_MAX",
                  "ALIGN_MEAN",
                  "ALIGN_COUNT",
                  "ALIGN_SUM",
                  "ALIGN_STDDEV",
                  "ALIGN_COUNT_TRUE",
                  "ALIGN_COUNT_FALSE",
                  "ALIGN_FRACTION_TRUE",
                  "ALIGN_PERCENTILE_99",
                  "ALIGN_PERCENTILE_95",
                  "ALIGN_PERCENTILE_50",
                  "ALIGN_PERCENTILE_05",
                  "ALIGN_PERCENT_CHANGE"),
          "Reducer",
              Set.of(
                  "REDUCE_NONE",
                  "REDUCE_MEAN",
                  "REDUCE_MIN",
                  "REDUCE_MAX",
                  "REDUCE_SUM",
                  "REDUCE_STDDEV",
                  "REDUCE_COUNT",
                  "REDUCE_COUNT_TRUE",
                  "REDUCE_COUNT_FALSE",
                  "REDUCE_FRACTION_TRUE",
                  "REDUCE_PERCENTILE_99",
                  "REDUCE_PERCENTILE_95",
                  "REDUCE_PERCENTILE_50",
                  "REDUCE_PERCENTILE_05"),
          "MetricKind", Set.of("GAUGE", "DELTA", "CUMULATIVE"),
          "ValueType", Set.of("BOOL", "INT64", "DOUBLE", "STRING", "DISTRIBUTION"));

  /** A google.protobuf.Duration in JSON: seconds with an "s". */
  private static final Pattern DURATION_FORM = Pattern.compile("[0-9]+(\\.[0-9]{1,9})?s");

  private MonitoringSchema() {}

  /** What in {@code value} is not an {@code AlertPolicy}; empty when it is one. */
  static List<String> alertPolicyProblems(Object value) {
    List<String> problems = new ArrayList<>();
    check("AlertPolicy", value, "", problems);
    return problems;
  }

  /** What in {@code value} is not a {@code LogMetric}; empty when it is one. */
  static List<String> logMetricProblems(Object value) {
    List<String> problems = new ArrayList<>();
    check("LogMetric", value, "", problems);
    return problems;
  }

  private static void check(String type, Object value, String path, List<String> problems) {
    if (type.startsWith("[]")) {
      if (!(value instanceof List<?> list)) {
        problems.add(path + ": expected a list of " + type.substring(2));
        return;
      }
      for (int i = 0; i < list.size(); i++) {
        check(type.substring(2), list.get(i), path + "[" + i + "]", problems);
      }
      return;
    }
    switch (type) {
      case STRING -> expect(value instanceof String, path, "a string", problems);
      case NUMBER -> expect(value instanceof Number, path, "a number", problems);
      case INTEGER -> expect(value instanceof Integer, path, "a whole number", problems);
      case BOOLEAN -> expect(value instanceof Boolean, path, "true or false", problems);
      case DURATION ->
          expect(
              value instanceof String text && DURATION_FORM.matcher(text).matches(),
              path,
              "a duration such as 60s",
              problems);
      case STRING_MAP ->
          expect(
              value instanceof Map<?, ?> map
                  && map.values().stream().allMatch(String.class::isInstance),
              path,
              "a map of strings",
              problems);
      default -> {
        if (type.startsWith("enum:")) {
          Set<String> allowed = ENUMS.get(type.substring(5));
          expect(allowed.contains(value), path, "one of " + allowed, problems);
        } else {
          checkMessage(type, value, path, problems);
        }
      }
    }
  }

  private static void checkMessage(String type, Object value, String path, List<String> problems) {
    if (!(value instanceof Map<?, ?> map)) {
      problems.add(path + ": expected a " + type);
      return;
    }
    Map<String, String> fields = TYPES.get(type).fields();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String field = String.valueOf(entry.getKey());
      String fieldPath = path.isEmpty() ? field : path + "." + field;
      if (!fields.containsKey(field)) {
        problems.add(fieldPath + ": no such field of " + type);
      } else {
        check(fields.get(field), entry.getValue(), fieldPath, problems);
      }
    }
  }

  private static void expect(boolean ok, String path, String what, List<String> problems) {
    if (!ok) {
      problems.add(path + ": expected " + what);
    }
  }
}
