// Places, networks, applications, user agents and Conditional Access policies of the Hallwyl Brunner & Cie tenant.
// Addresses are drawn from prefixes that belong (or plausibly belong) to the named networks; the geolocation of each
// network is fixed, as an IP-geolocation service would report it.

export const TENANT = {
  id: '7c1f3a52-9e4d-4b8a-a0c6-5d2e8f914b37',
  name: 'Hallwyl Brunner & Cie SA',
  domain: 'hallwylbrunner.ch',
};
export const AUDITOR = { id: '3e9b7d10-64c2-4f0e-b1a8-92d4c6e57f21', name: 'Kessler Aebi Revision AG', domain: 'kessler-aebi.ch' };
export const CUSTODY = { id: 'a8d2c4f6-1b3e-4c5d-9e7f-0a1b2c3d4e5f', name: 'Banque Dufour Custody SA', domain: 'dufour-custody.lu' };

// city, state, country, lat, lon
export const PLACES = {
  zurich: ['Zurich', 'Zurich', 'CH', 47.3769, 8.5417],
  winterthur: ['Winterthur', 'Zurich', 'CH', 47.4988, 8.7237],
  zug: ['Zug', 'Zug', 'CH', 47.1662, 8.5155],
  baden: ['Baden', 'Aargau', 'CH', 47.4733, 8.3059],
  lupfig: ['Lupfig', 'Aargau', 'CH', 47.4418, 8.2122],
  bern: ['Bern', 'Bern', 'CH', 46.948, 7.4474],
  basel: ['Basel', 'Basel-City', 'CH', 47.5596, 7.5886],
  geneva: ['Geneva', 'Geneva', 'CH', 46.2044, 6.1432],
  lausanne: ['Lausanne', 'Vaud', 'CH', 46.5197, 6.6323],
  nyon: ['Nyon', 'Vaud', 'CH', 46.3833, 6.2396],
  lugano: ['Lugano', 'Ticino', 'CH', 46.0037, 8.9511],
  bellinzona: ['Bellinzona', 'Ticino', 'CH', 46.1946, 9.0244],
  singapore: ['Singapore', 'Central Singapore', 'SG', 1.2897, 103.8501],
  dubai: ['Dubai', 'Dubai', 'AE', 25.2048, 55.2708],
  abudhabi: ['Abu Dhabi', 'Abu Dhabi', 'AE', 24.4539, 54.3773],
  doha: ['Doha', 'Baladiyat ad Dawhah', 'QA', 25.2854, 51.531],
  riyadh: ['Riyadh', 'Riyadh Region', 'SA', 24.7136, 46.6753],
  hongkong: ['Hong Kong', 'Hong Kong', 'HK', 22.3193, 114.1694],
  london: ['London', 'England', 'GB', 51.5072, -0.1276],
  frankfurt: ['Frankfurt am Main', 'Hessen', 'DE', 50.1109, 8.6821],
  munich: ['Munich', 'Bayern', 'DE', 48.1351, 11.582],
  milan: ['Milan', 'Lombardy', 'IT', 45.4642, 9.19],
  monaco: ['Monaco', 'Monaco', 'MC', 43.7384, 7.4246],
  luxembourg: ['Luxembourg', 'Luxembourg', 'LU', 49.6116, 6.1319],
  paris: ['Paris', 'Ile-de-France', 'FR', 48.8566, 2.3522],
  roubaix: ['Roubaix', 'Hauts-de-France', 'FR', 50.6942, 3.1746],
  madrid: ['Madrid', 'Madrid', 'ES', 40.4168, -3.7038],
  malaga: ['Malaga', 'Andalusia', 'ES', 36.7213, -4.4214],
  lisbon: ['Lisbon', 'Lisboa', 'PT', 38.7223, -9.1393],
  porto: ['Porto', 'Porto', 'PT', 41.1579, -8.6291],
  pune: ['Pune', 'Maharashtra', 'IN', 18.5204, 73.8567],
  bengaluru: ['Bengaluru', 'Karnataka', 'IN', 12.9716, 77.5946],
  hyderabad: ['Hyderabad', 'Telangana', 'IN', 17.385, 78.4867],
  amsterdam: ['Amsterdam', 'North Holland', 'NL', 52.3676, 4.9041],
  bucharest: ['Bucharest', 'Bucuresti', 'RO', 44.4268, 26.1025],
  newyork: ['New York', 'New York', 'US', 40.7128, -74.006],
  columbus: ['Columbus', 'Ohio', 'US', 39.9612, -82.9988],
  saopaulo: ['Sao Paulo', 'Sao Paulo', 'BR', -23.5505, -46.6333],
  hanoi: ['Hanoi', 'Hanoi', 'VN', 21.0278, 105.8342],
  hcmc: ['Ho Chi Minh City', 'Ho Chi Minh', 'VN', 10.8231, 106.6297],
  jakarta: ['Jakarta', 'Jakarta', 'ID', -6.2088, 106.8456],
  istanbul: ['Istanbul', 'Istanbul', 'TR', 41.0082, 28.9784],
  cairo: ['Cairo', 'Cairo Governorate', 'EG', 30.0444, 31.2357],
  bangkok: ['Bangkok', 'Bangkok', 'TH', 13.7563, 100.5018],
  mexico: ['Mexico City', 'Mexico City', 'MX', 19.4326, -99.1332],
  buenosaires: ['Buenos Aires', 'Buenos Aires F.D.', 'AR', -34.6037, -58.3816],
  manila: ['Manila', 'Metro Manila', 'PH', 14.5995, 120.9842],
  bogota: ['Bogota', 'Bogota D.C.', 'CO', 4.711, -74.0721],
};

