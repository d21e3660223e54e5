package dev.ibtrading.intents;

import static dev.ibtrading.intents.AllocationFixture.THURSDAY_NOON;

import dev.ibtrading.ib.IbBroker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Shared setup for allocation tests on the paper gateway: a fresh {@link AllocationFixture} at
 * {@link AllocationFixture#THURSDAY_NOON} and a broker connected to it as client 7, closed after
 * each test.
 */
abstract class PaperAllocationTestSupport {
  AllocationFixture paper;
  IbBroker broker;

  @BeforeEach
  void startPaperGateway() {
    paper = new AllocationFixture(THURSDAY_NOON);
    broker = paper.connect(7);
  }

  @AfterEach
  void stopPaperGateway() {
    paper.close();
  }
}
