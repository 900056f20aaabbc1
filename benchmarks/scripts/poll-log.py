#!/usr/bin/env python3
# Writes a large poll log for timing runspec sequence side by side with runspec validate:
#   python3 benchmarks/scripts/poll-log.py /tmp/polls-1m.ndjson [RUNS]   (from the repository root)
# Never commit its output (1.2 GB for the default 100,000 runs).
import json, sys
# One million responses of 100,000 runs (half Runflow, half ComfyDeploy v2), ten polls per run,
# polled round-robin so every run is open at once until its last rounds: the worst case for memory.
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
out = open(sys.argv[1], 'w')
lines = open('examples/poll-logs/conforming.ndjson').read().splitlines()
flow = json.loads(lines[0]); cd = json.loads(lines[2])
def t(s): return "2026-05-06T%02d:%02d:%02d.000Z" % (10 + s // 3600, (s // 60) % 60, s % 60)
def flow_poll(d, step):
    st = ['queued','dispatching','running','running','running','running','running','running','succeeded','succeeded'][step]
    d['status_code'] = st; d['started_at'] = t(3) if step >= 2 else None
    d['completed_at'] = t(60) if step >= 8 else None; d['nodes_total'] = 6
    d['nodes_completed'] = min(step - 1, 6) if step >= 2 else None
    return d
def cd_poll(d, step):
    st = ['not-started','queued','started','running','running','running','running','running','success','success'][step]
    d['status'] = st; d['queued_at'] = t(1) if step >= 1 else None; d['started_at'] = t(4) if step >= 2 else None
    d['ended_at'] = t(60) if step >= 8 else None; d['updated_at'] = t(1 + min(step, 8) * 5)
    d['progress'] = [0, 0, 0, 0.2, 0.4, 0.6, 0.8, 0.9, 1.0, 1.0][step]
    return d
# Templates per step with a placeholder id, so a million lines are written by string replacement.
templates = []
for step in range(10):
    f = flow_poll(dict(flow), step); f['id'] = '@@ID@@'
    c = cd_poll(dict(cd), step); c['id'] = '@@ID@@'
    if step < 8:
        c['outputs'] = []
    templates.append((json.dumps(f, separators=(',', ':')), json.dumps(c, separators=(',', ':'))))
for step in range(10):
    ft, ct = templates[step]
    buf = []
    for r in range(runs):
        rid = '0196f1d2-7a3b-7c41-9e2d-%012x' % r
        buf.append((ft if r % 2 == 0 else ct).replace('@@ID@@', rid))
    out.write('\n'.join(buf) + '\n')
out.close()