/** A network: an ASN and its prefixes, geolocated to one place. kind: office|dc|residential|mobile|hotel|cloud|hosting|vpn */
export function net(key, asn, place, prefixes, kind) { return { key, asn, place, prefixes, kind }; }

export const NETS = {
  // the bank
  zrhOffice: net('zrhOffice', 3303, 'zurich', ['195.141.88'], 'office'),
  zrhTrading: net('zrhTrading', 3303, 'zurich', ['195.141.89'], 'office'),
  gvaOffice: net('gvaOffice', 3303, 'geneva', ['212.243.197'], 'office'),
  lugOffice: net('lugOffice', 3303, 'lugano', ['193.5.134'], 'office'),
  sgOffice: net('sgOffice', 3758, 'singapore', ['203.116.41'], 'office'),
  dxbOffice: net('dxbOffice', 15802, 'dubai', ['94.200.118'], 'office'),
  dcLupfig: net('dcLupfig', 34781, 'lupfig', ['185.83.52'], 'dc'),
  avdChn: net('avdChn', 8075, 'zurich', ['51.107.9', '51.107.10'], 'cloud'),
  avdCin: net('avdCin', 8075, 'pune', ['20.192.170'], 'cloud'),
  socOffice: net('socOffice', 2860, 'lisbon', ['89.181.204'], 'office'),
  auditorOffice: net('auditorOffice', 6730, 'zurich', ['62.12.143'], 'office'),
  custodyOffice: net('custodyOffice', 6661, 'luxembourg', ['80.90.61'], 'office'),
  // Swiss residential and mobile
  swisscomRes: net('swisscomRes', 3303, 'zurich', ['85.1', '85.2', '85.5', '178.194', '31.10'], 'residential'),
  swisscomResGva: net('swisscomResGva', 3303, 'geneva', ['85.218', '83.77'], 'residential'),
  swisscomResTi: net('swisscomResTi', 3303, 'lugano', ['85.3', '188.60'], 'residential'),
  sunriseRes: net('sunriseRes', 6730, 'zurich', ['84.74', '212.101', '62.202'], 'residential'),
  sunriseResVd: net('sunriseResVd', 6730, 'lausanne', ['84.75', '213.3'], 'residential'),
  init7Res: net('init7Res', 13030, 'winterthur', ['77.109', '82.197'], 'residential'),
  swisscomMob: net('swisscomMob', 3303, 'bern', ['178.197', '178.198'], 'mobile'),
  sunriseMob: net('sunriseMob', 6730, 'zurich', ['46.14', '46.127'], 'mobile'),
  saltMob: net('saltMob', 15796, 'zurich', ['89.206', '188.154'], 'mobile'),
  // Singapore, UAE
  singtelRes: net('singtelRes', 3758, 'singapore', ['118.200', '116.14', '220.255'], 'residential'),
  starhubRes: net('starhubRes', 4657, 'singapore', ['42.60', '101.127'], 'residential'),
  singtelMob: net('singtelMob', 9506, 'singapore', ['111.65', '175.156'], 'mobile'),
  etisalatRes: net('etisalatRes', 5384, 'dubai', ['86.96', '86.98', '94.59'], 'residential'),
  duRes: net('duRes', 15802, 'dubai', ['2.50', '94.204'], 'residential'),
  duMob: net('duMob', 15802, 'dubai', ['2.49', '5.195'], 'mobile'),
  // Portugal (SOC) and India (developers)
  meoRes: net('meoRes', 3243, 'lisbon', ['85.243', '85.244', '188.80'], 'residential'),
  nosRes: net('nosRes', 2860, 'lisbon', ['89.180', '95.94'], 'residential'),
  vodaPtMob: net('vodaPtMob', 12353, 'lisbon', ['148.69', '94.62'], 'mobile'),
  airtelRes: net('airtelRes', 24560, 'pune', ['122.170', '223.182', '106.207'], 'residential'),
  jioRes: net('jioRes', 55836, 'bengaluru', ['49.36', '49.37', '157.32'], 'residential'),
  actRes: net('actRes', 24309, 'hyderabad', ['106.51', '49.207'], 'residential'),
  // travel: hotels, airports, clients' guest networks
  hotelDxb: net('hotelDxb', 5384, 'dubai', ['91.74', '94.57'], 'hotel'),
  hotelAuh: net('hotelAuh', 5384, 'abudhabi', ['94.56'], 'hotel'),
  hotelDoha: net('hotelDoha', 8781, 'doha', ['37.210', '78.100'], 'hotel'),
  hotelRiyadh: net('hotelRiyadh', 25019, 'riyadh', ['95.218', '188.48'], 'hotel'),
  hotelSg: net('hotelSg', 4657, 'singapore', ['121.7', '183.90'], 'hotel'),
  hotelHk: net('hotelHk', 4760, 'hongkong', ['112.118', '42.2'], 'hotel'),
  hotelLon: net('hotelLon', 2856, 'london', ['86.128', '81.152'], 'hotel'),
  hotelFra: net('hotelFra', 3320, 'frankfurt', ['79.200', '87.178'], 'hotel'),
  hotelMil: net('hotelMil', 12874, 'milan', ['93.41', '2.228'], 'hotel'),
  hotelMc: net('hotelMc', 6758, 'monaco', ['88.209', '213.133'], 'hotel'),
  hotelLux: net('hotelLux', 6661, 'luxembourg', ['80.90', '94.252'], 'hotel'),
  hotelPar: net('hotelPar', 3215, 'paris', ['90.35', '86.246'], 'hotel'),
  zrhAirport: net('zrhAirport', 3303, 'zurich', ['178.195'], 'hotel'),
  // retirees' homes
  telefonicaRes: net('telefonicaRes', 3352, 'malaga', ['83.45', '88.27'], 'residential'),
  timRes: net('timRes', 3269, 'milan', ['79.18', '87.6'], 'residential'),
};

