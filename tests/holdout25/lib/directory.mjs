// The directory: ~3,300 accounts in the airline's groups, their devices and home networks.
import { DOMAIN, STATIONS, TENANT_ID } from './world.mjs';

const FIRST = ['Anna', 'Lukas', 'Sophie', 'David', 'Laura', 'Florian', 'Julia', 'Stefan', 'Katharina', 'Michael', 'Lisa', 'Thomas', 'Sarah', 'Daniel', 'Magdalena', 'Markus', 'Christina', 'Andreas', 'Theresa', 'Martin', 'Johanna', 'Philipp', 'Elena', 'Matthias', 'Valentina', 'Sebastian', 'Nina', 'Tobias', 'Hannah', 'Dominik', 'Marie', 'Alexander', 'Verena', 'Jakob', 'Eva', 'Patrick', 'Clara', 'Bernhard', 'Sandra', 'Georg', 'Petra', 'Manuel', 'Barbara', 'Simon', 'Teresa', 'Clemens', 'Ivana', 'Marek', 'Zuzana', 'Tomas', 'Paula', 'Jan', 'Mira', 'Nikola', 'Ana', 'Luca', 'Giulia', 'Marco', 'Chiara', 'Pierre', 'Camille', 'Kacper', 'Zofia', 'Dimitris', 'Eleni', 'Lars', 'Ingrid', 'Rui', 'Ines', 'Carlos', 'Lucia', 'Mihai', 'Ioana', 'Emma', 'Oliver', 'Fabian', 'Leonie', 'Raphael', 'Selina', 'Kevin'];
const LAST = ['Gruber', 'Huber', 'Bauer', 'Wagner', 'Müller', 'Pichler', 'Steiner', 'Moser', 'Mayer', 'Hofer', 'Leitner', 'Berger', 'Fuchs', 'Eder', 'Fischer', 'Schmid', 'Winkler', 'Weber', 'Schwarz', 'Maier', 'Schneider', 'Reiter', 'Mayr', 'Schmidt', 'Wimmer', 'Egger', 'Brunner', 'Lang', 'Baumgartner', 'Auer', 'Binder', 'Lechner', 'Wolf', 'Wallner', 'Aigner', 'Ebner', 'Koller', 'Lehner', 'Haas', 'Schuster', 'Novak', 'Horvath', 'Kovac', 'Dvorak', 'Svoboda', 'Nagy', 'Rossi', 'Bianchi', 'Dubois', 'Kowalski', 'Papadopoulos', 'Jensen', 'Silva', 'Garcia', 'Popescu', 'Ivanov', 'Kaiser', 'Hartl', 'Strasser', 'Holzer', 'Unger', 'Kern', 'Riedl', 'Windisch', 'Zauner', 'Pfeiffer', 'Stadler', 'Kopp', 'Ortner', 'Grill'];
const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ü/g, 'ue').replace(/[^A-Za-z]/g, '').toLowerCase();

