// The tenant's world: networks (egress IPs with their geolocation and ASN), applications, user agents.
export const N = (ip, asn, city, state, cc, lat, lon) => ({ ip, asn, city, state, cc, lat, lon });
export class Pool {
  constructor(prefixes, asn, city, state, cc, lat, lon) { Object.assign(this, { prefixes, asn, city, state, cc, lat, lon }); }
  ip(rng) {
    const p = rng.pick(this.prefixes).split('.');
    while (p.length < 4) p.push(String(p.length === 3 ? rng.int(2, 253) : rng.int(0, 255)));
    return N(p.join('.'), this.asn, this.city, this.state, this.cc, +(this.lat + rng.float(-0.03, 0.03)).toFixed(4), +(this.lon + rng.float(-0.03, 0.03)).toFixed(4));
  }
}

// Company sites (named locations, trusted)
export const SITE = {
  HQ: N('80.147.212.5', 3320, 'Hamburg', 'Hamburg', 'DE', 53.5511, 9.9937),
  HQ2: N('80.147.212.6', 3320, 'Hamburg', 'Hamburg', 'DE', 53.5511, 9.9937),
  HQBACKUP: N('92.79.144.18', 3209, 'Hamburg', 'Hamburg', 'DE', 53.5511, 9.9937),
  CONTROL: N('80.147.212.9', 3320, 'Hamburg', 'Hamburg', 'DE', 53.5511, 9.9937),
  GRO: N('145.53.201.34', 1136, 'Groningen', 'Groningen', 'NL', 53.2194, 6.5665),
  EEM: N('145.53.77.10', 1136, 'Eemshaven', 'Groningen', 'NL', 53.4383, 6.8347),
  ESB: N('87.61.90.22', 3292, 'Esbjerg', 'Region of Southern Denmark', 'DK', 55.4765, 8.4594),
  KRK: N('83.24.155.60', 5617, 'Krakow', 'Lesser Poland', 'PL', 50.0647, 19.945),
  KRK2: N('83.24.155.61', 5617, 'Krakow', 'Lesser Poland', 'PL', 50.0647, 19.945),
  DC_AZ: N('20.23.146.71', 8075, 'Amsterdam', 'North Holland', 'NL', 52.3676, 4.9041),   // Azure West Europe egress (automation)
  DC_AZ2: N('20.101.88.214', 8075, 'Amsterdam', 'North Holland', 'NL', 52.3676, 4.9041),
  SCADA_ESB: N('87.61.90.30', 3292, 'Esbjerg', 'Region of Southern Denmark', 'DK', 55.4765, 8.4594),
  SCADA_EEM: N('145.53.77.14', 1136, 'Eemshaven', 'Groningen', 'NL', 53.4383, 6.8347),
};
export const NAMED = new Map([
  [SITE.HQ.ip, 'HQ Hamburg'], [SITE.HQ2.ip, 'HQ Hamburg'], [SITE.HQBACKUP.ip, 'HQ Hamburg'], [SITE.CONTROL.ip, 'Control Room Hamburg'],
  [SITE.GRO.ip, 'Office Groningen'], [SITE.EEM.ip, 'Base Eemshaven'], [SITE.ESB.ip, 'O&M Base Esbjerg'], [SITE.SCADA_ESB.ip, 'O&M Base Esbjerg'],
  [SITE.SCADA_EEM.ip, 'Base Eemshaven'], [SITE.KRK.ip, 'Service Desk Krakow'], [SITE.KRK2.ip, 'Service Desk Krakow'],
]);

