// First-party and tenant applications, resources, user agents, error texts and the tenant's
// Conditional Access policies.

export const MS_TENANT = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a';

// key: [appId, displayName, owner ('ms' or 'tenant' or a tenant id)]
export const APPS = {
  teams: ['1fec8e78-bce4-4aaf-ab1b-5451cc387264', 'Microsoft Teams', 'ms'],
  teamsWeb: ['5e3ce6c0-2b1f-4285-8d4b-75ee78787346', 'Microsoft Teams Web Client', 'ms'],
  office: ['d3590ed6-52b3-4102-aeff-aad2292ab01c', 'Microsoft Office', 'ms'],
  officeHome: ['4765445b-32c6-49b0-83e6-1d93765276ca', 'OfficeHome', 'ms'],
  owa: ['00000002-0000-0ff1-ce00-000000000000', 'Office 365 Exchange Online', 'ms'],
  outlookMobile: ['27922004-5251-4030-b22d-91ecd9a37ea4', 'Outlook Mobile', 'ms'],
  newOutlook: ['5d661950-3475-41cd-a2c3-d671a3162bc1', 'Microsoft Outlook', 'ms'],
  oneDrive: ['ab9b8c07-8f02-4f72-87fa-80105867a763', 'OneDrive SyncEngine', 'ms'],
  sharepoint: ['00000003-0000-0ff1-ce00-000000000000', 'Office 365 SharePoint Online', 'ms'],
  windowsSignIn: ['38aa3b87-a06d-4817-b275-7a316988d93b', 'Windows Sign In', 'ms'],
  broker: ['29d9ed98-a469-4536-ade2-f981bc1d605e', 'Microsoft Authentication Broker', 'ms'],
  edge: ['ecd6b820-32c2-49b6-98a6-444530e5a77a', 'Microsoft Edge', 'ms'],
  azureCli: ['04b07795-8ddb-461a-bbee-02f9e1bf7b46', 'Microsoft Azure CLI', 'ms'],
  azurePs: ['1950a258-227b-4e31-a9cf-717495945fc2', 'Microsoft Azure PowerShell', 'ms'],
  graphCli: ['14d82eec-204b-4c2f-b7e8-296a70dab67e', 'Microsoft Graph Command Line Tools', 'ms'],
  graphExplorer: ['de8bc8b5-d9f9-48b1-a8ad-b748da725064', 'Graph Explorer', 'ms'],
  azurePortal: ['c44b4083-3bb0-49c1-b47d-974e53cbdf3c', 'Azure Portal', 'ms'],
  aadPowerShell: ['1b730954-1685-4b74-9bfd-dac224a7b894', 'Azure Active Directory PowerShell', 'ms'],
  mySignins: ['19db86c3-b2b9-44cc-b339-36da233a3be2', 'My Signins', 'ms'],
  companyPortal: ['9ba1a5c7-f17a-4de9-a1f1-6178c8d51223', 'Microsoft Intune Company Portal', 'ms'],
  authenticator: ['4813382a-8fa7-425e-ab75-3b753aab3abb', 'Microsoft Authenticator App', 'ms'],
  avd: ['a85cf173-4192-42f8-81fa-777a763e6e2c', 'Azure Virtual Desktop Client', 'ms'],
  // Tenant applications (SAML / OIDC enterprise apps)
  dips: ['7f3b4c1e-5a2d-4e88-9b10-2c6d8e4f1a01', 'DIPS Arena', 'tenant'],
  millennium: ['a2c4e6f8-1b3d-4f5a-8c7e-9d0b1a2c3e02', 'Millennium PowerChart', 'tenant'],
  sundhed: ['c3d5e7f9-2a4b-4c6d-8e0f-1a3b5c7d9e03', 'Sundhedsplatformen (Epic Hyperspace)', 'tenant'],
  nhsEpr: ['d4e6f8a0-3b5c-4d7e-9f1a-2b4c6d8e0f04', 'Cerner Millennium NCL', 'tenant'],
  canvas: ['e5f7a9b1-4c6d-4e8f-a0b2-3c5d7e9f1a05', 'Canvas LMS', 'tenant'],
  rota: ['f6a8b0c2-5d7e-4f9a-b1c3-4d6e8f0a2b06', 'Allocate HealthRoster', 'tenant'],
  servicenow: ['0a1b2c3d-6e8f-4a0b-c2d4-5e7f9a1b3c07', 'ServiceNow', 'tenant'],
  lims: ['1b2c3d4e-7f9a-4b1c-93e5-6f8a0b2c4d08', 'Medilab LIMS Gateway', 'tenant'],
  pacs: ['2c3d4e5f-8a0b-4c2d-a4f6-7a9b1c3d5e09', 'Sectra PACS Image Exchange', 'tenant'],
  redcap: ['3d4e5f6a-9b1c-4d3e-b5a7-8b0c2d4e6f10', 'REDCap Research Data', 'tenant'],
};

