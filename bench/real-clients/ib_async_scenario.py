"""One session of ib_async (github ib-api-reloaded/ib_async, 2.0.1) against a TWS API server.

Our own scenario, no ib_async code copied: it calls ib_async's public API the way a user does and
reports, step by step, what came back and how long it took, then a summary of steps ok / failed /
timed out, every error ib_async logged (its "... request timed out" lines and the decoder's
"Error handling fields" for a frame it could not decode) and every error message the server sent.

    python3 ib_async_scenario.py --port N [--host 127.0.0.1] [--client-id 7] [--timeout 10]

ib_async must be importable (see run-ib-async.sh). Exit code 0 when every step was ok, 1 otherwise.
"""

import argparse
import asyncio
import logging
import math
import sys
import time

from ib_async import IB, LimitOrder, MarketOrder, Stock

# The tags ib_async's accountSummaryAsync asks for (ib_async/ib.py, reqAccountSummaryAsync, commit
# 2afdae4), without "$LEDGER:ALL", which asks for per-currency ledger rows instead of one tag.
SUMMARY_TAGS = (
    "AccountType NetLiquidation TotalCashValue SettledCash AccruedCash BuyingPower "
    "EquityWithLoanValue PreviousDayEquityWithLoanValue GrossPositionValue RegTEquity RegTMargin "
    "SMA InitMarginReq MaintMarginReq AvailableFunds ExcessLiquidity Cushion FullInitMarginReq "
    "FullMaintMarginReq FullAvailableFunds FullExcessLiquidity LookAheadNextChange "
    "LookAheadInitMarginReq LookAheadMaintMarginReq LookAheadAvailableFunds "
    "LookAheadExcessLiquidity HighestSeverity DayTradesRemaining DayTradesRemainingT+1 "
    "DayTradesRemainingT+2 DayTradesRemainingT+3 DayTradesRemainingT+4 Leverage"
).split()


class StepFailed(Exception):
    """A step got an answer, but not the one it needs."""


