package dev.ibtrading.ib;

import dev.ibtrading.ib.message.ErrorMessage;

/** The gateway answered a request with an error (ERR_MSG with the request's id). */
public class IbRequestException extends IbException {
  private final int code;
  private final String text;

  public IbRequestException(String request, ErrorMessage error) {
    super(request + " failed: IB error " + error.code() + ": " + error.message());
    this.code = error.code();
    this.text = error.message();
  }

  /** IB's error code, e.g. 200 for an unknown contract. */
  public int code() {
    return code;
  }

  /** IB's error text as sent; one code can mean several things (162: pacing, no data, ...). */
  public String text() {
    return text;
  }
}
