// The tenant: Boreal Pacific Airways — people, their homes, devices, phones, and the tenant's own apps.
import { FIRST, LAST } from './names.mjs';
import { HOME_ISPS, MOBILE_CA, net } from './networks.mjs';

export const DOMAIN = 'borealpacific.aero';

const ROLES = [
  // role, count, base choices [city, weight], home cities by base
  ['pilot', 330], ['cabin', 760], ['ground', 430], ['mx', 190], ['mxc', 55], ['hq', 330], ['it', 45], ['desk', 14],
];
const OUTSTATIONS = [['LHR', 25], ['FRA', 15], ['NRT', 15], ['HKG', 12], ['SYD', 10], ['LAX', 10], ['MEX', 8], ['GRU', 8], ['DEL', 7]];
const HOMES = {
  YYZ: [[40, 'TOR'], [20, 'BRA'], [15, 'OAK'], [10, 'YYZ'], [8, 'HAM'], [3, 'OTT']],
  YVR: [[40, 'VAN'], [25, 'BUR'], [20, 'SUR'], [10, 'YVR'], [5, 'VIC']],
};
// flight crew who commute to their base from another city
const COMMUTE = { YYZ: [[5, 'YUL'], [4, 'YHZ'], [3, 'OTT'], [3, 'YYC'], [2, 'WPG'], [1, 'PHX']], YVR: [[5, 'YYC'], [4, 'KEL'], [3, 'EDM'], [2, 'VIC'], [1, 'SEA']] };

