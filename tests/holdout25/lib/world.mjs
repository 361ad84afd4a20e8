// The fictional tenant: Alpenflug Regional GmbH, an Austrian regional airline based at Vienna (VIE) with crew bases
// at Innsbruck, Graz and Salzburg and outstations in 14 European countries. Local time Europe/Vienna (UTC+1 in the
// window, before the end-of-March DST change). Everything here is invented; addresses are arbitrary public-looking
// ranges with a fixed geolocation and ASN per network.
export const TENANT_ID = '5c1e7a2b-8f3d-4b6a-9e21-a7f0c4d2b913';
export const TENANT_NAME = 'Alpenflug Regional GmbH';
export const DOMAIN = 'alpenflug.at';
export const START = Date.parse('2026-03-02T00:00:00Z');
export const DAYS = 14;
export const END = START + DAYS * 86_400_000;
export const TZ = 1; // hours ahead of UTC (CET)
export const HOUR = 3_600_000, MIN = 60_000, DAY = 86_400_000;

// ---- networks --------------------------------------------------------------------------------------------------
// kind: res (residential / home broadband), mob (mobile carrier, CGNAT pools), corp, airport (ground handler /
// airport network), hotel, cloud, inflight, partner (another company's egress), attack (only attackers).
const N = [];
const net = (key, kind, prefix, n, city, state, cc, lat, lon, asn, extra = {}) => N.push({ key, kind, prefix, n, city, state, cc, lat, lon, asn, ...extra });

// Home country: residential and mobile pools in the crew/staff home areas.
net('at-res-vie', 'res', '84.114', 4000, 'Vienna', 'Wien', 'AT', 48.2082, 16.3738, 8412);
net('at-res-vie2', 'res', '91.141', 3000, 'Vienna', 'Wien', 'AT', 48.2082, 16.3738, 8447);
net('at-res-noe', 'res', '178.190', 2000, 'Mödling', 'Niederösterreich', 'AT', 48.0856, 16.2831, 8447);
net('at-res-schwechat', 'res', '188.22', 1200, 'Schwechat', 'Niederösterreich', 'AT', 48.1396, 16.4741, 8412);
net('at-res-inn', 'res', '62.47', 800, 'Innsbruck', 'Tirol', 'AT', 47.2692, 11.4041, 8447);
net('at-res-grz', 'res', '77.116', 800, 'Graz', 'Steiermark', 'AT', 47.0707, 15.4395, 8412);
net('at-res-szg', 'res', '195.3', 700, 'Salzburg', 'Salzburg', 'AT', 47.8095, 13.055, 8447);
net('sk-res-bts', 'res', '188.121', 400, 'Bratislava', 'Bratislavský kraj', 'SK', 48.1486, 17.1077, 6855);
net('at-mob-a1', 'mob', '80.110', 1500, 'Vienna', 'Wien', 'AT', 48.2082, 16.3738, 8447);
net('at-mob-magenta', 'mob', '91.114', 1500, 'Vienna', 'Wien', 'AT', 48.2082, 16.3738, 8412);
net('at-mob-drei', 'mob', '176.66', 1200, 'Vienna', 'Wien', 'AT', 48.2082, 16.3738, 25255);
// Corporate egress.
net('corp-hq', 'corp', '193.83.40', 4, 'Vienna', 'Wien', 'AT', 48.1103, 16.5697, 8447, { named: 'VIE HQ' });
net('corp-crew', 'corp', '193.83.41', 3, 'Schwechat', 'Niederösterreich', 'AT', 48.1103, 16.5697, 8447, { named: 'VIE Crew Center' });
net('corp-occ', 'corp', '193.83.42', 2, 'Schwechat', 'Niederösterreich', 'AT', 48.1103, 16.5697, 8447, { named: 'OCC' });
net('corp-hangar', 'corp', '193.83.43', 2, 'Schwechat', 'Niederösterreich', 'AT', 48.1103, 16.5697, 8447, { named: 'Hangar 3' });
net('corp-vpn', 'corp', '193.83.44', 3, 'Vienna', 'Wien', 'AT', 48.2082, 16.3738, 8447, { named: 'VPN' });
net('corp-dc', 'corp', '193.83.45', 2, 'Vienna', 'Wien', 'AT', 48.2082, 16.3738, 8447, { named: 'Datacenter' });
net('vie-airport', 'airport', '194.48.210', 6, 'Schwechat', 'Niederösterreich', 'AT', 48.1103, 16.5697, 1853);
net('inn-airport', 'airport', '194.48.211', 2, 'Innsbruck', 'Tirol', 'AT', 47.2602, 11.3439, 1853);
net('grz-airport', 'airport', '194.48.212', 2, 'Graz', 'Steiermark', 'AT', 46.9911, 15.4396, 1853);
net('szg-airport', 'airport', '194.48.213', 2, 'Salzburg', 'Salzburg', 'AT', 47.7933, 13.0043, 1853);
// Azure (West Europe) for the roster-sync VM and build agents.
net('azure-weu', 'cloud', '20.61.118', 8, 'Amsterdam', 'Noord-Holland', 'NL', 52.3676, 4.9041, 8075);
// In-flight Wi-Fi gateways of a satellite provider (geolocated at the provider's ground stations).
net('inflight', 'inflight', '185.131.36', 6, 'London', 'England', 'GB', 51.5072, -0.1276, 59587);
net('inflight-us', 'inflight', '66.171.228', 4, 'Sterling', 'Virginia', 'US', 39.0067, -77.4291, 40306);

