// The directory of Chebucto University (fictional research university in Halifax, Nova Scotia): accounts, groups,
// devices, home networks, travel plans, enterprise applications.
import { NAMES, fold } from './names.mjs';
import { ENTERPRISE, UA, BROWSER, ANDROID_MODELS } from './apps.mjs';
import { HFX } from './net.mjs';
import { START, DAY, HOUR, localToUtc } from './calendar.mjs';

const ORIGIN_ISPS = {
  CN: ['ctcn', 'cucn', 'cmcn'], IN: ['jio', 'airtelin', 'actin'], NG: ['mtnng', 'airtelng'], IR: ['tciir', 'mciir'], BD: ['gpbd'],
  VN: ['viettel'], SA: ['stcsa'], BR: ['clarobr'], FR: ['orangefr'], US: ['comcast', 'verizon'], GH: ['mtngh'], PK: ['ptclpk'],
  KR: ['ktkr'], GB: ['btgb', 'virgingb'], DE: ['dtde'], NO: ['telenorno'], KE: ['safaricom'], MX: ['telmex'],
};
const INTL = [['CN', 26], ['IN', 24], ['NG', 8], ['IR', 7], ['BD', 5], ['VN', 5], ['SA', 4], ['BR', 3], ['FR', 4], ['US', 6], ['GH', 3], ['PK', 3], ['KR', 2], ['KE', 1], ['MX', 1]];
const DOMESTIC_AWAY = [['rogersTor', 3], ['bellTor', 2], ['videotron', 1], ['telusCgy', 1], ['rogersNB', 2], ['shawVan', 1]];

const ACAD_DEPTS = ['Biology', 'Chemistry', 'Physics and Atmospheric Science', 'Oceanography', 'Computer Science', 'Mathematics and Statistics', 'Engineering', 'History', 'English', 'Nursing', 'Medicine', 'Schulich School of Law', 'Rowe School of Business', 'Psychology and Neuroscience', 'Economics', 'Earth and Environmental Sciences'];
const PROF_SUBS = [['payroll', 6], ['hr', 12], ['finance', 20], ['library', 35], ['facilities', 40], ['security', 25], ['registrar', 25], ['research', 15], ['comms', 15], ['deptadmin', 60], ['studentsvc', 30], ['advancement', 17]];
const IT_SUBS = [['idadmin', 4], ['servicedesk', 12], ['dev', 10], ['hpc', 6], ['infra', 13]];

export const PARTNERS = [
  { domain: 'atlantic-ecology.no', name: 'Atlantic Ecology Institute', cc: 'NO' },
  { domain: 'kelpie-marine.org.uk', name: 'Kelpie Marine Laboratory', cc: 'GB' },
  { domain: 'fundyocean.ca', name: 'Fundy Ocean Research Centre', cc: 'CA' },
  { domain: 'uni-nordsee.de', name: 'Nordsee-Universität', cc: 'DE' },
  { domain: 'bedfordbasin-labs.ca', name: 'Bedford Basin Labs', cc: 'CA' },
  { domain: 'gulfstream-inst.org', name: 'Gulf Stream Institute', cc: 'US' },
  { domain: 'coastal-health.ca', name: 'Coastal Health Research Network', cc: 'CA' },
];
const PARTNER_ISP = { NO: ['telenorno'], GB: ['btgb'], CA: ['rogersNB', 'eastlink', 'bellTor'], DE: ['dtde'], US: ['comcast'] };

