// People, devices, the address registry and where everybody is when.
import { NETS, BAD_NETS, GEO, BASES, DAY, HOUR, MIN, T0, NDAYS, DOMAIN, HOME_NETS, MOBILE_NETS } from './world.mjs';

// ------------------------------------------------------------------ address registry
export class Registry {
  constructor(rng) { this.rng = rng; this.honest = new Map(); this.bad = new Map(); this.pools = new Map(); this.geo = new Map(); }
  raw(net, rng) {
    const p = rng.pick(net.pfx), n = p.split('.').length;
    return n === 3 ? `${p}.${rng.int(2, 254)}` : `${p}.${rng.int(0, 255)}.${rng.int(2, 254)}`;
  }
  geoKey(net, rng) {
    if (Array.isArray(net.geo)) return rng.pick(net.geo);
    if (net.alt && rng.chance(0.35)) return rng.pick(net.alt);
    return net.geo;
  }
  _take(key, net, rng, map, other) {
    for (let i = 0; i < 1000; i++) {
      const ip = this.raw(net, rng);
      if (map.has(ip) || other.has(ip)) continue;
      map.set(ip, key); this.geo.set(ip, this.geoKey(net, rng));
      return ip;
    }
    throw new Error(`address pool exhausted: ${key}`);
  }
  /** A fresh honest address of network `key` (e.g. a household's line). */
  fresh(key, rng = this.rng) { return this._take(key, NETS[key], rng, this.honest, this.bad); }
  /** An honest address from the shared pool of `key` (offices, CGNAT, Zscaler, Starlink ...). */
  pooled(key, rng) {
    const net = NETS[key];
    if (!this.pools.has(key)) {
      const r = this.rng.fork(`pool:${key}`), cap = net.pfx.reduce((c, x) => c + (x.split('.').length === 3 ? 150 : 20000), 0), n = Math.min(cap, (net.kind === 'mobile' ? 4 : 1) * (net.hosts || 8)), xs = [];
      for (let i = 0; i < n; i++) xs.push(this._take(key, net, r, this.honest, this.bad));
      this.pools.set(key, xs);
    }
    return rng.pick(this.pools.get(key));
  }
  /** An intruder address (never honest). */
  intruder(key, rng = this.rng) { return this._take(key, BAD_NETS[key], rng, this.bad, this.honest); }
  v6(key, rng) {
    const net = NETS[key];
    const ip = `${net.v6}:${rng.hex(4).replace(/^0+/, '') || '0'}:${rng.hex(4).replace(/^0+/, '') || '0'}:${rng.hex(4).replace(/^0+/, '') || '0'}:${rng.hex(4).replace(/^0+/, '') || '0'}:${rng.hex(4).replace(/^0+/, '') || '0'}:${rng.hex(4).replace(/^0+/, '') || '0'}`;
    this.honest.set(ip, key); this.geo.set(ip, net.geo); return ip;
  }
  netOf(ip) { const k = this.honest.get(ip) ?? this.bad.get(ip); return NETS[k] || BAD_NETS[k]; }
  where(ip) { return { key: this.honest.get(ip) ?? this.bad.get(ip), geo: GEO[this.geo.get(ip)], asn: this.netOf(ip).asn }; }
}