// ---- attacker networks (used only by planted scenarios) ----
export const BAD = {
  awsUae: net('awsUae', 16509, 'dubai', ['3.28', '3.29'], 'hosting'),
  ovh: net('ovh', 16276, 'roubaix', ['51.75', '54.36'], 'hosting'),
  doAms: net('doAms', 14061, 'amsterdam', ['188.166', '178.62'], 'hosting'),
  vultrFra: net('vultrFra', 20473, 'frankfurt', ['45.77', '136.244'], 'hosting'),
  rdsRo: net('rdsRo', 8708, 'bucharest', ['86.120', '5.12'], 'residential'),
  m247Zrh: net('m247Zrh', 9009, 'zurich', ['146.70'], 'vpn'),
  contaboDe: net('contaboDe', 51167, 'munich', ['161.97', '173.212'], 'hosting'),
  leasewebNl: net('leasewebNl', 60781, 'amsterdam', ['37.48', '95.211'], 'hosting'),
  linodeLon: net('linodeLon', 63949, 'london', ['172.105', '139.162'], 'hosting'),
  datacampZrh: net('datacampZrh', 60068, 'zurich', ['185.59'], 'vpn'),
  spectrumUs: net('spectrumUs', 10796, 'columbus', ['74.140', '65.189'], 'residential'),
  // residential proxy botnet pieces
  vivoBr: net('vivoBr', 26599, 'saopaulo', ['177.94', '187.57'], 'residential'),
  viettel: net('viettel', 7552, 'hanoi', ['27.72', '171.224'], 'residential'),
  vnpt: net('vnpt', 45899, 'hcmc', ['113.172', '14.231'], 'residential'),
  telkom: net('telkom', 7713, 'jakarta', ['36.72', '180.252'], 'residential'),
  ttnet: net('ttnet', 9121, 'istanbul', ['78.180', '88.241'], 'residential'),
  tedata: net('tedata', 8452, 'cairo', ['41.44', '197.39'], 'residential'),
  trueTh: net('trueTh', 7470, 'bangkok', ['171.96', '58.8'], 'residential'),
  telmex: net('telmex', 8151, 'mexico', ['187.189', '201.141'], 'residential'),
  telecomAr: net('telecomAr', 7303, 'buenosaires', ['181.46', '190.194'], 'residential'),
  pldt: net('pldt', 9299, 'manila', ['112.198', '120.29'], 'residential'),
  claroCo: net('claroCo', 10620, 'bogota', ['181.51', '186.84'], 'residential'),
  sunriseBasel: net('sunriseBasel', 6730, 'basel', ['81.62', '83.150'], 'residential'),
};