class LogCollector(logging.Handler):
    """Keeps ib_async's warnings and errors: timeouts and undecodable frames are only logged."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.records = []

    def emit(self, record):
        self.records.append(record)
        print(f"    ib_async {record.levelname.lower()}: {first_line(record)}", flush=True)


def first_line(record):
    """The record's message, shortened, and the exception it carries (a decoder failure's cause)."""
    text = record.getMessage()
    text = text if len(text) <= 300 else text[:300] + "..."
    if record.exc_info and record.exc_info[1] is not None:
        error = record.exc_info[1]
        text += f" -> {type(error).__name__}: {error}"
    return text


class Scenario:
    def __init__(self, args):
        self.args = args
        self.ib = IB()
        self.results = []  # (step, status, seconds, detail)
        self.server_errors = []
        self.ib.errorEvent += self.on_error
        self.account = ""
        self.spy = None
        self.spy_note = ""

    def on_error(self, req_id, code, message, contract):
        self.server_errors.append((req_id, code, message))
        print(f"    server error: reqId {req_id} code {code}: {message}", flush=True)

    async def step(self, name, action, timeout=None):
        """Runs one step, prints its outcome and time; a failed step does not stop the scenario."""
        timeout = timeout or self.args.timeout
        started = time.monotonic()
        try:
            detail = await asyncio.wait_for(action(), timeout)
            status = "ok"
        except asyncio.TimeoutError:
            status, detail = "timed out", f"no answer within {timeout:g} s"
        except Exception as e:  # a client exception is a finding, not a crash of the scenario
            status, detail = "failed", f"{type(e).__name__}: {e}"
        seconds = time.monotonic() - started
        self.results.append((name, status, seconds, detail))
        print(f"[{status}] {name} ({seconds:.3f} s): {detail}", flush=True)

    async def connect(self):
        await self.ib.connectAsync(
            self.args.host, self.args.port, self.args.client_id, timeout=self.args.timeout
        )
        return f"server version {self.ib.client.serverVersion()}, synchronised"

    async def managed_accounts(self):
        accounts = self.ib.managedAccounts()
        if not accounts:
            raise StepFailed("no managed accounts")
        self.account = accounts[0]
        return f"{accounts}"

    async def current_time(self):
        return f"{await self.ib.reqCurrentTimeAsync()}"

    async def account_summary(self):
        values = await self.ib.accountSummaryAsync(self.account)
        tags = {v.tag for v in values}
        missing = [t for t in SUMMARY_TAGS if t not in tags]
        ledger = sorted(tags - set(SUMMARY_TAGS))
        detail = f"{len(values)} rows, {len(tags)} tags; ledger tags {ledger}"
        if missing:
            raise StepFailed(f"{detail}; no row for requested tags {missing}")
        return detail

    async def account_updates(self):
        await self.ib.reqAccountUpdatesAsync(self.account)  # ends at accountDownloadEnd
        values = self.ib.accountValues(self.account)
        portfolio = self.ib.portfolio(self.account)
        if not values:
            raise StepFailed("accountDownloadEnd came, but no account values")
        return f"{len(values)} account values, {len(portfolio)} portfolio items"

    async def positions(self):
        positions = await self.ib.reqPositionsAsync()
        return f"{[(p.contract.symbol, p.position, p.avgCost) for p in positions]}"

    async def qualify(self):
        [spy] = await self.ib.qualifyContractsAsync(Stock("SPY", "SMART", "USD"))
        if spy is None or not spy.conId:
            # the later steps still run, with the contract as given, to find what else fails
            self.spy = Stock("SPY", "SMART", "USD")
            self.spy_note = " (with SPY unqualified: qualifyContracts failed)"
            raise StepFailed(f"SPY not qualified: {spy}")
        self.spy = spy
        return f"conId {spy.conId} primaryExchange {spy.primaryExchange} {spy.localSymbol}"

    async def contract_details(self):
        details = await self.ib.reqContractDetailsAsync(Stock("SPY", "SMART", "USD"))
        if not details:
            raise StepFailed("no contract details")
        d = details[0]
        return f"{len(details)} details: {d.longName!r} minTick {d.minTick} tz {d.timeZoneId}"

    async def snapshot_quote(self):
        self.ib.reqMarketDataType(3)
        [ticker] = await self.ib.reqTickersAsync(self.require_spy())
        prices = {
            "bid": ticker.bid, "ask": ticker.ask, "last": ticker.last, "close": ticker.close
        }
        if all(not is_price(p) for p in prices.values()):
            raise StepFailed(f"snapshot without a price: {prices}")
        return f"marketDataType {ticker.marketDataType} {prices}"

    async def daily_bars(self):
        bars = await self.ib.reqHistoricalDataAsync(
            self.require_spy(), "", "1 M", "1 day", "TRADES", True, 1, False, [], 0
        )
        if not bars:
            raise StepFailed("no bars")
        return f"{len(bars)} bars, last {bars[-1].date} close {bars[-1].close}"

    async def market_order(self):
        trade = self.ib.placeOrder(self.require_spy(), MarketOrder("BUY", 1))
        while not trade.isDone():
            await trade.statusEvent
        status = trade.orderStatus
        if status.status != "Filled":
            raise StepFailed(f"order {trade.order.orderId} ended {status.status}: {trade.log}")
        return (f"order {trade.order.orderId} statuses {statuses(trade)}, "
                f"filled {status.filled} @ {status.avgFillPrice}")

    async def open_orders(self):
        trades = await self.ib.reqOpenOrdersAsync()
        return f"{[(t.order.orderId, t.orderStatus.status) for t in trades]}"

    async def completed_orders(self):
        trades = await self.ib.reqCompletedOrdersAsync(False)
        return f"{[(t.contract.symbol, t.order.action, t.orderStatus.status) for t in trades]}"

    async def executions(self):
        fills = await self.ib.reqExecutionsAsync()
        if not fills:
            raise StepFailed("no executions after a fill")
        # reqExecutionsAsync answers fresh Fill objects; ib_async files a commission report
        # under the fill it first saw for that execId, which ib.fills() holds
        known = {f.execution.execId: f for f in self.ib.fills()}
        reports = {e: known[e].commissionReport for e in (f.execution.execId for f in fills)
                   if e in known}
        without = [f.execution.execId for f in fills
                   if f.execution.execId not in reports
                   or not reports[f.execution.execId].execId]
        detail = [(f.execution.execId, f.execution.shares,
                   reports.get(f.execution.execId, f.commissionReport).commission)
                  for f in fills]
        if without:
            raise StepFailed(f"{detail}; no commission report for {without}")
        return f"{detail}"

    async def cancel_limit_order(self):
        trade = self.ib.placeOrder(self.require_spy(), LimitOrder("BUY", 1, 1.00))
        while trade.orderStatus.status not in ("Submitted", "PreSubmitted") and not trade.isDone():
            await trade.statusEvent
        self.ib.cancelOrder(trade.order)
        while not trade.isDone():
            await trade.statusEvent
        if trade.orderStatus.status != "Cancelled":
            raise StepFailed(f"statuses {statuses(trade)}")
        return f"order {trade.order.orderId} statuses {statuses(trade)}"

    async def disconnect(self):
        self.ib.disconnect()
        return f"connected afterwards: {self.ib.isConnected()}"

    def require_spy(self):
        if self.spy is None:
            raise StepFailed("no qualified SPY (qualifyContracts failed)")
        return self.spy

    async def run(self):
        # connect waits for every start-up request in turn (each up to the timeout)
        await self.step("connect", self.connect, timeout=8 * self.args.timeout)
        if not self.ib.isConnected():
            return
        await self.step("managed accounts", self.managed_accounts)
        await self.step("reqCurrentTime", self.current_time)
        await self.step("account summary (all tags)", self.account_summary)
        await self.step("reqAccountUpdates to accountDownloadEnd", self.account_updates)
        await self.step("positions", self.positions)
        await self.step("qualifyContracts SPY", self.qualify)
        await self.step("reqContractDetails SPY", self.contract_details)
        await self.step("snapshot quote (delayed data)" + self.spy_note, self.snapshot_quote)
        await self.step("daily historical bars" + self.spy_note, self.daily_bars)
        await self.step("MKT order to its fill" + self.spy_note, self.market_order)
        await self.step("open orders", self.open_orders)
        await self.step("completed orders", self.completed_orders)
        await self.step("executions with commission reports", self.executions)
        await self.step("cancel a resting LMT order" + self.spy_note, self.cancel_limit_order)
        await self.step("disconnect", self.disconnect)


def statuses(trade):
    """The order's statuses in the order ib_async logged them."""
    return [entry.status for entry in trade.log]


