package dev.ibtrading.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.ib.message.CommissionReport;
import dev.ibtrading.ib.message.ExecutionData;
import dev.ibtrading.ib.message.HistoricalData;
import dev.ibtrading.ib.message.OrderStatusMessage;
import dev.ibtrading.ib.message.ServerMessage;
import dev.ibtrading.ib.message.TickPrice;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed recording is what the codec benchmarks say it is: every frame a message our client
 * decodes, as many as {@link TwsCodecBenchmark#FRAMES}, covering ticks, bars, order statuses and
 * executions (the mix the decode comparison with {@code @stoqey/ib} is about).
 */
class RecordedSessionTests {
  private final List<Object> messages = RecordedSession.decoded();

  @Test
  void everyRecordedFrameDecodesToAKnownMessage() {
    assertThat(messages)
        .as("decoded frames of %s", RecordedSession.RESOURCE)
        .hasSize(TwsCodecBenchmark.FRAMES)
        .allSatisfy(message -> assertThat(message).isInstanceOf(ServerMessage.class));
  }

  @Test
  void recordingHoldsTicksBarsOrderStatusesAndExecutions() {
    assertThat(count(TickPrice.class)).as("tick prices").isGreaterThan(0);
    assertThat(count(OrderStatusMessage.class)).as("order statuses").isGreaterThan(0);
    assertThat(count(ExecutionData.class)).as("executions").isGreaterThan(0);
    assertThat(count(CommissionReport.class)).as("commission reports").isGreaterThan(0);
    assertThat(
            messages.stream()
                .filter(HistoricalData.class::isInstance)
                .map(HistoricalData.class::cast)
                .mapToInt(data -> data.bars().size())
                .sum())
        .as("historical bars")
        .isGreaterThan(0);
  }

  private long count(Class<?> type) {
    return messages.stream().filter(type::isInstance).count();
  }
}
