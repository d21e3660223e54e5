package dev.ibtrading.ib;

import dev.ibtrading.broker.Instrument;
import dev.ibtrading.ib.message.ClientMessage;
import dev.ibtrading.ib.message.ContractData;
import dev.ibtrading.ib.message.ContractDataEnd;
import dev.ibtrading.ib.message.ContractDetails;
import dev.ibtrading.ib.message.RequestContractData;
import dev.ibtrading.ib.message.WireContract;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Qualifies one SMART-routed stock (§3.4): collects CONTRACT_DATA until CONTRACT_DATA_END and
 * resolves the answer to exactly one contract. An unknown symbol is error 200 ({@link
 * IbRequestException}); no contract at all, or several that the instrument's primary exchange does
 * not tell apart, fail with {@link IbException}.
 */
public final class ContractDetailsRequest extends PendingRequest<ContractDetails> {
  private final int reqId;
  private final Instrument instrument;
  private final List<ContractDetails> received = new ArrayList<>();

  public ContractDetailsRequest(int reqId, Instrument instrument) {
    this.reqId = reqId;
    this.instrument = instrument;
  }

  @Override
  public int requestId() {
    return reqId;
  }

  @Override
  public String describe() {
    return "contract details for "
        + instrument.symbol()
        + (instrument.primaryExchange().isEmpty() ? "" : " on " + instrument.primaryExchange());
  }

  @Override
  public ClientMessage request() {
    return new RequestContractData(
        reqId,
        WireContract.stock(
            0, instrument.symbol(), instrument.currency(), instrument.primaryExchange()));
  }

  @Override
  protected void onMessage(Object message) {
    if (message instanceof ContractData data && data.reqId() == reqId) {
      received.add(data.details());
    } else if (message instanceof ContractDataEnd end && end.reqId() == reqId) {
      try {
        complete(select());
      } catch (IbException e) {
        fail(e);
      }
    }
  }

  /** The one contract the answer stands for. */
  private ContractDetails select() {
    if (received.isEmpty()) {
      throw new IbException(describe() + ": the gateway returned no contract (expected: one)");
    }
    if (received.size() == 1) {
      return received.get(0);
    }
    String wanted = instrument.primaryExchange();
    List<ContractDetails> matching =
        wanted.isEmpty()
            ? received
            : received.stream()
                .filter(d -> d.contract().primaryExchange().equalsIgnoreCase(wanted))
                .toList();
    if (matching.size() == 1) {
      return matching.get(0);
    }
    throw new IbException(
        describe()
            + " is ambiguous: the gateway returned "
            + received.stream()
                .map(ContractDetails::contract)
                .map(c -> c.symbol() + " on " + c.primaryExchange() + " (conId " + c.conId() + ")")
                .collect(Collectors.joining(", "))
            + " (expected: one"
            + (wanted.isEmpty() ? "; set the instrument's primary exchange" : " on " + wanted)
            + ")");
  }
}
