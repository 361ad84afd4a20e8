// The directory: employees, technicians, control room, service desk, admins, contractors, guests, service accounts.
import { POOL, SITE } from './world.mjs';

const FIRST_DE = ['Lukas', 'Jonas', 'Finn', 'Leon', 'Paul', 'Felix', 'Niklas', 'Tim', 'Jan', 'Moritz', 'Hannah', 'Lea', 'Anna', 'Lena', 'Sophie', 'Marie', 'Laura', 'Julia', 'Katrin', 'Sabine', 'Stefan', 'Thomas', 'Michael', 'Andreas', 'Frank', 'Jens', 'Birte', 'Maren', 'Henrik', 'Ole', 'Malte', 'Sönke', 'Kerstin', 'Anke', 'Dirk', 'Torsten', 'Insa', 'Wiebke', 'Fenja', 'Hauke'];
const LAST_DE = ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Koch', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Braun', 'Hofmann', 'Zimmermann', 'Hansen', 'Petersen', 'Jensen', 'Claussen', 'Thomsen', 'Ahrens', 'Lorenz', 'Vogel', 'Schulte', 'Brandt', 'Krüger', 'Lange', 'Harms', 'Janssen', 'Frerichs', 'Ehlers', 'Dose', 'Carstens', 'Möller', 'Paulsen'];
const FIRST_NL = ['Daan', 'Sem', 'Bram', 'Lars', 'Jesse', 'Thijs', 'Ruben', 'Sanne', 'Femke', 'Lotte', 'Anouk', 'Iris', 'Marloes', 'Joost', 'Wouter', 'Gerrit', 'Hendrik', 'Marieke', 'Eline', 'Niels'];
const LAST_NL = ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Dekker', 'Brouwer', 'van Dijk', 'Bos', 'Hoekstra', 'Kuipers', 'Veenstra', 'Postma', 'Wiersma', 'Dijkstra'];
const FIRST_DK = ['Mads', 'Rasmus', 'Mikkel', 'Søren', 'Anders', 'Kasper', 'Frederik', 'Mette', 'Camilla', 'Louise', 'Pernille', 'Trine', 'Jesper', 'Niels', 'Kristian', 'Morten', 'Line', 'Sofie', 'Emil', 'Jakob'];
const LAST_DK = ['Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Poulsen', 'Iversen', 'Knudsen', 'Mortensen', 'Møller', 'Lund'];
const FIRST_PL = ['Piotr', 'Krzysztof', 'Tomasz', 'Paweł', 'Michał', 'Anna', 'Katarzyna', 'Magdalena', 'Agnieszka', 'Marcin', 'Łukasz', 'Joanna', 'Kamil', 'Ewa', 'Jakub'];
const LAST_PL = ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Woźniak', 'Dąbrowski', 'Kozłowski', 'Mazur', 'Krawczyk', 'Piotrowski'];

export const DOMAIN = 'duenenwind.com';
const ascii = (s) => s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/ø/g, 'oe').replace(/å/g, 'aa').replace(/æ/g, 'ae')
  .replace(/ł/g, 'l').replace(/ś/g, 's').replace(/ź|ż/g, 'z').replace(/ą/g, 'a').replace(/ę/g, 'e').replace(/ó/g, 'o').replace(/ć/g, 'c').replace(/ń/g, 'n').replace(/[^a-z]/g, '');

