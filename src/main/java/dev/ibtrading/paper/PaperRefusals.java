package dev.ibtrading.paper;

import dev.ibtrading.ib.message.ErrorMessage;
import java.util.List;
import java.util.Set;

/**
 * The answer to a request the paper gateway does not serve: IB's error 321, "Error validating
 * request", which a real gateway sends for requests it refuses (read-only API, FA requests of a
 * non-FA account, bad parameters), with the request's id where the request has one and -1
 * otherwise. Real texts read {@code Error validating request.-'bS' : cause - <reason>}; the
 * two-letter marker is IB-internal per request type and not public for most types, so this gateway
 * puts the message id there instead. Sources: ThomasMarcelis/ibkr-go@cdaac7f (live captures of 321
 * for completed orders and FA requests, id -1), erdewit/ib_insync issue threads quoting 321 texts,
 * IB's message codes page (321 = "Server error when validating an API client request").
 *
 * <p>Where the request id stands (IB's client, xqguo/twsapi@f3ca7c7 EClient.java): right after the
 * version field for the older versioned requests, right after the message id for the newer ones
 * without a version (ids 78 and up, and REQ_HISTORICAL_DATA at 176); {@link #REQUEST_ID_SECOND} and
 * {@link #REQUEST_ID_FIRST} list the ids that carry one.
 */
final class PaperRefusals {
  /** IB's "Error validating request" code. */
  static final int VALIDATION_ERROR = 321;

  /** Request ids in field 2: {@code [id, version, reqId, ...]}. */
  private static final Set<Integer> REQUEST_ID_SECOND =
      Set.of(
          1, 2, 7, 9, 10, 11, 21, 22, 23, 25, 50, 51, 52, 53, 54, 55, 56, 57, 62, 63, 67, 68, 69,
          70, 74, 75, 76, 77);

  /** Request ids in field 1: {@code [id, reqId, ...]}. */
  private static final Set<Integer> REQUEST_ID_FIRST =
      Set.of(
          20, 78, 79, 81, 83, 84, 86, 87, 88, 89, 90, 92, 93, 94, 95, 96, 97, 98, 100, 101, 102,
          103, 104);

  private PaperRefusals() {}

  /** IB's 321 text around a cause, for a request of message id {@code messageId}. */
  static String validationText(int messageId, String cause) {
    return "Error validating request.-'" + messageId + "' : cause - " + cause;
  }

  /** Refuses one request given as its fields (message id first). */
  static void refuse(List<String> fields, PaperSession session) {
    int messageId = Integer.parseInt(fields.get(0));
    session.sendError(
        requestId(messageId, fields),
        VALIDATION_ERROR,
        validationText(
            messageId, "The paper gateway does not serve message id " + messageId + "."));
  }

  /** Refuses a request of a type decoded but not served (e.g. a second START_API): id -1. */
  static void refuse(int messageId, PaperSession session) {
    session.sendError(
        ErrorMessage.NO_ID,
        VALIDATION_ERROR,
        validationText(
            messageId, "The paper gateway does not serve message id " + messageId + "."));
  }

  /** The request id a refusal names, or -1 when the request has none (or it is unreadable). */
  static int requestId(int messageId, List<String> fields) {
    int index =
        REQUEST_ID_SECOND.contains(messageId) ? 2 : REQUEST_ID_FIRST.contains(messageId) ? 1 : -1;
    if (index < 0 || index >= fields.size()) {
      return ErrorMessage.NO_ID;
    }
    try {
      return Integer.parseInt(fields.get(index));
    } catch (NumberFormatException e) {
      return ErrorMessage.NO_ID;
    }
  }
}
