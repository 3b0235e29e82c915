#!/usr/bin/env bash
# Start Jupyter Notebook on notebooks/, on loopback only, with token authentication, using the
# project-local kernelspec written by scripts/setup.sh. PORT chooses the port (default 8888).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
PORT="${PORT:-8888}"
export JUPYTER_PATH="$ROOT/.jupyter/share/jupyter"
export JUPYTER_CONFIG_DIR="$ROOT/.jupyter/config"
mkdir -p "$JUPYTER_CONFIG_DIR"

if ! [[ "$PORT" =~ ^[0-9]+$ ]] || [ "$PORT" -lt 1 ] || [ "$PORT" -gt 65535 ]; then
  echo "PORT must be a number from 1 to 65535, got '$PORT'." >&2
  exit 1
fi
if /usr/bin/python3 -c "import socket,sys; s=socket.socket(); sys.exit(0 if s.connect_ex(('127.0.0.1', $PORT)) == 0 else 1)"; then
  echo "Port $PORT on 127.0.0.1 is already in use (another Jupyter?)." >&2
  echo "Stop that program, or pick another port:  PORT=8890 npm start" >&2
  exit 1
fi

extra=()
# Jupyter refuses to run as root unless told; machines set up as root (containers, CI) need it.
[ "$(id -u)" = 0 ] && extra+=(--allow-root)
echo "Starting Jupyter on http://127.0.0.1:$PORT/ (the full URL with its token follows)."
echo "Open a notebook in notebooks/; its kernel is 'TypeScript' (tslab). Stop with Ctrl+C."
# The latent explorer carries its decoder's weights inside its output (about 1.3 MB); Notebook's
# default limit of 1 MB/s on kernel output could drop it when two arrive close together.
# File > Download as > HTML uses the course's nbconvert template (scripts/nbconvert/course): the
# default one drops every SVG element of the charts and keeps only their bare text.
exec jupyter notebook --no-browser --ip=127.0.0.1 --port="$PORT" --port-retries=0 \
  --NotebookApp.iopub_data_rate_limit=20000000 \
  --HTMLExporter.template_name=course --TemplateExporter.extra_template_basedirs="$ROOT/scripts/nbconvert" \
  --notebook-dir="$ROOT/notebooks" "${extra[@]}"
