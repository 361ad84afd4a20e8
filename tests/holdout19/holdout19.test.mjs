// Holdout-19 harness: generate "Dünenwind Offshore SE" (a German–Dutch offshore wind operator: HQ Hamburg, Groningen /
// Eemshaven, an O&M base in Esbjerg, a 24/7 control room, offshore technicians on satellite and 4G-at-sea links, a
// Krakow service desk; Microsoft Graph REST pages saved by a script, one zip per kind: interactive sign-ins (beta),
// non-interactive + service-principal sign-ins (beta, filtered), directory audits (v1.0)), run `lantern findings`,
// score against truth.json (the scoring is shared with holdout3: ../holdout3/score.mjs).
//   node --test tests/holdout19/
import { test } from 'node:test';
import { generate } from './generate.mjs';
import { scoreHoldout } from '../holdout3/score.mjs';

// Known misses: none. Written by a helper without reading the rules (only score.mjs and holdout16's harness); first
// scored 2026-12-07 with the rules of 9214885 (this round's start): 25.64 false findings per 10,000, 12 of 13 found
// (the dormant account's revival missed); with c5d44bd (tuned on holdout18 only, before holdout19 was read): 25.53,
// 13 of 13.
const knownMisses = [];

test('holdout19: every planted scenario but the known misses is found at medium or above', { timeout: 300_000 }, () =>
  scoreHoldout('holdout19', generate, { knownMisses }));
