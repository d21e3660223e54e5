"use strict";
// Steps about orders: a MKT buy to Filled, a resting LMT buy, open orders, all open orders, the
// LMT's cancel, executions (tws-protocol.md §3.7-§3.12, §5.3).

const { EventName } = require("@stoqey/ib");
const { REQ, stock, check, fromStep, barrier, isNumber, round2 } = require("./flow");

const SYMBOL = "SPY";
const MARKET_QUANTITY = 10;
const LIMIT_QUANTITY = 1;
const TERMINAL = ["Filled", "Cancelled", "ApiCancelled", "Inactive"];

function order(flow, fields) {
  return { tif: "DAY", transmit: true, account: flow.state.account, ...fields };
}

function takeOrderId(flow) {
  const id = flow.state.nextOrderId++;
  flow.state.highestOrderId = Math.max(flow.state.highestOrderId || 0, id);
  return id;
}

function execView(reqId, contract, e) {
  return {
    reqId,
    orderId: e.orderId,
    execId: e.execId,
    symbol: contract.symbol,
    side: e.side,
    shares: e.shares,
    price: e.price,
    cumQty: e.cumQty,
    avgPrice: e.avgPrice,
    time: e.time,
  };
}

async function marketOrder(ctx, flow) {
  const orderId = ctx.own(takeOrderId(flow));
  const statuses = [];
  const executions = [];
  const commissions = [];
  ctx.on(EventName.orderStatus, (id, status, filled, remaining, avgFillPrice) => {
    if (id === orderId) statuses.push({ status, filled, remaining, avgFillPrice });
  });
  ctx.on(EventName.execDetails, (reqId, contract, e) => {
    if (e.orderId === orderId) executions.push(execView(reqId, contract, e));
  });
  const opened = ctx.waitFor(
    `openOrder for order ${orderId}`,
    EventName.openOrder,
    (id) => id === orderId,
  );
  const filled = ctx.waitFor(
    `orderStatus Filled for order ${orderId}`,
    EventName.orderStatus,
    (id, status) => {
      if (id !== orderId) return false;
      check(
        status === "Filled" || !TERMINAL.includes(status),
        `MKT order reached ${status} (expected: Filled)`,
      );
      return status === "Filled";
    },
  );
  const executed = ctx.waitFor(
    `execDetails for order ${orderId}`,
    EventName.execDetails,
    (r, c, e) => e.orderId === orderId,
  );
  const charged = ctx.waitFor(
    `commissionReport for the fill's execId`,
    EventName.commissionReport,
    (report) => {
      const ours = executions.some((e) => e.execId === report.execId);
      if (ours) commissions.push(report);
      return ours;
    },
  );
  ctx.ib.placeOrder(
    orderId,
    stock(SYMBOL),
    order(flow, { action: "BUY", orderType: "MKT", totalQuantity: MARKET_QUANTITY }),
  );
  await Promise.all([opened, filled, executed, charged]);
  const final = statuses[statuses.length - 1];
  check(
    final.filled === MARKET_QUANTITY && final.remaining === 0 && final.avgFillPrice > 0,
    `final orderStatus ${JSON.stringify(final)} (expected: filled ${MARKET_QUANTITY}, remaining 0, avgFillPrice > 0)`,
  );
  for (const e of executions) {
    const where = `execDetails ${JSON.stringify(e)}`;
    check(e.reqId === -1, `${where}: reqId (expected: -1 for a pushed fill, §3.11)`);
    check(
      e.side === "BOT" && e.symbol === SYMBOL,
      `${where}: (expected: side BOT, symbol ${SYMBOL})`,
    );
    check(
      e.execId && isNumber(e.price) && e.price > 0,
      `${where}: (expected: execId and price > 0)`,
    );
  }
  const shares = executions.reduce((sum, e) => sum + e.shares, 0);
  check(
    shares === MARKET_QUANTITY,
    `executions total ${shares} shares (expected: ${MARKET_QUANTITY})`,
  );
  const commission = commissions[0];
  check(
    isNumber(commission.commission) && commission.commission >= 0 && commission.currency === "USD",
    `commissionReport ${JSON.stringify(commission)} (expected: commission >= 0 in USD)`,
  );
  flow.state.marketOrder = {
    id: orderId,
    symbol: SYMBOL,
    quantity: MARKET_QUANTITY,
    execIds: executions.map((e) => e.execId),
  };
  return { orderId, statuses: statuses.map((s) => s.status), final, executions, commission };
}

