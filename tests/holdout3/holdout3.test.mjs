// Holdout-3 harness: generate "Nordlys Health", run `lantern findings`, score against truth.json
// (the scoring is shared with holdout4: ../holdout3/score.mjs).
//   node --test tests/holdout3/
import { test } from 'node:test';
import { generate } from './generate.mjs';
import { scoreHoldout } from '../holdout3/score.mjs';

test('holdout3: every planted scenario is found at medium or above', { timeout: 300_000 }, () => scoreHoldout('holdout3', generate));
