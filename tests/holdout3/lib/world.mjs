// Places, networks (egress ranges, ISPs, ASNs) and applications of the Nordlys Health tenant.
export const TENANT_ID = '5e1d7a3c-2b9f-4d1e-9a61-0c8f3b7e4d21';
export const DOMAIN = 'nordlyshealth.example';

// geo points: [city, state, cc, lat, lon]
export const GEO = {
  tromso: ['Tromsø', 'Troms', 'NO', 69.6492, 18.9553],
  bodo: ['Bodø', 'Nordland', 'NO', 67.2804, 14.4049],
  harstad: ['Harstad', 'Troms', 'NO', 68.7983, 16.5417],
  narvik: ['Narvik', 'Nordland', 'NO', 68.4385, 17.4273],
  finnsnes: ['Finnsnes', 'Troms', 'NO', 69.2296, 17.9811],
  oslo: ['Oslo', 'Oslo', 'NO', 59.9139, 10.7522],
  gardermoen: ['Gardermoen', 'Akershus', 'NO', 60.1976, 11.1004],
  sydney: ['Sydney', 'New South Wales', 'AU', -33.8688, 151.2093],
  valencia: ['Valencia', 'Valencia', 'ES', 39.4699, -0.3763],
  krakow: ['Krakow', 'Malopolskie', 'PL', 50.0647, 19.945],
  vienna: ['Vienna', 'Wien', 'AT', 48.2082, 16.3738],
  copenhagen: ['Copenhagen', 'Capital Region', 'DK', 55.6761, 12.5683],
  amsterdam: ['Amsterdam', 'Noord-Holland', 'NL', 52.3676, 4.9041],
  london: ['London', 'England', 'GB', 51.5074, -0.1278],
  frankfurt: ['Frankfurt am Main', 'Hessen', 'DE', 50.1109, 8.6821],
  bucharest: ['Bucharest', 'Bucuresti', 'RO', 44.4268, 26.1025],
  ashburn: ['Ashburn', 'Virginia', 'US', 39.0438, -77.4874],
  roubaix: ['Roubaix', 'Hauts-de-France', 'FR', 50.6942, 3.1746],
  stockholm: ['Stockholm', 'Stockholm', 'SE', 59.3293, 18.0686],
  helsinki: ['Helsinki', 'Uusimaa', 'FI', 60.1699, 24.9384],
  lagos: ['Lagos', 'Lagos', 'NG', 6.5244, 3.3792],
  saopaulo: ['Sao Paulo', 'Sao Paulo', 'BR', -23.5505, -46.6333],
  newjersey: ['Piscataway', 'New Jersey', 'US', 40.5549, -74.4643],
};

/** A network: where an IP comes from. prefix: list of 'a.b.c' (one host octet free) or 'a.b' (two free). */
const N = (key, asn, kind, geo, prefix, extra = {}) => ({ key, asn, kind, geo: GEO[geo], geoKey: geo, prefix, ...extra });

