// Holdout-21 harness: generate "Rideau Valley Transit Authority" (a fictional Ontario provincial public-transit
// authority: bus depots with shared drivers' kiosks, a 24/7 operations control centre, maintenance tablets on a private
// LTE network, a Citrix call centre egressing from Azure Canada Central, seasonal staff, union accounts, vendor guests
// from France and the US; Azure Monitor diagnostic-settings records streamed to an Event Hub and written by a SIEM
// forwarder as NDJSON, one {"records":[...]} message body per line), run `lantern findings`, score against
// truth.json (the scoring is shared with holdout3: ../holdout3/score.mjs).
//   node --test tests/holdout21/
import { test } from 'node:test';
import { generate } from './generate.mjs';
import { scoreHoldout } from '../holdout3/score.mjs';

// Known misses. Written by a helper without reading or running the rules (only the summary reader, to check that the
// files parse). First scored 2026-12-07 with the rules of 9214885 (the eleventh round's start) and of b9b298d (its
// end) alike: 1.47 false findings per 10,000, 12 of 13 found — three kiosk drivers' passwords used from one home line
// in Mississauga missed.
const knownMisses = ['kiosk-passwords-home-line-payroll'];

test('holdout21: every planted scenario but the known misses is found at medium or above', { timeout: 300_000 }, () =>
  scoreHoldout('holdout21', generate, { knownMisses }));
