package dev.ibtrading.plan;

import java.util.List;

/**
 * The data a plan would be decided or sized on is stale or missing: a latest completed daily bar
 * older than the previous trading session, or a price that is zero or absent. The run places
 * nothing and ends {@code failed} with code {@code stale-market-data} (issue 15).
 */
public class StaleMarketDataException extends RuntimeException {
  public static final String CODE = "stale-market-data";

  public StaleMarketDataException(List<String> reasons) {
    super(String.join("; ", reasons) + "; nothing is traded");
  }
}