/** A fresh address inside one of the network's prefixes. */
export function ipIn(rng, n) {
  const p = rng.pick(n.prefixes);
  const parts = p.split('.').length;
  const tail = [];
  for (let i = parts; i < 4; i++) tail.push(i === 3 ? rng.int(2, 253) : rng.int(0, 255));
  return [p, ...tail].join('.');
}

/** A network endpoint: address + the network it belongs to. */
export function ep(rng, n, ip) { return { ip: ip ?? ipIn(rng, n), net: n }; }

// ---- applications (client apps) ----
export const APPS = {
  office: ['4765445b-32c6-49b0-83e6-1d93765276ca', 'OfficeHome'],
  msOffice: ['d3590ed6-52b3-4102-aeff-aad2292ab01c', 'Microsoft Office'],
  teams: ['1fec8e78-bce4-4aaf-ab1b-5451cc387264', 'Microsoft Teams'],
  teamsWeb: ['5e3ce6c0-2b1f-4285-8d4b-75ee78787346', 'Microsoft Teams Web Client'],
  outlookMobile: ['27922004-5251-4030-b22d-91ecd9a37ea4', 'Outlook Mobile'],
  owa: ['9199bf20-a13f-4107-85dc-02114787ef48', 'One Outlook Web'],
  oneDrive: ['ab9b8c07-8f02-4f72-87fa-80105867a763', 'OneDrive SyncEngine'],
  spWeb: ['08e18876-6177-487e-b8b5-cf950c1e598c', 'SharePoint Online Web Client Extensibility'],
  edge: ['ecd6b820-32c2-49b6-98a6-444530e5a77a', 'Microsoft Edge'],
  winSignIn: ['38aa3b87-a06d-4817-b275-7a316988d93b', 'Windows Sign In'],
  broker: ['29d9ed98-a469-4536-ade2-f981bc1d605e', 'Microsoft Authentication Broker'],
  azPortal: ['c44b4083-3bb0-49c1-b47d-974e53cbdf3c', 'Azure Portal'],
  azCli: ['04b07795-8ddb-461a-bbee-02f9e1bf7b46', 'Microsoft Azure CLI'],
  azPs: ['1950a258-227b-4e31-a9cf-717495945fc2', 'Microsoft Azure PowerShell'],
  vscode: ['aebc6443-996d-45c2-90f0-388ff96faa56', 'Visual Studio Code'],
  graphCli: ['14d82eec-204b-4c2f-b7e8-296a70dab67e', 'Microsoft Graph Command Line Tools'],
  mySignins: ['19db86c3-b2b9-44cc-b339-36da233a3be2', 'My Signins'],
  myApps: ['2793995e-0a7d-40d7-bd35-6968ba142197', 'My Apps'],
  myProfile: ['8c59ead7-d703-4a27-9e55-c96a0054c8d2', 'My Profile'],
  rdClient: ['a85cf173-4192-42f8-81fa-777a763e6e2c', 'Microsoft Remote Desktop'],
  companyPortal: ['9ba1a5c7-f17a-4de9-a1f1-6178c8d51223', 'Microsoft Intune Company Portal'],
  authenticator: ['4813382a-8fa7-425e-ab75-3b753aab3abb', 'Microsoft Authenticator App'],
  aadConnect: ['cb1056e2-e479-49de-ae31-7812af012ed8', 'Microsoft Azure Active Directory Connect'],
  exoPs: ['fb78d390-0c51-40cd-8e17-fdbfab77341b', 'Microsoft Exchange REST API Based Powershell'],
  citrix: ['5f0c2a1e-8a2d-4b7e-9f13-6a4e2d9c7b18', 'Citrix Workspace'],
  bloomberg: ['b3a7e2c4-0d5f-4e1a-8c6b-2f9d7e4a1c30', 'Bloomberg Connector'],
  pension: ['e1d2c3b4-a596-4877-8a9b-0c1d2e3f4a5b', 'HBC Pension Portal'],
  recon: ['0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f', 'Nightly Reconciliation'],
  teamsRooms: ['1fec8e78-bce4-4aaf-ab1b-5451cc387264', 'Microsoft Teams'],
  ssprPortal: ['2b7c9d8e-1234-4a5b-9c6d-7e8f9a0b1c2d', 'Microsoft password reset service'],
};

