"""Writes the conforming webhook and callback bodies the way the providers' servers build them.

ComfyDeploy (comfy-deploy/api routes/internal.py send_webhook): a dict with event_type, status,
live_status, progress, run_id and outputs (outputs falls back to []), sent as JSON by Python, so
json.dumps with its default separators; datetimes as isoformat() (+00:00).
Runflow (docs: concepts/callbacks): the envelope event, run_id, status, output, duration_ms,
created_at, completed_at, metadata; datetimes as isoformat() with +00:00, never Z.

Run from this folder: python3 make_bodies.py   (writes ../resources/conforming/<id>/*.json)
"""
import json
import os
from datetime import datetime, timezone, timedelta

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "conforming")
T0 = datetime(2025, 4, 2, 16, 5, 58, 112004, tzinfo=timezone.utc)
RUN = "45c48cce-2e2d-4fbd-aa1a-03c0e0a8b7f6"


def write(schema, name, body):
    folder = os.path.join(OUT, schema)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name + ".json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(body))
        f.write("\n")


def comfydeploy_v2(event_type, status, live_status, progress, outputs):
    # the order of send_webhook's dict literal
    return {"event_type": event_type, "status": status, "live_status": live_status,
            "progress": progress, "run_id": RUN, "outputs": outputs}


def output(output_id, data, node_id, node_class, seconds):
    stored = (T0 + timedelta(seconds=seconds)).isoformat()
    return {"id": output_id, "run_id": RUN, "data": data,
            "node_meta": {"node_id": node_id, "node_class": node_class},
            "created_at": stored, "updated_at": stored, "type": node_class, "node_id": node_id}


IMAGE = output("d3d94468-02a4-4b3f-9c58-8f1e2d3c4b5a",
               {"images": [{"url": "https://storage.example.com/outputs/runs/45c48cce/ComfyUI_00001_.png",
                            "type": "output", "filename": "ComfyUI_00001_.png", "is_public": True,
                            "subfolder": "", "upload_duration": 0.412}]},
               "9", "SaveImage", 32)
TEXT = output("6512bd43-d9ca-4e6a-8b2c-1d3e5f7a9b0c",
              {"text": ["a small wooden cabin under heavy snow, warm windows"], "result": [True]},
              "14", "ComfyDeployOutputText", 33)

write("comfydeploy-v2-webhook", "run-updated-queued", comfydeploy_v2("run.updated", "queued", None, 0, []))
write("comfydeploy-v2-webhook", "run-updated-running",
      comfydeploy_v2("run.updated", "running", "Executing KSampler", 0.46, []))
write("comfydeploy-v2-webhook", "run-output", comfydeploy_v2("run.output", "running", "Executing SaveImage", 0.92, [IMAGE]))
write("comfydeploy-v2-webhook", "run-updated-success",
      comfydeploy_v2("run.updated", "success", "Executing ComfyDeployOutputText", 1.0, [IMAGE, TEXT]))
write("comfydeploy-v2-webhook", "run-updated-cancelled", comfydeploy_v2("run.updated", "cancelled", None, 0.31, [IMAGE]))


def comfydeploy_v1(status, live_status, progress, outputs):
    return {"status": status, "live_status": live_status, "progress": progress,
            "run_id": "9e27c4d1-3f58-4a6b-8c0d-7e1f2a3b4c5d", "outputs": outputs}


V1_IMAGE = {"data": {"images": [{"url": "https://storage.example.com/outputs/9e27c4d1/lighthouse.png",
                                 "filename": "lighthouse.png"}]}}
write("comfydeploy-v1-webhook", "started", comfydeploy_v1("started", None, 0, []))
write("comfydeploy-v1-webhook", "running", comfydeploy_v1("running", "Executing KSampler", 0.46, []))
write("comfydeploy-v1-webhook", "success", comfydeploy_v1("success", "Executing SaveImage", 1, [V1_IMAGE]))


def runflow(event, status, output, created, completed, metadata):
    duration = int((completed - created).total_seconds() * 1000) if completed else None
    return {"event": event, "run_id": "0196a1f2-7c3e-7a41-9b2d-5e8f0c1d2a3b", "status": status,
            "output": output, "duration_ms": duration, "created_at": created.isoformat(),
            "completed_at": completed.isoformat() if completed else None, "metadata": metadata}


C0 = datetime(2026, 5, 6, 10, 0, 0, 0, tzinfo=timezone.utc)
write("runflow-callback", "completed",
      runflow("run.completed", "succeeded",
              {"outputs": [{"url": "https://cdn.example.com/outputs/0196a1f2/result.webp", "type": "image"}]},
              C0, C0 + timedelta(seconds=102, milliseconds=345), {"order": "A-1042"}))
write("runflow-callback", "failed",
      runflow("run.failed", "failed", {"code": "EXECUTION_FAILED", "message": "CUDA out of memory"},
              C0, C0 + timedelta(seconds=12, microseconds=250000), None))
write("runflow-callback", "cancelled",
      runflow("run.cancelled", "canceled", None, C0, C0 + timedelta(seconds=3, microseconds=5), None))
write("runflow-callback", "partial-succeeded",
      runflow("run.partial_succeeded", "partial_succeeded",
              {"outputs": [{"url": "https://cdn.example.com/outputs/0196a1f2/1.webp", "type": "image"}]},
              C0, C0 + timedelta(seconds=48), {"batch": "spring"}))
