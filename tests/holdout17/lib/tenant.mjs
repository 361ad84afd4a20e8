// The organisation: Tasmarine Lines Pty Ltd (fictional), a trans-Tasman and South Pacific container and ro-ro line.
// Builds the directory: members by site and kind, shared kiosks, vessels, admins, service accounts, guests, leavers.
import { stableGuid } from './prng.mjs';
import { P, CORP, HOME, MOBILE, MOBILE_HUBS, PARTNER, place, loc, addr, net } from './geo.mjs';

export const TENANT = {
  id: stableGuid('tenant:tasmarine'),
  name: 'Tasmarine Lines',
  domain: 'tasmarine.com.au',
  initialDomain: 'tasmarine.onmicrosoft.com',
};

const FIRST = ['Olivia', 'Jack', 'Charlotte', 'Noah', 'Amelia', 'William', 'Isla', 'Oliver', 'Mia', 'Thomas', 'Ava', 'James', 'Grace', 'Lucas', 'Chloe',
  'Henry', 'Zoe', 'Ethan', 'Ruby', 'Liam', 'Sophie', 'Cooper', 'Matilda', 'Harrison', 'Emily', 'Lachlan', 'Harper', 'Riley', 'Evie', 'Mason', 'Ella',
  'Samuel', 'Sienna', 'Archie', 'Willow', 'Hudson', 'Ivy', 'Leo', 'Georgia', 'Xavier', 'Hannah', 'Angus', 'Jasmine', 'Hamish', 'Scarlett', 'Declan',
  'Priya', 'Arjun', 'Ananya', 'Rohan', 'Mei', 'Wei', 'Jia', 'Hao', 'Minh', 'Thanh', 'Linh', 'Duc', 'Siti', 'Ahmad', 'Nurul', 'Farhan', 'Aroha',
  'Tane', 'Mere', 'Wiremu', 'Hemi', 'Ngaio', 'Sione', 'Losana', 'Tevita', 'Mele', 'Kiri', 'Rangi', 'Anahera', 'Ravi', 'Deepa', 'Sanjay', 'Kavya',
  'Sofia', 'Marco', 'Giulia', 'Nikos', 'Eleni', 'Dimitri', 'Katarina', 'Luka', 'Ana', 'Mateo', 'Camila', 'Diego', 'Fatima', 'Omar', 'Layla', 'Yusuf',
  'Hiroshi', 'Yuki', 'Kenji', 'Sakura', 'Jun', 'Seo-yeon', 'Min-jun', 'Ji-woo', 'Brendan', 'Kylie', 'Shane', 'Tracey', 'Darren', 'Leanne', 'Craig',
  'Michelle', 'Glenn', 'Narelle', 'Wayne', 'Kerry', 'Bronwyn', 'Troy', 'Joanne', 'Stuart', 'Fiona', 'Murray', 'Heather', 'Bruce', 'Sharon', 'Ian'];
const LAST = ['Smith', 'Jones', 'Williams', 'Brown', 'Wilson', 'Taylor', 'Johnson', 'White', 'Martin', 'Anderson', 'Thompson', 'Nguyen', 'Tran', 'Le',
  'Pham', 'Ryan', 'Walker', 'Harris', 'Lee', 'King', 'Kelly', 'Murphy', 'Campbell', 'Mitchell', 'Roberts', 'Clarke', 'Young', 'Scott', 'Stewart',
  'Robinson', 'Wright', 'Baker', 'Hall', 'Green', 'Adams', 'Evans', 'Hughes', 'Edwards', 'Turner', 'Collins', 'Morris', 'Cook', 'Bell', 'Watson',
  'Chen', 'Wang', 'Li', 'Zhang', 'Liu', 'Wong', 'Tan', 'Lim', 'Ng', 'Goh', 'Singh', 'Patel', 'Sharma', 'Kumar', 'Gupta', 'Rahman', 'Hossain',
  'Papadopoulos', 'Nikolaidis', 'Rossi', 'Russo', 'Bianchi', 'Kovac', 'Petrovic', 'Novak', 'Silva', 'Santos', 'Fernandez', 'Lopez', 'Garcia',
  "O'Brien", "O'Connor", "O'Neill", 'McDonald', 'MacKenzie', 'McLeod', 'Fraser', 'Douglas', 'Tūhoe', 'Ngata', 'Parata', 'Te Awa', 'Walker-Ngata',
  'Fonua', 'Taufa', 'Vaipulu', 'Tuilagi', 'Faleolo', 'Mahe', 'Sato', 'Suzuki', 'Tanaka', 'Kim', 'Park', 'Choi', 'Haddad', 'Khoury', 'Nasser',
  'Van der Berg', 'De Vries', 'Jansen', 'Müller', 'Schmidt', 'Fischer', 'Doyle', 'Byrne', 'Gallagher', 'Quinn', 'Lam', 'Cheung', 'Ho', 'Yeo', 'Teo'];

