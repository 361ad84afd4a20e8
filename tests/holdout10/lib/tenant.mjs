// The people of the City of Whitmore Bay and Whitmore Bay Public Schools: students, teachers,
// substitutes, city staff, police, fire, dispatch, IT, the Bengaluru MSP, council, library, guests
// and service accounts; their households, phones, laptops, Chromebooks and the sites they work at.
import { DOM, INITIAL_DOMAIN, OWNER_VENDOR, UA } from './world.mjs';
import { link } from './registry.mjs';

const FIRST_ADULT = 'James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph Jessica Thomas Sarah Christopher Karen Daniel Lisa Matthew Nancy Anthony Betty Mark Sandra Donald Ashley Steven Kimberly Paul Emily Andrew Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Melissa George Deborah Timothy Stephanie Ronald Rebecca Jason Laura Jeffrey Sharon Ryan Cynthia Jacob Kathleen Gary Amy Nicholas Angela Eric Shirley Jonathan Brenda Larry Pamela Justin Nicole Scott Anna Brandon Samantha Gregory Katherine Frank Christine Raymond Debra Patrick Rachel Jack Carolyn Dennis Janet Jerry Maria Tyler Heather Aaron Diane Jose Julie Adam Joyce Nathan Victoria Zachary Kelly Kyle Lauren Ahmad Fatima Hassan Layla Omar Mariam Luis Rosa Carlos Guadalupe Tamika Darnell Keisha Andre'.split(' ');
const FIRST_TEEN = 'Liam Olivia Noah Emma Oliver Charlotte Elijah Amelia James Sophia Aiden Ava Lucas Isabella Mason Mia Ethan Evelyn Logan Harper Jackson Luna Levi Camila Sebastian Gianna Mateo Elizabeth Jack Eleanor Owen Ella Theodore Abigail Asher Sofia Carter Avery Wyatt Scarlett Julian Emily Grayson Aria Leo Penelope Jayden Chloe Gabriel Layla Isaac Mila Lincoln Nora Anthony Hazel Hudson Madison Dylan Ellie Ezra Lily Thomas Nova Charles Isla Christopher Grace Jaxon Violet Maverick Aurora Josiah Riley Isaiah Zoey Andrew Willow Elias Emilia Joshua Stella Nathan Zoe Caleb Victoria Ryan Hannah Adrian Addison Miles Leah Eli Lucy Nolan Eliana Christian Ivy Aaron Everly Cameron Lillian Jeremiah Paisley Zayn Aaliyah Malik Jada Yusuf Amira Diego Ximena Brayden Kinsley Kaden Brooklyn'.split(' ');
const LAST = 'Kowalski Nowak Wisniewski Schultz Mueller Schmidt Weber Becker Hoffmann Koch Richter Klein Wolf Schroeder Neumann Braun Zimmermann Krueger Hartmann Lange Werner Krause Meier Lehmann Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Green Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Torres Parker Collins Edwards Stewart Morris Murphy Cook Rogers Morgan Peterson Cooper Reed Bailey Bell Gomez Kelly Howard Ward Cox Diaz Richardson Wood Watson Brooks Bennett Gray James Reyes Cruz Hughes Price Myers Long Foster Sanders Ross Morales Powell Sullivan Russell Ortiz Jenkins Gutierrez Perry Butler Barnes Fisher Henderson Coleman Simmons Patterson Jordan Reynolds Hamilton Graham Kim Gonzales Alexander Ramos Wallace Griffin West Cole Hayes Chavez Gibson Bryant Ellis Stevens Murray Ford Marshall Owens McDonald Harrison Ruiz Kennedy Wells Alvarez Woods Mendoza Castillo Olson Webb Washington Tucker Freeman Burns Henry Vasquez Snyder Simpson Crawford Jimenez Porter Mason Shaw Gordon Wagner Hunter Romero Hicks Dixon Hunt Palmer Robertson Black Holmes Stone Meyer Boyd Mills Warren Fox Rose Rice Moreno Schmidt Patel Haddad Khoury Nasser Saleh Dombrowski Jankowski Lewandowski Zielinski Szymanski Wojcik Kaminski Laurent Dubois Gagnon Belanger Tremblay Cote Bouchard Leblanc Pelletier Ouellette Lapointe Vandenberg VanDyke DeVries Bauer Fuchs'.split(' ');
const IN_FIRST = 'Arun Priya Rahul Deepa Karthik Lakshmi Vikram Anitha Suresh Divya'.split(' ');
const IN_LAST = 'Prakash Raghavan Iyer Nair Reddy Krishnan Rao Menon Subramanian Hegde'.split(' ');

