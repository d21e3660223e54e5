package dev.ibtrading.allocation;

import static dev.ibtrading.allocation.AllocationFixture.THURSDAY_NOON;

import dev.ibtrading.ib.IbBroker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Shared setup for allocation tests on the paper gateway: a fresh {@link AllocationFixture} at
 * {@link AllocationFixture#THURSDAY_NOON} and a broker connected to it as client 7, closed after
 * each test.
 */
public abstract class PaperAllocationTestSupport {
  public AllocationFixture paper;
  public IbBroker broker;

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
