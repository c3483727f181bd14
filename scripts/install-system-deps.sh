#!/usr/bin/env bash
# Installs the system packages Stepladder needs and a fresh Debian machine lacks: Chromium (renders
# flowcharts and PDFs, runs the browser tests), poppler-utils (PDF text checks in tests) and DejaVu
# fonts (the flowchart and print font) and Python's jsonschema (a test checks the published schema
# reads the same there). Does nothing for packages already present.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
/usr/bin/python3 -c 'import jsonschema' >/dev/null 2>&1 || missing+=(python3-jsonschema)
if [ ${#missing[@]} -eq 0 ]; then
  echo "System packages present: chromium, poppler-utils, fonts-dejavu-core, python3-jsonschema."
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing system packages: ${missing[*]}. Install them with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing: ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
