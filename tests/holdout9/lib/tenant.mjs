// The tenant: Scheldezorg Ziekenhuisgroep, a public hospital group on both sides of the Dutch-Belgian
// border (Zeeland, West-Brabant, Flanders) with a research institute (SICR). People, their devices,
// home networks and phones, the hospital sites and their internet breakouts, service accounts.
import { NATIVE, UA } from './world.mjs';
import { T0, DAY, HOUR } from './records.mjs';

const FIRST = ['Anouk', 'Sanne', 'Lotte', 'Fleur', 'Eva', 'Lisa', 'Femke', 'Iris', 'Noor', 'Julia', 'Emma', 'Sophie', 'Marloes', 'Ingrid', 'Petra', 'Marieke', 'Annelies', 'Els', 'Griet', 'Lies', 'Katrien', 'Sofie', 'Nele', 'An', 'Hanne', 'Lien', 'Elke', 'Inge', 'Veerle', 'Ilse', 'Saskia', 'Mirjam', 'Esther', 'Yvonne', 'Karin', 'Monique', 'Wendy', 'Chantal', 'Naima', 'Fatima', 'Yasmina', 'Aylin', 'Priya', 'Joanna', 'Agnieszka', 'Ana', 'Maria', 'Chloe', 'Laura', 'Amber',
  'Jan', 'Pieter', 'Kees', 'Wim', 'Bram', 'Daan', 'Lars', 'Tim', 'Thijs', 'Ruben', 'Jeroen', 'Bas', 'Maarten', 'Joost', 'Sander', 'Koen', 'Wouter', 'Bart', 'Stijn', 'Pieterjan', 'Tom', 'Jef', 'Wout', 'Jens', 'Dries', 'Sven', 'Filip', 'Geert', 'Luc', 'Dirk', 'Marc', 'Erik', 'Hans', 'Rob', 'Mohamed', 'Youssef', 'Mehmet', 'Arjun', 'Tomasz', 'Piotr', 'Joao', 'Luca', 'Mathias', 'Niels', 'Hendrik', 'Frank', 'Rik', 'Gijs', 'Stefan', 'Michiel'];
const LAST = ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen', 'van den Heuvel', 'Verhoeven', 'Schouten', 'Willems', 'Koster', 'Prins', 'Huisman', 'Maas', 'Kramer', 'Geerts', 'Verstraete', 'Peeters', 'Maes', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Dubois', 'Lambert', 'Dupont', 'Mertens', 'Willaert', 'Van Damme', 'De Clercq', 'Desmet', 'Vandenberghe', 'Van de Velde', 'Coppens', 'Hermans', 'Lemmens', 'Verbeke', 'De Backer', 'Pauwels', 'Vermeersch', 'Aerts', 'Baert', 'Cools', 'Wuyts', 'Segers', 'Stevens', 'Moens', 'Boone', 'El Amrani', 'Bouzid', 'Yilmaz', 'Kaya', 'Sharma', 'Kowalski', 'Nowak', 'Silva', 'Rossi', 'Dhondt', 'Colpaert', 'Minnaert', 'Joosse', 'Lievense', 'Verhage', 'Dieleman', 'Boogaard', 'Wisse', 'Kodde', 'Schippers', 'Louws', 'Sinke', 'Hoogesteger', 'Quaak', 'Dingemanse', 'Kesteloo', 'Traas', 'Polderman'];

