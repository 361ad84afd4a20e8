// The tenant: Harrow & Quill Partners — offices, people, devices, networks, tenant apps.
import { AU_GIVEN, AU_SURNAME, PH_GIVEN, PH_SURNAME, IN_GIVEN, IN_SURNAME } from './names.mjs';
import { AddressBook, NETS, PLACES, APPS, RES, MSA_TENANT } from './world.mjs';

export const DOMAIN = 'harrowquill.com.au';
export const DOMAIN_NZ = 'harrowquill.co.nz';
export const TENANT_NAME = 'Harrow & Quill Partners';

// Offices: code -> city, zone, staff count, egress nets, phone carriers and home ISPs used around it.
export const OFFICES = {
  SYD: { city: 'SYD', staff: 540, egress: [['telstraBiz', 2], ['tpgBiz', 1]], guestNet: 'telstraBiz', zs: 'SYD', mobile: [['telstraMobile', 45], ['optusMobile', 35], ['vodafoneAu', 20]], home: [['telstraHome', 34], ['optusHome', 18], ['tpgHome', 18], ['aussieHome', 14], ['iinetHome', 8], ['vocusHome', 8]], suburbs: [['SYD', 70], ['PAR', 22], ['WOL', 4], ['NCL', 4]] },
  MEL: { city: 'MEL', staff: 390, egress: [['telstraBiz', 2]], guestNet: 'telstraBiz', zs: 'MEL', mobile: [['telstraMobile', 45], ['optusMobile', 35], ['vodafoneAu', 20]], home: [['telstraHome', 32], ['optusHome', 18], ['tpgHome', 16], ['aussieHome', 18], ['iinetHome', 6], ['vocusHome', 10]], suburbs: [['MEL', 93], ['GEL', 7]] },
  BNE: { city: 'BNE', staff: 230, egress: [['optusBiz', 1]], guestNet: 'optusBiz', zs: 'SYD', mobile: [['telstraMobile', 50], ['optusMobile', 35], ['vodafoneAu', 15]], home: [['telstraHome', 35], ['optusHome', 15], ['tpgHome', 15], ['aussieHome', 20], ['vocusHome', 15]], suburbs: [['BNE', 88], ['OOL', 12]] },
  PER: { city: 'PER', staff: 140, egress: [['aussieBiz', 1]], guestNet: 'aussieBiz', zs: 'MEL', mobile: [['telstraMobile', 50], ['optusMobile', 35], ['vodafoneAu', 15]], home: [['telstraHome', 30], ['iinetHome', 30], ['aussieHome', 20], ['optusHome', 20]], suburbs: [['PER', 100]] },
  AKL: { city: 'AKL', staff: 160, egress: [['sparkBiz', 1]], guestNet: 'sparkBiz', zs: 'AKL', mobile: [['onenzMobile', 40], ['sparkMobile', 40], ['twodegMobile', 20]], home: [['sparkHome', 40], ['onenzHome', 30], ['twodegHome', 30]], suburbs: [['AKL', 92], ['HLZ', 8]] },
  WLG: { city: 'WLG', staff: 70, egress: [['onenzBiz', 1]], guestNet: 'onenzBiz', zs: 'AKL', mobile: [['onenzMobile', 40], ['sparkMobile', 40], ['twodegMobile', 20]], home: [['sparkHome', 40], ['onenzHome', 30], ['twodegHome', 30]], suburbs: [['WLG', 85], ['CHC', 15]] },
};
export const REMOTE = [['CBR', 'SYD', 12], ['HBA', 'MEL', 8], ['ADL', 'MEL', 10], ['NCL', 'SYD', 8], ['OOL', 'BNE', 4], ['CHC', 'WLG', 3]];