export function buildTenant(rng) {
  const tenant = { id: rng.uuid(), name: 'Boreal Pacific Airways', domain: DOMAIN, onmicrosoft: 'borealpacific.onmicrosoft.com' };
  const used = new Set();
  const users = [];
  const mkName = () => {
    for (;;) {
      const f = rng.pick(FIRST), l = rng.pick(LAST);
      let base = `${f}.${l}`.toLowerCase().replace(/[^a-z.-]/g, '');
      let upn = `${base}@${DOMAIN}`, n = 2;
      while (used.has(upn)) upn = `${base}${n++}@${DOMAIN}`;
      used.add(upn);
      return { given: f, surname: l, displayName: `${f} ${l}`, upn };
    }
  };
  const person = (role, extra = {}) => {
    const nm = mkName();
    const u = { id: rng.uuid(), ...nm, role, userType: 'member', homeTenantId: tenant.id, homeTenantName: tenant.name, ...extra };
    users.push(u);
    return u;
  };
  for (const [role, count] of ROLES) {
    for (let i = 0; i < count; i++) {
      let base;
      if (role === 'pilot' || role === 'cabin') base = rng.chance(0.6) ? 'YYZ' : 'YVR';
      else if (role === 'ground') base = i < 200 ? 'YYZ' : i < 320 ? 'YVR' : null;
      else if (role === 'mx' || role === 'mxc') base = rng.chance(0.63) ? 'YYZ' : 'YVR';
      else if (role === 'hq') base = rng.weighted([[250, 'YYZ'], [40, 'VAN'], [20, 'YUL'], [20, 'LON']]);
      else if (role === 'it') base = rng.weighted([[38, 'YYZ'], [7, 'VAN']]);
      else base = 'MNL';
      if (role === 'ground' && !base) {
        let k = i - 320; for (const [st, n] of OUTSTATIONS) { if (k < n) { base = st; break; } k -= n; }
      }
      let home;
      if (role === 'desk') home = 'MNL';
      else if (role === 'mxc') home = rng.chance(0.3) ? 'HYD' : rng.weighted(HOMES[base === 'YYZ' ? 'YYZ' : 'YVR']);
      else if (HOMES[base === 'VAN' ? 'YVR' : base]) {
        const b = base === 'VAN' ? 'YVR' : base;
        home = (role === 'pilot' && rng.chance(0.18)) || (role === 'cabin' && rng.chance(0.08)) ? rng.weighted(COMMUTE[b]) : rng.weighted(HOMES[b]);
      } else home = base === 'YUL' ? 'YUL' : base === 'LON' ? 'LON' : base === 'LHR' ? rng.pick(['LON', 'LHR']) : base;
      const u = person(role, { base, home });
      if (role === 'mxc') { u.upn = u.upn.replace('@', '.ext@'); u.displayName += ' (Northline Aero - Contractor)'; }
    }
  }
  // IT: some of them hold separate admin accounts
  const itStaff = users.filter((u) => u.role === 'it');
  const admins = [];
  for (const owner of itStaff.slice(0, 12)) {
    const a = { id: rng.uuid(), given: owner.given, surname: owner.surname, displayName: `${owner.displayName} (Admin)`, upn: `adm.${owner.upn}`, role: 'admin', userType: 'member', homeTenantId: tenant.id, homeTenantName: tenant.name, base: owner.base, home: owner.home, owner };
    owner.adminAccount = a; admins.push(a); users.push(a);
  }
  // service, room, break-glass and test accounts
  const svc = (local, displayName, kind, extra = {}) => { const u = { id: rng.uuid(), given: '', surname: '', displayName, upn: `${local}@${DOMAIN}`, role: 'svc', kind, userType: 'member', homeTenantId: tenant.id, homeTenantName: tenant.name, base: 'YYZ', home: 'YYZ', ...extra }; users.push(u); return u; };
  svc('scan.yyz-hq', 'Scan to Email - HQ Mississauga', 'scanner', { net: 'hq' });
  svc('scan.yyz-hangar', 'Scan to Email - YYZ Hangar 4', 'scanner', { net: 'yyz-hangar' });
  svc('scan.yvr-hangar', 'Scan to Email - YVR Hangar', 'scanner', { net: 'yvr-hangar' });
  svc('svc.crewsync', 'Crew Roster Sync (Service)', 'ropc', { net: 'aws-crew' });
  svc('svc.opsalerts', 'Ops Alerts Mailbox Poller', 'imap', { net: 'azure-auto' });
  svc('svc.teamsrooms-admin', 'Teams Rooms Provisioning', 'none');
  svc('breakglass01', 'Break Glass 01', 'breakglass');
  svc('breakglass02', 'Break Glass 02', 'breakglass');
  svc('crewtraining.test', 'Crew Training Test Account', 'test');
  svc('cargo.bookings', 'Cargo Bookings', 'shared');
  svc('ir.investors', 'Investor Relations', 'shared');
  for (const [room, city] of [['room.yyz-hq-4.01', 'YYZ'], ['room.yyz-hq-4.02', 'YYZ'], ['room.yyz-hq-5.10', 'YYZ'], ['room.yyz-ops-centre', 'YYZ'], ['room.yvr-crewbase', 'YVR'], ['room.van-office-12', 'VAN'], ['room.yul-office', 'YUL'], ['room.lon-office', 'LON']]) {
    svc(room, `Meeting Room ${room.slice(5).toUpperCase()}`, 'room', { base: city, net: { YYZ: 'hq', YVR: 'yvr-ops', VAN: 'van-office', YUL: 'yul-office', LON: 'lon-office' }[city] });
  }
  // guests: partner orgs, each its own home tenant
  const partners = [
    ['northgateaudit.com', 'audit-tor', 12, 'TOR'], ['aerolease-partners.ie', 'eir-dub', 8, 'DUB'], ['cascadia-aero.com', 'cascadia-sea', 10, 'SEA'],
    ['skyhaul-cargo.com', 'comcast-chi', 8, 'CHI'], ['gatewayhandling.co.uk', 'bt-lon', 10, 'LON'], ['pacificcatering.jp', 'ntt-tyo', 6, 'TYO'],
    ['travelwise-agency.com', 'comcast-bos', 8, 'BOS'], ['alliance-codeshare.de', 'dtag-fra', 8, 'FRA'],
  ];
  for (const [dom, nk, n, city] of partners) {
    const ptid = rng.uuid();
    for (let i = 0; i < n; i++) {
      const nm = mkName();
      const local = nm.upn.split('@')[0];
      users.push({ id: rng.uuid(), given: nm.given, surname: nm.surname, displayName: nm.displayName, upn: `${local}@${dom}`, role: 'guest', userType: 'guest', homeTenantId: ptid, homeTenantName: '', base: city, home: city, net: nk, partner: dom });
    }
  }
  // per-person home network, home IP, phone, devices, MFA method
  for (const u of users) {
    if (u.role === 'svc' || u.role === 'admin') continue;
    const isps = HOME_ISPS[u.home] || ['rogers-tor'];
    u.homeNet = u.net || rng.pick(isps);
    u.homeIpIdx = rng.int(0, 1e6);
    u.canadian = net(u.homeNet).loc.countryOrRegion === 'CA' || ['pilot', 'cabin'].includes(u.role);
    u.mobileNet = u.canadian ? rng.pick(MOBILE_CA) : u.homeNet === 'eir-dub' ? 'eir-dub' : (u.homeNet.includes('lon') ? 'ee-gb' : u.homeNet);
    u.mobileIdx = rng.int(0, 1e6);
    u.phoneOs = rng.chance(0.62) ? 'Ios' : 'Android';
    u.phoneDev = rng.chance(0.55) ? { id: rng.uuid(), name: u.phoneOs === 'Ios' ? 'iPhone' : rng.pick(['Pixel 8', 'Galaxy S24', 'Galaxy A54', 'Pixel 7a']), os: u.phoneOs === 'Ios' ? 'Ios' : 'Android', compliant: true, managed: true, trust: 'Workplace' } : null;
    u.mfaMethod = rng.weighted([[78, 'Mobile app notification'], [12, 'Text message'], [6, 'OATH verification code'], [4, 'Windows Hello for Business']]);
    u.phone = `+1 XXXXXXXX${rng.int(10, 99)}`;
    u.relay = u.phoneOs === 'Ios' && rng.chance(0.12);
  }
  for (const a of admins) {
    Object.assign(a, { homeNet: a.owner.homeNet, homeIpIdx: a.owner.homeIpIdx, mobileNet: a.owner.mobileNet, mobileIdx: a.owner.mobileIdx, mfaMethod: 'Passkey', phone: a.owner.phone });
  }
  return { tenant, users, admins };
}

/** The tenant's own and SaaS applications ([appId, displayName, owner tenant]). */
export function tenantApps(rng, tenant) {
  const own = (name) => [rng.uuid(), name, tenant.id];
  const saas = (name) => [rng.uuid(), name, rng.uuid()];
  return {
    crewHub: own('Boreal CrewHub'), rampOps: own('Boreal RampOps'), crewSync: own('Crew Roster Sync Connector'),
    payroll: own('BP-Payroll-Connector'), keyRotation: own('BP-KeyRotation'), opsPortal: own('Boreal Partner Ops Portal'),
    amos: saas('AMOS Maintenance (Swiss-AS)'), workday: saas('Workday'), servicenow: saas('ServiceNow'), concur: saas('SAP Concur'),
    salesforce: saas('Salesforce'), zoom: saas('Zoom'), docusign: saas('DocuSign'), miro: saas('Miro'), veeam: saas('Veeam Backup for Microsoft 365'),
  };
}
