package dev.ibtrading.ib;

import dev.ibtrading.ib.message.ClientMessage;
import dev.ibtrading.ib.message.ExecutionData;
import dev.ibtrading.ib.message.ExecutionDataEnd;
import dev.ibtrading.ib.message.ExecutionFilter;
import dev.ibtrading.ib.message.RequestExecutions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The day's executions matching a filter (REQ_EXECUTIONS, §3.11): EXECUTION_DATA with this
 * request's id, once per execId, until EXECUTION_DATA_END. Commission reports carry no request id
 * and may come after the end: they are joined from the {@link CommissionBook}.
 */
final class ExecutionsRequest extends PendingRequest<List<ExecutionData>> {
  private final int reqId;
  private final ExecutionFilter filter;
  private final Map<String, ExecutionData> executions = new LinkedHashMap<>();

  ExecutionsRequest(int reqId, ExecutionFilter filter) {
    this.reqId = reqId;
    this.filter = filter;
  }

  @Override
  public int requestId() {
    return reqId;
  }

  @Override
  public String describe() {
    return "executions";
  }

  @Override
  public ClientMessage request() {
    return new RequestExecutions(reqId, filter);
  }

  @Override
  protected void onMessage(Object message) {
    if (message instanceof ExecutionData data && data.reqId() == reqId) {
      executions.putIfAbsent(data.execution().execId(), data);
    } else if (message instanceof ExecutionDataEnd end && end.reqId() == reqId) {
      complete(List.copyOf(executions.values()));
    }
  }
}
