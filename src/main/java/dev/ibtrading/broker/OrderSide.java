package dev.ibtrading.broker;

/** Buy or sell, as IB spells them in orders. */
public enum OrderSide {
  BUY,
  SELL
}
