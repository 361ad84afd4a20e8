// Holdout-18 harness: generate "Ebro Radiotelevisión" (ERTV, a fictional public regional broadcaster in Zaragoza,
// Pamplona and Logroño with a Madrid bureau and a Brussels correspondent; the Entra admin center's Download → CSV
// with the portal in Spanish: localized headers and values, ';' separator, UTF-8 BOM, CRLF), run `lantern findings`,
// score against truth.json (the scoring is shared with holdout3: ../holdout3/score.mjs).
//   node --test tests/holdout18/
import { test } from 'node:test';
import { generate } from './generate.mjs';
import { scoreHoldout } from '../holdout3/score.mjs';

// Known misses: none. At its first score (2026-12-07, the rules of 21b7d1d) three: the infostealer's token replay
// from Brazil, the partner guest's invitations, and the dormant account's revival (0.59 false findings per 10,000).
// All three were found after reading them (786078f, a7fd261, and c5d44bd: a never-used account logged into from a
// Spanish residential proxy, registering its first MFA method right after the enrolment prompt).
const knownMisses = [];

test('holdout18: every planted scenario but the known misses is found at medium or above', { timeout: 300_000 }, () =>
  scoreHoldout('holdout18', generate, { knownMisses }));
