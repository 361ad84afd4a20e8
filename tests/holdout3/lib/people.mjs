// The directory: ~1,840 accounts of Nordlys Health with roles, homes, devices and rosters.
import { GEO, DOMAIN, NETS, HOME_TOWNS, SITE_TOWNS, UA, NORSE_FIRST, NORSE_LAST, AU_FIRST, AU_LAST, ES_FIRST, ES_LAST, PL_FIRST, PL_LAST } from './world.mjs';
import { DAY, HOUR } from './rng.mjs';

export const ROLE_COUNTS = [
  ['nurse', 760], ['physician', 300], ['radiologist', 20], ['teleradiologist', 12], ['admin', 380], ['exec', 12],
  ['developer', 25], ['itops', 20], ['helpdesk', 8], ['identity', 4], ['research', 60], ['support', 150], ['student', 40],
  ['departed', 30],
];
const SITE_MIX = { nurse: [['tromso', 6], ['bodo', 3], ['harstad', 2]], physician: [['tromso', 6], ['bodo', 3], ['harstad', 2]],
  radiologist: [['tromso', 3], ['bodo', 1]], support: [['tromso', 5], ['bodo', 3], ['harstad', 2]], student: [['tromso', 1]],
  admin: [['tromso', 4], ['oslo', 3], ['bodo', 2], ['harstad', 1]], exec: [['tromso', 2], ['oslo', 1]], research: [['tromso', 1]],
  developer: [['oslo', 1]], itops: [['oslo', 2], ['tromso', 1]], helpdesk: [['oslo', 1]], identity: [['oslo', 1]], departed: [['tromso', 2], ['oslo', 1]] };

const ascii = (s) => s.toLowerCase().replace(/ø/g, 'o').replace(/å/g, 'a').replace(/æ/g, 'ae').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '');

export function ip(rng, net) {
  const p = rng.pick(net.prefix);
  return p.split('.').length === 3 ? `${p}.${rng.int(2, 250)}` : `${p}.${rng.int(0, 255)}.${rng.int(2, 250)}`;
}

function laptop(rng, kind) {
  const id = rng.guid();
  if (kind === 'mac') return { id, name: `NLH-M-${rng.hex(5).toUpperCase()}`, os: 'MacOs', browser: 'Chrome 132.0.0', compliant: true, managed: true, trust: 'Azure AD registered', ua: UA.chromeMac };
  return { id, name: `NLH-L-${rng.hex(6).toUpperCase()}`, os: 'Windows10', browser: 'Edge 132.0.0', compliant: true, managed: true, trust: kind === 'hybrid' ? 'Hybrid Azure AD joined' : 'Azure AD joined', ua: UA.edgeWin };
}
function phone(rng, managed) {
  const ios = rng.chance(0.55);
  return { id: rng.guid(), name: ios ? 'iPhone' : 'Android', os: ios ? 'Ios' : 'Android', browser: ios ? 'Mobile Safari' : 'Chrome Mobile', compliant: managed, managed, trust: 'Azure AD registered', ios,
    teamsUa: ios ? UA.iosTeams : UA.androidTeams, outlookUa: ios ? UA.iosOutlook : UA.androidOutlook };
}

/** 14-day roster templates (D=day 12h, N=night 12h, d/e/n = 8h day/evening/night, O=off) */
const ROTA12 = 'DDOONNNOODDOOO';
const ROTA8 = 'ddeeOnnOdeeOOd';
const OFFSET_H = 1; // Norway is UTC+1 in February
const SHIFT = { D: [7, 12], N: [19, 12], d: [7, 8], e: [15, 8], n: [23, 8] };

function roster(rng, kind, start, days) {
  const out = [];
  const tpl = kind === 'rot12' ? ROTA12 : kind === 'rot8' ? ROTA8 : null;
  const off = rng.int(0, 13);
  for (let i = 0; i < days; i++) {
    let c;
    if (tpl) { c = tpl[(i + off) % 14]; if (c !== 'O' && rng.chance(0.05)) c = 'O'; else if (c === 'O' && rng.chance(0.04)) c = tpl.includes('D') ? 'D' : 'd'; }
    else { const wd = new Date(start + i * DAY).getUTCDay(); c = wd === 0 || wd === 6 ? 'O' : rng.chance(0.06) ? 'O' : 'd'; }
    if (c === 'O') continue;
    const [h, len] = SHIFT[c];
    const s = start + i * DAY + (h - OFFSET_H) * HOUR + rng.int(-12, 8) * 60_000;
    out.push({ start: s, end: s + len * HOUR + rng.int(0, 40) * 60_000, night: c === 'N' || c === 'n' });
  }
  return out;
}

