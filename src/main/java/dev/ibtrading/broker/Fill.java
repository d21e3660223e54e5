package dev.ibtrading.broker;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One execution: the authoritative record of shares changing hands.
 *
 * @param execId the broker's unique id of this execution
 * @param commission from the commission report; {@code null} until it arrives
 */
public record Fill(
    String execId,
    int orderId,
    String account,
    Contract contract,
    OrderSide side,
    BigDecimal shares,
    BigDecimal price,
    Instant time,
    String orderRef,
    BigDecimal commission) {}
