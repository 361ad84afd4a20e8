// Holdout-20 harness: generate "Hallwyl Brunner & Cie SA" (a Swiss private bank: Zurich HQ, Geneva, Lugano, Singapore
// and Dubai; travelling wealth managers, a trading floor, AVD back office, a Lisbon SOC, an Indian developer team on
// VDI; the Entra admin center's "Download → JSON" files: interactive sign-ins, non-interactive sign-ins, audit log),
// run `lantern findings`, score against truth.json (the scoring is shared with holdout3: ../holdout3/score.mjs).
//   node --test tests/holdout20/
import { test } from 'node:test';
import { generate } from './generate.mjs';
import { scoreHoldout } from '../holdout3/score.mjs';

// Known misses. Written by a helper without reading or running the rules (only the summary reader, to check that the
// files parse). First scored 2026-12-07 with the rules of 9214885 (this round's start) and of 0878436 (tuned on
// holdout18 and holdout19 only) alike: 2.25 false findings per 10,000, 12 of 13 found — a Singapore employee's
// laptop tokens redeemed from a home line in Ohio missed.
const knownMisses = ['token-replay-sg-from-us'];

test('holdout20: every planted scenario but the known misses is found at medium or above', { timeout: 300_000 }, () =>
  scoreHoldout('holdout20', generate, { knownMisses }));
