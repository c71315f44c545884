"""Secret hygiene for anything curate prints or writes about a run (summaries, manifests, ``--json``
output, error lines): URL credentials, API-key shapes, bearer tokens and ``password=…`` values are
replaced by ``***``. Layer 0: no curate imports, no third-party imports.

    scrub("http://user:pa55@host/v1")          # 'http://***@host/v1'
    scrub("key sk-proj-abcdefghijklmnop1234")  # 'key ***'
    scrub_obj({"cmd": ["--base-url", "http://u:p@h/v1"]})   # every string inside, recursively

The same shapes are what the PII pass calls ``CREDENTIAL`` (curate.pii.patterns uses
``API_KEY_PATTERNS`` from here), so a key is found the same way in data and in run metadata.
"""
from __future__ import annotations

import re
from typing import Any

MASK = "***"

# scheme://user:password@host → the userinfo (user and password) is the secret.
# user[:password]@ — a password may hold @ # ? (printed unencoded); it never crosses a /.
# A URL's scheme, as logs print it (a scheme may hold "_" where a driver is named: SQLAlchemy's
# oracle+cx_oracle://, blind log 42's read half); the PII pass's URL credentials read the same
URL_SCHEME = r"[a-z][a-z0-9+.\-_]{1,23}://"
URL_USERINFO = re.compile(r"(?i)\b(" + URL_SCHEME + r")([^\s:/@?#\"'<>]+(?::[^\s/\"'<>]*)?)@"
                          r"(?=[^\s/?#\"'<>@]+)")

