// The Harbourlight tenant: accounts, devices, habits, shared networks.
import { COUNTRIES, NAMES, REGION, ZTNA_POPS, ZTNA_ASN, STAFF_VPN, COWORK, TRAVEL_NETS, CONFERENCE, CLOUD, UA, CONSENT_APPS } from './world.mjs';

export const DOMAIN = 'harbourlight.io';
export const T0 = Date.UTC(2026, 1, 2); // Monday 2 February 2026, 00:00 UTC
export const DAYS = 14;
export const DAY = 86_400_000, HOUR = 3_600_000, MIN = 60_000;
export const isWeekend = (d) => d % 7 === 5 || d % 7 === 6;

const GROUPS = {
  eng: { n: 640, cc: { NL: 55, DE: 50, PL: 70, PT: 45, ES: 40, GB: 45, US: 60, CA: 22, BR: 35, AR: 25, IN: 30, RO: 25, SE: 14, FR: 20, IT: 15, CZ: 15, EE: 8, LT: 8, GR: 10, TR: 8, MX: 12, CO: 10, ZA: 10, NG: 6, KE: 6, AU: 15, NZ: 5, JP: 3, VN: 4, IE: 10 }, dept: 'Engineering' },
  sre: { n: 48, cc: { US: 14, NL: 8, AU: 10, PT: 5, IN: 6, GB: 5 }, dept: 'Site Reliability' },
  sales: { n: 150, cc: { US: 60, GB: 25, DE: 15, NL: 12, FR: 10, AU: 12, SG: 8, CA: 8 }, dept: 'Sales' },
  cs: { n: 110, cc: { US: 40, GB: 15, NL: 10, DE: 8, AU: 10, PT: 10, CA: 10, IE: 7 }, dept: 'Customer Success' },
  supMnl: { n: 140, cc: { PH: 1 }, dept: 'Support - Manila' },
  supLis: { n: 120, cc: { PT: 85, ES: 10, BR: 5 }, dept: 'Support - Lisbon' },
  ga: { n: 400, cc: { NL: 120, US: 80, GB: 40, DE: 25, PT: 20, ES: 20, PL: 15, CA: 15, AU: 15, IE: 10, CH: 5 }, dept: 'G&A' },
  it: { n: 14, cc: { NL: 6, PT: 4, US: 2, PH: 2 }, dept: 'IT & Identity' },
};
const GA_DEPTS = ['Finance', 'People', 'Legal', 'Marketing', 'Product', 'Design', 'Operations', 'Finance', 'Marketing', 'Product'];
const PARTNERS = [
  { name: 'Byteforge Consulting', domain: 'byteforge.pl', cc: 'PL', n: 30, kind: 'eng' },
  { name: 'Nimbus QA', domain: 'nimbusqa.in', cc: 'IN', n: 24, kind: 'eng' },
  { name: 'Fernwood Creative', domain: 'fernwoodcreative.co.uk', cc: 'GB', n: 14, kind: 'ga' },
  { name: 'Pampas Dev Studio', domain: 'pampasdev.com.ar', cc: 'AR', n: 20, kind: 'eng' },
  { name: 'Atlas Legal LLP', domain: 'atlaslegal.com', cc: 'US', n: 6, kind: 'ga' },
  { name: 'freelancers', domain: 'gmail.com', cc: null, n: 16, kind: 'eng', msa: true },
];
const MSA_TENANT = '9188040d-6c67-4c5b-b112-36a304b66dad';

function ascii(s) { return s.toLowerCase().normalize('NFD').replace(/[^a-z]/g, ''); }