export function buildPeople(rng, { start, days, scale = 1 }) {
  const people = [];
  const used = new Set();
  const kiosks = {};
  for (const [site, n] of [['tromso', 26], ['bodo', 12], ['harstad', 8]]) {
    kiosks[site] = Array.from({ length: n }, (_, i) => ({ id: rng.guid(), name: `NLH-${site.slice(0, 3).toUpperCase()}-KIOSK-${String(i + 1).padStart(2, '0')}`, os: 'Windows10', browser: 'Edge 132.0.0', compliant: true, managed: true, trust: 'Azure AD joined', ua: UA.edgeWin }));
  }
  const mkName = (fl, ll) => {
    for (;;) {
      const f = rng.pick(fl), l = rng.pick(ll);
      let base = `${ascii(f)}.${ascii(l)}`, upn = `${base}@${DOMAIN}`, k = 2;
      while (used.has(upn)) upn = `${base}${k++}@${DOMAIN}`;
      used.add(upn);
      return { name: `${f} ${l}`, upn };
    }
  };
  for (const [role, n0] of ROLE_COUNTS) {
    const n = Math.round(n0 * scale);
    for (let i = 0; i < n; i++) {
      let p;
      if (role === 'teleradiologist') {
        const where = ['sydney', 'sydney', 'sydney', 'sydney', 'valencia', 'valencia', 'valencia', 'valencia', 'krakow', 'krakow', 'krakow', 'krakow'][i % 12];
        const [fl, ll] = where === 'sydney' ? [AU_FIRST, AU_LAST] : where === 'valencia' ? [ES_FIRST, ES_LAST] : [PL_FIRST, PL_LAST];
        const isp = where === 'sydney' ? (i % 2 ? NETS.telstra : NETS.aussiebb) : where === 'valencia' ? NETS.movistar : NETS.orange_pl;
        p = { ...mkName(fl, ll), role, site: 'remote', abroad: where, homeNet: isp };
      } else {
        const site = rng.wpick(SITE_MIX[role]);
        const town = rng.wpick(SITE_TOWNS[site]);
        const homeNet = NETS[rng.wpick(HOME_TOWNS[town].isps)];
        p = { ...mkName(NORSE_FIRST, NORSE_LAST), role, site, town, homeNet };
      }
      p.id = rng.guid();
      p.homeIp = ip(rng, p.homeNet);
      p.homeGeo = p.role === 'teleradiologist' ? p.homeNet.geo : GEO[HOME_TOWNS[p.town].geo];
      p.mobileNet = p.role === 'teleradiologist' ? p.homeNet : rng.chance(0.6) ? NETS.telenor_mobile : NETS.telia_mobile;
      p.mfa = rng.wpick([['Mobile app notification', 8], ['Text message', 2], ['OATH verification code', 1]]);
      p.typoRate = rng.float(0.005, 0.05);
      const clinical = ['nurse', 'physician', 'radiologist', 'support', 'student'].includes(role);
      if (clinical) {
        p.roster = roster(rng, role === 'nurse' ? (rng.chance(0.62) ? 'rot12' : 'rot8') : role === 'physician' ? (rng.chance(0.4) ? 'rot12' : 'day') : role === 'support' ? 'rot8' : 'day', start, days);
        p.kiosks = rng.sample(kiosks[p.site] || kiosks.tromso, role === 'physician' ? 6 : 3);
        p.phone = rng.chance(role === 'support' ? 0.35 : role === 'student' ? 0.5 : 0.8) ? phone(rng, false) : null;
        if (role === 'physician' || role === 'radiologist') p.laptop = rng.chance(0.5) ? laptop(rng, 'joined') : null;
      } else if (role === 'teleradiologist') {
        p.laptop = laptop(rng, 'joined');
        p.phone = phone(rng, true);
      } else if (role !== 'departed') {
        p.laptop = laptop(rng, role === 'research' && rng.chance(0.5) ? 'mac' : role === 'developer' ? 'joined' : 'hybrid');
        p.phone = phone(rng, role !== 'research');
        p.vpnShare = role === 'admin' || role === 'exec' ? rng.float(0.3, 0.9) : role === 'research' ? 0.1 : 0.6; // home days via VPN
        p.homeDays = role === 'developer' ? 2 : role === 'admin' ? rng.int(0, 2) : role === 'research' ? 3 : 1;
      }
      people.push(p);
    }
  }
  return { people, kiosks };
}
