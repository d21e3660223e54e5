"use strict";
// Steps about the session and the account: connect, current time, account summary, positions,
// reqIds, disconnect (tws-protocol.md §2, §3.1-§3.3, §3.12, §5.1).

const { EventName } = require("@stoqey/ib");
const { StepFailure } = require("./session");
const { REQ, check, fromStep, barrier, isNumber } = require("./flow");

const SUMMARY_TAGS = ["NetLiquidation", "TotalCashValue", "BuyingPower", "AvailableFunds"];
const REQUIRED_TAGS = ["NetLiquidation", "TotalCashValue", "BuyingPower"];

async function connect(ctx, flow) {
  let connectionTime;
  ctx.on(EventName.server, (version, time) => (connectionTime = time));
  const idArrived = ctx.waitFor("nextValidId", EventName.nextValidId);
  const accountsArrived = ctx.waitFor("managedAccounts", EventName.managedAccounts);
  ctx.ib.connect(flow.options.clientId);
  const [[orderId], [accountsList]] = await Promise.all([idArrived, accountsArrived]);
  const accounts = String(accountsList)
    .split(",")
    .filter((a) => a.length > 0);
  check(accounts.length > 0, `managedAccounts '${accountsList}' (expected: at least one account)`);
  check(Number.isInteger(orderId) && orderId > 0, `nextValidId ${orderId} (expected: > 0)`);
  flow.state.account = accounts[0];
  flow.state.initialNextId = orderId;
  flow.state.nextOrderId = orderId;
  return {
    serverVersion: ctx.ib.serverVersion,
    connectionTime,
    nextValidId: orderId,
    accounts,
  };
}

async function currentTime(ctx, flow) {
  const answered = ctx.waitFor("currentTime", EventName.currentTime);
  ctx.ib.reqCurrentTime();
  const [time] = await answered;
  check(Number.isInteger(time) && time > 0, `currentTime ${time} (expected: epoch seconds > 0)`);
  const expected = flow.options.expectTime;
  check(
    expected === undefined || time === expected,
    `currentTime ${time} (expected: ${expected}, the gateway's clock)`,
  );
  return { epochSeconds: time, utc: new Date(time * 1000).toISOString() };
}

async function accountSummary(ctx, flow) {
  const reqId = ctx.own(REQ.accountSummary);
  const rows = [];
  ctx.on(EventName.accountSummary, (id, account, tag, value, currency) => {
    if (id === reqId) rows.push({ account, tag, value, currency });
  });
  const ended = ctx.waitFor(
    `accountSummaryEnd(${reqId})`,
    EventName.accountSummaryEnd,
    (id) => id === reqId,
  );
  ctx.ib.reqAccountSummary(reqId, "All", SUMMARY_TAGS.join(","));
  await ended;
  const shown = rows.map((r) => `${r.account} ${r.tag}=${r.value} ${r.currency}`);
  for (const tag of REQUIRED_TAGS) {
    const row = rows.find((r) => r.tag === tag && r.account === flow.state.account);
    check(row, `no ${tag} row for account ${flow.state.account} (got: ${JSON.stringify(shown)})`);
    check(
      /^-?\d+(\.\d+)?$/.test(String(row.value)),
      `${tag} value '${row.value}' (expected: a plain decimal number)`,
    );
    check(row.currency === "USD", `${tag} currency '${row.currency}' (expected: USD)`);
  }
  const unrequested = rows.filter((r) => !SUMMARY_TAGS.includes(r.tag)).map((r) => r.tag);
  check(unrequested.length === 0, `rows for tags not requested: ${unrequested.join(", ")}`);
  ctx.ib.cancelAccountSummary(reqId);
  await barrier(ctx, "cancelAccountSummary");
  return { rows: shown };
}

/** Sends REQ_POSITIONS, collects until positionEnd, cancels; validates every row's fields. */
async function readPositions(ctx) {
  const rows = [];
  ctx.on(EventName.position, (account, contract, pos, avgCost) => {
    rows.push({
      account,
      symbol: contract.symbol,
      conId: contract.conId,
      secType: contract.secType,
      pos,
      avgCost,
    });
  });
  const ended = ctx.waitFor("positionEnd", EventName.positionEnd);
  ctx.ib.reqPositions();
  await ended;
  for (const row of rows) {
    const where = `position ${JSON.stringify(row)}`;
    check(
      row.account && row.symbol && row.secType,
      `${where} (expected: account, symbol, secType)`,
    );
    check(Number.isInteger(row.conId) && row.conId > 0, `${where} (expected: conId > 0)`);
    check(isNumber(row.pos) && isNumber(row.avgCost), `${where} (expected: numeric pos, avgCost)`);
  }
  ctx.ib.cancelPositions();
  await barrier(ctx, "cancelPositions");
  return rows;
}

async function positions(ctx, flow) {
  const rows = await readPositions(ctx);
  flow.state.positionsBefore = rows;
  return { positions: rows };
}

async function positionsAfterFill(ctx, flow) {
  const rows = await readPositions(ctx);
  const order = fromStep(flow, "marketOrder", flow.state.marketOrder);
  if (order) {
    const held = (list) =>
      (list || [])
        .filter((r) => r.symbol === order.symbol && r.account === flow.state.account)
        .reduce((sum, r) => sum + r.pos, 0);
    const before = held(flow.state.positionsBefore);
    const after = held(rows);
    check(
      after === before + order.quantity,
      `${order.symbol} position ${after} (expected: ${before} before + ${order.quantity} bought)`,
    );
    const row = rows.find((r) => r.symbol === order.symbol);
    check(row.avgCost > 0, `${order.symbol} avgCost ${row.avgCost} (expected: > 0)`);
  }
  return { positions: rows };
}

async function reqIds(ctx, flow) {
  const answered = ctx.waitFor("nextValidId", EventName.nextValidId);
  ctx.ib.reqIds(1);
  const [id] = await answered;
  const minimum = Math.max(flow.state.initialNextId, (flow.state.highestOrderId || 0) + 1);
  check(
    id >= minimum,
    `nextValidId ${id} (expected: >= ${minimum}, above every order id used, §5.1)`,
  );
  return { nextValidId: id };
}

async function disconnect(ctx, flow) {
  if (flow.session.connectionLost) {
    throw new StepFailure(`nothing to disconnect: ${flow.session.connectionLost}`);
  }
  flow.session.disconnecting = true;
  const closed = ctx.waitFor("disconnected", EventName.disconnected);
  ctx.ib.disconnect();
  await closed;
  return {};
}

module.exports = {
  connect,
  currentTime,
  accountSummary,
  positions,
  positionsAfterFill,
  reqIds,
  disconnect,
};
