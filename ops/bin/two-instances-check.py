#!/usr/bin/env python3
"""Checks two MeritASN instances behind nginx with real Keycloak tokens (used by ops/two-instances).

Prints Markdown: which instance answered each GraphQL call through the load balancer (nginx adds X-MeritASN-Upstream),
whether the answers were the same, whether a mutation made through one instance is read back through the other, and
whether a browser login through the load balancer (OIDC code flow + PKCE, session cookie) works. Exits non-zero when a
check fails. Standard library only.
"""
import base64
import hashlib
import html
import http.cookiejar
import json
import os
import re
import secrets
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

from totp import seconds_left, totp

LB = os.environ["LB_URL"]                      # e.g. http://127.0.0.1:18080
INSTANCES = {os.environ["A_ADDR"]: "A", os.environ["B_ADDR"]: "B"}  # "127.0.0.1:18081" -> "A"
DIRECT = {"A": "http://" + os.environ["A_ADDR"], "B": "http://" + os.environ["B_ADDR"]}
KC = os.environ["KC_URL"]                      # e.g. http://127.0.0.1:8180
REALM = KC + "/realms/meritasn/protocol/openid-connect"
PASSWORD = os.environ.get("DEMO_PASSWORD", "meritasn-demo")

failures = []


def check(ok, what):
    print(f"- {'PASS' if ok else 'FAIL'}: {what}")
    if not ok:
        failures.append(what)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class LocalCookiePolicy(http.cookiejar.DefaultCookiePolicy):
    """Sends Secure cookies over http to 127.0.0.1/localhost, as browsers do for these trustworthy origins."""

    def return_ok_secure(self, cookie, request):
        host = urllib.parse.urlparse(request.get_full_url()).hostname
        return host in ("127.0.0.1", "localhost") or super().return_ok_secure(cookie, request)


def jar():
    return http.cookiejar.CookieJar(LocalCookiePolicy())


def opener(cookies=None):
    handlers = [NoRedirect()]
    if cookies is not None:
        handlers.append(urllib.request.HTTPCookieProcessor(cookies))
    return urllib.request.build_opener(*handlers)


def call(op, url, data=None, headers=None):
    """(status, headers, body) without following redirects."""
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with op.open(request, timeout=30) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode()


