// Holdout-13 harness: generate "Harrow & Quill Partners" (an AU/NZ accounting and tax advisory firm, an incident
// responder's Microsoft-Extractor-Suite-style Graph collection), run `lantern findings`, score against truth.json (the
// scoring is shared with holdout3: ../holdout3/score.mjs). The two sign-in files are SignInLogs-<eventType>-Combined.json,
// each delivered inside a single-member zip; the audit file is AuditLogs-Combined.json.
//   node --test tests/holdout13/
import { test } from 'node:test';
import { generate } from './generate.mjs';
import { scoreHoldout } from '../holdout3/score.mjs';

// Known misses. At its first run (2026-12-06, the rules of c012f1c, this round's start) one: a
// departing manager's exfiltration through a guest account. Only its name was read.
const knownMisses = ['departing-manager-guest-exfil'];

test('holdout13: every planted scenario but the known misses is found at medium or above', { timeout: 300_000 }, () =>
  scoreHoldout('holdout13', generate, { knownMisses }));
