// Conditional Access evaluation as the sign-in logs record it: every enabled and report-only policy with its result.
import { CA, ALLOWED_CC } from './world.mjs';

const LEGACY = new Set(['Authenticated SMTP', 'IMAP4', 'POP3', 'Exchange ActiveSync', 'Other clients', 'Exchange Web Services', 'MAPI Over HTTP', 'Outlook Anywhere (RPC over HTTP)']);
const O365 = new Set(['00000002-0000-0ff1-ce00-000000000000', '00000003-0000-0ff1-ce00-000000000000', 'cc15fd57-2c6c-4117-a88c-83b1d56b4bbe',
  '5f09333a-842c-47da-a157-57da27fcbca5', '4e9b8b9a-1001-4017-8dd1-6e8f25e19d13']);
// failures that stop before Conditional Access is evaluated
const PRE_CA = new Set([50126, 50053, 50057, 50055, 50144, 50034, 50058, 16000, 81010, 50173, 70043, 700082, 50089, 50011, 65001, 7000218, 90095]);
const MFA_FAIL = new Set([500121, 50074, 50076, 50079, 50072]);

function pol(p, result, grant = [], session = [], sat = 0, notSat = 0) {
  return `{"id":"${p.id}","displayName":"${p.displayName}","enforcedGrantControls":${JSON.stringify(grant)},"enforcedSessionControls":${JSON.stringify(session)},"result":"${result}","conditionsSatisfied":${sat},"conditionsNotSatisfied":${notSat}}`;
}

// per policy: the decision code -> its JSON
const R = {
  mfa: ['notApplied', 'failure', 'success'],
  legacy: ['notApplied', 'notAppliedExcluded', 'failure'],
  device: ['reportOnlyNotApplied', 'reportOnlySuccess', 'reportOnlyFailure'],
  admins: ['notApplied', 'success', 'failure'],
  geo: ['notApplied', 'failure'],
  guests: ['notApplied', 'success', 'failure'],
  sif: ['notApplied', 'success'],
  devcode: ['absent', 'reportOnlyNotApplied', 'reportOnlyFailure'],
};
function render(name, code) {
  const r = R[name][code];
  switch (name) {
    case 'mfa': return r === 'notApplied' ? pol(CA.mfa, r, [], [], 0, 2) : pol(CA.mfa, r, ['Mfa'], [], 3, 0);
    case 'legacy': return r === 'failure' ? pol(CA.legacy, r, ['Block'], [], 11, 0) : r === 'notAppliedExcluded' ? pol(CA.legacy, 'notApplied', [], [], 0, 2) : pol(CA.legacy, r, [], [], 3, 8);
    case 'device': return r === 'reportOnlyNotApplied' ? pol(CA.device, r, [], [], 1, 2) : pol(CA.device, r, ['RequireCompliantDevice', 'RequireDomainJoinedDevice'], [], 3, 0);
    case 'admins': return r === 'notApplied' ? pol(CA.admins, r, [], [], 0, 2) : pol(CA.admins, r, ['AuthenticationStrength'], [], 3, 0);
    case 'geo': return r === 'failure' ? pol(CA.geo, r, ['Block'], [], 67, 0) : pol(CA.geo, r, [], [], 3, 64);
    case 'guests': return r === 'notApplied' ? pol(CA.guests, r, [], [], 0, 2) : pol(CA.guests, r, ['Mfa', 'TermsOfUse'], [], 3, 0);
    case 'sif': return r === 'success' ? pol(CA.sif, r, [], ['SignInFrequency'], 4099, 0) : pol(CA.sif, r, [], [], 3, 4096);
    case 'devcode': return r === 'absent' ? null : r === 'reportOnlyFailure' ? pol(CA.devcode, r, ['Block'], [], 131, 0) : pol(CA.devcode, r, [], [], 3, 128);
  }
  return null;
}
const NAMES = Object.keys(R);
const CACHE = new Map();
const EMPTY = { status: 'notApplied', json: '[]' };

export function caEvaluate(ev, g) {
  if (PRE_CA.has(ev.err) || ev.noCa) return EMPTY;
  const u = ev.user;
  const guest = u.type === 'Guest';
  const legacy = LEGACY.has(ev.client);
  const managed = !!(ev.dev && (ev.dev.compliant || ev.dev.trust === 'Hybrid Azure AD joined'));
  const c = new Array(8);
  c[0] = (u.caExcludeMfa || guest) ? 0 : MFA_FAIL.has(ev.err) ? 1 : (ev.req !== 'multiFactorAuthentication' && legacy) ? 1 : 2;
  c[1] = legacy ? (u.legacyException ? 1 : 2) : 0;
  c[2] = (guest || u.service || !O365.has(ev.res.id)) ? 0 : managed ? 1 : 2;
  c[3] = ev.adminActive ? ((ev.steps ?? []).some((s) => /FIDO2|Windows Hello|Passkey|Previously satisfied/.test(s[0])) || ev.err === 0 ? 1 : 2) : 0;
  c[4] = (!ALLOWED_CC.has(g.cc) && !u.caExcludeGeo) ? 1 : 0;
  c[5] = guest ? (ev.err ? 2 : 1) : 0;
  c[6] = (!guest && !u.service && !managed && !legacy && ev.client === 'Browser') ? 1 : 0;
  c[7] = ev.t >= CA.devcode.created ? (ev.proto === 'deviceCode' ? 2 : 1) : 0;
  const key = c.join('');
  let hit = CACHE.get(key);
  if (!hit) {
    const parts = [];
    let failure = false, success = false;
    for (let i = 0; i < 8; i++) {
      const name = NAMES[i];
      const res = R[name][c[i]];
      if (res === 'failure') failure = true;
      if (res === 'success') success = true;
      const j = render(name, c[i]);
      if (j) parts.push(j);
    }
    hit = { status: failure ? 'failure' : (success ? 'success' : 'notApplied'), json: '[' + parts.join(',') + ']' };
    CACHE.set(key, hit);
  }
  return hit;
}
