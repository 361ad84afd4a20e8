// People, households, devices and sites of Nordlys Air.
import { DOMAIN } from './world.mjs';

const FIRST_NO = ['Ola', 'Kari', 'Nora', 'Emma', 'Jakob', 'Emil', 'Noah', 'Sofie', 'Ingrid', 'Henrik', 'Marius', 'Thea', 'Sigrid', 'Lars', 'Anders', 'Ida', 'Maja', 'Sander', 'Magnus', 'Tobias', 'Hanna', 'Silje', 'Kristian', 'Eirik', 'Martin', 'Mathilde', 'Astrid', 'Håkon', 'Jonas', 'Linnea', 'Vilde', 'Sindre', 'Ragnhild', 'Torstein', 'Marte', 'Even', 'Synnøve', 'Øystein', 'Birgitte', 'Camilla', 'Tuva', 'Aksel', 'Frida', 'Johanne', 'Kristoffer', 'Petter', 'Stine', 'Trond', 'Mona', 'Geir', 'Hilde', 'Knut', 'Turid', 'Bjørn', 'Solveig', 'Vegard', 'Elise', 'Runa', 'Amalie', 'Fredrik', 'Ane', 'Oda', 'Mats', 'Jørgen', 'Åse', 'Lene', 'Erlend', 'Rune', 'Tone', 'Espen'];
const LAST_NO = ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen', 'Johnsen', 'Pettersen', 'Eriksen', 'Berg', 'Haugen', 'Hagen', 'Johannessen', 'Andreassen', 'Jacobsen', 'Dahl', 'Jørgensen', 'Halvorsen', 'Henriksen', 'Lund', 'Sørensen', 'Jakobsen', 'Moen', 'Gundersen', 'Iversen', 'Strand', 'Solberg', 'Svendsen', 'Eide', 'Knutsen', 'Martinsen', 'Paulsen', 'Bakken', 'Kristoffersen', 'Mathisen', 'Lie', 'Amundsen', 'Nguyen', 'Rasmussen', 'Ali', 'Lunde', 'Solheim', 'Berge', 'Moe', 'Nygård', 'Bakke', 'Kristensen', 'Fredriksen', 'Holm', 'Lien', 'Hauge', 'Christensen', 'Andresen', 'Nielsen', 'Knudsen', 'Evensen', 'Sæther', 'Aas', 'Myhre', 'Hanssen', 'Ahmed', 'Haugland', 'Thomassen', 'Sivertsen', 'Simonsen', 'Danielsen', 'Berntsen', 'Sandvik', 'Rønning', 'Arnesen', 'Antonsen', 'Næss', 'Vik', 'Haug', 'Ellingsen', 'Thorsen', 'Edvardsen', 'Birkeland', 'Isaksen', 'Gulbrandsen', 'Ruud', 'Aasen', 'Strøm', 'Myklebust', 'Tangen', 'Ødegård', 'Eliassen', 'Helland', 'Bøe', 'Jenssen', 'Aune', 'Mikkelsen', 'Tveit', 'Brekke', 'Abrahamsen', 'Madsen'];
const FIRST_SE = ['Erik', 'Lars', 'Karin', 'Anna', 'Maria', 'Johan', 'Oskar', 'Elsa', 'Alice', 'Hugo', 'Wilma', 'Axel', 'Ebba', 'Filip', 'Klara', 'Viktor', 'Agnes', 'Gustav', 'Saga', 'Nils'];
const LAST_SE = ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson', 'Pettersson', 'Jonsson', 'Lindberg', 'Lindqvist', 'Bergström', 'Lundgren', 'Sjöberg', 'Holmberg', 'Engström', 'Wallin'];
const FIRST_LV = ['Jānis', 'Andris', 'Līga', 'Ilze', 'Kristaps', 'Māris', 'Dace', 'Edgars', 'Inese', 'Artūrs', 'Laura', 'Roberts', 'Zane', 'Mārtiņš', 'Evija', 'Raivis'];
const LAST_LV = ['Bērziņš', 'Kalniņš', 'Ozoliņš', 'Jansons', 'Liepa', 'Krūmiņš', 'Balodis', 'Zariņš', 'Vītols', 'Kļaviņa', 'Pētersone', 'Eglīte', 'Siliņa', 'Ozola', 'Lapiņa', 'Grīnbergs'];
const FIRST_IE = ['Aoife', 'Ciarán', 'Niamh', 'Seán', 'Orla', 'Declan', 'Siobhán', 'Eoin'];
const LAST_IE = ['Murphy', 'Kelly', "O'Sullivan", 'Walsh', 'Byrne', 'Ryan', "O'Brien", 'Doyle'];