export const POOL = {
  // home broadband
  deVodafone: new Pool(['91.64', '178.201', '95.90'], 3209, 'Hamburg', 'Hamburg', 'DE', 53.56, 10.0),
  deTelekom: new Pool(['79.195', '87.150', '93.204'], 3320, 'Hamburg', 'Hamburg', 'DE', 53.57, 9.97),
  deTelekomNorderstedt: new Pool(['87.150', '91.39'], 3320, 'Norderstedt', 'Schleswig-Holstein', 'DE', 53.706, 10.01),
  deO2: new Pool(['89.204', '85.182'], 6805, 'Hamburg', 'Hamburg', 'DE', 53.55, 9.99),
  deEwe: new Pool(['91.96', '62.227'], 9145, 'Emden', 'Lower Saxony', 'DE', 53.367, 7.206),
  nlZiggo: new Pool(['84.24', '84.26', '94.208'], 33915, 'Groningen', 'Groningen', 'NL', 53.22, 6.57),
  nlKpn: new Pool(['77.160', '86.81'], 1136, 'Delfzijl', 'Groningen', 'NL', 53.33, 6.92),
  dkTdc: new Pool(['87.49', '80.62'], 3292, 'Esbjerg', 'Region of Southern Denmark', 'DK', 55.47, 8.45),
  dkNorlys: new Pool(['185.107', '188.114'], 203953, 'Varde', 'Region of Southern Denmark', 'DK', 55.62, 8.48),
  plOrange: new Pool(['83.24', '83.30'], 5617, 'Krakow', 'Lesser Poland', 'PL', 50.06, 19.94),
  plUpc: new Pool(['89.64', '89.78'], 6830, 'Krakow', 'Lesser Poland', 'PL', 50.07, 19.93),
  // mobile carriers (CGNAT, changes daily)
  deTelekomMobile: new Pool(['80.187', '80.226'], 3320, 'Hamburg', 'Hamburg', 'DE', 53.55, 10.0),
  deVodafoneMobile: new Pool(['109.43', '109.42'], 3209, 'Hamburg', 'Hamburg', 'DE', 53.55, 10.0),
  deTelekomMobileFfm: new Pool(['80.187'], 3320, 'Frankfurt am Main', 'Hesse', 'DE', 50.11, 8.68),
  nlKpnMobile: new Pool(['77.61', '143.177'], 1136, 'Amsterdam', 'North Holland', 'NL', 52.37, 4.9),
  nlOdido: new Pool(['62.140', '31.187'], 50266, 'Groningen', 'Groningen', 'NL', 53.21, 6.56),
  dkTdcMobile: new Pool(['2.104', '5.186'], 3292, 'Copenhagen', 'Capital Region', 'DK', 55.676, 12.568),
  dkTelia: new Pool(['62.107', '91.100'], 3308, 'Esbjerg', 'Region of Southern Denmark', 'DK', 55.47, 8.45),
  // offshore links
  starlinkDe: new Pool(['98.97.8', '98.97.9', '98.97.10', '129.222.200'], 14593, 'Frankfurt am Main', 'Hesse', 'DE', 50.11, 8.68),
  starlinkNl: new Pool(['98.97.56', '98.97.57', '129.222.96'], 14593, 'Amsterdam', 'North Holland', 'NL', 52.37, 4.9),
  starlinkGb: new Pool(['98.97.112', '98.97.113'], 14593, 'London', 'England', 'GB', 51.507, -0.128),
  marlinkVsat: new Pool(['193.160.208', '193.160.209'], 5377, 'Oslo', 'Oslo', 'NO', 59.913, 10.752),
  tampnet4g: new Pool(['185.45.128', '185.45.129', '185.45.130'], 57344, 'Stavanger', 'Rogaland', 'NO', 58.97, 5.733),
  // secure web gateway (Zscaler-like)
  zsFra: new Pool(['165.225.72', '165.225.73', '165.225.26'], 62044, 'Frankfurt am Main', 'Hesse', 'DE', 50.11, 8.68),
  zsAms: new Pool(['165.225.240', '165.225.241'], 62044, 'Amsterdam', 'North Holland', 'NL', 52.37, 4.9),
  zsCph: new Pool(['165.225.94'], 62044, 'Copenhagen', 'Capital Region', 'DK', 55.676, 12.568),
  zsPar: new Pool(['165.225.20', '165.225.76'], 62044, 'Paris', 'Ile-de-France', 'FR', 48.857, 2.352),
  zsLon: new Pool(['147.161.166', '147.161.167'], 62044, 'London', 'England', 'GB', 51.507, -0.128),
  zsNyc: new Pool(['165.225.38', '165.225.39'], 62044, 'New York', 'New York', 'US', 40.713, -74.006),
  zsMad: new Pool(['165.225.92'], 62044, 'Madrid', 'Madrid', 'ES', 40.4168, -3.7038),
  // travel
  hamAirport: new Pool(['193.28.170'], 12306, 'Hamburg', 'Hamburg', 'DE', 53.63, 9.99),
  cphAirport: new Pool(['194.182.73'], 1257, 'Kastrup', 'Capital Region', 'DK', 55.618, 12.65),
  aarhusHotel: new Pool(['93.167.12', '93.167.13'], 9158, 'Aarhus', 'Central Jutland', 'DK', 56.157, 10.211),
  brandeHotel: new Pool(['188.176.41'], 3292, 'Brande', 'Central Jutland', 'DK', 55.943, 9.128),
  bilbaoHotel: new Pool(['80.28.114', '83.56.20'], 3352, 'Bilbao', 'Basque Country', 'ES', 43.263, -2.935),
  zamudioVendor: new Pool(['195.53.111'], 3352, 'Zamudio', 'Basque Country', 'ES', 43.283, -2.866),
  schenectadyHotel: new Pool(['24.29.160', '24.29.161'], 11351, 'Schenectady', 'New York', 'US', 42.814, -73.94),
  bostonHotel: new Pool(['73.61.22', '73.142.9'], 7922, 'Boston', 'Massachusetts', 'US', 42.36, -71.058),
  houstonHotel: new Pool(['99.160.81'], 7018, 'Houston', 'Texas', 'US', 29.76, -95.37),
  usMobileRoam: new Pool(['172.58.30', '172.58.31'], 21928, 'New York', 'New York', 'US', 40.713, -74.006),
  // cloud (honest)
  azureWeu: new Pool(['20.23', '20.101', '51.124'], 8075, 'Amsterdam', 'North Holland', 'NL', 52.37, 4.9),
  azureGwc: new Pool(['20.79', '20.113'], 8075, 'Frankfurt am Main', 'Hesse', 'DE', 50.11, 8.68),
  hetznerFsn: new Pool(['49.12.102', '162.55.48'], 24940, 'Falkenstein', 'Saxony', 'DE', 50.478, 12.371),
  // vendor guest home networks
  vendorDk: new Pool(['193.3.154', '193.3.155'], 8434, 'Aarhus', 'Central Jutland', 'DK', 56.157, 10.211),
  vendorEs: new Pool(['195.53.110', '195.53.111'], 3352, 'Zamudio', 'Basque Country', 'ES', 43.283, -2.866),
  vendorUs: new Pool(['3.216.88', '3.216.89'], 14618, 'Ashburn', 'Virginia', 'US', 39.044, -77.487),
  vendorDkHome: new Pool(['87.52', '80.167'], 3292, 'Herning', 'Central Jutland', 'DK', 56.136, 8.976),
};