export function buildDirectory(rng) {
  const users = [];
  const seen = new Set();
  const mk = (group, extra = {}) => {
    let f, l, key;
    do { f = rng.pick(FIRST); l = rng.pick(LAST); key = `${ascii(f)}.${ascii(l)}`; if (seen.has(key)) key = `${key}${rng.int(2, 99)}`; } while (seen.has(key));
    seen.add(key);
    const u = { id: rng.guid(), name: `${f} ${l}`, first: f, last: l, upn: `${key}@${DOMAIN}`, group, userType: 'member', homeIdx: rng.int(0, 100000), ...extra };
    users.push(u);
    return u;
  };
  const homeNet = (base) => base === 'INN' ? 'at-res-inn' : base === 'GRZ' ? 'at-res-grz' : base === 'SZG' ? 'at-res-szg'
    : rng.weighted([['at-res-vie', 35], ['at-res-vie2', 25], ['at-res-noe', 18], ['at-res-schwechat', 14], ['sk-res-bts', 8]]);
  const mobNet = () => rng.weighted([['at-mob-a1', 40], ['at-mob-magenta', 35], ['at-mob-drei', 25]]);
  const phone = (u, managedPct = 0) => {
    const ios = rng.chance(0.55);
    const reg = rng.chance(0.7);
    u.phone = { id: reg ? rng.guid() : '', name: reg ? (ios ? `iPhone` : `Pixel ${rng.int(6, 9)}`) : null, os: ios ? `Ios ${rng.pick(['17.6.1', '18.2', '18.3.1'])}` : `Android ${rng.pick(['14', '15'])}`, browser: ios ? 'Mobile Safari' : 'Chrome Mobile', ios, trust: reg ? 'Azure AD registered' : null, compliant: false, managed: rng.chance(managedPct), kind: 'phone' };
  };
  const laptop = (u) => { u.laptop = { id: rng.guid(), name: `AF-NB-${rng.int(10000, 99999)}`, os: 'Windows10', browser: 'Edge 133.0.0', trust: 'Azure AD joined', compliant: true, managed: true, prt: true, kind: 'laptop' }; };
  const ipad = (u) => { u.ipad = { id: rng.guid(), name: `AF-EFB-${rng.int(1000, 9999)}`, os: `Ipad ${rng.pick(['17.6.1', '18.2', '18.3.1'])}`, browser: 'Mobile Safari', trust: 'Azure AD registered', compliant: true, managed: true, prt: true, kind: 'ipad' }; };

  const bases = () => rng.weighted([['VIE', 76], ['INN', 8], ['GRZ', 7], ['SZG', 9]]);
  for (let i = 0; i < 360; i++) { const b = bases(); const u = mk('pilot', { crew: true, base: b, home: homeNet(b), mob: mobNet(), foreignSim: rng.chance(0.12), wifiPhone: rng.chance(0.5) }); ipad(u); phone(u); }
  for (let i = 0; i < 930; i++) { const b = bases(); const u = mk('cabin', { crew: true, base: b, home: homeNet(b), mob: mobNet(), foreignSim: rng.chance(0.15), wifiPhone: rng.chance(0.6), seasonal: i >= 880 }); ipad(u); phone(u); }
  // New cabin-crew intake (joiners; created on day 2, TAP on day 4, training at HQ then first duties).
  for (let i = 0; i < 24; i++) { const u = mk('cabin', { crew: true, base: 'VIE', home: homeNet('VIE'), mob: mobNet(), joiner: true, wifiPhone: true }); ipad(u); phone(u); }
  for (let i = 0; i < 360; i++) { const u = mk('ground', { station: 'VIE', home: homeNet('VIE'), mob: mobNet(), seasonal: i >= 310 }); if (rng.chance(0.6)) phone(u); }
  for (const s of STATIONS) {
    const m = mk('stationmgr', { station: s.iata, home: `${s.iata}-mob`, mob: `${s.iata}-mob`, vpn: rng.chance(0.7) }); laptop(m); phone(m);
    const n = s.nightStop ? rng.int(6, 10) : rng.int(3, 6);
    for (let i = 0; i < n; i++) { const u = mk('ground', { station: s.iata, home: `${s.iata}-mob`, mob: `${s.iata}-mob` }); if (rng.chance(0.5)) phone(u); }
  }
  for (let i = 0; i < 280; i++) { const st = i < 250 ? 'VIE' : i < 265 ? 'INN' : 'SZG'; const u = mk('maint', { station: st, home: homeNet(st === 'VIE' ? 'VIE' : st), mob: mobNet(), night: rng.chance(0.4) }); phone(u); if (i % 5 === 0) laptop(u); }
  for (let i = 0; i < 90; i++) { const u = mk('occ', { home: homeNet('VIE'), mob: mobNet(), shift: i % 3 }); phone(u); laptop(u); }
  for (let i = 0; i < 50; i++) { const u = mk('crewsched', { home: homeNet('VIE'), mob: mobNet() }); phone(u); laptop(u); }
  const dept = () => rng.weighted([['Finance', 80], ['HR', 50], ['Sales', 120], ['Revenue Management', 40], ['Network Planning', 30], ['Legal', 15], ['Procurement', 35], ['Marketing', 60], ['Customer Care', 90], ['Management', 20], ['Safety & Compliance', 30], ['Cargo', 40]]);
  for (let i = 0; i < 600; i++) { const u = mk('hq', { dept: dept(), home: homeNet('VIE'), mob: mobNet(), wfh: rng.float(0.1, 0.45) }); phone(u); laptop(u); }
  for (let i = 0; i < 5; i++) { const u = mk('itadmin', { admin: true, home: homeNet('VIE'), mob: mobNet() }); phone(u); laptop(u); }
  for (let i = 0; i < 8; i++) { const u = mk('servicedesk', { admin: true, home: homeNet('VIE'), mob: mobNet() }); phone(u); laptop(u); }
  for (let i = 0; i < 25; i++) { const u = mk('dev', { home: homeNet('VIE'), mob: mobNet(), buildVm: rng.int(0, 7) }); phone(u); laptop(u); }
  for (let i = 0; i < 30; i++) { const u = mk('itops', { home: homeNet('VIE'), mob: mobNet() }); phone(u); laptop(u); }

  // Guests (B2B collaboration): they sign in from their own companies' networks with their own devices.
  const guest = (group, net, homeDomain, homeTenantName, extra = {}) => {
    const u = mk(group, { userType: 'guest', net, homeTenantId: extra.homeTenantId || rng.guid(), homeTenantName, ...extra });
    u.upn = `${u.upn.split('@')[0]}@${homeDomain}`;
    u.laptop = { id: '', name: null, os: rng.chance(0.8) ? 'Windows10' : 'MacOs', browser: rng.chance(0.6) ? 'Chrome 133.0.0' : 'Edge 133.0.0', trust: null, compliant: false, managed: false, kind: 'laptop' };
    return u;
  };
  const itpTenant = rng.guid(), mroTenant = rng.guid(), csTenant = rng.guid();
  for (let i = 0; i < 14; i++) guest('itpartner', i < 10 ? 'itp-brno' : 'itp-lisbon', 'nordsys-it.eu', 'NordSys IT Services', { admin: true, homeTenantId: itpTenant, mob: 'at-mob-a1' });
  for (let i = 0; i < 30; i++) guest('mroguest', 'mro-budapest', 'aerotech-mro.hu', 'AeroTech MRO Kft.', { homeTenantId: mroTenant });
  for (let i = 0; i < 70; i++) guest('codeshare', i < 45 ? 'codeshare-fra' : 'codeshare-zrh', i < 45 ? 'rheinair.de' : 'helvetic-link.ch', i < 45 ? 'RheinAir AG' : 'Helvetic Link AG', { homeTenantId: i < 45 ? csTenant : undefined });
  for (let i = 0; i < 70; i++) guest('agency', i < 40 ? 'agency-at' : 'agency-de', rng.pick(['reisewelt-wien.at', 'alpentours.at', 'donau-reisen.at', 'bavaria-travel.de', 'tui-partner-muenchen.de']), 'Travel agency');

  // Service accounts.
  const svc = (name, extra) => { const u = { id: rng.guid(), name, upn: `${name.toLowerCase().replace(/ /g, '-')}@${DOMAIN}`, group: 'service', userType: 'member', mfaExempt: true, ...extra }; users.push(u); return u; };
  svc('svc-flightops', { name: 'svc-flightops', ropc: true, legacyExempt: false });
  svc('svc-crewsync', { name: 'svc-crewsync', ropc: true });
  for (const [n, net] of [['scan-hq-01', 'corp-hq'], ['scan-hq-02', 'corp-hq'], ['scan-hq-03', 'corp-hq'], ['scan-crew-01', 'corp-crew'], ['scan-hangar-01', 'corp-hangar'], ['scan-hangar-02', 'corp-hangar'], ['scan-occ-01', 'corp-occ']]) svc(`svc-${n}`, { smtp: true, legacyExempt: true, net });
  svc('breakglass-01', { admin: true, noSignIns: true });
  svc('breakglass-02', { admin: true, noSignIns: true });
  for (const u of users) if (!u.homeTenantId) u.homeTenantId = TENANT_ID;
  return users;
}