export const NETS = {
  // hospital sites, all behind Norsk Helsenett NAT pools
  site_tromso: N('site_tromso', 39832, 'office', 'tromso', ['193.156.88']),
  site_bodo: N('site_bodo', 39832, 'office', 'bodo', ['193.156.90']),
  site_harstad: N('site_harstad', 39832, 'office', 'harstad', ['193.156.91']),
  site_oslo: N('site_oslo', 39832, 'office', 'oslo', ['193.156.94']),
  datacenter: N('datacenter', 39832, 'office', 'oslo', ['193.156.95']),
  // always-on VPN concentrators hosted in Azure Norway East — hundreds of users share a handful of IPs
  vpn: N('vpn', 8075, 'vpn', 'oslo', ['51.120.76']),
  // Norwegian consumer ISPs
  telenor: N('telenor', 2119, 'residential', 'oslo', ['84.208', '84.209', '84.210', '84.212', '88.88']),
  telia: N('telia', 12929, 'residential', 'oslo', ['46.66', '81.166', '81.167', '95.34']),
  altibox: N('altibox', 29695, 'residential', 'oslo', ['85.165', '85.166', '109.247', '148.252']),
  telenor_mobile: N('telenor_mobile', 2119, 'mobile', 'oslo', ['77.16', '77.17', '77.18']),
  telia_mobile: N('telia_mobile', 12929, 'mobile', 'oslo', ['46.67', '46.9']),
  avinor_wifi: N('avinor_wifi', 2119, 'hotel', 'gardermoen', ['193.69.44']),
  // radiologists' home countries
  telstra: N('telstra', 1221, 'residential', 'sydney', ['1.128', '1.136', '101.160', '120.152']),
  aussiebb: N('aussiebb', 4764, 'residential', 'sydney', ['180.150', '103.1']),
  movistar: N('movistar', 3352, 'residential', 'valencia', ['83.37', '83.45', '88.9', '79.146']),
  orange_pl: N('orange_pl', 5617, 'residential', 'krakow', ['83.29', '89.74', '31.60']),
  // conference cities: hotel Wi-Fi
  hotel_vienna: N('hotel_vienna', 8447, 'hotel', 'vienna', ['213.162.73', '80.110.102']),
  acv_vienna: N('acv_vienna', 1853, 'hotel', 'vienna', ['193.171.22']),
  hotel_copenhagen: N('hotel_copenhagen', 3292, 'hotel', 'copenhagen', ['87.49.44', '93.176.80']),
  hotel_amsterdam: N('hotel_amsterdam', 1136, 'hotel', 'amsterdam', ['145.53.17', '77.160.140']),
  hotel_london: N('hotel_london', 2856, 'hotel', 'london', ['86.130.12', '81.151.66']),
  // foreign mobile, for visitors' local SIMs (rare)
  a1_mobile: N('a1_mobile', 8447, 'mobile', 'vienna', ['178.165', '194.24']),
  // hosting / VPN / proxy infrastructure (attackers, and a few benign SaaS)
  digitalocean_fra: N('digitalocean_fra', 14061, 'hosting', 'frankfurt', ['164.90', '167.172', '207.154']),
  vultr_ams: N('vultr_ams', 20473, 'hosting', 'amsterdam', ['45.32', '78.141']),
  m247_buc: N('m247_buc', 9009, 'hosting', 'bucharest', ['89.40', '185.156']),
  ovh_rbx: N('ovh_rbx', 16276, 'hosting', 'roubaix', ['51.38', '51.75', '146.59']),
  aws_iad: N('aws_iad', 16509, 'hosting', 'ashburn', ['3.231', '44.204', '54.160']),
  hetzner_hel: N('hetzner_hel', 24940, 'hosting', 'helsinki', ['65.21', '95.216']),
  mullvad_sto: N('mullvad_sto', 39351, 'hosting', 'stockholm', ['185.65.135', '193.138.218']),
  rcs_rds: N('rcs_rds', 8708, 'residential', 'bucharest', ['86.120', '5.14', '79.117']),
  vivo_br: N('vivo_br', 26599, 'residential', 'saopaulo', ['177.95', '189.100', '191.183']),
  mtn_ng: N('mtn_ng', 29465, 'mobile', 'lagos', ['102.89', '105.112']),
};

// town -> geo key and its usual ISPs, for staff homes
export const HOME_TOWNS = {
  tromso: { geo: 'tromso', isps: [['telenor', 4], ['telia', 3], ['altibox', 3]] },
  finnsnes: { geo: 'finnsnes', isps: [['telenor', 6], ['telia', 4]] },
  bodo: { geo: 'bodo', isps: [['telenor', 4], ['altibox', 4], ['telia', 2]] },
  harstad: { geo: 'harstad', isps: [['telenor', 5], ['altibox', 3], ['telia', 2]] },
  narvik: { geo: 'narvik', isps: [['telenor', 6], ['telia', 4]] },
  oslo: { geo: 'oslo', isps: [['telenor', 4], ['telia', 3], ['altibox', 3]] },
};

export const SITE_TOWNS = {
  tromso: [['tromso', 8], ['finnsnes', 2]],
  bodo: [['bodo', 1]],
  harstad: [['harstad', 6], ['narvik', 2]],
  oslo: [['oslo', 1]],
};

