"use strict";
// Wraps one @stoqey/ib IBApi connection for the conformance flow: runs steps one at a time with a
// timeout each, and turns everything stoqey reports (error/info events, console output, uncaught
// decoder exceptions) into step failures or notes. Nothing stoqey says is silently dropped.

const { EventName } = require("@stoqey/ib");

// stoqey's own words when a frame did not fit its decoder (decoder.js), plus client-side codes
// that mean the same: 505 UNKNOWN_ID (used for all decoding errors), 503/506 version trouble,
// 507 BAD_LENGTH, 508 BAD_MESSAGE.
const DECODE_PROBLEM_TEXT =
  /unprocessed data|underrun|no parser implementation|decoding error|unknown message/i;
const DECODE_PROBLEM_CODES = new Set([503, 505, 506, 507, 508]);

/** Notices that are not failures: farm status 2100-2199 and "displaying delayed data". */
function isNotice(code) {
  return (code >= 2100 && code < 2200) || code === 10167 || code === 10090;
}

const FRAMES_KEPT = 6;
const FRAME_TEXT_MAX = 240;

function frameText(tokens) {
  const text = tokens.map((t) => (t === undefined || t === null ? "" : String(t))).join("|");
  return text.length > FRAME_TEXT_MAX ? text.slice(0, FRAME_TEXT_MAX) + "..." : text;
}

class StepFailure extends Error {}

/** What one step is waiting for and has seen; listeners it adds are removed when it ends. */
class StepContext {
  constructor(session, name) {
    this.session = session;
    this.name = name;
    this.listeners = [];
    this.pending = new Set();
    this.ownedIds = new Set();
    this.accepted = []; // {id, code, seen}
    this.problems = [];
    this.notes = [];
    this.eventCounts = {};
    this.received = [];
    this.sent = [];
    this.aborted = new Promise((_, reject) => {
      this.abort = (message) => reject(new StepFailure(message));
    });
    this.aborted.catch(() => {}); // observed through Promise.race in runStep
  }

  get ib() {
    return this.session.ib;
  }

  /** Adds a listener for the duration of the step. */
  on(event, listener) {
    this.ib.on(event, listener);
    this.listeners.push([event, listener]);
  }

  /**
   * Resolves with the arguments of the first {@code event} matching {@code predicate}. Call before
   * sending the request. {@code label} names what is awaited in a timeout message.
   */
  waitFor(label, event, predicate = () => true) {
    this.pending.add(label);
    return new Promise((resolve, reject) => {
      const listener = (...args) => {
        let matches;
        try {
          matches = predicate(...args);
        } catch (e) {
          reject(new StepFailure(`${label}: ${e.message}`));
          return;
        }
        if (matches) {
          this.pending.delete(label);
          this.ib.off(event, listener);
          resolve(args);
        }
      };
      this.on(event, listener);
    });
  }

  /** Errors carrying {@code id} belong to this step: unless accepted, they fail it at once. */
  own(id) {
    this.ownedIds.add(id);
    return id;
  }

  /** An error {@code code} for {@code id} is allowed in this step; the record says if it came. */
  accept(id, code) {
    const record = { id, code, seen: false };
    this.accepted.push(record);
    return record;
  }

  note(text) {
    this.notes.push(text);
  }

  fail(message) {
    this.abort(message);
  }

  dispose() {
    for (const [event, listener] of this.listeners) {
      this.ib.off(event, listener);
    }
    this.listeners = [];
  }

  describeWait() {
    const waiting = this.pending.size ? [...this.pending].join(", ") : "the step to finish";
    const seen = Object.keys(this.eventCounts).length
      ? Object.entries(this.eventCounts)
          .map(([name, n]) => `${name} x${n}`)
          .join(", ")
      : "none";
    return `waiting for ${waiting}; events seen in this step: ${seen}`;
  }
}

class ConformanceSession {
  constructor(ib, out) {
    this.ib = ib;
    this.out = out; // (line object) => void
    this.current = null;
    this.strays = []; // unexpected errors and notices while no step ran
    this.allProblems = []; // decoding problems of the whole run, in and between steps
    this.finished = false; // set once the report is complete: later events are ignored
    this.connectionLost = null;
    this.disconnecting = false;
    ib.on(EventName.error, (err, code, reqId) => this.onError(err, code, reqId));
    ib.on(EventName.info, (message, code) => this.onInfo(message, code));
    ib.on(EventName.all, (event) => this.count(event));
    ib.on(EventName.received, (tokens) => this.remember("received", tokens));
    ib.on(EventName.sent, (tokens) => this.remember("sent", tokens));
    ib.on(EventName.disconnected, () => this.onDisconnected());
  }