// Resources: [resourceId, displayName]
export const RES = {
  graph: ['00000003-0000-0000-c000-000000000000', 'Microsoft Graph'],
  aad: ['00000002-0000-0000-c000-000000000000', 'Windows Azure Active Directory'],
  exo: ['00000002-0000-0ff1-ce00-000000000000', 'Office 365 Exchange Online'],
  spo: ['00000003-0000-0ff1-ce00-000000000000', 'Office 365 SharePoint Online'],
  teamsSvc: ['cc15fd57-2c6c-4117-a88c-83b1d56b4bbe', 'Microsoft Teams Services'],
  skype: ['00000004-0000-0ff1-ce00-000000000000', 'Skype for Business Online'],
  arm: ['797f4846-ba00-4fd7-ba43-dac1f8f63013', 'Windows Azure Service Management API'],
  drs: ['01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', 'Device Registration Service'],
  officeHome: ['4765445b-32c6-49b0-83e6-1d93765276ca', 'OfficeHome'],
  intune: ['0000000a-0000-0000-c000-000000000000', 'Microsoft Intune'],
  avd: ['9cdead84-a844-4324-93f2-b2e6bb768d07', 'Azure Virtual Desktop'],
  substrate: ['4c7e0aa1-43a4-4d1a-b2b0-6f9f1a1c4c11', 'Office 365 Search Service'],
};

export const UA = {
  winEdge: ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0', 'Edge 131.0.0', 'Windows10'],
  winEdge130: ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0', 'Edge 130.0.0', 'Windows10'],
  winChrome: ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', 'Chrome 131.0.0', 'Windows10'],
  winChrome129: ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36', 'Chrome 129.0.0', 'Windows10'],
  winFirefox: ['Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0', 'Firefox 132.0', 'Windows10'],
  macSafari: ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15', 'Safari 18.1', 'MacOs'],
  macChrome: ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', 'Chrome 131.0.0', 'MacOs'],
  macFirefox: ['Mozilla/5.0 (Macintosh; Intel Mac OS X 14.7; rv:132.0) Gecko/20100101 Firefox/132.0', 'Firefox 132.0', 'MacOs'],
  linuxFirefox: ['Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0', 'Firefox 132.0', 'Linux'],
  iphoneSafari: ['Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1', 'Mobile Safari 18.1', 'Ios'],
  iphoneApp: ['Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148', 'Mobile Safari', 'Ios'],
  iphoneApp17: ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148', 'Mobile Safari', 'Ios'],
  androidChrome: ['Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.39 Mobile Safari/537.36', 'Chrome Mobile 131.0.6778', 'Android'],
  androidApp: ['Dalvik/2.1.0 (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)', 'Rich Client 4.61.0', 'Android'],
  androidPixel: ['Dalvik/2.1.0 (Linux; U; Android 15; Pixel 8 Build/AP3A.241105.007)', 'Rich Client 4.61.0', 'Android'],
  winSignIn: ['Windows-AzureAD-Authentication-Provider/1.0', 'Rich Client 10.0.22631', 'Windows10'],
  winSignIn10: ['Windows-AzureAD-Authentication-Provider/1.0', 'Rich Client 10.0.19045', 'Windows10'],
  outlookWin: ['Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.18129; Pro)', 'Rich Client 16.0.18129', 'Windows10'],
  outlookMac: ['Microsoft Office/16.0 (Macintosh; Mac OS X 14.7; Microsoft Outlook 16.91)', 'Rich Client 16.91', 'MacOs'],
  oneDriveWin: ['Microsoft SkyDriveSync 24.201.1006.0005 ship; Windows NT 10.0 (22631)', 'Rich Client 24.201', 'Windows10'],
  azCliWin: ['python/3.11.9 (Windows-10-10.0.22631-SP0) msal/1.31.0 azure-cli/2.66.0', 'Rich Client 1.31.0', 'Windows10'],
  azCliLinux: ['python/3.12.3 (Linux-6.8.0-48-generic-x86_64-with-glibc2.39) msal/1.31.0 azure-cli/2.66.0', 'Rich Client 1.31.0', 'Linux'],
  pwsh: ['Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.22631; en-GB) PowerShell/7.4.6', 'Rich Client 7.4.6', 'Windows10'],
  teamsRoom: ['Dalvik/2.1.0 (Linux; U; Android 12; Logi Rally Bar Build/SKQ1.221013.001)', 'Rich Client 4.61.0', 'Android'],
  none: ['', '', ''],
  // tools seen in attacks in public reporting
  fasthttp: ['fasthttp', '', ''],
  axios: ['axios/1.7.9', '', ''],
  pyRequests: ['python-requests/2.32.3', '', ''],
  emclient: ['eM Client/10.1.4588.0', 'Rich Client 10.1', 'Windows10'],
};

