// The accounts of Hallwyl Brunner & Cie SA.
import { NETS, ipIn, ep, TENANT, AUDITOR, CUSTODY } from './world.mjs';

const FIRST_DE = ['Lukas', 'Andrea', 'Reto', 'Nicole', 'Thomas', 'Sandra', 'Beat', 'Claudia', 'Martin', 'Barbara', 'Urs', 'Daniela', 'Stefan', 'Monika', 'Patrick', 'Karin', 'Marco', 'Simone', 'Adrian', 'Corinne', 'Fabian', 'Jasmin', 'Roger', 'Sabine', 'Matthias', 'Nadine', 'Christoph', 'Tanja', 'Dominik', 'Melanie', 'Peter', 'Ursula', 'Samuel', 'Lea', 'Jonas', 'Noemi', 'Severin', 'Regula', 'Felix', 'Annina'];
const LAST_DE = ['Meier', 'Müller', 'Keller', 'Brunner', 'Baumann', 'Frei', 'Huber', 'Gerber', 'Widmer', 'Zimmermann', 'Schmid', 'Fischer', 'Weber', 'Steiner', 'Moser', 'Graf', 'Wyss', 'Kälin', 'Hürlimann', 'Bachmann', 'Suter', 'Lüthi', 'Bösch', 'Egli', 'Hofstetter', 'Vogt', 'Aebischer', 'Knecht', 'Ammann', 'Sutter', 'Gut', 'Tobler', 'Zürcher', 'Rüegg', 'Bühler'];
const FIRST_FR = ['Julien', 'Camille', 'Olivier', 'Sophie', 'Nicolas', 'Céline', 'Laurent', 'Isabelle', 'Mathieu', 'Aurélie', 'Pierre', 'Élodie', 'Sébastien', 'Valérie', 'François', 'Chloé', 'Yves', 'Margaux', 'Guillaume', 'Delphine'];
const LAST_FR = ['Favre', 'Rochat', 'Dubois', 'Perrin', 'Bonvin', 'Morel', 'Gavillet', 'Chappuis', 'Lambelet', 'Python', 'Rey', 'Mercier', 'Jaquet', 'Monnier', 'Berthoud', 'Clerc', 'Dufour', 'Pittet', 'Vuille', 'Blanc'];
const FIRST_IT = ['Luca', 'Giulia', 'Matteo', 'Chiara', 'Alessandro', 'Francesca', 'Davide', 'Elena', 'Stefano', 'Sara', 'Fabio', 'Valentina'];
const LAST_IT = ['Bernasconi', 'Fontana', 'Rossi', 'Bianchi', 'Galli', 'Lepori', 'Pedrazzini', 'Cattaneo', 'Ferrari', 'Soldati', 'Pellandini', 'Mombelli'];
const FIRST_SG = ['Wei Ling', 'Jun Hao', 'Hui Min', 'Kai Wen', 'Siti', 'Arjun', 'Mei Xin', 'Daniel', 'Priya', 'Zhi Hao', 'Nurul', 'Rachel', 'Bryan', 'Shu Fen', 'Farid'];
const LAST_SG = ['Tan', 'Lim', 'Ng', 'Wong', 'Lee', 'Goh', 'Chua', 'Koh', 'Rahman', 'Pillai', 'Teo', 'Ong', 'Chen', 'Yeo', 'Ismail'];
const FIRST_AE = ['Omar', 'Layla', 'Khalid', 'Fatima', 'Rashid', 'Noura', 'Samir', 'Hana', 'Youssef', 'Mariam', 'James', 'Aisha', 'Tariq', 'Sara'];
const LAST_AE = ['Al Mansoori', 'Haddad', 'Khoury', 'Al Falasi', 'Nasser', 'Saleh', 'Farouk', 'Mahmoud', 'Hamdan', 'Aziz', 'Thompson', 'Karam'];
const FIRST_PT = ['João', 'Inês', 'Tiago', 'Mariana', 'Rui', 'Beatriz', 'Miguel', 'Catarina', 'Pedro', 'Ana', 'Diogo', 'Sofia', 'Nuno', 'Rita', 'Bruno', 'Joana'];
const LAST_PT = ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Costa', 'Rodrigues', 'Martins', 'Sousa', 'Fernandes', 'Gonçalves', 'Carvalho', 'Lopes', 'Marques', 'Almeida'];
const FIRST_IN = ['Priya', 'Rahul', 'Ananya', 'Vikram', 'Sneha', 'Arjun', 'Kavya', 'Rohan', 'Divya', 'Aditya', 'Meera', 'Karthik', 'Pooja', 'Siddharth', 'Neha', 'Varun', 'Shreya', 'Nikhil'];
const LAST_IN = ['Nair', 'Sharma', 'Iyer', 'Kulkarni', 'Reddy', 'Patil', 'Deshpande', 'Menon', 'Joshi', 'Rao', 'Gupta', 'Bhat', 'Kapoor', 'Shetty'];

