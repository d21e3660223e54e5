package dev.ibtrading.ib;

import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.Position;
import dev.ibtrading.ib.message.PositionMessage;
import dev.ibtrading.ib.message.WireContract;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns POSITION rows into {@link Position}s of the traded account: other accounts' rows and closed
 * (zero) positions are dropped.
 *
 * <p>Only stocks and ETFs (secType STK) are positions in the broker model; an option on SPY is not
 * SPY shares, so other security types are left out (and logged) rather than mistaken for shares.
 *
 * <p>A POSITION row names the contract but carries neither its minimum tick nor its long name: the
 * {@link Contract} has {@code null} for both (unknown, not zero); {@code Broker.contract} qualifies
 * the instrument when they are needed. The row's exchange stands for the primary exchange.
 */
final class PositionMapper {
  private static final Logger log = LoggerFactory.getLogger(PositionMapper.class);

  private PositionMapper() {}

  /**
   * @throws BrokerException (transient) when a row of the account leaves its quantity unset
   */
  static List<Position> toPositions(String account, List<PositionMessage> rows) {
    List<Position> positions = new ArrayList<>();
    for (PositionMessage row : rows) {
      WireContract held = row.contract();
      if (!row.account().equals(account)) {
        continue;
      }
      if (row.position() == null) {
        throw new BrokerException(
            "position of " + account + " in " + held.symbol() + " has no quantity", true, null);
      }
      if (row.position().signum() == 0) {
        continue;
      }
      if (!WireContract.STOCK.equals(held.secType())) {
        log.warn(
            "Ignoring {} position of {} in {} (conId {}): only stocks are positions here",
            held.secType(),
            account,
            held.symbol(),
            held.conId());
        continue;
      }
      Contract contract =
          new Contract(held.conId(), held.symbol(), held.currency(), held.exchange(), null, null);
      positions.add(
          new Position(account, contract, row.position(), BigDecimal.valueOf(row.averageCost())));
    }
    return List.copyOf(positions);
  }
}
