package dev.ibtrading.paper;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Order-engine faults a test switches on at runtime, per gateway: rejections by rule, orders made
 * Inactive by rule, delayed fills, fills in slices and unanswered cancels. Nothing is armed by
 * default. Rules apply to orders placed after they are set.
 *
 * <p>Delays are measured on the gateway's {@link PaperClock}: under a fixed clock a delayed fill or
 * the next slice waits until the test moves the clock, which makes "not filled yet" deterministic.
 * They add to the config's {@code fillDelay}.
 *
 * <pre>{@code
 * PaperOrderRules.of(gateway).rejectWhen(t -> t.symbol().equals("TLT"), "no shorting today");
 * PaperOrderRules.of(gateway).partialFills(3, Duration.ofMinutes(1));
 * }</pre>
 */
public final class PaperOrderRules {
  private static final Map<PaperGateway, PaperOrderRules> BY_GATEWAY =
      Collections.synchronizedMap(new WeakHashMap<>());

  /** What a rejection rule sees of a new order. */
  public record OrderTicket(
      int clientId,
      int orderId,
      String symbol,
      String action,
      BigDecimal quantity,
      String orderType,
      String orderRef) {}

  private record Rejection(Predicate<OrderTicket> when, String reason) {}

  private final List<Rejection> rejections = new CopyOnWriteArrayList<>();
  private final List<Rejection> deactivations = new CopyOnWriteArrayList<>();
  private volatile Duration fillDelay = Duration.ZERO;
  private volatile int slices = 1;
  private volatile Duration sliceInterval = Duration.ZERO;
  private volatile boolean cancelsHeld;

  PaperOrderRules() {}

  /** The rules of this gateway's order engine. */
  public static PaperOrderRules of(PaperGateway gateway) {
    PaperOrderRules rules = BY_GATEWAY.get(gateway);
    if (rules == null) {
      throw new IllegalArgumentException("gateway has no order engine (expected: a PaperGateway)");
    }
    return rules;
  }

  static PaperOrderRules register(PaperGateway gateway) {
    PaperOrderRules rules = new PaperOrderRules();
    BY_GATEWAY.put(gateway, rules);
    return rules;
  }

  /** Rejects new orders matching {@code when} with 201 "Order rejected - reason: {reason}". */
  public PaperOrderRules rejectWhen(Predicate<OrderTicket> when, String reason) {
    rejections.add(new Rejection(when, reason));
    return this;
  }

  /**
   * Accepts new orders matching {@code when}, then makes them Inactive (accepted but not working,
   * §5.2) with 201 "Order rejected - reason: {reason}", as for a margin or permission refusal.
   */
  public PaperOrderRules deactivateWhen(Predicate<OrderTicket> when, String reason) {
    deactivations.add(new Rejection(when, reason));
    return this;
  }

  /** Holds every new order's first fill back by {@code delay} on the gateway clock. */
  public PaperOrderRules delayFills(Duration delay) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay: " + delay + " (expected: >= 0)");
    }
    fillDelay = delay;
    return this;
  }

  /** Fills new orders in {@code count} slices, {@code interval} apart on the gateway clock. */
  public PaperOrderRules partialFills(int count, Duration interval) {
    if (count < 1 || interval.isNegative()) {
      throw new IllegalArgumentException(
          "partial fills: " + count + " every " + interval + " (expected: >= 1, >= 0)");
    }
    slices = count;
    sliceInterval = interval;
    return this;
  }

  /**
   * Leaves cancel requests (CANCEL_ORDER and REQ_GLOBAL_CANCEL) unanswered and their orders
   * working, as a gateway that does not confirm a cancel in time; applies at once, to any order.
   * Held cancels are dropped, not replayed.
   */
  public PaperOrderRules holdCancels() {
    cancelsHeld = true;
    return this;
  }

  /** Disarms everything. */
  public void reset() {
    rejections.clear();
    deactivations.clear();
    fillDelay = Duration.ZERO;
    slices = 1;
    sliceInterval = Duration.ZERO;
    cancelsHeld = false;
  }

  Optional<String> rejection(OrderTicket ticket) {
    return rejections.stream()
        .filter(r -> r.when().test(ticket))
        .map(Rejection::reason)
        .findFirst();
  }

  Optional<String> deactivation(OrderTicket ticket) {
    return deactivations.stream()
        .filter(r -> r.when().test(ticket))
        .map(Rejection::reason)
        .findFirst();
  }

  Duration fillDelay() {
    return fillDelay;
  }

  int slices() {
    return slices;
  }

  Duration sliceInterval() {
    return sliceInterval;
  }

  boolean cancelsHeld() {
    return cancelsHeld;
  }
}
