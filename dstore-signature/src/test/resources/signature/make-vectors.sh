#!/usr/bin/env bash
# Regenerates the signature test vectors in this directory with openssl (no Java involved),
# so the Java tests compare our implementation against an independent one.
#
#   ./make-vectors.sh             rebuild vectors/ from the committed test-only keys
#   ./make-vectors.sh --new-keys  also generate NEW test-only keys first (every vector changes)
#
# All keys here are TEST-ONLY fixtures. They are public in this repository: never use them anywhere else.
set -euo pipefail
cd "$(dirname "$0")"
export LC_ALL=C

if [[ "${1:-}" == "--new-keys" ]]; then
  for who in dstore pos; do
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "test-only-$who-private-pkcs8.pem"
    openssl pkey -in "test-only-$who-private-pkcs8.pem" -pubout -out "test-only-$who-public.pem"
  done
  # D-Store's formats and the other PEM flavours of the same D-Store test key pair
  openssl rsa  -in test-only-dstore-private-pkcs8.pem -traditional -out test-only-dstore-private-pkcs1.pem
  openssl pkcs8 -topk8 -nocrypt -in test-only-dstore-private-pkcs8.pem -outform DER | base64 -w0 > test-only-dstore-private.b64
  echo >> test-only-dstore-private.b64
  openssl pkey -in test-only-dstore-private-pkcs8.pem -pubout -outform DER | base64 -w0 > test-only-dstore-public.b64
  echo >> test-only-dstore-public.b64
  openssl rsa  -in test-only-dstore-private-pkcs8.pem -RSAPublicKey_out -out test-only-dstore-public-pkcs1.pem
  # keys that must be refused
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:1024 -out test-only-weak-1024-private.pem
  openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out test-only-ec-private.pem
  chmod 644 test-only-*.pem   # test fixtures, readable by the build user on CI
fi

# vector NAME SIGNING-KEY METHOD URI CLIENT-ID TIME  (body on stdin, taken byte for byte)
vector() {
  local name=$1 key=$2 method=$3 uri=$4 client=$5 time=$6 dir="vectors/$1"
  mkdir -p "$dir"
  cat > "$dir/body.json"
  printf 'method=%s\nuri=%s\nclientId=%s\ntime=%s\nprivateKey=%s\npublicKey=%s\n' \
    "$method" "$uri" "$client" "$time" "$key" "${key/private-pkcs8/public}" > "$dir/meta.properties"
  # <METHOD> <URI>\n<Client-Id>.<Time>.<body>  - one LF, no trailing newline, body unchanged
  { printf '%s %s\n%s.%s.' "$method" "$uri" "$client" "$time"; cat "$dir/body.json"; } > "$dir/string-to-sign.txt"
  openssl dgst -sha256 -sign "$key" -out "$dir/signature.bin" "$dir/string-to-sign.txt"
  openssl dgst -sha256 -verify "${key/private-pkcs8/public}" -signature "$dir/signature.bin" "$dir/string-to-sign.txt" >/dev/null
  base64 -w0 "$dir/signature.bin" > "$dir/signature.b64"
  # URL-encode the Base64 value: + -> %2B, / -> %2F, = -> %3D (the only non-alphanumerics Base64 uses)
  printf 'algorithm=RSA256, keyVersion=1, signature=%s' \
    "$(sed -e 's/+/%2B/g' -e 's#/#%2F#g' -e 's/=/%3D/g' "$dir/signature.b64")" > "$dir/signature-header.txt"
  rm "$dir/signature.bin"
  echo "vector $name: $(wc -c < "$dir/string-to-sign.txt") bytes signed"
}

# REFERENCE.md section 2.4 worked example
printf '%s' '{"requestId":"ntf-20230828-0001","requestOrderId":"2023082800000001","orderStatus":"ACCEPTED"}' |
  vector worked-example test-only-dstore-private-pkcs8.pem POST /v2/pos/notifyOrderChange '375Y93*******P00050' '2023-08-28T22:16:07+08:00'

# non-ASCII text, raw UTF-8 (not \u-escaped)
printf '%s' '{"requestOrderId":"2024052200000042","items":[{"name":"鸡饭 – extra chilli","quantity":1}],"remark":"Café au lait, 少冰"}' |
  vector non-ascii test-only-dstore-private-pkcs8.pem POST /v2/pos/createOrder '375Y93*******P00050' '2024-05-22T06:42:21+05:30'

# pretty-printed multi-line body (2-space indent, LF, no trailing newline), URI with query, epoch-ms time
printf '{\n  "requestId": "inq-20230828-0007",\n  "posOrderId": "POS-0007",\n  "items": [\n    {\n      "sku": "A1",\n      "quantity": 2\n    }\n  ]\n}' |
  vector pretty test-only-dstore-private-pkcs8.pem POST '/v2/pos/inquireOrderDetail?lang=en' '375Y93*******P00050' '1693232167000'

# empty body
printf '' |
  vector empty test-only-dstore-private-pkcs8.pem POST /v2/pos/inquireOrderDetail '375Y93*******P00050' '2023-08-28T14:16:07+00:00'

# a POS response: signed with the POS key, the request's URI, POST and the Response-Time
printf '%s' '{"result":{"resultStatus":"S","resultCode":"SUCCESS","resultMessage":"success"},"posOrderId":"POS-0001"}' |
  vector pos-response test-only-pos-private-pkcs8.pem POST /v2/pos/createOrder 'POS-TEST-CLIENT-0001' '2023-08-28T22:16:09+08:00'
