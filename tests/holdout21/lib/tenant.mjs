// The tenant: Rideau Valley Transit Authority / Autorité de transport de la vallée Rideau (fictional), its apps,
// networks, places and people. Everything here is drawn from one seeded Rng.

export const TENANT_ID = '5c1d7a2e-93b4-4f6e-8d0a-7e2f41b6c9d3';
export const TENANT_NAME = 'Rideau Valley Transit Authority';
export const DOMAIN = 'rvta.ca';
export const ONMS = 'rvtaca.onmicrosoft.com';
export const FR_VENDOR_TENANT = 'a8e3f0c1-6b27-4d95-9e4a-1c7b5d2f8e60'; // Métrolis Ferroviaire SAS (fictional)
export const US_VENDOR_TENANT = '3f9b2d84-0e1a-4c67-b5d3-92a7c6e1f048'; // TransitPay Systems Inc. (fictional)

export const START = Date.UTC(2026, 10, 23); // 2026-11-23T00:00Z
export const END = Date.UTC(2026, 11, 7); // 2026-12-07T00:00Z
export const HOUR = 3_600_000, MIN = 60_000, DAY = 24 * HOUR;
export const LOCAL_OFFSET = -5 * HOUR; // America/Toronto, EST for the whole window
/** UTC ms of local (EST) day d (0 = Mon 2026-11-23) at local hour h (fractional). */
export const localAt = (d, h) => START + d * DAY + h * HOUR - LOCAL_OFFSET;
export const isWeekend = (d) => d % 7 === 5 || d % 7 === 6; // window starts on a Monday

