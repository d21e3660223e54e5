package dev.ibtrading.ib;

import dev.ibtrading.ib.message.ErrorMessage;

/** The gateway answered a request with an error (ERR_MSG with the request's id). */
public class IbRequestException extends IbException {
  private final int code;

  public IbRequestException(String request, ErrorMessage error) {
    super(request + " failed: IB error " + error.code() + ": " + error.message());
    this.code = error.code();
  }

  /** IB's error code, e.g. 200 for an unknown contract. */
  public int code() {
    return code;
  }
}
