#!/usr/bin/env python3
"""Writes the signature test vectors in this directory. The signatures are made by openssl alone.

    signature-vectors/make-vectors.py

Python builds the bytes and the JSON; every signature comes from `openssl dgst -sha256 -sign` with the test-only
keys of dstore-signature/src/test/resources/signature, so our Java library and the reference signers in examples/ are all
checked against an implementation none of them shares. PKCS#1 v1.5 signatures are deterministic: running the script
again rewrites identical files.
"""
import base64
import json
import pathlib
import subprocess
import tempfile
import urllib.parse

HERE = pathlib.Path(__file__).resolve().parent
KEYS = HERE.parent / "dstore-signature/src/test/resources/signature"
PRIVATE = {"dstore": KEYS / "test-only-dstore-private-pkcs8.pem", "pos": KEYS / "test-only-pos-private-pkcs8.pem"}
PUBLIC = {"dstore": KEYS / "test-only-dstore-public.pem", "pos": KEYS / "test-only-pos-public.pem"}
CLIENT_ID = "TEST_ONLY_CLIENT_0001"


def string_to_sign(method, uri, client_id, time, body, newline=b"\n"):
    """<METHOD> <URI>\\n<Client-Id>.<time>.<body>: one space, one LF, the body's bytes as they are."""
    return f"{method} {uri}".encode() + newline + f"{client_id}.{time}.".encode() + body


def openssl_sign(signer, data):
    with tempfile.TemporaryDirectory() as tmp:
        data_file = pathlib.Path(tmp, "data")
        data_file.write_bytes(data)
        signature = subprocess.run(["openssl", "dgst", "-sha256", "-sign", str(PRIVATE[signer]), str(data_file)],
                                   check=True, capture_output=True).stdout
    return base64.b64encode(signature).decode()


def header(signature_b64, encode=True, template="algorithm=RSA256, keyVersion=1, signature={}"):
    return template.format(urllib.parse.quote(signature_b64, safe="") if encode else signature_b64)


def text_and_bytes(data):
    return {"text": data.decode("utf-8"), "base64": base64.b64encode(data).decode()}


