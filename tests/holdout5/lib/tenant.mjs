// The tenant: Nordhav University Hospitals & Medical School — four hospitals (Bergen, Gothenburg,
// Aarhus, Newcastle) and a medical school with campuses in Bergen, Gothenburg, Aarhus and Aberdeen.
import { makeRng } from './rng.mjs';
import { SITES, ipOf, residentialFor, poolSize } from './geo.mjs';
import { UA } from './catalog.mjs';

export const DOMAIN = 'nordhav.org';
export const STUDENT_DOMAIN = 'student.nordhav.org';

const NAMES = {
  NO: { f: ['Ingrid', 'Kari', 'Nora', 'Emma', 'Sofie', 'Ole', 'Lars', 'Magnus', 'Henrik', 'Jonas', 'Sigrid', 'Marit', 'Eirik', 'Håkon', 'Silje', 'Kristin', 'Torbjørn', 'Anders', 'Vilde', 'Thea', 'Martin', 'Øystein', 'Ragnhild', 'Solveig', 'Bjørn', 'Tone', 'Even', 'Synnøve', 'Kjetil', 'Ida'],
    l: ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Berg', 'Haugen', 'Hagen', 'Johannessen', 'Solberg', 'Lie', 'Dahl', 'Brekke', 'Strand', 'Halvorsen', 'Bakke', 'Moen', 'Sæther', 'Aasen', 'Haugland', 'Vik', 'Nygård', 'Fjeld', 'Myklebust', 'Tveit', 'Eide', 'Sandvik'] },
  SE: { f: ['Anna', 'Eva', 'Karin', 'Maria', 'Elin', 'Johanna', 'Erik', 'Anders', 'Johan', 'Karl', 'Per', 'Mikael', 'Oskar', 'Linnea', 'Astrid', 'Gustav', 'Björn', 'Åsa', 'Frida', 'Malin', 'Henrik', 'Sara', 'Jonas', 'Emelie', 'Fredrik', 'Ulrika', 'Viktor', 'Maja', 'Petra', 'Lena'],
    l: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson', 'Lindqvist', 'Lindberg', 'Bergström', 'Holm', 'Sjöberg', 'Ekström', 'Lundgren', 'Forsberg', 'Wallin', 'Engström', 'Sandberg', 'Hedlund', 'Åberg', 'Nyström', 'Björk', 'Falk', 'Lind', 'Dahlberg', 'Öberg', 'Strömberg'] },
  DK: { f: ['Mette', 'Hanne', 'Camilla', 'Ida', 'Freja', 'Mads', 'Rasmus', 'Søren', 'Jesper', 'Mikkel', 'Frederik', 'Anne', 'Louise', 'Jens', 'Niels', 'Line', 'Christian', 'Sofie', 'Lasse', 'Katrine', 'Henrik', 'Pernille', 'Morten', 'Signe', 'Thomas', 'Karen', 'Anders', 'Maria', 'Peter', 'Julie'],
    l: ['Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen', 'Madsen', 'Kristensen', 'Kjærgaard', 'Møller', 'Poulsen', 'Thomsen', 'Johansen', 'Knudsen', 'Mortensen', 'Holm', 'Østergaard', 'Lund', 'Bach', 'Vestergaard', 'Dam', 'Skov', 'Bertelsen', 'Frandsen', 'Krog', 'Lauridsen'] },
  GB: { f: ['Emily', 'Sophie', 'Olivia', 'Hannah', 'Gemma', 'Claire', 'Fiona', 'Iain', 'James', 'Callum', 'Ewan', 'Alasdair', 'Thomas', 'Daniel', 'Rachel', 'Priya', 'Aisha', 'Mohammed', 'Rahul', 'Chen', 'Wei', 'Kirsty', 'Lewis', 'Eilidh', 'Ruaridh', 'Sarah', 'David', 'Laura', 'Amir', 'Niamh'],
    l: ['Smith', 'Brown', 'Wilson', 'Campbell', 'Stewart', 'Robertson', 'MacDonald', 'Thomson', 'Anderson', 'Scott', 'Reid', 'Murray', 'Taylor', 'Clark', 'Patel', 'Khan', 'Ahmed', 'Whitfield', 'Robson', 'Milburn', 'McIntyre', 'Fraser', 'Ross', 'Paterson', 'Grant', 'Sutherland', 'Liu', 'Okafor', 'Sharma', 'Walker'] },
  INT: { f: ['Lukas', 'Lea', 'Felix', 'Hannah', 'Aoife', 'Conor', 'Yuki', 'Mei', 'Arjun', 'Ananya', 'Lucas', 'Chiara', 'Mateo', 'Zofia', 'Tomasz', 'Elif'],
    l: ['Müller', 'Schmidt', 'Weber', "O'Brien", 'Murphy', 'Tanaka', 'Wang', 'Gupta', 'Iyer', 'Rossi', 'García', 'Kowalski', 'Nowak', 'Yılmaz', 'Fischer', 'Byrne'] },
};

export const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/æ/g, 'ae').replace(/Æ/g, 'AE').replace(/å/g, 'a').replace(/ı/g, 'i').replace(/ß/g, 'ss').replace(/'/g, '').toLowerCase();

const PHONES = [
  ['iPhone 15', 'Ios', 'iphoneApp'], ['iPhone 13', 'Ios', 'iphoneApp17'], ['iPhone 14', 'Ios', 'iphoneApp'],
  ['Galaxy S23', 'Android', 'androidApp'], ['Pixel 8', 'Android', 'androidPixel'], ['iPhone 16', 'Ios', 'iphoneApp'],
];

/** Builds all member accounts (guests, service accounts and admins are added by their modules). */
export function buildTenant(seed) {
  const r = makeRng(seed, 'tenant');
  const tenantId = r.uuid();
  const used = new Set();
  const users = [];
  const homeIp = new Map(); // net -> next index

  function nextHome(netKey) {
    const i = homeIp.get(netKey) ?? poolSize(netKey) + 5; // residential households after any shared pool
    homeIp.set(netKey, i + 1);
    return ipOf(netKey, i);
  }

  function device(kind, ownerName, site) {
    if (kind === 'laptopWin') return { id: r.uuid(), name: `NH-${site}-${r.int(10000, 99999)}`, os: 'Windows10', trust: r.chance(0.6) ? 'Azure AD joined' : 'Hybrid Azure AD joined', compliant: true, managed: true, ua: r.chance(0.7) ? 'winEdge' : 'winChrome' };
    if (kind === 'laptopMac') return { id: r.uuid(), name: `${ownerName.split(' ')[0]}'s MacBook Pro`, os: 'MacOs', trust: 'Azure AD registered', compliant: true, managed: true, ua: r.chance(0.6) ? 'macSafari' : 'macChrome' };
    const [model, os, ua] = r.pick(PHONES);
    return { id: r.uuid(), name: model, os, trust: 'Azure AD registered', compliant: r.chance(0.8), managed: r.chance(0.8), ua };
  }

  function addUser(role, siteCode, opts = {}) {
    const site = SITES[siteCode];
    const pool = opts.names ?? (r.chance(opts.intl ?? 0.06) ? 'INT' : site.cc);
    let first, last, upnLocal, k = 0;
    do {
      first = r.pick(NAMES[pool].f); last = r.pick(NAMES[pool].l);
      upnLocal = `${fold(first)}.${fold(last)}`.replace(/\s+/g, '');
      if (k++ > 3) upnLocal += r.int(2, 99);
    } while (used.has(`${upnLocal}@${opts.domain ?? DOMAIN}`));
    const upn = `${upnLocal}@${opts.domain ?? DOMAIN}`;
    used.add(upn);
    const homeCity = r.pick(site.homes);
    const homeNet = r.pick(residentialFor(homeCity));
    const u = {
      id: r.uuid(), upn, name: `${first} ${last}`, first, last, type: 'member', role, site: siteCode, cc: site.cc, tz: site.tz,
      homeCity, homeNet, homeIp: nextHome(homeNet), mobileNet: r.pick(site.mobiles), phone: device('phone', `${first} ${last}`, siteCode),
      laptop: null, mfa: r.weighted([[80, 'push'], [15, 'sms'], [5, 'otp']]), phoneTail: String(r.int(10, 99)),
      usesRelay: false, ...opts.extra,
    };
    u.usesRelay = u.phone.os === 'Ios' && r.chance(0.25);
    users.push(u);
    return u;
  }

  const dist = (counts, role, opts) => { for (const [s, n] of Object.entries(counts)) for (let i = 0; i < n; i++) addUser(role, s, opts); };
  dist({ BGO: 230, GOT: 190, AAR: 130, NCL: 70 }, 'nurse');
  dist({ BGO: 100, GOT: 85, AAR: 60, NCL: 35 }, 'doctor');
  dist({ BGO: 20, GOT: 18, AAR: 12, NCL: 10 }, 'allied');
  dist({ BGO: 70, GOT: 65, AAR: 60, ABZ: 105 }, 'researcher', { intl: 0.15 });
  dist({ BGO: 40, GOT: 35, AAR: 25, NCL: 15, ABZ: 15 }, 'office');
  dist({ ABZ: 210, BGO: 120, GOT: 100, AAR: 90 }, 'student', { domain: STUDENT_DOMAIN, intl: 0.18 });
  dist({ BGO: 14, GOT: 8, AAR: 5, NCL: 3, ABZ: 2 }, 'it');

  for (const u of users) {
    if (u.role === 'researcher' || u.role === 'office' || u.role === 'it') u.laptop = device(u.role === 'researcher' && r.chance(0.35) ? 'laptopMac' : 'laptopWin', u.name, u.site);
    if (u.role === 'doctor' && r.chance(0.45)) u.laptop = device('laptopWin', u.name, u.site);
    if (u.role === 'student') {
      const k = r.weighted([[45, 'winPersonal'], [35, 'macPersonal'], [20, 'winPersonalFx']]);
      u.laptop = { id: '', name: '', os: k === 'macPersonal' ? 'MacOs' : 'Windows10', trust: '', compliant: false, managed: false, ua: k === 'macPersonal' ? r.pick(['macSafari', 'macChrome']) : k === 'winPersonalFx' ? 'winFirefox' : r.pick(['winChrome', 'winEdge']) };
      u.phone.compliant = false; u.phone.managed = false;
      u.mfa = r.weighted([[85, 'push'], [15, 'sms']]);
    }
    if (u.role === 'doctor') u.onCall = r.chance(0.4);
    if (u.role === 'it') u.mfa = 'fido2';
  }

  // Shared clinical workstations (tap-badge kiosks): 8 per ward, 8 wards per hospital.
  const kiosks = {};
  for (const s of ['BGO', 'GOT', 'AAR', 'NCL']) {
    kiosks[s] = [];
    for (let w = 0; w < 8; w++) {
      const ward = [];
      for (let k = 0; k < 8; k++) ward.push({ id: r.uuid(), name: `WS-${s}-${String.fromCharCode(65 + w)}${String(k + 1).padStart(2, '0')}`, os: 'Windows10', trust: 'Hybrid Azure AD joined', compliant: true, managed: true, ua: 'winSignIn' });
      kiosks[s].push(ward);
    }
  }
  for (const u of users) if (['nurse', 'doctor', 'allied'].includes(u.role)) u.ward = r.int(0, 7);

  return { tenantId, users, kiosks, addUser, device, rng: r, allocHousehold: nextHome };
}

/** A (shared) address from a pooled network: mobile CGNAT, relay, VPN exit, hotel NAT, corporate NAT. */
export function poolIp(r, netKey) {
  return ipOf(netKey, r.int(0, poolSize(netKey) - 1));
}

export { UA };