export const APPS = {
  officeHome: { id: '4765445b-32c6-49b0-83e6-1d93765276ca', name: 'OfficeHome' },
  exo: { id: '00000002-0000-0ff1-ce00-000000000000', name: 'Office 365 Exchange Online' },
  oneOutlook: { id: '9199bf20-a13f-4107-85dc-02114787ef48', name: 'One Outlook Web' },
  teams: { id: '1fec8e78-bce4-4aaf-ab1b-5451cc387264', name: 'Microsoft Teams' },
  teamsWeb: { id: '5e3ce6c0-2b1f-4285-8d4b-75ee78787346', name: 'Microsoft Teams Web Client' },
  office: { id: 'd3590ed6-52b3-4102-aeff-aad2292ab01c', name: 'Microsoft Office' },
  outlookMobile: { id: '27922004-5251-4030-b22d-91ecd9a37ea4', name: 'Outlook Mobile' },
  broker: { id: '29d9ed98-a469-4536-ade2-f981bc1d605e', name: 'Microsoft Authentication Broker' },
  azPortal: { id: 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c', name: 'Azure Portal' },
  azCli: { id: '04b07795-8ddb-461a-bbee-02f9e1bf7b46', name: 'Microsoft Azure CLI' },
  azPs: { id: '1950a258-227b-4e31-a9cf-717495945fc2', name: 'Microsoft Azure PowerShell' },
  graphPs: { id: '14d82eec-204b-4c2f-b7e8-296a70dab67e', name: 'Microsoft Graph Command Line Tools' },
  vscode: { id: 'aebc6443-996d-45c2-90f0-388ff96faa56', name: 'Visual Studio Code' },
  winSignIn: { id: '38aa3b87-a06d-4817-b275-7a316988d93b', name: 'Windows Sign In' },
  oneDrive: { id: 'ab9b8c07-8f02-4f72-87fa-80105867a763', name: 'OneDrive SyncEngine' },
  mySignins: { id: '19db86c3-b2b9-44cc-b339-36da233a3be2', name: 'My Signins' },
  companyPortal: { id: '9ba1a5c7-f17a-4de9-a1f1-6178c8d51223', name: 'Microsoft Intune Company Portal' },
  aadConnect: { id: 'cb1056e2-e479-49de-ae31-7812af012ed8', name: 'Microsoft Azure Active Directory Connect' },
  edge: { id: 'ecd6b820-32c2-49b6-98a6-444530e5a77a', name: 'Microsoft Edge' },
  // the authority's own registrations (fictional ids)
  operatorPortal: { id: '6b0e4f21-8c3d-4a7e-b159-2d84c07f3a6e', name: 'RVTA Operator Portal' },
  ess: { id: 'c2a91d57-3e60-4b8f-a4d2-7f15e9b83c04', name: 'PeopleSoft HCM Self-Service' },
  workOrders: { id: '8f47c3b2-1d9e-4056-9a7b-e3c2f1d08a65', name: 'RVTA Work Orders (Maximo Mobile)' },
  citrix: { id: 'e7d3a0f9-5b41-4c28-8e6d-0a9f2b7c4d13', name: 'Citrix Workspace - RVTA' },
  gtfsPub: { id: '4d2c8e1a-7f3b-49d0-b6a5-c18e9f2d7b30', name: 'GTFS Feed Publisher' },
  fareSync: { id: '91b5f7d2-0c4e-4a83-9d16-5e7a3c8b2f49', name: 'Fare System Sync (PRESTO bridge)' },
  scadaExp: { id: '2e8a6c3f-9d10-4b75-a2e4-6f0b1c9d8e27', name: 'SCADA Historian Exporter' },
  vendorPortal: { id: 'b8c4e2d6-13a7-4f95-8e0b-9d6c2a5f1e73', name: 'RVTA Vendor Collaboration (SharePoint)' },
};
export const RES = {
  graph: { id: '00000003-0000-0000-c000-000000000000', name: 'Microsoft Graph' },
  exo: { id: '00000002-0000-0ff1-ce00-000000000000', name: 'Office 365 Exchange Online' },
  spo: { id: '00000003-0000-0ff1-ce00-000000000000', name: 'Office 365 SharePoint Online' },
  aad: { id: '00000002-0000-0000-c000-000000000000', name: 'Windows Azure Active Directory' },
  arm: { id: '797f4846-ba00-4fd7-ba43-dac1f8f63013', name: 'Windows Azure Service Management API' },
  teams: { id: 'cc15fd57-2c6c-4117-a88c-83b1d56b4bbe', name: 'Microsoft Teams Services' },
  drs: { id: '01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', name: 'Device Registration Service' },
  intune: { id: '0000000a-0000-0000-c000-000000000000', name: 'Microsoft Intune' },
};
for (const k of ['operatorPortal', 'ess', 'workOrders', 'citrix', 'gtfsPub', 'fareSync', 'scadaExp', 'vendorPortal']) RES[k] = APPS[k];

export const PLACES = {
  ottawa: ['Ottawa', 'Ontario', 'CA', 45.4215, -75.6972],
  nepean: ['Nepean', 'Ontario', 'CA', 45.3346, -75.7240],
  kanata: ['Kanata', 'Ontario', 'CA', 45.3088, -75.8987],
  orleans: ['Orleans', 'Ontario', 'CA', 45.4689, -75.5156],
  barrhaven: ['Barrhaven', 'Ontario', 'CA', 45.2733, -75.7375],
  gatineau: ['Gatineau', 'Quebec', 'CA', 45.4765, -75.7013],
  rockland: ['Rockland', 'Ontario', 'CA', 45.5460, -75.2918],
  cornwall: ['Cornwall', 'Ontario', 'CA', 45.0213, -74.7303],
  kingston: ['Kingston', 'Ontario', 'CA', 44.2312, -76.4860],
  toronto: ['Toronto', 'Ontario', 'CA', 43.6532, -79.3832],
  mississauga: ['Mississauga', 'Ontario', 'CA', 43.5890, -79.6441],
  montreal: ['Montreal', 'Quebec', 'CA', 45.5017, -73.5673],
  paris: ['Paris', 'Paris', 'FR', 48.8566, 2.3522],
  valenciennes: ['Valenciennes', 'Hauts-de-France', 'FR', 50.3570, 3.5235],
  larochelle: ['La Rochelle', 'Nouvelle-Aquitaine', 'FR', 46.1603, -1.1511],
  lille: ['Lille', 'Hauts-de-France', 'FR', 50.6292, 3.0573],
  roubaix: ['Roubaix', 'Hauts-de-France', 'FR', 50.6942, 3.1746],
  atlanta: ['Atlanta', 'Georgia', 'US', 33.7490, -84.3880],
  alpharetta: ['Alpharetta', 'Georgia', 'US', 34.0754, -84.2941],
  fortlauderdale: ['Fort Lauderdale', 'Florida', 'US', 26.1224, -80.1373],
  cancun: ['Cancun', 'Quintana Roo', 'MX', 21.1619, -86.8515],
  northbergen: ['North Bergen', 'New Jersey', 'US', 40.8043, -74.0121],
  santaclara: ['Santa Clara', 'California', 'US', 37.3541, -121.9552],
  piscataway: ['Piscataway', 'New Jersey', 'US', 40.5549, -74.4643],
  ashburn: ['Ashburn', 'Virginia', 'US', 39.0438, -77.4874],
  dallas: ['Dallas', 'Texas', 'US', 32.7767, -96.7970],
  amsterdam: ['Amsterdam', 'Noord-Holland', 'NL', 52.3676, 4.9041],
  frankfurt: ['Frankfurt am Main', 'Hessen', 'DE', 50.1109, 8.6821],
  helsinki: ['Helsinki', 'Uusimaa', 'FI', 60.1699, 24.9384],
  london: ['London', 'England', 'GB', 51.5072, -0.1276],
  singapore: ['Singapore', 'Central Singapore', 'SG', 1.3521, 103.8198],
  casablanca: ['Casablanca', 'Casablanca-Settat', 'MA', 33.5731, -7.5898],
  bucharest: ['Bucharest', 'Bucuresti', 'RO', 44.4268, 26.1025],
  lagos: ['Lagos', 'Lagos', 'NG', 6.5244, 3.3792],
  saopaulo: ['Sao Paulo', 'Sao Paulo', 'BR', -23.5505, -46.6333],
  beauharnois: ['Beauharnois', 'Quebec', 'CA', 45.3151, -73.8779],
  calgary: ['Calgary', 'Alberta', 'CA', 51.0447, -114.0719],
  falkenstein: ['Falkenstein', 'Sachsen', 'DE', 50.4779, 12.3713],
};

/** A network address with its place and ASN. */
export function net(ip, asn, place) {
  const [city, state, cc, lat, lon] = PLACES[place];
  return { ip, asn, city, state, cc, lat, lon };
}

// ISP prefixes (first two octets) by ASN; addresses are drawn from them.
export const ISP = {
  bell: { asn: 577, p: ['70.49', '70.50', '70.52', '184.144', '184.145', '184.146', '65.92', '142.114'] },
  rogers: { asn: 812, p: ['99.232', '99.233', '99.240', '174.112', '174.114', '173.32', '24.114'] },
  videotron: { asn: 5769, p: ['24.200', '24.201', '24.202', '24.203', '69.159', '96.22', '70.82'] },
  cogeco: { asn: 7122, p: ['24.141', '24.36', '69.165', '216.8'] },
  rogersMob: { asn: 812, p: ['72.143', '72.137', '142.198'] },
  bellMob: { asn: 577, p: ['184.151', '174.88', '216.209'] },
  telusMob: { asn: 852, p: ['206.47', '207.216', '154.20'] },
  icloudRelay: { asn: 36183, p: ['172.225', '172.226', '146.75'] },
  orange: { asn: 3215, p: ['90.84', '86.246', '83.203', '2.7'] },
  free: { asn: 12322, p: ['78.194', '82.64', '88.170'] },
  sfr: { asn: 15557, p: ['77.199', '92.184', '109.9'] },
  comcast: { asn: 7922, p: ['73.43', '73.184', '98.251', '24.99'] },
  att: { asn: 7018, p: ['99.108', '107.197', '108.222'] },
  telmex: { asn: 8151, p: ['187.188', '189.146', '201.141'] },
};
export function ispIp(rng, isp) {
  const I = ISP[isp];
  return `${rng.pick(I.p)}.${rng.int(1, 254)}.${rng.int(2, 253)}`;
}

// The authority's fixed egress points.
export const SITES = {
  hq: net('142.116.40.10', 577, 'ottawa'), // HQ, 1 Rideau Transit Way (Bell business fibre)
  hq2: net('142.116.40.11', 577, 'ottawa'),
  occ: net('142.116.41.20', 577, 'ottawa'), // operations control centre
  eng: net('142.116.40.12', 577, 'ottawa'), // engineering floor (same building, own firewall)
  dc: net('142.116.42.5', 577, 'ottawa'), // on-premises data centre (service accounts, Entra Connect, proxy)
  vpn: net('142.116.42.30', 577, 'ottawa'), // GlobalProtect VPN egress
  citrix1: net('20.151.66.14', 8075, 'toronto'), // Azure Canada Central NAT gateway, Citrix VDAs
  citrix2: net('20.151.66.15', 8075, 'toronto'),
  lte1: net('72.139.200.17', 812, 'ottawa'), // private LTE core (Rogers), maintenance tablets
  lte2: net('72.139.200.18', 812, 'ottawa'),
  lte3: net('72.139.200.19', 812, 'nepean'),
};
export const DEPOTS = [
  { code: 'STL', name: 'St-Laurent', net: net('142.116.44.10', 577, 'ottawa') },
  { code: 'MER', name: 'Merivale', net: net('142.116.44.26', 577, 'nepean') },
  { code: 'PIN', name: 'Pinecrest', net: net('142.116.44.42', 577, 'nepean') },
  { code: 'KAN', name: 'Kanata', net: net('99.229.180.33', 812, 'kanata') },
  { code: 'ORL', name: 'Orleans', net: net('99.229.181.70', 812, 'orleans') },
  { code: 'BAR', name: 'Barrhaven', net: net('142.116.44.58', 577, 'barrhaven') },
];
export const YARDS = [
  { code: 'BLF', name: 'Belfast Yard', net: net('142.116.45.10', 577, 'ottawa') },
  { code: 'MDY', name: 'Moodie Yard', net: net('142.116.45.26', 577, 'nepean') },
];

const EN_FIRST = ['James', 'Michael', 'Sarah', 'Jennifer', 'David', 'Emily', 'Robert', 'Jessica', 'Daniel', 'Ashley', 'Matthew', 'Amanda', 'Christopher', 'Laura', 'Andrew', 'Megan', 'Kevin', 'Rachel', 'Brian', 'Heather', 'Jason', 'Nicole', 'Ryan', 'Stephanie', 'Mark', 'Lisa', 'Paul', 'Karen', 'Steven', 'Melissa', 'Patrick', 'Kimberly', 'Sean', 'Amy', 'Tyler', 'Rebecca', 'Adam', 'Julie', 'Justin', 'Erin', 'Scott', 'Tanya', 'Derek', 'Crystal', 'Gurpreet', 'Harjit', 'Priya', 'Mohamed', 'Fatima', 'Ahmed', 'Wei', 'Mei', 'Tuan', 'Olumide', 'Chidi', 'Abdi', 'Hodan', 'Carlos', 'Maria', 'Dmitri', 'Oksana'];
const FR_FIRST = ['Jean', 'Marie', 'Luc', 'Isabelle', 'Pierre', 'Nathalie', 'François', 'Sylvie', 'Martin', 'Julie', 'Éric', 'Chantal', 'Stéphane', 'Mélanie', 'Patrick', 'Josée', 'Alexandre', 'Geneviève', 'Mathieu', 'Caroline', 'Sébastien', 'Annie', 'Simon', 'Véronique', 'Guillaume', 'Émilie', 'Marc-André', 'Karine', 'Jean-François', 'Marie-Ève', 'Louis', 'Catherine', 'Benoît', 'Sophie', 'Yves', 'Manon', 'Olivier', 'Audrey', 'Denis', 'Lucie', 'Hugo', 'Maxime', 'Amélie', 'Philippe', 'Hélène'];
const EN_LAST = ['Smith', 'Brown', 'Wilson', 'MacDonald', 'Taylor', 'Campbell', 'Anderson', 'Jones', 'Martin', 'Thompson', 'Young', 'Scott', 'Robinson', 'Stewart', 'Clarke', 'Murray', 'Reid', 'Graham', 'Kelly', 'Walsh', 'Ryan', 'Boyle', 'Fraser', 'Hughes', 'Wright', 'Bell', 'Mitchell', 'Ross', 'Gill', 'Sandhu', 'Singh', 'Patel', 'Nguyen', 'Chen', 'Li', 'Wong', 'Ali', 'Hassan', 'Omar', 'Abdullahi', 'Okafor', 'Adeyemi', 'Silva', 'Kowalski', 'Novak', 'Petrov', 'Haddad', 'Khoury', 'OConnor', 'Doyle', 'Sullivan', 'Lynch', 'Burke', 'Cameron', 'Hunter'];
const FR_LAST = ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné', 'Ouellet', 'Pelletier', 'Bélanger', 'Lévesque', 'Bergeron', 'Leblanc', 'Paquette', 'Girard', 'Simard', 'Boucher', 'Caron', 'Beaulieu', 'Cloutier', 'Dubé', 'Poirier', 'Fournier', 'Lapointe', 'Leclerc', 'Lefebvre', 'Poulin', 'Thibault', 'St-Pierre', 'Nadeau', 'Martel', 'Giroux', 'Charbonneau', 'Lalonde', 'Séguin', 'Brisebois', 'Laframboise', 'Desjardins', 'Proulx', 'Villeneuve', 'Landry', 'Racine'];
const FR_FR_FIRST = ['Thomas', 'Camille', 'Nicolas', 'Léa', 'Julien', 'Manon', 'Antoine', 'Chloé', 'Romain', 'Pauline', 'Florian', 'Aurélie', 'Maxime', 'Élodie', 'Quentin', 'Sandrine', 'Baptiste', 'Laëtitia'];
const FR_FR_LAST = ['Dubois', 'Lambert', 'Moreau', 'Garnier', 'Rousseau', 'Fontaine', 'Chevalier', 'Mercier', 'Blanc', 'Guerin', 'Faure', 'Andre', 'Robin', 'Clement', 'Morel', 'Perrin', 'Vidal', 'Masson'];
const US_FIRST = ['Tyler', 'Brandon', 'Kayla', 'Jordan', 'Courtney', 'Austin', 'Brittany', 'Cody', 'Morgan', 'Dustin', 'Whitney', 'Trevor', 'Lindsey', 'Marcus', 'Tiffany'];
const US_LAST = ['Johnson', 'Williams', 'Davis', 'Miller', 'Garcia', 'Rodriguez', 'Martinez', 'Jackson', 'White', 'Harris', 'Lewis', 'Walker', 'Hall', 'Allen', 'King'];

export const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z-]/g, '').toLowerCase();

