#!/usr/bin/env bash
# Development helper: (re)start `python app.py` in the background, log to /tmp/app.log.
pkill -f "python3 app.py" 2>/dev/null
sleep 0.5
cd "$(dirname "$0")/.." && (python3 app.py > /tmp/app.log 2>&1 &)
for _ in $(seq 1 30); do curl -s -o /dev/null http://127.0.0.1:${PORT:-8050}/halsa && exit 0; sleep 0.5; done
echo "app did not start"; tail -20 /tmp/app.log; exit 1