const SUBURBS = {
  MEL: [['Richmond', -37.8230, 145.0010], ['Footscray', -37.8000, 144.9000], ['Box Hill', -37.8190, 145.1220], ['Brunswick', -37.7670, 144.9620], ['St Kilda', -37.8676, 144.9810], ['Williamstown', -37.8630, 144.8960], ['Glen Waverley', -37.8780, 145.1640], ['Werribee', -37.9000, 144.6600], ['Frankston', -38.1430, 145.1260], ['Dandenong', -37.9870, 145.2150], ['Geelong', -38.1499, 144.3617]],
  SYD: [['Parramatta', -33.8150, 151.0011], ['Chatswood', -33.7969, 151.1803], ['Bondi', -33.8915, 151.2767], ['Newtown', -33.8981, 151.1747], ['Cronulla', -34.0580, 151.1520], ['Liverpool', -33.9200, 150.9230], ['Manly', -33.7969, 151.2840]],
  BNE: [['South Brisbane', -27.4810, 153.0200], ['Wynnum', -27.4430, 153.1730], ['Carindale', -27.5030, 153.1020], ['Redcliffe', -27.2300, 153.1100], ['Logan Central', -27.6390, 153.1090], ['Cleveland', -27.5260, 153.2650]],
  FRE: [['Fremantle', -32.0569, 115.7439], ['Cockburn Central', -32.1210, 115.8470], ['Rockingham', -32.2770, 115.7300], ['Joondalup', -31.7450, 115.7660], ['Perth', -31.9523, 115.8613], ['Mandurah', -32.5290, 115.7230]],
  AKL: [['Auckland', -36.8485, 174.7633], ['Takapuna', -36.7880, 174.7700], ['Manukau', -36.9930, 174.8800], ['Henderson', -36.8790, 174.6310], ['Ponsonby', -36.8470, 174.7470]],
  SIN: [['Singapore', 1.2897, 103.8501], ['Tampines', 1.3496, 103.9568], ['Jurong West', 1.3404, 103.7090], ['Woodlands', 1.4382, 103.7890], ['Bedok', 1.3236, 103.9273]],
};
const SUBURB_STATE = { MEL: ['Victoria', 'AU'], SYD: ['New South Wales', 'AU'], BNE: ['Queensland', 'AU'], FRE: ['Western Australia', 'AU'], AKL: ['Auckland', 'NZ'], SIN: ['Singapore', 'SG'] };

export const SITES = {
  MEL: { key: 'MEL', tz: 11, cc: 'AU', office: CORP.MEL_HQ, terminal: CORP.MEL_TERM, zs: 'MEL' },
  SYD: { key: 'SYD', tz: 11, cc: 'AU', office: CORP.SYD, zs: 'SYD' },
  BNE: { key: 'BNE', tz: 10, cc: 'AU', office: CORP.BNE, terminal: CORP.BNE_TERM, zs: 'SYD' },
  FRE: { key: 'FRE', tz: 8, cc: 'AU', office: CORP.FRE_TERM, terminal: CORP.FRE_TERM, zs: 'SYD' },
  AKL: { key: 'AKL', tz: 13, cc: 'NZ', office: CORP.AKL, zs: 'AKL' },
  SIN: { key: 'SIN', tz: 8, cc: 'SG', office: CORP.SIN, zs: 'SIN' },
};

