#!/usr/bin/env node
"use strict";
// Decode throughput of @stoqey/ib on a recorded gateway stream: the counterpart of our
// dev.ibtrading.bench.DecodeThroughput on the same bytes (docs/performance.md,
// bench/codec-ratio.sh).
//
// The recording holds what a gateway sent after its hello: length-prefixed frames only. The bytes
// go through stoqey's own receive path, without a TCP socket: Socket.onData (reassembly, framing,
// splitting into tokens) -> Decoder (typed decoding) -> events on the IBApi object. One pass feeds
// the whole recording in --read-size chunks, as a socket read would deliver them.
//
// Same structure as our side: --warmup iterations, then --iterations measured ones, each running
// whole passes until the process has used --time-ms of CPU time; each reports messages per CPU
// second of the process and per wall-clock second. Messages are counted as stoqey's decoder takes
// them in (one per frame). Before timing, one pass must decode every frame with no decoding
// problem and leave nothing buffered; otherwise the figure would not compare like with like and
// the script exits 1. Prints one JSON line: per-iteration figures and their medians.
//
//   node decode-benchmark.js [--recording FILE] [--warmup 3] [--iterations 5] [--time-ms 2000]
//                            [--read-size 65536] [--server-version 176] [--check]
//
// --check runs the checking pass only and prints what it decoded (used by a Java test).

const fs = require("fs");
const path = require("path");
const util = require("util");

// stoqey logs nothing on this path, but keep stdout for the JSON line whatever it does.
const stoqeyLogs = [];
for (const level of ["log", "info", "debug", "warn", "error", "trace"]) {
  console[level] = (...args) => stoqeyLogs.push(`${level}: ${util.format(...args)}`);
}

const { IBApi, EventName } = require("@stoqey/ib");
const stoqeyVersion = require("@stoqey/ib/package.json").version;

const DEFAULT_RECORDING = path.join(__dirname, "../../resources/tws/recorded-session.bin");
// Codes and words stoqey's decoder uses when a frame does not fit (UNKNOWN_ID 505 and kin).
const DECODE_PROBLEM_CODES = new Set([503, 505, 506, 507, 508]);
const DECODE_PROBLEM_TEXT =
  /unprocessed data|underrun|no parser implementation|decoding error|unknown message/i;

function fail(message, code = 1) {
  process.stderr.write(`decode-benchmark.js: ${message}\n`);
  process.exit(code);
}

function options() {
  let values;
  try {
    ({ values } = util.parseArgs({
      options: {
        recording: { type: "string", default: DEFAULT_RECORDING },
        warmup: { type: "string", default: "3" },
        iterations: { type: "string", default: "5" },
        "time-ms": { type: "string", default: "2000" },
        "read-size": { type: "string", default: "65536" },
        "server-version": { type: "string", default: "176" },
        check: { type: "boolean", default: false },
      },
    }));
  } catch (e) {
    fail(e.message, 2);
  }
  const int = (name, min) => {
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < min) {
      fail(`--${name} '${values[name]}' (expected: integer >= ${min})`, 2);
    }
    return n;
  };
  return {
    recording: values.recording,
    warmup: int("warmup", 0),
    iterations: int("iterations", 1),
    timeMs: int("time-ms", 1),
    readSize: int("read-size", 1),
    serverVersion: int("server-version", 100),
    check: values.check,
  };
}

/** Frames in the recording, counted from their 4-byte big-endian length prefixes. */
function countFrames(bytes) {
  let frames = 0;
  let offset = 0;
  while (offset + 4 <= bytes.length) {
    offset += 4 + bytes.readInt32BE(offset);
    frames++;
  }
  if (offset !== bytes.length) {
    fail(`recording does not end on a frame boundary (${offset} vs ${bytes.length} bytes)`);
  }
  return frames;
}

/**
 * One stoqey client, past its handshake, whose decoder counts the messages it takes in. The hello
 * goes through stoqey's own first-message path, which sets the server version the decoder uses.
 */
