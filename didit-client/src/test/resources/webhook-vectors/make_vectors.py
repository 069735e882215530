#!/usr/bin/env python3
"""Writes vectors.json and float-vectors.json: the Didit webhook signature test vectors.

Run from this directory with python3 (3.11 or newer: its int digit limit is part of the expectations):

    python3 make_vectors.py

Every expectation comes from Python itself, as the Didit server computes it:

    canonical  = json.dumps(shorten_floats(json.loads(body)), sort_keys=True,
                            ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    X-Signature-V2     = hmac_sha256(secret, canonical)
    X-Signature        = hmac_sha256(secret, body)
    X-Signature-Simple = hmac_sha256(secret, f"{timestamp}:{session_id}:{status}:{webhook_type}")

with the key as the secret's UTF-8 bytes and lowercase hex output. For the simple form a field that is absent or null
becomes "", a string is used as is and an integer is written in decimal; any other type has no defined message
(simple_hex is null). Bodies are stored base64-encoded so that every byte survives. The output is deterministic: the
random cases use a fixed seed.
"""
import base64
import hashlib
import hmac
import json
import math
import random
import struct
import sys

SECRET = "tXq3wH9bV0cKpLr7sYz2mN4dF6gJ8aE1iO5uT3yQ0wE"  # 43 URL-safe characters, like secret_shared_key
SECRET_NON_ASCII = "clé-secrète-🔑"