export function buildTenant(rng, reg) {
  const people = [];
  const used = new Set();
  const uniq = (local, domain) => {
    let u = `${local}@${domain}`, k = 2;
    while (used.has(u)) u = `${local}${k++}@${domain}`;
    used.add(u); return u;
  };
  const clean = (s) => s.toLowerCase().replace(/[^a-z]/g, '');

  // --- sites and shared egress -------------------------------------------------------------
  const trusted = (ip, name) => { const r = reg.info(ip); r.trusted = true; r.namedLocation = name; return ip; };
  const site = {
    studentNat: trusted(reg.take('merit', 'baycity', 'honest', 'WBPS student NAT'), 'WBPS district network'),
    staffNat: trusted(reg.take('merit', 'baycity', 'honest', 'WBPS staff NAT'), 'WBPS district network'),
    byodNat: trusted(reg.take('merit', 'baycity', 'honest', 'WBPS BYOD/guest Wi-Fi NAT'), 'WBPS district network'),
    libraryNat: trusted(reg.take('merit', 'baycity', 'honest', 'Public library NAT'), 'Whitmore Bay Public Library'),
    cityHall: trusted(reg.take('charterBiz', 'baycity', 'honest', 'City Hall NAT / IT VPN'), 'City Hall'),
    cityGuest: reg.take('charterBiz', 'baycity', 'honest', 'City Hall guest Wi-Fi'),
  };
  const zpop = (place, count, weight) => ({ ips: reg.pool('zscaler', place, 'honest', count, `Zscaler ${place}`).map((ip) => trusted(ip, 'Zscaler egress')), weight });
  site.zscalerPops = [zpop('chicago', 8, 70), zpop('washington', 5, 18), zpop('newyork', 4, 9), zpop('atlanta', 2, 3)];
  site.azureApps = reg.pool('azure', 'chicago', 'honest', 3, 'city Azure app services');
  const carriers = {
    verizonW: [...reg.pool('verizonW', 'southfield', 'honest', 300), ...reg.pool('verizonW', 'detroit', 'honest', 120)],
    tmobile: reg.pool('tmobile', 'detroit', 'honest', 380),
    attMobility: reg.pool('attMobility', 'detroit', 'honest', 260),
  };
  // FirstNet on AT&T: MDT addresses rotate and geolocate all over the country.
  const firstnet = ['dallas', 'atlanta', 'chicago', 'bothell', 'detroit'].flatMap((pl) => reg.pool('attMobility', pl, 'honest', 40, 'FirstNet'));
  site.carriers = carriers; site.firstnet = firstnet;

  const HOME_PLACES = [['baycity', 45], ['essexville', 12], ['saginaw', 20], ['midland', 12], ['flint', 3]];
  const newHome = () => {
    const place = rng.weighted(HOME_PLACES);
    const net = place === 'essexville' || place === 'flint' ? 'charter' : rng.weighted([['charter', 62], ['att', 38]].filter(([k]) => k !== 'att' || place !== 'flint'));
    return reg.take(net, place, 'honest', 'home');
  };
  const carrierOf = () => rng.weighted([['verizonW', 45], ['tmobile', 30], ['attMobility', 25]]);
  const mobileLink = (p, carrier) => link.rotating(carriers[carrier], p.id, rng.pick([90, 150, 240, 360]));

  // --- devices ------------------------------------------------------------------------------
  let devNo = 1000;
  const dev = {
    laptop: (prefix, trust = 'Hybrid Azure AD joined') => ({ kind: 'laptop', id: rng.uuid(), displayName: `${prefix}-${devNo++}`, os: 'Windows10', browser: 'Edge 143.0.0', compliant: true, managed: true, trust, ua: UA.winEdge }),
    chromebook: () => ({ kind: 'chromebook', id: '', displayName: '', os: 'ChromeOS', browser: 'Chrome 143.0.0', compliant: false, managed: false, trust: '', ua: UA.crosChrome }),
    phone: (registered) => {
      const ios = rng.chance(0.62);
      return { kind: 'phone', ios, id: registered ? rng.uuid() : '', displayName: registered ? (ios ? 'iPhone' : rng.pick(['Galaxy S24', 'Pixel 8', 'Galaxy A15'])) : '',
        os: ios ? 'Ios' : 'Android', browser: ios ? 'Mobile Safari 26.1' : 'Chrome Mobile 143.0.0', compliant: false, managed: false, trust: registered ? 'Azure AD registered' : '',
        ua: ios ? UA.iphoneSafari : UA.androidChrome, mailUa: ios ? UA.outlookIos : UA.outlookAndroid, teamsUa: ios ? UA.teamsIos : UA.teamsAndroid };
    },
    ipad: () => ({ kind: 'ipad', ios: true, id: '', displayName: '', os: 'MacOs', browser: 'Safari 26.1', compliant: false, managed: false, trust: '', ua: UA.macSafari, mailUa: UA.outlookIos }),
    homePc: () => ({ kind: 'homepc', id: '', displayName: '', os: 'Windows10', browser: 'Chrome 143.0.0', compliant: false, managed: false, trust: '', ua: UA.winChrome }),
  };

  const person = (kind, first, last, domain, extra = {}) => {
    const local = kind === 'student' ? `${clean(first)[0]}${clean(last)}${extra.grad}` : `${clean(first)}.${clean(last)}`;
    const p = { idx: people.length, id: rng.uuid(), kind, name: `${first} ${last}`, first, last, upn: uniq(local, domain),
      mfa: 'none', mfaPolicy: false, admin: false, student: false, sess: {}, ...extra };
    people.push(p); return p;
  };

  // --- households: students live with parents; some parents work for the district or city -----
  const households = [];
  const newHousehold = () => { const h = { ip: newHome(), last: rng.pick(LAST), kids: [] }; households.push(h); return h; };

  // --- students: high school (grad 26-29) and middle school (grad 30-32) --------------------
  const schools = { hs: 'Whitmore Bay High School', ms: 'Harbor Middle School' };
  for (const [school, grads, count] of [['hs', [26, 27, 28, 29], 470], ['ms', [30, 31, 32], 340]]) {
    for (let i = 0; i < count; i++) {
      let h = households.length && rng.chance(0.3) ? rng.pick(households.slice(-40)) : newHousehold();
      if (h.kids.length >= 3) h = newHousehold();
      const s = person('student', rng.pick(FIRST_TEEN), h.last, DOM.student, { grad: rng.pick(grads), school, student: true, dept: schools[school] });
      s.home = link.fixed(h.ip); s.homeIp = h.ip; h.kids.push(s);
      s.chromebook = dev.chromebook();
      if (rng.chance(school === 'hs' ? 0.75 : 0.45)) { s.phone = dev.phone(false); s.mobile = mobileLink(s, carrierOf()); }
      s.evening = rng.float(0.25, 0.75); s.nightOwl = rng.chance(0.12); s.clumsy = rng.chance(0.15);
    }
  }

  // --- school staff -------------------------------------------------------------------------
  const staff = (kind, count, dept, opts = {}) => {
    const out = [];
    for (let i = 0; i < count; i++) {
      const parentOf = opts.parents && rng.chance(0.12) ? rng.pick(households) : null;
      const last = parentOf && !parentOf.staff ? parentOf.last : rng.pick(LAST);
      const p = person(kind, rng.pick(FIRST_ADULT), last, opts.domain || DOM.school, { dept: typeof dept === 'function' ? dept(i) : dept, ...opts.extra });
      if (parentOf && !parentOf.staff) { parentOf.staff = p; p.homeIp = parentOf.ip; } else p.homeIp = newHome();
      p.home = link.fixed(p.homeIp);
      const carrier = carrierOf();
      p.phone = dev.phone(true); p.mobile = mobileLink(p, carrier);
      out.push(p);
    }
    return out;
  };
  const elems = ['Bayview Elementary', 'Lincoln Park Elementary', 'Riverside Elementary', 'Kolb Elementary'];
  const teachers = [
    ...staff('teacher', 62, schools.hs, { parents: true, extra: { school: 'hs' } }),
    ...staff('teacher', 46, schools.ms, { parents: true, extra: { school: 'ms' } }),
    ...staff('teacher', 112, (i) => elems[i % 4], { parents: true, extra: { school: 'elem' } }),
  ];
  const support = staff('schoolstaff', 72, (i) => [schools.hs, schools.ms, ...elems][i % 6], { parents: true });
  const districtOffice = staff('schoolstaff', 30, 'District Administration Center', { extra: { office: true } });
  const districtTech = staff('it', 6, 'WBPS Technology', { extra: { districtIt: true } });
  const subs = staff('sub', 30, 'Substitute Pool', { extra: {} });
  for (const t of [...teachers, ...support, ...districtOffice, ...districtTech, ...subs]) {
    t.laptop = t.kind === 'sub' ? null : dev.laptop('WBPS-LT', 'Azure AD joined');
    if (t.kind === 'sub') t.homePc = dev.homePc();
    // Teachers are in the MFA phased-rollout group: about half have not registered and CA002 excludes them.
    const registered = t.kind !== 'teacher' && t.kind !== 'sub' ? true : rng.chance(0.45);
    t.mfa = registered ? rng.weighted([['push', 80], ['sms', 20]]) : 'none';
    t.mfaPolicy = registered && t.kind !== 'sub';
    if (t.kind === 'it') { t.admin = true; t.mfa = 'push'; t.mfaPolicy = true; }
  }
  // Eight substitutes are created by the sync on Friday 16 January and sign in for the first time after that.
  for (const s of subs.slice(0, 8)) { s.createdDay = 4; s.newAccount = true; s.mfa = 'none'; }

  // --- city staff ---------------------------------------------------------------------------
  const city = (kind, count, dept, extra = {}) => {
    const out = staff(kind, count, dept, { domain: DOM.city, parents: true, extra });
    for (const p of out) {
      p.mfa = rng.weighted([['push', 85], ['sms', 15]]); p.mfaPolicy = true;
      p.zscaler = link.proxy(site.zscalerPops, p.id);
      if (kind === 'office' && rng.chance(0.25)) p.wfhDay = rng.int(0, 4);
      p.laptop = ['field', 'police', 'fire', 'dispatch', 'council'].includes(kind) ? null : dev.laptop('WB-LT');
    }
    return out;
  };
  const cityStaff = [
    ...city('office', 10, 'City Clerk'), ...city('elections', 6, 'City Clerk - Elections'),
    ...city('office', 16, 'Finance'), ...city('office', 8, 'Human Resources'),
    ...city('office', 13, 'Building & Permits'), ...city('office', 6, 'Assessing'), ...city('office', 6, 'Planning'),
    ...city('office', 6, "City Manager's Office"), ...city('office', 12, 'Utilities - Billing'),
    ...city('field', 46, 'Public Works'), ...city('field', 22, 'Water & Sewer'), ...city('field', 14, 'Parks & Recreation'),
    ...city('office', 6, 'Parks & Recreation'),
  ];
  const library = city('library', 26, 'Whitmore Bay Public Library');
  const cityIt = city('it', 9, 'Information Technology', { cityIt: true });
  for (const p of cityIt) { p.admin = true; p.mfa = 'push'; }
  const police = city('police', 98, 'Police - Patrol');
  const policeCivil = city('office', 16, 'Police - Records & Administration');
  const fire = city('fire', 72, 'Fire');
  const dispatch = city('dispatch', 22, '911 Dispatch');
  for (const p of police) { p.mdt = dev.laptop('WBPD-MDT'); p.platoon = p.idx % 4; }
  for (const p of fire) { p.shift = p.idx % 3; p.station = 1 + (p.idx % 3); }
  for (const p of dispatch) { p.platoon = p.idx % 4; }
  const council = city('council', 9, 'Mayor & City Council');
  for (const c of council) { c.laptop = null; c.ipad = dev.ipad(); }

  // --- the managed service provider (Bengaluru), through GDAP --------------------------------
  const mspOffice = reg.pool('act', 'bengaluru', 'honest', 2, 'Nilgiri MS office');
  const msp = [];
  for (let i = 0; i < 8; i++) {
    const first = IN_FIRST[i], last = IN_LAST[i];
    const p = { idx: people.length, id: rng.uuid(), kind: 'msp', name: `${first} ${last}`, first, last, upn: uniq(`${first.toLowerCase()}.${last.toLowerCase()}`, 'nilgirims.example'),
      partner: true, homeTenant: OWNER_VENDOR.msp, admin: true, mfa: 'push', mfaPolicy: false, sess: {}, dept: 'Nilgiri Managed Services',
      nightCover: i >= 6, office: link.fixed(rng.pick(mspOffice)), homeIp: reg.take('airtel', 'bengaluru', 'honest', 'MSP home'),
      laptop: { kind: 'laptop', id: '', displayName: '', os: 'Windows10', browser: 'Edge 143.0.0', compliant: false, managed: false, trust: '', ua: UA.winEdge } };
    p.home = link.fixed(p.homeIp);
    people.push(p); msp.push(p);
  }

  // --- guests (vendors) ---------------------------------------------------------------------
  const guests = [];
  const guest = (first, last, domain, tenant, net, place, app, createdDay = null) => {
    const local = `${first.toLowerCase()}.${last.toLowerCase()}`;
    const p = { idx: people.length, id: rng.uuid(), kind: 'guest', name: `${first} ${last}`, first, last, guest: true, homeTenant: tenant,
      signInUpn: `${local}@${domain}`, upn: `${local}_${domain}#EXT#@${INITIAL_DOMAIN}`, mfa: 'claim', mfaPolicy: false, sess: {}, app, createdDay,
      dept: domain, work: link.fixed(reg.take(net, place, 'honest', `vendor ${domain}`)), laptop: dev.homePc() };
    people.push(p); guests.push(p); return p;
  };
  for (const [f, l] of [['Megan', 'Ortiz'], ['Derek', 'Lindqvist'], ['Priya', 'Shah']]) guest(f, l, 'civicpermit.example', OWNER_VENDOR.civic, 'comcast', 'sanramon', 'permits');
  for (const [f, l] of [['Travis', 'Holloway'], ['Jenna', 'Marsh']]) guest(f, l, 'sentinelevidence.example', OWNER_VENDOR.bodycam, 'cox', 'scottsdale', 'axon');
  guest('Brianna', 'Coyle', 'civicpermit.example', OWNER_VENDOR.civic, 'comcast', 'sanramon', 'permits', 1);
  guest('Marcus', 'Feld', 'sentinelevidence.example', OWNER_VENDOR.bodycam, 'cox', 'scottsdale', 'axon', 10);

  // --- shared and service accounts ----------------------------------------------------------
  const svc = (local, name, domain, extra) => {
    const p = { idx: people.length, id: rng.uuid(), kind: 'service', name, upn: uniq(local, domain), mfa: 'none', mfaPolicy: false, sess: {}, dept: 'Service accounts', ...extra };
    people.push(p); return p;
  };
  const scanners = [
    svc('scan.cityhall', 'Scanner - City Hall 2nd floor', DOM.city, { site: 'cityHall' }), svc('scan.police', 'Scanner - Police Records', DOM.city, { site: 'cityHall' }),
    svc('scan.dpw', 'Scanner - DPW Garage', DOM.city, { site: 'cityHall' }), svc('scan.hs', 'Copier - WBHS Main Office', DOM.school, { site: 'staffNat' }),
    svc('scan.ms', 'Copier - Harbor MS Office', DOM.school, { site: 'staffNat' }), svc('scan.dac', 'Copier - District Admin Center', DOM.school, { site: 'staffNat' }),
  ];
  for (const s of scanners) { s.legacyExempt = true; s.scanner = true; }
  const ropc = svc('svc.utilitybilling', 'Utility Billing Portal Service', DOM.city, { ropc: true });
  const kiosks = [1, 2, 3, 4, 5, 6].map((i) => svc(`kiosk.${i <= 4 ? 'main' : 'east'}${String(i).padStart(2, '0')}`, `Library Kiosk ${i <= 4 ? 'Main' : 'East Branch'} ${i}`, DOM.city, { kioskNo: i }));
  for (const k of kiosks) k.kiosk = { kind: 'laptop', id: rng.uuid(), displayName: `WBPL-KIOSK-${k.kioskNo}`, os: 'Windows10', browser: 'Edge 143.0.0', compliant: true, managed: true, trust: 'Hybrid Azure AD joined', ua: UA.winEdge };
  const stationPcs = [1, 2, 3].map((i) => ({ kind: 'laptop', id: rng.uuid(), displayName: `WBFD-STA${i}-PC1`, os: 'Windows10', browser: 'Edge 143.0.0', compliant: true, managed: true, trust: 'Hybrid Azure AD joined', ua: UA.winEdge }));
  const consoles = [1, 2, 3, 4, 5, 6].map((i) => ({ kind: 'laptop', id: rng.uuid(), displayName: `WB911-CON-0${i}`, os: 'Windows10', browser: 'Edge 143.0.0', compliant: true, managed: true, trust: 'Hybrid Azure AD joined', ua: UA.winEdge }));

  // Accounts that exist but do not sign in: leavers (disabled), a retired assessor's forgotten account.
  const dormant = [];
  for (let i = 0; i < 12; i++) { const p = person('former', rng.pick(FIRST_ADULT), rng.pick(LAST), i < 7 ? DOM.city : DOM.school, { disabled: i !== 0, dept: 'Former employee' }); dormant.push(p); }
  const retiredAssessor = dormant[0]; retiredAssessor.dept = 'Assessing'; retiredAssessor.disabled = false; retiredAssessor.lastSignIn = '2025-05-09';

  // Students enrolling for the second semester, created by the sync on Friday 23 January.
  const newStudents = [];
  for (let i = 0; i < 64; i++) {
    const school = i < 40 ? 'hs' : 'ms';
    const h = newHousehold();
    const s = person('student', rng.pick(FIRST_TEEN), h.last, DOM.student, { grad: school === 'hs' ? rng.pick([27, 28, 29]) : rng.pick([30, 31, 32]), school, student: true, dept: schools[school], createdDay: 11, newAccount: true });
    s.home = link.fixed(h.ip); s.homeIp = h.ip; h.kids.push(s); s.chromebook = dev.chromebook(); s.homePc = dev.homePc(); s.evening = 0.5;
    newStudents.push(s);
  }

  const groups = { teachers, support, districtOffice, districtTech, subs, cityStaff, library, cityIt, police, policeCivil, fire, dispatch, council, msp, guests, scanners, ropc, kiosks, dormant, retiredAssessor, newStudents };
  return { people, site, households, groups, consoles, stationPcs, dev, newHome, carriers };
}