export function buildTenant(rng, net) {
  const r = rng.fork('tenant');
  const T = { tenantId: r.uuid(), workspaceId: r.uuid(), users: [], byUpn: new Map(), groups: [], apps: [], sps: {}, partners: [] };
  const usedUpn = new Set();
  const mkName = (cc) => {
    const N = NAMES[REGION[cc]];
    for (;;) {
      const first = r.pick(N.first), last = r.pick(N.last);
      let base = `${ascii(first)}.${ascii(last)}`; let upn = `${base}@${DOMAIN}`; let i = 2;
      while (usedUpn.has(upn)) upn = `${base}${i++}@${DOMAIN}`;
      usedUpn.add(upn);
      return { first, last, upn };
    }
  };
  const cityIn = (cc, group) => {
    const cs = COUNTRIES[cc].cities;
    if (group === 'supMnl') return r.weighted([[cs[0], 35], [cs[1], 30], [cs[2], 25], [cs[3], 10]]);
    if (group === 'supLis' && cc === 'PT') return r.weighted([[cs[0], 80], [cs[1], 20]]);
    return r.weighted(cs.map((c, i) => [c, i === 0 ? 3 : 1]));
  };

  // ---- shared networks ----
  const S = {};
  S.hq = [0, 1].map(() => net.consumer('NL', ['KPN', 1136], 'Amsterdam', 'office'));
  S.hubMnl = [0, 1].map(() => net.consumer('PH', ['PLDT', 9299], 'Taguig', 'office'));
  S.hubLis = [0, 1].map(() => net.consumer('PT', ['MEO', 3243], 'Lisbon', 'office'));
  S.ztna = Object.fromEntries(ZTNA_POPS.map((p) => [p.key, [0, 1, 2].map(() => net.fixed(p.prefix, ZTNA_ASN, p.cc, p.city, 'ztna', 'Zscaler, Inc.'))]));
  S.ztnaFor = (cc) => { const p = ZTNA_POPS.find((x) => x.serves.includes(cc)) || ZTNA_POPS[0]; return S.ztna[p.key]; };
  S.mobile = {};
  for (const [cc, c] of Object.entries(COUNTRIES)) {
    S.mobile[cc] = c.mobile.map((m) => Array.from({ length: 14 }, () => net.consumer(cc, m, r.pick(c.cities)[0], 'mobile')));
  }
  S.vpn = STAFF_VPN.map((v) => [0, 1, 2].map(() => net.fixed(v.prefix, v.asn, v.cc, v.city, 'vpn', v.org)));
  S.cowork = COWORK.map(([name, cc, city]) => ({ name, cc, city, ips: Array.from({ length: r.int(1, 2) }, () => net.consumer(cc, COUNTRIES[cc].isps[0], city, 'cowork')) }));
  S.travel = TRAVEL_NETS.map(([kind, name, cc, city]) => ({ kind, name, cc, city, ips: Array.from({ length: r.int(2, 4) }, () => net.consumer(cc, COUNTRIES[cc].isps[0], city, kind)) }));
  S.conf = Array.from({ length: 3 }, () => net.consumer(CONFERENCE.cc, COUNTRIES.ES.isps[0], CONFERENCE.city, 'conference'));
  S.jump = { fra: [net.cloud('aws_fra', 'jumphost'), net.cloud('aws_fra', 'jumphost')], iad: [net.cloud('aws_iad', 'jumphost'), net.cloud('aws_iad', 'jumphost')], syd: [net.cloud('aws_syd', 'jumphost')] };
  S.automationVm = net.cloud('azure_weu', 'cloud');
  S.backupVm = net.cloud('azure_neu', 'cloud');
  S.vendor = Object.fromEntries(CONSENT_APPS.map((a) => [a.name, Array.from({ length: 5 }, () => net.cloud(a.net, 'cloud'))]));
  T.S = S;

  // ---- members ----
  const addUser = (u) => { T.users.push(u); T.byUpn.set(u.upn, u); return u; };
  for (const [group, g] of Object.entries(GROUPS)) {
    const ccs = Object.entries(g.cc);
    for (let i = 0; i < g.n; i++) {
      const cc = r.weighted(ccs);
      const { first, last, upn } = mkName(cc);
      const city = cityIn(cc, group);
      const isp = r.pick(COUNTRIES[cc].isps);
      const carrierIdx = r.int(0, COUNTRIES[cc].mobile.length - 1);
      const u = {
        id: r.uuid(), upn, first, last, name: `${first} ${last}`, group, kind: 'member', userType: 'Member', cc, city, tz: city[4], isp, carrierIdx,
        dept: group === 'ga' ? r.pick(GA_DEPTS) : g.dept,
        home: [{ from: 0, place: net.consumer(cc, isp, city[0]) }],
      };
      // dynamic home address renewal
      if (r.chance(0.25)) u.home.push({ from: r.int(1, 13), place: net.consumer(cc, isp, city[0]) });
      // laptop
      const os = group === 'eng' ? r.weighted([['mac', 55], ['win', 25], ['linux', 20]]) : group === 'supMnl' || group === 'supLis' ? 'win' : r.weighted([['mac', 45], ['win', 55]]);
      u.laptop = mkLaptop(r, u, os);
      if (r.chance(0.035)) { u.newLaptopDay = r.int(1, 12); u.laptop2 = mkLaptop(r, u, os === 'linux' ? 'mac' : os); }
      u.phone = r.chance(0.93) ? mkPhone(r, u) : null;
      u.mfa = group === 'it' ? 'fido2' : u.laptop.os === 'win' && r.chance(0.5) ? 'whfb' : r.weighted([['push', 80], ['otp', 8], ['sms', 6], ['fido2', 6]]);
      if (!u.phone && (u.mfa === 'push' || u.mfa === 'sms')) u.mfa = 'otp';
      // network habits
      u.ztna = u.laptop.managed && (group === 'supMnl' || group === 'supLis' ? true : group === 'ga' ? r.chance(0.6) : group === 'sales' || group === 'cs' ? r.chance(0.5) : group === 'it' ? r.chance(0.5) : false);
      u.vpn = !u.ztna && r.chance(group === 'eng' ? 0.07 : 0.03) ? r.sample([...S.vpn.keys()], r.int(1, 3)) : null;
      const cw = S.cowork.filter((c) => c.cc === cc && c.city === city[0]);
      u.cowork = cw.length && r.chance(0.3) ? cw[0] : null;
      u.hq = cc === 'NL' && ['Amsterdam', 'Utrecht'].includes(city[0]) && r.chance(0.5);
      u.hub = group === 'supMnl' && city[0] !== 'Cebu City' ? 'mnl' : group === 'supLis' && city[0] === 'Lisbon' ? 'lis' : null;
      u.codespaces = group === 'eng' && r.chance(0.4);
      u.jump = (group === 'eng' && r.chance(0.12)) || group === 'sre' ? (['US', 'CA', 'MX', 'BR', 'AR', 'CO'].includes(cc) ? 'iad' : ['AU', 'NZ'].includes(cc) ? 'syd' : 'fra') : null;
      u.nightOwl = group === 'eng' && r.chance(0.1);
      u.start = 7.5 + r.next() * 2.5; // local hour the working day starts
      if (group === 'supMnl') u.start = r.weighted([[7, 50], [14, 30], [22, 20]]); // follow-the-sun shifts
      if (group === 'supLis') u.start = r.weighted([[8, 60], [15, 40]]);
      addUser(u);
    }
  }
  const members = T.users.slice();
  const byGroup = (g) => members.filter((u) => u.group === g);

  // on-call rota: SREs on call one week each
  byGroup('sre').forEach((u, i) => { u.oncallWeek = i % 3 === 0 ? 0 : i % 3 === 1 ? 1 : null; });
  // travel (sales, CS, a few others)
  const confAttendees = new Set(r.sample([...byGroup('sales'), ...byGroup('cs'), ...byGroup('supLis').slice(0, 20), ...byGroup('eng').slice(0, 60)], 26));
  for (const u of members) {
    if (confAttendees.has(u)) { u.trip = { from: CONFERENCE.days[0] - 1, to: CONFERENCE.days[2], cc: CONFERENCE.cc, city: CONFERENCE.city, conference: true }; continue; }
    if ((u.group === 'sales' && r.chance(0.6)) || (u.group === 'cs' && r.chance(0.35)) || (u.group === 'ga' && r.chance(0.04)) || (u.group === 'eng' && r.chance(0.02))) {
      const dest = r.pick(S.travel.filter((t) => t.kind === 'hotel' && !(t.cc === u.cc && t.city === u.city[0])));
      const from = r.int(0, 10), len = r.int(1, 3);
      if (isWeekend(from)) continue;
      u.trip = { from, to: Math.min(13, from + len), cc: dest.cc, city: dest.city, conference: false };
    }
  }
  // holidays
  for (const u of members) {
    if (u.trip || !r.chance(0.06)) continue;
    const cc = r.pick(['ES', 'PT', 'IT', 'GR', 'TH', 'ID', 'MX', 'FR', 'TR', 'JP', 'AE', 'CH'].filter((x) => x !== u.cc));
    const from = r.int(0, 9);
    u.holiday = { from, to: Math.min(13, from + r.int(3, 8)), cc, city: COUNTRIES[cc].cities[0][0], laptop: r.chance(0.25) };
  }
  // digital nomads: move country during the period
  const nomadPool = members.filter((u) => (u.group === 'eng' || u.group === 'ga') && !u.trip && !u.holiday && !u.ztna);
  for (const u of r.sample(nomadPool, 24)) {
    const cc = r.pick(['PT', 'ES', 'TH', 'ID', 'MX', 'CO', 'AR', 'ZA', 'EE', 'GR', 'VN', 'BR'].filter((x) => x !== u.cc));
    const city = COUNTRIES[cc].cities[COUNTRIES[cc].cities.length > 1 && r.chance(0.5) ? 1 : 0];
    const day = r.int(2, 10);
    const cw = S.cowork.find((c) => c.cc === cc && c.city === city[0]);
    u.nomad = { day, cc, city, tz: city[4], place: net.consumer(cc, r.pick(COUNTRIES[cc].isps), city[0]), cowork: cw && r.chance(0.6) ? cw : null, keepSim: r.chance(0.5) };
  }

  // ---- IT admins: roles ----
  const it = byGroup('it');
  it.forEach((u, i) => {
    u.roles = i < 2 ? ['Global Administrator', 'Privileged Role Administrator'] : i < 6 ? ['Application Administrator', 'Cloud Application Administrator', 'Conditional Access Administrator'] : ['Helpdesk Administrator', 'Authentication Administrator', 'User Administrator'];
    u.admin = i < 6 ? 'identity' : 'helpdesk';
    u.mfa = 'fido2';
  });

  // ---- leavers and joiners ----
  const leaverPool = members.filter((u) => u.group !== 'it' && u.group !== 'sre');
  for (const u of r.sample(leaverPool, 24)) { u.leaveDay = r.int(0, 12); }
  for (const u of r.sample(members.filter((u) => u.leaveDay === undefined && u.group !== 'it' && u.group !== 'sre'), 30)) {
    u.joinDay = r.weighted([[0, 40], [7, 40], [1, 5], [2, 5], [8, 5], [9, 5]]);
    u.home = [u.home[0]]; u.newLaptopDay = undefined; u.trip = undefined; u.holiday = undefined; u.nomad = undefined;
  }

  // ---- demo, service and break-glass accounts ----
  const demoRegions = [['emea', 'NL'], ['emea2', 'GB'], ['amer', 'US'], ['amer2', 'US'], ['apac', 'AU'], ['latam', 'BR']];
  for (const [suffix] of demoRegions) {
    addUser({ id: r.uuid(), upn: `demo-${suffix}@${DOMAIN}`, first: 'Demo', last: suffix.toUpperCase(), name: `Demo Tenant User (${suffix.toUpperCase()})`, group: 'demo', kind: 'demo', userType: 'Member', cc: 'NL', city: COUNTRIES.NL.cities[0], tz: 1, dept: 'Sales Engineering', home: [] });
  }
  const svc = [
    ['svc-statuspage', 'Statuspage Sync (service)', 'automation'], ['svc-jira-sync', 'Jira Mail Sync (service)', 'automation'],
    ['svc-backup-report', 'M365 Backup Reporter (service)', 'backup'], ['svc-kiosk-lobby', 'Lobby Display (service)', 'kiosk'],
  ];
  for (const [nm, dn, kind] of svc) addUser({ id: r.uuid(), upn: `${nm}@${DOMAIN}`, first: dn, last: '', name: dn, group: 'svc', kind: 'svc', svcKind: kind, userType: 'Member', cc: 'NL', city: COUNTRIES.NL.cities[0], tz: 1, dept: 'IT & Identity', home: [] });
  for (const nm of ['bg-admin-01', 'bg-admin-02']) addUser({ id: r.uuid(), upn: `${nm}@harbourlight.onmicrosoft.com`, first: 'Break', last: 'Glass', name: `Break Glass ${nm.slice(-2)}`, group: 'bg', kind: 'breakglass', userType: 'Member', cc: 'NL', city: COUNTRIES.NL.cities[0], tz: 1, dept: 'IT & Identity', home: [] });

  // ---- guests (B2B) ----
  for (const p of PARTNERS) {
    const tid = p.msa ? MSA_TENANT : r.uuid();
    T.partners.push({ ...p, tenantId: tid });
    for (let i = 0; i < p.n; i++) {
      const cc = p.cc || r.pick(['PT', 'ES', 'PL', 'UA' in COUNTRIES ? 'UA' : 'RO', 'BR', 'GB', 'DE', 'IN']);
      const N = NAMES[REGION[cc]];
      const first = r.pick(N.first), last = r.pick(N.last);
      let local = p.msa ? `${ascii(first)}${ascii(last)}${r.int(10, 99)}` : `${ascii(first)[0]}.${ascii(last)}`;
      let homeUpn = `${local}@${p.domain}`; let k = 2;
      while (usedUpn.has(homeUpn)) homeUpn = `${local}${k++}@${p.domain}`;
      usedUpn.add(homeUpn);
      const city = r.pick(COUNTRIES[cc].cities);
      const isp = r.pick(COUNTRIES[cc].isps);
      const u = {
        id: r.uuid(), upn: homeUpn, extUpn: `${homeUpn.replace('@', '_')}#EXT#@harbourlight.onmicrosoft.com`, first, last, name: `${first} ${last} (${p.msa ? 'Guest' : p.name})`,
        group: 'guest', kind: 'guest', userType: 'Guest', partner: p.name, homeTenant: tid, cc, city, tz: city[4], isp, carrierIdx: 0, dept: '',
        home: [{ from: 0, place: net.consumer(cc, isp, city[0]) }], guestKind: p.kind, mfa: 'ext', start: 8 + r.next() * 2.5,
      };
      const osw = r.weighted([['win', 50], ['mac', 35], ['linux', 15]]);
      u.laptop = { ...mkLaptop(r, u, osw), id: '', name: '', compliant: false, managed: false, trust: '' };
      u.phone = null;
      u.activity = r.weighted([[0.85, 50], [0.4, 30], [0.1, 20]]);
      addUser(u);
    }
  }
  return T;
}

export function mkLaptop(r, u, os) {
  const prefix = os === 'win' ? 'HL-' : os === 'mac' ? 'HL-MBP-' : 'hl-';
  const base = os === 'win' ? (r.chance(0.7) ? UA.winEdge : UA.winChrome) : os === 'mac' ? (r.chance(0.7) ? UA.macChrome : UA.macSafari) : (r.chance(0.6) ? UA.linuxFirefox : UA.linuxChrome);
  const managed = os !== 'linux';
  return {
    id: managed ? r.uuid() : '', name: managed ? `${prefix}${r.alnum(7)}` : '', os, osName: base[1], browser: base[2], ua: base[0],
    compliant: managed, managed, trust: os === 'win' ? 'Azure AD joined' : os === 'mac' ? 'Azure AD registered' : '',
  };
}
export function mkPhone(r, u) {
  const ios = r.chance(0.6);
  const base = ios ? UA.iosSafari : UA.androidChrome;
  return { id: r.uuid(), name: ios ? 'iPhone' : 'Android', os: ios ? 'ios' : 'android', osName: base[1], browser: base[2], ua: base[0], compliant: false, managed: false, trust: 'Azure AD registered' };
}