// Sites: the NL hospitals break out through the shared Zorgnetwerk NL egress (KPN, geolocated to
// Zoetermeer) except Goes, which has the data centre; the Flemish hospitals route through Antwerpen
// except Brugge with its own line.
export const SITES = {
  ZVL: { key: 'ZVL', name: 'Ziekenhuis Vlissingen', city: 'vlissingen', cc: 'NL', egress: 'zorgnet', domain: 'scheldezorg.nl' },
  ZGO: { key: 'ZGO', name: 'Ziekenhuis Goes', city: 'goes', cc: 'NL', egress: 'dcGoes', domain: 'scheldezorg.nl' },
  ZTN: { key: 'ZTN', name: 'Ziekenhuis Terneuzen', city: 'terneuzen', cc: 'NL', egress: 'zorgnet', domain: 'scheldezorg.nl' },
  ZBZ: { key: 'ZBZ', name: 'Ziekenhuis Bergen op Zoom', city: 'bergenopzoom', cc: 'NL', egress: 'zorgnet', domain: 'scheldezorg.nl' },
  AZA: { key: 'AZA', name: 'AZ Antwerpen Schelde', city: 'antwerpen', cc: 'BE', egress: 'dcAntwerpen', domain: 'scheldezorg.be' },
  AZG: { key: 'AZG', name: 'AZ Gent Schelde', city: 'gent', cc: 'BE', egress: 'dcAntwerpen', domain: 'scheldezorg.be' },
  AZB: { key: 'AZB', name: 'AZ Brugge Schelde', city: 'brugge', cc: 'BE', egress: 'brugge', domain: 'scheldezorg.be' },
};
const NL_SITES = ['ZVL', 'ZGO', 'ZTN', 'ZBZ'], BE_SITES = ['AZA', 'AZG', 'AZB'];

const HOME_BY_SITE = {
  ZVL: [['delta', ['vlissingen', 'middelburg']], ['kpn', ['vlissingen']], ['ziggo', ['middelburg']]],
  ZGO: [['delta', ['goes', 'zierikzee', 'middelburg']], ['kpn', ['goes']], ['ziggo', ['goes']]],
  ZTN: [['delta', ['terneuzen', 'hulst']], ['kpn', ['goes']], ['telenet', ['sintniklaas']]],
  ZBZ: [['ziggo', ['bergenopzoom', 'roosendaal', 'breda']], ['kpn', ['bergenopzoom', 'breda']], ['odidoHome', ['roosendaal']]],
  AZA: [['telenet', ['antwerpen', 'mechelen']], ['proximus', ['antwerpen', 'mechelen']]],
  AZG: [['telenet', ['gent', 'sintniklaas']], ['proximus', ['gent']]],
  AZB: [['telenet', ['brugge', 'oostende']], ['proximus', ['brugge', 'knokke']]],
};

