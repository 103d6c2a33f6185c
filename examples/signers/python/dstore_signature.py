"""Signs and verifies D-Store API messages (RSA256: SHA256withRSA, PKCS#1 v1.5, over the exact bytes on the wire).

Copy this file into your project; it needs the `cryptography` package (Debian: python3-cryptography).

    header = sign(private_key, "POST", "/v2/pos/notifyOrderChange", client_id, request_time, body_bytes)
    ok = verify(public_key, "POST", "/v2/pos/createOrder", client_id, request_time, body_bytes, header)

`body` is the bytes you send or received, never a re-serialization of a parsed object. An answer is signed and
verified the same way, with its Response-Time and the request's URI. Keys are PEM, or base64 DER as D-Store hands
them out (PKCS#8 private, X.509 public).
"""
import base64
import binascii
import re
import urllib.parse

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

_BASE64 = re.compile(r"^[A-Za-z0-9+/]*={0,2}$")


def string_to_sign(method, uri, client_id, time, body):
    """<METHOD> <URI>\\n<Client-Id>.<time>.<body>: one space, one LF, the body's bytes unchanged."""
    return f"{method} {uri}\n{client_id}.{time}.".encode("utf-8") + body


def load_private_key(text):
    key = (serialization.load_pem_private_key(text.encode(), password=None) if "-----BEGIN" in text
           else serialization.load_der_private_key(base64.b64decode(text), password=None))
    return _strong_rsa(key)


def load_public_key(text):
    key = (serialization.load_pem_public_key(text.encode()) if "-----BEGIN" in text
           else serialization.load_der_public_key(base64.b64decode(text)))
    return _strong_rsa(key)


def sign(private_key, method, uri, client_id, time, body):
    """The Signature header value: algorithm=RSA256, keyVersion=1, signature=<URL-encoded Base64>."""
    signature = private_key.sign(string_to_sign(method, uri, client_id, time, body), padding.PKCS1v15(),
                                 hashes.SHA256())
    encoded = urllib.parse.quote(base64.b64encode(signature).decode("ascii"), safe="")
    return f"algorithm=RSA256, keyVersion=1, signature={encoded}"


def parse_header(value):
    """The header's name=value pairs; with or without spaces after the commas, in any order."""
    pairs = {}
    for part in value.split(","):
        name, sep, val = part.strip().partition("=")
        if sep:
            pairs[name.strip()] = val.strip()
    return pairs


def verify(public_key, method, uri, client_id, time, body, header):
    """True when the header's signature matches the message under the peer's public key."""
    pairs = parse_header(header or "")
    if pairs.get("algorithm") != "RSA256" or "signature" not in pairs:
        return False
    # URL-decoded as D-Store does it (a '+' that was never encoded becomes a space, and fails)
    value = urllib.parse.unquote_plus(pairs["signature"])
    if not _BASE64.match(value):
        return False
    try:
        signature = base64.b64decode(value, validate=True)
        public_key.verify(signature, string_to_sign(method, uri, client_id, time, body), padding.PKCS1v15(),
                          hashes.SHA256())
        return True
    except (InvalidSignature, binascii.Error):
        return False


def _strong_rsa(key):
    if not isinstance(key, (rsa.RSAPrivateKey, rsa.RSAPublicKey)) or key.key_size < 2048:
        raise ValueError("D-Store signs with RSA keys of at least 2048 bits")
    return key
