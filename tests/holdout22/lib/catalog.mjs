// Applications, resources, Conditional Access policies and user agents seen in the tenant.
export const TENANT_ID = '6f1c2e9a-4b7d-4e35-9a0c-8d2b61f4e7a3';
export const TENANT_NAME = 'Mavuno Cooperative Bank';
export const DOMAIN = 'mavunobank.co.ke';
export const ONMS = 'mavunobank.onmicrosoft.com';
export const KNP_TENANT = 'c3a8f0d2-7e41-4b9c-a5d6-2f9e8b1c4a70';
export const MS_TENANT = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a';

export const APPS = {
  officeHome: ['4765445b-32c6-49b0-83e6-1d93765276ca', 'OfficeHome'],
  office: ['d3590ed6-52b3-4102-aeff-aad2292ab01c', 'Microsoft Office'],
  outlookMobile: ['27922004-5251-4030-b22d-91ecd9a37ea4', 'Outlook Mobile'],
  teams: ['1fec8e78-bce4-4aaf-ab1b-5451cc387264', 'Microsoft Teams'],
  teamsWeb: ['5e3ce6c0-2b1f-4285-8d4b-75ee78787346', 'Microsoft Teams Web Client'],
  oneDriveSync: ['ab9b8c07-8f02-4f72-87fa-80105867a763', 'OneDrive SyncEngine'],
  sharepoint: ['00000003-0000-0ff1-ce00-000000000000', 'Office 365 SharePoint Online'],
  exchange: ['00000002-0000-0ff1-ce00-000000000000', 'Office 365 Exchange Online'],
  winSignIn: ['38aa3b87-a06d-4817-b275-7a316988d93b', 'Windows Sign In'],
  broker: ['29d9ed98-a469-4536-ade2-f981bc1d605e', 'Microsoft Authentication Broker'],
  authenticator: ['4813382a-8fa7-425e-ab75-3b753aab3abb', 'Microsoft Authenticator App'],
  mySignins: ['19db86c3-b2b9-44cc-b339-36da233a3be2', 'My Signins'],
  myProfile: ['8c59ead7-d703-4a27-9e55-c96a0054c8d2', 'My Profile'],
  azurePortal: ['c44b4083-3bb0-49c1-b47d-974e53cbdf3c', 'Azure Portal'],
  azureCli: ['04b07795-8ddb-461a-bbee-02f9e1bf7b46', 'Microsoft Azure CLI'],
  azurePs: ['1950a258-227b-4e31-a9cf-717495945fc2', 'Microsoft Azure PowerShell'],
  graphCli: ['14d82eec-204b-4c2f-b7e8-296a70dab67e', 'Microsoft Graph Command Line Tools'],
  exoPs: ['fb78d390-0c51-40cd-8e17-fdbfab77341b', 'Microsoft Exchange REST API Based Powershell'],
  devops: ['499b84ac-1321-427f-aa17-267ca6975798', 'Azure DevOps'],
  vscode: ['aebc6443-996d-45c2-90f0-388ff96faa56', 'Visual Studio Code'],
  vs: ['872cd9fa-d31f-45e0-9eab-6e460a02d1f1', 'Visual Studio - Legacy'],
  powerbi: ['871c010f-5e61-4fb1-83ac-98610a7e9110', 'Power BI Desktop'],
  powerbiWeb: ['00000009-0000-0000-c000-000000000000', 'Microsoft Power BI'],
  powerApps: ['4e291c71-d680-4d0e-9640-0a3358e31177', 'PowerApps'],
  dynamics: ['00000007-0000-0000-c000-000000000000', 'Dynamics CRM Online'],
  dynApp: ['2ad88395-b77d-4561-9441-d0e40824f9bc', 'Dynamics 365 Sales'],
  intuneCP: ['9ba1a5c7-f17a-4de9-a1f1-6178c8d51223', 'Microsoft Intune Company Portal'],
  edge: ['ecd6b820-32c2-49b6-98a6-444530e5a77a', 'Microsoft Edge'],
  // tenant line-of-business apps (single tenant)
  cbsPortal: ['b7e2a4c1-5d3f-4a8e-9c61-0f2d7e8a3b54', 'Mavuno CBS Teller Portal'],
  loansField: ['5c1f9e3a-2b7d-4c8e-a6f0-91d3e2b7c845', 'Mavuno Field Loans'],
};