// ---- applications -------------------------------------------------------------------------------
const A = (id, name) => ({ id, name });
export const APPS = {
  windowsSignIn: A('38aa3b87-a06d-4817-b275-7a316988d93b', 'Windows Sign In'),
  officeHome: A('4765445b-32c6-49b0-83e6-1d93765276ca', 'OfficeHome'),
  office: A('d3590ed6-52b3-4102-aeff-aad2292ab01c', 'Microsoft Office'),
  owa: A('9199bf20-a13f-4107-85dc-02114787ef48', 'One Outlook Web'),
  outlookMobile: A('27922004-5251-4030-b22d-91ecd9a37ea4', 'Outlook Mobile'),
  teams: A('1fec8e78-bce4-4aaf-ab1b-5451cc387264', 'Microsoft Teams'),
  oneDriveSync: A('ab9b8c07-8f02-4f72-87fa-80105867a763', 'OneDrive SyncEngine'),
  broker: A('29d9ed98-a469-4536-ade2-f981bc1d605e', 'Microsoft Authentication Broker'),
  companyPortal: A('9ba1a5c7-f17a-4de9-a1f1-6178c8d51223', 'Microsoft Intune Company Portal'),
  mySignins: A('19db86c3-b2b9-44cc-b339-36da233a3be2', 'My Signins'),
  azureCli: A('04b07795-8ddb-461a-bbee-02f9e1bf7b46', 'Microsoft Azure CLI'),
  azurePs: A('1950a258-227b-4e31-a9cf-717495945fc2', 'Microsoft Azure PowerShell'),
  vscode: A('aebc6443-996d-45c2-90f0-388ff96faa56', 'Visual Studio Code'),
  graphExplorer: A('de8bc8b5-d9f9-48b1-a8ad-b748da725064', 'Graph Explorer'),
  azurePortal: A('c44b4083-3bb0-49c1-b47d-974e53cbdf3c', 'Azure Portal'),
  exchange: A('00000002-0000-0ff1-ce00-000000000000', 'Office 365 Exchange Online'),
  // tenant line-of-business apps (SAML / OIDC)
  epj: A('b3e0c1f4-6a2d-4f7e-9c51-2d8a7e41f0a9', 'Nordlys EPJ (DIPS Arena)'),
  pacs: A('0f6c2a9e-41d3-4b8a-a7c2-93e5d1f6b804', 'Sectra PACS Viewer'),
  roster: A('7a21e8d5-c3f0-4e69-b1a4-5f0d92c7e316', 'Nordlys Vaktplan'),
  intranet: A('e8d4b217-90a6-4c3f-8e15-a6c7f2d09b53', 'Nordlys Intranett'),
  labPortal: A('4c9f0e73-d2b8-4a15-96e0-81f3a5c7d2e4', 'LabPortal Results'),
  zoom: A('e54c3f7b-2b1d-4bd8-9c11-7a5c4e0e1d2f', 'Zoom'),
  miro: A('a1b7d3e2-6c4f-4d0b-8e2a-95f31c6d7e08', 'Miro'),
};

export const RESOURCES = {
  graph: A('00000003-0000-0000-c000-000000000000', 'Microsoft Graph'),
  exchange: A('00000002-0000-0ff1-ce00-000000000000', 'Office 365 Exchange Online'),
  sharepoint: A('00000003-0000-0ff1-ce00-000000000000', 'Office 365 SharePoint Online'),
  arm: A('797f4846-ba00-4fd7-ba43-dac1f8f63013', 'Windows Azure Service Management API'),
  aadGraph: A('00000002-0000-0000-c000-000000000000', 'Windows Azure Active Directory'),
  teamsSvc: A('cc15fd57-2c6c-4117-a88c-83b1d56b4bbe', 'Microsoft Teams Services'),
  keyVault: A('cfa8b339-82a2-471a-a3c9-0fc0be7a4093', 'Azure Key Vault'),
  devops: A('499b84ac-1321-427f-aa17-267ca6975798', 'Azure DevOps'),
  drs: A('01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', 'Device Registration Service'),
};
// LOB apps are their own resource
for (const k of ['epj', 'pacs', 'roster', 'intranet', 'labPortal']) RESOURCES[k] = APPS[k];