// ---- resources ----
export const RES = {
  graph: ['00000003-0000-0000-c000-000000000000', 'Microsoft Graph'],
  exo: ['00000002-0000-0ff1-ce00-000000000000', 'Office 365 Exchange Online'],
  spo: ['00000003-0000-0ff1-ce00-000000000000', 'Office 365 SharePoint Online'],
  arm: ['797f4846-ba00-4fd7-ba43-dac1f8f63013', 'Windows Azure Service Management API'],
  aad: ['00000002-0000-0000-c000-000000000000', 'Windows Azure Active Directory'],
  teamsSvc: ['cc15fd57-2c6c-4117-a88c-83b1d56b4bbe', 'Microsoft Teams Services'],
  drs: ['01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', 'Device Registration Service'],
  avd: ['9cdead84-a844-4324-93f2-b2e6bb768d07', 'Windows Virtual Desktop'],
  keyVault: ['cfa8b339-82a2-471a-a3c9-0fc0be7a4093', 'Azure Key Vault'],
  officeHome: ['4765445b-32c6-49b0-83e6-1d93765276ca', 'OfficeHome'],
  intune: ['0000000a-0000-0000-c000-000000000000', 'Microsoft Intune'],
  substrate: ['5a6ab12c-7ac0-4e42-8e9b-3c1b8f6d4e2a', 'Substrate Context Service'],
  citrix: ['5f0c2a1e-8a2d-4b7e-9f13-6a4e2d9c7b18', 'Citrix Workspace'],
  bloomberg: ['b3a7e2c4-0d5f-4e1a-8c6b-2f9d7e4a1c30', 'Bloomberg Connector'],
  pension: ['e1d2c3b4-a596-4877-8a9b-0c1d2e3f4a5b', 'HBC Pension Portal'],
  aadConnectSync: ['82d8a8a4-2f6c-4d5e-8b9a-1c2d3e4f5a6b', 'Azure AD Sync'],
  myApps: ['2793995e-0a7d-40d7-bd35-6968ba142197', 'My Apps'],
};

