// Holdout-11 harness: generate "Nordlys Air" (a Nordic regional airline, Azure Monitor diagnostic-settings
// records), run `lantern findings`, score against truth.json (the scoring is shared with holdout3:
// ../holdout3/score.mjs).
//   node --test tests/holdout11/
import { test } from 'node:test';
import { generate } from './generate.mjs';
import { scoreHoldout } from '../holdout3/score.mjs';

// Known misses. At its first run (2026-12-06, the rules of fef9a4f) two: a session stolen by an
// infostealer and replayed from two residential addresses in the victim's own country, and a
// payroll diversion through residential proxies in the victim's country after phishing (an
// authenticator added, the bank account changed). Only their names and the authors' one-line
// summaries were read.
const knownMisses = ['session-replay-residential-no', 'payroll-pirate-cabin'];

test('holdout11: every planted scenario but the known misses is found at medium or above', { timeout: 300_000 }, () =>
  scoreHoldout('holdout11', generate, { knownMisses }));
