"""Reads every case (a spec example or a probe) into the generated Python models and writes it back.

    python3 roundtrip.py cases.json results.json

Serialization goes through ApiClient.sanitize_for_serialization, as the generated client does for a request body.
"""
import importlib
import json
import sys

CLIENTS = {"pos": "dstore_pos", "pds": "dstore_pds"}


def round_trip(case):
    package = CLIENTS[case["spec"]]
    models = importlib.import_module(package + ".models")
    client = importlib.import_module(package + ".api_client").ApiClient
    try:
        model = getattr(models, case["schema"])
        values = case["value"] if case["array"] else [case["value"]]
        written = [client().sanitize_for_serialization(model.from_json(json.dumps(v))) for v in values]
        return {"id": case["id"], "read": True, "written": written if case["array"] else written[0]}
    except Exception as e:  # noqa: BLE001 - every failure is an outcome to report
        return {"id": case["id"], "read": False, "error": f"{type(e).__name__}: {e}"}


def main(cases_file, results_file):
    with open(cases_file, encoding="utf-8") as f:
        cases = json.load(f)
    with open(results_file, "w", encoding="utf-8") as f:
        json.dump([round_trip(c) for c in cases], f, ensure_ascii=False)


if __name__ == "__main__":
    main(*sys.argv[1:])