const DEPTS = [['Tax', 30], ['Audit & Assurance', 18], ['Business Advisory', 14], ['Private Clients', 10], ['Corporate Finance', 5], ['Payroll Services', 6], ['Bookkeeping', 6], ['Finance', 3], ['People & Culture', 2], ['IT', 2], ['Marketing', 2], ['Risk & Quality', 2]];
const ROLES = [['Partner', 6], ['Director', 6], ['Senior Manager', 10], ['Manager', 14], ['Senior Accountant', 20], ['Accountant', 20], ['Graduate Accountant', 8], ['Executive Assistant', 4], ['Administration Officer', 4], ['Specialist', 8]];

function slug(s) { return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9-]/g, ''); }

export function buildTenant(rng) {
  const r = rng.fork('tenant');
  const book = new AddressBook(rng.fork('addresses'));
  const T = {
    tenantId: r.uuid(), name: TENANT_NAME, domain: DOMAIN,
    lockridgeTenant: r.uuid(), mspTenant: r.uuid(), attackerAppTenant: r.uuid(), clientTenants: [r.uuid(), r.uuid(), r.uuid(), r.uuid()],
    book, people: [], byUpn: new Map(), offices: {}, pools: {}, apps: {}, caIds: {}, resSp: new Map(),
  };
  for (const k of ['mfa', 'legacy', 'compliant', 'unmanaged', 'admins', 'risk']) T.caIds[k] = r.uuid();
  T.resSpId = (id) => { if (!T.resSp.has(id)) T.resSp.set(id, r.fork(`sp:${id}`).uuid()); return T.resSp.get(id); };

  // Tenant applications (enterprise apps and app registrations).
  const app = (key, name, owner = T.tenantId) => { T.apps[key] = { id: r.fork(`app:${key}`).uuid(), name, owner, objectId: r.fork(`appobj:${key}`).uuid(), spId: r.fork(`appsp:${key}`).uuid() }; };
  app('xero', 'Xero', r.fork('xo').uuid());
  app('xpm', 'Xero Practice Manager', T.apps.xero.owner);
  app('karbon', 'Karbon', r.fork('kb').uuid());
  app('fyi', 'FYI Docs', r.fork('fyi').uuid());
  app('docusign', 'DocuSign', r.fork('ds').uuid());
  app('adobe', 'Adobe Acrobat', r.fork('ad').uuid());
  app('zoom', 'Zoom', r.fork('zm').uuid());
  app('practiceSync', 'HQP Practice Sync');
  app('docAuto', 'HQP Document Automation');
  app('backup', 'Keepit for Microsoft 365', r.fork('kp').uuid());
  app('payroll', 'HQP Payroll Connector');
  app('reporting', 'HQP Power BI Refresh');

  // ---------------------------------------------------------------- networks shared by many people
  const take = (net, city, n, owner = 'benign') => { const a = []; for (let i = 0; i < n; i++) a.push(book.take(net, city, owner, { v6: false })); return a; };
  for (const [code, o] of Object.entries(OFFICES)) {
    T.offices[code] = { ...o, code, zone: PLACES[o.city].zone, ips: o.egress.flatMap(([net, n]) => take(net, o.city, n)), guestIp: take(o.guestNet, o.city, 1)[0] };
  }
  T.offices.MNL = { code: 'MNL', city: 'MKT', zone: 'PHT', ips: take('pldtBiz', 'MKT', 2), guestIp: take('pldtBiz', 'MKT', 1)[0] };
  T.offices.BLR = { code: 'BLR', city: 'BLR', zone: 'IST', ips: take('tataBiz', 'BLR', 2), guestIp: take('tataBiz', 'BLR', 1)[0] };
  const zsNodes = { SYD: 14, MEL: 10, AKL: 6, SIN: 8, HKG: 6, LON: 8 };
  T.pools.zscaler = {}; for (const [c, n] of Object.entries(zsNodes)) T.pools.zscaler[c] = take('zscaler', c, n);
  T.pools.netskope = { SYD: take('netskope', 'SYD', 6), MEL: take('netskope', 'MEL', 4), BOM: take('netskope', 'BOM', 3) };
  T.pools.avd = take('azure', 'SYD', 3);           // AVD host pool NAT gateway (H&Q subscription, Australia East)
  T.pools.w365 = take('azure', 'SYD', 6);          // Windows 365 Microsoft-hosted network egress, Australia East
  T.pools.azureFn = take('azure', 'SYD', 2);       // H&Q Azure Functions / Automation outbound
  T.pools.practiceSync = take('aws', 'SYD', 2);    // practice-management sync worker (AWS ap-southeast-2)
  T.pools.backup = take('azure', 'SYD', 4);        // backup vendor workers
  T.pools.msp = take('superloopBiz', 'SYD', 2);    // MSP office
  T.pools.viasat = take('viasat', 'CLD', 8);
  T.pools.mobile = {};
  const mobilePool = (net, city, n) => { const k = `${net}:${city}`; if (!T.pools.mobile[k]) T.pools.mobile[k] = take(net, city, n); return T.pools.mobile[k]; };
  T.mobilePool = mobilePool;
  T.pools.hotel = { SIN: take('singtel', 'SIN', 10), HKG: take('netvigator', 'HKG', 10), LON: take('btHome', 'LON', 10), AKL: take('sparkBiz', 'AKL', 4), WLG: take('onenzBiz', 'WLG', 3), PER: take('aussieBiz', 'PER', 3), SYD: take('telstraBiz', 'SYD', 4), MEL: take('telstraBiz', 'MEL', 3), DPS: take('telkomsel', 'DPS', 6), TYO: take('docomo', 'TYO', 6), NAN: take('vodafoneFj', 'NAN', 4) };
  T.pools.localSim = { SIN: take('starhub', 'SIN', 10), HKG: take('netvigator', 'HKG', 6), LON: take('vodafoneUk', 'LON', 10), DPS: take('telkomsel', 'DPS', 8), TYO: take('docomo', 'TYO', 8), NAN: take('vodafoneFj', 'NAN', 4) };
  // Client sites used for field work during the fortnight (guest Wi-Fi, many H&Q people on one address).
  T.clientSites = {
    pacificBrewing: { name: 'Pacific Brewing Co (Brisbane) guest Wi-Fi', city: 'BNE', ip: take('telstraBiz', 'BNE', 1)[0] },
    kauriTimber: { name: 'Kauri Timber Holdings (Auckland) guest Wi-Fi', city: 'AKL', ip: take('sparkBiz', 'AKL', 1)[0] },
    harbourside: { name: 'Harbourside Aged Care (Parramatta) guest Wi-Fi', city: 'PAR', ip: take('optusBiz', 'PAR', 1)[0] },
    westgate: { name: 'Westgate Logistics (Melbourne) guest Wi-Fi', city: 'MEL', ip: take('tpgBiz', 'MEL', 1)[0] },
  };
  T.namedNetworks = new Map();
  for (const o of Object.values(T.offices)) for (const ip of o.ips) T.namedNetworks.set(ip, [{ networkType: 'trustedNamedLocation', networkNames: [`HQP Office - ${PLACES[o.city].city}`] }]);
  for (const ips of Object.values(T.pools.zscaler)) for (const ip of ips) T.namedNetworks.set(ip, [{ networkType: 'trustedNamedLocation', networkNames: ['Zscaler ZIA egress'] }]);
  for (const ip of [...T.pools.avd]) T.namedNetworks.set(ip, [{ networkType: 'trustedNamedLocation', networkNames: ['HQP AVD NAT - Australia East'] }]);

  // ---------------------------------------------------------------- people
  const used = new Set();
  const mkUpn = (given, sur, dom, prefix = '') => {
    let base = `${prefix}${slug(given)}.${slug(sur)}`; let u = `${base}@${dom}`; let i = 2;
    while (used.has(u)) { u = `${base}${i}@${dom}`; i++; }
    used.add(u); return u;
  };
  let serial = 1000;
  const devId = () => r.uuid();
  const person = (p) => {
    const acct = { id: r.uuid(), userType: 'member', caExempt: false, legacyAllowed: false, admin: false, ...p };
    acct.upnLog = acct.upnLog || acct.upn.toLowerCase();
    T.people.push(acct); T.byUpn.set(acct.upnLog, acct);
    return acct;
  };
  const chromeVer = () => r.wpick([[153, 60], [152, 25], [154, 10], [151, 5]]);

  const makeStaff = (code, homeCity, kindTag = 'staff') => {
    const o = OFFICES[code];
    const given = r.pick(AU_GIVEN), sur = r.pick(AU_SURNAME);
    const nz = code === 'AKL' || code === 'WLG';
    const role = r.wpick(ROLES);
    const dept = role === 'Executive Assistant' || role === 'Administration Officer' ? r.wpick([['Tax', 3], ['Business Advisory', 2], ['Audit & Assurance', 2], ['People & Culture', 1]]) : r.wpick(DEPTS);
    const partnerish = role === 'Partner' || role === 'Director';
    const mac = partnerish ? r.chance(0.3) : (dept === 'Marketing' ? r.chance(0.7) : r.chance(0.05));
    const zone = PLACES[homeCity].zone;
    const homeNet = r.wpick(o.home);
    const mobileNet = r.wpick(o.mobile);
    const homeV6 = NETS[homeNet].v6 && r.chance(NETS[homeNet].v6[1]);
    serial++;
    const laptop = { id: devId(), name: `HQP-${code}-${mac ? 'MB' : 'LT'}${serial}`, os: mac ? 'macos' : 'windows', compliant: true, managed: true, trust: mac ? 'Azure AD registered' : 'Azure AD joined' };
    const corpPhone = partnerish || role === 'Senior Manager' ? r.chance(0.85) : r.chance(0.15);
    const hasPhone = r.chance(0.96);
    const ios = r.chance(corpPhone ? 0.85 : 0.62);
    const phoneRegistered = corpPhone || r.chance(0.8);
    const phone = hasPhone ? { id: phoneRegistered ? devId() : '', name: phoneRegistered ? (corpPhone ? `HQP-${code}-${ios ? 'IPH' : 'AND'}${serial}` : `${ios ? 'iPhone' : r.pick(['SM-S928B', 'Pixel 9', 'SM-A556E', 'CPH2581'])}`) : '', os: ios ? 'ios' : 'android', compliant: corpPhone, managed: corpPhone, trust: phoneRegistered ? 'Azure AD registered' : '' } : null;
    const acct = person({
      kind: kindTag, upn: mkUpn(given, sur, nz ? DOMAIN_NZ : DOMAIN), displayName: `${given} ${sur}`, given, surname: sur,
      office: code, city: homeCity, zone, role, dept, partner: partnerish,
      mfaMethod: r.wpick([['push', 86], ['otp', 6], ['sms', partnerish ? 12 : 4]]), phoneCc: nz ? '64' : '61', phoneTail: r.digits(2),
      laptop, phone, homePc: r.chance(0.06) ? { id: '', name: '', os: 'windows', compliant: false, managed: false, trust: '' } : null,
      homeNet, homeIp: book.take(homeNet, homeCity, 'benign', { v6: false }), homeV6: homeV6 ? book.v6Prefix(homeNet, homeCity, r) : null,
      mobileNet, mobileV6: NETS[mobileNet].v6 && r.chance(NETS[mobileNet].v6[1]) ? book.v6Prefix(mobileNet, homeCity, r) : null,
      zsForLogin: r.chance(0.68), officeDays: r.chance(0.15) ? 5 : r.chance(0.2) ? 2 : 3, chrome: chromeVer(), browserPref: r.wpick([['edge', 62], ['chrome', 35], ['firefox', 3]]),
      activity: Math.max(0.35, r.gauss(partnerish ? 1.15 : 1.0, 0.25)), startBias: r.gauss(0, 35), lateWorker: r.chance(0.28),
    });
    return acct;
  };

  for (const [code, o] of Object.entries(OFFICES)) for (let i = 0; i < o.staff; i++) makeStaff(code, r.wpick(o.suburbs));
  for (const [city, code, n] of REMOTE) for (let i = 0; i < n; i++) { const a = makeStaff(code, city); a.remote = true; a.officeDays = r.chance(0.3) ? 1 : 0; }

  // Manila processing centre (H&Q employees; work in AVD pooled hosts in Australia East)
  const mnl = T.offices.MNL;
  for (let i = 0; i < 125; i++) {
    const given = r.pick(PH_GIVEN), sur = r.pick(PH_SURNAME);
    serial++;
    const homeNet = r.wpick([['pldtHome', 50], ['convergeHome', 50]]);
    const deskAgent = i < 8;
    person({
      kind: 'manila', upn: mkUpn(given, sur, DOMAIN), displayName: `${given} ${sur}`, given, surname: sur, office: 'MNL', city: r.wpick([['MKT', 40], ['MNL', 30], ['QZN', 30]]), zone: 'PHT',
      role: deskAgent ? 'IT Service Desk Analyst' : r.wpick([['Processing Officer', 70], ['Senior Processing Officer', 20], ['Team Leader', 10]]), dept: deskAgent ? 'IT' : r.wpick([['Bookkeeping', 40], ['Tax', 35], ['Payroll Services', 25]]),
      mfaMethod: 'push', phoneCc: '63', phoneTail: r.digits(2), serviceDesk: deskAgent,
      laptop: { id: devId(), name: `HQP-MNL-DT${serial}`, os: 'windows', compliant: true, managed: true, trust: 'Azure AD joined' },
      phone: r.chance(0.7) ? { id: '', name: '', os: r.chance(0.45) ? 'ios' : 'android', compliant: false, managed: false, trust: '' } : null,
      homeNet, homeIp: book.take(homeNet, 'MNL', 'benign', { v6: false }), mobileNet: r.wpick([['globeMobile', 55], ['smartMobile', 45]]),
      shift: deskAgent ? r.pick(['early', 'mid', 'late']) : r.wpick([['early', 80], ['mid', 20]]), avdHost: `HQP-AVD-SH-${String(r.int(1, 24)).padStart(3, '0')}`,
      chrome: chromeVer(), browserPref: 'edge', activity: Math.max(0.5, r.gauss(1, 0.15)), startBias: r.gauss(0, 12),
    });
  }
  // Bengaluru outsourced bookkeeping team (vendor staff with H&Q member accounts; work only inside Windows 365 Cloud PCs)
  for (let i = 0; i < 85; i++) {
    const given = r.pick(IN_GIVEN), sur = r.pick(IN_SURNAME);
    serial++;
    const homeNet = r.wpick([['actHome', 55], ['airtelHome', 45]]);
    person({
      kind: 'blr', upn: mkUpn(given, sur, DOMAIN, 'ext.'), displayName: `${given} ${sur} (Kaveri Outsourcing)`, given, surname: sur, office: 'BLR', city: 'BLR', zone: 'IST',
      role: 'Bookkeeper (contractor)', dept: 'Bookkeeping', mfaMethod: 'push', phoneCc: '91', phoneTail: r.digits(2),
      laptop: { id: '', name: '', os: 'windows', compliant: false, managed: false, trust: '' },
      cloudPc: { id: devId(), name: `CPC-${slug(given).slice(0, 4)}-${r.alnum(5)}`, os: 'windows', compliant: true, managed: true, trust: 'Azure AD joined' },
      phone: r.chance(0.8) ? { id: '', name: '', os: 'android', compliant: false, managed: false, trust: '' } : null,
      homeNet, homeIp: book.take(homeNet, 'BLR', 'benign', { v6: false }), mobileNet: 'jioMobile', wfhShare: r.float() * 0.6,
      chrome: chromeVer(), browserPref: 'chrome', activity: Math.max(0.5, r.gauss(1, 0.15)), startBias: r.gauss(0, 15),
    });
  }

  // IT administrators' separate admin accounts (phishing-resistant MFA; PIM-eligible roles)
  const itStaff = T.people.filter((p) => p.kind === 'staff' && p.dept === 'IT' && p.office === 'SYD').slice(0, 4);
  const deskAgents = T.people.filter((p) => p.serviceDesk).slice(0, 4);
  T.admins = [];
  for (const base of [...itStaff, ...deskAgents]) {
    const a = person({
      kind: 'admin', upn: mkUpn(base.given, base.surname, DOMAIN, 'adm.'), displayName: `${base.displayName} (Admin)`, given: base.given, surname: base.surname, admin: true,
      office: base.office, city: base.city, zone: base.zone, role: base.serviceDesk ? 'Service Desk (Admin)' : 'IT Administrator (Admin)', dept: 'IT', base,
      mfaMethod: 'push', strongAuth: base.serviceDesk ? 'passkey' : 'fido', laptop: base.laptop, phone: null, homeNet: base.homeNet, homeIp: base.homeIp, homeV6: base.homeV6,
      pimRoles: base.serviceDesk ? ['Helpdesk Administrator', 'Authentication Administrator'] : ['Global Administrator', 'Privileged Role Administrator', 'Application Administrator', 'Exchange Administrator', 'Intune Administrator', 'Conditional Access Administrator'],
      chrome: base.chrome, browserPref: 'edge', activity: 1, startBias: base.startBias,
    });
    base.adminAccount = a; T.admins.push(a);
  }
  // Developers (in-house automation team)
  T.devs = T.people.filter((p) => p.kind === 'staff' && p.office === 'SYD' && p.laptop.os === 'windows' && p.dept === 'IT').slice(4, 7);
  const extraDevs = T.people.filter((p) => p.kind === 'staff' && p.office === 'MEL' && p.dept === 'Business Advisory' && p.role === 'Specialist' && p.laptop.os === 'windows').slice(0, 2);
  for (const d of [...T.devs, ...extraDevs]) { d.dev = true; if (!T.devs.includes(d)) T.devs.push(d); }

  // Break-glass accounts
  T.breakglass = [1, 2].map((n) => person({ kind: 'breakglass', upn: `bg-emergency0${n}@harrowquill.onmicrosoft.com`, displayName: `Break Glass 0${n}`, caExempt: true, admin: true, office: 'SYD', city: 'SYD', zone: 'AEDT', strongAuth: 'fido' }));
  // Service accounts
  T.svcScan = person({ kind: 'svc', upn: `svc-scan-relay@${DOMAIN}`, displayName: 'Scanner SMTP Relay', caExempt: true, legacyAllowed: true, office: 'SYD', city: 'SYD', zone: 'AEDT' });
  T.svcSync = person({ kind: 'svc', upn: `svc-practicesync@${DOMAIN}`, displayName: 'Practice Sync Service', caExempt: true, office: 'SYD', city: 'SYD', zone: 'AEDT' });
  person({ kind: 'svc', upn: `svc-payroll-export@${DOMAIN}`, displayName: 'Payroll Export (legacy)', caExempt: true, office: 'SYD', city: 'SYD', zone: 'AEDT', dormant: true });
  person({ kind: 'svc', upn: `svc-intune-enrol@${DOMAIN}`, displayName: 'Intune Bulk Enrolment', caExempt: true, office: 'SYD', city: 'SYD', zone: 'AEDT', dormant: true });
  // Teams Rooms (resource accounts signed in on Android / Windows room systems)
  T.rooms = [];
  const roomNames = { SYD: ['Harbour', 'Bridge', 'Circular Quay', 'Barangaroo', 'Pyrmont', 'Bondi', 'Manly', 'Coogee'], MEL: ['Yarra', 'Flinders', 'Southbank', 'Docklands', 'Fitzroy', 'St Kilda'], BNE: ['Kangaroo Point', 'South Bank', 'New Farm'], PER: ['Swan', 'Kings Park'], AKL: ['Waitemata', 'Rangitoto', 'Ponsonby'], WLG: ['Kelburn', 'Oriental Bay'], MNL: ['Makati', 'Bonifacio'] };
  for (const [code, names] of Object.entries(roomNames)) for (const n of names) {
    const dom = code === 'AKL' || code === 'WLG' ? DOMAIN_NZ : DOMAIN;
    const rm = person({ kind: 'room', upn: `mtr-${code.toLowerCase()}-${slug(n.replace(/\s+/g, '-'))}@${dom}`, displayName: `${PLACES[T.offices[code].city].city} - ${n} (Teams Room)`, caExempt: true, office: code, city: T.offices[code].city, zone: T.offices[code].zone,
      laptop: { id: devId(), name: `HQP-${code}-MTR-${slug(n).slice(0, 8).toUpperCase()}`, os: 'android', compliant: true, managed: true, trust: 'Azure AD registered' } });
    T.rooms.push(rm);
  }
  // Leavers (disabled accounts)
  T.leavers = [];
  for (let i = 0; i < 35; i++) {
    const code = r.wpick([['SYD', 40], ['MEL', 30], ['BNE', 15], ['AKL', 15]]);
    const given = r.pick(AU_GIVEN), sur = r.pick(AU_SURNAME);
    const nz = code === 'AKL';
    const l = person({ kind: 'leaver', disabled: true, upn: mkUpn(given, sur, nz ? DOMAIN_NZ : DOMAIN), displayName: `${given} ${sur}`, given, surname: sur, office: code, city: OFFICES[code].city, zone: PLACES[OFFICES[code].city].zone,
      mobileNet: r.wpick(OFFICES[code].mobile), phone: { id: '', name: '', os: r.chance(0.6) ? 'ios' : 'android', compliant: false, managed: false, trust: '' }, lingering: i < 7 });
    T.leavers.push(l);
  }
  // New starters (tax-time seasonal staff and a graduate intake), created Fri 16 Oct, start Mon 19 Oct
  T.newStarters = [];
  for (const [code, n] of [['SYD', 22], ['MEL', 10], ['BNE', 6], ['PER', 4], ['AKL', 4]]) for (let i = 0; i < n; i++) {
    const a = makeStaff(code, OFFICES[code].city, 'staff');
    a.newStarter = true; a.role = i < n / 2 ? 'Graduate Accountant' : 'Seasonal Tax Accountant'; a.dept = 'Tax'; a.partner = false;
    a.mfaRegistered = false; a.startDay = '2026-10-19'; a.officeDays = 5;
    T.newStarters.push(a);
  }

  // Guests: Lockridge Sterling (external auditors, audit season), client finance contacts, a few personal accounts
  T.lockridge = [];
  for (let i = 0; i < 36; i++) {
    const given = i >= 32 ? r.pick(IN_GIVEN) : r.pick(AU_GIVEN), sur = i >= 32 ? r.pick(IN_SURNAME) : r.pick(AU_SURNAME);
    const email = `${slug(given)[0]}${slug(sur)}@lockridgesterling.com.au`;
    const city = i >= 32 ? 'BLR' : r.wpick([['SYD', 60], ['MEL', 40]]);
    const homeNet = i >= 32 ? 'actHome' : r.wpick([['telstraHome', 40], ['optusHome', 30], ['aussieHome', 30]]);
    const g = person({ kind: 'guest', userType: 'guest', upn: `${email.replace('@', '_')}#EXT#@${DOMAIN}`, upnLog: email, displayName: `${given} ${sur} (Lockridge Sterling)`, given, surname: sur,
      homeTenantId: T.lockridgeTenant, homeTenantName: '', firm: 'lockridge', city, zone: PLACES[city].zone, office: city === 'BLR' ? 'BLR' : city,
      egress: i >= 32 ? 'BOM' : city, homeNet, homeIp: book.take(homeNet, city === 'BLR' ? 'BLR' : city, 'benign', { v6: false }), active: i < 30, chrome: chromeVer(), browserPref: 'edge',
      laptop: { id: '', name: '', os: 'windows', compliant: false, managed: false, trust: '' }, activity: 1, startBias: r.gauss(0, 25) });
    T.lockridge.push(g);
  }
  T.clientGuests = [];
  const clientDomains = [['pacificbrewing.com.au', 0, 'BNE'], ['kauritimber.co.nz', 1, 'AKL'], ['harbourside.org.au', 2, 'PAR'], ['westgatelogistics.com.au', 3, 'MEL']];
  for (let i = 0; i < 40; i++) {
    const [dom, ti, city] = clientDomains[i % 4];
    const given = r.pick(AU_GIVEN), sur = r.pick(AU_SURNAME);
    const email = `${slug(given)}.${slug(sur)}@${dom}`;
    const net = city === 'AKL' ? 'sparkBiz' : 'telstraBiz';
    person({ kind: 'guest', userType: 'guest', upn: `${email.replace('@', '_')}#EXT#@${DOMAIN}`, upnLog: email, displayName: `${given} ${sur}`, given, surname: sur,
      homeTenantId: T.clientTenants[ti], homeTenantName: '', firm: 'client', city, zone: PLACES[city].zone, office: city, clientIp: book.take(net, city, 'benign', { v6: false }), active: r.chance(0.3),
      laptop: { id: '', name: '', os: 'windows', compliant: false, managed: false, trust: '' }, chrome: chromeVer(), browserPref: 'edge', activity: 0.3, startBias: 0 });
  }
  // MSP engineers acting through GDAP (no object in this tenant; sign-ins carry crossTenantAccessType serviceProvider)
  T.msp = [];
  for (let i = 0; i < 6; i++) {
    const given = r.pick(AU_GIVEN), sur = r.pick(AU_SURNAME);
    const m = person({ kind: 'msp', upn: `${slug(given)[0]}${slug(sur)}@southerncrossit.com.au`, displayName: `${given} ${sur}`, given, surname: sur, homeTenantId: T.mspTenant, homeTenantName: 'Southern Cross Managed IT',
      city: 'SYD', zone: 'AEDT', office: 'MSP', homeNet: 'telstraHome', homeIp: book.take('telstraHome', r.pick(['SYD', 'PAR']), 'benign', { v6: false }), onCall: i % 3,
      laptop: { id: '', name: '', os: 'windows', compliant: false, managed: false, trust: '' }, chrome: chromeVer(), browserPref: 'edge', activity: 1, startBias: 0 });
    T.msp.push(m);
  }
  T.mspPersonalGuests = [];
  T.msaGuests = [];
  for (let i = 0; i < 5; i++) {
    const given = r.pick(AU_GIVEN), sur = r.pick(AU_SURNAME);
    const email = `${slug(given)}.${slug(sur)}${r.int(10, 99)}@outlook.com`;
    T.msaGuests.push(person({ kind: 'guest', userType: 'guest', upn: `${email.replace('@', '_')}#EXT#@${DOMAIN}`, upnLog: email, displayName: `${given} ${sur}`, homeTenantId: MSA_TENANT, firm: 'msa', active: false, city: 'SYD', zone: 'AEDT' }));
  }

  T.staff = T.people.filter((p) => p.kind === 'staff');
  for (const p of r.shuffle(T.staff.filter((x) => x.phone && x.phone.os === 'android' && !x.newStarter)).slice(0, 6)) p.easMail = true;
  T.pools.vpn = take('packethub', 'SYD', 5);   // consumer VPN (NordVPN) exits used on a few personal phones at home
  for (const p of r.shuffle(T.staff.filter((x) => x.phone && !x.newStarter && ['SYD', 'MEL', 'BNE'].includes(x.office))).slice(0, 9)) p.vpnPhone = true;
  return T;
}