def client_token(client_id, secret):
    data = urllib.parse.urlencode({"grant_type": "client_credentials", "client_id": client_id,
                                   "client_secret": secret}).encode()
    status, _, body = call(opener(), REALM + "/token", data, {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200, body
    return json.loads(body)["access_token"]


def keycloak_login(op, location, username):
    """Follows Keycloak's login pages (username, password, and the one-time code of the demo authenticator for
    privileged users) until it redirects away."""
    status, headers, body = call(op, location)
    codes_sent = 0
    for _ in range(8):
        if status in (302, 303) and not headers["Location"].startswith(KC):
            return headers["Location"]
        if status in (302, 303):
            status, headers, body = call(op, urllib.parse.urljoin(location, headers["Location"]))
            continue
        form = re.search(r'<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"', body) \
            or re.search(r'<form[^>]*action="([^"]+)"', body)
        assert form, f"no login form on Keycloak's page (HTTP {status})"
        fields = {"username": username}
        if 'name="password"' in body:
            fields["password"] = PASSWORD
        if 'name="otp"' in body:
            if codes_sent:  # Keycloak refuses a code used before (another sign-in in this window): wait for the next
                time.sleep(seconds_left() + 1)
            codes_sent += 1
            fields = {"otp": totp()}
        status, headers, body = call(op, html.unescape(form.group(1)), urllib.parse.urlencode(fields).encode(),
                                     {"Content-Type": "application/x-www-form-urlencoded"})
    raise AssertionError("Keycloak did not redirect back after the login pages")


def user_token(username):
    """A real user access token: authorization code flow with PKCE for the UI client, as the browser does it."""
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    redirect = LB + "/"
    query = urllib.parse.urlencode({"client_id": "meritasn-ui", "response_type": "code", "scope": "openid",
                                    "redirect_uri": redirect, "code_challenge": challenge,
                                    "code_challenge_method": "S256", "state": secrets.token_hex(8)})
    back = keycloak_login(opener(jar()), REALM + "/auth?" + query, username)
    code = urllib.parse.parse_qs(urllib.parse.urlparse(back).query)["code"][0]
    data = urllib.parse.urlencode({"grant_type": "authorization_code", "client_id": "meritasn-ui", "code": code,
                                   "redirect_uri": redirect, "code_verifier": verifier}).encode()
    status, _, body = call(opener(), REALM + "/token", data, {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200, body
    return json.loads(body)["access_token"]


def graphql(base, token, query, variables=None):
    data = json.dumps({"query": query, "variables": variables or {}}).encode()
    status, headers, body = call(opener(), base + "/graphql", data,
                                 {"Content-Type": "application/json", "Authorization": "Bearer " + token})
    return status, INSTANCES.get(headers.get("X-MeritASN-Upstream", ""), "direct"), body


def canonical(body):
    try:
        return json.dumps(json.loads(body), sort_keys=True)
    except ValueError:
        return body


AGENCY = "{ myAgency { key displayName region policies { name valueJson } } }"
EMPLOYEES = "{ employees(first: 20) { edges { node { nip name golongan } } pageInfo { hasNextPage endCursor } } }"


def main():
    print("### Tokens (from Keycloak, nothing minted locally)\n")
    integration = client_token("meritasn-integration-medan", "medan-integration-local-secret")
    check(True, "client-credentials token for `meritasn-integration-medan` (agency-integration, Medan)")
    admin = user_token("medan.admin")
    check(True, "user token for `medan.admin` (tenant-admin, Medan) through Keycloak's login pages, code flow + PKCE")

    print("\n### Round robin: the same read, 8 times through nginx\n")
    print("| # | query | token | answered by | HTTP | answer (sha256, first 12) |")
    print("|---|---|---|---|---|---|")
    seen, answers, bodies = [], {}, {}
    for i in range(8):
        token, name, query = (integration, "integration", AGENCY) if i % 4 < 2 else (admin, "medan.admin", EMPLOYEES)
        status, instance, body = graphql(LB, token, query)
        digest = hashlib.sha256(canonical(body).encode()).hexdigest()[:12]
        print(f"| {i + 1} | {'myAgency' if query is AGENCY else 'employees'} | {name} | {instance} | {status} | {digest} |")
        seen.append(instance)
        answers.setdefault((query, name), set()).add(digest)
        bodies.setdefault((query, name), {})[digest] = (instance, body)
        if status != 200 or '"errors"' in body:
            failures.append(f"call {i + 1} failed: {body[:200]}")
    print()
    check(all(seen[i] != seen[i + 1] for i in range(len(seen) - 1)) and set(seen) == {"A", "B"},
          "consecutive calls alternate between the two instances: " + " ".join(seen))
    check(all(len(d) == 1 for d in answers.values()), "both instances give byte-identical answers to the same query")
    for key, variants in bodies.items():
        if len(variants) > 1:
            print(f"\n  Answers that differ ({'myAgency' if key[0] is AGENCY else 'employees'}, {key[1]}):")
            for instance, body in variants.values():
                print(f"\n  - instance {instance}: `{body[:1500]}`")

    print("\n### A mutation through one instance is read back through the other\n")
    value = str(int(time.time()) % 1000 + 3)
    mutation = ('mutation($v: String!) { setAgencyPolicy(input: {name: "ops.twoInstancesProbe", valueJson: $v, '
                'reason: "ops/two-instances"}) { agency { key } errors { __typename } } }')
    status, wrote_on, body = graphql(LB, admin, mutation, {"v": value})
    check(status == 200 and json.loads(body)["data"]["setAgencyPolicy"]["errors"] == [],
          f"setAgencyPolicy ops.twoInstancesProbe = {value} through nginx, answered by instance {wrote_on}")
    other = "B" if wrote_on == "A" else "A"
    status, _, body = graphql(DIRECT[other], admin, AGENCY)
    policies = {p["name"]: p["valueJson"] for p in json.loads(body)["data"]["myAgency"]["policies"]}
    check(policies.get("ops.twoInstancesProbe") == value,
          f"instance {other} (asked directly) reads ops.twoInstancesProbe = {policies.get('ops.twoInstancesProbe')}")
    status, read_on, body = graphql(LB, admin, AGENCY)
    policies = {p["name"]: p["valueJson"] for p in json.loads(body)["data"]["myAgency"]["policies"]}
    check(read_on == other and policies.get("ops.twoInstancesProbe") == value,
          f"the next call through nginx is answered by instance {read_on} with the new value")

    print("\n### Browser login through nginx (UI: session cookie, sticky by client address)\n")
    cookies = jar()
    op = opener(cookies)
    status, headers, _ = call(op, LB + "/oauth2/authorization/keycloak")
    check(status == 302 and headers["Location"].startswith(KC),
          f"/oauth2/authorization/keycloak redirects to Keycloak (HTTP {status}), answered by "
          f"{INSTANCES.get(headers.get('X-MeritASN-Upstream', ''), '?')}")
    back = keycloak_login(op, headers["Location"], "medan.admin")
    status, headers, _ = call(op, back)
    check(status == 302 and "error" not in headers.get("Location", ""),
          f"the login callback is accepted (HTTP {status} to {headers.get('Location')}), answered by "
          f"{INSTANCES.get(headers.get('X-MeritASN-Upstream', ''), '?')}")
    status, headers, body = call(op, LB + "/")
    check(status == 200, f"the signed-in UI page loads through nginx (HTTP {status}), answered by "
                         f"{INSTANCES.get(headers.get('X-MeritASN-Upstream', ''), '?')}")

    print("\n### The same login without stickiness: it starts on one instance and comes back to the other\n")
    cookies = jar()
    op = opener(cookies)
    lb_host = {"Host": urllib.parse.urlparse(LB).netloc}  # as nginx passes it: redirect URIs name the load balancer
    status, headers, _ = call(op, DIRECT["A"] + "/oauth2/authorization/keycloak", headers=lb_host)
    back = keycloak_login(op, headers["Location"], "medan.admin")
    callback = urllib.parse.urlparse(back)
    status, headers, _ = call(op, DIRECT["B"] + callback.path + "?" + callback.query, headers=lb_host)
    location = headers.get("Location", "")
    check(status == 302 and "error" in location,
          f"login started on A, callback delivered to B: refused (HTTP {status} to {location}); B does not have A's"
          f" session, which holds the authorization request; hence sticky sessions for the UI")

    print()
    if failures:
        print(f"**{len(failures)} check(s) failed.**")
        sys.exit(1)
    print("**All checks passed.**")


if __name__ == "__main__":
    main()
