#!/usr/bin/env bash
# Decode throughput of our TWS client against @stoqey/ib (an independent TWS client) on the same
# bytes: the recorded gateway stream src/test/resources/tws/recorded-session.bin. Prints every
# measured iteration, the medians and the ratio ours / stoqey's (see docs/performance.md).
#
#   bash bench/codec-ratio.sh [ROUNDS]     (default 3 rounds)
#
# Ours: dev.ibtrading.bench.DecodeThroughput (bytes in 64 KiB reads -> FrameDecoder -> typed
# message records, the work of the JMH benchmark TwsCodecBenchmark.decode). Stoqey's:
# src/test/node/stoqey-conformance/decode-benchmark.js (the same 64 KiB reads through stoqey's
# Socket.onData -> Decoder -> events). Both have the same structure: 3 warm-up and 5 measured
# iterations, each running whole passes over the recording until the process has used 2 s of CPU
# time, one process per side and round; both count messages (frames) per CPU second of the whole
# process (GC and JIT threads included) and per wall-clock second. The CPU figure is the one to
# read on a shared machine: waiting for a core does not count. Rounds interleave the two clients
# and alternate which goes first. The node script refuses to time a stream it does not decode
# completely; the Java one checks its frame count.
#
# Needs: JDK 17, Maven, Node.js 18+ with npm. Installs the locked npm packages like the
# conformance tests do (npm ci when the lock changed; no registry address is written anywhere).
set -euo pipefail
cd "$(dirname "$0")/.."

rounds="${1:-3}"
if ! [[ "${rounds}" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: bash bench/codec-ratio.sh [ROUNDS] (ROUNDS: a positive integer, got '${rounds}')" >&2
  exit 2
fi
warmup=3
iterations=5
seconds=2
node_project=src/test/node/stoqey-conformance
out=target/codec-ratio
mkdir -p "${out}"
rm -f "${out}"/*.json

# Same install check as the tests' NodeProject: a stamp of the manifest and lock digests.
stamp="${node_project}/node_modules/.conformance-lock-sha256"
digest="$(cat "${node_project}/package.json" "${node_project}/package-lock.json" | sha256sum)"
digest="${digest%% *}"
if [[ ! -f "${stamp}" || "$(cat "${stamp}")" != "${digest}" ]]; then
  echo "npm ci in ${node_project}"
  npm ci --prefix "${node_project}" --no-audit --no-fund --loglevel=error >/dev/null
  printf '%s' "${digest}" >"${stamp}"
fi

echo "Compiling (mvn test-compile) and resolving the test classpath"
mvn -q -B test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test
classpath="target/test-classes:target/classes:$(cat target/test-cp.txt)"

ours() {
  java -cp "${classpath}" dev.ibtrading.bench.DecodeThroughput \
    "${warmup}" "${iterations}" "$((seconds * 1000))" 65536 >"${out}/ours-$1.json"
}

stoqey() {
  node "${node_project}/decode-benchmark.js" --warmup "${warmup}" --iterations "${iterations}" \
    --time-ms "$((seconds * 1000))" --read-size 65536 >"${out}/stoqey-$1.json"
}

for ((round = 1; round <= rounds; round++)); do
  if ((round % 2)); then order=(ours stoqey); else order=(stoqey ours); fi
  for side in "${order[@]}"; do
    echo "round ${round}/${rounds}: ${side}"
    "${side}" "${round}"
  done
done

echo
echo "nproc $(nproc), $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)," \
  "$(java -version 2>&1 | head -n 1), node $(node --version), $(date -u +%Y-%m-%dT%H:%MZ)"
node - "${out}" "${rounds}" <<'EOF'
const fs = require("fs");
const [dir, rounds] = process.argv.slice(2);
const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (n) => Math.round(n).toLocaleString("en-US");
const read = (file) => JSON.parse(fs.readFileSync(`${dir}/${file}`, "utf8"));
const all = { ours: { cpu: [], wall: [] }, stoqey: { cpu: [], wall: [] } };
for (let round = 1; round <= Number(rounds); round++) {
  for (const side of ["ours", "stoqey"]) {
    const result = read(`${side}-${round}.json`);
    for (const metric of ["cpu", "wall"]) {
      const values = result[`${metric}Iterations`];
      all[side][metric].push(...values);
      const label = `round ${round} ${side.padEnd(6)} ${metric.padEnd(4)}`;
      console.log(`${label} msg/s: ${values.map(fmt).join(" ")}`);
    }
  }
}
for (const metric of ["cpu", "wall"]) {
  const ours = median(all.ours[metric]);
  const stoqey = median(all.stoqey[metric]);
  const per = metric === "cpu" ? "CPU second" : "wall-clock second";
  console.log(`median msg per ${per}: ours ${fmt(ours)}, stoqey ${fmt(stoqey)},` +
    ` ratio ours/stoqey ${(ours / stoqey).toFixed(2)}`);
}
EOF
