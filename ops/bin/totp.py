#!/usr/bin/env python3
"""The current one-time code of the demo authenticator, for signing in as a privileged demo user (platform, tenant
admins, talent committees, PPKs) without an authenticator app:

    ops/bin/totp.py            prints the code for now (valid for the rest of its 30-second window)

An authenticator app gives the same codes once given the key printed by `ops/bin/totp.py --key`. The realm
(ops/keycloak/meritasn-realm.json) gives every privileged demo user this secret; real users set up their own.
Standard library only.
"""
import base64
import hashlib
import hmac
import struct
import sys
import time

DEMO_SECRET = b"meritasn-demo-2fa-20"


def totp(key=DEMO_SECRET, at=None):
    """RFC 6238 as Keycloak checks it: HMAC-SHA1, 6 digits, 30-second windows."""
    counter = int((time.time() if at is None else at) // 30)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000)


def seconds_left(at=None):
    return 30 - int(time.time() if at is None else at) % 30


if __name__ == "__main__":
    if sys.argv[1:] == ["--key"]:
        print(base64.b32encode(DEMO_SECRET).decode())
    else:
        print(f"{totp()}  (valid {seconds_left()} s more)")
