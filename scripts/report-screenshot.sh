#!/bin/sh
# report-screenshot.sh REPORT.html OUT.png [WIDTHxHEIGHT]
#
# Renders an npswatch HTML report (npswatch report, or
# report/testdata/sample-report.html) to a PNG with headless Chromium, e.g.
#
#   scripts/report-screenshot.sh report/testdata/sample-report.html docs/report.png
#
# Needs Chromium. On Debian or Ubuntu (as root, or with sudo):
#
#   apt-get update && apt-get install -y chromium
#
# (Ubuntu's "chromium-browser" or a Google Chrome install work too: set
# CHROMIUM=/path/to/binary.) The report is self-contained and its
# Content-Security-Policy forbids network access, so rendering it fetches
# nothing. --no-sandbox is there because Chromium's sandbox does not start
# as root or in most containers; the page is our own report, opened from a
# local file. The window is 1280x2000 unless a third argument says otherwise.
set -eu

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
	echo "usage: $0 REPORT.html OUT.png [WIDTHxHEIGHT]" >&2
	exit 2
fi
report=$1
out=$2
size=${3:-1280x2000}

if [ ! -f "$report" ]; then
	echo "$0: $report: no such file" >&2
	exit 2
fi
case $size in
*[!0-9x]* | x* | *x | *x*x*) echo "$0: size $size: want WIDTHxHEIGHT" >&2; exit 2 ;;
*x*) ;;
*) echo "$0: size $size: want WIDTHxHEIGHT" >&2; exit 2 ;;
esac

browser=${CHROMIUM:-}
if [ -z "$browser" ]; then
	for b in chromium chromium-browser google-chrome google-chrome-stable; do
		if command -v "$b" >/dev/null 2>&1; then
			browser=$b
			break
		fi
	done
fi
if [ -z "$browser" ]; then
	echo "$0: Chromium not found; install it with: apt-get update && apt-get install -y chromium" >&2
	exit 3
fi

# Absolute paths: Chromium resolves a relative --screenshot path against its
# own working directory, and file:// URLs must be absolute.
abs() {
	case $1 in
	/*) printf '%s\n' "$1" ;;
	*) printf '%s/%s\n' "$(pwd)" "$1" ;;
	esac
}
report_abs=$(abs "$report")
out_abs=$(abs "$out")
mkdir -p "$(dirname "$out_abs")"
rm -f "$out_abs"

# A throw-away profile, so no user profile is read or written.
profile=$(mktemp -d "${TMPDIR:-/tmp}/npswatch-chromium.XXXXXX")
trap 'rm -rf "$profile"' EXIT INT TERM

# Percent-encode the few characters that would break the file:// URL.
url="file://$(printf '%s' "$report_abs" | sed -e 's/%/%25/g' -e 's/ /%20/g' -e 's/#/%23/g' -e 's/?/%3F/g')"

w=${size%x*}
h=${size#*x}
"$browser" --headless --disable-gpu --no-sandbox \
	--user-data-dir="$profile" --no-first-run --no-default-browser-check \
	--disable-extensions --disable-background-networking --disable-sync \
	--hide-scrollbars --force-device-scale-factor=1 \
	--screenshot="$out_abs" --window-size="$w,$h" "$url" >/dev/null 2>&1 || {
	status=$?
	echo "$0: $browser failed (exit $status)" >&2
	exit "$status"
}
if [ ! -s "$out_abs" ]; then
	echo "$0: $browser wrote no screenshot to $out" >&2
	exit 1
fi
echo "$out"
