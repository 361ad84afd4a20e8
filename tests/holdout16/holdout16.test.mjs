// Holdout-16 harness: generate "Kisaragi Seiki K.K." (a Japanese precision-motion and sensor maker with plants in
// Hamamatsu and Penang and offices in San Jose, Novi and Düsseldorf; Log Analytics query results as JSON: the
// interactive sign-ins as a query REST API response, the non-interactive sign-ins day by day from
// `az monitor log-analytics query` in a zip, the audit log from the same command), run `lantern findings`, score
// against truth.json (the scoring is shared with holdout3: ../holdout3/score.mjs).
//   node --test tests/holdout16/
import { test } from 'node:test';
import { generate } from './generate.mjs';
import { scoreHoldout } from '../holdout3/score.mjs';

// Known misses. At its first run (2026-12-07, the rules of 793b30d, the round's start, and of 3c29a48, when it was
// commissioned; the same with the round's last rules) one: a departing engineer's exfiltration through a personal guest
// account — the class of holdout13's known miss (only the scenario's name was read).
const knownMisses = ['departing-engineer-exfil-personal-guest'];

test('holdout16: every planted scenario but the known misses is found at medium or above', { timeout: 300_000 }, () =>
  scoreHoldout('holdout16', generate, { knownMisses }));