// ---- devices / user agents ----
export const UA = {
  winEdge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86',
  winChrome: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  macSafari: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  macChrome: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  iosSafari: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  iosOutlook: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  androidChrome: 'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.81 Mobile Safari/537.36',
  winAad: 'Windows-AzureAD-Authentication-Provider/1.0',
  teamsDesk: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0 Teams/24295.605.3225.8804/49',
  officeRich: 'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.18227; Pro)',
  oneDrive: 'Microsoft SkyDriveSync 24.226.1110.0004 ship; Windows NT 10.0 (22631)',
  azCli: 'python/3.12.7 (Windows-10-10.0.22631-SP0) msal/1.31.0 azure-cli/2.67.0',
  azPs: 'Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.22631; en-US) PowerShell/7.4.6',
  vscode: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Code/1.95.3 Chrome/128.0.6613.186 Electron/32.2.1 Safari/537.36',
  graphPs: 'Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.22631; en-US) PowerShell/7.4.6 Microsoft.Graph.Authentication/2.25.0',
  citrixRec: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) CitrixReceiver/24.9.10.28 Chrome/131.0.0.0 Safari/537.36',
  mtr: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Teams/24295.605.3225.8804/49 (MTR; Windows)',
  python: 'python-requests/2.32.3',
  dotnet: 'Mozilla/5.0 (compatible; MSAL.NET/4.66.1.0; .NET 8.0.10; Windows 10.0.20348)',
  linuxFirefox: 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
};

// ---- Conditional Access policies ----
export const CA = [
  { id: 'f3a1c9e2-4b6d-4e8f-a0b2-c4d6e8f0a2b4', name: 'CA001 - All users - Require MFA', grant: ['Mfa'], state: 'enabled' },
  { id: '0b2d4f6a-8c0e-4a2c-b4d6-f8a0c2e4a6b8', name: 'CA002 - All users - Block legacy authentication', grant: ['Block'], state: 'enabled' },
  { id: '7e9a1b3c-5d7f-4f9b-8d1f-3b5d7f9b1d3f', name: 'CA003 - Trading floor - Require compliant device', grant: ['RequireCompliantDevice'], state: 'enabled' },
  { id: '2c4e6a8c-0e2a-4c6e-9a0c-2e4a6c8e0a2c', name: 'CA004 - Admins - Phishing-resistant MFA from PAW', grant: ['RequireAuthenticationStrength'], state: 'enabled' },
  { id: '9d1f3b5d-7f9b-4d3f-b7f9-1d3f5b7d9f1b', name: 'CA005 - Block sanctioned countries', grant: ['Block'], state: 'enabled' },
  { id: '4a6c8e0a-2c4e-4a8c-8e2a-4c6e8a0c2e4a', name: 'CA006 - VDI - Sign-in frequency 10h', grant: [], session: ['SignInFrequency'], state: 'enabled' },
  { id: '6e8a0c2e-4a6c-4e0a-a6c8-e0a2c4e6a8c0', name: 'CA007 - Guests - Require MFA', grant: ['Mfa'], state: 'enabled' },
  { id: '1b3d5f7b-9d1f-4b5d-9f1b-3d5f7b9d1f3b', name: 'CA008 - Pilot - Require token protection (report-only)', grant: [], session: ['SecureSignInSession'], state: 'enabledForReportingButNotEnforced' },
];

export const FAIL = {
  50126: 'Error validating credentials due to invalid username or password.',
  50053: 'Account is locked because user tried to sign in too many times with an incorrect user ID or password.',
  50057: 'User account is disabled. The account has been disabled by an administrator.',
  50074: 'Strong Authentication is required.',
  500121: 'Authentication failed during strong authentication request.',
  50140: "This error occurred due to 'Keep me signed in' interrupt when the user was signing in.",
  53003: 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
  50055: 'The password is expired.',
  50173: 'The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.',
  70044: 'The session has expired or is invalid due to sign-in frequency checks by conditional access.',
  700082: 'The refresh token has expired due to inactivity.',
  50133: 'Session is invalid due to expiration or recent password change.',
  50058: 'Session information is not sufficient for single-sign-on.',
  50076: "Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access 'Office 365 Exchange Online'.",
  50079: 'Due to a configuration change made by your administrator, or because you moved to a new location, you must enroll in multi-factor authentication to access the resource.',
  50125: 'Sign-in was interrupted due to a password reset or password registration entry.',
  65001: 'The user or administrator has not consented to use the application.',
  50097: 'Device authentication is required.',
  50199: 'For security reasons, user confirmation is required for this request. Please repeat the request allowing user interaction.',
  16000: 'Either multiple user identities are available for the current request or selected account is not supported for the scenario.',
};