// Outstations: airport (handler) network, two hotels where crews night-stop, a local mobile pool.
export const STATIONS = [
  ['FRA', 'Frankfurt am Main', 'Hessen', 'DE', 50.0379, 8.5622, true],
  ['DUS', 'Düsseldorf', 'Nordrhein-Westfalen', 'DE', 51.2895, 6.7668, false],
  ['ZRH', 'Zurich', 'Zurich', 'CH', 47.4582, 8.5555, true],
  ['MXP', 'Milan', 'Lombardy', 'IT', 45.6301, 8.7255, true],
  ['FCO', 'Rome', 'Lazio', 'IT', 41.8003, 12.2389, false],
  ['CDG', 'Paris', 'Ile-de-France', 'FR', 49.0097, 2.5479, true],
  ['LHR', 'London', 'England', 'GB', 51.47, -0.4543, true],
  ['AMS', 'Amsterdam', 'Noord-Holland', 'NL', 52.3105, 4.7683, false],
  ['BRU', 'Brussels', 'Brussels', 'BE', 50.9014, 4.4844, true],
  ['BCN', 'Barcelona', 'Catalonia', 'ES', 41.2974, 2.0833, true],
  ['PMI', 'Palma', 'Balearic Islands', 'ES', 39.5517, 2.7388, true],
  ['ATH', 'Athens', 'Attica', 'GR', 37.9364, 23.9445, true],
  ['SPU', 'Split', 'Split-Dalmatia', 'HR', 43.5389, 16.298, false],
  ['WAW', 'Warsaw', 'Mazowieckie', 'PL', 52.1657, 20.9671, true],
  ['CPH', 'Copenhagen', 'Capital Region', 'DK', 55.618, 12.656, true],
  ['OTP', 'Bucharest', 'Bucuresti', 'RO', 44.5711, 26.085, true],
  ['SOF', 'Sofia', 'Sofia-Capital', 'BG', 42.6967, 23.4114, false],
].map(([iata, city, state, cc, lat, lon, nightStop], i) => ({ iata, city, state, cc, lat, lon, nightStop, i }));
for (const s of STATIONS) {
  const i = s.i;
  net(`${s.iata}-airport`, 'airport', `212.${40 + i}.${10 + i}`, 4, s.city, s.state, s.cc, s.lat, s.lon, 30000 + i * 17);
  net(`${s.iata}-hotel1`, 'hotel', `95.${100 + i}.${20 + i}`, 3, s.city, s.state, s.cc, s.lat + 0.11, s.lon + 0.09, 31000 + i * 13);
  net(`${s.iata}-hotel2`, 'hotel', `109.${60 + i}.${30 + i}`, 2, s.city, s.state, s.cc, s.lat + 0.08, s.lon - 0.07, 32000 + i * 11);
  net(`${s.iata}-mob`, 'mob', `37.${120 + i}`, 300, s.city, s.state, s.cc, s.lat + 0.1, s.lon + 0.1, 33000 + i * 7);
}
// Partner companies' egress (guests sign in from their own networks).
net('itp-brno', 'partner', '89.24.180', 6, 'Brno', 'Jihomoravský kraj', 'CZ', 49.1951, 16.6068, 16019);
net('itp-lisbon', 'partner', '85.240.12', 6, 'Lisbon', 'Lisboa', 'PT', 38.7223, -9.1393, 3243);
net('mro-budapest', 'partner', '84.236.77', 4, 'Budapest', 'Budapest', 'HU', 47.4979, 19.0402, 5483);
net('codeshare-fra', 'partner', '62.159.94', 6, 'Frankfurt am Main', 'Hessen', 'DE', 50.1109, 8.6821, 3320);
net('codeshare-zrh', 'partner', '195.186.32', 4, 'Zurich', 'Zurich', 'CH', 47.3769, 8.5417, 3303);
net('agency-at', 'partner', '213.47.150', 20, 'Vienna', 'Wien', 'AT', 48.2082, 16.3738, 8447);
net('agency-de', 'partner', '87.128.22', 20, 'Munich', 'Bavaria', 'DE', 48.1351, 11.582, 3320);

