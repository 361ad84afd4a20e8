// The tenant's fixed world: identifiers, Microsoft first-party applications and resources, the tenant's own
// enterprise apps, Conditional Access policies, places, networks (ISPs, carriers, proxies, clouds) and user agents.
import { Rng, hash01, hashPick } from './prng.mjs';

const W = new Rng('holdout16/world-ids');

export const TENANT_ID = '6f3a1c2e-8b47-4d0a-9e15-2c7b94d1a0f8';
export const WORKSPACE_ID = 'b81d5e07-3c9a-46f2-a1e4-7d20c6f9e351';
export const TENANT_NAME = 'Kisaragi Seiki';
export const DOMAIN_JP = 'kisaragi-seiki.co.jp';
export const DOMAIN_GL = 'kisaragi-global.com';
export const DOMAIN_OMS = 'kisaragiseiki.onmicrosoft.com';
export const RESOURCE_ID = `/tenants/${TENANT_ID}/providers/Microsoft.aadiam`;

// ---------------------------------------------------------------------------------------------------------------
// Applications (client) and resources. First-party ids are Microsoft's well-known application ids.
export const APPS = {
  windowsSignIn: { id: '38aa3b87-a06d-4817-b275-7a316988d93b', name: 'Windows Sign In' },
  office: { id: 'd3590ed6-52b3-4102-aeff-aad2292ab01c', name: 'Microsoft Office' },
  officeHome: { id: '4765445b-32c6-49b0-83e6-1d93765276ca', name: 'OfficeHome' },
  shell: { id: '89bee1f7-5e6e-4d8a-9f3d-ecd601259da7', name: 'Office365 Shell WCSS-Client' },
  owa: { id: '9199bf20-a13f-4107-85dc-02114787ef48', name: 'One Outlook Web' },
  teams: { id: '1fec8e78-bce4-4aaf-ab1b-5451cc387264', name: 'Microsoft Teams' },
  teamsWeb: { id: '5e3ce6c0-2b1f-4285-8d4b-75ee78787346', name: 'Microsoft Teams Web Client' },
  outlookMobile: { id: '27922004-5251-4030-b22d-91ecd9a37ea4', name: 'Outlook Mobile' },
  oneDriveSync: { id: 'ab9b8c07-8f02-4f72-87fa-80105867a763', name: 'OneDrive SyncEngine' },
  oneDriveMobile: { id: 'af124e86-4e96-495a-b70a-90f90ab96707', name: 'OneDrive iOS App' },
  edge: { id: 'ecd6b820-32c2-49b6-98a6-444530e5a77a', name: 'Microsoft Edge' },
  companyPortal: { id: '9ba1a5c7-f17a-4de9-a1f1-6178c8d51223', name: 'Microsoft Intune Company Portal' },
  authenticator: { id: '4813382a-8fa7-425e-ab75-3b753aab3abb', name: 'Microsoft Authenticator App' },
  broker: { id: '29d9ed98-a469-4536-ade2-f981bc1d605e', name: 'Microsoft Authentication Broker' },
  azurePortal: { id: 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c', name: 'Azure Portal' },
  azureCli: { id: '04b07795-8ddb-461a-bbee-02f9e1bf7b46', name: 'Microsoft Azure CLI' },
  azurePs: { id: '1950a258-227b-4e31-a9cf-717495945fc2', name: 'Microsoft Azure PowerShell' },
  vscode: { id: 'aebc6443-996d-45c2-90f0-388ff96faa56', name: 'Visual Studio Code' },
  graphCli: { id: '14d82eec-204b-4c2f-b7e8-296a70dab67e', name: 'Microsoft Graph Command Line Tools' },
  exoPs: { id: 'fb78d390-0c51-40cd-8e17-fdbfab77341b', name: 'Microsoft Exchange REST API Based Powershell' },
  mySignins: { id: '19db86c3-b2b9-44cc-b339-36da233a3be2', name: 'My Signins' },
  myApps: { id: '2793995e-0a7d-40d7-bd35-6968ba142197', name: 'My Apps' },
  myProfile: { id: '8c59ead7-d703-4a27-9e55-c96a0054c8d2', name: 'My Profile' },
  aadConnect: { id: 'cb1056e2-e479-49de-ae31-7812af012ed8', name: 'Microsoft Azure Active Directory Connect' },
  spoWeb: { id: '08e18876-6177-487e-b8b5-cf950c1e598c', name: 'SharePoint Online Web Client Extensibility' },
  exchange: { id: '00000002-0000-0ff1-ce00-000000000000', name: 'Office 365 Exchange Online' },
  sharepoint: { id: '00000003-0000-0ff1-ce00-000000000000', name: 'Office 365 SharePoint Online' },
  intuneEnroll: { id: 'd4ebce55-015a-49b5-a083-c84d1797ae8c', name: 'Microsoft Intune Enrollment' },
  // the tenant's own enterprise applications (SSO to SaaS) and registered apps; ids fixed for this tenant
  servicenow: { id: 'e3b1c9a2-57d4-4f0e-9b6a-21c8f0d47a13', name: 'ServiceNow - Kisaragi IT Service Desk' },
  concur: { id: 'a0c6e9f1-3d28-4b7e-8f45-9e12d6b0c7a4', name: 'SAP Concur' },
  salesforce: { id: '5f2d8b1e-9c47-4a06-b3e8-7d4f1a29c650', name: 'Salesforce' },
  smarthr: { id: '91e7c4d2-0b6a-4f38-a5d1-3c8e2b7f4069', name: 'SmartHR' },
  zoom: { id: '7c4e2a9b-1f36-4d85-b0e7-6a3d9c1f2e58', name: 'Zoom' },
  miro: { id: '2b9f7e1c-4a60-4d3b-8e25-f1c7a0d964b3', name: 'Miro' },
  adobeReal: { id: 'c6f0e1a4-2d39-4b87-9a5e-0f4b8d3c1e72', name: 'Adobe Acrobat' },
  plm: { id: 'f41a6c3e-8d02-4b95-a7e6-5c1d9f0b28e4', name: 'KS-PLM Teamcenter' },
  sapGui: { id: '0d8e5b7a-6c14-4f29-b3a1-8e7f2c5d9b60', name: 'KS-SAP S/4HANA Fiori' },
};

export const RES = {
  graph: { id: '00000003-0000-0000-c000-000000000000', name: 'Microsoft Graph' },
  aad: { id: '00000002-0000-0000-c000-000000000000', name: 'Windows Azure Active Directory' },
  exo: { id: '00000002-0000-0ff1-ce00-000000000000', name: 'Office 365 Exchange Online' },
  spo: { id: '00000003-0000-0ff1-ce00-000000000000', name: 'Office 365 SharePoint Online' },
  arm: { id: '797f4846-ba00-4fd7-ba43-dac1f8f63013', name: 'Windows Azure Service Management API' },
  teamsSvc: { id: 'cc15fd57-2c6c-4117-a88c-83b1d56b4bbe', name: 'Microsoft Teams Services' },
  intune: { id: '0000000a-0000-0000-c000-000000000000', name: 'Microsoft Intune' },
  intuneEnroll: { id: 'd4ebce55-015a-49b5-a083-c84d1797ae8c', name: 'Microsoft Intune Enrollment' },
  shellServer: { id: '5f09333a-842c-47da-a157-57da27fcbca5', name: 'Office365 Shell WCSS-Server' },
  drs: { id: '01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', name: 'Device Registration Service' },
  substrate: { id: '4e9b8b9a-1001-4017-8dd1-6e8f25e19d13', name: 'Office 365 Substrate' },
  authenticatorRes: { id: 'ff9ebd75-fe62-434a-a6ce-b3f0a8592eaf', name: 'Microsoft Authenticator App' },
};
// the tenant-specific service principal object ids of resources (stable per resource)
export const RES_SP = {};
for (const r of [...Object.values(RES), APPS.servicenow, APPS.concur, APPS.salesforce, APPS.smarthr, APPS.zoom, APPS.miro,
  APPS.adobeReal, APPS.plm, APPS.sapGui]) RES_SP[r.id] = W.uuid();

// ---------------------------------------------------------------------------------------------------------------
// Conditional Access. Every sign-in row lists all enabled and report-only policies with their result.
export const CA = {
  mfa: { id: 'a1f3e5c7-2b4d-4e6f-8a0b-1c3d5e7f9a2b', displayName: 'CA001 - All users - Require MFA', state: 'enabled' },
  legacy: { id: 'b2e4f6a8-3c5d-4f7a-9b1c-2d4e6f8a0b3c', displayName: 'CA002 - All users - Block legacy authentication', state: 'enabled' },
  device: { id: 'c3f5a7b9-4d6e-4a8b-8c2d-3e5f7a9b1c4d', displayName: 'CA003 - Office 365 - Require compliant or hybrid joined device', state: 'reportOnly' },
  admins: { id: 'd4a6b8c0-5e7f-4b9c-9d3e-4f6a8b0c2d5e', displayName: 'CA004 - Admin roles - Require phishing-resistant MFA', state: 'enabled' },
  geo: { id: 'e5b7c9d1-6f8a-4c0d-8e4f-5a7b9c1d3e6f', displayName: 'CA005 - All users - Block countries outside operating regions', state: 'enabled' },
  guests: { id: 'f6c8d0e2-7a9b-4d1e-9f5a-6b8c0d2e4f7a', displayName: 'CA006 - Guests - Require MFA and Terms of Use', state: 'enabled' },
  sif: { id: '07d9e1f3-8b0c-4e2f-8a6b-7c9d1e3f5a8b', displayName: 'CA007 - Unmanaged devices - Sign-in frequency 12 hours', state: 'enabled' },
  devcode: { id: '18e0f2a4-9c1d-4f3a-9b7c-8d0e2f4a6b9c', displayName: 'CA008 - All users - Block device code flow (report-only)', state: 'reportOnly', created: Date.UTC(2026, 10, 24, 2, 41, 17) },
};
// countries the tenant allows (CA005 blocks everything else unless the user is excluded)
export const ALLOWED_CC = new Set(['JP', 'US', 'DE', 'MY', 'IN', 'NL', 'FR', 'GB', 'SG', 'TH', 'CH', 'BE', 'AT', 'ES', 'IT', 'CA', 'KR', 'TW', 'HK', 'AE', 'QA', 'CZ', 'PL', 'VN', 'ID', 'PH', 'MX', 'BR', 'AU', 'IE', 'SE', 'DK', 'FI', 'NO', 'PT']);

// Named locations (trusted) — the networkNames written into NetworkLocationDetails
export const NAMED = {
  tokyoHq: 'Tokyo HQ (Shinagawa)',
  tokyoDc: 'Tokyo DC and remote access VPN',
  hamamatsu: 'Hamamatsu Plant',
  penang: 'Penang Plant (Bayan Lepas)',
  zscaler: 'Zscaler egress (US)',
  netskope: 'Netskope egress (EU)',
  pune: 'Lotus Service Desk - Pune (vendor)',
};

// ---------------------------------------------------------------------------------------------------------------
// Places (Entra's geolocation spellings). lat/lon are approximate city centres.
export const PLACES = {
  // Japan
  minato: ['Minato', 'Tokyo', 'JP', 35.658, 139.751], shinagawa: ['Shinagawa', 'Tokyo', 'JP', 35.609, 139.730],
  setagaya: ['Setagaya', 'Tokyo', 'JP', 35.646, 139.653], ota: ['Ota', 'Tokyo', 'JP', 35.561, 139.716],
  nerima: ['Nerima', 'Tokyo', 'JP', 35.736, 139.652], edogawa: ['Edogawa', 'Tokyo', 'JP', 35.707, 139.868],
  yokohama: ['Yokohama', 'Kanagawa', 'JP', 35.444, 139.638], kawasaki: ['Kawasaki', 'Kanagawa', 'JP', 35.531, 139.703],
  saitama: ['Saitama', 'Saitama', 'JP', 35.861, 139.646], chiba: ['Chiba', 'Chiba', 'JP', 35.605, 140.123],
  funabashi: ['Funabashi', 'Chiba', 'JP', 35.695, 139.983], tokyo: ['Tokyo', 'Tokyo', 'JP', 35.690, 139.692],
  chiyoda: ['Chiyoda', 'Tokyo', 'JP', 35.694, 139.754], koto: ['Koto', 'Tokyo', 'JP', 35.673, 139.817],
  osaka: ['Osaka', 'Osaka', 'JP', 34.694, 135.502], nagoya: ['Nagoya', 'Aichi', 'JP', 35.181, 136.906],
  hamamatsu: ['Hamamatsu', 'Shizuoka', 'JP', 34.711, 137.726], iwata: ['Iwata', 'Shizuoka', 'JP', 34.718, 137.851],
  kosai: ['Kosai', 'Shizuoka', 'JP', 34.719, 137.532], shizuoka: ['Shizuoka', 'Shizuoka', 'JP', 34.976, 138.383],
  toyohashi: ['Toyohashi', 'Aichi', 'JP', 34.769, 137.391], fukuoka: ['Fukuoka', 'Fukuoka', 'JP', 33.590, 130.402],
  sapporo: ['Sapporo', 'Hokkaido', 'JP', 43.062, 141.354], sendai: ['Sendai', 'Miyagi', 'JP', 38.268, 140.872],
  narita: ['Narita', 'Chiba', 'JP', 35.776, 140.318],
  // Malaysia
  bayanLepas: ['Bayan Lepas', 'Penang', 'MY', 5.295, 100.259], georgeTown: ['George Town', 'Penang', 'MY', 5.414, 100.329],
  bukitMertajam: ['Bukit Mertajam', 'Penang', 'MY', 5.363, 100.459], butterworth: ['Butterworth', 'Penang', 'MY', 5.399, 100.363],
  kualaLumpur: ['Kuala Lumpur', 'Kuala Lumpur', 'MY', 3.139, 101.687], sungaiPetani: ['Sungai Petani', 'Kedah', 'MY', 5.647, 100.488],
  cyberjaya: ['Cyberjaya', 'Selangor', 'MY', 2.922, 101.650],
  // United States
  sanJose: ['San Jose', 'California', 'US', 37.339, -121.895], santaClara: ['Santa Clara', 'California', 'US', 37.354, -121.955],
  sunnyvale: ['Sunnyvale', 'California', 'US', 37.369, -122.036], fremont: ['Fremont', 'California', 'US', 37.548, -121.989],
  milpitas: ['Milpitas', 'California', 'US', 37.428, -121.907], campbell: ['Campbell', 'California', 'US', 37.287, -121.950],
  sanFrancisco: ['San Francisco', 'California', 'US', 37.775, -122.419], losAngeles: ['Los Angeles', 'California', 'US', 34.052, -118.244],
  novi: ['Novi', 'Michigan', 'US', 42.481, -83.476], farmington: ['Farmington Hills', 'Michigan', 'US', 42.485, -83.377],
  livonia: ['Livonia', 'Michigan', 'US', 42.368, -83.353], annArbor: ['Ann Arbor', 'Michigan', 'US', 42.281, -83.743],
  northville: ['Northville', 'Michigan', 'US', 42.431, -83.483], canton: ['Canton', 'Michigan', 'US', 42.309, -83.482],
  detroit: ['Detroit', 'Michigan', 'US', 42.331, -83.046], romulus: ['Romulus', 'Michigan', 'US', 42.222, -83.397],
  howell: ['Howell', 'Michigan', 'US', 42.607, -83.930], chicago: ['Chicago', 'Illinois', 'US', 41.878, -87.630],
  dallas: ['Dallas', 'Texas', 'US', 32.777, -96.797], austin: ['Austin', 'Texas', 'US', 30.267, -97.743],
  ashburn: ['Ashburn', 'Virginia', 'US', 39.044, -77.487], boydton: ['Boydton', 'Virginia', 'US', 36.668, -78.388],
  seattle: ['Seattle', 'Washington', 'US', 47.606, -122.332], quincy: ['Quincy', 'Washington', 'US', 47.234, -119.852],
  phoenix: ['Phoenix', 'Arizona', 'US', 33.448, -112.074], atlanta: ['Atlanta', 'Georgia', 'US', 33.749, -84.388],
  denver: ['Denver', 'Colorado', 'US', 39.739, -104.990], newYork: ['New York', 'New York', 'US', 40.713, -74.006],
  carlsbad: ['Carlsbad', 'California', 'US', 33.158, -117.350], columbus: ['Columbus', 'Ohio', 'US', 39.961, -82.999],
  oakland: ['Oakland', 'California', 'US', 37.804, -122.271], houston: ['Houston', 'Texas', 'US', 29.760, -95.370],
  // Germany and Europe
  duesseldorf: ['Dusseldorf', 'Nordrhein-Westfalen', 'DE', 51.227, 6.773], neuss: ['Neuss', 'Nordrhein-Westfalen', 'DE', 51.198, 6.691],
  ratingen: ['Ratingen', 'Nordrhein-Westfalen', 'DE', 51.297, 6.849], duisburg: ['Duisburg', 'Nordrhein-Westfalen', 'DE', 51.435, 6.763],
  koeln: ['Cologne', 'Nordrhein-Westfalen', 'DE', 50.938, 6.960], krefeld: ['Krefeld', 'Nordrhein-Westfalen', 'DE', 51.339, 6.586],
  essen: ['Essen', 'Nordrhein-Westfalen', 'DE', 51.456, 7.012], muenchen: ['Munich', 'Bayern', 'DE', 48.137, 11.576],
  stuttgart: ['Stuttgart', 'Baden-Wurttemberg', 'DE', 48.776, 9.183], frankfurt: ['Frankfurt am Main', 'Hessen', 'DE', 50.110, 8.682],
  hamburg: ['Hamburg', 'Hamburg', 'DE', 53.551, 9.994], berlin: ['Berlin', 'Berlin', 'DE', 52.520, 13.405],
  amsterdam: ['Amsterdam', 'Noord-Holland', 'NL', 52.370, 4.895], zurich: ['Zurich', 'Zurich', 'CH', 47.377, 8.541],
  palma: ['Palma', 'Balearic Islands', 'ES', 39.570, 2.650], dublin: ['Dublin', 'Dublin', 'IE', 53.350, -6.260],
  london: ['London', 'England', 'GB', 51.507, -0.128], paris: ['Paris', 'Ile-de-France', 'FR', 48.857, 2.352],
  gravelines: ['Gravelines', 'Hauts-de-France', 'FR', 50.987, 2.128], roubaix: ['Roubaix', 'Hauts-de-France', 'FR', 50.692, 3.178],
  falkenstein: ['Falkenstein', 'Saxony', 'DE', 50.477, 12.371], nuremberg: ['Nuremberg', 'Bayern', 'DE', 49.452, 11.077],
  doha: ['Doha', 'Baladiyat ad Dawhah', 'QA', 25.286, 51.533], madrid: ['Madrid', 'Madrid', 'ES', 40.417, -3.704],
  // India, Singapore and elsewhere
  pune: ['Pune', 'Maharashtra', 'IN', 18.520, 73.857], hinjewadi: ['Hinjawadi', 'Maharashtra', 'IN', 18.591, 73.739],
  mumbai: ['Mumbai', 'Maharashtra', 'IN', 19.076, 72.878], bengaluru: ['Bengaluru', 'Karnataka', 'IN', 12.972, 77.595],
  singapore: ['Singapore', 'Central Singapore', 'SG', 1.352, 103.820], hongKong: ['Hong Kong', 'Hong Kong', 'HK', 22.320, 114.169],
  hanoi: ['Hanoi', 'Hanoi', 'VN', 21.028, 105.834], hoChiMinh: ['Ho Chi Minh City', 'Ho Chi Minh', 'VN', 10.823, 106.630],
  saoPaulo: ['Sao Paulo', 'Sao Paulo', 'BR', -23.551, -46.633], jakarta: ['Jakarta', 'Jakarta', 'ID', -6.208, 106.846],
  surabaya: ['Surabaya', 'East Java', 'ID', -7.257, 112.752], cairo: ['Cairo', 'Cairo Governorate', 'EG', 30.044, 31.236],
  istanbul: ['Istanbul', 'Istanbul', 'TR', 41.008, 28.978], mexicoCity: ['Mexico City', 'Mexico City', 'MX', 19.433, -99.133],
  buenosAires: ['Buenos Aires', 'Buenos Aires F.D.', 'AR', -34.604, -58.382], manila: ['Manila', 'Metro Manila', 'PH', 14.600, 120.984],
  quezon: ['Quezon City', 'Metro Manila', 'PH', 14.676, 121.044], seoul: ['Seoul', 'Seoul', 'KR', 37.567, 126.978],
  bangkok: ['Bangkok', 'Bangkok', 'TH', 13.756, 100.502], taipei: ['Taipei', 'Taipei City', 'TW', 25.033, 121.565],
  lagos: ['Lagos', 'Lagos', 'NG', 6.524, 3.379], bogota: ['Bogota', 'Bogota D.C.', 'CO', 4.711, -74.072],
};
export function place(key) { const p = PLACES[key]; if (!p) throw new Error(`unknown place ${key}`); return { key, city: p[0], state: p[1], cc: p[2], lat: p[3], lon: p[4] }; }

// ---------------------------------------------------------------------------------------------------------------
// Networks. v4 lists /16 prefixes ("A.B") a network's addresses are drawn from; hubs are the places its addresses
// geolocate to when the address is not tied to a subscriber's home (carriers, clouds, proxies).
export const NETS = {
  // Japan — fixed broadband
  ocn: { asn: 4713, name: 'NTT Communications (OCN)', kind: 'isp', cc: 'JP', v4: ['153.156', '153.246', '153.218', '114.163', '114.181', '180.12', '180.31', '61.205'], v6: '2400:4050' },
  kddiHikari: { asn: 2516, name: 'KDDI (au Hikari)', kind: 'isp', cc: 'JP', v4: ['118.155', '118.158', '106.154', '106.171', '111.239', '182.169'] },
  softbankBB: { asn: 17676, name: 'SoftBank BB', kind: 'isp', cc: 'JP', v4: ['126.15', '126.36', '126.77', '126.108', '126.227', '219.100'], v6: '240b:10' },
  jcom: { asn: 9824, name: 'JCOM', kind: 'isp', cc: 'JP', v4: ['106.72', '106.73', '61.24'] },
  iij: { asn: 2497, name: 'IIJ', kind: 'isp', cc: 'JP', v4: ['210.130', '210.138', '202.232'] },
  bigl: { asn: 2518, name: 'BIGLOBE', kind: 'isp', cc: 'JP', v4: ['114.156', '180.47', '223.218'] },
  // Japan — mobile
  docomo: { asn: 9605, name: 'NTT DOCOMO', kind: 'mobile', cc: 'JP', v4: ['49.98', '49.104', '49.106', '1.75', '1.79', '110.163'], hubs: ['tokyo', 'osaka', 'nagoya', 'chiyoda'] },
  auMobile: { asn: 2516, name: 'KDDI (au)', kind: 'mobile', cc: 'JP', v4: ['106.128', '106.129', '106.130', '106.131', '106.133', '111.107', '182.250'], hubs: ['tokyo', 'osaka', 'nagoya'] },
  sbMobile: { asn: 17676, name: 'SoftBank Mobile', kind: 'mobile', cc: 'JP', v4: ['126.193', '126.194', '126.205', '126.254'], hubs: ['tokyo', 'osaka', 'koto'] },
  rakuten: { asn: 138384, name: 'Rakuten Mobile', kind: 'mobile', cc: 'JP', v4: ['133.106', '133.107'], hubs: ['tokyo', 'osaka'] },
  // United States — broadband
  comcast: { asn: 7922, name: 'Comcast Cable', kind: 'isp', cc: 'US', v4: ['73.92', '73.162', '98.207', '67.180', '73.145', '68.40', '68.41', '98.209', '73.191', '24.11'], v6: '2601:' },
  att: { asn: 7018, name: 'AT&T Internet', kind: 'isp', cc: 'US', v4: ['99.3', '99.8', '99.108', '99.131', '108.89'], v6: '2600:1700' },
  spectrum: { asn: 20115, name: 'Charter Spectrum', kind: 'isp', cc: 'US', v4: ['47.36', '47.40', '71.86', '24.183', '97.87'], v6: '2603:6000' },
  spectrumTx: { asn: 11427, name: 'Charter Spectrum (Texas)', kind: 'isp', cc: 'US', v4: ['70.121', '72.179', '24.243'] },
  wow: { asn: 12083, name: 'WideOpenWest', kind: 'isp', cc: 'US', v4: ['69.14', '65.31'] },
  starlink: { asn: 14593, name: 'SpaceX Starlink', kind: 'isp', cc: 'US', v4: ['98.97', '129.222'], hubs: ['chicago', 'detroit'] },
  // United States — mobile
  tmobile: { asn: 21928, name: 'T-Mobile USA', kind: 'mobile', cc: 'US', v4: ['172.56', '172.58', '172.59', '172.62'], v6: '2607:fb90', hubs: ['seattle', 'sanJose', 'losAngeles', 'chicago', 'dallas'] },
  verizonW: { asn: 6167, name: 'Verizon Wireless', kind: 'mobile', cc: 'US', v4: ['174.192', '174.205', '174.215', '174.240', '174.251'], v6: '2600:1001', hubs: ['sanJose', 'detroit', 'chicago', 'columbus'] },
  attMobile: { asn: 20057, name: 'AT&T Mobility', kind: 'mobile', cc: 'US', v4: ['166.196', '166.198', '166.205', '107.77'], v6: '2600:380', hubs: ['sanFrancisco', 'detroit', 'chicago', 'atlanta'] },
  // Germany, Spain — broadband and mobile
  telekom: { asn: 3320, name: 'Deutsche Telekom', kind: 'isp', cc: 'DE', v4: ['79.192', '79.206', '79.219', '79.241', '87.150', '91.3', '91.49', '93.197', '93.210'], v6: '2003:' },
  vodafoneDe: { asn: 3209, name: 'Vodafone GmbH', kind: 'isp', cc: 'DE', v4: ['2.200', '2.203', '2.206', '88.65', '88.70', '188.100', '188.108'], v6: '2a02:8108' },
  o2De: { asn: 6805, name: 'Telefonica Germany', kind: 'isp', cc: 'DE', v4: ['77.1', '77.3', '77.10', '89.204'] },
  telekomMobile: { asn: 3320, name: 'Deutsche Telekom (mobile)', kind: 'mobile', cc: 'DE', v4: ['80.187', '80.226'], hubs: ['frankfurt', 'duesseldorf', 'muenchen', 'hamburg'] },
  vodafoneMobile: { asn: 3209, name: 'Vodafone GmbH (mobile)', kind: 'mobile', cc: 'DE', v4: ['109.43', '109.44'], hubs: ['duesseldorf', 'frankfurt', 'berlin'] },
  o2Mobile: { asn: 6805, name: 'Telefonica Germany (mobile)', kind: 'mobile', cc: 'DE', v4: ['176.0', '176.4', '176.6'], hubs: ['muenchen', 'duesseldorf', 'hamburg'] },
  movistar: { asn: 3352, name: 'Telefonica de Espana', kind: 'isp', cc: 'ES', v4: ['83.32', '88.2', '81.40'] },
  // Malaysia
  tm: { asn: 4788, name: 'TM Technology Services (Unifi)', kind: 'isp', cc: 'MY', v4: ['175.139', '60.50', '60.53', '115.133', '115.134', '118.100'] },
  timeMy: { asn: 9930, name: 'TIME dotCom', kind: 'isp', cc: 'MY', v4: ['211.24', '219.93', '210.186'] },
  maxis: { asn: 9534, name: 'Maxis Broadband', kind: 'mobile', cc: 'MY', v4: ['1.32', '49.124', '110.159'], hubs: ['kualaLumpur', 'georgeTown', 'cyberjaya'] },
  celcom: { asn: 10030, name: 'CelcomDigi', kind: 'mobile', cc: 'MY', v4: ['115.164', '115.165', '183.171'], hubs: ['kualaLumpur', 'georgeTown'] },
  digi: { asn: 4818, name: 'CelcomDigi (Digi)', kind: 'mobile', cc: 'MY', v4: ['113.210', '113.211'], hubs: ['kualaLumpur', 'bayanLepas'] },
  // India
  tata: { asn: 4755, name: 'Tata Communications', kind: 'isp', cc: 'IN', v4: ['14.140', '14.141', '115.113'] },
  jio: { asn: 55836, name: 'Reliance Jio', kind: 'mobile', cc: 'IN', v4: ['49.36', '49.42', '157.32', '157.35', '157.47'], v6: '2409:40c0', hubs: ['pune', 'mumbai'] },
  airtel: { asn: 24560, name: 'Bharti Airtel', kind: 'isp', cc: 'IN', v4: ['122.161', '122.171', '106.207'] },
  // Zero-trust proxies and corporate egress
  zscaler: { asn: 53813, name: 'Zscaler', kind: 'proxy', cc: 'US', v4: ['165.225', '136.226'] },
  netskope: { asn: 55256, name: 'Netskope', kind: 'proxy', cc: 'DE', v4: ['163.116'] },
  warp: { asn: 13335, name: 'Cloudflare', kind: 'proxy', cc: 'JP', v4: ['104.28'], v6: '2a09:bac1' },
  // clouds and hosting
  azure: { asn: 8075, name: 'Microsoft Azure', kind: 'hosting', v4: ['20.46', '20.48', '20.78', '20.84', '20.120', '20.23', '20.61', '20.64', '20.112', '4.241'] },
  aws: { asn: 16509, name: 'Amazon AWS', kind: 'hosting', v4: ['3.80', '44.200', '54.175', '34.240', '52.48', '54.154', '3.8', '18.130', '35.176'] },
  vultr: { asn: 20473, name: 'Vultr (The Constant Company)', kind: 'hosting', v4: ['45.32', '45.76', '139.180', '45.63', '155.138'] },
  digitalocean: { asn: 14061, name: 'DigitalOcean', kind: 'hosting', v4: ['128.199', '139.59', '159.223', '165.22'] },
  ovh: { asn: 16276, name: 'OVH SAS', kind: 'hosting', v4: ['51.68', '51.75', '54.36', '137.74', '145.239'] },
  hetzner: { asn: 24940, name: 'Hetzner Online', kind: 'hosting', v4: ['5.9', '78.46', '88.99', '95.216', '116.202', '136.243', '168.119'] },
  datacamp: { asn: 60068, name: 'Datacamp Limited', kind: 'hosting', v4: ['89.187', '143.244', '185.76', '212.102'] },
  m247: { asn: 9009, name: 'M247 Europe', kind: 'hosting', v4: ['146.70', '37.120', '185.156'] },
  akamai: { asn: 63949, name: 'Akamai Connected Cloud (Linode)', kind: 'hosting', v4: ['139.162', '172.104'] },
  tencent: { asn: 132203, name: 'Tencent Cloud', kind: 'hosting', v4: ['43.153', '43.163', '43.134'] },
  railway: { asn: 400940, name: 'Railway Corporation', kind: 'hosting', v4: ['66.33', '208.77'] },
  viasat: { asn: 7155, name: 'Viasat (in-flight)', kind: 'isp', cc: 'US', v4: ['8.25', '8.34'] },
  fraport: { asn: 3320, name: 'Deutsche Telekom (Hotspot)', kind: 'isp', cc: 'DE', v4: ['80.156'] },
  // consumer ISPs abroad whose subscribers' hacked routers and IoT devices form the botnet of one scenario
  vnpt: { asn: 45899, name: 'VNPT Corp', kind: 'isp', cc: 'VN', v4: ['14.177', '113.176', '123.20'] },
  viettel: { asn: 7552, name: 'Viettel Group', kind: 'isp', cc: 'VN', v4: ['27.72', '171.224', '116.96'] },
  claro: { asn: 28573, name: 'Claro NXT', kind: 'isp', cc: 'BR', v4: ['189.6', '177.8', '201.52'] },
  telkomId: { asn: 7713, name: 'Telekomunikasi Indonesia', kind: 'isp', cc: 'ID', v4: ['36.72', '36.85', '125.160'] },
  teData: { asn: 8452, name: 'TE Data', kind: 'isp', cc: 'EG', v4: ['41.33', '197.34'] },
  turkTelekom: { asn: 9121, name: 'Turk Telekom', kind: 'isp', cc: 'TR', v4: ['78.180', '85.105', '88.230'] },
  telmex: { asn: 8151, name: 'Uninet (Telmex)', kind: 'isp', cc: 'MX', v4: ['187.189', '189.203', '201.141'] },
  pldt: { asn: 9299, name: 'PLDT', kind: 'isp', cc: 'PH', v4: ['112.198', '120.28'] },
  telecomAr: { asn: 7303, name: 'Telecom Argentina', kind: 'isp', cc: 'AR', v4: ['190.188', '181.47'] },
};
for (const [k, n] of Object.entries(NETS)) n.key = k;

// ---------------------------------------------------------------------------------------------------------------
// The address book: every address the population uses gets one geolocation, recorded the first time it is used.
const GEO = new Map();
export function registerIp(ip, net, plc) {
  if (!GEO.has(ip)) GEO.set(ip, { asn: net.asn, net: net.key, ...plc });
  return ip;
}
export function geoOf(ip) { const g = GEO.get(ip); if (!g) throw new Error(`no geolocation for ${ip}`); return g; }
export function resetGeo() { GEO.clear(); }

function oct(r) { return r.int(1, 254); }
/** a fresh IPv4 address of net, geolocated at plc (a place object) */
export function newIp(rng, net, plc, prefix = null) {
  for (let tries = 0; tries < 50; tries++) {
    const p = prefix ?? rng.pick(net.v4);
    const dots = p.split('.').length;
    let ip = p;
    for (let i = dots; i < 4; i++) ip += '.' + (i === 3 ? oct(rng) : rng.int(0, 255));
    if (!GEO.has(ip)) return registerIp(ip, net, plc);
  }
  throw new Error('address space exhausted');
}
/** a fresh IPv6 address of net inside prefix (4 groups; default: a fresh /64 of net) */
export function newIp6(rng, net, plc, prefix = null) {
  const pre = prefix ?? v6Prefix(rng, net);
  const iid = [rng.hex(4), rng.hex(4), rng.hex(4), rng.hex(4)].map((h) => h.replace(/^0+/, '') || '0');
  return registerIp(`${pre}:${iid.join(':')}`, net, plc);
}
/** the /64 prefix of a subscriber (stable per household) */
export function v6Prefix(rng, net) {
  const base = net.v6.replace(/:$/, '');
  const segs = base.split(':');
  while (segs.length < 4) segs.push(rng.hex(4).replace(/^0+/, '') || '0');
  return segs.slice(0, 4).join(':');
}
/** an address of a carrier / cloud pool, geolocated by stable hash of the address among the pool's hubs */
export function poolIp(rng, net, hubKeys, prefix = null) {
  const ip = (() => {
    const p = prefix ?? rng.pick(net.v4);
    const dots = p.split('.').length; let s = p;
    for (let i = dots; i < 4; i++) s += '.' + (i === 3 ? oct(rng) : rng.int(0, 255));
    return s;
  })();
  if (GEO.has(ip)) return ip;
  return registerIp(ip, net, place(hashPick(ip.split('.').slice(0, 3).join('.'), hubKeys)));
}

// ---------------------------------------------------------------------------------------------------------------
// User agents (late 2026: Chromium ~153-154, Firefox ~157, Safari 27, iOS Safari's frozen "18_6" OS token)
export const UA = {
  edgeWin: (v = 154) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36 Edg/${v}.0.0.0`,
  chromeWin: (v = 154) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36`,
  chromeMac: (v = 154) => `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36`,
  edgeMac: (v = 154) => `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36 Edg/${v}.0.0.0`,
  safariMac: (v = '27.1') => `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v} Safari/605.1.15`,
  firefoxWin: (v = 157) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:${v}.0) Gecko/20100101 Firefox/${v}.0`,
  chromeLinux: (v = 153) => `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36`,
  iphoneSafari: (v = '27.1') => `Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v} Mobile/15E148 Safari/604.1`,
  iphoneApp: () => 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  androidChrome: (v = 153, model = 'SM-S931B') => `Mozilla/5.0 (Linux; Android 16; ${model}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Mobile Safari/537.36`,
  androidApp: (model = 'SM-S931B') => `Dalvik/2.1.0 (Linux; U; Android 16; ${model} Build/BP2A.250605.031)`,
  wam: () => 'Windows-AzureAD-Authentication-Provider/1.0',
  teamsNew: (v = 154) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36 Edg/${v}.0.0.0 Teams/25310.1503.4021.9544`,
  vscode: (os = 'Windows NT 10.0; Win64; x64') => `Mozilla/5.0 (${os}) AppleWebKit/537.36 (KHTML, like Gecko) Code/1.106.2 Chrome/142.0.7444.175 Electron/39.2.3 Safari/537.36`,
  azCli: () => 'python-requests/2.32.4',
  pwsh: () => 'Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.26100; en-US) PowerShell/7.5.4',
  pwshLinux: () => 'Mozilla/5.0 (Linux; Ubuntu 24.04.3 LTS; en-US) PowerShell/7.5.4',
  bav2ropc: () => 'BAV2ROPC',
  teamFiltration: () => 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Teams/1.3.00.30866 Chrome/80.0.3987.165 Electron/8.5.1 Safari/537.36',
  companyPortalWin: () => 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) CompanyPortal/11.2.1375.0',
  aadConnect: () => 'Microsoft.Online.DirSync/2.5.79.0',
  teamsRoom: () => 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36 Edg/150.0.0.0 MicrosoftTeamsRoom/5.5.129.0',
  nodeAxios: () => 'axios/1.12.2',
  okhttp: () => 'okhttp/4.12.0',
};

