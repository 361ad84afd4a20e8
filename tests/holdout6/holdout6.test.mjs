// Holdout-6 harness: generate "Boreal Pacific Airways", run `lantern findings`,
// score against truth.json (the scoring is shared with holdout3: ../holdout3/score.mjs).
//   node --test tests/holdout6/
import { test } from 'node:test';
import { generate } from './generate.mjs';
import { scoreHoldout } from '../holdout3/score.mjs';

// Known miss: an infostealer's cookies replayed from a Zenlayer server (a browser on an unmanaged
// Mac) on the second day of the logs, while the contractor works on a Windows 365 Cloud PC whose
// egress many colleagues share. The user has no judged history yet, and the shared egress is no
// place for a trip, so nothing rises above Info (README, Detection coverage).
const knownMisses = ['infostealer-session-replay-contractor'];

test('holdout6: every planted scenario but the known miss is found at medium or above', { timeout: 300_000 }, () =>
  scoreHoldout('holdout6', generate, { knownMisses }));