export const NETS = Object.fromEntries(N.map((n) => [n.key, n]));
export function ipOf(key, idx) {
  const n = NETS[key];
  if (!n) throw new Error(`no network ${key}`);
  const i = ((idx % n.n) + n.n) % n.n;
  const parts = n.prefix.split('.');
  if (parts.length === 3) return `${n.prefix}.${10 + i}`;
  return `${n.prefix}.${Math.floor(i / 240) + 1}.${(i % 240) + 10}`;
}
// Attackers' networks are registered separately so the generator can prove no benign record uses them.
export const ATTACK_NETS = {};
export function attackNet(key, ip, city, state, cc, lat, lon, asn) { ATTACK_NETS[ip] = { key, ip, city, state, cc, lat, lon, asn, kind: 'attack' }; return ip; }
export function geoOfIp(ip, key) { return ATTACK_NETS[ip] || NETS[key]; }

// ---- applications -------------------------------------------------------------------------------------------------
// Microsoft first-party client ids are the public well-known ones; the airline's own apps have invented ids.
export const APPS = {
  outlookMobile: { id: '27922004-5251-4030-b22d-91ecd9a37ea4', name: 'Outlook Mobile', res: 'exo' },
  teams: { id: '1fec8e78-bce4-4aaf-ab1b-5451cc387264', name: 'Microsoft Teams', res: 'teamsvc' },
  teamsWeb: { id: '5e3ce6c0-2b1f-4285-8d4b-75ee78787346', name: 'Microsoft Teams Web Client', res: 'teamsvc' },
  office: { id: 'd3590ed6-52b3-4102-aeff-aad2292ab01c', name: 'Microsoft Office', res: 'graph' },
  officeHome: { id: '4765445b-32c6-49b0-83e6-1d93765276ca', name: 'OfficeHome', res: 'officehome' },
  owa: { id: '00000002-0000-0ff1-ce00-000000000000', name: 'Office 365 Exchange Online', res: 'exo' },
  sharepoint: { id: '00000003-0000-0ff1-ce00-000000000000', name: 'Office 365 SharePoint Online', res: 'spo' },
  onedrive: { id: 'ab9b8c07-8f02-4f72-87fa-80105867a763', name: 'OneDrive SyncEngine', res: 'spo' },
  broker: { id: '29d9ed98-a469-4536-ade2-f981bc1d605e', name: 'Microsoft Authentication Broker', res: 'drs' },
  authenticator: { id: '4813382a-8fa7-425e-ab75-3b753aab3abb', name: 'Microsoft Authenticator App', res: 'graph' },
  companyPortal: { id: '9ba1a5c7-f17a-4de9-a1f1-6178c8d51223', name: 'Microsoft Intune Company Portal', res: 'intune' },
  windowsSignIn: { id: '38aa3b87-a06d-4817-b275-7a316988d93b', name: 'Windows Sign In', res: 'drs' },
  azurePortal: { id: 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c', name: 'Azure Portal', res: 'arm' },
  entraPortal: { id: 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c', name: 'Azure Portal', res: 'graph' },
  azureCli: { id: '04b07795-8ddb-461a-bbee-02f9e1bf7b46', name: 'Microsoft Azure CLI', res: 'arm' },
  vscode: { id: 'aebc6443-996d-45c2-90f0-388ff96faa56', name: 'Visual Studio Code', res: 'graph' },
  graphPs: { id: '14d82eec-204b-4c2f-b7e8-296a70dab67e', name: 'Microsoft Graph Command Line Tools', res: 'graph' },
  mySignins: { id: '19db86c3-b2b9-44cc-b339-36da233a3be2', name: 'My Signins', res: 'graph' },
  powerbi: { id: '871c010f-5e61-4fb1-83ac-98610a7e9110', name: 'Power BI Desktop', res: 'powerbi' },
  workday: { id: '6b5c2f0e-0c4a-4d57-9a1e-2e8f1d7c3b40', name: 'Workday', res: 'workday' },
  concur: { id: '3d6a1b9e-5f27-4e0c-8b14-9c2a7e6f0d51', name: 'SAP Concur', res: 'concur' },
  servicenow: { id: '8e2f4a61-7b3c-4d95-a0e8-1f6c9b2d7e34', name: 'ServiceNow', res: 'servicenow' },
  crewRoster: { id: 'a3f9c2d1-6e4b-4a87-b5d0-7c1e9f2a8b36', name: 'Alpenflug Crew Roster', res: 'crewRosterApi' },
  efb: { id: 'b7e1d4c9-2a5f-4e36-9d8b-0f3a6c1e5b72', name: 'EFB Briefing', res: 'efbApi' },
  manuals: { id: 'c2d8a5f3-9b1e-4c74-8e60-4a7f2d9c1b85', name: 'Alpenflug Ops Manuals', res: 'spo' },
  dcs: { id: 'd9a4e7b2-3c6f-4f18-a2d5-8e1b0c7f4a93', name: 'Departure Control Kiosk', res: 'dcsApi' },
  techlog: { id: 'e5b3f8a6-1d2c-4b97-8f4e-6a9d3c0b2e17', name: 'TechLog MRO', res: 'techlogApi' },
  occDash: { id: 'f1c6b9d3-4e8a-4d25-b7f1-2c5e8a0d6b49', name: 'OCC Movement Control', res: 'occApi' },
  revenue: { id: '0a7d2e5c-8f3b-4e61-9c4a-5b2f1d8e7c06', name: 'Revenue Management Suite', res: 'revenueApi' },
  agencyPortal: { id: '1b8e3f6d-9a4c-4f72-8d5b-6c3a2e9f1d07', name: 'Alpenflug Agency Portal', res: 'spo' },
  flightOpsInt: { id: '2c9f4a7e-0b5d-4a83-9e6c-7d4b3f0a2e18', name: 'Flight Ops Integration', res: 'exo' },
  crewSync: { id: '3d0a5b8f-1c6e-4b94-8f7d-8e5c4a1b3f29', name: 'Crew Roster Sync', res: 'graph' },
  devPortal: { id: '4e1b6c9a-2d7f-4ca5-9a8e-9f6d5b2c4a3a', name: 'Alpenflug Developer Portal', res: 'graph' },
};
export const RESOURCES = {
  exo: ['00000002-0000-0ff1-ce00-000000000000', 'Office 365 Exchange Online'],
  spo: ['00000003-0000-0ff1-ce00-000000000000', 'Office 365 SharePoint Online'],
  graph: ['00000003-0000-0000-c000-000000000000', 'Microsoft Graph'],
  teamsvc: ['cc15fd57-2c6c-4117-a88c-83b1d56b4bbe', 'Microsoft Teams Services'],
  officehome: ['4765445b-32c6-49b0-83e6-1d93765276ca', 'OfficeHome'],
  drs: ['01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', 'Device Registration Service'],
  intune: ['0000000a-0000-0000-c000-000000000000', 'Microsoft Intune'],
  arm: ['797f4846-ba00-4fd7-ba43-dac1f8f63013', 'Windows Azure Service Management API'],
  powerbi: ['00000009-0000-0000-c000-000000000000', 'Power BI Service'],
  workday: ['6b5c2f0e-0c4a-4d57-9a1e-2e8f1d7c3b40', 'Workday'],
  concur: ['3d6a1b9e-5f27-4e0c-8b14-9c2a7e6f0d51', 'SAP Concur'],
  servicenow: ['8e2f4a61-7b3c-4d95-a0e8-1f6c9b2d7e34', 'ServiceNow'],
  crewRosterApi: ['5f2c7d0b-3e8a-4c16-a9f7-0b6e5d3c4a41', 'Alpenflug Crew Roster API'],
  efbApi: ['6a3d8e1c-4f9b-4d27-b0a8-1c7f6e4d5b52', 'EFB Briefing API'],
  dcsApi: ['7b4e9f2d-5a0c-4e38-81b9-2d8a7f5e6c63', 'Departure Control API'],
  techlogApi: ['8c5fa03e-6b1d-4f49-92ca-3e9b8a6f7d74', 'TechLog MRO API'],
  occApi: ['9d60b14f-7c2e-4a5a-a3db-4fac9b7a8e85', 'OCC Movement Control API'],
  revenueApi: ['ae71c25a-8d3f-4b6b-b4ec-5abdac8b9f96', 'Revenue Management API'],
};

// ---- Conditional Access ---------------------------------------------------------------------------------------------
export const CA = [
  { id: '0b1d5a2e-7c4f-4e83-9a16-2f8d3b7c5e01', name: 'CA001 - All users - Require MFA', grant: ['Mfa'] },
  { id: '1c2e6b3f-8d5a-4f94-8b27-3a9e4c8d6f12', name: 'CA002 - Block legacy authentication', grant: ['Block'] },
  { id: '2d3f7c4a-9e6b-4aa5-9c38-4bafd59e7a23', name: 'CA010 - Crew EFB and Roster - Require compliant device', grant: ['RequireCompliantDevice'] },
  { id: '3e4a8d5b-af7c-4bb6-8d49-5cb0e6af8b34', name: 'CA020 - Admins - Phishing-resistant MFA or compliant device', grant: ['Mfa', 'RequireCompliantDevice'] },
  { id: '4f5b9e6c-b08d-4cc7-9e5a-6dc1f7b09c45', name: 'CA030 - Guests - MFA and 12h sign-in frequency', grant: ['Mfa'], session: ['SignInFrequency'] },
  { id: '5a6caf7d-c19e-4dd8-8f6b-7ed208c1ad56', name: 'CA040 - Shared kiosks - 8h sign-in frequency, no persistent browser', grant: [], session: ['SignInFrequency', 'PersistentBrowserSessionMode'] },
  { id: '6b7db08e-d2af-4ee9-907c-8fe319d2be67', name: 'CA050 - Sign-in risk medium+ - Require MFA', grant: ['Mfa'] },
  { id: '7c8ec19f-e3b0-4ffa-a18d-90f42ae3cf78', name: 'CA060 - Outside operating countries - Block (report-only)', grant: ['Block'], reportOnly: true },
];
export const OPERATING = new Set(['AT', 'SK', 'DE', 'CH', 'IT', 'FR', 'GB', 'NL', 'BE', 'ES', 'GR', 'HR', 'PL', 'DK', 'RO', 'BG', 'CZ', 'HU', 'PT']);