def shorten_floats(value):
    """Every float with an integral value becomes an int, recursively (as the Didit server does)."""
    if isinstance(value, dict):
        return {k: shorten_floats(v) for k, v in value.items()}
    if isinstance(value, list):
        return [shorten_floats(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def canonical(body: bytes) -> bytes:
    return json.dumps(shorten_floats(json.loads(body)), sort_keys=True, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def mac(secret: str, message: bytes) -> str:
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def simple_message(body: bytes):
    data = json.loads(body)
    if not isinstance(data, dict):
        return None
    parts = []
    for name in ("timestamp", "session_id", "status", "webhook_type"):
        value = data.get(name)
        if value is None:
            parts.append("")
        elif isinstance(value, str):
            parts.append(value)
        elif isinstance(value, int) and not isinstance(value, bool):
            parts.append(str(value))
        else:
            return None
    return ":".join(parts).encode("utf-8")


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


DECISION = {
    "session_id": "11111111-2222-3333-4444-555555555555",
    "session_number": 1234,
    "session_kind": "user",
    "session_url": "https://verify.didit.me/session/abcdef123456",
    "status": "Approved",
    "workflow_id": "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
    "features": ["ID_VERIFICATION", "LIVENESS", "FACE_MATCH", "AML", "IP_ANALYSIS"],
    "vendor_data": "user-42",
    "metadata": {"plan": "premium", "ratio": 1.0, "score": 0.875},
    "expected_details": None,
    "contact_details": {"email": "jose.muller@example.com", "phone": None},
    "callback": "https://example.com/didit/callback?x=1&y=/2",
    "created_at": "2025-06-01T10:00:00.123456Z",
    "expires_at": "2025-06-08T10:00:00Z",
    "environment": "sandbox",
    "reviews": [],
    "id_verifications": [{
        "node_id": "feature_ocr",
        "status": "Approved",
        "document_type": "Identity Card",
        "issuing_state": "ESP",
        "issuing_state_name": "España",
        "first_name": "José Ñandú",
        "last_name": "Müller-Łukasiewicz",
        "full_name": "José Ñandú Müller-Łukasiewicz",
        "date_of_birth": "1990-05-17",
        "age": 35,
        "place_of_birth": "Zürich",
        "address": "Straße 1, 8001 Zürich",
        "parsed_address": {"latitude": 47.3769, "longitude": 8.5417, "street_1": "Straße 1"},
        "front_image": "https://media.didit.me/front.jpg?X-Amz-Signature=abc%2Fdef",
        "extra_fields": {"dl_categories": [], "blood_group": None},
        "warnings": [],
    }],
    "nfc_verifications": None,
    "liveness_checks": [{"node_id": "feature_liveness", "status": "Approved", "method": "PASSIVE",
                         "score": 99.0, "age_estimation": 34.56, "warnings": []}],
    "face_matches": [{"node_id": "feature_face", "status": "Approved", "score": 87.5}],
    "aml_screenings": [{"node_id": "feature_aml", "status": "Approved", "total_hits": 0, "score": 0.0,
                        "hits": [], "entity_type": "person"}],
    "ip_analyses": [{"node_id": "feature_ip", "status": "Approved", "ip_country": "Japan",
                     "ip_city": "東京", "is_vpn_or_tor": False, "latitude": 35.6895, "longitude": 139.69171}],
    "phone_verifications": None,
    "email_verifications": None,
    "poa_verifications": None,
    "document_ai_documents": None,
    "questionnaire_responses": None,
    "database_validations": None,
}

ENVELOPE = {
    "event_id": "0b6f8f0e-8a7c-4a3e-9a55-3b2f6d9a1c11",
    "webhook_type": "status.updated",
    "timestamp": 1748772000,
    "created_at": 1748771990,
    "application_id": "99999999-8888-7777-6666-555555555555",
    "session_id": "11111111-2222-3333-4444-555555555555",
    "status": "Approved",
    "workflow_id": "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
    "workflow_version": 3,
    "vendor_data": "user-42",
    "metadata": {"plan": "premium"},
    "environment": "sandbox",
    "decision": DECISION,
}

RESUBMITTED = {
    "event_id": "5d1c1f7e-3b7b-4f7e-8b9a-2f1e0d9c8b7a",
    "webhook_type": "status.updated",
    "timestamp": 1748772100,
    "created_at": 1748772100,
    "session_id": "11111111-2222-3333-4444-555555555555",
    "status": "Resubmitted",
    "vendor_data": None,
    "resubmit_info": {"nodes_to_resubmit": [{"node_id": "feature_ocr", "feature": "OCR"}],
                      "reasons": {"feature_ocr": "Document is blurry"}},
}

KYB = {
    "event_id": "7a7a7a7a-0000-4000-8000-000000000001",
    "webhook_type": "status.updated",
    "timestamp": 1748772200,
    "session_id": "22222222-3333-4444-5555-666666666666",
    "business_session_id": "22222222-3333-4444-5555-666666666666",
    "session_kind": "business",
    "vendor_business_id": "acme-gmbh",
    "status": "In Review",
    "metadata": {},
}


def text(s: str) -> bytes:
    return s.encode("utf-8")


CASES = [
    # Realistic v3 envelopes, serialized as the server sends them (sorted keys, ASCII-escaped, default separators).
    ("v3 envelope with a decision (server bytes)", json.dumps(ENVELOPE, sort_keys=True, ensure_ascii=True).encode()),
    ("v3 envelope with a decision (raw UTF-8, unsorted)", json.dumps(ENVELOPE, ensure_ascii=False).encode()),
    ("v3 envelope pretty-printed", json.dumps(ENVELOPE, indent=4, ensure_ascii=False).encode()),
    ("resubmitted envelope with resubmit_info", json.dumps(RESUBMITTED, sort_keys=True).encode()),
    ("KYB business session envelope", json.dumps(KYB).encode()),
    ("older SKILL sample", text('{"session_id":"s-1","status":"Declined","webhook_type":"status.updated",'
                                '"vendor_data":"u","timestamp":1700000000,"decision":{"status":"Declined"}}')),
    # Non-ASCII.
    ("accents", text('{"name":"José Müller","city":"Zürich","ç":"ß"}')),
    ("CJK", text('{"name":"日本語の名前","姓":"山田","名":"太郎"}')),
    ("emoji and astral characters", text('{"e":"😀🎉","math":"𝔘𝔫𝔦𝔠𝔬𝔡𝔢","x":"a\U00010348b"}')),
    ("astral keys sort by code point", text('{"\uffff":1,"😀":2,"\ue000":3,"a":4,"\U00010000":5,"\ud7ff":6}')),
    ("escaped unicode comes out raw", text('{"n":"Jos\\u00e9","cjk":"\\u65e5\\u672c","upper":"\\u00C9"}')),
    ("escaped surrogate pair comes out raw", text('{"e":"\\ud83d\\ude00","k\\uD83C\\uDF89":true}')),
    ("U+2028 and U+2029 stay raw", text('{"ls":"a\u2028b","ps":"\\u2029"}')),
    # Numbers.
    ("1.0 versus 1", text('{"a":1.0,"b":1,"c":-1.0,"d":[1.0,2.50,3]}')),
    ("exponents", text('{"a":1e-05,"b":1E5,"c":1e+2,"d":2.5E-3,"e":1.5e300,"f":-1e-7,"g":1e16,"h":1.0e0}')),
    ("0.10 and friends", text('[0.10,0.1000,0.30000000000000004,0.1e1,100.0,123.456000]')),
    ("negative zero", text('{"i":-0,"f":-0.0,"e":-0e0,"g":0.0,"h":-0.0e-5}')),
    ("big ints stay as written", text('{"big":123456789012345678901234567890,"neg":-98765432109876543210,'
                                     '"long":9223372036854775808,"max":18446744073709551615}')),
    ("large integral floats print every digit", text('[1e22,1e23,9007199254740993.0,1.7976931348623157e308,5e-324]')),
    ("float repr boundaries", text('[0.0001,0.00001,1234567890123456.7,123456789012345.67,1e-4,9.999999999999999e-5]')),
    ("overflow to Infinity", text('{"big":1e400,"neg":-1e400}')),
    ("NaN and Infinity literals", text('{"n":NaN,"p":Infinity,"m":-Infinity}')),
    ("underflow to zero", text('[1e-400,-1e-400]')),
    ("huge exponents", text('[1e999999999999999999,-1e999999999999999999,1e-999999999999999999,0e99999999999999,'
                            '1e+0000000000000000000000000000005]')),
    ("long lexemes", text('[0.' + '0' * 1000 + '1,1.' + '0' * 1000 + '1,0.1000000000000000055511151231257827,'
                          '3.14159265358979323846264338327950288419716939937510582097494459]')),
    ("int with 4300 digits", text('[' + '7' * 4300 + ']')),
    # Structure.
    ("nested arrays and objects", text('{"z":[[1,[2,[3,{"b":[],"a":{}}]]],{"y":{"x":{"w":[{"v":1.0}]}}}],"a":[]}')),
    ("empty object", text('{}')),
    ("empty array", text('[]')),
    ("top-level scalar float", text('2.0')),
    ("top-level string", text('"plain"')),
    ("literals", text('{"t":true,"f":false,"n":null}')),
    ("duplicate keys keep the last value", text('{"a":1,"b":2,"a":{"x":3},"c":[{"d":1,"d":2}],"b":"last"}')),
    ("keys already sorted", text('{"a":1,"b":2,"c":3}')),
    ("keys reversed", text('{"c":3,"b":2,"a":1}')),
    ("whitespace-heavy input", text(' \n\t\r {\n  "b" :\t[ 1 , 2.0 ,\r\n 3 ] ,\n\n "a"\t:  { "y" : null , "x" : "v" }  }  \n\t')),
    # Strings.
    ("control characters", text('{"c":"\\u0000\\u0001\\u001f\\u0008\\u0009\\u000a\\u000c\\u000d\\b\\f\\n\\r\\t"}')),
    ("DEL raw and escaped", text('{"raw":"a\x7fb","esc":"a\\u007fb"}')),
    ("quotes and backslashes", text('{"q":"say \\"hi\\"","b":"C:\\\\path\\\\","k\\"ey":1,"k\\\\ey":2}')),
    ("slash is never escaped", text('{"url":"https:\\/\\/example.com\\/a/b","raw":"/"}')),
    ("keys needing escapes sort by their unescaped value", text('{"#":1,"\\"":2,"\\n":3,"!":4,"\\\\":5,"\\u0000":6}')),
    ("UTF-8 BOM is skipped as json.loads(bytes) does", b'\xef\xbb\xbf{"a":1.0}'),
    # Simple-signature fields.
    ("simple fields missing", text('{"session_id":"s-1"}')),
    ("simple fields null", text('{"timestamp":null,"session_id":null,"status":null,"webhook_type":null}')),
    ("simple timestamp as a string", text('{"timestamp":"1700000000","session_id":"s","status":"In Review",'
                                          '"webhook_type":"status.updated"}')),
    ("simple fields with non-ASCII and colons", text('{"timestamp":1,"session_id":"a:b","status":"Ñ",'
                                                     '"webhook_type":"x"}')),
    ("simple field of another type", text('{"timestamp":1.5,"session_id":"s","status":"Approved",'
                                          '"webhook_type":"status.updated"}')),
]

# Bodies that Python cannot canonicalize; Java must reject them too. Each names the reason the Java side reports.
REJECTED = [
    ("lone high surrogate escape", text('{"a":"\\ud800"}'), "LONE_SURROGATE"),
    ("lone low surrogate escape", text('{"a":"\\udc00"}'), "LONE_SURROGATE"),
    ("reversed surrogate pair", text('{"a":"\\ude00\\ud83d"}'), "LONE_SURROGATE"),
    ("high surrogate then a letter", text('{"a":"\\ud83dx"}'), "LONE_SURROGATE"),
    ("UTF-8 encoded surrogate", b'{"a":"\xed\xa0\x80"}', "LONE_SURROGATE"),
    ("int with 4301 digits", text('[' + '7' * 4301 + ']'), "NUMBER_TOO_LONG"),
    ("invalid UTF-8", b'{"a":"\xff"}', "NOT_UTF8"),
    ("overlong UTF-8", b'{"a":"\xc0\x80"}', "NOT_UTF8"),
    ("truncated object", text('{"a":1'), "INVALID_JSON"),
    ("trailing comma", text('[1,2,]'), "INVALID_JSON"),
    ("raw control character in a string", text('{"a":"x\x01"}'), "INVALID_JSON"),
    ("leading zero", text('[01]'), "INVALID_JSON"),
    ("bare dot", text('[1.]'), "INVALID_JSON"),
    ("invalid escape", text('["\\x41"]'), "INVALID_JSON"),
    ("bad unicode escape", text('["\\u00G1"]'), "INVALID_JSON"),
    ("single quotes", text("{'a':1}"), "INVALID_JSON"),
    ("extra data", text('{} {}'), "INVALID_JSON"),
    ("empty body", b'', "INVALID_JSON"),
    ("negative NaN", text('[-NaN]'), "INVALID_JSON"),
    ("form feed is not JSON whitespace", text('\x0c[]'), "INVALID_JSON"),
]


def python_error(body: bytes):
    try:
        canonical(body)
    except (ValueError, UnicodeError) as e:
        return type(e).__name__
    return None


def case(name, body, secret=SECRET):
    canon = canonical(body)
    simple = simple_message(body)
    return {
        "name": name,
        "secret": secret,
        "body_base64": b64(body),
        "canonical_base64": b64(canon),
        "canonical": canon.decode("utf-8"),
        "v2_hex": mac(secret, canon),
        "raw_hex": mac(secret, body),
        "simple_message": None if simple is None else simple.decode("utf-8"),
        "simple_hex": None if simple is None else mac(secret, simple),
    }


def float_lexemes(rng):
    """Yields (lexeme, canonical) pairs that exercise Python's float repr and the integral rewrite."""
    values = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, math.pi, math.e, 5e-324, 2.2250738585072014e-308,
              2.225073858507201e-308, 1.7976931348623157e308, 4.35, 0.3, 2.675, 1e-4, 9.5e-5, 1e15 + 0.5,
              2 ** 52 + 0.5, 2 ** 53 - 1.0, 2 ** 53 + 2.0, 123456.789e3]
    for e in range(-1074, 1024, 23):  # powers of two: the rounding interval is asymmetric there
        values.append(math.ldexp(1.0, e))
    for shift in (2, 3, 4, 5):  # odd multiples of 2**-shift just above 2**(52 - shift): two shortest decimals tie
        for _ in range(12):
            values.append(math.ldexp(rng.randrange(2 ** 52, 2 ** 53) | 1, -shift))
    while len(values) < 700:  # random bit patterns, mostly below 2**53 (larger doubles are all integral)
        x = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
        if math.isfinite(x) and (abs(x) < 2.0 ** 53 or rng.random() < 0.1):
            values.append(x)
    for _ in range(500):  # random "human" decimals with 1 to 17 significant digits
        digits = rng.randint(1, 17)
        mantissa = rng.randrange(10 ** (digits - 1), 10 ** digits)
        values.append(float(f"{mantissa}e{rng.randint(-30, 20)}"))
    for _ in range(100):  # subnormals
        values.append(math.ldexp(rng.random(), -1022))
    for x in values:
        for lexeme in (repr(x), f"{x:.25e}", f"{x:.3e}"):
            if "e" not in lexeme and "." not in lexeme and "n" not in lexeme:
                lexeme += ".0"  # keep it a float lexeme
            yield lexeme, canonical(lexeme.encode()).decode()


def main():
    if sys.version_info < (3, 11):
        sys.exit("python 3.11 or newer is required (the int digit limit is part of the expectations)")
    cases = [case(name, body) for name, body in CASES]
    cases.append(case("non-ASCII secret", json.dumps(ENVELOPE, sort_keys=True).encode(), SECRET_NON_ASCII))
    rejected = []
    for name, body, reason in REJECTED:
        error = python_error(body)
        if error is None:
            sys.exit(f"python accepted a body that must be rejected: {name}")
        rejected.append({"name": name, "body_base64": b64(body), "reason": reason, "python_error": error})
    with open("vectors.json", "w", encoding="utf-8") as out:
        json.dump({"generator": "make_vectors.py", "python": sys.version.split()[0], "cases": cases,
                   "rejected": rejected}, out, indent=1, ensure_ascii=True)
        out.write("\n")
    rng = random.Random(20250601)
    floats = sorted(set(float_lexemes(rng)))
    with open("float-vectors.json", "w", encoding="utf-8") as out:
        json.dump({"generator": "make_vectors.py", "python": sys.version.split()[0],
                   "floats": [list(pair) for pair in floats]}, out, indent=0, ensure_ascii=True)
        out.write("\n")


if __name__ == "__main__":
    main()
