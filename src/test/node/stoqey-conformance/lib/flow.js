"use strict";
// Small helpers shared by the step files.

const { EventName } = require("@stoqey/ib");
const { StepFailure } = require("./session");

/** Request ids of the flow; order ids come from nextValidId and never reach this range. */
const REQ = {
  accountSummary: 1001,
  contractDetails: 1002,
  contractDetailsUnknown: 1003,
  snapshotQuote: 1004,
  historicalBars: 1005,
  executions: 1006,
};

/** A SMART-routed US stock, as a trading worker would ask for it. */
function stock(symbol) {
  return { symbol, secType: "STK", exchange: "SMART", currency: "USD" };
}

/** Fails the step with {@code message} (actual and expected) unless {@code condition} holds. */
function check(condition, message) {
  if (!condition) {
    throw new StepFailure(message);
  }
}

/**
 * A value an earlier step produced. When that step was selected but did not deliver, this step
 * fails naming it; when it was not selected, returns undefined so the step checks what it can.
 */
function fromStep(flow, stepName, value) {
  if (value !== undefined) return value;
  check(
    !flow.selected.has(stepName),
    `needs the result of step ${stepName}, which did not succeed`,
  );
  return undefined;
}

/**
 * One REQ_CURRENT_TIME round trip. The gateway serves a connection's requests in order, so once
 * the answer is back every earlier request (e.g. a cancel, which has no reply) was processed and
 * anything it caused was delivered to this step.
 */
async function barrier(ctx, why) {
  const answered = ctx.waitFor(`currentTime (round trip after ${why})`, EventName.currentTime);
  ctx.ib.reqCurrentTime();
  await answered;
}

function isNumber(value) {
  return typeof value === "number" && Number.isFinite(value);
}

function round2(value) {
  return Math.round(value * 100) / 100;
}

module.exports = { REQ, stock, check, fromStep, barrier, isNumber, round2 };
