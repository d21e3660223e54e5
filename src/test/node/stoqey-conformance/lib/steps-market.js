"use strict";
// Steps about instruments and prices: contract details (good and unknown symbol), market data
// type, snapshot quote, historical daily bars (tws-protocol.md §3.4-§3.6).

const { EventName, IBApiTickType } = require("@stoqey/ib");
const { REQ, stock, check, barrier, isNumber } = require("./flow");

const UNKNOWN_SYMBOL = "ZZZNOSUCH";
const PRICE_TICKS = { bid: [1, 66], ask: [2, 67], last: [4, 68], close: [9, 75] };

async function contractDetails(ctx) {
  const reqId = ctx.own(REQ.contractDetails);
  const details = [];
  ctx.on(EventName.contractDetails, (id, d) => id === reqId && details.push(d));
  const ended = ctx.waitFor(
    `contractDetailsEnd(${reqId})`,
    EventName.contractDetailsEnd,
    (id) => id === reqId,
  );
  ctx.ib.reqContractDetails(reqId, stock("AAPL"));
  await ended;
  check(
    details.length > 0,
    "contractDetailsEnd without contractDetails (expected: AAPL's details)",
  );
  const d = details[0];
  const c = d.contract;
  check(
    c.symbol === "AAPL" && c.secType === "STK",
    `contract ${c.symbol}/${c.secType} (expected: AAPL/STK)`,
  );
  check(Number.isInteger(c.conId) && c.conId > 0, `conId ${c.conId} (expected: > 0)`);
  check(c.currency === "USD", `currency '${c.currency}' (expected: USD)`);
  check(isNumber(d.minTick) && d.minTick > 0, `minTick ${d.minTick} (expected: > 0)`);
  check(d.longName, `longName '${d.longName}' (expected: a company name)`);
  return {
    count: details.length,
    conId: c.conId,
    exchange: c.exchange,
    primaryExchange: c.primaryExch,
    longName: d.longName,
    minTick: d.minTick,
    timeZoneId: d.timeZoneId,
  };
}

async function contractDetailsUnknown(ctx) {
  const reqId = ctx.own(REQ.contractDetailsUnknown);
  ctx.accept(reqId, 200);
  ctx.on(EventName.contractDetails, (id) => {
    if (id === reqId) ctx.fail(`contractDetails for ${UNKNOWN_SYMBOL} (expected: error 200 only)`);
  });
  ctx.on(EventName.contractDetailsEnd, (id) => {
    if (id === reqId) ctx.fail("contractDetailsEnd (expected: error 200 and no END, §3.4)");
  });
  const rejected = ctx.waitFor(
    `error 200 for reqId ${reqId}`,
    EventName.error,
    (e, code, id) => id === reqId && code === 200,
  );
  ctx.ib.reqContractDetails(reqId, stock(UNKNOWN_SYMBOL));
  const [err] = await rejected;
  await barrier(ctx, "error 200"); // an END sent after the error would arrive before this answer
  return { symbol: UNKNOWN_SYMBOL, code: 200, message: err.message };
}

async function marketDataType(ctx) {
  ctx.ib.reqMarketDataType(3);
  await barrier(ctx, "reqMarketDataType"); // no direct reply exists (§3.5)
  return { requested: 3 };
}

async function snapshotQuote(ctx, flow) {
  const tickerId = ctx.own(REQ.snapshotQuote);
  const prices = {};
  const sizes = {};
  const strings = {};
  const seen = {};
  const name = (type) => IBApiTickType[type] || String(type);
  ctx.on(EventName.tickPrice, (id, type, price) => {
    if (id === tickerId) prices[name(type)] = price;
  });
  ctx.on(EventName.tickSize, (id, type, size) => {
    if (id === tickerId) sizes[name(type)] = size;
  });
  ctx.on(EventName.tickString, (id, type, value) => {
    if (id === tickerId) strings[name(type)] = value;
  });
  ctx.on(EventName.marketDataType, (id, type) => {
    if (id === tickerId) seen.marketDataType = type;
  });
  ctx.on(EventName.tickReqParams, (id, minTick, bboExchange, snapshotPermissions) => {
    // stoqey decodes minTick as an int (0 for 0.01, §3.5): reported, not checked.
    if (id === tickerId) seen.tickReqParams = { minTick, bboExchange, snapshotPermissions };
  });
  const ended = ctx.waitFor(
    `tickSnapshotEnd(${tickerId})`,
    EventName.tickSnapshotEnd,
    (id) => id === tickerId,
  );
  ctx.ib.reqMktData(tickerId, stock("SPY"), "", true, false);
  await ended;
  const pick = (types) => types.map((t) => prices[name(t)]).find((p) => isNumber(p) && p > 0);
  const bid = pick(PRICE_TICKS.bid);
  const ask = pick(PRICE_TICKS.ask);
  const last = pick(PRICE_TICKS.last);
  check(
    bid !== undefined || ask !== undefined || last !== undefined,
    `no positive bid/ask/last price tick (got prices: ${JSON.stringify(prices)})`,
  );
  check(bid === undefined || ask === undefined || bid <= ask, `bid ${bid} > ask ${ask}`);
  flow.state.lastPrice = last !== undefined ? last : bid !== undefined ? bid : ask;
  return { ...seen, prices, sizes, strings };
}

async function historicalBars(ctx) {
  const reqId = ctx.own(REQ.historicalBars);
  const bars = [];
  const isEnd = (date) => String(date).startsWith("finished");
  ctx.on(EventName.historicalData, (id, date, open, high, low, close, volume, count, wap) => {
    if (id === reqId && !isEnd(date))
      bars.push({ date, open, high, low, close, volume, count, wap });
  });
  const ended = ctx.waitFor(
    `historicalData end (${reqId})`,
    EventName.historicalData,
    (id, date) => id === reqId && isEnd(date),
  );
  ctx.ib.reqHistoricalData(reqId, stock("SPY"), "", "5 D", "1 day", "TRADES", 1, 1, false);
  const [, marker] = await ended;
  check(
    bars.length > 0,
    `no bars before the end marker '${marker}' (expected: daily bars for 5 D)`,
  );
  let previous = "";
  for (const bar of bars) {
    const where = `bar ${JSON.stringify(bar)}`;
    check(/^\d{8}$/.test(bar.date), `${where}: date (expected: yyyyMMdd for formatDate 1)`);
    check(bar.date > previous, `${where}: date not after ${previous} (expected: ascending dates)`);
    check(
      [bar.open, bar.high, bar.low, bar.close].every((p) => isNumber(p) && p > 0),
      `${where}: prices (expected: all > 0)`,
    );
    check(
      bar.low <= Math.min(bar.open, bar.close) && bar.high >= Math.max(bar.open, bar.close),
      `${where}: open/close outside [low, high]`,
    );
    check(isNumber(bar.volume) && bar.volume >= 0, `${where}: volume (expected: >= 0)`);
    previous = bar.date;
  }
  return { count: bars.length, first: bars[0], last: bars[bars.length - 1], endMarker: marker };
}

module.exports = {
  contractDetails,
  contractDetailsUnknown,
  marketDataType,
  snapshotQuote,
  historicalBars,
};
