package dev.ibtrading.soak;

import java.util.List;

/**
 * One step of an {@link EdgePropertyTests} try: the requests it sends to the worker at once. A step
 * is a value jqwik can print and shrink; the try's own {@code names} make its run keys unique to
 * the try where the step wants them to be.
 */
sealed interface EdgeStep permits EdgeRequest, TradingPush {

  List<EdgeRequest> requests(String names);
}
