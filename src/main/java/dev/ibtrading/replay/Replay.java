package dev.ibtrading.replay;

import dev.ibtrading.broker.Fill;
import dev.ibtrading.ingest.SimulatedPush;
import dev.ibtrading.paper.PaperClock;
import dev.ibtrading.paper.PaperGateway;
import dev.ibtrading.paper.PaperGatewayConfig;
import dev.ibtrading.paper.PaperGatewayProperties;
import dev.ibtrading.schedule.ExchangeCalendar;
import dev.ibtrading.schedule.JobFirings;
import dev.ibtrading.schedule.JobFirings.Firing;
import dev.ibtrading.trigger.AckPolicy;
import dev.ibtrading.trigger.Intent;
import dev.ibtrading.trigger.Received;
import dev.ibtrading.trigger.Rejection;
import dev.ibtrading.trigger.RunAnswer;
import dev.ibtrading.trigger.Trigger;
import dev.ibtrading.trigger.TriggerHandler;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One replay: a paper gateway on a fixed clock and the worker ({@link ReplayWorker}) connected to
 * it; then, day by day, the clock is set to each moment something happens, in time order:
 *
 * <ul>
 *   <li>the open (09:30 New York) and the close (16:00, 13:00 on an early close) of every NYSE
 *       trading day (the worker's {@link ExchangeCalendar}, with its configured {@code calendar.*}
 *       extra closed days and early closes), when the gateway's waiting orders are moved along at
 *       once (a market order placed after a close fills at the next open's price, also when a
 *       holiday lies between);
 *   <li>each job of the jobs file at its cron time, on NYSE trading days only ({@link
 *       ExchangeCalendar}): the job's message goes, as a Pub/Sub push would, through the push
 *       endpoint's parser to the run coordinator and the handlers; the outcome is written;
 *   <li>after each NYSE close, the account's NetLiquidation for the equity curve.
 * </ul>
 *
 * After each trading day the day's executions are read from the gateway. Nothing waits in real
 * time.
 */
final class Replay {
  private static final Logger log = LoggerFactory.getLogger(Replay.class);
  private static final String SUBSCRIPTION_PREFIX = "projects/replay/subscriptions/ib-";
  private static final DateTimeFormatter MESSAGE_DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private enum Kind {
    OPEN,
    CLOSE,
    JOB
  }

  private record Event(Instant at, Kind kind, Firing firing) {}

  private final ReplayOptions options;
  private final Map<String, Fill> executionsById = new LinkedHashMap<>();
  private final List<EquityPoint> equity = new ArrayList<>();
  private final List<String> unanswered = new ArrayList<>();

  private Replay(ReplayOptions options) {
    this.options = options;
  }

  /**
   * Replays {@code options}' range and writes the outcomes to {@code outcomes.jsonl} in its output
   * directory.
   *
   * @param logConfig the worker's logback configuration, or null to keep the current one
   * @throws IllegalArgumentException for a bad jobs or bars file, naming what is wrong
   */
  static ReplayResult run(ReplayOptions options, String logConfig) throws IOException {
    return new Replay(options).run(logConfig);
  }