export const APP = {
  officeHome: { id: '4765445b-32c6-49b0-83e6-1d93765276ca', name: 'OfficeHome' },
  office: { id: 'd3590ed6-52b3-4102-aeff-aad2292ab01c', name: 'Microsoft Office' },
  teams: { id: '1fec8e78-bce4-4aaf-ab1b-5451cc387264', name: 'Microsoft Teams' },
  teamsWeb: { id: '5e3ce6c0-2b1f-4285-8d4b-75ee78787346', name: 'Microsoft Teams Web Client' },
  outlookMobile: { id: '27922004-5251-4030-b22d-91ecd9a37ea4', name: 'Outlook Mobile' },
  oneDrive: { id: 'ab9b8c07-8f02-4f72-87fa-80105867a763', name: 'OneDrive SyncEngine' },
  winSignIn: { id: '38aa3b87-a06d-4817-b275-7a316988d93b', name: 'Windows Sign In' },
  broker: { id: '29d9ed98-a469-4536-ade2-f981bc1d605e', name: 'Microsoft Authentication Broker' },
  azurePortal: { id: 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c', name: 'Azure Portal' },
  azCli: { id: '04b07795-8ddb-461a-bbee-02f9e1bf7b46', name: 'Microsoft Azure CLI' },
  azPs: { id: '1950a258-227b-4e31-a9cf-717495945fc2', name: 'Microsoft Azure PowerShell' },
  graphCli: { id: '14d82eec-204b-4c2f-b7e8-296a70dab67e', name: 'Microsoft Graph Command Line Tools' },
  vscode: { id: 'aebc6443-996d-45c2-90f0-388ff96faa56', name: 'Visual Studio Code' },
  mySignins: { id: '19db86c3-b2b9-44cc-b339-36da233a3be2', name: 'My Signins' },
  companyPortal: { id: '9ba1a5c7-f17a-4de9-a1f1-6178c8d51223', name: 'Microsoft Intune Company Portal' },
  authenticator: { id: '4813382a-8fa7-425e-ab75-3b753aab3abb', name: 'Microsoft Authenticator App' },
  pbiDesktop: { id: '7f67af8a-fedc-4b08-8b4e-37c4d127b6cf', name: 'Power BI Desktop' },
  exoPs: { id: 'fb78d390-0c51-40cd-8e17-fdbfab77341b', name: 'Microsoft Exchange REST API Based Powershell' },
  aadConnect: { id: 'cb1056e2-e479-49de-ae31-7812af012ed8', name: 'Microsoft Azure Active Directory Connect' },
  exo: { id: '00000002-0000-0ff1-ce00-000000000000', name: 'Office 365 Exchange Online' },
  wcss: { id: '89bee1f7-5e6e-4d8a-9f3d-ecd601259da7', name: 'Office365 Shell WCSS-Client' },
  edge: { id: 'ecd6b820-32c2-49b6-98a6-444530e5a77a', name: 'Microsoft Edge' },
  intunePortal: { id: '5926fc8e-304e-4f59-8bed-58ca97cc39a4', name: 'Microsoft Intune portal extension' },
  sharepointApp: { id: '00000003-0000-0ff1-ce00-000000000000', name: 'Office 365 SharePoint Online' },
};
export const RES = {
  graph: { id: '00000003-0000-0000-c000-000000000000', name: 'Microsoft Graph', spId: '3c2b9e4f-6a1d-4b7e-9f20-8d5a1c3e7b01' },
  exo: { id: '00000002-0000-0ff1-ce00-000000000000', name: 'Office 365 Exchange Online', spId: '7d1e4a2b-9c3f-4e58-a6b0-1f2d3c4e5a02' },
  spo: { id: '00000003-0000-0ff1-ce00-000000000000', name: 'Office 365 SharePoint Online', spId: 'a0b1c2d3-4e5f-4a6b-8c7d-9e0f1a2b3c03' },
  aad: { id: '00000002-0000-0000-c000-000000000000', name: 'Windows Azure Active Directory', spId: 'b4c5d6e7-f809-4a1b-9c2d-3e4f5a6b7c04' },
  arm: { id: '797f4846-ba00-4fd7-ba43-dac1f8f63013', name: 'Windows Azure Service Management API', spId: 'c8d9e0f1-a2b3-4c4d-8e5f-6a7b8c9d0e05' },
  teams: { id: 'cc15fd57-2c6c-4117-a88c-83b1d56b4bbe', name: 'Microsoft Teams Services', spId: 'd2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f06' },
  drs: { id: '01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', name: 'Device Registration Service', spId: 'e6f7a8b9-c0d1-4e2f-a3b4-5c6d7e8f9a07' },
  pbi: { id: '00000009-0000-0000-c000-000000000000', name: 'Power BI Service', spId: 'f0a1b2c3-d4e5-4f6a-b7c8-9d0e1f2a3b08' },
  wcss: { id: '5f09333a-842c-47da-a157-57da27fcbca5', name: 'Office365 Shell WCSS-Server', spId: '0b1c2d3e-4f5a-4b6c-8d7e-8f9a0b1c2d09' },
  kv: { id: 'cfa8b339-82a2-471a-a3c9-0fc0be7a4093', name: 'Azure Key Vault', spId: '1c2d3e4f-5a6b-4c7d-9e8f-0a1b2c3d4e10' },
  storage: { id: 'e406a681-f3d4-42a8-90b6-c2b029497af1', name: 'Azure Storage', spId: '2d3e4f5a-6b7c-4d8e-8f9a-1b2c3d4e5f11' },
  intune: { id: '0000000a-0000-0000-c000-000000000000', name: 'Microsoft Intune', spId: '3e4f5a6b-7c8d-4e9f-a0b1-2c3d4e5f6a12' },
};

export const UA = {
  edgeWin: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.0.0',
  chromeWin: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  chromeMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  firefoxWin: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:145.0) Gecko/20100101 Firefox/145.0',
  safariIos: 'Mozilla/5.0 (iPhone; CPU iPhone OS 26_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Mobile/15E148 Safari/604.1',
  chromeAndroid: 'Mozilla/5.0 (Linux; Android 15; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Mobile Safari/537.36',
  teamsWin: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.0.0 Teams/25290.205.3925.6384',
  outlookIos: 'Outlook-iOS/2.0',
  outlookAndroid: 'Outlook-Android/2.0',
  winAuth: 'Windows-AzureAD-Authentication-Provider/1.0',
  onedrive: 'Microsoft SkyDriveSync 25.199.1012.0001 ship; Windows NT 10.0 (26100)',
  azcli: 'python/3.12.10 (Windows-11-10.0.26100-SP0) msal/1.31.2 azure-cli/2.79.0',
  azcliLinux: 'python/3.12.10 (Linux-6.8.0-1036-azure-x86_64-with-glibc2.39) msal/1.31.2 azure-cli/2.79.0',
  pwsh: 'Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.26100; en-US) PowerShell/7.5.4',
  vscode: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Code/1.106.2 Chrome/138.0.7204.251 Electron/37.7.0 Safari/537.36',
  teamsRoom: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.0.0 Teams/25290.205.3925.6384 MTR/5.4',
  adconnect: 'Microsoft Azure AD Connect/2.5.79.0',
};