export const ERR = {
  0: '',
  50126: 'Error validating credentials due to invalid username or password.',
  50053: 'Account is locked because user tried to sign in too many times with an incorrect user ID or password.',
  50034: 'The user account does not exist in the directory. To sign into this application, the account must be added to the directory.',
  50057: 'User account is disabled. The account has been disabled by an administrator.',
  50055: 'The password is expired.',
  50074: 'Strong Authentication is required.',
  50076: 'Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access',
  50079: 'Due to a configuration change made by your administrator, or because you moved to a new location, you must enroll in multi-factor authentication to access',
  50072: 'User needs to enroll for second factor authentication (interactive)',
  500121: 'Authentication failed during strong authentication request.',
  50140: "This error occurred due to 'Keep me signed in' interrupt when the user was signing in.",
  50158: 'External security challenge was not satisfied.',
  53003: 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
  53000: 'Device is not in required device state: compliant. Conditional Access policy requires a compliant device, and the device is not compliant.',
  50173: 'The provided grant has expired due to it being revoked, a fresh auth token is needed.',
  70043: 'The refresh token has expired or is invalid due to sign-in frequency checks by conditional access.',
  700082: 'The refresh token has expired due to inactivity.',
  50133: 'Session is invalid due to expiration or recent password change.',
  50132: 'Session is invalid due to expiration or recent password change.',
  50089: 'Flow token expired - Authentication Failed.',
  65001: "The user or administrator has not consented to use the application with ID '{appId}'.",
  50097: 'Device authentication is required.',
  50125: 'Sign-in was interrupted due to a password reset or password registration entry.',
  50199: 'For security reasons, user confirmation is required for this request.',
  16000: 'Either multiple user identities are available for the current request or selected account is not supported for the scenario.',
  50058: 'Session information is not sufficient for single-sign-on.',
  70016: 'OAuth 2.0 device flow error. Authorization is pending. Continue polling.',
  81010: "Seamless SSO failed because the user's Kerberos ticket has expired or is invalid.",
  9002341: 'User is required to permit SSO.',
};

/** Portal "Status" cell for an error code. */
export function statusWord(code) {
  if (code === 0) return 'Success';
  return [50140, 50072, 50074, 50097, 50125, 50199, 50058, 65001, 16000, 70016, 9002341].includes(code) ? 'Interrupted' : 'Failure';
}

export const CA = [
  ['CA001 - All users - Require MFA', 'mfa'],
  ['CA002 - All users - Block legacy authentication', 'legacy'],
  ['CA003 - Clinical shared workstations - Trusted network password sign-in', 'kiosk'],
  ['CA004 - Privileged roles - MFA and 4h sign-in frequency', 'admin'],
  ['CA005 - Patient data sites - Require compliant device', 'compliant'],
  ['CA006 - Guests - Require MFA and terms of use', 'guest'],
];

// Hospital-group apps per site: electronic patient record
export const EPR = { BGO: 'dips', GOT: 'millennium', AAR: 'sundhed', NCL: 'nhsEpr', ABZ: 'redcap' };