const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');
const slug = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ü/g, 'ue').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export function buildPeople(rng) {
  const people = [];
  const spaces = new Map();
  function mkName(firsts, lasts, ns = 'hbc') {
    if (!spaces.has(ns)) spaces.set(ns, new Set());
    const used = spaces.get(ns);
    for (;;) {
      const f = rng.pick(firsts), l = rng.pick(lasts);
      const key = `${slug(f)}.${slug(l)}`;
      let k = key, n = 1;
      while (used.has(k)) k = `${key}${++n}`;
      if (n > 3) continue;
      used.add(k);
      return { name: `${f} ${l}`, local: k.replace(/-/g, '') === k ? k : k };
    }
  }
  const names = { zrh: [FIRST_DE, LAST_DE], gva: [FIRST_FR, LAST_FR], lug: [FIRST_IT, LAST_IT], sg: [FIRST_SG, LAST_SG], dxb: [FIRST_AE, LAST_AE], lis: [FIRST_PT, LAST_PT], ind: [FIRST_IN, LAST_IN] };
  const siteCfg = {
    zrh: { tz: 1, office: NETS.zrhOffice, homes: [NETS.swisscomRes, NETS.sunriseRes, NETS.init7Res, NETS.swisscomRes], mobs: [NETS.swisscomMob, NETS.swisscomMob, NETS.sunriseMob, NETS.saltMob], tag: 'ZRH' },
    gva: { tz: 1, office: NETS.gvaOffice, homes: [NETS.swisscomResGva, NETS.sunriseResVd], mobs: [NETS.swisscomMob, NETS.saltMob, NETS.sunriseMob], tag: 'GVA' },
    lug: { tz: 1, office: NETS.lugOffice, homes: [NETS.swisscomResTi], mobs: [NETS.swisscomMob, NETS.saltMob], tag: 'LUG' },
    sg: { tz: 8, office: NETS.sgOffice, homes: [NETS.singtelRes, NETS.starhubRes], mobs: [NETS.singtelMob], tag: 'SIN' },
    dxb: { tz: 4, office: NETS.dxbOffice, homes: [NETS.etisalatRes, NETS.duRes], mobs: [NETS.duMob], tag: 'DXB' },
    lis: { tz: 0, office: NETS.socOffice, homes: [NETS.meoRes, NETS.nosRes], mobs: [NETS.vodaPtMob], tag: 'LIS' },
    ind: { tz: 5.5, office: NETS.avdCin, homes: [NETS.airtelRes, NETS.jioRes, NETS.actRes], mobs: [NETS.jioRes], tag: 'IND' },
  };
  let devSeq = 10000;
  function laptop(tag, kind) {
    const mac = kind === 'mac';
    return { deviceId: rng.uuid(), displayName: mac ? `HBC-${tag}-M${++devSeq}` : `HBC-${tag}-L${++devSeq}`, os: mac ? 'MacOs' : 'Windows10', browser: mac ? 'Safari 18.1' : 'Edge 131.0.0', isCompliant: true, isManaged: true, trustType: mac ? 'Azure AD joined' : 'Hybrid Azure AD joined', ua: mac ? 'macSafari' : 'winEdge' };
  }
  function phone(android) {
    return android
      ? { deviceId: rng.uuid(), displayName: `SM-S918B`, os: 'Android 14', browser: 'Rich Client 4.61.0', isCompliant: true, isManaged: true, trustType: 'Azure AD registered', ua: 'androidChrome' }
      : { deviceId: rng.uuid(), displayName: `iPhone`, os: 'Ios 18.1.1', browser: 'Rich Client 4.61.0', isCompliant: true, isManaged: true, trustType: 'Azure AD registered', ua: 'iosOutlook' };
  }
  function add(kind, site, extra = {}) {
    const [fs, ls] = names[site];
    const nm = extra.nm || mkName(fs, ls);
    const cfg = siteCfg[site];
    const p = {
      id: rng.uuid(), kind, site, tz: cfg.tz, name: nm.name,
      upn: extra.upn === null ? `ext.${nm.local}@${TENANT.domain}` : (extra.upn || `${nm.local}@${TENANT.domain}`),
      userType: 'member', office: extra.office || cfg.office,
      officeIp: null, home: ep(rng, rng.pick(cfg.homes)), mobile: ep(rng, rng.pick(cfg.mobs)),
      laptop: laptop(cfg.tag, rng.chance(kind === 'wm' ? 0.25 : 0.06) ? 'mac' : 'win'),
      phone: phone(rng.chance(0.3)),
      mfa: rng.weighted([['Mobile app notification', 85], ['OATH verification code', 8], ['Text message', 7]]),
      wfh: new Set(rng.sample([1, 2, 3, 4, 5], rng.weighted([[0, 25], [1, 45], [2, 30]]))),
      startH: rng.normal(8.0, 0.6), endH: rng.normal(17.6, 0.7),
      mfaExcluded: false,
      ...extra,
    };
    if (extra.upn === null) p.upn = `ext.${nm.local}@${TENANT.domain}`;
    delete p.nm;
    people.push(p);
    return p;
  }
  for (let i = 0; i < 470; i++) add('staff', 'zrh');
  for (let i = 0; i < 195; i++) add('staff', 'gva');
  for (let i = 0; i < 88; i++) add('staff', 'lug');
  for (let i = 0; i < 105; i++) add('staff', 'sg');
  for (let i = 0; i < 52; i++) add('staff', 'dxb');
  for (let i = 0; i < 255; i++) add('vdi', 'zrh');
  for (let i = 0; i < 90; i++) add('vdi', 'gva');
  for (let i = 0; i < 55; i++) add('wm', 'zrh');
  for (let i = 0; i < 48; i++) add('wm', 'gva');
  for (let i = 0; i < 20; i++) add('wm', 'lug');
  for (let i = 0; i < 15; i++) add('wm', 'sg');
  for (let i = 0; i < 10; i++) add('wm', 'dxb');
  for (let i = 0; i < 55; i++) add('trader', 'zrh', { office: NETS.zrhTrading, startH: rng.normal(7.0, 0.4), endH: rng.normal(18.3, 0.6), wfh: new Set() });
  const it = [];
  for (let i = 0; i < 38; i++) it.push(add('it', 'zrh'));
  for (let i = 0; i < 24; i++) add('intern', rng.pick(['zrh', 'zrh', 'gva']), { startH: rng.normal(8.6, 0.5) });
  for (let i = 0; i < 16; i++) add('soc', 'lis', { upn: null, laptop: { deviceId: '', displayName: '', os: 'Windows10', browser: 'Edge 131.0.0', isCompliant: false, isManaged: false, trustType: '', ua: 'winEdge' } });
  for (let i = 0; i < 44; i++) add('dev', 'ind', { upn: null, laptop: { deviceId: rng.uuid(), displayName: `INFV-PUN-${1000 + i}`, os: 'Windows10', browser: 'Edge 131.0.0', isCompliant: true, isManaged: true, trustType: 'Azure AD joined', ua: 'winEdge' } });
  for (let i = 0; i < 30; i++) add('retiree', rng.pick(['zrh', 'zrh', 'gva', 'lug']), { mfa: 'Text message' });
  // admin accounts of IT staff (separate cloud-only accounts used on PAWs)
  for (let i = 0; i < 10; i++) {
    const base = it[i];
    const pawTag = String(i + 1).padStart(2, '0');
    add('admin', 'zrh', {
      nm: { name: `ADM ${base.name}`, local: `adm.${base.upn.split('@')[0]}` }, owner: base,
      laptop: { deviceId: rng.uuid(), displayName: `PAW-ZRH-${pawTag}`, os: 'Windows10', browser: 'Edge 131.0.0', isCompliant: true, isManaged: true, trustType: 'Azure AD joined', ua: 'winEdge' },
      home: base.home, mobile: base.mobile, phone: base.phone, mfa: 'FIDO2 security key',
    });
  }
  // guests
  const gFirst = [...FIRST_DE, ...FIRST_FR], gLast = [...LAST_DE, ...LAST_FR];
  for (let i = 0; i < 40; i++) {
    const nm = mkName(gFirst, gLast, 'auditor');
    add('guestAud', 'zrh', { nm, upn: `${nm.local}@${AUDITOR.domain}`, userType: 'guest', homeTenantId: AUDITOR.id, homeTenantName: AUDITOR.name, office: NETS.auditorOffice, laptop: { deviceId: '', displayName: '', os: 'Windows10', browser: 'Edge 131.0.0', isCompliant: false, isManaged: false, trustType: '', ua: 'winEdge' } });
  }
  for (let i = 0; i < 15; i++) {
    const nm = mkName(FIRST_FR, LAST_FR, 'custody');
    add('guestCust', 'gva', { nm, upn: `${nm.local}@${CUSTODY.domain}`, userType: 'guest', homeTenantId: CUSTODY.id, homeTenantName: CUSTODY.name, office: NETS.custodyOffice, laptop: { deviceId: '', displayName: '', os: 'Windows10', browser: 'Chrome 131.0.0', isCompliant: false, isManaged: false, trustType: '', ua: 'winChrome' } });
  }
  // service accounts, sync, rooms
  const dc = NETS.dcLupfig;
  const svc = (local, name, extra) => add('svc', 'zrh', { nm: { name, local }, office: dc, officeIp: ipIn(rng, dc), mfaExcluded: true, laptop: { deviceId: '', displayName: '', os: 'Windows Server 2022', browser: '', isCompliant: false, isManaged: false, trustType: '' }, ...extra });
  svc('svc-swiftmail', 'SWIFT Gateway Mailer', { role: 'swift' });
  svc('svc-bbgconnector', 'Bloomberg Connector Service', { role: 'bbg' });
  svc('svc-backup', 'M365 Backup Service', { role: 'backup' });
  svc('svc-recon', 'Nightly Reconciliation', { role: 'recon' });
  svc('payments.desk', 'Payments Desk (shared)', { role: 'shared', office: NETS.zrhOffice, officeIp: '195.141.88.17' });
  svc('svc-printscan', 'Scan to Mail (MFP)', { role: 'scan', office: NETS.zrhOffice, officeIp: '195.141.88.61' });
  add('svc', 'zrh', { nm: { name: 'On-Premises Directory Synchronization Service Account', local: 'Sync_HBCZRH-AADC01_3f7a9c2e1b4d' }, upn: `Sync_HBCZRH-AADC01_3f7a9c2e1b4d@hallwylbrunner.onmicrosoft.com`, role: 'sync', office: dc, officeIp: ipIn(rng, dc), mfaExcluded: true, laptop: { deviceId: '', displayName: '', os: 'Windows Server 2022', browser: '', isCompliant: false, isManaged: false, trustType: '' } });
  const rooms = [['zrh', 'Zurich Boardroom'], ['zrh', 'Zurich Limmat 3.01'], ['zrh', 'Zurich Sihl 4.02'], ['zrh', 'Zurich Trading Huddle'], ['gva', 'Geneva Salon Rhône'], ['gva', 'Geneva Léman 2.10'], ['lug', 'Lugano Sala Ceresio'], ['sg', 'Singapore Marina Room'], ['sg', 'Singapore Orchard Room'], ['dxb', 'Dubai DIFC Majlis'], ['zrh', 'Zurich Client Lounge'], ['gva', 'Geneva Client Lounge']];
  for (const [site, room] of rooms) {
    add('room', site, { nm: { name: room, local: `mtr-${slug(room)}` }, mfaExcluded: true, laptop: { deviceId: rng.uuid(), displayName: `MTR-${slug(room).toUpperCase().slice(0, 12)}`, os: 'Windows10', browser: 'Rich Client 4.61.0', isCompliant: true, isManaged: true, trustType: 'Azure AD joined', ua: 'mtr' } });
  }
  for (const p of people) if (!p.officeIp) p.officeIp = ipIn(rng, p.office);
  return people;
}