  private ReplayResult run(String logConfig) throws IOException {
    long started = System.nanoTime();
    JobFirings schedule =
        JobFirings.between(options.jobs(), options.scenario(), options.from(), options.to());
    Files.createDirectories(options.out());
    PaperClock clock =
        PaperClock.fixedAt(
            options
                .from()
                .minusDays(1)
                .atTime(20, 0)
                .atZone(ExchangeCalendar.NEW_YORK)
                .toInstant());
    PaperGatewayConfig config = gatewayConfig(options);
    List<LocalDate> tradingDays = new ArrayList<>();
    List<LocalDate> closedWeekdays = new ArrayList<>();
    try (PaperGateway gateway = new PaperGateway(config, clock).start();
        JsonLinesOutcomePublisher outcomes =
            new JsonLinesOutcomePublisher(options.out().resolve(ReplayFiles.OUTCOMES));
        ReplayWorker worker =
            ReplayWorker.start(gateway.port(), new VirtualClock(clock), outcomes, logConfig)) {
      Duration startup = Duration.ofNanos(System.nanoTime() - started);
      Map<LocalDate, List<Firing>> byDay =
          schedule.firings().stream()
              .collect(
                  Collectors.groupingBy(
                      Firing::tradingDate, LinkedHashMap::new, Collectors.toList()));
      for (LocalDate day = options.from(); !day.isAfter(options.to()); day = day.plusDays(1)) {
        boolean session = worker.calendar().isTradingDay(day);
        if (session) {
          tradingDays.add(day);
        } else if (isWeekday(day)) {
          closedWeekdays.add(day);
        }
        List<Firing> jobs = session ? byDay.getOrDefault(day, List.of()) : List.of();
        replayDay(day, session, jobs, clock, gateway, worker);
      }
      return new ReplayResult(
          // The summary names the scenario that ran, also when the jobs file's default was meant.
          options.withScenario(schedule.scenario()),
          tradingDays,
          closedWeekdays,
          outcomes.published(),
          List.copyOf(unanswered),
          List.copyOf(executionsById.values()),
          List.copyOf(equity),
          Performance.of(BigDecimal.valueOf(options.cash()), equity),
          startup,
          Duration.ofNanos(System.nanoTime() - started));
    }
  }

  private void replayDay(
      LocalDate day,
      boolean session,
      List<Firing> jobs,
      PaperClock clock,
      PaperGateway gateway,
      ReplayWorker worker) {
    if (!session) {
      return; // a weekend or a holiday: no session in the paper market, nothing happens
    }
    ExchangeCalendar calendar = worker.calendar();
    List<Event> events = new ArrayList<>();
    events.add(new Event(calendar.sessionOpen(day).toInstant(), Kind.OPEN, null));
    events.add(new Event(calendar.sessionClose(day).toInstant(), Kind.CLOSE, null));
    jobs.forEach(job -> events.add(new Event(job.at(), Kind.JOB, job)));
    // Stable, and the market's moments before a job at the same time: the open comes first.
    events.sort(Comparator.comparing(Event::at).thenComparing(Event::kind));
    int sequence = 0;
    for (Event event : events) {
      clock.set(event.at());
      gateway.tickOrders();
      switch (event.kind()) {
        case JOB -> fire(event.firing(), ++sequence, worker.triggers());
        case CLOSE ->
            equity.add(new EquityPoint(day, worker.broker().accountSnapshot().netLiquidation()));
        case OPEN -> {
          // orders held for the open were moved along above
        }
      }
    }
    for (Fill fill : worker.broker().executions()) {
      executionsById.putIfAbsent(fill.execId(), fill);
    }
  }

  private void fire(Firing firing, int sequence, TriggerHandler triggers) {
    Intent intent = firing.topic().intent();
    // Numeric like Pub/Sub's ids, unique and readable: the day and the job's place in it.
    String messageId = firing.tradingDate().format(MESSAGE_DAY) + String.format("%02d", sequence);
    Received received =
        SimulatedPush.read(
            intent,
            firing.body(),
            firing.attributes(),
            messageId,
            firing.at(),
            SUBSCRIPTION_PREFIX + firing.topic().baseName() + "-push");
    RunAnswer answer =
        received instanceof Trigger trigger
            ? triggers.handle(trigger)
            : triggers.reject((Rejection) received);
    if (answer.policy() == AckPolicy.RETRY) {
      String what = firing.job() + " at " + firing.at() + ": " + answer.body();
      log.warn("Replayed job without an outcome (production would redeliver it): {}", what);
      unanswered.add(what);
    }
  }

  /**
   * The paper gateway's defaults (account, price model seed, slippage, commissions), with the bars
   * file and the starting cash, on a free loopback port; New York hours, not always open, so that
   * orders placed after the close wait for the next open.
   */
  private static PaperGatewayConfig gatewayConfig(ReplayOptions options) {
    return PaperGatewayProperties.defaults().toConfig(PaperGatewayProperties.LOOPBACK).toBuilder()
        .startingCash(options.cash())
        .barsFile(options.bars())
        .alwaysOpen(false)
        .build();
  }

  private static boolean isWeekday(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }
}