const KINDS = [
  // kind, count, francophone share
  ['driver', 880, 0.3], ['rail', 150, 0.3], ['maint', 240, 0.3], ['occ', 80, 0.35], ['eng', 115, 0.25],
  ['office', 230, 0.35], ['exec', 12, 0.4], ['it', 22, 0.3], ['agent', 300, 0.45], ['contractor', 38, 0.2],
];

const DEPT = { driver: 'Bus Operations', rail: 'Rail Operations', maint: 'Fleet Maintenance', occ: 'Operations Control Centre', eng: 'Engineering', office: 'Corporate Services', exec: 'Executive Office', it: 'Information Technology', agent: 'Customer Contact Centre', contractor: 'Contractors', seasonal: 'Seasonal - Winter Service' };

/** Builds the population. Returns { users, byUpn, guests, svc, rooms, devices }. */
export function buildPeople(rng) {
  const users = [];
  const seen = new Set();
  const mkUpn = (first, last, suffix = '') => {
    let base = `${ascii(first)}.${ascii(last)}${suffix}`, u = base, n = 2;
    while (seen.has(u)) u = `${base}${n++}`;
    seen.add(u);
    return `${u}@${DOMAIN}`;
  };
  const homePlaceFor = (fr) => fr
    ? rng.wpick([['gatineau', 5], ['orleans', 3], ['rockland', 1.5], ['ottawa', 2], ['cornwall', 0.5]])
    : rng.wpick([['ottawa', 5], ['nepean', 3], ['kanata', 2.5], ['barrhaven', 2], ['orleans', 1.5], ['kingston', 0.3]]);
  const homeIspFor = (place) => place === 'gatineau' ? rng.wpick([['videotron', 6], ['bell', 3]])
    : place === 'cornwall' || place === 'kingston' ? rng.wpick([['cogeco', 5], ['bell', 3]])
      : rng.wpick([['bell', 5], ['rogers', 5], ['videotron', 0.6]]);
  const laptop = (u, prefix) => ({ id: rng.uuid(), name: `${prefix}-${rng.int(10000, 99999)}`, os: rng.chance(0.7) ? 'Windows 11' : 'Windows 10', compliant: true, managed: true, trust: 'Hybrid Azure AD joined' });
  const phone = (u) => {
    const ios = rng.chance(0.58);
    return { id: rng.chance(0.55) ? rng.uuid() : '', os: ios ? 'Ios' : 'Android', ios, ver: ios ? rng.pick(['17.6.1', '18.1.1', '18.2', '18.3.2', '26.1']) : rng.pick(['13', '14', '15', '16']), model: ios ? 'iPhone' : rng.pick(['SM-S921W', 'SM-A546W', 'Pixel 8', 'SM-G991W', 'moto g 5G']), relay: ios && rng.chance(0.12) };
  };

  for (const [kind, count, frShare] of KINDS) {
    for (let i = 0; i < count; i++) {
      const fr = rng.chance(frShare);
      const first = rng.pick(fr ? FR_FIRST : EN_FIRST), last = rng.pick(fr ? FR_LAST : EN_LAST);
      const upn = kind === 'contractor' ? mkUpn(first, last, '.ext') : mkUpn(first, last);
      const homePlace = homePlaceFor(fr);
      const u = {
        id: rng.uuid(), upn, display: kind === 'contractor' ? `${first} ${last} (Contractor)` : `${first} ${last}`, first, last, lang: fr ? 'fr' : 'en', kind, dept: DEPT[kind],
        homePlace, homeIsp: homeIspFor(homePlace), mobIsp: rng.wpick([['rogersMob', 4], ['bellMob', 4], ['telusMob', 2]]),
        phone: null, mfa: null, mfaExempt: false, activity: rng.next(), laptop: null, depot: null, tz: 0,
      };
      u.homeIp = ispIp(rng, u.homeIsp);
      if (['driver', 'rail'].includes(kind)) {
        u.depot = kind === 'driver' ? rng.pick(DEPOTS) : rng.pick(YARDS);
        u.shift = rng.wpick([['early', 5], ['late', 4], ['split', 1]]);
        // Union agreement: frontline staff without a corporate phone are excluded from MFA (group CA-Excl-Frontline-NoMFA).
        u.mfaExempt = rng.chance(0.45);
        if (!u.mfaExempt || rng.chance(0.5)) u.phone = phone(u);
        u.mfa = u.mfaExempt ? null : rng.wpick([['sms', 6], ['app', 4]]);
        // many rarely-used union accounts: activity skewed low
        u.activity = Math.pow(rng.next(), 1.8);
      } else if (kind === 'maint') {
        u.phone = rng.chance(0.6) ? phone(u) : null;
        u.mfa = rng.wpick([['app', 5], ['sms', 5]]);
        u.crew = rng.wpick([['day', 5], ['evening', 3], ['night', 2]]);
      } else if (kind === 'agent') {
        u.phone = rng.chance(0.5) ? phone(u) : null;
        u.mfa = rng.wpick([['sms', 6], ['app', 4]]);
        u.shift = rng.wpick([['day', 6], ['evening', 3], ['weekend', 1]]);
        if (rng.chance(0.18)) u.homePlace = rng.pick(['cornwall', 'kingston', 'rockland']);
      } else {
        u.phone = phone(u);
        u.mfa = rng.wpick([['app', 8], ['sms', 2]]);
        u.laptop = laptop(u, kind === 'occ' ? 'RVTA-OCC' : 'RVTA-LT');
        if (kind === 'occ') u.crew = rng.wpick([['day', 1], ['night', 1]]);
        u.hybrid = ['eng', 'office', 'exec', 'it', 'contractor'].includes(kind) ? rng.float(0.1, 0.6) : 0;
      }
      users.push(u);
    }
  }

  // Seasonal winter-service staff (customer ambassadors, snow crews): cloud-only accounts created by HR provisioning in
  // the window; some contracts end (disabled) inside it.
  const seasonal = [];
  for (let i = 0; i < 42; i++) {
    const fr = rng.chance(0.35);
    const first = rng.pick(fr ? FR_FIRST : EN_FIRST), last = rng.pick(fr ? FR_LAST : EN_LAST);
    const homePlace = homePlaceFor(fr);
    const u = {
      id: rng.uuid(), upn: mkUpn(first, last, '.s'), display: `${first} ${last} (Seasonal)`, first, last, lang: fr ? 'fr' : 'en', kind: 'seasonal', dept: DEPT.seasonal,
      homePlace, homeIsp: homeIspFor(homePlace), mobIsp: rng.wpick([['rogersMob', 4], ['bellMob', 4], ['telusMob', 2]]),
      phone: null, mfa: rng.wpick([['sms', 6], ['app', 4]]), mfaExempt: false, activity: rng.float(0.3, 1), laptop: null,
      created: START + rng.int(0, 6) * DAY + rng.int(13, 20) * HOUR + rng.int(0, 3599) * 1000,
    };
    u.phone = phone(u);
    u.homeIp = ispIp(rng, u.homeIsp);
    u.depot = rng.pick(DEPOTS);
    u.shift = rng.pick(['early', 'late']);
    if (i < 14) u.disabled = u.created + rng.int(4, 9) * DAY + rng.int(0, 8) * HOUR;
    users.push(u); seasonal.push(u);
  }

  // Leavers: disabled before the window (their phones keep retrying) — drawn from staff with phones.
  const candidates = users.filter((u) => u.phone && ['office', 'eng', 'occ', 'maint', 'agent'].includes(u.kind));
  for (const u of rng.sample(candidates, 16)) { u.leaver = true; u.disabledBefore = START - rng.int(1, 20) * DAY; }

  // Guests
  const guests = [];
  for (let i = 0; i < 26; i++) {
    const first = rng.pick(FR_FR_FIRST), last = rng.pick(FR_FR_LAST);
    const mail = `${ascii(first)}.${ascii(last)}${i > 17 ? i : ''}@metrolis-ferroviaire.fr`;
    guests.push({ id: rng.uuid(), first, last, display: `${first} ${last.toUpperCase()} (Métrolis)`, mail, upn: mail, extUpn: `${mail.replace('@', '_')}#EXT#@${ONMS}`, kind: 'guestFR', homeTenant: FR_VENDOR_TENANT, homePlace: rng.pick(['valenciennes', 'valenciennes', 'larochelle', 'paris']), isp: rng.pick(['orange', 'orange', 'free', 'sfr']), lang: 'fr', activity: rng.next() });
  }
  for (let i = 0; i < 14; i++) {
    const first = rng.pick(US_FIRST), last = rng.pick(US_LAST);
    const mail = `${ascii(first)}.${ascii(last)}${i > 9 ? i : ''}@transitpay.com`;
    guests.push({ id: rng.uuid(), first, last, display: `${first} ${last} (TransitPay)`, mail, upn: mail, extUpn: `${mail.replace('@', '_')}#EXT#@${ONMS}`, kind: 'guestUS', homeTenant: US_VENDOR_TENANT, homePlace: rng.pick(['atlanta', 'alpharetta']), isp: rng.pick(['comcast', 'att']), lang: 'en', activity: rng.next() });
  }
  for (const g of guests) { g.homeIp = ispIp(rng, g.isp); g.officeIp = g.kind === 'guestFR' ? '193.252.118.40' : '12.161.84.22'; }

  // Service accounts (user objects used by services), Entra Connect, Teams Rooms resource accounts.
  const svc = {
    fare: { id: rng.uuid(), upn: `svc-faresync@${DOMAIN}`, display: 'svc-faresync', kind: 'svc', app: APPS.fareSync, res: RES.spo },
    gtfs: { id: rng.uuid(), upn: `svc-gtfs-publisher@${DOMAIN}`, display: 'svc-gtfs-publisher', kind: 'svc', app: APPS.gtfsPub, res: RES.graph },
    scada: { id: rng.uuid(), upn: `svc-scada-historian@${DOMAIN}`, display: 'svc-scada-historian', kind: 'svc', app: APPS.scadaExp, res: RES.spo },
    sync: { id: rng.uuid(), upn: `Sync_RVTA-AADC01_7d2e41c8a0b3@${ONMS}`, display: 'On-Premises Directory Synchronization Service Account', kind: 'sync' },
  };
  const rooms = [];
  const roomNames = ['HQ-Boardroom', 'HQ-3-Rideau', 'HQ-3-Ottawa', 'HQ-4-Gatineau', 'HQ-4-Madawaska', 'HQ-5-Mississippi', 'OCC-Briefing', 'OCC-Incident', 'ENG-Design-1', 'ENG-Design-2', 'STL-Training', 'MER-Training', 'PIN-Training', 'BLF-Briefing', 'MDY-Briefing', 'HQ-2-Petawawa', 'HQ-2-Bonnechere', 'HQ-5-Tay', 'HQ-6-Jock', 'HQ-6-Carp'];
  for (const r of roomNames) rooms.push({ id: rng.uuid(), upn: `mtr-${r.toLowerCase()}@${DOMAIN}`, display: `MTR ${r}`, kind: 'room', device: { id: rng.uuid(), name: `MTR-${r.toUpperCase()}`.slice(0, 15), os: 'Windows 10', compliant: true, managed: true, trust: 'Azure AD joined' }, net: r.startsWith('OCC') ? SITES.occ : r.startsWith('STL') || r.startsWith('MER') || r.startsWith('PIN') ? DEPOTS.find((d) => d.code === r.slice(0, 3)).net : r.startsWith('BLF') || r.startsWith('MDY') ? YARDS.find((d) => d.code === r.slice(0, 3)).net : SITES.hq });

  // Shared devices
  const kiosks = new Map();
  for (const d of [...DEPOTS, ...YARDS]) {
    const list = [];
    for (let k = 1; k <= (d.code.length === 3 && YARDS.includes(d) ? 3 : 5); k++) list.push({ id: rng.uuid(), name: `KSK-${d.code}-${String(k).padStart(2, '0')}`, os: 'Windows 10', compliant: true, managed: true, trust: 'Hybrid Azure AD joined' });
    kiosks.set(d.code, list);
  }
  const tablets = [];
  for (let k = 0; k < 150; k++) tablets.push({ id: rng.uuid(), name: `TAB-FLT-${String(k + 1).padStart(3, '0')}`, os: 'Android', compliant: true, managed: true, trust: 'Azure AD registered', model: 'SM-T638W' });
  const vdas = [];
  for (let k = 0; k < 14; k++) vdas.push({ id: rng.uuid(), name: `CTX-VDA-${String(k + 1).padStart(2, '0')}`, os: 'Windows Server 2022', compliant: true, managed: true, trust: 'Hybrid Azure AD joined' });
  const occDesks = [];
  for (let k = 0; k < 36; k++) occDesks.push({ id: rng.uuid(), name: `OCC-CONS-${String(k + 1).padStart(2, '0')}`, os: 'Windows 11', compliant: true, managed: true, trust: 'Hybrid Azure AD joined' });

  for (const u of users) if (u.kind === 'maint') u.tablet = rng.pick(tablets);

  const byUpn = new Map(users.map((u) => [u.upn, u]));
  return { users, seasonal, guests, svc, rooms, kiosks, tablets, vdas, occDesks, byUpn };
}
