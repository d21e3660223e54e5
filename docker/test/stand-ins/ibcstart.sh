#!/bin/bash
# Stand-in for IBC's scripts/ibcstart.sh, packed into the stand-in IBCLinux-<version>.zip by the
# container test (ContainerIT). Called as the launcher calls IBC's (docker/README.md): the major
# version, then --tws-path=, --ibc-ini=, --mode=, ... It does what IBC does on the way to a logged-in
# gateway, with the stand-in installer's layout:
#   - takes the gateway's Java from .install4j/pref_jre.cfg and its options from
#     ibgateway.vmoptions, as ibcstart.sh and install4j do;
#   - opens the gateway's window on $DISPLAY (Xvfb and the X libraries it needs, as IB Gateway's
#     Swing UI does);
#   - waits for the login to be approved, as a second factor makes IBC wait: until
#     $IBC_STANDIN_APPROVAL exists (the test creates it);
#   - starts the gateway (the paper gateway on OverrideTwsApiPort from config.ini) as its child and
#     passes SIGTERM on.
set -euo pipefail
major=$1
shift
for arg in "$@"; do
  case $arg in
    --tws-path=*) tws_path=${arg#*=} ;;
    --ibc-ini=*) ini=${arg#*=} ;;
  esac
done
install="${tws_path:?}/ibgateway/${major}"
java="$(cat "${install}/.install4j/pref_jre.cfg")/bin/java"
mapfile -t vm_options < <(grep -v '^#' "${install}/ibgateway.vmoptions")
port=$(sed -n 's/^OverrideTwsApiPort=//p' "${ini:?}")

echo "stand-in IBC: gateway ${major} in ${install}, API port ${port}"
"${java}" -Xmx64m -cp "${install}/jars/gateway-window.jar" dev.ibtrading.container.GatewayWindow

approval=${IBC_STANDIN_APPROVAL:-/tmp/ibc-standin-approved}
echo "stand-in IBC: waiting for the login's approval (${approval})"
until [[ -e ${approval} ]]; do sleep 0.5; done

"${java}" "${vm_options[@]}" -jar "${install}/jars/ib-trading.jar" paper-gateway \
  --port "${port}" --always-open &
child=$!
trap 'kill -TERM "${child}"; wait "${child}"; exit' TERM
wait "${child}"
