// Holdout-10 harness: generate "City of Whitmore Bay and Whitmore Bay Public Schools", run
// `lantern findings`, score against truth.json (the scoring is shared with holdout3: ../holdout3/score.mjs).
//   node --test tests/holdout10/
import { test } from 'node:test';
import { generate } from './generate.mjs';
import { scoreHoldout } from '../holdout3/score.mjs';

test('holdout10: every planted scenario is found at medium or above', { timeout: 300_000 }, () => scoreHoldout('holdout10', generate));