export function buildPeople(rng) {
  const users = [];
  const taken = new Set();
  const mkName = (F, L) => {
    for (;;) {
      const f = rng.pick(F), l = rng.pick(L);
      let base = `${ascii(f[0])}.${ascii(l)}`;
      let upn = `${base}@${DOMAIN}`; let i = 2;
      while (taken.has(upn)) upn = `${base}${i++}@${DOMAIN}`;
      taken.add(upn);
      return { name: `${f} ${l}`, upn };
    }
  };
  const laptop = (trust = 'Azure AD joined') => ({ id: rng.guid(), name: `DW-NB-${rng.int(1000, 9999)}`, os: 'Windows 10', compliant: true, managed: true, trust });
  const phone = () => {
    const ios = rng.chance(0.62);
    return { id: rng.guid(), name: ios ? 'iPhone' : rng.pick(['Galaxy S24', 'Pixel 9', 'Galaxy A55', 'Galaxy XCover7']), os: ios ? `Ios ${rng.pick(['26.1', '26.0.1', '18.7.2'])}` : `Android ${rng.pick(['15', '16'])}`, ios, compliant: true, managed: true, trust: 'Azure AD registered' };
  };
  const add = (role, F, L, extra = {}) => {
    const { name, upn } = extra.upn ? { name: extra.name, upn: extra.upn } : mkName(F, L);
    const u = { id: rng.guid(), name, upn, type: 'member', role, laptop: laptop(), phone: phone(), leave: new Set(), ...extra };
    u.laptopSession = rng.guid(); u.phoneSession = rng.guid();
    // a week or so of leave for some people
    if (rng.chance(0.18)) { const s = rng.int(0, 12); for (let d = s; d < s + rng.int(2, 5); d++) u.leave.add(d); }
    users.push(u);
    return u;
  };
  // HQ Hamburg office staff
  for (let i = 0; i < 640; i++) add('office', FIRST_DE, LAST_DE, { site: SITE.HQ, home: rng.pick([POOL.deVodafone, POOL.deTelekom, POOL.deO2, POOL.deTelekomNorderstedt]), mobile: rng.pick([POOL.deTelekomMobile, POOL.deVodafoneMobile]), zs: 'zsFra', officeRate: rng.float(0.35, 0.85) });
  // Groningen office + Eemshaven base (office staff)
  for (let i = 0; i < 230; i++) add('office', FIRST_NL, LAST_NL, { site: rng.chance(0.75) ? SITE.GRO : SITE.EEM, home: rng.pick([POOL.nlZiggo, POOL.nlKpn]), mobile: rng.pick([POOL.nlKpnMobile, POOL.nlOdido]), zs: 'zsAms', officeRate: rng.float(0.35, 0.8) });
  // Esbjerg O&M base office staff
  for (let i = 0; i < 120; i++) add('office', FIRST_DK, LAST_DK, { site: SITE.ESB, home: rng.pick([POOL.dkTdc, POOL.dkNorlys]), mobile: rng.pick([POOL.dkTdcMobile, POOL.dkTelia]), zs: 'zsCph', officeRate: rng.float(0.5, 0.9) });
  // Offshore technicians (Esbjerg and Eemshaven bases), rotating 14 on / 14 off
  for (let i = 0; i < 150; i++) add('tech', FIRST_DK, LAST_DK, { site: SITE.ESB, home: rng.pick([POOL.dkTdc, POOL.dkNorlys]), mobile: rng.pick([POOL.dkTdcMobile, POOL.dkTelia]), zs: 'zsCph', rotation: rng.int(0, 27), vessel: rng.chance(0.35) });
  for (let i = 0; i < 110; i++) add('tech', [...FIRST_NL, ...FIRST_DE], [...LAST_NL, ...LAST_DE], { site: SITE.EEM, home: rng.pick([POOL.nlZiggo, POOL.nlKpn, POOL.deEwe]), mobile: rng.pick([POOL.nlKpnMobile, POOL.nlOdido, POOL.deTelekomMobile]), zs: 'zsAms', rotation: rng.int(0, 27), vessel: rng.chance(0.35) });
  // 24/7 control room operators (crews A-D)
  for (let i = 0; i < 44; i++) add('control', FIRST_DE, LAST_DE, { site: SITE.CONTROL, home: rng.pick([POOL.deVodafone, POOL.deTelekom]), mobile: rng.pick([POOL.deTelekomMobile, POOL.deVodafoneMobile]), zs: 'zsFra', crew: i % 4 });
  // developers / data engineers
  for (let i = 0; i < 34; i++) add('dev', [...FIRST_DE, ...FIRST_NL], [...LAST_DE, ...LAST_NL], { site: rng.chance(0.7) ? SITE.HQ : SITE.GRO, home: rng.pick([POOL.deVodafone, POOL.deTelekom, POOL.nlZiggo]), mobile: rng.pick([POOL.deTelekomMobile, POOL.nlKpnMobile]), zs: 'zsFra', officeRate: rng.float(0.2, 0.6), hetzner: i < 2 });
  // outsourced service desk (Krakow) — work from Windows 365 Cloud PCs in Azure West Europe
  for (let i = 0; i < 22; i++) add('desk', FIRST_PL, LAST_PL, { site: SITE.KRK, home: rng.pick([POOL.plOrange, POOL.plUpc]), mobile: POOL.plOrange, zs: 'zsFra', deskShift: i % 2 });
  // contractors
  for (let i = 0; i < 110; i++) {
    const c = rng.weighted([['de', 5], ['dk', 2], ['nl', 2], ['pl', 1]]);
    const [F, L, home, mobile, zs] = c === 'de' ? [FIRST_DE, LAST_DE, POOL.deTelekom, POOL.deTelekomMobile, 'zsFra'] : c === 'dk' ? [FIRST_DK, LAST_DK, POOL.dkTdc, POOL.dkTdcMobile, 'zsCph'] : c === 'nl' ? [FIRST_NL, LAST_NL, POOL.nlZiggo, POOL.nlKpnMobile, 'zsAms'] : [FIRST_PL, LAST_PL, POOL.plUpc, POOL.plOrange, 'zsFra'];
    const u = add('contractor', F, L, { site: c === 'dk' ? SITE.ESB : c === 'nl' ? SITE.GRO : SITE.HQ, home, mobile, zs, officeRate: 0.15 });
    u.upn = u.upn.replace('@', '.ext@'); u.name += ' (extern)';
  }
  // cloud / IT admins: a daily account and an adm- account
  const admins = [];
  for (const [f, l, site, home, mobile, zs] of [
    ['Jan', 'Hoffmann', SITE.HQ, POOL.deVodafone, POOL.deTelekomMobile, 'zsFra'], ['Katrin', 'Vogel', SITE.HQ, POOL.deTelekom, POOL.deTelekomMobile, 'zsFra'],
    ['Stefan', 'Meyer', SITE.HQ, POOL.deTelekomNorderstedt, POOL.deVodafoneMobile, 'zsFra'], ['Lars', 'Jansen', SITE.GRO, POOL.nlZiggo, POOL.nlKpnMobile, 'zsAms'],
    ['Frank', 'Richter', SITE.HQ, POOL.deO2, POOL.deTelekomMobile, 'zsFra'], ['Mette', 'Lund', SITE.ESB, POOL.dkTdc, POOL.dkTdcMobile, 'zsCph'],
    ['Piotr', 'Nowak', SITE.KRK, POOL.plOrange, POOL.plOrange, 'zsFra'], ['Birte', 'Carstens', SITE.HQ, POOL.deVodafone, POOL.deVodafoneMobile, 'zsFra']]) {
    const daily = add('office', [], [], { name: `${f} ${l}`, upn: `${ascii(f[0])}.${ascii(l)}@${DOMAIN}`, site, home, mobile, zs, officeRate: 0.6 });
    const adm = add('admin', [], [], { name: `ADM ${f} ${l}`, upn: `adm-${ascii(f[0])}.${ascii(l)}@${DOMAIN}`, site, home, mobile, zs, officeRate: 0.6, daily, leave: daily.leave });
    adm.laptop = daily.laptop; adm.phone = daily.phone;
    admins.push(adm);
  }
  // Teams Rooms resource accounts
  const rooms = [];
  for (const [n, site] of [['mtr-ham-elbe', SITE.HQ], ['mtr-ham-alster', SITE.HQ], ['mtr-ham-hafen', SITE.HQ], ['mtr-ham-sylt', SITE.HQ], ['mtr-ham-helgoland', SITE.HQ], ['mtr-ham-leitstand', SITE.CONTROL],
    ['mtr-gro-eems', SITE.GRO], ['mtr-gro-wadden', SITE.GRO], ['mtr-eem-kade', SITE.EEM], ['mtr-esb-havn', SITE.ESB], ['mtr-esb-fanoe', SITE.ESB], ['mtr-esb-vaerksted', SITE.ESB]]) {
    rooms.push(add('room', [], [], { name: `Teams Room ${n.split('-').slice(1).join(' ')}`, upn: `${n}@${DOMAIN}`, site, leave: new Set(), laptop: { id: rng.guid(), name: n.toUpperCase(), os: 'Windows 10', compliant: true, managed: true, trust: 'Azure AD joined' } }));
  }
  // service (user) accounts
  const svc = {
    alarms: add('svc', [], [], { name: 'Turbine Alarm Relay', upn: `alarms-smtp@${DOMAIN}`, leave: new Set() }),
    scan: add('svc', [], [], { name: 'Scan to Mail HQ', upn: `scan2mail@${DOMAIN}`, leave: new Set() }),
    pbi: add('svc', [], [], { name: 'svc Power BI Gateway', upn: `svc-pbi-gateway@${DOMAIN}`, leave: new Set() }),
    sync: add('svc', [], [], { name: 'On-Premises Directory Synchronization Service Account', upn: `Sync_HAMDC01_4f1c9a27b3e8@duenenwind.onmicrosoft.com`, leave: new Set() }),
    workshop: add('svc', [], [], { name: 'Werkstatt Esbjerg (shared)', upn: `workshop.esbjerg@${DOMAIN}`, leave: new Set(), site: SITE.ESB }),
  };
  // B2B guests from turbine vendors / grid partners
  const VENDOR = [
    { dom: 'nordvind-turbines.dk', tenant: '9a3e1f70-2c4b-4d8e-b1a6-5f7c0d2e9b31', tname: 'Nordvind Turbines A/S', pool: POOL.vendorDk, home: POOL.vendorDkHome, F: FIRST_DK, L: LAST_DK, n: 70 },
    { dom: 'cierzo-eolica.es', tenant: '2b7d4c91-8e3f-4a05-9c6b-1d0e7f3a2c42', tname: 'Cierzo Eólica S.A.', pool: POOL.vendorEs, home: POOL.vendorEs, F: ['Javier', 'Iñaki', 'Ane', 'Maite', 'Carlos', 'Lucía', 'Jon', 'Ainhoa', 'Mikel', 'Elena'], L: ['Etxeberria', 'Garcia', 'Aguirre', 'Urrutia', 'Fernández', 'Martínez', 'Zubizarreta', 'Goikoetxea'], n: 45 },
    { dom: 'granitegrid.com', tenant: '6f0c2a85-3d9e-4b17-a8c4-2e5b9d1f7a53', tname: 'Granite Grid Systems Inc.', pool: POOL.vendorUs, home: POOL.vendorUs, F: ['Mike', 'Sarah', 'David', 'Jennifer', 'Chris', 'Ashley', 'Ryan', 'Megan'], L: ['Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor', 'Moore', 'Clark'], n: 30 },
  ];
  const guests = [];
  for (const v of VENDOR) {
    for (let i = 0; i < v.n; i++) {
      const f = rng.pick(v.F), l = rng.pick(v.L);
      let upn = `${ascii(f)}.${ascii(l)}@${v.dom}`; let k = 2;
      while (taken.has(upn)) upn = `${ascii(f)}.${ascii(l)}${k++}@${v.dom}`;
      taken.add(upn);
      const g = { id: rng.guid(), name: `${f} ${l}`, upn, type: 'guest', role: 'guest', homeTenantId: v.tenant, homeTenantName: v.tname, vendor: v, leave: new Set(), activity: rng.float(0.15, 0.6),
        laptop: { id: '', name: '', os: rng.pick(['Windows 10', 'Windows 10', 'MacOs']), compliant: false, managed: false, trust: '' }, phone: null, laptopSession: rng.guid(), phoneSession: rng.guid() };
      users.push(g); guests.push(g);
    }
  }
  return { users, admins, rooms, svc, guests, VENDOR, taken };
}
