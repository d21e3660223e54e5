#!/usr/bin/env bash
# Installs IB Gateway from IB's offline (standalone) installer where IBC expects it, and makes its
# bundled JRE findable in one place whatever the installer's layout.
#
#   install-ibgateway.sh INSTALLER VERSION TWS_PATH [HEAP]
#
# VERSION is the full build, e.g. 10.45.1j; the install goes to TWS_PATH/ibgateway/<major>
# (1045), the path ibcstart.sh derives from the major version. The installer's JRE ends up in
# <install>/jre: builds from about 10.45.1i put it there themselves, older ones under
# /usr/local/i4j_jres/<id>/<version> (root) or ~/.local/share/i4j_jres (other users), which is
# moved. .install4j/pref_jre.cfg then names it, the first place ibcstart.sh looks. HEAP, e.g.
# 768m, replaces the -Xmx of ibgateway.vmoptions. I4J_JRES_DIRS overrides the search path.
set -euo pipefail

if [[ $# -lt 3 || $# -gt 4 ]]; then
  echo "usage: $0 INSTALLER VERSION TWS_PATH [HEAP]" >&2
  exit 2
fi
installer=$1
version=$2
tws_path=$3
heap=${4:-}

if [[ ! $version =~ ^([0-9]+)\.([0-9]+)\.[0-9]+[a-z]*$ ]]; then
  echo "version is $version (expected: a build like 10.45.1j)" >&2
  exit 2
fi
major="${BASH_REMATCH[1]}${BASH_REMATCH[2]}"
dir="$tws_path/ibgateway/$major"

sh "$installer" -q -dir "$dir"
if [[ ! -d $dir/jars ]]; then
  echo "the installer left no $dir/jars: IBC needs IB's offline (standalone) installer" >&2
  exit 1
fi

if [[ ! -x $dir/jre/bin/java ]]; then
  read -r -a search <<<"${I4J_JRES_DIRS:-/usr/local/i4j_jres $HOME/.local/share/i4j_jres}"
  java=""
  for root in "${search[@]}"; do
    if [[ -d $root ]]; then
      java=$(find "$root" -maxdepth 4 -path '*/bin/java' -type f | head -n 1)
      [[ -n $java ]] && break
    fi
  done
  if [[ -z $java ]]; then
    echo "no JRE from the installer in $dir/jre nor under ${search[*]}" >&2
    exit 1
  fi
  rm -rf "$dir/jre"
  mv "$(dirname "$(dirname "$java")")" "$dir/jre"
fi
mkdir -p "$dir/.install4j"
echo "$dir/jre" >"$dir/.install4j/pref_jre.cfg"
"$dir/jre/bin/java" -version

if [[ -n $heap ]]; then
  vmoptions="$dir/ibgateway.vmoptions"
  if ! grep -q '^-Xmx' "$vmoptions"; then
    echo "no -Xmx line in $vmoptions to set the heap to $heap" >&2
    exit 1
  fi
  sed -i "s/^-Xmx.*/-Xmx$heap/" "$vmoptions"
fi
echo "IB Gateway $version installed in $dir, JRE in $dir/jre"
