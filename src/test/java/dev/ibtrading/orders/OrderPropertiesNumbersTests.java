package dev.ibtrading.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * {@code limitOffsetBps} out of range or not finite is an invalid order property, never an
 * arithmetic failure: the edge rejects non-finite numbers, but the handlers are also run directly
 * (replay, tests) with options that did not pass through it.
 */
class OrderPropertiesNumbersTests {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static OrderProperties limit(JsonNode offset) {
    return OrderProperties.parse(
        Map.of("orderType", NODES.stringNode("LMT"), "limitOffsetBps", offset), null);
  }

  @Test
  void nonFiniteOffsetsAreInvalidProperties() {
    for (double value :
        new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN}) {
      assertThatThrownBy(() -> limit(NODES.numberNode(value)))
          .as("%s", value)
          .isInstanceOf(InvalidOrderPropertiesException.class)
          .hasMessageStartingWith("orderProperties.limitOffsetBps is ");
    }
  }

  @Test
  void offsetsOutOfRangeAreInvalidAndTheRangeIsAccepted() {
    for (String value : new String[] {"-0.5", "10000", "1e308"}) {
      assertThatThrownBy(() -> limit(NODES.numberNode(new BigDecimal(value))))
          .as(value)
          .isInstanceOf(InvalidOrderPropertiesException.class)
          .hasMessageContaining("expected: a number from 0 to 9999");
    }
    assertThat(limit(NODES.numberNode(9999.5)).limitOffsetBps()).isEqualByComparingTo("9999.5");
    assertThat(limit(NODES.numberNode(0)).limitOffsetBps()).isZero();
  }
}