function decodingClient(serverVersion) {
  const ib = new IBApi({ clientId: 0 });
  const controller = ib.controller;
  const socket = controller.socket;
  const decoder = controller.decoder;
  const counts = { messages: 0, problems: [] };
  const processMsg = decoder.processMsg.bind(decoder);
  decoder.processMsg = (msgId) => {
    counts.messages++;
    return processMsg(msgId);
  };
  ib.on(EventName.error, (error, code, reqId) => {
    const text = String(error && error.message);
    if (DECODE_PROBLEM_CODES.has(code) || DECODE_PROBLEM_TEXT.test(text)) {
      counts.problems.push({ code, reqId, text: text.slice(0, 300) });
    }
  });
  socket.onData(frame([serverVersion, "20250103 15:00:00 UTC", ""].join("\0")));
  if (socket.serverVersion !== serverVersion) {
    fail(`stoqey did not accept server version ${serverVersion} (has ${socket.serverVersion})`);
  }
  return { ib, socket, decoder, counts };
}

function frame(text) {
  const body = Buffer.from(text, "utf8");
  const header = Buffer.alloc(4);
  header.writeInt32BE(body.length);
  return Buffer.concat([header, body]);
}

/** Feeds the whole recording, in read-size chunks, through the client's receive path. */
function pass(client, chunks) {
  for (const chunk of chunks) {
    client.socket.onData(chunk);
  }
}

function checkingPass(client, chunks, frames) {
  const events = {};
  const countEvent = (name) => {
    events[name] = (events[name] || 0) + 1;
  };
  client.ib.on(EventName.all, countEvent);
  pass(client, chunks);
  client.ib.off(EventName.all, countEvent);
  const { counts, socket, decoder } = client;
  const leftover = socket._v100MessageBuffer.length + decoder.dataQueue.length;
  const result = {
    frames,
    messages: counts.messages,
    decodingProblems: counts.problems.length,
    firstProblems: counts.problems.slice(0, 3),
    leftoverBytesAndTokens: leftover,
    events,
  };
  const ok = counts.messages === frames && counts.problems.length === 0 && leftover === 0;
  counts.messages = 0;
  return { ok, result };
}

/** CPU time the whole process used so far (all threads, as the JVM's process CPU time). */
function processCpuNanos() {
  const { user, system } = process.cpuUsage();
  return (user + system) * 1000;
}

/** Whole passes until the process used timeMs of CPU; messages per CPU second and wall second. */
function iteration(client, chunks, timeMs) {
  const before = client.counts.messages;
  const cpuStart = processCpuNanos();
  const wallStart = process.hrtime.bigint();
  let cpu;
  do {
    pass(client, chunks);
    cpu = processCpuNanos() - cpuStart;
  } while (cpu < timeMs * 1e6);
  const wall = Number(process.hrtime.bigint() - wallStart);
  const messages = client.counts.messages - before;
  return { cpu: (messages * 1e9) / cpu, wall: (messages * 1e9) / wall };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function main() {
  const opts = options();
  const bytes = fs.readFileSync(opts.recording);
  const frames = countFrames(bytes);
  const chunks = [];
  for (let offset = 0; offset < bytes.length; offset += opts.readSize) {
    chunks.push(bytes.subarray(offset, Math.min(offset + opts.readSize, bytes.length)));
  }
  const client = decodingClient(opts.serverVersion);
  const checked = checkingPass(client, chunks, frames);
  if (opts.check || !checked.ok) {
    process.stdout.write(JSON.stringify({ ok: checked.ok, ...checked.result, stoqeyLogs }) + "\n");
    process.exit(checked.ok ? 0 : 1);
  }
  for (let i = 0; i < opts.warmup; i++) {
    iteration(client, chunks, opts.timeMs);
  }
  const measured = [];
  for (let i = 0; i < opts.iterations; i++) {
    measured.push(iteration(client, chunks, opts.timeMs));
  }
  if (client.counts.problems.length > 0) {
    fail(`decoding problems while timing: ${JSON.stringify(client.counts.problems.slice(0, 3))}`);
  }
  const column = (key) => measured.map((m) => Math.round(m[key]));
  const line = {
    client: `@stoqey/ib ${stoqeyVersion}`,
    node: process.version,
    bytes: bytes.length,
    frames,
    readSize: opts.readSize,
    warmup: `${opts.warmup} x ${opts.timeMs} ms CPU`,
    unit: "msg/s",
    cpuIterations: column("cpu"),
    wallIterations: column("wall"),
    cpuMedian: Math.round(median(column("cpu"))),
    wallMedian: Math.round(median(column("wall"))),
  };
  process.stdout.write(JSON.stringify(line) + "\n");
}

main();