def vector(name, description, *, signer, method="POST", uri, time, body, direction, client_id=CLIENT_ID,
           expected="valid", use=("sign", "verify"), mistake=None, signed=None, verifier=None,
           header_template=None, url_encode=True, tolerated=None):
    """One message as the receiver sees it, and the verdict of a verifier that follows REFERENCE section 2.

    `signed` is the string the sender actually signed (a faulty sender's), by default the correct one.
    `verifier` names whose public key checks it, by default the signer's (a wrong-key vector names the other).
    """
    correct = string_to_sign(method, uri, client_id, time, body)
    signature = openssl_sign(signer, signed if signed is not None else correct)
    value = {
        "name": name,
        "description": description,
        "expected": expected,
        "use": list(use),
    }
    if mistake:
        value["mistake"] = mistake
    if tolerated:
        value["tolerated"] = tolerated
    value.update({
        "direction": direction,
        "method": method,
        "uri": uri,
        "clientId": client_id,
        "timeHeader": "Request-Time" if direction.endswith("request") else "Response-Time",
        "time": time,
        "body": text_and_bytes(body),
        "stringToSign": text_and_bytes(correct),
        "signatureHeader": header(signature, url_encode, *( [header_template] if header_template else [])),
        "keys": {
            "signedWith": signer,
            "privateKeyPem": PRIVATE[signer].read_text(),
            "verifiedWith": verifier or signer,
            "publicKeyPem": PUBLIC[verifier or signer].read_text(),
        },
    })
    if signed is not None and signed != correct:
        value["signedStringToSign"] = text_and_bytes(signed)
    path = HERE / f"{name}.json"
    path.write_text(json.dumps(value, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{path.name}: {expected}")
    return value


def compact(value):
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


CREATE_ORDER = {
    "requestOrderId": "202403150000012345", "posAccountId": "MER-AHSENG-0001", "posStoreId": "STORE-MAXWELL-0123",
    "orderChannel": "DSTORE", "channelOrderId": "202403150000012345", "serviceType": "PICKUP",
    "expectFulfillmentTime": "2024-03-15T12:30:00+08:00",
    "orderProducts": [{"posProductId": "CR-ROAST", "name": "鸡饭 – Roasted Chicken Rice", "quantity": 1,
                       "unitPrice": {"value": 450, "currency": "SGD"}, "totalAmount": {"value": 450, "currency": "SGD"},
                       "remark": "Café au lait, 少冰"}],
    "orderAmount": {"value": 450, "currency": "SGD"}}
CREATE_ANSWER = {"result": {"resultStatus": "S", "resultCode": "SUCCESS", "resultMessage": "success"},
                 "posOrderId": "POS-000123", "orderStatus": "ORDER_SUCCESS", "autoAccept": False}
NOTIFY = {"requestId": "ntf-20230828-0001", "requestOrderId": "2023082800000001", "orderStatus": "ACCEPTED"}
NOTIFY_ANSWER = {"result": {"resultStatus": "S", "resultCode": "SUCCESS", "resultMessage": "success"}}
INQUIRE = {"requestOrderId": "202403150000012345", "posAccountId": "MER-AHSENG-0001", "posStoreId": "STORE-MAXWELL-0123"}


def with_plus_in_signature(make_body):
    """The first body whose signature has a '+' in its Base64, so that forgetting the URL encoding shows."""
    for n in range(1, 500):
        body = make_body(n)
        data = string_to_sign("POST", "/v2/pos/notifyOrderChange", CLIENT_ID, "2024-03-15T12:31:05+08:00", body)
        if "+" in openssl_sign("pos", data):
            return body
    raise RuntimeError("no signature with '+' found")


def main():
    for old in HERE.glob("*.json"):
        old.unlink()
    create, create_answer = compact(CREATE_ORDER), compact(CREATE_ANSWER)
    notify, notify_answer = compact(NOTIFY), compact(NOTIFY_ANSWER)

    # --- valid: requests and answers in both directions, signed as REFERENCE section 2 says
    vector("dstore-request-create-order", "D-Store calls the POS: createOrder signed with D-Store's key; raw UTF-8 text "
           "(鸡饭, –, é, 少冰) signed as its UTF-8 bytes", signer="dstore", uri="/v2/pos/createOrder",
           time="2024-03-15T12:05:42+08:00", body=create, direction="dstore-to-pos request")
    vector("pos-answer-create-order", "The POS answers createOrder: signed with the POS key over the request's URI, "
           "the same Client-Id and its own Response-Time", signer="pos", uri="/v2/pos/createOrder",
           time="2024-03-15T12:05:42+08:00", body=create_answer, direction="pos-to-dstore answer")
    vector("pos-request-notify-order-change", "The POS calls D-Store: REFERENCE 2.4's worked example (notifyOrderChange, "
           "Client-Id 375Y93*******P00050), signed with the POS key", signer="pos", uri="/v2/pos/notifyOrderChange",
           client_id="375Y93*******P00050", time="2023-08-28T22:16:07+08:00", body=notify,
           direction="pos-to-dstore request")
    vector("dstore-answer-notify-order-change", "D-Store answers notifyOrderChange: signed with D-Store's key, "
           "Response-Time", signer="dstore", uri="/v2/pos/notifyOrderChange", client_id="375Y93*******P00050",
           time="2023-08-28T22:16:08+08:00", body=notify_answer, direction="dstore-to-pos answer")
    pretty = json.dumps(INQUIRE, indent=2).encode()
    vector("dstore-request-pretty-body-epoch-time", "A pretty-printed body is fine when those are the bytes sent: "
           "multi-line body, Request-Time in epoch milliseconds", signer="dstore", uri="/v2/pos/inquireOrderDetail",
           time="1710475542000", body=pretty, direction="dstore-to-pos request")
    vector("dstore-request-empty-body", "An empty body: the string to sign ends with the dot after the time",
           signer="dstore", uri="/v2/pos/inquireOrderDetail", time="2024-03-15T04:05:42+00:00", body=b"",
           direction="dstore-to-pos request")
    vector("pos-request-uri-with-query", "A URI with a query string: the query is part of what is signed",
           signer="pos", uri="/v2/pds/addStore?version=2", time="2024-03-15T12:10:00+08:00",
           body=compact({"appId": "2102010113769001", "requestId": "addStore-0001", "stores": []}),
           direction="pos-to-dstore request")

    # --- valid header forms a verifier must accept (a signer writes the documented form)
    create_time = "2024-03-15T12:05:42+08:00"
    vector("header-without-spaces", "The Alipay SDK's form of the header, without spaces after the commas",
           signer="dstore", uri="/v2/pos/createOrder", time=create_time, body=create,
           direction="dstore-to-pos request", use=("verify",),
           header_template="algorithm=RSA256,keyVersion=1,signature={}")
    vector("header-pairs-reordered", "The header's pairs in another order, with extra spaces", signer="dstore",
           uri="/v2/pos/createOrder", time=create_time, body=create, direction="dstore-to-pos request",
           use=("verify",), header_template="signature={} ,  keyVersion=1, algorithm=RSA256")

    # --- invalid: the mistakes behind most INVALID_SIGNATURE answers
    def sent_differently(name, description, mistake, wire, signed_body=create, **kw):
        kw.setdefault("uri", "/v2/pos/createOrder")
        kw.setdefault("time", create_time)
        signed = string_to_sign("POST", kw["uri"], kw.get("client_id", CLIENT_ID), kw["time"], signed_body)
        return vector(name, description, signer=kw.pop("signer", "dstore"), body=wire,
                      direction=kw.pop("direction", "dstore-to-pos request"), expected="invalid", use=("verify",),
                      mistake=mistake, signed=kw.pop("signed", signed), **kw)

    sent_differently("body-reserialized", "The sender signed its compact JSON, then sent the object re-serialized "
                     "by another JSON writer (spaces after separators)", "body re-serialized after signing",
                     json.dumps(CREATE_ORDER, ensure_ascii=False).encode())
    sent_differently("body-reindented", "The sender signed its compact JSON and sent it pretty-printed",
                     "body re-indented after signing", json.dumps(CREATE_ORDER, indent=2, ensure_ascii=False).encode())
    sent_differently("body-unicode-escaped", "The sender signed raw UTF-8 and sent the same JSON with non-ASCII "
                     "characters escaped (\\u9e21...)", "body re-encoded after signing",
                     json.dumps(CREATE_ORDER, separators=(",", ":")).encode())
    sent_differently("body-trailing-newline", "The body on the wire ends with a newline the sender did not sign",
                     "body changed after signing", create + b"\n")
    sent_differently("crlf-after-uri", "The sender joined the two lines of the string to sign with CRLF",
                     "CRLF instead of LF in the string to sign", create,
                     signed=string_to_sign("POST", "/v2/pos/createOrder", CLIENT_ID, create_time, create, b"\r\n"))
    sent_differently("uri-with-host", "The sender signed the full URL instead of the path",
                     "URI with scheme and host", create,
                     signed=string_to_sign("POST", "https://pos.example.com/v2/pos/createOrder", CLIENT_ID,
                                           create_time, create))
    sent_differently("uri-without-query", "The request went to a URI with a query string; the sender signed the "
                     "path alone", "query string left out of the signed URI", compact(INQUIRE),
                     signed_body=compact(INQUIRE), uri="/v2/pos/inquireOrderDetail?lang=en",
                     signed=string_to_sign("POST", "/v2/pos/inquireOrderDetail", CLIENT_ID, create_time,
                                           compact(INQUIRE)))
    sent_differently("request-time-other-format", "Request-Time was sent as ISO 8601 with offset; the sender signed "
                     "the same instant in UTC", "time signed in another format than sent", create,
                     signed=string_to_sign("POST", "/v2/pos/createOrder", CLIENT_ID, "2024-03-15T04:05:42Z", create))
    sent_differently("request-time-epoch-signed", "Request-Time was sent as ISO 8601; the sender signed epoch "
                     "milliseconds", "time signed in another format than sent", create,
                     signed=string_to_sign("POST", "/v2/pos/createOrder", CLIENT_ID, "1710475542000", create))
    sent_differently("client-id-other", "The sender signed with another Client-Id than the header it sent",
                     "Client-Id differs from the header", create,
                     signed=string_to_sign("POST", "/v2/pos/createOrder", "TEST_ONLY_CLIENT_0002", create_time,
                                           create))
    sent_differently("wrong-key", "Signed with the POS key where D-Store's key was expected (the receiver "
                     "verifies with D-Store's public key)", "signed with the wrong private key", create,
                     signer="pos", verifier="dstore")
    vector("header-without-algorithm", "The header lacks its algorithm pair; a verifier must not guess it",
           signer="dstore", uri="/v2/pos/createOrder", time=create_time, body=create, direction="dstore-to-pos request",
           expected="invalid", use=("verify",), mistake="algorithm pair missing from the header",
           header_template="keyVersion=1, signature={}")
    plus_body = with_plus_in_signature(lambda n: compact({**NOTIFY, "requestId": f"ntf-20240315-{n:04d}"}))
    vector("signature-not-url-encoded", "The Base64 signature sent without URL encoding; it has a '+', which a "
           "URL decoder (java.net.URLDecoder, as D-Store's SDK uses) turns into a space",
           signer="pos", uri="/v2/pos/notifyOrderChange", time="2024-03-15T12:31:05+08:00", body=plus_body,
           direction="pos-to-dstore request", expected="invalid", use=("verify",),
           mistake="signature value not URL-encoded", url_encode=False,
           tolerated="dstore-kit's verifier percent-decodes once and keeps '+', so it accepts this header; "
                     "D-Store does not: send the signature URL-encoded")


if __name__ == "__main__":
    main()