const ASCII = { 'æ': 'ae', 'ø': 'o', 'å': 'a', 'ö': 'o', 'ä': 'a', 'é': 'e', 'ā': 'a', 'ē': 'e', 'ī': 'i', 'ū': 'u', 'ņ': 'n', 'ļ': 'l', 'ķ': 'k', 'š': 's', 'ž': 'z', 'č': 'c', 'ģ': 'g', "'": '', 'á': 'a' };
const asciify = (s) => s.toLowerCase().split('').map((c) => ASCII[c] ?? c).join('');

export const BASES = {
  OSL: { site: 'corp-osl-apt', home: ['telenor-fix-osl', 'telenor-fix-lil', 'altibox-osl', 'telia-fix-osl'], hangar: 'corp-osl-apt' },
  BGO: { site: 'corp-bgo', home: ['altibox-bgo', 'telia-fix-bgo'], hangar: 'corp-bgo' },
  TRD: { site: 'corp-trd', home: ['altibox-trd'], hangar: 'corp-trd' },
  TOS: { site: 'corp-tos', home: ['telenor-fix-tos', 'telia-fix-tos'], hangar: null },
  ARN: { site: 'corp-arn', home: ['telia-se-fix', 'bahnhof-sto'], hangar: null },
};
export const MOBILE_NO = [['telenor-mob', 5], ['telenor-mob2', 3], ['telia-mob', 4], ['ice-mob', 1]];

