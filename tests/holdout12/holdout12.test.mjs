// Holdout-12 harness: generate "Kestrel Relief International" (an international humanitarian NGO, Log Analytics
// "Export to CSV" files, one per table per day), run `lantern findings`, score against truth.json (the scoring is
// shared with holdout3: ../holdout3/score.mjs). The two sign-in tables are passed as the zips of their daily files.
//   node --test tests/holdout12/
import { test } from 'node:test';
import { generate } from './generate.mjs';
import { scoreHoldout } from '../holdout3/score.mjs';

// Known misses. At its first run (2026-12-06, the rules of 850766e) one: a device registered by the
// intruder with the victim's authorization code and a primary refresh token obtained for it. Only its
// name was read.
const knownMisses = ['uta0355-device-registration-prt'];

test('holdout12: every planted scenario but the known misses is found at medium or above', { timeout: 300_000 }, () =>
  scoreHoldout('holdout12', generate, { knownMisses }));
