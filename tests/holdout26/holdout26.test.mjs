// Holdout-26 harness: generate "Kaveri Digital Services" (an Indian IT-services and BPO company: HQ Bengaluru, delivery
// centres in Pune, Chennai, Hyderabad and Kolkata, a nearshore centre in Kraków, client-site teams in the US, UK and
// Germany; ~3,200 accounts, 14 days; the Entra admin center's CSV downloads: the interactive and the non-interactive
// user sign-ins as two separate 57-column files, the audit log as the 86-column audit CSV), run `lantern findings`,
// score against truth.json (the scoring is shared with holdout3: ../holdout3/score.mjs).
//   node --test tests/holdout26/
import { test } from 'node:test';
import { generate } from './generate.mjs';
import { scoreHoldout } from '../holdout3/score.mjs';

// Known misses, recorded when the population was first scored (2026-12-08, rules of 1b58efc, the sixteenth round's
// start, before anyone read its data): 6.86 false findings per 10,000 benign sign-ins, 11 of 13 found. (Written
// without reading or running Lantern's rules; its harness was imported once by accident while it was written, which
// ran `lantern findings` once — the helper saw only the load lines, no findings, and deleted the report unread.)
// The off-boarded guest is found since the sixteenth round's guest_after_removal (written after reading this miss).
// Two of the first score's 11 were found by coincidence: Medium findings on the developers' shared build agents listed
// the payroll victim and the token-replay victim among dozens of users within the attacks' windows. Since those
// findings are Low (tool_user_agent: a shared build agent), the two show as what they were: missed.
const knownMisses = ['payroll-diversion-local-residential', 'refresh-token-replay-azure-vm', 'insider-exfil-before-leaving'];

test('holdout26: every planted scenario but the known misses is found at medium or above', { timeout: 300_000 }, () =>
  scoreHoldout('holdout26', generate, { knownMisses }));