// ---------------------------------------------------------------------------------------------------------------
// Sign-in result texts (failureReason as the sign-in logs show it) and the ResultDescription column.
export const ERR = {
  0: '',
  50126: 'Error validating credentials due to invalid username or password.',
  50034: 'The user account does not exist in the directory. To sign into this application, the account must be added to the directory.',
  50053: "The account is locked, you've tried to sign in too many times with an incorrect user ID or password.",
  50055: 'The password is expired.',
  50057: 'The user account is disabled.',
  50058: 'Session information is not sufficient for single-sign-on.',
  50072: 'Users account does not have strong authentication enabled. User needs to enroll for second factor authentication.',
  50074: 'Strong Authentication is required.',
  50076: "Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access the resource.",
  50079: 'Due to a configuration change made by your administrator, or because you moved to a new location, you must enroll in multi-factor authentication to access the resource.',
  50089: 'Flow token expired - Authentication Failed. Have the user try signing-in again with username -password.',
  50097: 'Device authentication is required.',
  50140: "This error occurred due to 'Keep me signed in' interrupt when the user was signing in.",
  50144: "User's Active Directory password has expired.",
  50173: 'The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.',
  50199: 'For security reasons, user confirmation is required for this request. Please repeat the request allowing user interaction.',
  500121: 'Authentication failed during strong authentication request.',
  53000: 'Device is not in required device state: compliant. Conditional Access policy requires a compliant device, and the device is not compliant.',
  53003: 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
  65001: "The user or administrator has not consented to use the application. Send an interactive authorization request for this user and resource.",
  70043: 'The refresh token has expired or is invalid due to sign-in frequency checks by conditional access.',
  700082: 'The refresh token has expired due to inactivity.',
  16000: 'Either multiple user identities are available for the current request or selected account is not supported for the scenario.',
  81010: "Seamless SSO failed because the user's Kerberos ticket has expired or is invalid.",
  90095: 'Admin consent is required for the permissions requested by this application. An admin consent request may be sent to the admin.',
  50011: 'The reply URL specified in the request does not match the reply URLs configured for the application.',
  7000218: "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
};

export const INTERRUPTS = new Set([50140, 50074, 50076, 50079, 50072, 50097, 50199, 50058, 50125, 16000, 81010, 50089]);