// ------------------------------------------------------------------ names
const NAMES = {
  intl: [['Anna', 'Marc', 'Sophie', 'Luca', 'Julien', 'Claire', 'Thomas', 'Elena', 'Pierre', 'Nadia', 'Sarah', 'David', 'Laura', 'Mathieu', 'Isabelle', 'Nicolas',
    'Camille', 'Martin', 'Chiara', 'Fabienne', 'Olivier', 'Céline', 'Johanna', 'Stefan', 'Miriam', 'Rahel', 'Amira', 'Jonas', 'Léa', 'Ingrid', 'Tomás', 'Aoife',
    'Hanna', 'Kofi', 'Ines', 'Bruno', 'Maëlle', 'Yannick', 'Sven', 'Giulia', 'Benoît', 'Astrid', 'Paolo', 'Rebecca', 'Daniel', 'Emma', 'Samuel', 'Clara'],
  ['Favre', 'Rochat', 'Müller', 'Meier', 'Bonvin', 'Perret', 'Dubois', 'Moreau', 'Rossi', 'Keller', 'Fischer', 'Haddad', 'Schmid', 'Gerber', 'Baumann', 'Morel',
    'Lambert', 'Girard', 'Bianchi', 'Huber', 'Weber', 'Mensah', 'Andersson', 'Johansen', 'Kowalski', 'Santos', 'Costa', 'Silva', "O'Brien", 'Van der Berg',
    'Jacquet', 'Berset', 'Chappuis', 'Delacroix', 'Lindqvist', 'Brunner', 'Zimmermann', 'Martinez', 'Okonkwo', 'Nielsen', 'Ferrari', 'Dupont', 'Roux', 'Vogel']],
  ke: [['Wanjiru', 'Achieng', 'Kamau', 'Otieno', 'Njeri', 'Mwangi', 'Akinyi', 'Kiprono', 'Chebet', 'Wafula', 'Nyambura', 'Omondi', 'Faith', 'Brian', 'Grace',
    'Kevin', 'Mercy', 'Dennis', 'Esther', 'Collins', 'Joy', 'Victor', 'Lilian', 'Eric', 'Ruth', 'Felix', 'Caroline', 'Moses'],
  ['Mwangi', 'Otieno', 'Kamau', 'Wanjiku', 'Ochieng', 'Kiplagat', 'Njoroge', 'Mutua', 'Odhiambo', 'Kariuki', 'Wekesa', 'Chepkoech', 'Barasa', 'Onyango', 'Muthoni',
    'Kimani', 'Ndungu', 'Owino', 'Rotich', 'Mwende']],
  lev: [['Ahmad', 'Lina', 'Omar', 'Rania', 'Khaled', 'Dina', 'Yousef', 'Hala', 'Tariq', 'Noor', 'Mahmoud', 'Sara', 'Zaid', 'Reem', 'Hussein', 'Layla', 'Rami',
    'Maha', 'Fadi', 'Nour', 'Bashar', 'Yara'],
  ['Al-Khatib', 'Haddad', 'Nasser', 'Khalil', 'Saleh', 'Mansour', 'Qasem', 'Awad', 'Darwish', 'Hamdan', 'Al-Zoubi', 'Obeidat', 'Shami', 'Khoury', 'Hijazi', 'Abu-Ghazaleh']],
  tr: [['Mehmet', 'Ayşe', 'Emre', 'Zeynep', 'Fatma', 'Mustafa', 'Hasan', 'Elif', 'Burak', 'Merve', 'Ahmad', 'Lina', 'Omar', 'Hala', 'Yousef', 'Rasha', 'Abdulrahman', 'Nour'],
  ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Aydın', 'Öztürk', 'Arslan', 'Al-Hamwi', 'Kurdi', 'Halabi', 'Idlibi', 'Sheikh', 'Darwish']],
  th: [['Somchai', 'Naree', 'Kittipong', 'Ploy', 'Anan', 'Suda', 'Chatchai', 'Malee', 'Thanawat', 'Pim', 'Arun', 'Mai', 'Linh', 'Htet', 'Aung', 'Nanda'],
  ['Srisuk', 'Wongsa', 'Charoenkul', 'Phromma', 'Saetang', 'Boonmee', 'Chaiyaporn', 'Rattanakorn', 'Nguyen', 'Tran', 'Kyaw', 'Sukprasert']],
  la: [['Carlos', 'María', 'José', 'Ana', 'Luis', 'Gabriela', 'Diego', 'Valeria', 'Andrés', 'Lucía', 'Ricardo', 'Fernanda', 'Jorge', 'Paola', 'Alejandro', 'Camila'],
  ['González', 'Rodríguez', 'Pérez', 'Castillo', 'Herrera', 'Morales', 'Vargas', 'Jiménez', 'Ramos', 'Quintero', 'Batista', 'Sanjur', 'Villarreal', 'Arosemena']],
  ht: [['Jean', 'Marie', 'Widlyne', 'Rodrigue', 'Nadège', 'Daphney', 'Jean-Robert', 'Guerline', 'Wilson', 'Fabiola', 'Ronald', 'Mirlande', 'Stanley', 'Roseline'],
  ['Pierre', 'Joseph', 'Jean-Baptiste', 'Louis', 'Charles', 'Estimé', 'Saint-Fleur', 'Dorvil', 'Désir', 'Augustin', 'Célestin', 'Noël']],
  ss: [['Deng', 'Nyandeng', 'Garang', 'Achol', 'Majok', 'Akuol', 'Lual', 'Nyibol', 'James', 'Rebecca', 'Peter', 'Mary', 'John', 'Elizabeth', 'Simon', 'Martha'],
  ['Deng', 'Garang', 'Majok', 'Akol', 'Lado', 'Wani', 'Ladu', 'Kuol', 'Bol', 'Malual', 'Lokudu', 'Taban', 'Jok', 'Ajak']],
  cd: [['Jean-Claude', 'Espérance', 'Patrick', 'Chantal', 'Didier', 'Furaha', 'Innocent', 'Aline', 'Josué', 'Neema', 'Serge', 'Bahati', 'Ange', 'Riziki', 'Olivier', 'Sifa'],
  ['Mulumba', 'Mugisha', 'Kasereka', 'Kambale', 'Masika', 'Paluku', 'Muhindo', 'Kahindo', 'Bisimwa', 'Lukusa', 'Mumbere', 'Kavira', 'Ndayisaba', 'Habimana']],
  bd: [['Mohammad', 'Rahima', 'Abdul', 'Nasrin', 'Kamal', 'Shirin', 'Rashed', 'Farzana', 'Tanvir', 'Sumaiya', 'Arif', 'Mim', 'Sabbir', 'Tahmina', 'Jahid', 'Nusrat'],
  ['Hossain', 'Rahman', 'Islam', 'Akter', 'Uddin', 'Chowdhury', 'Begum', 'Alam', 'Karim', 'Sarkar', 'Sultana', 'Miah', 'Haque']],
  ng: [['Musa', 'Aisha', 'Ibrahim', 'Fatima', 'Abubakar', 'Hauwa', 'Bukar', 'Zainab', 'Modu', 'Falmata', 'Chinedu', 'Ngozi', 'Yakubu', 'Amina', 'Emeka', 'Hadiza'],
  ['Bukar', 'Modu', 'Abba', 'Lawan', 'Kyari', 'Goni', 'Ali', 'Mohammed', 'Okafor', 'Adeyemi', 'Usman', 'Shettima', 'Bello', 'Eze']],
  in: [['Rohan', 'Priya', 'Amit', 'Sneha', 'Vikram', 'Kavya', 'Arjun', 'Neha'], ['Deshpande', 'Kulkarni', 'Patil', 'Joshi', 'Sharma', 'Iyer', 'Nair', 'Gokhale']],
};
const BASE_NAMES = { GVA: 'intl', NBO: 'ke', AMM: 'lev', BKK: 'th', PTY: 'la', JUB: 'ss', GOM: 'cd', CXB: 'bd', GZT: 'tr', PAP: 'ht', MIU: 'ng' };
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').replace(/ş/g, 's').replace(/ğ/g, 'g').replace(/[^A-Za-z-]/g, '').toLowerCase();

// ------------------------------------------------------------------ flights (real routes; block times in hours)
const LEGS = {
  'GVA-AMS': 1.6, 'AMS-NBO': 8.4, 'GVA-DOH': 6.0, 'DOH-NBO': 5.3, 'GVA-IST': 3.0, 'IST-AMM': 2.2, 'GVA-DXB': 6.2, 'DXB-BKK': 6.3, 'GVA-MAD': 2.0,
  'MAD-PTY': 10.7, 'IST-GZT': 1.7, 'GVA-ADD': 6.6, 'ADD-JUB': 2.1, 'DXB-DAC': 4.5, 'DAC-CXB': 1.1, 'IST-ABV': 6.5, 'ABV-MIU': 1.5, 'AMS-KGL': 8.6,
  'NBO-JUB': 2.0, 'NBO-KGL': 1.3, 'AMM-IST': 2.3, 'BKK-DAC': 2.7, 'PTY-PAP': 2.2, 'KGL-GOM': 3.5 /* road via Gisenyi */, 'DOH-AMM': 3.2, 'NBO-ADD': 2.0,
  'DOH-BKK': 6.5, 'AMM-DOH': 3.2, 'DOH-DAC': 5.0,
};
const ROUTES = {
  'GVA-NBO': [['GVA', 'AMS', 'NBO'], ['GVA', 'DOH', 'NBO']], 'GVA-AMM': [['GVA', 'IST', 'AMM']], 'GVA-BKK': [['GVA', 'DXB', 'BKK']],
  'GVA-PTY': [['GVA', 'MAD', 'PTY']], 'GVA-GZT': [['GVA', 'IST', 'GZT']], 'GVA-JUB': [['GVA', 'ADD', 'JUB']], 'GVA-CXB': [['GVA', 'DXB', 'DAC', 'CXB']],
  'GVA-MIU': [['GVA', 'IST', 'ABV', 'MIU']], 'GVA-PAP': [['GVA', 'MAD', 'PTY', 'PAP']], 'GVA-GOM': [['GVA', 'AMS', 'KGL', 'GOM']], 'NBO-JUB': [['NBO', 'JUB']], 'NBO-GOM': [['NBO', 'KGL', 'GOM']],
  'AMM-GZT': [['AMM', 'IST', 'GZT']], 'BKK-CXB': [['BKK', 'DAC', 'CXB']], 'PTY-PAP': [['PTY', 'PAP']], 'MIU-ABV': [['MIU', 'ABV']], 'JUB-NBO': [['JUB', 'NBO']],
  'GOM-KGL': [['GOM', 'KGL']], 'CXB-BKK': [['CXB', 'DAC', 'BKK']], 'GVA-KGL': [['GVA', 'AMS', 'KGL']], 'AMM-GOM': [['AMM', 'DOH', 'NBO', 'KGL', 'GOM']],
  'NBO-GVA': [['NBO', 'AMS', 'GVA']], 'GZT-IST': [['GZT', 'IST']], 'PAP-PTY': [['PAP', 'PTY']], 'CXB-DAC': [['CXB', 'DAC']],
};
function legH(a, b) { return LEGS[`${a}-${b}`] ?? LEGS[`${b}-${a}`] ?? (() => { if (a === 'NBO' && b === 'KGL') return 1.3; throw new Error(`no leg ${a}-${b}`); })(); }
export function route(from, to, rng) {
  if (ROUTES[`${from}-${to}`]) return rng.pick(ROUTES[`${from}-${to}`]);
  if (ROUTES[`${to}-${from}`]) return rng.pick(ROUTES[`${to}-${from}`]).slice().reverse();
  throw new Error(`no route ${from}-${to}`);
}
/** Append a journey to segs: leave `from` at depart (UTC ms); returns arrival time. Layovers become 'airport' segments. */
export function journey(segs, from, to, depart, rng) {
  const hops = route(from, to, rng);
  let t = depart;
  for (let i = 0; i + 1 < hops.length; i++) {
    if (i > 0) { const lay = rng.float(1.3, 3.2) * HOUR; segs.push({ t0: t, t1: t + lay, loc: hops[i], ctx: 'airport' }); t += lay; }
    t += legH(hops[i], hops[i + 1]) * HOUR;
  }
  return t;
}

// ------------------------------------------------------------------ people
let seqLaptop = 1000;
export function buildTenant(rng, reg) {
  const people = [];
  const used = new Set();
  const mkName = (pool, r) => {
    for (;;) {
      const [fs, ls] = NAMES[pool];
      const f = r.pick(fs), l = r.pick(ls);
      let base = `${fold(f)}.${fold(l)}`, upn = `${base}@${DOMAIN}`, k = 2;
      while (used.has(upn)) upn = `${base}${k++}@${DOMAIN}`;
      used.add(upn);
      return { name: `${f} ${l}`, upn };
    }
  };
  const add = (p) => { p.id = p.id || rng.guid(); people.push(p); return p; };
  const BROWSERS = () => (rng.chance(0.78) ? ['Edge', rng.pick([145, 145, 146])] : ['Chrome', rng.pick([145, 146, 146])]);
  const laptop = (code, p, r) => {
    const [b, v] = BROWSERS();
    const mac = p.base === 'GVA' && r.chance(0.06);
    return { kind: 'laptop', deviceId: r.guid(), name: mac ? `KRI-${code}-MB${seqLaptop++}` : `KRI-${code}-LT${seqLaptop++}`, os: mac ? 'MacOs' : 'Windows10',
      isManaged: true, isCompliant: r.chance(0.965), trustType: 'Azure AD joined', browserName: mac ? 'Safari' : b, browserVer: mac ? 18 : v };
  };
  const phone = (r, iosShare) => {
    const ios = r.chance(iosShare);
    const reg = r.chance(0.62);
    return { kind: 'phone', deviceId: reg ? r.guid() : '', name: reg ? (ios ? 'iPhone' : r.pick(['Galaxy A54', 'Pixel 8', 'Redmi Note 13', 'Tecno Spark 20', 'Galaxy S23'])) : '',
      os: ios ? r.pick(['Ios 18.6', 'Ios 26.2', 'Ios 26.3']) : r.pick(['Android 14', 'Android 15', 'Android 16']), ios,
      model: ios ? 'iPhone' : r.pick(['SM-A546B', 'Pixel 8', '23124RA7EO', 'TECNO KJ7', 'SM-S911B']), isManaged: false, isCompliant: false, trustType: reg ? 'Azure AD registered' : '' };
  };
  const personal = (r) => ({ kind: 'personal', deviceId: '', name: '', os: r.chance(0.7) ? 'Windows10' : 'MacOs', isManaged: false, isCompliant: false, trustType: '',
    browserName: 'Chrome', browserVer: r.pick([144, 145, 146]) });

  const COUNTS = { GVA: 365, NBO: 240, AMM: 180, BKK: 140, PTY: 120, JUB: 95, GOM: 100, CXB: 120, GZT: 110, PAP: 75, MIU: 90 };
  const shared = {};
  for (const code of ['JUB', 'GOM', 'CXB', 'MIU', 'PAP']) {
    shared[code] = [];
    for (let i = 1; i <= 4; i++) shared[code].push({ kind: 'laptop', shared: true, deviceId: rng.guid(), name: `KRI-${code}-SHARED-0${i}`, os: 'Windows10', isManaged: true,
      isCompliant: true, trustType: 'Azure AD joined', browserName: 'Edge', browserVer: 145 });
  }
  for (const [code, n] of Object.entries(COUNTS)) {
    const kind = BASES[code].kind;
    for (let i = 0; i < n; i++) {
      const r = rng.fork(`p:${code}:${i}`);
      const intlStaff = code !== 'GVA' && r.chance(kind === 'field' ? 0.14 : 0.12);
      const nm = mkName(intlStaff ? 'intl' : BASE_NAMES[code], r);
      const p = { ...nm, type: 'Member', base: code, kind, intl: intlStaff || code === 'GVA', devices: [], dept: '' };
      p.dept = r.weighted([['programmes', 40], ['finance', 10], ['logistics', 12], ['hr', 6], ['comms', 6], ['meal', 8], ['protection', 10], ['it', code === 'GVA' ? 3 : 1.2], ['exec', 3], ['advocacy', code === 'GVA' ? 8 : 1]]);
      // devices
      const ownLaptop = kind !== 'field' || intlStaff || r.chance(0.55);
      if (ownLaptop) p.devices.push(laptop(code, p, r));
      else p.sharedLaptops = shared[code];
      p.devices.push(phone(r, code === 'GVA' ? 0.55 : kind === 'hub' ? 0.3 : 0.15));
      if (r.chance(kind === 'field' ? 0.08 : 0.22)) p.devices.push(personal(r));
      // home network (household line) and mobile carrier
      const hn = r.weighted(HOME_NETS[code]);
      p.homeNet = hn;
      p.homeIp = NETS_KIND_SHARED(hn) ? null : reg.fresh(hn, r);
      if (p.homeIp && r.chance(0.3)) { p.homeIp2 = reg.fresh(hn, r); p.homeSwitch = T0 + r.float(1, 13) * DAY; } // DHCP lease change
      p.homeV6 = hn === 'ch-swisscom' && r.chance(0.5) ? reg.v6(hn, r) : null;
      p.mobNet = r.weighted(MOBILE_NETS[code]);
      p.w365 = code === 'GVA' && r.chance(0.06);
      p.warp = (code === 'PTY' || code === 'BKK') && p.devices[0].kind === 'laptop';
      p.active = r.chance(0.955);
      p.mfa = r.weighted([['push', 80], ['code', 12], ['sms', 8]]);
      p.segs = null;
      add(p);
    }
  }
  // IT team at HQ and MSP admins
  for (const p of people) if (p.dept === 'it') { p.admin = true; p.itTeam = true; }
  const msp = [];
  for (let i = 0; i < 7; i++) {
    const r = rng.fork(`msp:${i}`);
    const nm = mkName('in', r);
    const p = add({ name: nm.name, upn: `adm-${nm.upn.split('@')[0].replace('.', '')}@${DOMAIN}`, type: 'Member', base: 'PNQ', kind: 'msp', admin: true, msp: true,
      devices: [{ kind: 'laptop', deviceId: '', name: '', os: 'Windows10', isManaged: false, isCompliant: false, trustType: '', browserName: 'Edge', browserVer: 145 }, phone(r, 0.3)],
      homeNet: 'in-airtel-home', homeIp: reg.fresh('in-airtel-home', r), mobNet: 'in-jio', active: true, mfa: 'push', intl: false });
    msp.push(p);
  }
  // service and special accounts
  const svc = (upn, name, extra) => add({ upn: `${upn}@${DOMAIN}`, name, type: 'Member', kind: 'svc', svc: true, devices: [], active: true, mfaExcluded: true, ...extra });
  const special = {
    scannerGva: svc('scan-gva', 'Scanner Geneva (SMTP relay)', { legacyAllowed: true }),
    scannerNbo: svc('scan-nbo', 'Scanner Nairobi (SMTP relay)', { legacyAllowed: true }),
    finance: svc('svc-finance-sync', 'Finance Integration (Sage Intacct)', {}),
    kobo: svc('svc-kobo-sync', 'KoboToolbox Data Sync', {}),
    bg1: svc('bg-admin-01', 'Break Glass 01', { active: false }),
    bg2: svc('bg-admin-02', 'Break Glass 02', { active: false }),
    spMigration: svc('sp-migration', 'SharePoint Migration (legacy)', { active: false }),
  };
  const rooms = [];
  for (const [code, n] of [['GVA', 6], ['NBO', 3], ['AMM', 2]]) {
    for (let i = 1; i <= n; i++) {
      const r = rng.fork(`room:${code}:${i}`);
      rooms.push(add({ upn: `room-${code.toLowerCase()}-${String(i).padStart(2, '0')}@${DOMAIN}`, name: `${code} Meeting Room ${i}`, type: 'Member', kind: 'room', base: code, active: true,
        devices: [{ kind: 'room', deviceId: r.guid(), name: `MTR-${code}-${i}`, os: 'Android 12', isManaged: true, isCompliant: true, trustType: 'Azure AD registered' }], svc: true }));
    }
  }
  // shared mailboxes (sign-in blocked; no sign-ins)
  for (const mb of ['info', 'donations', 'procurement', 'hr-recruitment', 'security-focal', 'media', 'grants', 'payroll', 'it-helpdesk', 'travel', 'nbo-logistics',
    'amm-admin', 'bkk-admin', 'pty-admin', 'jub-ops', 'gom-ops', 'cxb-ops', 'gzt-ops', 'pap-ops', 'miu-ops', 'complaints', 'safeguarding', 'finance-ap', 'finance-ar',
    'board', 'dpo', 'audit', 'events', 'volunteers', 'donor-relations', 'surge-roster', 'cash-programmes', 'warehouse-nbo', 'fleet', 'wash-cluster', 'health-cluster']) {
    add({ upn: `${mb}@${DOMAIN}`, name: mb.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()), type: 'Member', kind: 'shared', devices: [], active: false });
  }
  // guests: donors, consultants, volunteers, partner NGOs
  const guests = [];
  const GUEST_ORGS = [
    ['donor', 'echo-partners.eu', 'be-proximus', 'intl', 18], ['donor', 'fcdo-humanitarian.gov.uk', 'gb-bt', 'intl', 10], ['donor', 'bha-aid.gov', 'us-verizon', 'intl', 10],
    ['donor', 'norad-grants.no', 'no-telenor', 'intl', 8], ['donor', 'sida-partner.se', 'se-telia', 'intl', 6], ['donor', 'gffo-hilfe.de', 'de-telekom', 'intl', 6],
    ['donor', 'danida-fund.dk', 'dk-tdc', 'intl', 4], ['donor', 'jica-field.jp', 'jp-ntt', 'intl', 3],
    ['consultant', 'evalpartners.com', 'fr-orange-lyon', 'intl', 14], ['consultant', 'sahel-consult.sn', 'sn-sonatel', 'intl', 12], ['consultant', 'levant-research.org', 'lb-ogero', 'lev', 12],
    ['consultant', 'gmail.com', 'ph-pldt', 'th', 10], ['consultant', 'outlook.com', 'co-claro', 'la', 10], ['consultant', 'datahum.ca', 'ca-bell', 'intl', 8],
    ['volunteer', 'gmail.com', 'nl-kpn', 'intl', 20], ['volunteer', 'outlook.com', 'ug-mtn', 'ke', 22], ['volunteer', 'gmail.com', 'gb-bt', 'intl', 18],
    ['partner', 'lokal-partner-ngo.org', 'ke-zuku', 'ke', 10], ['partner', 'shelter-alliance.org', 'tr-ttnet-home', 'tr', 10],
  ];
  const homeTenants = {};
  for (const [role, dom, net, pool, n] of GUEST_ORGS) {
    homeTenants[dom] = homeTenants[dom] || (/(gmail|outlook)\.com/.test(dom) ? '9188040d-6c67-4c5b-b112-36a304b66dad' : rng.guid());
    for (let i = 0; i < n; i++) {
      const r = rng.fork(`g:${dom}:${role}:${i}`);
      const nm = mkName(pool, r);
      const local = nm.upn.split('@')[0];
      const g = add({ name: nm.name, upn: `${local}@${dom}`, type: 'Guest', kind: 'guest', role, homeTenant: homeTenants[dom], homeNet: net,
        homeIp: NETS_KIND_SHARED(net) ? null : reg.fresh(net, r), mobNet: null, active: r.chance(role === 'volunteer' ? 0.55 : 0.7), mfa: 'push',
        devices: [r.chance(0.6) ? personal(r) : { ...personal(r), os: 'MacOs', browserName: 'Safari', browserVer: 18 }, phone(r, 0.4)] });
      g.devices[1].deviceId = ''; g.devices[1].trustType = '';
      guests.push(g);
    }
  }
  // inactive members (long leave, leavers not yet removed)
  for (let i = 0; i < 115; i++) {
    const r = rng.fork(`inactive:${i}`);
    const code = r.pick(Object.keys(COUNTS));
    const nm = mkName(BASE_NAMES[code], r);
    add({ ...nm, type: 'Member', kind: BASES[code].kind, base: code, devices: [], active: false });
  }
  return { people, msp, special, rooms, guests, shared };
}
function NETS_KIND_SHARED(key) { return !!NETS[key].hosts; }

// ------------------------------------------------------------------ timelines
/** Default: at base all fortnight. Travel plans are added by plan(). */
export function atBase(p) { return [{ t0: T0 - DAY, t1: T0 + (NDAYS + 1) * DAY, loc: p.base, ctx: 'base' }]; }
/** Where is p at t? returns seg or null (in the air / on the road). */
export function segAt(p, t) {
  for (const s of p.segs) if (t >= s.t0 && t < s.t1) return s;
  return null;
}
/** Build segs for a trip: base -> dest (ctx) for [departDay .. returnDay]. */
export function trip(p, dest, ctx, departT, returnT, rng, via) {
  const segs = [];
  segs.push({ t0: T0 - DAY, t1: departT, loc: p.base, ctx: 'base' });
  const arr = journey(segs, p.base, dest, departT, rng);
  segs.push({ t0: arr, t1: returnT, loc: dest, ctx });
  if (returnT < T0 + (NDAYS + 1) * DAY) {
    const back = journey(segs, dest, p.base, returnT, rng);
    segs.push({ t0: back, t1: T0 + (NDAYS + 1) * DAY, loc: p.base, ctx: 'base' });
  }
  return segs.sort((a, b) => a.t0 - b.t0);
}
export { HOUR, MIN, DAY };
