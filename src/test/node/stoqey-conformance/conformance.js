#!/usr/bin/env node
"use strict";
// Drives @stoqey/ib, an independent TWS API client, through a trading worker's whole flow against
// a gateway. On stdout it prints the plan {"plan":["connect",...]}, then one JSON line per step
//   {"step":"currentTime","ok":true,"detail":{...}}
// then one summary line {"summary":{...},"ok":true|false}. Exit code 0 = every step passed,
// 1 = some step failed, 2 = bad arguments. Diagnostics go to stderr.
//
//   node conformance.js --port 4002 [--host 127.0.0.1] [--client-id 9] [--steps a,b,...]
//                       [--step-timeout-ms 5000] [--expect-time <epoch seconds>]
//
// --steps (or env CONFORMANCE_STEPS) runs a subset; connect and disconnect always run, and the
// final sessionClean step always reports decoding problems seen anywhere in the run.

const util = require("util");

// Capture console output before stoqey loads: anything it logs is judged by the session.
const earlyLogs = [];
let logSink = (level, text) => earlyLogs.push([level, text]);
for (const level of ["log", "info", "debug", "warn", "error", "trace"]) {
  console[level] = (...args) => logSink(level === "trace" ? "warn" : level, util.format(...args));
}

const { IBApi } = require("@stoqey/ib");
const { ConformanceSession } = require("./lib/session");
const sessionSteps = require("./lib/steps-session");
const marketSteps = require("./lib/steps-market");
const orderSteps = require("./lib/steps-orders");

/** The full flow, in order (tws-protocol.md §0 [E-ST]). */
const FLOW = [
  ["connect", sessionSteps.connect],
  ["currentTime", sessionSteps.currentTime],
  ["accountSummary", sessionSteps.accountSummary],
  ["positions", sessionSteps.positions],
  ["contractDetails", marketSteps.contractDetails],
  ["contractDetailsUnknown", marketSteps.contractDetailsUnknown],
  ["marketDataType", marketSteps.marketDataType],
  ["snapshotQuote", marketSteps.snapshotQuote],
  ["historicalBars", marketSteps.historicalBars],
  ["marketOrder", orderSteps.marketOrder],
  ["limitOrder", orderSteps.limitOrder],
  ["openOrders", orderSteps.openOrders],
  ["allOpenOrders", orderSteps.allOpenOrders],
  ["cancelOrder", orderSteps.cancelOrder],
  ["executions", orderSteps.executions],
  ["positionsAfterFill", sessionSteps.positionsAfterFill],
  ["reqIds", sessionSteps.reqIds],
  ["disconnect", sessionSteps.disconnect],
];
const ALWAYS_RUN = ["connect", "disconnect"];
const FINAL_STEP = "sessionClean";

function usage(message) {
  process.stderr.write(`conformance.js: ${message}\n`);
  process.stderr.write(`steps: ${FLOW.map(([name]) => name).join(",")}\n`);
  process.exit(2);
}

function integer(value, name) {
  const n = Number(value);
  if (!Number.isInteger(n)) usage(`--${name} '${value}' is not an integer`);
  return n;
}

function parseOptions() {
  let values;
  try {
    ({ values } = util.parseArgs({
      options: {
        host: { type: "string", default: "127.0.0.1" },
        port: { type: "string" },
        "client-id": { type: "string", default: "9" },
        steps: { type: "string" },
        "step-timeout-ms": { type: "string", default: "5000" },
        "expect-time": { type: "string" },
      },
    }));
  } catch (e) {
    usage(e.message);
  }
  if (values.port === undefined) usage("--port is required");
  const known = FLOW.map(([name]) => name);
  const wanted = (values.steps ?? process.env.CONFORMANCE_STEPS ?? "").trim();
  let selected = new Set(known);
  if (wanted !== "" && wanted !== "all") {
    const names = wanted
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const unknown = names.filter((n) => !known.includes(n));
    if (unknown.length) usage(`unknown steps: ${unknown.join(",")}`);
    selected = new Set([...ALWAYS_RUN, ...names]);
  }
  return {
    host: values.host,
    port: integer(values.port, "port"),
    clientId: integer(values["client-id"], "client-id"),
    stepTimeoutMs: integer(values["step-timeout-ms"], "step-timeout-ms"),
    expectTime:
      values["expect-time"] === undefined
        ? undefined
        : integer(values["expect-time"], "expect-time"),
    selected,
  };
}

function printLine(line) {
  process.stdout.write(JSON.stringify(line) + "\n");
}

function firstLines(error) {
  return String((error && error.stack) || error)
    .split("\n")
    .slice(0, 4)
    .join(" | ");
}

async function main() {
  const options = parseOptions();
  const ib = new IBApi({ host: options.host, port: options.port, clientId: options.clientId });
  const session = new ConformanceSession(ib, printLine);
  logSink = (level, text) => session.logged(level, text);
  earlyLogs.forEach(([level, text]) => session.logged(level, text));
  // A decoder exception other than an underrun escapes stoqey's socket handler (decoder.js).
  process.on("uncaughtException", (e) => session.problem(`uncaught exception: ${firstLines(e)}`));
  process.on("unhandledRejection", (e) => session.problem(`unhandled rejection: ${firstLines(e)}`));

  const plan = FLOW.map(([name]) => name).filter((name) => options.selected.has(name));
  printLine({ plan: [...plan, FINAL_STEP] });
  const flow = { options, selected: options.selected, state: {}, session };
  const results = [];
  let connected = false;
  for (const [name, run] of FLOW) {
    if (!flow.selected.has(name)) continue;
    const ok =
      name === "connect" || connected
        ? await session.runStep(name, options.stepTimeoutMs, (ctx) => run(ctx, flow))
        : session.report(name, false, { error: "not run: connect failed" });
    if (name === "connect") connected = ok;
    results.push([name, ok]);
  }
  const clean = session.allProblems.length === 0 && session.strays.length === 0;
  results.push([
    FINAL_STEP,
    session.report(FINAL_STEP, clean, {
      decodeProblems: session.allProblems,
      unexpected: session.strays,
    }),
  ]);

  session.finished = true;
  session.disconnecting = true;
  ib.disconnect();
  const failed = results.filter(([, ok]) => !ok).map(([name]) => name);
  printLine({
    summary: { passed: results.length - failed.length, failed: failed.length, failedSteps: failed },
    ok: failed.length === 0,
  });
  process.exit(failed.length === 0 ? 0 : 1);
}

main().catch((e) => {
  process.stderr.write(`conformance.js crashed: ${firstLines(e)}\n`);
  process.exit(3);
});