async function limitOrder(ctx, flow) {
  const orderId = ctx.own(takeOrderId(flow));
  // Half the market (or $1 without a quote) rests on any paper book.
  const lmtPrice = flow.state.lastPrice ? round2(flow.state.lastPrice / 2) : 1;
  const opened = ctx.waitFor(
    `openOrder for order ${orderId}`,
    EventName.openOrder,
    (id) => id === orderId,
  );
  const working = ctx.waitFor(
    `orderStatus Submitted/PreSubmitted for order ${orderId}`,
    EventName.orderStatus,
    (id, status) => {
      if (id !== orderId) return false;
      check(
        !TERMINAL.includes(status),
        `LMT order at ${lmtPrice} reached ${status} (expected: resting)`,
      );
      return status === "Submitted" || status === "PreSubmitted";
    },
  );
  const fields = { action: "BUY", orderType: "LMT", lmtPrice, totalQuantity: LIMIT_QUANTITY };
  ctx.ib.placeOrder(orderId, stock(SYMBOL), order(flow, fields));
  const [[, , , orderState], [, status]] = await Promise.all([opened, working]);
  flow.state.limitOrder = { id: orderId, lmtPrice };
  return { orderId, lmtPrice, status, openOrderStatus: orderState.status };
}

/** Sends one open-orders request and checks the answer against the orders placed before. */
async function readOpenOrders(ctx, flow, send) {
  const orders = [];
  ctx.on(EventName.openOrder, (id, contract, o, orderState) => {
    orders.push({
      orderId: id,
      symbol: contract.symbol,
      action: o.action,
      orderType: o.orderType,
      totalQuantity: o.totalQuantity,
      lmtPrice: o.lmtPrice,
      status: orderState.status,
    });
  });
  const ended = ctx.waitFor("openOrderEnd", EventName.openOrderEnd);
  send();
  await ended;
  const resting = fromStep(flow, "limitOrder", flow.state.limitOrder);
  if (resting) {
    const o = orders.find((x) => x.orderId === resting.id);
    check(o, `resting LMT order ${resting.id} missing (got: ${JSON.stringify(orders)})`);
    const expected = {
      symbol: SYMBOL,
      action: "BUY",
      orderType: "LMT",
      totalQuantity: LIMIT_QUANTITY,
      lmtPrice: resting.lmtPrice,
    };
    const wrong = Object.keys(expected).filter((k) => o[k] !== expected[k]);
    check(
      wrong.length === 0,
      `openOrder ${JSON.stringify(o)} differs in ${wrong} (expected: ${JSON.stringify(expected)})`,
    );
  }
  const filled = flow.state.marketOrder;
  check(
    !filled || !orders.some((x) => x.orderId === filled.id),
    `filled MKT order ${filled && filled.id} listed (expected: only working orders, §5.3)`,
  );
  return { orders };
}

async function openOrders(ctx, flow) {
  return readOpenOrders(ctx, flow, () => ctx.ib.reqOpenOrders());
}

async function allOpenOrders(ctx, flow) {
  return readOpenOrders(ctx, flow, () => ctx.ib.reqAllOpenOrders());
}

async function cancelOrder(ctx, flow) {
  const resting = fromStep(flow, "limitOrder", flow.state.limitOrder);
  check(resting, "no resting order to cancel (the limitOrder step is needed)");
  const orderId = ctx.own(resting.id);
  const notice = ctx.accept(orderId, 202);
  const cancelled = ctx.waitFor(
    `orderStatus Cancelled for order ${orderId}`,
    EventName.orderStatus,
    (id, status) => {
      if (id !== orderId) return false;
      check(status !== "Filled", `LMT order reached Filled (expected: Cancelled)`);
      return status === "Cancelled";
    },
  );
  ctx.ib.cancelOrder(orderId);
  await cancelled;
  await barrier(ctx, "the cancel"); // a 202 that trails the status still belongs to this step
  return { orderId, status: "Cancelled", error202: notice.seen };
}

async function executions(ctx, flow) {
  const reqId = ctx.own(REQ.executions);
  const found = [];
  const commissionExecIds = [];
  ctx.on(EventName.execDetails, (id, contract, e) => {
    if (id === reqId) found.push(execView(id, contract, e));
  });
  ctx.on(EventName.commissionReport, (report) => commissionExecIds.push(report.execId));
  const ended = ctx.waitFor(
    `execDetailsEnd(${reqId})`,
    EventName.execDetailsEnd,
    (id) => id === reqId,
  );
  ctx.ib.reqExecutions(reqId, {});
  await ended;
  const market = fromStep(flow, "marketOrder", flow.state.marketOrder);
  if (market) {
    const fills = found.filter((e) => e.orderId === market.id);
    check(
      fills.length > 0,
      `no execution of MKT order ${market.id} (got: ${JSON.stringify(found)})`,
    );
    const ids = fills.map((e) => e.execId).sort();
    check(
      JSON.stringify(ids) === JSON.stringify([...market.execIds].sort()),
      `execIds ${ids} (expected: ${market.execIds}, those pushed when the order filled)`,
    );
    const shares = fills.reduce((sum, e) => sum + e.shares, 0);
    check(shares === market.quantity, `replayed ${shares} shares (expected: ${market.quantity})`);
  }
  return { executions: found, commissionReports: commissionExecIds.length };
}

module.exports = { marketOrder, limitOrder, openOrders, allOpenOrders, cancelOrder, executions };
