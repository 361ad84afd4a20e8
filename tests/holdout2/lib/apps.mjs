// Applications, resources, user agents and device descriptions.
import { Rng } from './rng.mjs';

const A = (id, name) => ({ id, name });
// First-party Microsoft clients (well-known application ids).
export const APPS = {
  officeHome: A('4765445b-32c6-49b0-83e6-1d93765276ca', 'OfficeHome'),
  office: A('d3590ed6-52b3-4102-aeff-aad2292ab01c', 'Microsoft Office'),
  teams: A('1fec8e78-bce4-4aaf-ab1b-5451cc387264', 'Microsoft Teams'),
  teamsWeb: A('5e3ce6c0-2b1f-4285-8d4b-75ee78787346', 'Microsoft Teams Web Client'),
  owa: A('9199bf20-a13f-4107-85dc-02114787ef48', 'One Outlook Web'),
  outlookMobile: A('27922004-5251-4030-b22d-91ecd9a37ea4', 'Outlook Mobile'),
  oneDriveSync: A('ab9b8c07-8f02-4f72-87fa-80105867a763', 'OneDrive SyncEngine'),
  edge: A('ecd6b820-32c2-49b6-98a6-444530e5a77a', 'Microsoft Edge'),
  windowsSignIn: A('38aa3b87-a06d-4817-b275-7a316988d93b', 'Windows Sign In'),
  broker: A('29d9ed98-a469-4536-ade2-f981bc1d605e', 'Microsoft Authentication Broker'),
  companyPortal: A('9ba1a5c7-f17a-4de9-a1f1-6178c8d51223', 'Microsoft Intune Company Portal'),
  azurePortal: A('c44b4083-3bb0-49c1-b47d-974e53cbdf3c', 'Azure Portal'),
  azureCli: A('04b07795-8ddb-461a-bbee-02f9e1bf7b46', 'Microsoft Azure CLI'),
  azurePs: A('1950a258-227b-4e31-a9cf-717495945fc2', 'Microsoft Azure PowerShell'),
  vscode: A('aebc6443-996d-45c2-90f0-388ff96faa56', 'Visual Studio Code'),
  graphExplorer: A('de8bc8b5-d9f9-48b1-a8ad-b748da725064', 'Graph Explorer'),
  graphCli: A('14d82eec-204b-4c2f-b7e8-296a70dab67e', 'Microsoft Graph Command Line Tools'),
  aadPs: A('1b730954-1685-4b74-9bfd-dac224a7b894', 'Azure Active Directory PowerShell'),
  mySignins: A('19db86c3-b2b9-44cc-b339-36da233a3be2', 'My Signins'),
  myApps: A('2793995e-0a7d-40d7-bd35-6968ba142197', 'My Apps'),
  powerBi: A('871c010f-5e61-4fb1-83ac-98610a7e9110', 'Microsoft Power BI'),
  exchange: A('00000002-0000-0ff1-ce00-000000000000', 'Office 365 Exchange Online'),
  teamsRooms: A('0ec893e0-5785-4de6-99da-4ed124e5296c', 'Microsoft Teams Rooms'),
  perfectData: A('ff8d92dc-3d82-41d6-bcbd-b9174d163620', 'PERFECTDATA SOFTWARE'),
};

// Resources (audiences) tokens are issued for.
export const RES = {
  graph: A('00000003-0000-0000-c000-000000000000', 'Microsoft Graph'),
  exchange: A('00000002-0000-0ff1-ce00-000000000000', 'Office 365 Exchange Online'),
  sharepoint: A('00000003-0000-0ff1-ce00-000000000000', 'Office 365 SharePoint Online'),
  teamsSvc: A('cc15fd57-2c6c-4117-a88c-83b1d56b4bbe', 'Microsoft Teams Services'),
  arm: A('797f4846-ba00-4fd7-ba43-dac1f8f63013', 'Windows Azure Service Management API'),
  aadGraph: A('00000002-0000-0000-c000-000000000000', 'Windows Azure Active Directory'),
  keyVault: A('cfa8b339-82a2-471a-a3c9-0fc0be7a4093', 'Azure Key Vault'),
  powerBi: A('00000009-0000-0000-c000-000000000000', 'Power BI Service'),
  drs: A('01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', 'Device Registration Service'),
  officeHome: A('4765445b-32c6-49b0-83e6-1d93765276ca', 'OfficeHome'),
};

