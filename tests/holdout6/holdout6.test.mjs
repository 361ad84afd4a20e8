// Holdout-6 harness: generate "Boreal Pacific Airways", run `lantern findings`,
// score against truth.json (the scoring is shared with holdout3: ../holdout3/score.mjs).
//   node --test tests/holdout6/
import { test } from 'node:test';
import { generate } from './generate.mjs';
import { scoreHoldout } from '../holdout3/score.mjs';

test('holdout6: every planted scenario is found at medium or above', { timeout: 300_000 }, () => scoreHoldout('holdout6', generate));
