// Runs dstore-signature.ts against the published signature vectors:  node dist/check-vectors.js DIR
// Exits 0 when every vector passes. Point it at your own signer by replacing the import.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPrivateKey, loadPublicKey, sign, stringToSign, verify } from './dstore-signature';

interface Vector {
  method: string; uri: string; clientId: string; time: string;
  body: { base64: string }; stringToSign: { base64: string };
  signatureHeader: string; expected: 'valid' | 'invalid'; use: string[];
  keys: { privateKeyPem: string; publicKeyPem: string };
}

function check(v: Vector): string[] {
  const body = Buffer.from(v.body.base64, 'base64');
  const problems: string[] = [];
  if (!stringToSign(v.method, v.uri, v.clientId, v.time, body).equals(Buffer.from(v.stringToSign.base64, 'base64'))) {
    problems.push('string to sign differs');
  }
  if (v.use.includes('sign')) {
    const header = sign(loadPrivateKey(v.keys.privateKeyPem), v.method, v.uri, v.clientId, v.time, body);
    if (header !== v.signatureHeader) {
      problems.push(`signed header differs: ${header.slice(0, 60)}...`);
    }
  }
  const verdict = verify(loadPublicKey(v.keys.publicKeyPem), v.method, v.uri, v.clientId, v.time, body, v.signatureHeader);
  if (verdict !== (v.expected === 'valid')) {
    problems.push(`verified as ${verdict ? 'valid' : 'invalid'}, expected ${v.expected}`);
  }
  return problems;
}

const dir = process.argv[2];
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
let failed = 0;
for (const file of files) {
  const problems = check(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Vector);
  if (problems.length > 0) {
    failed++;
    console.log(`FAIL ${file}: ${problems.join('; ')}`);
  }
}
console.log(`${files.length - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 || files.length === 0 ? 1 : 0;