def is_price(value):
    return value is not None and not math.isnan(value) and value > 0


def print_summary(scenario, collector):
    counts = {}
    for _, status, _, _ in scenario.results:
        counts[status] = counts.get(status, 0) + 1
    print("\n== summary (ib_async)")
    for name, status, seconds, _ in scenario.results:
        print(f"  {status:9} {seconds:7.3f} s  {name}")
    print("  " + ", ".join(f"{n} {s}" for s, n in counts.items()))
    print(f"  ib_async warnings/errors logged: {len(collector.records)}")
    for record in collector.records:
        print(f"    {record.name} {record.levelname}: {first_line(record)}")
    print(f"  server error messages: {len(scenario.server_errors)}")
    for req_id, code, message in scenario.server_errors:
        print(f"    reqId {req_id} code {code}: {message}")


async def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--client-id", type=int, default=7)
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds per step")
    args = parser.parse_args()

    collector = LogCollector()
    logging.getLogger("ib_async").addHandler(collector)
    logging.getLogger("ib_async").setLevel(logging.INFO)

    scenario = Scenario(args)
    try:
        await scenario.run()
    finally:
        if scenario.ib.isConnected():
            scenario.ib.disconnect()
    print_summary(scenario, collector)
    all_ok = all(status == "ok" for _, status, _, _ in scenario.results)
    return 0 if all_ok and len(scenario.results) > 1 else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