// ---- user agents --------------------------------------------------------------------------------
export const UA = {
  edgeWin: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36 Edg/132.0.0.0',
  chromeWin: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36',
  safariMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15',
  chromeMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36',
  iosSafari: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1',
  iosTeams: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Teams/7.1.0',
  iosOutlook: 'Outlook-iOS/2.0',
  androidTeams: 'Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.200 Mobile Safari/537.36 Teams/1416/1.0.0.2024',
  androidOutlook: 'Outlook-Android/2.0',
  winAuth: 'Windows-AzureAD-Authentication-Provider/1.0',
  msalDesktop: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; WebView/3.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36 Edg/132.0.0.0',
  azureCli: 'python-requests/2.32.3 azure-cli/2.67.0 (MSI) msal/1.31.0',
  azurePs: 'Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.22631; nb-NO) PowerShell/7.4.6 Az.Accounts/4.0.1',
  vscode: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Code/1.96.4 Chrome/128.0.6613.186 Electron/32.2.6 Safari/537.36',
  imap: '',
  python: 'python-requests/2.31.0',
  firefoxLinux: 'Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0',
};

export const NORSE_FIRST = ['Ingrid', 'Kari', 'Anne', 'Marit', 'Hilde', 'Silje', 'Ida', 'Nora', 'Emma', 'Sofie', 'Tone', 'Randi', 'Liv', 'Solveig', 'Camilla', 'Maren', 'Sigrid', 'Eli', 'Hanne', 'Trine', 'Mari', 'Kristin', 'Ragnhild', 'Astrid', 'Linn', 'Julie', 'Vilde', 'Thea', 'Helene', 'Grete', 'Ole', 'Lars', 'Per', 'Jan', 'Knut', 'Bjørn', 'Tor', 'Erik', 'Hans', 'Arne', 'Morten', 'Geir', 'Magnus', 'Henrik', 'Jonas', 'Sindre', 'Eirik', 'Anders', 'Espen', 'Øystein', 'Håkon', 'Sverre', 'Tormod', 'Vegard', 'Aslak', 'Ahmed', 'Fatima', 'Piotr', 'Agnieszka', 'Mikael', 'Johanna', 'Nils', 'Elin', 'Torunn', 'Berit'];
export const NORSE_LAST = ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen', 'Johnsen', 'Pettersen', 'Eriksen', 'Berg', 'Haugen', 'Hagen', 'Johannessen', 'Andreassen', 'Jacobsen', 'Dahl', 'Jørgensen', 'Halvorsen', 'Henriksen', 'Lund', 'Sørensen', 'Jakobsen', 'Moen', 'Gundersen', 'Iversen', 'Strand', 'Solberg', 'Svendsen', 'Eide', 'Knutsen', 'Martinsen', 'Paulsen', 'Bakken', 'Kristoffersen', 'Mathisen', 'Lie', 'Amundsen', 'Nguyen', 'Rasmussen', 'Ali', 'Lunde', 'Solheim', 'Berge', 'Moe', 'Nygård', 'Bakke', 'Kowalski', 'Isaksen', 'Mikkelsen', 'Sara', 'Utsi', 'Eira', 'Hætta'];
export const AU_FIRST = ['Olivia', 'James', 'Charlotte', 'Liam', 'Amelia', 'Noah'];
export const AU_LAST = ['Smith', 'Nguyen', 'Williams', 'Brown', 'Taylor', 'Wilson'];
export const ES_FIRST = ['Lucía', 'Javier', 'Carmen', 'Pablo'];
export const ES_LAST = ['García', 'Martínez', 'López', 'Sánchez'];
export const PL_FIRST = ['Katarzyna', 'Tomasz', 'Magdalena', 'Paweł'];
export const PL_LAST = ['Nowak', 'Wiśniewski', 'Wójcik', 'Kamińska'];
// developers' build / dev VMs in Azure Norway East (same ASN as the VPN, different range)
NETS.azure_dev = { key: 'azure_dev', asn: 8075, kind: 'hosting', geo: GEO.oslo, geoKey: 'oslo', prefix: ['51.120.8'] };
