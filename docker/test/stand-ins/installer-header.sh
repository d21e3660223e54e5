#!/bin/sh
# Stand-in for IB Gateway's offline installer (ibgateway-<version>-standalone-linux-x64.sh), made by
# the container test (ContainerIT), which appends a tar payload after the __PAYLOAD__ line. It takes
# the arguments install-ibgateway.sh gives the real one (-q -dir DIR) and lays out DIR as builds
# from 10.45.1i do: jars/, the bundled JRE in jre/, ibgateway.vmoptions. Its "gateway" is the
# project's paper gateway (jars/ib-trading.jar), started by the stand-in ibcstart.sh.
set -eu
dir=""
while [ $# -gt 0 ]; do
  case $1 in
    -dir) dir=$2; shift 2 ;;
    *) shift ;;
  esac
done
if [ -z "$dir" ]; then
  echo "usage: $0 -q -dir DIR" >&2
  exit 2
fi
mkdir -p "$dir"
line=$(awk '/^__PAYLOAD__$/ { print NR + 1; exit }' "$0")
tail -n +"$line" "$0" | tar -x -C "$dir"
echo "stand-in IB Gateway installed in $dir"
exit 0
# shellcheck disable=SC2317 # the payload, never run
__PAYLOAD__