export function buildTenant(rng, reg) {
  const T = {
    id: rng.guid(), name: 'Chebucto University', domain: 'chebucto.ca', studentDomain: 'mycu.chebucto.ca',
    users: [], byUpn: new Map(), named: {}, ownApps: new Set(), ent: {}, groups: {}, labPcs: [], households: [],
  };
  const upns = new Set();
  const mkUpn = (local, domain) => {
    let u = `${local}@${domain}`, n = 1;
    while (upns.has(u)) { n++; u = `${local}${n}@${domain}`; }
    upns.add(u);
    return u;
  };
  const nameFrom = (origin) => {
    const pool = NAMES[origin] ?? NAMES.CA;
    return { first: rng.pick(pool.first), last: rng.pick(pool.last) };
  };

  // enterprise apps
  for (const e of ENTERPRISE) { const id = rng.guid(); T.ent[e.key] = { name: e.name, id, owner: T.id, who: e.who, w: e.w, key: e.key }; T.ownApps.add(id); }
  T.ent.sisExport = { name: 'CU SIS Export Connector', id: rng.guid(), owner: T.id };
  T.ent.lmsSync = { name: 'Brightspace Roster Sync', id: rng.guid(), owner: T.id };
  T.ent.roomBook = { name: 'CU Room Booking Agent', id: rng.guid(), owner: T.id };
  for (const k of ['sisExport', 'lmsSync', 'roomBook']) T.ownApps.add(T.ent[k].id);

  // group ids
  for (const g of ['All Students', 'All Staff', 'Academic Staff', 'Professional Staff', 'IT Staff', 'CA-Exclude-LegacyAuth', 'Research Computing Users', 'Visiting Researchers', 'Guests - Partner Research', 'SSPR-Enabled Users', 'License-A5-Faculty-Staff', 'License-A3-Students', 'PIM-Eligible-IdentityAdmins', 'Service Desk Agents', 'Teams Rooms Devices', 'Alumni Mail', 'Workday Users', 'Brightspace Instructors'])
    T.groups[g] = { name: g, id: rng.guid() };

  const add = (u) => { T.users.push(u); T.byUpn.set(u.upn, u); return u; };

  function baseUser(kind, sub, origin, domain, extra = {}) {
    const nm = extra.name ?? nameFrom(origin);
    let local;
    if (kind === 'ug' || kind === 'pg') local = `${fold(nm.first)[0]}${fold(nm.last)[0]}${rng.int(100000, 999999)}`;
    else local = `${fold(nm.first)}.${fold(nm.last)}`;
    const upn = mkUpn(extra.local ?? local, domain);
    return {
      id: rng.guid(), upn, display: extra.display ?? `${nm.first} ${nm.last}`, first: nm.first, last: nm.last,
      kind, sub, origin, type: 'Member', enabled: true, dept: extra.dept ?? '',
      activity: extra.activity ?? rng.float(0.55, 1.0), night: extra.night ?? false, trips: [], devices: {},
      mfa: null, mode: 'local', home: null, carrier: null, ...extra.props,
    };
  }

  // --- devices
  const dev = (kind, opts = {}) => {
    const d = { kind, id: '', compliant: false, managed: false, join: '', sid: null, sidMfa: false, ...opts };
    switch (kind) {
      case 'winManaged': Object.assign(d, { id: rng.guid(), os: 'Windows 10', uaKey: 'edgeWin', compliant: true, managed: true, join: 'Microsoft Entra hybrid joined' }); break;
      case 'macManaged': Object.assign(d, { id: rng.guid(), os: 'MacOs', uaKey: rng.chance(0.6) ? 'safariMac' : 'chromeMac', compliant: true, managed: true, join: 'Microsoft Entra registered' }); break;
      case 'linuxWs': Object.assign(d, { os: 'Linux', uaKey: rng.chance(0.7) ? 'ffLinux' : 'chromeLinux' }); break;
      case 'winPersonal': Object.assign(d, { os: 'Windows 10', uaKey: rng.weighted([['chromeWin', 6], ['edgeWin', 3], ['ffWin', 1]]), officeApps: rng.chance(0.45) }); if (rng.chance(0.22)) Object.assign(d, { id: rng.guid(), join: 'Microsoft Entra registered' }); break;
      case 'macPersonal': Object.assign(d, { os: 'MacOs', uaKey: rng.chance(0.55) ? 'safariMac' : 'chromeMac', officeApps: rng.chance(0.35) }); if (rng.chance(0.12)) Object.assign(d, { id: rng.guid(), join: 'Microsoft Entra registered' }); break;
      case 'chromebook': Object.assign(d, { os: 'Chrome OS', uaKey: 'chromeOS' }); break;
      case 'iphone': Object.assign(d, { os: 'Ios', uaKey: 'safariIphone', appUa: rng.chance(0.5) ? UA.outlookIos : UA.teamsIos }); break;
      case 'ipad': Object.assign(d, { os: 'Ios', uaKey: 'safariIpad', appUa: UA.outlookIos }); break;
      case 'android': { const m = rng.pick(ANDROID_MODELS); Object.assign(d, { os: 'Android', uaKey: 'chromeAndroid', appUa: UA.dalvik(m), model: m }); break; }
      default: throw new Error(kind);
    }
    d.browser = BROWSER[d.uaKey] ?? '';
    d.ua = UA[d.uaKey];
    return d;
  };
  const phone = (registered) => {
    const p = dev(rng.chance(0.57) ? 'iphone' : 'android');
    if (registered) Object.assign(p, { id: rng.guid(), join: 'Microsoft Entra registered' });
    if (p.kind === 'iphone' && rng.chance(0.12)) p.privateRelay = true;
    return p;
  };
  const mfaFor = (kind, forceUnregistered = false) => {
    if (forceUnregistered) return { method: null };
    if (kind === 'ug' || kind === 'pg') return { method: rng.weighted([['push', 60], ['sms', 34], ['totp', 6]]), last2: String(rng.int(10, 99)) };
    return { method: rng.weighted([['push', 76], ['sms', 11], ['totp', 5], ['fido2', 5], ['call', 3]]), last2: String(rng.int(10, 99)) };
  };
  const carrier = () => rng.weighted([['rogersMob', 4], ['bellMob', 4], ['telusMob', 2]]);

  // --- households for off-campus students (1-4 students share one home connection)
  const newHousehold = () => { const h = { net: reg.home(rng.chance(0.6) ? 'eastlink' : 'aliant'), n: 0, cap: rng.weighted([[1, 3], [2, 3], [3, 3], [4, 1]]) }; T.households.push(h); return h; };
  let hh = null;
  const household = () => { if (!hh || hh.n >= hh.cap) hh = newHousehold(); hh.n++; return hh.net; };

  // --- students
  const mkStudent = (kind, opts = {}) => {
    const intl = opts.origin ? opts.origin !== 'CA' : rng.chance(kind === 'ug' ? 0.18 : 0.38);
    const origin = opts.origin ?? (intl ? rng.weighted(INTL) : 'CA');
    const u = baseUser(kind, opts.sub ?? (kind === 'ug' ? `year${rng.weighted([[1, 32], [2, 25], [3, 22], [4, 21]])}` : rng.weighted([['masters', 60], ['phd', 40]])), origin, T.studentDomain, opts);
    u.intl = origin !== 'CA';
    const firstYear = u.sub === 'year1';
    u.mfa = mfaFor(kind, opts.unregistered ?? (firstYear && rng.chance(0.14)));
    u.carrier = carrier();
    // where they live
    if (opts.remote ?? (u.intl && rng.chance(kind === 'pg' ? 0.14 : 0.05))) {
      u.mode = 'remote';
      u.home = reg.home(rng.pick(ORIGIN_ISPS[origin]));
      if (origin === 'CN' && rng.chance(0.55)) u.vpn = reg.cloud(rng.chance(0.5) ? 'leasewebHK' : 'm247', 'cn');
    } else {
      u.residence = opts.residence ?? (firstYear ? (rng.chance(0.8) ? 'halls' : 'flat') : (rng.chance(0.08) ? 'halls' : 'flat'));
      u.home = u.residence === 'halls' ? null : household();
      if (u.intl && (opts.travelHome ?? rng.chance(0.16))) {
        // flies home for the reading week: leaves Fri 23 Oct – Sun 25 Oct, returns Sat 31 Oct – Mon 2 Nov
        const away = reg.home(rng.pick(ORIGIN_ISPS[origin]));
        const dep = localToUtc('hfx', rng.int(4, 6), rng.float(9, 20));
        const flight = rng.float(14, 30) * HOUR;
        const back = localToUtc('hfx', rng.int(12, 13), rng.float(8, 22));
        u.trips.push({ depart: dep, start: dep + flight, end: back - flight - rng.float(2, 6) * HOUR, arrive: back, net: away, tz: away.tz, kind: 'home-visit', phoneRoams: false });
      } else if (!u.intl && (opts.travelHome ?? rng.chance(kind === 'ug' ? 0.22 : 0.1))) {
        const away = reg.home(rng.weighted(DOMESTIC_AWAY));
        const dep = localToUtc('hfx', rng.int(4, 6), rng.float(10, 20));
        const back = localToUtc('hfx', rng.int(12, 13), rng.float(10, 21));
        const fl = rng.float(3, 8) * HOUR;
        u.trips.push({ depart: dep, start: dep + fl, end: back - fl, arrive: back, net: away, tz: away.tz, kind: 'home-visit', phoneRoams: false });
      }
      if (rng.chance(0.045)) u.vpn = reg.cloud(rng.chance(0.6) ? 'm247' : 'datacamp', 'hfx');
    }
    u.devices.laptop = dev(rng.weighted([['winPersonal', 52], ['macPersonal', 41], ['chromebook', 7]]));
    u.devices.phone = phone(u.mfa.method === 'push');
    if (rng.chance(0.1)) u.devices.tablet = dev('ipad');
    u.labUser = rng.chance(kind === 'ug' ? 0.45 : 0.2);
    u.night = opts.night ?? rng.chance(0.18);
    u.activity = opts.activity ?? rng.float(0.45, 1.0);
    u.program = opts.program ?? rng.pick(ACAD_DEPTS);
    return add(u);
  };

  // --- staff
  const mkStaff = (kind, sub, opts = {}) => {
    const origin = opts.origin ?? (rng.chance(kind === 'acad' ? 0.25 : 0.1) ? rng.weighted(INTL) : 'CA');
    const u = baseUser(kind, sub, origin, T.domain, opts);
    u.mfa = opts.mfa ?? mfaFor(kind);
    u.carrier = carrier();
    u.home = opts.home ?? reg.home(rng.chance(0.55) ? 'eastlink' : 'aliant');
    const lin = kind === 'acad' && ['Computer Science', 'Physics and Atmospheric Science', 'Mathematics and Statistics', 'Oceanography'].includes(u.dept) && rng.chance(0.3);
    u.devices.laptop = opts.laptop ?? dev(lin ? 'linuxWs' : (rng.chance(kind === 'acad' ? 0.32 : 0.12) ? 'macManaged' : 'winManaged'));
    if (lin) u.devices.office = dev('winManaged');
    u.devices.phone = phone(u.mfa.method === 'push' || rng.chance(0.3));
    if (rng.chance(0.28)) u.devices.homepc = dev(rng.chance(0.6) ? 'winPersonal' : 'macPersonal');
    if (rng.chance(0.12)) u.devices.tablet = dev('ipad');
    u.vpnUser = rng.chance(kind === 'it' ? 0.7 : 0.25);
    return add(u);
  };

  // Named accounts first (their stories are told in attacks.mjs and in the README).
  const N = T.named;
  N.brooke = mkStudent('ug', { name: { first: 'Brooke', last: 'Hiltz' }, origin: 'CA', sub: 'year1', unregistered: true, residence: 'halls', travelHome: false, remote: false });
  N.tahmina = mkStudent('ug', { name: { first: 'Tahmina', last: 'Akter' }, origin: 'BD', sub: 'year1', unregistered: true, residence: 'flat', travelHome: false, remote: false });
  N.owen = mkStudent('ug', { name: { first: 'Owen', last: 'MacPhee' }, origin: 'CA', sub: 'year1', residence: 'halls', travelHome: false, remote: false });
  N.owen.mfa = { method: 'push', last2: '41' };
  N.kyle = mkStudent('ug', { name: { first: 'Kyle', last: 'Zwicker' }, origin: 'CA', sub: 'year3', residence: 'flat', travelHome: false, remote: false });
  N.jacob = mkStudent('ug', { name: { first: 'Jacob', last: 'Mosher' }, origin: 'CA', sub: 'year1', unregistered: true, residence: 'halls', travelHome: false, remote: false });
  N.rohan = mkStudent('pg', { name: { first: 'Rohan', last: 'Iyer' }, origin: 'IN', sub: 'phd', residence: 'flat', travelHome: false, remote: false, program: 'Oceanography' });
  N.rohan.mfa = { method: 'push', last2: '07' }; N.rohan.devices.phone = phone(true);
  const dept = (d) => ({ dept: d });
  N.colleen = mkStaff('prof', 'deptadmin', { name: { first: 'Colleen', last: 'Rafuse' }, origin: 'CA', ...dept('Faculty of Science'), mfa: { method: 'push', last2: '58' } });
  N.fiona = mkStaff('acad', 'head', { name: { first: 'Fiona', last: 'MacLeod' }, origin: 'CA', ...dept('Chemistry'), mfa: { method: 'push', last2: '33' }, laptop: Object.assign(dev('macManaged'), { uaKey: 'chromeMac', ua: UA.chromeMac, browser: BROWSER.chromeMac }) });
  N.heather = mkStaff('prof', 'research', { name: { first: 'Heather', last: 'Langille' }, origin: 'CA', ...dept('Office of Research Services'), mfa: { method: 'push', last2: '12' } });
  N.trevor = mkStaff('acad', 'faculty', { name: { first: 'Trevor', last: 'Publicover' }, origin: 'CA', ...dept('History'), mfa: { method: 'sms', last2: '86' } });
  N.trevor.devices.homepc = Object.assign(dev('winPersonal'), { id: '', join: '', uaKey: 'chromeWin', ua: UA.chromeWin, browser: BROWSER.chromeWin, officeApps: true });
  N.trevor.prefersHomePc = true; N.trevor.activity = 0.9;
  N.siddharth = mkStaff('acad', 'faculty', { name: { first: 'Siddharth', last: 'Rao' }, origin: 'IN', ...dept('Engineering'), mfa: { method: 'push', last2: '64' } });
  N.alasdair = mkStaff('acad', 'faculty', { name: { first: 'Alasdair', last: 'Grant' }, origin: 'CA', ...dept('Oceanography'), mfa: { method: 'push', last2: '19' } });
  N.kevin = mkStaff('it', 'servicedesk', { name: { first: 'Kevin', last: 'Murphy' }, origin: 'CA', ...dept('ITS Service Desk') });
  N.marc = mkStaff('it', 'idadmin', { name: { first: 'Marc', last: 'Desrosiers' }, origin: 'CA', ...dept('ITS Identity and Access'), mfa: { method: 'sms', last2: '27' } });
  N.donald = mkStaff('acad', 'faculty', { name: { first: 'Donald', last: 'MacIsaac' }, origin: 'CA', ...dept('Mathematics and Statistics'), mfa: { method: 'push', last2: '90' }, laptop: dev('macManaged') });
  N.donald.devices.office = dev('winManaged');
  // benign look-alikes
  N.catriona = mkStaff('acad', 'faculty', { name: { first: 'Catriona', last: 'Beaton' }, origin: 'CA', ...dept('Oceanography'), mfa: { method: 'push', last2: '45' }, laptop: dev('winManaged') });
  N.weiz = mkStaff('acad', 'faculty', { name: { first: 'Wei', last: 'Zhang' }, origin: 'CN', ...dept('Computer Science'), mfa: { method: 'fido2', last2: '' }, laptop: dev('winManaged') });
  N.megan = mkStaff('acad', 'faculty', { name: { first: 'Megan', last: 'Walsh' }, origin: 'CA', ...dept('Nursing'), mfa: { method: 'push', last2: '71' } });
  N.scott = mkStaff('prof', 'advancement', { name: { first: 'Scott', last: 'Ryan' }, origin: 'CA', ...dept('Advancement') });
  N.nathan = mkStaff('it', 'dev', { name: { first: 'Nathan', last: 'Gillis' }, origin: 'CA', ...dept('ITS Enterprise Applications'), home: reg.home('telusCgy') });
  N.nathan.remote = true;
  N.julie = mkStaff('it', 'idadmin', { name: { first: 'Julie', last: 'Comeau' }, origin: 'CA', ...dept('ITS Identity and Access'), mfa: { method: 'fido2', last2: '' } });
  N.ian = mkStaff('it', 'idadmin', { name: { first: 'Ian', last: 'Rankin' }, origin: 'CA', ...dept('ITS Identity and Access') });
  N.aisha = mkStaff('it', 'idadmin', { name: { first: 'Aisha', last: 'Okonkwo' }, origin: 'NG', ...dept('ITS Identity and Access') });

  // bulk population
  const want = { ug: 2100, pg: 600 };
  for (const k of ['ug', 'pg']) while (T.users.filter((u) => u.kind === k).length < want[k]) mkStudent(k);
  const nAcad = 380;
  while (T.users.filter((u) => u.kind === 'acad').length < nAcad) {
    const d = rng.pick(ACAD_DEPTS);
    mkStaff('acad', rng.chance(0.12) ? 'sessional' : 'faculty', { dept: d });
  }
  for (const [sub, n] of PROF_SUBS) {
    const have = T.users.filter((u) => u.kind === 'prof' && u.sub === sub).length;
    for (let i = have; i < n; i++) mkStaff('prof', sub, { dept: { payroll: 'Payroll Services', hr: 'Human Resources', finance: 'Financial Services', library: 'Libraries', facilities: 'Facilities Management', security: 'Campus Security', registrar: "Registrar's Office", research: 'Office of Research Services', comms: 'Communications and Marketing', deptadmin: rng.pick(['Faculty of Science', 'Faculty of Arts and Social Sciences', 'Faculty of Engineering', 'Faculty of Health', 'Faculty of Medicine']), studentsvc: 'Student Affairs', advancement: 'Advancement' }[sub], night: sub === 'security' });
  }
  for (const [sub, n] of IT_SUBS) {
    const have = T.users.filter((u) => u.kind === 'it' && u.sub === sub).length;
    for (let i = have; i < n; i++) mkStaff('it', sub, { dept: { idadmin: 'ITS Identity and Access', servicedesk: 'ITS Service Desk', dev: 'ITS Enterprise Applications', hpc: 'ACENET Research Computing', infra: 'ITS Infrastructure' }[sub] });
  }
  // security staff work rotating shifts
  for (const u of T.users) if (u.kind === 'prof' && u.sub === 'security') u.shift = rng.pick(['day', 'evening', 'night']);
  // developers' build VMs, HPC
  for (const u of T.users) if (u.kind === 'it' && (u.sub === 'dev' || u.sub === 'hpc')) { u.buildVm = reg.cloud('azureCC', 'tor'); }
  // remote staff in other provinces
  for (const u of rng.sample(T.users.filter((x) => (x.kind === 'prof' || x.kind === 'acad') && !Object.values(N).includes(x)), 8)) {
    u.home = reg.home(rng.pick(['rogersTor', 'bellTor', 'videotron', 'telusCgy', 'rogersNB'])); u.remote = true;
  }

  // visiting researchers (members, foreign origin, living locally)
  for (let i = 0; i < 25; i++) {
    const origin = rng.pick(['DE', 'FR', 'GB', 'NO', 'CN', 'IN', 'BR', 'KR', 'US', 'MX', 'KE']);
    const u = mkStaff('visiting', 'visiting', { origin, dept: rng.pick(['Oceanography', 'Biology', 'Computer Science', 'Engineering', 'Medicine']) });
    u.devices.laptop = dev(rng.chance(0.5) ? 'winPersonal' : 'macPersonal');
    u.devices.phone = phone(u.mfa.method === 'push');
    u.abroadIsp = rng.pick(ORIGIN_ISPS[origin] ?? ['btgb']);
    if (i < 2) { u.joiner = localToUtc('hfx', 9, 9); u.kind = 'visiting'; }   // arrive Wed 28 Oct
  }

  // joiners: six new staff starting Monday 26 October (accounts created by sync the week before)
  const joiners = rng.sample(T.users.filter((u) => (u.kind === 'prof' || u.kind === 'acad') && !Object.values(N).includes(u) && !u.remote), 6);
  for (const u of joiners) u.joiner = localToUtc('hfx', 7, 8.5);
  for (const u of T.users) if (u.joiner) u.mfa = { method: u.mfa?.method ?? 'push', last2: u.mfa?.last2 ?? '11', registerOnDay: true };

  // guests (B2B collaboration): their home tenant authenticates them; MFA claim from home tenant is trusted
  for (const p of PARTNERS) p.tenant = rng.guid();
  for (let i = 0; i < 60; i++) {
    const p = i === 0 ? PARTNERS[0] : rng.pick(PARTNERS);
    const nm = i === 0 ? { first: 'Henrik', last: 'Lindqvist' } : nameFrom(p.cc === 'CA' ? 'CA' : p.cc);
    const upn = mkUpn(`${fold(nm.first)}.${fold(nm.last)}`, p.domain);
    const u = {
      id: rng.guid(), upn, display: `${nm.first} ${nm.last}`, first: nm.first, last: nm.last, kind: 'guest', sub: 'partner', origin: p.cc,
      type: 'Guest', homeTenant: p.tenant, partner: p, enabled: true, activity: rng.float(0.2, 0.7), trips: [], devices: {}, mode: 'guest',
      home: reg.home(rng.pick(PARTNER_ISP[p.cc])), carrier: null, mfa: { method: 'external' },
    };
    u.devices.laptop = dev(rng.chance(0.6) ? 'winPersonal' : 'macPersonal');
    u.devices.laptop.id = ''; u.devices.laptop.join = '';
    add(u);
    if (i === 0) { N.henrik = u; u.dormant = true; }
  }

  // alumni (mail kept for a year) and leavers (disabled)
  for (let i = 0; i < 80; i++) {
    const u = baseUser('alumni', 'alumni', rng.chance(0.2) ? rng.weighted(INTL) : 'CA', 'alumni.chebucto.ca');
    u.mfa = mfaFor('ug'); u.carrier = carrier();
    u.home = reg.home(rng.weighted([['eastlink', 3], ['aliant', 2], ['rogersTor', 2], ['bellTor', 1], ['telusCgy', 1], ['videotron', 1]]));
    if (u.origin !== 'CA' && rng.chance(0.5)) u.home = reg.home(rng.pick(ORIGIN_ISPS[u.origin]));
    u.devices.laptop = dev(rng.chance(0.55) ? 'winPersonal' : 'macPersonal'); u.devices.phone = phone(u.mfa.method === 'push');
    u.activity = rng.float(0.1, 0.4);
    add(u);
  }
  for (let i = 0; i < 40; i++) {
    const staff = i < 25;
    const u = baseUser(staff ? 'leaver' : 'leaver', staff ? 'staff' : 'student', 'CA', staff ? T.domain : T.studentDomain);
    u.enabled = false; u.mfa = mfaFor('prof'); u.carrier = carrier();
    u.home = reg.home(rng.chance(0.5) ? 'eastlink' : 'aliant');
    u.devices.phone = phone(true);
    u.staleDevice = i < 12;              // an old phone still trying to refresh mail
    add(u);
  }
  // staff who leave during the window (disabled Fri 30 Oct 17:00 local by HR feed through sync)
  for (const u of rng.sample(T.users.filter((x) => x.kind === 'prof' && !Object.values(N).includes(x) && !x.joiner), 3)) u.leaves = localToUtc('hfx', 11, 17.2);

  // service accounts
  const svc = (local, display, props) => add({ id: rng.guid(), upn: mkUpn(local, T.domain), display, first: display, last: '', kind: 'svc', sub: props.sub, type: 'Member', enabled: true, trips: [], devices: {}, mfa: { method: null }, mode: 'svc', activity: 1, ...props });
  for (const [k, b] of [['killam', 'Killam Library'], ['chem', 'Chemistry Building'], ['eng', 'Sexton Engineering'], ['admin', 'Henry Hicks Admin'], ['law', 'Weldon Law'], ['health', 'Collaborative Health']]) {
    const u = svc(k === 'eng' ? 'mfp-scan-eng' : `mfp-scan-${k}`, `MFP Scan to Email - ${b}`, { sub: 'printer', printer: k, scansPerDay: rng.int(8, 28) });
    if (k === 'eng') N.mfpEng = u;
    if (k === 'chem') N.mfpChem = u;
  }
  N.sisSvc = svc('svc-sis-export', 'SIS Export Service', { sub: 'ropc', app: T.ent.sisExport, everyMin: 60, server: 0 });
  N.lmsSvc = svc('svc-lms-sync', 'Brightspace Sync Service', { sub: 'ropc', app: T.ent.lmsSync, everyMin: 240, server: 1 });
  N.roomSvc = svc('svc-roombook', 'Room Booking Service', { sub: 'ropc', app: T.ent.roomBook, everyMin: 120, server: 2 });
  N.ldapSvc = svc('svc-old-ldapsync', 'Legacy LDAP Sync (retired)', { sub: 'dormant' });
  N.bkpSvc = svc('svc-veeam-m365', 'Veeam M365 Backup', { sub: 'dormant' });
  // Teams Rooms resource accounts
  const rooms = ['dunn-101', 'dunn-135', 'chase-319', 'lsc-commons', 'lsc-p5260', 'goldberg-127', 'mona-campbell-1108', 'rowe-1009', 'rowe-1028', 'killam-b400', 'kenneth-rowe-2001', 'sexton-c302', 'weldon-104', 'tupper-h', 'collab-health-2150', 'steele-ocean-5001', 'mccain-2198', 'studley-gym-mtg', 'hicks-212', 'sub-302'];
  for (const r of rooms) {
    const u = add({ id: rng.guid(), upn: mkUpn(`mtr-${r}`, T.domain), display: `MTR ${r.replace(/-/g, ' ').toUpperCase()}`, first: 'MTR', last: r, kind: 'mtr', sub: 'room', type: 'Member', enabled: true, trips: [], devices: {}, mfa: { method: null }, mode: 'svc', activity: 1 });
    u.devices.room = { kind: 'mtr', id: rng.guid(), os: 'Windows 10', browser: 'Rich Client 5.4.57.0', ua: UA.mtr, compliant: true, managed: true, join: 'Microsoft Entra joined' };
  }

  // lab / library PCs (shared, hybrid joined)
  for (let i = 0; i < 140; i++) T.labPcs.push({ kind: 'lab', id: rng.guid(), os: 'Windows 10', uaKey: 'edgeWin', ua: UA.edgeWin, browser: BROWSER.edgeWin, compliant: true, managed: true, join: 'Microsoft Entra hybrid joined', net: i < 70 ? 0 : 1 });

  // travel plans of staff (conferences, sabbaticals) — named look-alikes plus a few random
  const FLIGHT = { rcts: 8, ntt: 20, comcast: 3, hotelTor: 3, rogersTor: 3, videotron: 2.5, btgb: 8, orangefr: 9, dtde: 10, verizon: 3, ktkr: 20, eirie: 7 };
  const trip = (u, d0, h0, d1, h1, isp, kind, phoneRoams) => {
    const key = isp.replace('cloud:', '');
    const net = isp.startsWith('cloud:') ? reg.cloud(key, 'euw') : reg.home(isp);
    const fl = (FLIGHT[key] ?? 8) * HOUR;
    const dep = localToUtc('hfx', d0, h0), back = localToUtc('hfx', d1, h1);
    u.trips.push({ depart: dep, start: dep + fl, end: back - fl, arrive: back, net, tz: net.tz, kind, phoneRoams });
  };
  trip(N.catriona, -2, 6, 5, 14, 'cloud:rcts', 'conference', true);
  N.catriona.trips[0].net.tz = 'euw'; N.catriona.trips[0].tz = 'euw';
  trip(N.weiz, 6, 2, 12, 20, 'ntt', 'conference', true); N.weiz.trips[0].tz = 'jp';
  trip(N.megan, 2, 7, 5, 19, 'comcast', 'conference', true);
  trip(N.scott, 8, 7, 10, 18, 'cloud:hotelTor', 'conference', false); N.scott.trips[0].net.tz = 'tor'; N.scott.trips[0].tz = 'tor';
  N.alasdair.trips.push({ depart: START - 31 * DAY, start: START - 30 * DAY, end: START + 60 * DAY, arrive: START + 61 * DAY, net: reg.home('telenorno'), tz: 'euc', kind: 'sabbatical', phoneRoams: false });
  for (const u of rng.sample(T.users.filter((x) => x.kind === 'acad' && !Object.values(N).includes(x) && !x.remote && !x.joiner), 10)) {
    const isp = rng.pick(['btgb', 'orangefr', 'dtde', 'comcast', 'verizon', 'ktkr', 'eirie', 'rogersTor', 'videotron']);
    const d0 = rng.int(0, 9), len = rng.int(2, 5);
    trip(u, d0, rng.float(6, 18), Math.min(13, d0 + len), rng.float(8, 20), isp, 'conference', rng.chance(0.6));
  }
  for (const u of rng.sample(T.users.filter((x) => x.kind === 'acad' && !Object.values(N).includes(x) && !x.trips.length && !x.remote && !x.joiner), 2)) {
    const isp = rng.pick(['btgb', 'dtde']);
    u.trips.push({ depart: START - 61 * DAY, start: START - 60 * DAY, end: START + 90 * DAY, arrive: START + 91 * DAY, net: reg.home(isp), tz: isp === 'btgb' ? 'euw' : 'euc', kind: 'sabbatical', phoneRoams: false });
  }

  T.instructors = T.users.filter((u) => u.kind === 'acad');
  return T;
}
