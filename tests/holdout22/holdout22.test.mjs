// Holdout-22 harness: generate "Mavuno Cooperative Bank" (a fictional Kenyan cooperative / microfinance bank: Upper
// Hill head office and a Nairobi data centre, 45 branches across Kenya, Uganda and Tanzania, ~500 field loan officers on
// Android phones behind Safaricom / Airtel / MTN / Vodacom carrier-grade NAT, tellers on shared branch PCs, a Mombasa
// call centre, a contractor team in Pune, B2B guest auditors from Johannesburg, travelling executives, service accounts;
// 1,437 accounts over 14 days), in the Microsoft-Extractor-Suite / SOF-ELK shape: Graph beta signIn objects, one compact
// JSON object per line, gzip-compressed, interactive and non-interactive in separate files, and the Graph v1.0
// directoryAudit log as gzip NDJSON too; run `lantern findings`, score against truth.json (the scoring is shared with
// holdout3: ../holdout3/score.mjs). Thirteen planted scenarios; see README.md.
//   node --test tests/holdout22/
import { test } from 'node:test';
import { generate } from './generate.mjs';
import { scoreHoldout } from '../holdout3/score.mjs';

// Known misses. Written by a helper without reading or running the rules (only the summary reader, to check that the
// files parse). First scored 2026-12-07 with the rules of 9214885 (the eleventh round's start) and of b9b298d alike:
// 1.32 false findings per 10,000, 11 of 13 found — a field officer's SIM swap and self-service reset, and a leaver
// re-enabled by the service desk, missed. The leaver is found since admin_password_reset's enable-then-reset
// (an account enabled, its password reset and its next sign-in from an address it never used: Medium).
const knownMisses = ['sim-swap-sspr-field-officer'];

test('holdout22: every planted scenario but the known misses is found at medium or above', { timeout: 300_000 }, () =>
  scoreHoldout('holdout22', generate, { knownMisses }));
