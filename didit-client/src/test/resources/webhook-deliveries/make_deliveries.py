#!/usr/bin/env python3
"""Generates deliveries.json: Didit webhook deliveries signed the way Didit's Python backend signs them.

For each event:
  body            = json.dumps(event, sort_keys=True, ensure_ascii=True)        (the raw bytes Didit sends)
  X-Signature     = HMAC-SHA256(secret, body)
  X-Signature-V2  = HMAC-SHA256(secret, json.dumps(shorten_floats(json.loads(body)), sort_keys=True,
                                                   ensure_ascii=False, separators=(",", ":")))
  X-Signature-Simple = HMAC-SHA256(secret, f"{timestamp}:{session_id}:{status}:{webhook_type}")
  X-Timestamp     = str(timestamp)
Some bodies are written by hand (number lexemes Python would not produce, such as 1E5) and signed the same way.
Run: python3 make_deliveries.py > deliveries.json
"""
import hashlib
import hmac
import json

SECRET = "tno2NTeRC1ZK3sBOYlBJDyEzBVENl3pQ1AcZyAW0xnQ"
TIMESTAMP = 1767225600  # 2026-01-01T00:00:00Z


def shorten_floats(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {k: shorten_floats(v) for k, v in value.items()}
    if isinstance(value, list):
        return [shorten_floats(v) for v in value]
    return value


def mac(message):
    return hmac.new(SECRET.encode("utf-8"), message.encode("utf-8"), hashlib.sha256).hexdigest()


def simple_part(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        raise ValueError("no simple message for booleans")
    return str(value)


def delivery(name, body):
    parsed = json.loads(body)
    canonical = json.dumps(shorten_floats(parsed), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    simple = ":".join(simple_part(parsed.get(f)) for f in ("timestamp", "session_id", "status", "webhook_type"))
    return {
        "name": name,
        "body": body,
        "canonical": canonical,
        "headers": {
            "X-Signature-V2": mac(canonical),
            "X-Signature": mac(body),
            "X-Signature-Simple": mac(simple),
            "X-Timestamp": str(TIMESTAMP),
        },
    }


def event(status, **extra):
    e = {
        "event_id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
        "webhook_type": "status.updated",
        "timestamp": TIMESTAMP,
        "created_at": TIMESTAMP - 5,
        "application_id": "a1b2c3d4-0000-0000-0000-000000000001",
        "session_id": "11111111-2222-3333-4444-555555555555",
        "status": status,
        "workflow_id": "22222222-3333-4444-5555-666666666666",
        "workflow_version": 3,
        "vendor_data": "user-42",
        "metadata": {"plan": "premium"},
        "environment": "live",
    }
    e.update(extra)
    return e


def dumps(e):
    return json.dumps(e, sort_keys=True, ensure_ascii=True)


approved = event("Approved", decision={
    "session_id": "11111111-2222-3333-4444-555555555555",
    "status": "Approved",
    "id_verifications": [{"node_id": "feature_ocr", "status": "Approved", "first_name": "Zoë",
                          "last_name": "Ørsted-Nuñez", "full_name": "Zoë Ørsted-Nuñez", "age": 45,
                          "warnings": []}],
    "liveness_checks": [{"node_id": "feature_liveness", "status": "Approved", "score": 89.5, "warnings": []}],
    "face_matches": [{"node_id": "feature_face", "status": "Approved", "score": 97.0, "warnings": []}],
    "aml_screenings": None,
})
deliveries = [
    delivery("approved with decision, non-ASCII names and an integral float", dumps(approved)),
    delivery("resubmitted with resubmit_info", dumps(event("Resubmitted", resubmit_info={
        "nodes_to_resubmit": ["feature_ocr", {"node_id": "feature_liveness", "feature": "LIVENESS"}],
        "reasons": {"feature_ocr": "Blurred photo"}}))),
    delivery("floats: 1.0 vs 1, 1e-05, nested arrays", dumps(event("In Review", metadata={
        "one_float": 1.0, "one_int": 1, "tiny": 1e-05, "big": 1e+22, "neg_zero": -0.0,
        "nested": [[1.0, [2.5, [3]]], {"z": 0.1, "a": [True, False, None]}]}))),
    delivery("control, astral and escape characters", dumps(event("Declined", vendor_data="user\u0001\u001f\t\n\"\\/", metadata={
        "emoji": "\U0001F600 ok", "astral_key_\U0001F600": 1, "line_sep": "\u2028\u2029", "del": "\u007f",
        "mixed": "é\ta\u00e9"}))),
    delivery("KYB business event", dumps(event("Approved", session_kind="business",
        business_session_id="99999999-8888-7777-6666-555555555555", vendor_business_id="acme-ltd",
        webhook_type="business.status.updated"))),
    delivery("hand-written lexemes: 1E5, 1.50, -0, 0.0", '{"created_at": 1767225595, "event_id": "e-lexemes", '
        '"metadata": {"a": 1E5, "b": 1.50, "c": -0, "d": 0.0, "e": 12345678901234567890}, '
        '"session_id": "s-1", "status": "Approved", "timestamp": ' + str(TIMESTAMP) + ', '
        '"webhook_type": "status.updated"}'),
]
print(json.dumps({"secret": SECRET, "timestamp": TIMESTAMP, "deliveries": deliveries}, indent=2, ensure_ascii=True))
