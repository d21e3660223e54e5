package dev.ibtrading.ib.message;

import java.util.Optional;

/**
 * The tick types this project reads or the paper gateway sends (§3.5). Live and delayed data use
 * different codes for the same quantity; {@link #delayed()} maps one to the other. Tick messages
 * keep the raw code, so types missing here still decode.
 */
public enum TickType {
  BID_SIZE(0),
  BID(1),
  ASK(2),
  ASK_SIZE(3),
  LAST(4),
  LAST_SIZE(5),
  HIGH(6),
  LOW(7),
  VOLUME(8),
  CLOSE(9),
  OPEN(14),
  LAST_TIMESTAMP(45),
  HALTED(49),
  DELAYED_BID(66),
  DELAYED_ASK(67),
  DELAYED_LAST(68),
  DELAYED_BID_SIZE(69),
  DELAYED_ASK_SIZE(70),
  DELAYED_LAST_SIZE(71),
  DELAYED_HIGH(72),
  DELAYED_LOW(73),
  DELAYED_VOLUME(74),
  DELAYED_CLOSE(75),
  DELAYED_OPEN(76),
  DELAYED_LAST_TIMESTAMP(88);

  private final int code;

  TickType(int code) {
    this.code = code;
  }

  /** The number on the wire. */
  public int code() {
    return code;
  }

  public boolean isDelayed() {
    return name().startsWith("DELAYED_");
  }

  /**
   * The delayed counterpart of a live type (itself when already delayed).
   *
   * @throws IllegalArgumentException for {@link #HALTED}, which has none here
   */
  public TickType delayed() {
    return isDelayed() ? this : valueOf("DELAYED_" + name());
  }

  /** The live counterpart of a delayed type (itself when already live). */
  public TickType live() {
    return isDelayed() ? valueOf(name().substring("DELAYED_".length())) : this;
  }

  public static Optional<TickType> ofCode(int code) {
    for (TickType type : values()) {
      if (type.code == code) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
