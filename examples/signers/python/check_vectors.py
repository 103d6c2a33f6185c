"""Runs dstore_signature.py against the published signature vectors:  python3 check_vectors.py DIR

Exits 0 when every vector passes. Point it at your own signer by replacing the import.
"""
import base64
import json
import pathlib
import sys

import dstore_signature as signer


def check(vector):
    """The problems this signer has with one vector; empty when it passes."""
    args = (vector["method"], vector["uri"], vector["clientId"], vector["time"],
            base64.b64decode(vector["body"]["base64"]))
    problems = []
    if signer.string_to_sign(*args) != base64.b64decode(vector["stringToSign"]["base64"]):
        problems.append("string to sign differs")
    keys = vector["keys"]
    if "sign" in vector["use"]:
        header = signer.sign(signer.load_private_key(keys["privateKeyPem"]), *args)
        if header != vector["signatureHeader"]:
            problems.append(f"signed header differs: {header[:60]}...")
    verdict = signer.verify(signer.load_public_key(keys["publicKeyPem"]), *args, vector["signatureHeader"])
    if verdict != (vector["expected"] == "valid"):
        problems.append(f"verified as {'valid' if verdict else 'invalid'}, expected {vector['expected']}")
    return problems


def main(directory):
    files = sorted(pathlib.Path(directory).glob("*.json"))
    failed = 0
    for file in files:
        problems = check(json.loads(file.read_text(encoding="utf-8")))
        if problems:
            failed += 1
            print(f"FAIL {file.name}: {'; '.join(problems)}")
    print(f"{len(files) - failed} passed, {failed} failed")
    return 1 if failed or not files else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