# Issued-key shapes: prefixes vendors document for their keys (OpenAI, Anthropic, GitHub, GitLab,
# AWS, Alibaba Cloud and Tencent Cloud access key ids, Google API keys, Slack, Stripe, Hugging Face)
# and JSON Web Tokens.
API_KEY_PATTERNS = (
    r"\bsk-(?:proj-|ant-|live-|test-)?[A-Za-z0-9_\-]{16,}",
    r"\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,}",
    r"\bgithub_pat_[A-Za-z0-9_]{30,}",
    r"\bglpat-[A-Za-z0-9_\-]{20,}",
    r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b",
    r"\bLTAI[0-9A-Za-z]{12,20}\b",  # Alibaba Cloud AccessKey ids
    r"\bAKID[0-9A-Za-z]{32}\b",  # Tencent Cloud SecretIds
    r"\bAIza[0-9A-Za-z_\-]{35}",
    r"\bxox[abposr]-[A-Za-z0-9\-]{10,}",
    r"\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}",  # (not pk_: a publishable key is public by design)
    r"\bhf_[A-Za-z0-9]{30,}",
    r"\beyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}",
    # (or any payload after a JOSE header, whose first member, alg, typ, kid, enc or cty, its first
    # bytes name: {"alg" is eyJhbGci. A payload need not be a JSON object, blind log 38's read half)
    r"\beyJ(?:hbGci|0eXAi|raWQi|lbmMi|jdHki)[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}",
    # hashes that authenticate as they are (pass-the-hash, pass-the-ticket) or are a captured login:
    # Kerberos tickets and pre-auth replies as hashcat and Rubeus print them, a pwdump line's LM:NT
    # pair, a NetNTLMv2 response. Not a stored salted hash (bcrypt, crypt(3), Argon2: set 8 counts
    # one a decoy), which must be cracked first and says nothing about who it is
    r"\$krb5(?:tgs|asrep|pa|tgt)\$[^\s\"'<>]{20,}",
    # (the LM half when it is the empty password's constant, which every pwdump line after Vista
    # prints: the NT half alone)
    r"\b(?!(?i:aad3b435b51404eeaad3b435b51404ee):)[0-9a-fA-F]{32}:[0-9a-fA-F]{32}(?=:::)",
    r"(?<=(?i:aad3b435b51404eeaad3b435b51404ee):)[0-9a-fA-F]{32}(?=:::)",
    # a dump's Kerberos keys (secretsdump: CORP\\jdoe:aes256-cts-hmac-sha1-96:<hex>): they log in as the user
    r"(?<=-cts-hmac-sha1-96:)[0-9a-fA-F]{32,64}\b",
    r"(?<=des-cbc-md5:)[0-9a-fA-F]{16}\b",
    r"(?<=:CLEARTEXT:)[^\s\"'<>]{1,128}",  # (and a password the dump found in clear)
    r"(?<=::)[\w.\-]+:[0-9a-fA-F]{16}:[0-9a-fA-F]{32}:[0-9a-fA-F]{32,}",
    # a PEM private key's body (RSA, EC, OpenSSH, PKCS#8, PGP's block) as a log prints it on one line:
    # its lines joined by spaces or by JSON's written-out "\n"; up to its END line, or to the value's
    # closing quote or the line's end when the log cut it short. The headers stay: they say what leaked
    # (its first line 16 characters or more: "writes -----BEGIN PRIVATE KEY----- headers" is prose;
    # after an END line nothing is the key's)
    (r"(?<=PRIVATE KEY-----)" + "".join(f"(?<!END {t}PRIVATE KEY-----)" for t in ("", "RSA ", "EC ", "DSA ", "OPENSSH ",
                                                                                 "ENCRYPTED "))
     + r"(?:\\r|\\n|\s)*[A-Za-z0-9+/=]{16,}[A-Za-z0-9+/=\s]*(?:(?:\\r|\\n)+[A-Za-z0-9+/=][A-Za-z0-9+/=\s]*)*"
     # (a logger that shortened the body marks the cut: "…MIIEvQ…F0j...-----END PRIVATE KEY-----")
     r"(?=(?:\.{3}|\u2026)?(?:\\r|\\n|\s)*-----END|[\"']|$)"),
    (r"(?<=PRIVATE KEY BLOCK-----)(?<!END PGP PRIVATE KEY BLOCK-----)(?:\\r|\\n|\s)*[A-Za-z0-9+/=:]{16,}[A-Za-z0-9+/=:\s]*"
     r"(?:(?:\\r|\\n)+[A-Za-z0-9+/=:][A-Za-z0-9+/=:\s]*)*(?=(?:\\r|\\n|\s)*-----END|[\"']|$)"),
)
API_KEY = re.compile("|".join(f"(?:{p})" for p in API_KEY_PATTERNS))
BEARER = re.compile(r"(?i)\b(bearer|basic|token)\s+([A-Za-z0-9\-._~+/]{8,}=*)")
# key=value / key: value / "key": "value" with a secret-bearing key name.
SECRET_KEYS = ("password", "passwd", "pass", "pwd", "secret", "token", "api_key", "apikey", "api-key",
               "access_key", "access_token", "auth_token", "refresh_token", "client_secret", "private_key",
               "authorization", "cookie", "session_key", "x-api-key")
_KV = re.compile(r"(?i)(?<![A-Za-z0-9_])((?:" + "|".join(re.escape(k) for k in SECRET_KEYS) +
                 r")[\"']?\s*[=:]\s*[\"']?)([^\s\"'&,;]+)")


def scrub(text: str) -> str:
    """``text`` with URL credentials, API-key shapes, bearer tokens and secret values masked."""
    if not text or not isinstance(text, str):
        return text
    if "://" in text and "@" in text:
        text = URL_USERINFO.sub(lambda m: m.group(1) + MASK + "@", text)
    text = API_KEY.sub(MASK, text)
    text = BEARER.sub(lambda m: f"{m.group(1)} {MASK}", text)
    return _KV.sub(lambda m: m.group(1) + MASK, text)


def scrub_url(url: str | None) -> str | None:
    """A URL fit to show: its userinfo (``user:password@``) and any secret query value masked."""
    return scrub(url) if url else url


def scrub_obj(obj: Any) -> Any:
    """Every string in a JSON-like structure scrubbed (dict keys kept); other values unchanged."""
    if isinstance(obj, str):
        return scrub(obj)
    if isinstance(obj, dict):
        return {k: scrub_obj(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return type(obj)(scrub_obj(v) for v in obj) if isinstance(obj, list) else tuple(scrub_obj(v) for v in obj)
    return obj