export function buildTenant(rng, reg) {
  const people = [], used = new Set();
  const mkName = (r, nat) => {
    const [F, L] = nat === 'SE' ? [FIRST_SE, LAST_SE] : nat === 'LV' ? [FIRST_LV, LAST_LV] : nat === 'IE' ? [FIRST_IE, LAST_IE] : [FIRST_NO, LAST_NO];
    for (;;) {
      const f = r.pick(F), l = r.pick(L);
      let base = `${asciify(f)}.${asciify(l)}`, k = base, i = 2;
      while (used.has(k)) k = base + i++;
      used.add(k);
      return { name: `${f} ${l}`, local: k };
    }
  };
  const dev = (kind, ownerTag) => {
    const id = rng.guid();
    const tag = rng.alnum(6);
    const m = {
      laptop: { name: `NLA-LT-${tag}`, os: 'Windows10', compliant: true, managed: true, trust: 'Hybrid Azure AD joined' },
      efb: { name: `NLA-EFB-${tag}`, os: 'Ios', compliant: true, managed: true, trust: 'Azure AD registered' },
      crewpad: { name: `iPad`, os: 'Ios', compliant: true, managed: true, trust: 'Azure AD registered' },
      iphone: { name: `iPhone`, os: 'Ios', compliant: false, managed: false, trust: 'Azure AD registered' },
      android: { name: `SM-S918B`, os: 'Android', compliant: false, managed: false, trust: 'Azure AD registered' },
      kiosk: { name: `NLA-KSK-${ownerTag}-${tag.slice(0, 3)}`, os: 'Windows10', compliant: true, managed: true, trust: 'Azure AD joined' },
      hangar: { name: `NLA-HGR-${ownerTag}-${tag.slice(0, 3)}`, os: 'Windows10', compliant: true, managed: true, trust: 'Azure AD joined' },
      mac: { name: `MacBook Pro`, os: 'MacOs', compliant: true, managed: true, trust: 'Azure AD registered' },
    }[kind];
    return { id, kind, ...m };
  };
  const households = [];
  const newHousehold = (netKey) => {
    const h = { net: netKey, ip: reg.alloc(netKey, 'honest', 'household') };
    households.push(h); return h;
  };
  const add = (role, base, extra = {}) => {
    const nat = extra.nat || (base === 'ARN' ? 'SE' : 'NO');
    const { name, local } = mkName(rng, nat);
    const p = { id: rng.guid(), name, local, upn: `${local}@${DOMAIN}`, role, base, ...extra };
    const phoneKind = rng.chance(0.62) ? 'iphone' : 'android';
    p.phone = dev(phoneKind);
    p.phoneUa = phoneKind === 'iphone' ? 'iphone' : 'android';
    p.mobile = rng.weighted(base === 'ARN' ? [['telia-se-mob', 1]] : MOBILE_NO);
    if (!extra.noHome) {
      const homes = BASES[base] ? BASES[base].home : ['telenor-fix-osl'];
      p.household = newHousehold(rng.pick(homes));
    }
    people.push(p);
    return p;
  };
  const counts = { pilot: { OSL: 140, BGO: 60, TRD: 50, TOS: 40, ARN: 30 }, cabin: { OSL: 250, BGO: 110, TRD: 90, TOS: 70, ARN: 60 }, ground: { OSL: 110, BGO: 45, TRD: 35, TOS: 30, ARN: 30 }, tech: { OSL: 80, BGO: 35, TRD: 25 } };
  for (const [role, per] of Object.entries(counts)) for (const [base, n] of Object.entries(per)) for (let i = 0; i < n; i++) {
    const p = add(role, base);
    if (role === 'pilot') p.pad = dev('efb');
    if (role === 'cabin' && rng.chance(0.7)) p.pad = dev('crewpad');
    if (role === 'tech' && rng.chance(0.25)) p.laptop = dev('laptop');
  }
  for (let i = 0; i < 45; i++) { const p = add('occ', 'OSL'); p.laptop = dev('laptop'); }
  for (let i = 0; i < 290; i++) {
    const p = add('office', 'OSL');
    p.laptop = rng.chance(0.08) ? dev('mac') : dev('laptop');
    p.wfh = rng.real(0, 0.5);
    const r = rng.next();
    p.egress = r < 0.14 ? 'zscaler' : r < 0.19 ? 'avd' : 'direct';
    p.finance = i < 22; p.hr = i >= 22 && i < 34;
  }
  for (let i = 0; i < 14; i++) {
    const p = add('it', 'OSL'); p.laptop = dev('laptop'); p.wfh = rng.real(0.2, 0.6);
    p.admin = i < 6; p.dev = i >= 5; p.egress = 'direct';
  }
  for (let i = 0; i < 14; i++) {
    const p = add('sdesk', 'RIX', { nat: 'LV', noHome: true, company: 'Baltic IT Services SIA' });
    p.household = newHousehold('tet-riga-res'); p.laptop = dev('laptop'); p.mobile = null;
  }
  for (let i = 0; i < 30; i++) {
    const p = add('guest-handling', i < 20 ? 'OSL' : 'BGO', { guest: true, homeTenant: '3b8e2f61-0c47-4d19-a5e8-9f2c6d1b7e40' });
    p.upn = `${p.local}_fjordhandling.no#EXT#@nordlysair.onmicrosoft.com`;
  }
  for (let i = 0; i < 8; i++) {
    const p = add('guest-lessor', 'DUB', { nat: 'IE', noHome: true, guest: true, homeTenant: '9c1d5a7e-3f20-4b86-8e4d-2a6f0c9b1e53' });
    p.upn = `${p.local}_aerolease.ie#EXT#@nordlysair.onmicrosoft.com`; p.mobile = null;
  }
  for (let i = 0; i < 10; i++) { const p = add(i < 6 ? 'cabin' : 'office', 'OSL', { newHire: true }); p.laptop = i >= 6 ? dev('laptop') : undefined; if (i < 6) p.pad = dev('crewpad'); }
  const svc = (local, name) => { const p = { id: rng.guid(), name, local, upn: `${local}@${DOMAIN}`, role: 'service', base: 'OSL' }; people.push(p); return p; };
  svc('svc-crewplan', 'CrewPlan Integration');
  svc('svc-smtp-relay', 'SMTP Relay (Printers)');
  svc('svc-scanner-bgo', 'Scanner Bergen Hangar');
  svc('svc-efb-sync', 'EFB Document Sync');
  svc('mtr-gen-fjord', 'Møterom Fjord (Teams Room)');
  svc('mtr-gen-nordlys', 'Møterom Nordlys (Teams Room)');
  // a forgotten test account from the 2023 EFB roll-out (excluded from MFA, never signs in honestly)
  const t = svc('efb.test', 'EFB Test Pilot'); t.role = 'dormant';
  // accounts that exist but do not sign in during the fortnight (shared mailboxes, seasonal staff, on leave)
  for (let i = 0; i < 70; i++) { const { name, local } = mkName(rng, 'NO'); people.push({ id: rng.guid(), name, local, upn: `${local}@${DOMAIN}`, role: 'dormant', base: 'OSL' }); }
  // a few couples working for the airline share a home
  const crew = people.filter((p) => (p.role === 'pilot' || p.role === 'cabin') && p.household);
  for (let i = 0; i + 1 < 60; i += 2) { const a = crew[i * 7 % crew.length], b = crew[(i * 7 + 3) % crew.length]; if (a.base === b.base && a !== b) b.household = a.household; }
  return { people, households };
}
