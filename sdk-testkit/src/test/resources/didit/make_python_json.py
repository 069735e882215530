#!/usr/bin/env python3
"""Generates python-json.json: how Python's json.dumps writes some webhook-like values, for the testkit's PythonJson.

For each case: "input" (JSON text the test parses), "didit" = json.dumps(v, sort_keys=True, ensure_ascii=True),
"canonical" = json.dumps(shorten_floats(v), sort_keys=True, ensure_ascii=False, separators=(",", ":")).
Run: python3 make_python_json.py > python-json.json
"""
import json


def shorten_floats(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {k: shorten_floats(v) for k, v in value.items()}
    if isinstance(value, list):
        return [shorten_floats(v) for v in value]
    return value


values = [
    {"b": 1, "a": [1.0, 2.5, 97.0, 0.0, -0.0, 1e-05, 0.0001, 1e16, 1.5e16, 123456.789, 1e+22, 12345678901234567890]},
    {"name": "Zoë García Núñez", "emoji": "\U0001F600", "ctrl": "\u0001\u001f\t\n\r\b\f\"\\/", "del": "\u007f",
     "seps": "\u2028\u2029", "nested": [[{"z": None, "y": True, "x": False}]]},
    {"\U0001F600": 1, "\uffff": 2, "a": 3, "é": 4},
    {"score": 89.92, "age_estimation": 34.0, "scores": [48.5, 92.5, 12.5]},
]
cases = []
for v in values:
    text = json.dumps(v)
    parsed = json.loads(text)
    cases.append({
        "input": text,
        "didit": json.dumps(parsed, sort_keys=True, ensure_ascii=True),
        "canonical": json.dumps(shorten_floats(parsed), sort_keys=True, ensure_ascii=False, separators=(",", ":")),
    })
print(json.dumps({"cases": cases}, indent=2, ensure_ascii=True))