export function buildTenant(rng, addr) {
  const users = [], upns = new Set();
  const wardPcs = {}; // site -> ward -> devices
  const dev = (name, trust, compliant, managed) => ({ id: rng.guid(), name, trust, compliant, managed });

  // site egress addresses
  const egress = {};
  const fixedPool = (net, base, from, n, city) => Array.from({ length: n }, (_, i) => addr.fixed(`${base}.${from + i}`, net, city));
  egress.zorgnet = fixedPool('zorgnet', '195.121.94', 10, 6, 'zoetermeer');
  egress.dcGoes = fixedPool('dcGoes', '212.123.200', 20, 4, 'goes');
  egress.vpnGoes = fixedPool('dcGoes', '212.123.200', 40, 4, 'goes');
  egress.dcAntwerpen = fixedPool('dcAntwerpen', '194.78.104', 130, 4, 'antwerpen');
  egress.vpnAntwerpen = fixedPool('dcAntwerpen', '194.78.104', 150, 2, 'antwerpen');
  egress.brugge = [addr.fixed('91.183.88.17', 'telenet', 'brugge'), addr.fixed('91.183.88.18', 'telenet', 'brugge')];
  egress.avd = [addr.fixed('20.101.171.44', 'azureWeu', 'amsterdam'), addr.fixed('20.101.171.45', 'azureWeu', 'amsterdam'), addr.fixed('51.124.83.210', 'azureWeu', 'amsterdam'), addr.fixed('51.124.83.211', 'azureWeu', 'amsterdam')];
  egress.surfCampus = fixedPool('surf', '145.101.62', 8, 4, 'rotterdam');
  egress.belnetCampus = fixedPool('belnet', '143.169.240', 30, 5, 'antwerpen');
  egress.dcServer = { goes: addr.fixed('212.123.200.30', 'dcGoes', 'goes'), antwerpen: addr.fixed('194.78.104.140', 'dcAntwerpen', 'antwerpen'), aadc: addr.fixed('212.123.200.31', 'dcGoes', 'goes') };
  egress.training = addr.fixed('212.123.200.26', 'dcGoes', 'goes');
  const siteIps = (s) => egress[SITES[s].egress];

  // shared ward workstations (badge-tap kiosks, fast user switching): ~6 per ward, 10 wards per site
  for (const s of Object.keys(SITES)) {
    wardPcs[s] = [];
    for (let w = 0; w < 10; w++) wardPcs[s].push(Array.from({ length: rng.int(4, 8) }, (_, i) => dev(`${s}-W${String(w + 1).padStart(2, '0')}-PC${String(i + 1).padStart(2, '0')}`, 'ServerAd', true, true)));
  }
  const avdHosts = Array.from({ length: 48 }, (_, i) => dev(`avd-szg-p${String(Math.floor(i / 16) + 1)}-${String(i % 16).padStart(2, '0')}`, 'AzureAd', true, true));
  const consultPcs = {};
  for (const s of Object.keys(SITES)) consultPcs[s] = Array.from({ length: 30 }, (_, i) => dev(`${s}-SPR-PC${String(i + 1).padStart(3, '0')}`, 'ServerAd', true, true));

  function upnFor(first, last, domain) {
    const base = `${first}.${last}`.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z.]/g, '');
    let upn = `${base}@${domain}`, i = 2;
    while (upns.has(upn)) upn = `${base}${i++}@${domain}`;
    upns.add(upn);
    return upn;
  }

  function phoneFor(u) {
    const ios = rng.chance(0.55);
    const p = ios ? (rng.chance(0.6) ? 'ios' : 'ios26') : (rng.chance(0.7) ? 'android' : 'android14');
    const nl = u.cc === 'NL';
    const carrier = nl ? rng.weighted([[45, 'kpnMobile'], [30, 'vodafoneMobile'], [25, 'odidoMobile']]) : rng.weighted([[60, 'proximusMobile'], [40, 'orangeBe']]);
    return { platform: p, carrier, device: dev(ios ? `iPhone` : 'Galaxy S24', 'Workplace', false, false), browserUa: ios ? (p === 'ios26' ? UA.safariIos26 : UA.safariIos18) : UA.chromeAndroid, privateRelay: ios && rng.chance(0.12) };
  }

  function person(role, o = {}) {
    const site = o.site ?? rng.pick(o.sites ?? Object.keys(SITES));
    const cc = SITES[site].cc;
    const first = rng.pick(FIRST), last = rng.pick(LAST);
    const domain = o.domain ?? SITES[site].domain;
    const [homeNet, homeCities] = rng.pick(HOME_BY_SITE[site]);
    const u = {
      id: rng.guid(), role, site, cc, name: `${first} ${last}`, upn: upnFor(first, last, domain), type: 'Member',
      homeNet, homeCity: rng.pick(homeCities), created: o.created ?? null, mfaMethod: rng.weighted([[70, 'Mobile app notification'], [18, 'Text message'], [8, 'OATH verification code'], [4, 'Phone call']]),
      ...o,
    };
    u.homeIp = addr.fresh(u.homeNet, u.homeCity);
    u.phone = phoneFor(u);
    u.desktopUa = rng.weighted([[60, UA.edgeWin], [25, UA.chromeWin], [8, UA.edgeWin140], [7, UA.firefoxWin]]);
    u.homeUa = rng.weighted([[40, UA.chromeWin], [20, UA.edgeWin], [18, UA.safariMac], [12, UA.chromeMac], [6, UA.firefoxWin], [4, UA.firefoxLinux]]);
    users.push(u);
    return u;
  }

  // --- clinical staff
  for (let i = 0; i < 600; i++) {
    const u = person('nurse', { site: rng.weighted([[20, 'ZVL'], [18, 'ZGO'], [12, 'ZTN'], [12, 'ZBZ'], [18, 'AZA'], [12, 'AZG'], [8, 'AZB']]) });
    u.ward = rng.int(0, 9);
    u.pattern = rng.weighted([[45, 'three'], [30, 'twelve'], [15, 'days'], [10, 'nights']]);
    u.usesPhone = rng.chance(0.45);
  }
  for (let i = 0; i < 250; i++) {
    const u = person('doctor', { site: rng.weighted([[18, 'ZVL'], [20, 'ZGO'], [10, 'ZTN'], [10, 'ZBZ'], [22, 'AZA'], [12, 'AZG'], [8, 'AZB']]) });
    u.rotates = rng.chance(0.18);
    u.sites = u.rotates ? rng.sample(rng.chance(0.5) ? [...NL_SITES, 'AZA'] : [...BE_SITES, 'ZTN'], rng.int(2, 3)) : [u.site];
    if (!u.sites.includes(u.site)) u.sites[0] = u.site;
    u.onCall = rng.chance(0.35);
    u.laptop = rng.chance(0.4) ? dev(`SZG-LT-${rng.alnum(6)}`, 'AzureAd', true, true) : null;
    if (rng.chance(0.2)) u.mfaMethod = 'Windows Hello for Business';
  }
  // --- research institute (SICR): Antwerpen campus (Belnet) and Rotterdam lab (SURF)
  for (let i = 0; i < 210; i++) {
    const rot = rng.chance(0.3);
    const u = person('researcher', { site: rot ? 'ZBZ' : 'AZA', domain: 'sicr.scheldezorg.eu' });
    if (rot) { u.homeNet = rng.pick(['ziggo', 'kpn', 'odidoHome']); u.homeCity = rng.pick(['rotterdam', 'breda', 'denhaag', 'utrecht']); u.homeIp = addr.fresh(u.homeNet, u.homeCity); }
    u.campus = rot ? 'surfCampus' : 'belnetCampus';
    u.mac = rng.chance(0.45);
    u.laptop = u.mac ? dev(`SICR-MBP-${rng.alnum(5)}`, 'Workplace', false, false) : dev(`SICR-LT-${rng.alnum(6)}`, 'AzureAd', true, true);
    u.native = u.mac ? NATIVE.mac : NATIVE.win;
    u.desktopUa = u.mac ? rng.pick([UA.safariMac, UA.chromeMac]) : u.desktopUa;
    u.remoteDays = rng.int(1, 3);
  }
  // --- home care (thuiszorg): Zeeuws-Vlaanderen team works on both sides of the border
  for (let i = 0; i < 110; i++) {
    const cross = i < 45;
    const u = person('homecare', { site: cross ? rng.pick(['ZTN', 'AZG']) : rng.pick(['ZVL', 'ZGO', 'AZA', 'AZB']) });
    u.cross = cross;
    u.tablet = dev(`SZG-TC-IPAD-${rng.alnum(5)}`, 'Workplace', true, true);
    u.carriers = cross ? ['kpnMobile', 'proximusMobile', 'orangeBe', 'vodafoneMobile'] : [u.phone.carrier];
  }
  // --- office staff (finance, HR, purchasing, secretariats, management)
  for (let i = 0; i < 320; i++) {
    const u = person('office', { site: rng.weighted([[30, 'ZGO'], [12, 'ZVL'], [8, 'ZBZ'], [30, 'AZA'], [10, 'AZG'], [10, 'AZB']]) });
    u.dept = rng.weighted([[20, 'Financien'], [15, 'HR'], [10, 'Inkoop'], [30, 'Secretariaat'], [10, 'Directie'], [15, 'Facilitair']]);
    u.laptop = dev(`SZG-LT-${rng.alnum(6)}`, rng.chance(0.6) ? 'AzureAd' : 'ServerAd', true, true);
    u.homeDays = rng.int(0, 3);
    u.remote = rng.weighted([[45, 'split'], [30, 'vpn'], [25, 'avd']]);
  }
  // --- IT
  for (let i = 0; i < 12; i++) { const u = person('itadmin', { site: i < 7 ? 'ZGO' : 'AZA' }); u.laptop = dev(`SZG-PAW-${String(i + 1).padStart(2, '0')}`, 'AzureAd', true, true); u.mfaMethod = 'FIDO2 security key'; }
  for (let i = 0; i < 10; i++) { const u = person('servicedesk', { site: i < 6 ? 'ZGO' : 'AZA' }); u.laptop = dev(`SZG-LT-${rng.alnum(6)}`, 'AzureAd', true, true); }
  for (let i = 0; i < 14; i++) { const u = person('office', { site: rng.pick(['ZGO', 'AZA']) }); u.dept = 'ICT'; u.laptop = dev(`SZG-LT-${rng.alnum(6)}`, 'AzureAd', true, true); u.homeDays = 2; u.remote = 'vpn'; }

  // --- interns (coassistenten / stagiairs), created in bulk on Monday 6 Oct
  for (let i = 0; i < 90; i++) {
    const u = person('intern', { site: rng.weighted([[35, 'ZGO'], [25, 'ZVL'], [40, 'AZA']]), created: T0 + 5 * HOUR + 10 * 60_000 + i * 2000 });
    u.ward = rng.int(0, 9); u.pattern = 'days'; u.usesPhone = true;
  }
  // --- agency / locum nurses: accounts created the day before their first shift
  for (let i = 0; i < 45; i++) {
    const first = rng.int(0, 11);
    const u = person('agency', { site: rng.weighted([[30, 'ZVL'], [25, 'ZGO'], [20, 'ZTN'], [25, 'AZA']]), created: T0 + first * DAY + rng.int(9, 16) * HOUR });
    u.firstDay = first + 1; u.ward = rng.int(0, 9); u.usesPhone = rng.chance(0.5);
    u.shifts = rng.int(2, 5);
  }

  // --- guests: the EPD vendor's support staff (Pune, Krakow) and research collaborators
  const vendorTenant = { id: '9b2f6e41-3c8d-4a75-b1e0-7d4c2a9f5e38', name: 'Medisphere Systems' };
  const guests = [];
  for (let i = 0; i < 26; i++) {
    const pune = i < 16;
    const first = pune ? rng.pick(['Rahul', 'Priya', 'Amit', 'Sneha', 'Vikram', 'Anjali', 'Rohan', 'Neha', 'Sanjay', 'Kavita', 'Arjun', 'Pooja']) : rng.pick(['Tomasz', 'Agnieszka', 'Piotr', 'Katarzyna', 'Marcin', 'Magdalena', 'Pawel', 'Anna']);
    const last = pune ? rng.pick(['Deshmukh', 'Kulkarni', 'Patil', 'Joshi', 'Sharma', 'Iyer', 'Nair', 'Gupta', 'Rao']) : rng.pick(['Kowalski', 'Nowak', 'Wisniewska', 'Lewandowski', 'Zielinska', 'Wojcik']);
    const upn = upnFor(first, last, 'medisphere-systems.com');
    const u = { id: rng.guid(), role: 'vendor', type: 'Guest', name: `${first} ${last} (Medisphere)`, upn, homeTenantId: vendorTenant.id, homeTenantName: vendorTenant.name, cc: pune ? 'IN' : 'PL', office: pune ? 'tata' : 'netia', homeNet: pune ? 'airtel' : 'orangePl', homeCity: pune ? 'pune' : 'krakow', mfaMethod: 'Mobile app notification', created: null };
    u.homeIp = addr.fresh(u.homeNet, u.homeCity);
    u.officeIps = pune ? ['115.113.88.36', '115.113.88.37'].map((ip) => addr.fixed(ip, 'tata', 'pune')) : ['213.241.77.90'].map((ip) => addr.fixed(ip, 'netia', 'krakow'));
    u.desktopUa = rng.pick([UA.chromeWin, UA.edgeWin]);
    u.weekend = rng.chance(0.3);
    users.push(u); guests.push(u);
  }
  const uniTenants = [['jisc', 'london', 'University College London', 'ucl.ac.uk'], ['renater', 'paris', 'Universite Paris Cite', 'u-paris.fr'], ['dfn', 'berlin', 'Charite - Universitaetsmedizin Berlin', 'charite.de'], ['surf', 'amsterdam', 'Amsterdam UMC', 'amsterdamumc.nl'], ['belnet', 'leuven', 'KU Leuven', 'kuleuven.be']];
  for (let i = 0; i < 35; i++) {
    const [net, city, tname, dom] = uniTenants[i % uniTenants.length];
    const first = rng.pick(FIRST), last = rng.pick(LAST);
    const u = { id: rng.guid(), role: 'collab', type: 'Guest', name: `${first} ${last}`, upn: upnFor(first, last, dom), homeTenantId: rng.guid(), homeTenantName: tname, cc: '', homeNet: net, homeCity: city, mfaMethod: 'Mobile app notification', created: null };
    u.homeIp = addr.fresh(net, city);
    u.desktopUa = rng.pick([UA.chromeMac, UA.safariMac, UA.chromeWin, UA.firefoxWin]);
    users.push(u);
  }

  // --- service and resource accounts
  const svc = (name, upn, o = {}) => { const u = { id: rng.guid(), role: 'service', type: 'Member', name, upn, caExcluded: true, created: null, ...o }; upns.add(upn); users.push(u); return u; };
  const services = {
    hl7a: svc('svc HL7 Cloverleaf 01', 'svc-hl7-cloverleaf01@scheldezorg.nl', { every: 15, ip: egress.dcServer.goes, ua: 'Cloverleaf/22.09 (Java 17.0.8)' }),
    hl7b: svc('svc HL7 Cloverleaf 02', 'svc-hl7-cloverleaf02@scheldezorg.nl', { every: 60, ip: egress.dcServer.goes, ua: 'Cloverleaf/22.09 (Java 17.0.8)' }),
    hl7c: svc('svc HL7 Rhapsody BE', 'svc-hl7-rhapsody@scheldezorg.be', { every: 60, ip: egress.dcServer.antwerpen, ua: 'Rhapsody/7.2 (Java 11.0.21)' }),
    pacs: svc('svc PACS Sectra notifier', 'svc-pacs-sectra@scheldezorg.be', { every: 30, ip: egress.dcServer.antwerpen, ua: '' }),
    lab: svc('svc LIMS GLIMS mail', 'svc-lims-glims@scheldezorg.be', { every: 30, ip: egress.dcServer.antwerpen, ua: 'GLIMS-Mailer/9.12' }),
    scan: svc('Scan to mail (MFP fleet)', 'svc-scan2mail@scheldezorg.nl', { smtp: true, ip: egress.dcServer.goes }),
    sync: svc('On-Premises Directory Synchronization Service Account', 'sync_szg-aadc01_4f8e2a7c5b1d@scheldezorg.onmicrosoft.com', { every: 30, ip: egress.dcServer.aadc, ua: '' }),
  };
  services.hl7a.expires = T0 + 8 * DAY + 1 * HOUR; // password expiry catches the interface engine on Tue 14 Oct
  // a hybrid (synced) privileged account the network team uses from the data centre only; no MFA method registered
  const hybridAdmin = svc('ADM Netwerkbeheer (hybrid)', 'adm-netwerkbeheer@scheldezorg.nl', { role: 'hybridadmin', caExcluded: false, mfaMethod: null });
  const legacyTest = svc('TEST EPD migratie', 'test.epd.migratie@scheldezorg.nl', { dormant: true });
  legacyTest.caExcluded = true;
  const rooms = [];
  const roomNames = ['Vergaderzaal 1', 'Vergaderzaal 2', 'Boardroom', 'MDO-ruimte', 'Auditorium', 'Leslokaal', 'Overdrachtsruimte'];
  for (const s of Object.keys(SITES)) {
    for (let i = 0; i < 3; i++) {
      const rn = roomNames[(i + s.charCodeAt(1)) % roomNames.length];
      const slug = rn.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      const upn = `mtr-${s.toLowerCase()}-${slug}@${SITES[s].domain}`;
      if (upns.has(upn)) continue;
      rooms.push(svc(`MTR ${s} ${rn}`, upn, { role: 'room', site: s, device: dev(`MTR-${s}-${String(i + 1).padStart(2, '0')}`, 'AzureAd', true, true) }));
    }
  }
  const byRole = (r) => users.filter((u) => u.role === r);
  return { users, byRole, egress, siteIps, wardPcs, avdHosts, consultPcs, services, rooms, guests, vendorTenant, legacyTest, hybridAdmin, SITES };
}
