package dev.ibtrading.ib;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the order tests: before each test a fresh paper gateway at {@link
 * PaperTrading#FRIDAY_NOON} and a broker for client 7 connected to it; after it, both closed.
 */
abstract class PaperBrokerTestBase {
  static final Duration WAIT = Duration.ofSeconds(10);

  PaperTrading paper;
  IbBroker broker;

  @BeforeEach
  void startPaperTrading() {
    paper = PaperTrading.start();
    broker = paper.connect(7);
  }

  @AfterEach
  void stopPaperTrading() {
    paper.close();
  }
}