// Tenant-owned enterprise applications (ids fixed for the tenant).
const r = new Rng(20260901);
const T = (name, kind) => ({ id: r.guid(), name, kind });
export const ENTERPRISE = {
  workday: T('Workday', 'saas'),
  servicenow: T('ServiceNow', 'saas'),
  concur: T('SAP Concur', 'saas'),
  genesys: T('Genesys Cloud', 'saas'),
  freightPortal: T('KF Freight Portal', 'internal'),
  warehouse: T('KF Warehouse Mobile', 'internal'),
  veeam: T('Veeam Backup for Microsoft 365', 'saas'),
  calendly: T('Calendly', 'saas'),
  zoom: T('Zoom', 'saas'),
  adobe: T('Adobe Acrobat', 'saas'),
  miro: T('Miro', 'saas'),
};
for (const e of Object.values(ENTERPRISE)) e.resource = { id: e.id, name: e.name };

// Daily-use token traffic of a laptop and a phone: [weight, app, resource, client app].
export const LAPTOP_REFRESH = [
  [5, APPS.teams, RES.teamsSvc], [4, APPS.office, RES.exchange], [3, APPS.oneDriveSync, RES.sharepoint],
  [2, APPS.office, RES.graph], [2, APPS.teams, RES.graph], [1, APPS.edge, RES.graph], [1, APPS.office, RES.sharepoint],
];
export const PHONE_REFRESH = [
  [5, APPS.outlookMobile, RES.exchange], [3, APPS.teams, RES.teamsSvc], [1, APPS.outlookMobile, RES.graph], [1, APPS.broker, RES.graph],
];

export const UA = {
  edgeWin: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36 Edg/128.0.0.0',
  chromeWin: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36',
  chromeMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36',
  safariMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15',
  safariIos: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
  ipad: 'Mozilla/5.0 (iPad; CPU OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
  chromeAndroid: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.6613.88 Mobile Safari/537.36',
  tabletAndroid: 'Dalvik/2.1.0 (Linux; U; Android 14; SM-X306B Build/UP1A.231005.007)',
  winSignIn: 'Windows-AzureAD-Authentication-Provider/1.0',
  outlookDesktop: 'Microsoft Office/16.0 (Windows NT 10.0.22631; Microsoft Outlook 16.0.17928; Pro)',
  teamsDesktop: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36 Edg/128.0.0.0 Teams/24215.1007.3082.1590/49',
  outlookIos: 'Outlook-iOS/709.3192504.prod.iphone (4.2433.0)',
  outlookAndroid: 'Outlook-Android/2.0',
  azCli: 'azsdk-python-identity/1.17.1 Python/3.11.9 (Windows-10-10.0.22631-SP0)',
  azCliLinux: 'azsdk-python-identity/1.17.1 Python/3.11.9 (Linux-6.5.0-1025-azure-x86_64-with-glibc2.35)',
  pwsh: 'Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.22631; en-GB) PowerShell/7.4.5',
  vscode: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Code/1.92.2 Chrome/124.0.6367.243 Electron/30.4.0 Safari/537.36',
  pythonRequests: 'python-requests/2.31.0',
  bav2ropc: 'BAV2ROPC',
  teamsRoom: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Teams/1.7.00.21751 Chrome/85.0.4183.121 Electron/10.4.7 Safari/537.36 MTR/4.21.34.0',
  calendlyServer: 'Faraday v2.9.0',
  veeam: 'Veeam.Archiver.Proxy/8.0.0.2047',
};

/** deviceDetail for a device record (see people.mjs) and a browser string. */
export function deviceDetail(dev, browser) {
  if (!dev) return { deviceId: '', displayName: '', operatingSystem: 'Windows10', browser: browser || 'Edge 128.0.0', isCompliant: false, isManaged: false, trustType: '' };
  return {
    deviceId: dev.id,
    displayName: dev.name,
    operatingSystem: dev.os,
    browser: browser || dev.browser,
    isCompliant: dev.compliant,
    isManaged: dev.managed,
    trustType: dev.trust,
  };
}
