package dev.ibtrading.broker;

/** The urgency of IB's Adaptive algo: how much price it trades for speed. */
public enum AdaptivePriority {
  Urgent,
  Normal,
  Patient
}
