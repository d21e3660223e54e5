package dev.ibtrading.ib.message;

import java.util.List;

/**
 * A frame whose message id this project does not decode. The receiver logs it and goes on: an
 * unknown id is not a protocol error, since gateways add messages over time.
 */
public record UnknownMessage(int id, List<String> fields) {}