export const RES = {
  graph: ['00000003-0000-0000-c000-000000000000', 'Microsoft Graph'],
  exchange: ['00000002-0000-0ff1-ce00-000000000000', 'Office 365 Exchange Online'],
  sharepoint: ['00000003-0000-0ff1-ce00-000000000000', 'Office 365 SharePoint Online'],
  teamsSvc: ['cc15fd57-2c6c-4117-a88c-83b1d56b4bbe', 'Microsoft Teams Services'],
  skype: ['00000004-0000-0ff1-ce00-000000000000', 'Skype for Business Online'],
  azureMgmt: ['797f4846-ba00-4fd7-ba43-dac1f8f63013', 'Windows Azure Service Management API'],
  keyVault: ['cfa8b339-82a2-471a-a3c9-0fc0be7a4093', 'Azure Key Vault'],
  devops: ['499b84ac-1321-427f-aa17-267ca6975798', 'Azure DevOps'],
  powerbi: ['00000009-0000-0000-c000-000000000000', 'Power BI Service'],
  dynamics: ['00000007-0000-0000-c000-000000000000', 'Dynamics CRM Online'],
  drs: ['01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', 'Device Registration Service'],
  winAzureAd: ['00000002-0000-0000-c000-000000000000', 'Windows Azure Active Directory'],
  officeHome: ['4765445b-32c6-49b0-83e6-1d93765276ca', 'OfficeHome'],
  intune: ['0000000a-0000-0000-c000-000000000000', 'Microsoft Intune'],
  substrate: ['fc780465-2017-40d4-a0c5-307022471b92', 'WindowsDefenderATP'],
  cbsApi: ['e41a7c5d-8f02-4b6e-9d3a-7c5b1e2f9a60', 'Mavuno CBS API'],
  loansApi: ['9a2d4f7c-1e3b-4c5a-8f60-3b7e2d1c9a84', 'Mavuno Field Loans API'],
};

// Conditional Access policies of the tenant (order as the portal lists them).
export const CA = [
  { id: 'a1d4f0c2-6b3e-4f7a-9c21-5e8d3b0a7f14', displayName: 'CA001 - Require MFA for all users outside trusted networks', grant: ['Mfa'] },
  { id: 'b2e5a1d3-7c4f-4a8b-8d32-6f9e4c1b8a25', displayName: 'CA002 - Tellers and call centre: block outside branch and office networks', grant: ['Block'] },
  { id: 'c3f6b2e4-8d5a-4b9c-9e43-7a0f5d2c9b36', displayName: 'CA003 - Block legacy authentication', grant: ['Block'] },
  { id: 'd4a7c3f5-9e6b-4cad-8f54-8b1a6e3dac47', displayName: 'CA004 - Admins: require MFA and compliant device', grant: ['Mfa', 'RequireCompliantDevice'] },
  { id: 'e5b8d4a6-af7c-4dbe-9a65-9c2b7f4ebd58', displayName: 'CA005 - Block sign-ins from countries outside operating footprint (report-only)', grant: ['Block'], reportOnly: true },
  { id: 'f6c9e5b7-b08d-4ecf-8b76-ad3c8a5fce69', displayName: 'CA006 - Guests: require MFA', grant: ['Mfa'] },
  { id: '07dafac8-c19e-4fd0-9c87-be4d9b6adf7a', displayName: 'CA007 - Mobile: require approved client app and 7-day sign-in frequency', grant: ['ApprovedApplication'], session: ['SignInFrequency'] },
];

export const UA = {
  edgeWin: (v = 131) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36 Edg/${v}.0.0.0`,
  chromeWin: (v = 131) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36`,
  chromeMac: (v = 131) => `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36`,
  safariMac: () => 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15',
  chromeAndroid: (model, av = 14, v = 131) => `Mozilla/5.0 (Linux; Android ${av}; ${model}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Mobile Safari/537.36`,
  safariIos: (ios = '18_2') => `Mozilla/5.0 (iPhone; CPU iPhone OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1`,
  teamsWin: () => 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0 Teams/24335.208.3315.1951',
  azcli: () => 'python/3.11.9 (Windows-10-10.0.22631-SP0) msal/1.31.0 azure-cli/2.67.0',
  azcliLinux: () => 'python/3.12.7 (Linux-5.15.0-1074-azure-x86_64-with-glibc2.35) msal/1.31.0 azure-cli/2.67.0',
};

// Handset models for the Android field fleet and personal phones.
export const ANDROID_MODELS = [
  ['SM-A155F', 'Samsung Galaxy A15', 14], ['SM-A055F', 'Samsung Galaxy A05', 14], ['TECNO KJ5', 'Tecno Spark 20', 13],
  ['TECNO BG6', 'Tecno Spark Go 2024', 13], ['Infinix X6831', 'Infinix Hot 40i', 13], ['itel A665L', 'itel A70', 13],
  ['CPH2591', 'Oppo A18', 14], ['SM-A256E', 'Samsung Galaxy A25', 14], ['Redmi 13C', 'Xiaomi Redmi 13C', 14],
];
