// Reads every case (a spec example or a probe) into the typescript-fetch models and writes it back:
//   node roundtrip.js cases.json results.json
// A case names its spec ("pos" or "pds"), its schema and whether the value is an array of that schema.
import { readFileSync, writeFileSync } from 'node:fs';
import * as pos from '../../../target/generated/typescript-pos/models/index';
import * as pds from '../../../target/generated/typescript-pds/models/index';

type Converter = (json: unknown) => unknown;
interface Case { id: string; spec: string; schema: string; array: boolean; value: unknown }
interface Outcome { id: string; read: boolean; error?: string; written?: unknown }

const models: Record<string, Record<string, unknown>> = { pos, pds };

function converter(spec: string, name: string): Converter {
  const fn = models[spec]?.[name];
  if (typeof fn !== 'function') {
    throw new Error(`no ${name} in the ${spec} models`);
  }
  return fn as Converter;
}

function roundTrip(c: Case): Outcome {
  try {
    const fromJson = converter(c.spec, `${c.schema}FromJSON`);
    const toJson = converter(c.spec, `${c.schema}ToJSON`);
    const one = (v: unknown) => toJson(fromJson(v));
    const model = c.array ? (c.value as unknown[]).map(one) : one(c.value);
    // what fetch() would send: the body is JSON.stringify of the ToJSON result
    return { id: c.id, read: true, written: JSON.parse(JSON.stringify(model)) };
  } catch (e) {
    return { id: c.id, read: false, error: String(e) };
  }
}

const [casesFile, resultsFile] = process.argv.slice(2);
const cases: Case[] = JSON.parse(readFileSync(casesFile, 'utf8'));
writeFileSync(resultsFile, JSON.stringify(cases.map(roundTrip)));
