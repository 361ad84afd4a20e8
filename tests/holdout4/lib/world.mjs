// The tenant "Harbour & Rail Logistics": sites, people, devices, apps, service principals.
import { Geo, HOME_ISPS, MOBILE_NETS, city } from './geo.mjs';
import { People, laptop, phone } from './people.mjs';
import { CUSTOM_APPS, CONSENT_APPS, CA, RES } from './catalog.mjs';
import { T0, DAY, HOUR } from './clock.mjs';

export const DOMAIN = 'harbourrail.example';

const SITES = {
  rtm: { name: 'Rotterdam HQ', city: 'rotterdam', net: 'corp-rtm', cc: 'NL', nat: 6, homes: [['rotterdam', 5], ['schiedam', 2], ['delft', 2], ['dordrecht', 2], ['zoetermeer', 1], ['denhaag', 2]] },
  ven: { name: 'DC Venlo', city: 'venlo', net: 'corp-ven', cc: 'NL', nat: 4, homes: [['venlo', 6], ['roermond', 2], ['eindhoven', 1], ['nijmegen', 1]] },
  dui: { name: 'DC Duisburg', city: 'duisburg', net: 'corp-dui', cc: 'DE', nat: 3, homes: [['duisburg', 5], ['oberhausen', 2], ['moers', 2], ['essen', 1], ['duesseldorf', 1]] },
  poz: { name: 'DC Poznań', city: 'poznan', net: 'corp-poz', cc: 'PL', nat: 3, homes: [['poznan', 6], ['gniezno', 1], ['konin', 1]] },
  zgz: { name: 'DC Zaragoza', city: 'zaragoza', net: 'corp-zgz', cc: 'ES', nat: 2, homes: [['zaragoza', 6], ['huesca', 1]] },
  ham: { name: 'Hamburg office', city: 'hamburg', net: 'corp-ham', cc: 'DE', nat: 2, homes: [['hamburg', 5], ['bremen', 1]] },
  mad: { name: 'Madrid office', city: 'madrid', net: 'corp-mad', cc: 'ES', nat: 2, homes: [['madrid', 4], ['getafe', 1]] },
  waw: { name: 'Warsaw office', city: 'warszawa', net: 'corp-waw', cc: 'PL', nat: 2, homes: [['warszawa', 5], ['lodz', 1]] },
  lyo: { name: 'Lyon office', city: 'lyon', net: 'corp-lyo', cc: 'FR', nat: 1, homes: [['lyon', 3], ['villeurbanne', 1]] },
  lis: { name: 'Lisbon contact centre', city: 'lisboa', net: 'corp-lis', cc: 'PT', nat: 3, homes: [['lisboa', 4], ['amadora', 2], ['almada', 2], ['sintra', 1]] },
};

const TITLES = {
  warehouse: ['Warehouse Operative', 'Order Picker', 'Forklift Operator', 'Inventory Clerk', 'Loader', 'Returns Operative'],
  lead: ['Shift Team Lead', 'Warehouse Supervisor'],
  driver: ['HGV Driver', 'Long-haul Driver', 'Delivery Driver'],
  cc: ['Customer Service Agent', 'Customer Service Agent', 'Senior Customer Service Agent'],
  office: ['Logistics Planner', 'Transport Planner', 'Financial Controller', 'Accounts Payable Clerk', 'HR Advisor', 'Procurement Specialist', 'Customs Specialist', 'Payroll Specialist', 'Business Analyst', 'Office Manager', 'Quality Manager', 'Legal Counsel', 'Marketing Specialist'],
  sales: ['Account Manager', 'Key Account Manager', 'Sales Executive', 'Business Development Manager'],
};

