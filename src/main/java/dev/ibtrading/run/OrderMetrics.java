package dev.ibtrading.run;

import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.util.Locale;

/**
 * A run's orders as metrics, fed by the {@code OrderPlacer} once per order it tried to place, when
 * the run reports the order. A repeated delivery never reaches a handler (the {@link
 * RunCoordinator} answers it from the first run), so no order is counted twice.
 *
 * <ul>
 *   <li>{@code ibtrading.orders} (counter), tags {@code intent}, {@code status} and {@code fill}:
 *       {@code status} is the order's status as the outcome reports it ({@code filled}, {@code
 *       submitted}, {@code pre_submitted}, {@code cancelled} ...), except {@code rejected} for an
 *       order the broker refused (the outcome's {@code order-rejected} error), {@code refused} when
 *       placing it failed for good, {@code unconfirmed} when its placement is unknown; {@code fill}
 *       is {@code full}, {@code partial} or {@code none}.
 *   <li>{@code ibtrading.fill.latency} (timer), tag {@code intent}: from the placement call until
 *       the run saw the order completely filled. Orders are awaited one after another, so an order
 *       that filled while an earlier one was awaited is timed until that wait ended (an upper
 *       bound).
 * </ul>
 */
public final class OrderMetrics {
  private static final OrderMetrics NONE = new OrderMetrics(new CompositeMeterRegistry());

  private final MeterRegistry registry;

  public OrderMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Metrics that go nowhere, for runs outside a coordinator (tests, tools). */
  public static OrderMetrics none() {
    return NONE;
  }

  /** Starts timing an order about to be placed. */
  public Timer.Sample placing() {
    return Timer.start(registry);
  }

  /** The run has awaited the order: times it if it is completely filled. */
  public void awaited(RunContext context, OrderReport report, Timer.Sample placing) {
    if (report.status() == OrderStatus.FILLED) {
      placing.stop(
          Timer.builder("ibtrading.fill.latency")
              .description("From placing an order until the run saw it completely filled")
              .tag("intent", context.intent().wireName())
              .register(registry));
    }
  }

  /** Counts an order as the run reports it. */
  public void reported(RunContext context, OrderReport report) {
    String status =
        report.isRejected() ? "rejected" : report.status().name().toLowerCase(Locale.ROOT);
    String fill =
        report.status() == OrderStatus.FILLED
            ? "full"
            : report.filled().signum() > 0 ? "partial" : "none";
    count(context, status, fill);
  }

  /** Counts an order whose placement failed: {@code unconfirmed} or {@code refused}. */
  public void notPlaced(RunContext context, boolean unconfirmed) {
    count(context, unconfirmed ? "unconfirmed" : "refused", "none");
  }

  private void count(RunContext context, String status, String fill) {
    Counter.builder("ibtrading.orders")
        .description("Orders the worker placed, by intent and the status the run reported")
        .tag("intent", context.intent().wireName())
        .tag("status", status)
        .tag("fill", fill)
        .register(registry)
        .increment();
  }
}