export const VESSELS = ['Tasman Astrolabe', 'Tasman Endeavour', 'Coral Meridian', 'Southern Kōtuku', 'Bass Trader II', 'Pacific Whio',
  'Tasman Resolve', 'Coral Navigator', 'Southern Tākapu', 'Norfolk Star', 'Pacific Kererū', 'Tasman Discovery'];

const DEPTS = {
  office: ['Commercial', 'Customer Service', 'Finance', 'Operations', 'Logistics', 'Marine Operations', 'People & Culture', 'Legal', 'Procurement', 'Sales', 'Information Technology', 'Safety & Environment'],
};

function ascii(s) { return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/['\s]/g, '').toLowerCase(); }

export function buildTenant(rng) {
  const r = rng.fork('tenant');
  const users = [];
  const taken = new Set();
  const mkName = () => {
    for (;;) {
      const g = r.pick(FIRST), s = r.pick(LAST);
      let base = `${ascii(g)}.${ascii(s)}`;
      let upn = `${base}@${TENANT.domain}`;
      let n = 2;
      while (taken.has(upn)) upn = `${base}${n++}@${TENANT.domain}`;
      taken.add(upn);
      return { given: g, surname: s, display: `${g} ${s}`, upn };
    }
  };
  const homeFor = (siteKey) => {
    const [name, lat, lon] = r.pick(SUBURBS[siteKey]);
    const [state, cc] = SUBURB_STATE[siteKey];
    return place(name, state, cc, lat, lon);
  };
  const pickNet = (table) => r.weighted(table);
  let devSeq = 1000;
  const laptop = (u, os = 'Windows') => ({
    deviceId: r.guid(), displayName: `TML-${u.site}-LT${String(devSeq++).padStart(5, '0')}`,
    os: os === 'Windows' ? 'Windows 10' : 'MacOs', richOs: os === 'Windows' ? 'Windows10' : 'MacOs',
    trust: os === 'Windows' ? r.weighted([['Azure AD joined', 70], ['Hybrid Azure AD joined', 30]]) : 'Azure AD registered',
    compliant: true, managed: true, kind: 'laptop', platform: os,
  });
  const phone = (u) => {
    const ios = r.chance(0.62);
    return { deviceId: r.guid(), displayName: ios ? 'iPhone' : r.pick(['SM-S936B', 'Pixel 10', 'SM-A566B', 'moto g85 5G']), os: ios ? 'iOS 27.1' : 'Android 17', richOs: ios ? 'Ios' : 'Android',
      trust: 'Azure AD registered', compliant: r.chance(0.85), managed: r.chance(0.85), kind: 'phone', platform: ios ? 'iOS' : 'Android' };
  };
  const add = (kind, site, extra = {}) => {
    const nm = extra.name || mkName();
    const s = SITES[site] || null;
    const u = {
      id: r.guid(), kind, site, tz: s ? s.tz : 10, cc: s ? s.cc : 'AU',
      upn: nm.upn, display: nm.display, given: nm.given, surname: nm.surname,
      userType: 'member', homeTenant: TENANT.id,
      dept: extra.dept || r.pick(DEPTS.office), admin: false, roles: [],
      mfa: r.weighted([['Mobile app notification', 78], ['Text message', 12], ['OATH verification code', 4], ['Passkey (Microsoft Authenticator)', 6]]),
      active: true, ...extra,
    };
    delete u.name;
    if (site && SUBURBS[site]) {
      u.home = homeFor(site);
      u.homeNet = pickNet(HOME[u.cc]);
      u.homeIp = addr(r, u.homeNet);
      u.mobNet = pickNet(MOBILE[u.cc]);
      u.mobHub = r.pick(MOBILE_HUBS[u.cc].filter((p) => p.cc === u.cc));
    }
    users.push(u);
    return u;
  };

  // office staff by site
  const officeCounts = { MEL: 690, SYD: 165, BNE: 95, FRE: 50, AKL: 128, SIN: 112 };
  for (const [site, n] of Object.entries(officeCounts)) {
    for (let i = 0; i < n; i++) {
      const u = add('office', site);
      const mac = r.chance(0.07);
      u.laptop = laptop(u, mac ? 'Mac' : 'Windows');
      u.phone = r.chance(0.93) ? phone(u) : null;
      u.zscaler = !mac && r.chance(0.45);
      u.browser = mac ? r.weighted([['chromeMac', 60], ['safariMac', 40]]) : r.weighted([['edgeWin', 70], ['chromeWin', 30]]);
      u.wfh = r.next() < 0.55 ? r.int(1, 2) : (r.chance(0.2) ? 3 : 0); // days from home per week
      u.weekend = r.chance(0.18);
    }
  }
  // new starters (first day inside the window) and people who run a consumer VPN on their phone
  const offices = users.filter((u) => u.kind === 'office' && ['MEL', 'SYD'].includes(u.site));
  for (const [i, d] of [[17, 0], [233, 7], [402, 7]]) { offices[i].startDay = d; offices[i].wfh = 0; offices[i].phone = offices[i].phone || phone(offices[i]); }
  const vpnNets = [net('vpn-m247-syd', 9009, 'M247 Europe SRL', P.SYD, ['103.108.228']), net('vpn-m247-mel', 9009, 'M247 Europe SRL', P.MEL, ['103.136.147']), net('vpn-datacamp-syd', 60068, 'Datacamp Limited', P.SYD, ['143.244.62'])];
  for (const i of [41, 88, 157, 310]) if (offices[i].phone && !offices[i].startDay) offices[i].vpn = vpnNets[i % 3];
  // terminal shift workers (stevedores, crane and straddle operators, gate and yard planners) on shared kiosks
  const kiosks = {};
  for (const [site, n, k] of [['MEL', 205, 14], ['BNE', 170, 10], ['FRE', 140, 9]]) {
    kiosks[site] = [];
    for (let i = 0; i < k; i++) kiosks[site].push({ deviceId: r.guid(), displayName: `TML-${site}-KIOSK-${String(i + 1).padStart(2, '0')}`, os: 'Windows 10', richOs: 'Windows10', trust: 'Hybrid Azure AD joined', compliant: true, managed: true, kind: 'kiosk', platform: 'Windows' });
    for (let i = 0; i < n; i++) {
      const u = add('shift', site, { dept: r.pick(['Terminal Operations', 'Stevedoring', 'Gate & Yard', 'Engineering & Maintenance']) });
      u.mfa = r.weighted([['Text message', 55], ['Mobile app notification', 45]]);
      u.phone = r.chance(0.6) ? phone(u) : null;
      u.crew = i % 4; // roster crew A-D
      u.shift = r.pick(['day', 'day', 'arvo', 'night']);
      u.kioskPool = kiosks[site];
      u.typo = r.chance(0.35) ? 0.16 : 0.05;
    }
  }
  // seafarers
  const vessels = VESSELS.map((name, i) => ({ name, i, laptop: { deviceId: r.guid(), displayName: `TML-VSL-${String(i + 1).padStart(2, '0')}-BRIDGE`, os: 'Windows 10', richOs: 'Windows10', trust: 'Azure AD joined', compliant: true, managed: true, kind: 'vessel', platform: 'Windows' } }));
  for (const v of vessels) {
    for (let i = 0; i < 18; i++) {
      const u = add('crew', null, { dept: 'Fleet', vessel: v, tz: 11, cc: 'AU' });
      u.home = r.pick([P.MEL, P.BNE, P.AKL, P.SYD]);
      u.cc = u.home.cc; u.homeNet = pickNet(HOME[u.cc]); u.homeIp = addr(r, u.homeNet);
      u.mobNet = pickNet(MOBILE[u.cc]); u.mobHub = r.pick(MOBILE_HUBS[u.cc]);
      u.phone = phone(u);
      u.onboard = r.chance(0.6); // on swing during the window (else at home on leave)
      u.mfa = r.weighted([['Mobile app notification', 70], ['OATH verification code', 30]]);
    }
  }
  // administrators: their daily account is an office user; the privileged account is cloud-only
  const admins = [];
  const adminSpecs = [
    ['Global Administrator', 'Information Technology', 'MEL'], ['Privileged Role Administrator', 'Information Technology', 'MEL'],
    ['Application Administrator', 'Information Technology', 'MEL'], ['Conditional Access Administrator', 'Information Technology', 'MEL'],
    ['Exchange Administrator', 'Information Technology', 'SYD'], ['Intune Administrator', 'Information Technology', 'MEL'],
    ['Helpdesk Administrator', 'IT Service Desk', 'MEL'], ['Helpdesk Administrator', 'IT Service Desk', 'MEL'], ['Helpdesk Administrator', 'IT Service Desk', 'BNE'],
    ['Authentication Administrator', 'IT Service Desk', 'MEL'], ['User Administrator', 'People & Culture', 'MEL'], ['Cloud Application Administrator', 'Information Technology', 'AKL'],
  ];
  const itStaff = users.filter((u) => u.kind === 'office' && u.site === 'MEL').slice(0, 40);
  for (let i = 0; i < adminSpecs.length; i++) {
    const [role, dept, site] = adminSpecs[i];
    const daily = site === 'MEL' ? itStaff[i] : users.find((u) => u.kind === 'office' && u.site === site && !u.adminOf);
    daily.dept = dept;
    const upn = `a-${daily.upn.split('@')[0]}@${TENANT.initialDomain}`;
    taken.add(upn);
    const a = add('admin', site, { name: { given: daily.given, surname: daily.surname, display: `${daily.display} (Admin)`, upn }, dept, admin: true, roles: [role], daily, mfa: 'Passkey (Microsoft Authenticator)' });
    a.homeNet = daily.homeNet; a.homeIp = daily.homeIp; a.home = daily.home; a.laptop = daily.laptop; a.phone = daily.phone; a.zscaler = daily.zscaler; a.browser = daily.browser;
    daily.adminOf = a;
    admins.push(a);
  }
  // break-glass accounts (no sign-ins expected)
  for (const n of ['breakglass01', 'breakglass02']) {
    const upn = `${n}@${TENANT.initialDomain}`; taken.add(upn);
    add('breakglass', 'MEL', { name: { given: 'Emergency', surname: 'Access', display: `Emergency Access ${n.slice(-2)}`, upn }, dept: 'Information Technology', admin: true, roles: ['Global Administrator'] });
  }
  // service accounts
  const svc = {};
  const svcSpecs = [
    ['svc-scan2mail', 'Scan to Email (MFDs)'], ['svc-tos-integration', 'TOS Integration'], ['svc-pbi-gateway', 'Power BI Gateway'],
    ['svc-edi-archive', 'EDI Archive'], ['svc-spo-migration', 'SharePoint Migration'], ['svc-monitoring', 'Monitoring'],
    ['svc-vessel-reports', 'Vessel Noon Reports'], ['svc-hr-sync', 'HR Sync'],
    ['mtr-mel-boardroom', 'MEL Boardroom (Teams Room)'], ['mtr-mel-quay', 'MEL Quay Room (Teams Room)'], ['mtr-syd-harbour', 'SYD Harbour Room (Teams Room)'], ['mtr-akl-waitemata', 'AKL Waitematā Room (Teams Room)'],
  ];
  for (const [n, disp] of svcSpecs) {
    const upn = `${n}@${TENANT.domain}`; taken.add(upn);
    const site = n.includes('akl') ? 'AKL' : n.includes('syd') ? 'SYD' : 'MEL';
    svc[n] = add('svc', site, { name: { given: '', surname: '', display: disp, upn }, dept: 'Information Technology', mfa: null });
  }
  // dormant former contractor (still enabled; used by a scenario) and a few other idle accounts
  const dormant = add('office', 'MEL', { dept: 'Information Technology', idle: true, title: 'Contractor (SAP migration, ended 2026-06)' });
  dormant.laptop = null; dormant.phone = null;
  for (let i = 0; i < 20; i++) { const u = add('office', r.pick(['MEL', 'SYD', 'BNE']), { idle: true }); u.laptop = laptop(u); u.phone = null; }
  // leavers: disabled before or during the window
  const leavers = [];
  for (let i = 0; i < 26; i++) {
    const site = r.pick(['MEL', 'MEL', 'SYD', 'BNE', 'AKL']);
    const u = add('leaver', site);
    u.laptop = laptop(u); u.phone = phone(u);
    u.disabledDay = i < 16 ? -1 : r.int(1, 12); // -1: before the window
    leavers.push(u);
  }
  // guests
  const orgs = [
    { key: 'harbourline', name: 'Harbourline Freight', domain: 'harbourline-freight.cn', net: PARTNER.SHA, tz: 8, n: 14, tenant: stableGuid('t:harbourline') },
    { key: 'nordhafen', name: 'Nordhafen Logistik', domain: 'nordhafen-logistik.de', net: PARTNER.HAM, tz: 1, n: 10, tenant: stableGuid('t:nordhafen') },
    { key: 'pcb', name: 'Pacific Customs Brokers', domain: 'paccustoms.com', net: PARTNER.LAX, tz: -8, n: 8, tenant: stableGuid('t:pcb') },
    { key: 'kauri', name: 'Kauri Audit Partners', domain: 'kauriaudit.co.nz', net: PARTNER.WLG, tz: 13, n: 6, tenant: stableGuid('t:kauri') },
    { key: 'straits', name: 'Straits Port Agency', domain: 'straitsportagency.sg', net: PARTNER.SIN, tz: 8, n: 12, tenant: stableGuid('t:straits') },
    { key: 'coralsea', name: 'Coral Sea Stevedoring', domain: 'coralseastevedoring.com.au', net: PARTNER.BNE, tz: 10, n: 24, tenant: stableGuid('t:coralsea') },
    { key: 'meridian', name: 'Meridian Marine Surveyors', domain: 'meridianmarine.com.au', net: PARTNER.MEL, tz: 11, n: 10, tenant: stableGuid('t:meridian') },
  ];
  const guests = [];
  for (const o of orgs) {
    for (let i = 0; i < o.n; i++) {
      const nm = mkName();
      const local = nm.upn.split('@')[0];
      const home = `${local}@${o.domain}`;
      const upn = `${local}_${o.domain.replace(/\./g, '_')}#EXT#@${TENANT.initialDomain}`;
      const g = add('guest', null, { name: { ...nm, upn }, userType: 'guest', homeTenant: o.tenant, org: o, homeUpn: home, tz: o.tz, dept: null, mfa: 'Mobile app notification' });
      g.cc = o.net.place.cc; g.home = o.net.place; g.homeNet = o.net; g.homeIp = addr(r, o.net);
      g.activeGuest = r.chance(0.7);
      guests.push(g);
    }
  }
  // personal Microsoft-account guests (contract surveyors, crewing agents)
  for (let i = 0; i < 18; i++) {
    const nm = mkName();
    const local = nm.upn.split('@')[0].replace('.', '');
    const dom = r.pick(['gmail.com', 'outlook.com', 'hotmail.com', 'icloud.com']);
    const home = `${local}@${dom}`;
    const upn = `${local}_${dom.replace(/\./g, '_')}#EXT#@${TENANT.initialDomain}`;
    const g = add('guest', null, { name: { ...nm, upn }, userType: 'guest', homeTenant: '9188040d-6c67-4c5b-b112-36a304b66dad', org: { key: 'msa', name: 'Microsoft account', tenant: '9188040d-6c67-4c5b-b112-36a304b66dad' }, homeUpn: home, tz: 11, dept: null, mfa: 'Text message' });
    g.cc = 'AU'; g.home = r.pick([P.MEL, P.BNE, P.SYD]); g.homeNet = pickNet(HOME.AU); g.homeIp = addr(r, g.homeNet);
    g.activeGuest = r.chance(0.5);
    guests.push(g);
  }
  const byUpn = new Map(users.map((u) => [u.upn, u]));
  return { users, admins, svc, guests, leavers, dormant, kiosks, vessels, orgs, byUpn };
}

/** The UPN a sign-in record carries (guests: the home UPN, lowercase). */
export function signinUpn(u) { return (u.homeUpn || u.upn).toLowerCase(); }
export { loc };
