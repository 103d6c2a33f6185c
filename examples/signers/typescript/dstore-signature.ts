// Signs and verifies D-Store API messages (RSA256: SHA256withRSA, PKCS#1 v1.5, over the exact bytes on the wire).
// Copy this file into your project; it needs nothing but Node.js.
//
//   const header = sign(privateKey, 'POST', '/v2/pos/notifyOrderChange', clientId, requestTime, bodyBytes);
//   const ok = verify(publicKey, 'POST', '/v2/pos/createOrder', clientId, requestTime, bodyBytes, header);
//
// `body` is the bytes you send or received, never a re-serialization of a parsed object. An answer is signed and
// verified the same way, with its Response-Time and the request's URI. Keys are PEM, or base64 DER as D-Store hands
// them out (PKCS#8 private, X.509 public).
import { createPrivateKey, createPublicKey, createSign, createVerify, KeyObject } from 'node:crypto';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** `<METHOD> <URI>\n<Client-Id>.<time>.<body>`: one space, one LF, the body's bytes unchanged. */
export function stringToSign(method: string, uri: string, clientId: string, time: string, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${method} ${uri}\n${clientId}.${time}.`, 'utf8'), body]);
}

export function loadPrivateKey(text: string): KeyObject {
  const key = text.includes('-----BEGIN')
    ? createPrivateKey(text)
    : createPrivateKey({ key: Buffer.from(text, 'base64'), format: 'der', type: 'pkcs8' });
  return strongRsa(key);
}

export function loadPublicKey(text: string): KeyObject {
  const key = text.includes('-----BEGIN')
    ? createPublicKey(text)
    : createPublicKey({ key: Buffer.from(text, 'base64'), format: 'der', type: 'spki' });
  return strongRsa(key);
}

/** The Signature header value: `algorithm=RSA256, keyVersion=1, signature=<URL-encoded Base64>`. */
export function sign(privateKey: KeyObject, method: string, uri: string, clientId: string, time: string,
                     body: Buffer): string {
  const signature = createSign('sha256').update(stringToSign(method, uri, clientId, time, body)).sign(privateKey);
  return `algorithm=RSA256, keyVersion=1, signature=${encodeURIComponent(signature.toString('base64'))}`;
}

/** The header's name=value pairs; with or without spaces after the commas, in any order. */
export function parseHeader(value: string): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const part of value.split(',')) {
    const at = part.indexOf('=');
    if (at > 0) {
      pairs.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
    }
  }
  return pairs;
}

/** True when the header's signature matches the message under the peer's public key. */
export function verify(publicKey: KeyObject, method: string, uri: string, clientId: string, time: string,
                       body: Buffer, header: string): boolean {
  const pairs = parseHeader(header ?? '');
  const encoded = pairs.get('signature');
  if (pairs.get('algorithm') !== 'RSA256' || encoded === undefined) {
    return false;
  }
  // URL-decoded as D-Store does it (a '+' that was never encoded becomes a space, and fails)
  let value: string;
  try {
    value = decodeURIComponent(encoded.replace(/\+/g, ' '));
  } catch {
    return false;
  }
  if (!BASE64.test(value)) {
    return false;
  }
  return createVerify('sha256').update(stringToSign(method, uri, clientId, time, body))
    .verify(publicKey, Buffer.from(value, 'base64'));
}

function strongRsa(key: KeyObject): KeyObject {
  if (key.asymmetricKeyType !== 'rsa' || (key.asymmetricKeyDetails?.modulusLength ?? 0) < 2048) {
    throw new Error('D-Store signs with RSA keys of at least 2048 bits');
  }
  return key;
}