export function buildWorld(rng) {
  const geo = new Geo();
  const r = rng.fork('world');
  const tenant = { id: r.guid(), name: 'Harbour & Rail Logistics', domain: DOMAIN };
  const ppl = new People(r.fork('names'), DOMAIN);
  const w = { tenant, geo, sites: {}, users: [], byUpn: new Map(), personas: {}, apps: {}, sps: {}, mis: [], guests: [], rooms: [], svc: {}, it: {}, caIds: {}, resSps: new Map() };

  for (const p of CA) w.caIds[p.key] = { id: r.guid(), displayName: p.displayName };
  w.resSp = (id) => { if (!w.resSps.has(id)) w.resSps.set(id, r.fork('res:' + id).guid()); return w.resSps.get(id); };

  // sites and their NAT pools, guest Wi-Fi, kiosks and scanners
  for (const [k, s] of Object.entries(SITES)) {
    const site = { key: k, ...s, ips: [] };
    for (let i = 0; i < s.nat; i++) site.ips.push(geo.alloc(r, s.net, s.city));
    site.guestWifi = geo.alloc(r, s.net, s.city);
    w.sites[k] = site;
  }
  w.dcIps = [0, 1, 2, 3, 4, 5].map(() => geo.alloc(r, 'corp-dc', 'venlo'));
  w.avdIps = [0, 1, 2, 3].map(() => geo.alloc(r, 'avd-we', 'amsterdam'));
  w.avdHosts = [];
  for (let i = 0; i < 14; i++) w.avdHosts.push({ id: r.guid(), displayName: `HRL-AVD-WE-${String(i).padStart(2, '0')}`, os: 'Windows10', browser: 'Edge 122.0.0', compliant: true, managed: true, trustType: 'Hybrid Azure AD joined', kind: 'avd' });
  for (const k of ['ven', 'dui', 'poz', 'zgz']) {
    const site = w.sites[k];
    const nk = { ven: 20, dui: 16, poz: 14, zgz: 9 }[k];
    const ns = { ven: 70, dui: 55, poz: 50, zgz: 30 }[k];
    site.kiosks = []; site.scanners = [];
    for (let i = 1; i <= nk; i++) site.kiosks.push({ id: r.guid(), displayName: `HRL-KSK-${k.toUpperCase()}-${String(i).padStart(2, '0')}`, os: 'Windows10', browser: 'Edge 122.0.0', compliant: true, managed: true, trustType: 'Azure AD joined', kind: 'kiosk' });
    for (let i = 1; i <= ns; i++) site.scanners.push({ id: r.guid(), displayName: `HRL-SCN-${k.toUpperCase()}-${String(i).padStart(3, '0')}`, model: 'TC58', os: 'Android', browser: '', compliant: true, managed: true, trustType: 'Azure AD registered', kind: 'scanner' });
  }
  // thin clients in the Lisbon contact centre
  w.sites.lis.thin = [];
  for (let i = 1; i <= 70; i++) w.sites.lis.thin.push({ id: r.guid(), displayName: `HRL-TC-LIS-${String(i).padStart(3, '0')}`, os: 'Windows10', browser: 'Edge 122.0.0', compliant: true, managed: true, trustType: 'Hybrid Azure AD joined', kind: 'thin' });

  // apps
  for (const [key, name, kind] of CUSTOM_APPS) {
    w.apps[key] = { key, name, id: r.guid(), spId: r.guid(), kind, client: kind === 'native' ? 'Mobile Apps and Desktop clients' : 'Browser', res: null, creds: [], owners: [] };
  }
  for (const a of Object.values(w.apps)) a.res = { name: a.name, id: a.id };
  w.apps.scan.res = w.apps.wmsApi.res;
  w.apps.driver.res = w.apps.driverApi.res;
  w.consentApps = {};
  for (const [key, name, scopes] of CONSENT_APPS) w.consentApps[key] = { key, name, id: r.guid(), spId: r.guid(), scopes, client: 'Browser', res: RES.graph, inTenant: r.chance(0.5) };

  // ---- people -------------------------------------------------------------------------
  const mkUser = (persona, siteKey, opts = {}) => {
    const site = w.sites[siteKey];
    const cc = opts.cc || site.cc;
    const nm = ppl.name(cc);
    const nick = opts.nick ? ppl.reserve(opts.nick) : ppl.nick(nm.given, nm.last);
    const homeCity = opts.homeCity || r.weighted(site.homes);
    const homeCc = city(homeCity).cc;
    const homeNet = r.weighted(HOME_ISPS[homeCc] || HOME_ISPS.NL);
    const mobCc = opts.mobCc || cc;
    const u = {
      id: r.guid(), nick, upn: `${nick}@${DOMAIN}`, name: opts.display || nm.display, given: nm.given, last: nm.last,
      cc, persona, site: siteKey, city: homeCity, tz: city(homeCity).tz, title: opts.title || '', dept: opts.dept || '',
      homeNet, homeIp: geo.alloc(r, homeNet, r.chance(0.8) ? homeCity : undefined),
      mobNet: r.weighted(MOBILE_NETS[mobCc] || MOBILE_NETS.NL),
      mfa: opts.mfa || r.weighted([['push', 80], ['sms', 14], ['otp', 6]]),
      phoneNo: `+${{ NL: 31, DE: 49, PL: 48, ES: 34, PT: 351, FR: 33 }[cc] || 31} XXXXXXX${r.int(10, 99)}`,
    };
    u.logUpn = u.upn.toLowerCase();
    // broadband address renewals
    if (r.chance(0.15)) { u.homeIp2 = geo.alloc(r, homeNet, homeCity); u.homeSwitch = T0 + r.int(1, 12) * DAY + r.int(0, 23) * HOUR; }
    u.homeAt = (t) => (u.homeIp2 && t >= u.homeSwitch ? u.homeIp2 : u.homeIp);
    w.users.push(u);
    w.byUpn.set(u.upn, u);
    (w.personas[persona] ||= []).push(u);
    return u;
  };
  w.mkUser = mkUser;

  // warehouse: Venlo and Duisburg employ many Polish agency workers who keep Polish SIMs
  const WH = { ven: 290, dui: 240, poz: 220, zgz: 130 };
  for (const [k, n] of Object.entries(WH)) {
    for (let i = 0; i < n; i++) {
      const polish = (k === 'ven' || k === 'dui') && r.chance(0.22);
      const lead = r.chance(0.08);
      const u = mkUser('warehouse', k, { cc: polish ? 'PL' : undefined, mobCc: polish ? 'PL' : undefined, title: r.pick(lead ? TITLES.lead : TITLES.warehouse), dept: 'Warehouse Operations', mfa: r.weighted([['sms', 55], ['push', 45]]) });
      u.lead = lead;
      u.crew = r.weighted([['EL', 38], ['LE', 37], ['N', 25]]);
      u.offDays = r.chance(0.7) ? [5, 6] : r.pick([[1, 6], [2, 6], [3, 6], [0, 6], [4, 5]]);
      u.kioskUser = lead || r.chance(0.3);
      u.scannerUser = r.chance(0.2);
      u.rosterHome = r.chance(0.25);
      u.phoneMail = lead ? r.chance(0.8) : r.chance(0.05);
      u.mfaRegistered = lead || u.rosterHome || u.phoneMail || r.chance(0.5);
      if (u.rosterHome || u.phoneMail) u.phone = phone(r, { managed: false });
    }
  }
  // drivers
  const DR = [['ven', 'NL', 50], ['rtm', 'NL', 20], ['dui', 'DE', 65], ['poz', 'PL', 70], ['zgz', 'ES', 25]];
  for (const [k, cc, n] of DR) {
    for (let i = 0; i < n; i++) {
      const u = mkUser('driver', k, { cc, title: r.pick(TITLES.driver), dept: 'Transport', mfa: 'push' });
      u.phone = phone(r, { ios: false, managed: true, android: [['SM-G556B', 'Galaxy XCover7']] });
      u.phone.displayName = `HRL-DRV-${r.int(1000, 9999)}`;
      u.route = cc === 'PL' ? r.weighted([['longhaul', 70], ['regional', 30]]) : r.weighted([['regional', 55], ['crossborder', 45]]);
      u.outlook = r.chance(0.45);
      u.teams = r.chance(0.2);
    }
  }
  // contact centre
  const CCS = [['lis', 'PT', 95, 'office'], ['lis', 'PT', 48, 'home'], ['lis', 'PT', 15, 'porto'], ['waw', 'PL', 22, 'home']];
  for (const [k, cc, n, mode] of CCS) {
    for (let i = 0; i < n; i++) {
      const u = mkUser('cc', k, { cc, title: r.pick(TITLES.cc), dept: 'Customer Service', homeCity: mode === 'porto' ? 'porto' : undefined, mfa: r.weighted([['push', 70], ['sms', 30]]) });
      u.ccMode = mode === 'porto' ? 'home' : mode;
      u.shift = r.pick([8, 10, 12, 14]);
      u.offDays = r.pick([[5, 6], [6, 0], [0, 1], [2, 6], [3, 6], [5, 6]]);
      u.homePc = { id: '', displayName: '', os: 'Windows10', browser: 'Rich Client 1.2.5105', compliant: false, managed: false, trustType: '', kind: 'none' };
      if (r.chance(0.5)) u.phone = phone(r, { managed: false });
    }
  }
  // office staff
  const OF = { rtm: 170, ham: 35, mad: 30, waw: 35, ven: 30, dui: 15, poz: 10, zgz: 5 };
  for (const [k, n] of Object.entries(OF)) {
    for (let i = 0; i < n; i++) {
      const u = mkUser('office', k, { title: r.pick(TITLES.office) });
      u.dept = /Financ|Account|Payroll/.test(u.title) ? 'Finance' : /HR/.test(u.title) ? 'Human Resources' : /Planner|Customs|Procure/.test(u.title) ? 'Logistics' : 'Corporate';
      u.laptop = laptop(r, r.chance(0.12) ? 'mac' : 'win');
      if (r.chance(0.75)) u.phone = phone(r, { managed: r.chance(0.4) });
      u.homeDays = r.sample([0, 1, 2, 3, 4], r.weighted([[1, 30], [2, 50], [0, 10], [3, 10]]));
      u.saas = r.sample(['sap', 'fiori', 'workday', 'concur', 'transporeon', 'yard', 'pbi'], r.int(1, 3));
    }
  }
  // sales force
  const SA = { rtm: 40, ham: 35, mad: 30, waw: 20, lyo: 15 };
  for (const [k, n] of Object.entries(SA)) {
    for (let i = 0; i < n; i++) {
      const u = mkUser('sales', k, { title: r.pick(TITLES.sales), dept: 'Sales' });
      u.laptop = laptop(r, 'win');
      u.phone = phone(r, { managed: true, ios: r.chance(0.7) });
      u.trips = [];
    }
  }
  // executives
  const EX = ['Chief Executive Officer', 'Chief Financial Officer', 'Chief Operating Officer', 'Chief Commercial Officer', 'Chief Information Officer', 'Chief People Officer', 'VP Warehousing', 'VP Transport', 'VP Sales Europe', 'General Counsel', 'Director Strategy', 'Executive Assistant', 'Executive Assistant', 'Director Customer Service'];
  for (const title of EX) {
    const u = mkUser('exec', 'rtm', { title, dept: 'Executive' });
    u.laptop = laptop(r, r.chance(0.3) ? 'mac' : 'win');
    u.phone = phone(r, { managed: true, ios: true });
    u.homeDays = [4];
    u.trips = [];
  }
  // IT
  const IT = [['helpdesk', 'rtm', 6], ['helpdesk', 'poz', 4], ['dev', 'rtm', 10], ['dev', 'poz', 8], ['ops', 'rtm', 6], ['identity', 'rtm', 4], ['sec', 'rtm', 5], ['sec', 'poz', 2]];
  const ITT = { helpdesk: 'Service Desk Analyst', dev: 'Software Engineer', ops: 'Cloud Engineer', identity: 'Identity & Access Engineer', sec: 'Security Analyst' };
  for (const [role, k, n] of IT) {
    for (let i = 0; i < n; i++) {
      const u = mkUser('it', k, { title: ITT[role], dept: 'IT', mfa: r.weighted([['push', 85], ['otp', 15]]) });
      u.itRole = role;
      u.admin = role !== 'dev';
      u.laptop = laptop(r, role === 'dev' && r.chance(0.3) ? 'mac' : 'win', 'WS');
      u.phone = phone(r, { managed: true });
      u.homeDays = r.sample([0, 1, 2, 3, 4], 2);
      u.fido = role === 'identity' || role === 'ops' ? r.chance(0.6) : false;
      (w.it[role] ||= []).push(u);
    }
  }
  // app owners
  w.apps.carrierApi.owners = [w.it.dev[0], w.it.dev[1]];
  w.apps.customs.owners = [w.it.dev[2]];
  w.apps.edi.owners = [w.it.dev[3], w.it.ops[0]];
  w.apps.wmsApi.owners = [w.it.dev[4]];
  w.apps.driverApi.owners = [w.it.dev[5]];
  w.apps.yard.owners = [w.it.dev[6]];

  // external contractor developers (member accounts, "ext." prefix), excluded from MFA as vendors
  w.contractors = [];
  for (let i = 0; i < 4; i++) {
    const u = mkUser('it', i < 2 ? 'rtm' : 'poz', { title: 'External Developer (Contractor)', dept: 'IT', mfa: 'sms' });
    u.itRole = 'contractor';
    u.upn = `ext.${u.nick}@${DOMAIN}`; u.logUpn = u.upn.toLowerCase(); w.byUpn.set(u.upn, u);
    u.name = `${u.name} (Contractor)`;
    u.laptop = { id: '', displayName: '', os: 'Windows10', browser: 'Chrome 122.0.0', compliant: false, managed: false, trustType: '', kind: 'none' };
    u.homeDays = [0, 1, 2, 3, 4];
    u.noMfaPolicy = true;
    w.contractors.push(u);
  }
  w.apps.customs.owners.push(w.contractors[0]);

  // service accounts (user objects)
  const svc = (nick, display, opts = {}) => {
    const u = mkUser('service', opts.site || 'ven', { nick, display, title: 'Service Account', dept: 'IT', mfa: 'none' });
    u.homeIp = null; u.noMfaPolicy = true; u.service = true;
    w.svc[nick] = u;
    return u;
  };
  svc('svc-wms-sync', 'WMS Sync Service');
  svc('svc-edi-imap', 'EDI Mailbox Poller');
  svc('svc-pbi-gateway', 'Power BI Gateway Service');
  svc('svc-reporting', 'Reporting Scripts');
  svc('svc-adsync', 'On-Premises Directory Synchronization Service Account');
  svc('svc-labelprint', 'Label Printing Service');
  for (const k of ['ven', 'dui', 'poz', 'zgz', 'rtm', 'ham', 'mad', 'waw']) svc(`scan-${k}`, `Scan to Mail ${w.sites[k].name}`, { site: k });
  for (const [k, n] of [['rtm', 7], ['ham', 2], ['mad', 1], ['waw', 1], ['lis', 1]]) {
    for (let i = 1; i <= n; i++) {
      const room = mkUser('room', k, { nick: `room-${k}-${String(i).padStart(2, '0')}`, display: `${w.sites[k].name} Meeting Room ${i}`, title: 'Teams Room', mfa: 'none' });
      room.noMfaPolicy = true;
      room.dev = { id: r.guid(), displayName: `MTR-${k.toUpperCase()}-${String(i).padStart(2, '0')}`, os: 'Windows10', browser: 'Edge 120.0.0', compliant: true, managed: true, trustType: 'Azure AD joined', kind: 'mtr' };
      w.rooms.push(room);
    }
  }

  // guests
  const partners = [
    { key: 'infy', domain: 'nimbus-sap-services.example', cc: 'IN', cities: ['bengaluru', 'pune'], nets: ['airtel', 'act'], n: 8, kind: 'sap', tz: 'IST' },
    { key: 'carrier-pl', domain: 'trans-wielkopolska.example', cc: 'PL', cities: ['poznan', 'wroclaw'], nets: ['orangepl', 'netia'], n: 6, kind: 'carrier' },
    { key: 'carrier-de', domain: 'rheinlog-spedition.example', cc: 'DE', cities: ['duesseldorf', 'koeln'], nets: ['dtag', 'vfde'], n: 5, kind: 'carrier' },
    { key: 'carrier-cz', domain: 'bohemia-cargo.example', cc: 'CZ', cities: ['praha', 'brno'], nets: ['o2cz'], n: 4, kind: 'carrier' },
    { key: 'shipline', domain: 'nordsoe-line.example', cc: 'DK', cities: ['kobenhavn', 'aarhus'], nets: ['tdc'], n: 5, kind: 'carrier' },
    { key: 'audit', domain: 'kessler-brandt.example', cc: 'DE', cities: ['frankfurt'], nets: ['dtag'], n: 6, kind: 'audit' },
    { key: 'consult', domain: 'thamesgate-advisory.example', cc: 'GB', cities: ['london', 'manchester'], nets: ['bt'], n: 6, kind: 'consult' },
  ];
  const gpl = new People(r.fork('guests'), DOMAIN);
  for (const p of partners) {
    p.tenantId = r.guid();
    for (let i = 0; i < p.n; i++) {
      const nm = gpl.name(p.cc);
      const nick = gpl.nick(nm.given, nm.last);
      const email = `${nick}@${p.domain}`;
      const c = r.pick(p.cities);
      const g = {
        id: r.guid(), guest: true, partner: p, upn: email, logUpn: email.toLowerCase(), extUpn: `${email.replace('@', '_')}#EXT#@${DOMAIN}`,
        name: nm.display, cc: p.cc, city: c, tz: city(c).tz, persona: 'guest', homeTenant: p.tenantId,
        homeIp: geo.alloc(r, r.pick(p.nets), c), officeIp: null,
      };
      g.homeAt = () => g.homeIp;
      w.guests.push(g);
      w.users.push(g);
    }
    p.officeIp = geo.alloc(r, p.nets[0], p.cities[0]);
  }
  w.partners = partners;

  // service principals with credentials
  const cred = (type, displayName, start) => ({ keyId: r.guid(), type, displayName, thumbprint: type === 'certificate' ? r.hex(40).toUpperCase() : '', start });
  const spDef = (key, ip, every, res, type, opts = {}) => {
    const a = w.apps[key];
    a.creds.push(cred(type, opts.credName || (type === 'certificate' ? `CN=${a.name}` : 'prod'), T0 - 60 * DAY));
    w.sps[key] = { key, name: a.name, appId: a.id, spId: a.spId, ip, every, res, cred: a.creds[0], ...opts };
  };
  spDef('carrierApi', geo.alloc(r, 'azure-we'), 20, RES.graph, 'certificate');
  spDef('hrProv', geo.alloc(r, 'azure-we'), 60, RES.graph, 'clientSecret');
  spDef('veeam', w.dcIps[4], 5, RES.exo, 'certificate', { night: true });
  spDef('transporeonConn', geo.alloc(r, 'transporeon'), 30, { name: 'HRL Carrier Integration API', id: w.apps.carrierApi.id }, 'clientSecret');
  spDef('customs', geo.alloc(r, 'azure-we'), 60, RES.graph, 'certificate');
  spDef('edi', w.dcIps[2], 30, RES.exo, 'clientSecret');
  spDef('keyRotation', geo.alloc(r, 'azure-we'), 24 * 60, RES.graph, 'certificate');
  spDef('wmsApi', geo.alloc(r, 'azure-we'), 30, RES.graph, 'clientSecret');
  // managed identities
  const sub = r.guid();
  const mi = (name, type, every, res, rtype) => w.mis.push({ name, appId: r.guid(), spId: r.guid(), every, res, msiType: 'systemAssigned', resourceId: `/subscriptions/${sub}/resourcegroups/rg-hrl-${type}/providers/${rtype}/${name}` });
  mi('hrl-func-labelprint', 'labels', 20, [RES.storage, RES.kv], 'Microsoft.Web/sites');
  mi('hrl-logic-edi-inbound', 'edi', 30, [RES.graph], 'Microsoft.Logic/workflows');
  mi('hrl-aa-keyrotation', 'automation', 240, [RES.kv, RES.graph], 'Microsoft.Automation/automationAccounts');
  mi('hrl-vm-ops-jump01', 'ops', 60, [RES.arm], 'Microsoft.Compute/virtualMachines');
  mi('hrl-app-carrierapi', 'carrier', 30, [RES.kv], 'Microsoft.Web/sites');
  mi('hrl-adf-dwh', 'dwh', 10, [RES.storage, RES.kv], 'Microsoft.DataFactory/factories');
  w.jumpIp = geo.alloc(r, 'azure-we');
  w.cloudShellIps = [geo.alloc(r, 'azure-we'), geo.alloc(r, 'azure-we'), geo.alloc(r, 'azure-ne')];
  w.adSyncName = `Sync_HRL-ADC01_${r.hex(12)}`;
  return w;
}