  /** A decoding problem fails the current step and the whole run. */
  problem(text) {
    if (this.finished) return;
    this.allProblems.push(this.current ? `${this.current.name}: ${text}` : text);
    if (this.current) this.current.problems.push(text);
    process.stderr.write(`[conformance] decode problem: ${text}\n`);
  }

  /** Called by the console capture for anything stoqey (or a dependency) logs. */
  logged(level, text) {
    process.stderr.write(`[stoqey console.${level}] ${text}\n`);
    if (level === "warn" || level === "error" || DECODE_PROBLEM_TEXT.test(text)) {
      this.problem(`stoqey logged (${level}): ${text}`);
    } else if (this.current) {
      this.current.note(`stoqey logged: ${text}`);
    }
  }

  onError(err, code, reqId) {
    if (this.finished) return;
    const text = err && err.message ? err.message : String(err);
    if (DECODE_PROBLEM_CODES.has(code) || DECODE_PROBLEM_TEXT.test(text)) {
      this.problem(`stoqey error ${code} (id ${reqId}): ${text}`);
      return;
    }
    const step = this.current;
    const described = `error ${code} for id ${reqId}: ${text}`;
    if (!step) {
      this.strays.push(`unexpected ${described}`);
      process.stderr.write(`[conformance] unexpected ${described} outside any step\n`);
      return;
    }
    const accepted = step.accepted.find((a) => a.id === reqId && a.code === code);
    if (accepted) {
      accepted.seen = true;
      step.note(`accepted ${described}`);
    } else if (isNotice(code)) {
      step.note(`notice ${described}`);
    } else if (step.ownedIds.has(reqId)) {
      step.fail(`gateway answered ${described}`);
    } else if (reqId === -1) {
      step.fail(`stoqey reported ${described}`); // client-side: socket trouble, 502, 504, ...
    } else {
      step.fail(`unexpected ${described} (not an id of this step)`);
    }
  }

  onInfo(message, code) {
    // ERR_MSG with id -1 arrives here (§2.3): farm notices are expected, anything else
    // (326 client id in use, 1100 connectivity lost, ...) fails the step it interrupts.
    if (this.finished) return;
    const described = `notice ${code}: ${message}`;
    if (isNotice(code)) {
      if (this.current) this.current.note(described);
    } else if (this.current) {
      this.current.fail(`gateway sent ${described}`);
    } else {
      this.strays.push(`unexpected ${described}`);
    }
  }

  onDisconnected() {
    if (this.disconnecting || this.finished) {
      return;
    }
    const where = this.current ? this.current.name : "between steps";
    this.connectionLost = `the gateway closed the connection during ${where}`;
    if (this.current) {
      this.current.fail(this.connectionLost);
    }
  }

  count(event) {
    const ignored = [EventName.received, EventName.sent, EventName.result, EventName.all];
    if (this.current && !ignored.includes(event)) {
      this.current.eventCounts[event] = (this.current.eventCounts[event] || 0) + 1;
    }
  }

  remember(direction, tokens) {
    if (!this.current || !Array.isArray(tokens)) return;
    const frames = this.current[direction];
    frames.push(frameText(tokens));
    if (frames.length > FRAMES_KEPT) frames.shift();
  }

  /** Runs one step and prints its line; resolves to whether it passed. */
  async runStep(name, timeoutMs, body) {
    if (this.connectionLost && name !== "disconnect") {
      return this.report(name, false, { error: `not run: ${this.connectionLost}` });
    }
    const ctx = new StepContext(this, name);
    this.current = ctx;
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new StepFailure(`timed out after ${timeoutMs} ms ${ctx.describeWait()}`)),
        timeoutMs,
      );
    });
    let ok;
    let detail;
    try {
      detail = await Promise.race([body(ctx), timeout, ctx.aborted]);
      ok = true;
    } catch (e) {
      ok = false;
      detail = { error: e instanceof StepFailure ? e.message : `script error: ${e.stack || e}` };
    } finally {
      clearTimeout(timer);
      ctx.dispose();
      this.current = null;
    }
    detail = detail === undefined ? {} : detail;
    if (ctx.problems.length) {
      ok = false;
      detail.problems = ctx.problems;
    }
    if (ctx.notes.length) detail.notes = ctx.notes;
    if (!ok) {
      detail.framesReceived = ctx.received;
      detail.framesSent = ctx.sent;
    }
    return this.report(name, ok, detail);
  }

  report(name, ok, detail) {
    this.out({ step: name, ok, detail });
    return ok;
  }
}

module.exports = { ConformanceSession, StepFailure };
