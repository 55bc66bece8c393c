#!/usr/bin/env bash
# Development helper: (re)start `python app.py` in the background on $PORT (default 8050),
# logging to /tmp/app-$PORT.log. Set DATABASE_URL to use another database.
port=${PORT:-8050}
pidfile=/tmp/app-$port.pid
[ -f "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null && sleep 0.5
cd "$(dirname "$0")/.." || exit 1
PORT=$port python3 app.py > "/tmp/app-$port.log" 2>&1 &
echo $! > "$pidfile"
for _ in $(seq 1 40); do
  curl -s -o /dev/null "http://127.0.0.1:$port/halsa" && echo "app on http://127.0.0.1:$port" && exit 0
  sleep 0.5
done
echo "app did not start"; tail -20 "/tmp/app-$port.log"; exit 1
