// Applications and resources (Microsoft first-party application IDs as they appear in real sign-in logs; the
// university's own enterprise applications get fixed GUIDs), user agents and the status-code table.
export const MS_TENANT = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a';   // owner tenant of Microsoft first-party apps

const A = (name, id, owner = MS_TENANT) => ({ name, id, owner });
export const APP = {
  officeHome: A('OfficeHome', '4765445b-32c6-49b0-83e6-1d93765276ca'),
  exo: A('Office 365 Exchange Online', '00000002-0000-0ff1-ce00-000000000000'),
  spo: A('Office 365 SharePoint Online', '00000003-0000-0ff1-ce00-000000000000'),
  teams: A('Microsoft Teams', '1fec8e78-bce4-4aaf-ab1b-5451cc387264'),
  teamsWeb: A('Microsoft Teams Web Client', '5e3ce6c0-2b1f-4285-8d4b-75ee78787346'),
  office: A('Microsoft Office', 'd3590ed6-52b3-4102-aeff-aad2292ab01c'),
  outlook: A('Microsoft Outlook', '5d661950-3475-41cd-a2c3-d671a3162bc1'),
  outlookMobile: A('Outlook Mobile', '27922004-5251-4030-b22d-91ecd9a37ea4'),
  odSync: A('OneDrive SyncEngine', 'ab9b8c07-8f02-4f72-87fa-80105867a763'),
  odMobile: A('OneDrive', 'af124e86-4e96-495a-b70a-90f90ab96707'),
  broker: A('Microsoft Authentication Broker', '29d9ed98-a469-4536-ade2-f981bc1d605e'),
  winSignIn: A('Windows Sign In', '38aa3b87-a06d-4817-b275-7a316988d93b'),
  edge: A('Microsoft Edge', 'ecd6b820-32c2-49b6-98a6-444530e5a77a'),
  mySignins: A('My Signins', '19db86c3-b2b9-44cc-b339-36da233a3be2'),
  myProfile: A('My Profile', '8c59ead7-d703-4a27-9e55-c96a0054c8d2'),
  companyPortal: A('Microsoft Intune Company Portal', '9ba1a5c7-f17a-4de9-a1f1-6178c8d51223'),
  azurePortal: A('Azure Portal', 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c'),
  azCli: A('Microsoft Azure CLI', '04b07795-8ddb-461a-bbee-02f9e1bf7b46'),
  azPs: A('Microsoft Azure PowerShell', '1950a258-227b-4e31-a9cf-717495945fc2'),
  vscode: A('Visual Studio Code', 'aebc6443-996d-45c2-90f0-388ff96faa56'),
  graphCli: A('Microsoft Graph Command Line Tools', '14d82eec-204b-4c2f-b7e8-296a70dab67e'),
  authenticator: A('Microsoft Authenticator App', '4813382a-8fa7-425e-ab75-3b753aab3abb'),
  exoPs: A('Microsoft Exchange REST API Based Powershell', 'fb78d390-0c51-40cd-8e17-fdbfab77341b'),
  wcss: A('Office365 Shell WCSS-Client', '89bee1f7-5e6e-4d8a-9f3d-ecd601259da7'),
  spoExt: A('SharePoint Online Web Client Extensibility', '08e18876-6177-487e-b8b5-cf950c1e598c'),
  forms: A('Microsoft Forms', 'c9a559d2-7aab-4f13-a6ed-e7e9c52aec87'),
  owa: A('One Outlook Web', '9199bf20-a13f-4107-85dc-02114787ef48'),
  thunderbird: A('Thunderbird', '9e5f94bc-e8a4-4e73-b8be-63364c29d753', 'c0a6ed8f-5b9d-4a5e-9f3e-2b4f1a7e6d10'),
};

export const RES = {
  exo: { name: 'Office 365 Exchange Online', id: '00000002-0000-0ff1-ce00-000000000000' },
  spo: { name: 'Office 365 SharePoint Online', id: '00000003-0000-0ff1-ce00-000000000000' },
  graph: { name: 'Microsoft Graph', id: '00000003-0000-0000-c000-000000000000' },
  aad: { name: 'Windows Azure Active Directory', id: '00000002-0000-0000-c000-000000000000' },
  teamsSvc: { name: 'Microsoft Teams Services', id: 'cc15fd57-2c6c-4117-a88c-83b1d56b4bbe' },
  drs: { name: 'Device Registration Service', id: '01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9' },
  arm: { name: 'Windows Azure Service Management API', id: '797f4846-ba00-4fd7-ba43-dac1f8f63013' },
  officeHome: { name: 'OfficeHome', id: '4765445b-32c6-49b0-83e6-1d93765276ca' },
  mySignins: { name: 'My Signins', id: '19db86c3-b2b9-44cc-b339-36da233a3be2' },
  myProfile: { name: 'My Profile', id: '8c59ead7-d703-4a27-9e55-c96a0054c8d2' },
  intune: { name: 'Microsoft Intune', id: '0000000a-0000-0000-c000-000000000000' },
  intuneEnroll: { name: 'Microsoft Intune Enrollment', id: 'd4ebce55-015a-49b5-a083-c84d1797ae8c' },
  keyVault: { name: 'Azure Key Vault', id: 'cfa8b339-82a2-471a-a3c9-0fc0be7a4093' },
  devops: { name: 'Azure DevOps', id: '499b84ac-1321-427f-aa17-267ca6975798' },
  forms: { name: 'Microsoft Forms', id: 'c9a559d2-7aab-4f13-a6ed-e7e9c52aec87' },
  substrate: { name: 'Office 365 Exchange Online', id: '00000002-0000-0ff1-ce00-000000000000' },
};

/** The university's own enterprise applications (SAML/OIDC SSO). id is filled in by the tenant builder. */
export const ENTERPRISE = [
  { key: 'lms', name: 'Brightspace', who: ['ug', 'pg', 'acad', 'prof', 'it', 'visiting', 'guest'], w: 7 },
  { key: 'sis', name: 'Banner Self-Service', who: ['ug', 'pg', 'acad', 'prof'], w: 2 },
  { key: 'zoom', name: 'Zoom', who: ['ug', 'pg', 'acad', 'prof', 'it', 'visiting'], w: 2 },
  { key: 'adobe', name: 'Adobe Creative Cloud', who: ['ug', 'pg', 'acad', 'prof'], w: 1 },
  { key: 'qualtrics', name: 'Qualtrics', who: ['pg', 'acad', 'prof'], w: 0.6 },
  { key: 'linkedin', name: 'LinkedIn Learning', who: ['ug', 'pg', 'prof'], w: 0.4 },
  { key: 'ezproxy', name: 'Killam Library EZproxy', who: ['ug', 'pg', 'acad', 'visiting'], w: 1.6 },
  { key: 'kaltura', name: 'Kaltura MediaSpace', who: ['ug', 'pg', 'acad'], w: 0.8 },
  { key: 'tophat', name: 'Top Hat', who: ['ug'], w: 1 },
  { key: 'workday', name: 'Workday', who: ['acad', 'prof', 'it', 'visiting'], w: 1.2 },
  { key: 'concur', name: 'SAP Concur', who: ['acad', 'prof'], w: 0.3 },
  { key: 'tdx', name: 'CU Service Portal (TeamDynamix)', who: ['acad', 'prof', 'it', 'ug', 'pg'], w: 0.5 },
  { key: 'handshake', name: 'Handshake', who: ['ug', 'pg'], w: 0.3 },
  { key: 'globus', name: 'Globus', who: ['pg', 'acad', 'it'], w: 0.3 },
  { key: 'ood', name: 'CU Research Computing Portal', who: ['pg', 'acad', 'it'], w: 0.3 },
  { key: 'overleaf', name: 'Overleaf Commons', who: ['pg', 'acad'], w: 0.5 },
  { key: 'slate', name: 'Slate Admissions', who: ['prof'], w: 0.3 },
  { key: 'cuapp', name: 'Chebucto Mobile', who: ['ug', 'pg'], w: 0.5 },
];

// Status codes: Status column, Failure reason text.
const R = (status, reason) => ({ status, reason });
export const CODES = {
  0: R('Success', ''),
  16000: R('Interrupted', 'Either multiple user identities are available for the current request or selected account is not supported for the scenario.'),
  50034: R('Failure', 'The user account does not exist in the chebucto.ca directory. To sign into this application, the account must be added to the directory.'),
  50053: R('Failure', 'Account is locked because user tried to sign in too many times with an incorrect user ID or password.'),
  50055: R('Failure', 'The password is expired.'),
  50057: R('Failure', 'User account is disabled. The account has been disabled by an administrator.'),
  50058: R('Interrupted', 'Session information is not sufficient for single-sign-on.'),
  50072: R('Interrupted', 'User needs to enroll for second factor authentication.'),
  50074: R('Interrupted', 'Strong Authentication is required.'),
  50076: R('Interrupted', "Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access the resource."),
  50079: R('Interrupted', 'Due to a configuration change made by your administrator, or because you moved to a new location, you must enroll in multi-factor authentication to access the resource.'),
  50089: R('Failure', 'Flow token expired - Authentication Failed. Have the user try signing-in again with username -password.'),
  50105: R('Failure', 'The signed in user is not assigned to a role for the application.'),
  50125: R('Interrupted', 'Sign-in was interrupted due to a password reset or password registration entry.'),
  50126: R('Failure', 'Error validating credentials due to invalid username or password.'),
  50133: R('Failure', 'Session is invalid due to expiration or recent password change.'),
  50140: R('Interrupted', "This error occurred due to 'Keep me signed in' interrupt when the user was signing-in."),
  50173: R('Failure', 'The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.'),
  50199: R('Interrupted', 'For security reasons, user confirmation is required for this request. Please repeat the request allowing user interaction.'),
  53000: R('Failure', 'Device is not in required device state: compliant. Conditional Access policy requires a compliant device, and the device is not compliant.'),
  53003: R('Failure', 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.'),
  65001: R('Failure', "The user or administrator has not consented to use the application. Send an interactive authorization request for this user and resource."),
  70043: R('Failure', 'The refresh token has expired or is invalid due to sign-in frequency checks by conditional access.'),
  70044: R('Failure', 'The session has expired or is invalid due to sign-in frequency checks by conditional access.'),
  90095: R('Interrupted', 'Admin consent is required for the permissions requested by this application. An admin consent request may be sent to the admin.'),
  500121: R('Failure', 'Authentication failed during strong authentication request.'),
  700082: R('Failure', 'The refresh token has expired due to inactivity. The token was issued on a date more than 90 days ago and was inactive for 90.00:00:00.'),
};

// User agents and device descriptions.
export const CHROME = '142.0.0.0', EDGE = '142.0.0.0', FF = '144.0', SAFARI = '26.0';
export const UA = {
  chromeWin: `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${CHROME} Safari/537.36`,
  edgeWin: `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${EDGE} Safari/537.36 Edg/${EDGE}`,
  ffWin: `Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:${FF}) Gecko/20100101 Firefox/${FF}`,
  chromeMac: `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${CHROME} Safari/537.36`,
  safariMac: `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${SAFARI} Safari/605.1.15`,
  ffLinux: `Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:${FF}) Gecko/20100101 Firefox/${FF}`,
  chromeLinux: `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${CHROME} Safari/537.36`,
  chromeOS: `Mozilla/5.0 (X11; CrOS x86_64 16433.61.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${CHROME} Safari/537.36`,
  safariIphone: `Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${SAFARI} Mobile/15E148 Safari/604.1`,
  safariIpad: `Mozilla/5.0 (iPad; CPU OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${SAFARI} Mobile/15E148 Safari/604.1`,
  chromeAndroid: `Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${CHROME} Mobile Safari/537.36`,
  wam: 'Windows-AzureAD-Authentication-Provider/1.0',
  msal: 'Mozilla/5.0 (compatible; MSAL 1.0) PKeyAuth/1.0',
  outlookIos: 'Outlook-iOS/2.0',
  outlookAndroid: 'Outlook-Android/2.0',
  teamsIos: 'Teams/7.24.1 (iPhone; iOS 18.6.2; Scale/3.00)',
  dalvik: (model) => `Dalvik/2.1.0 (Linux; U; Android 14; ${model} Build/UP1A.231005.007)`,
  macOffice: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Mac OS X/15.6.1 (24G90); Microsoft Outlook 16.102.25101232',
  azCli: 'python/3.12.10 (Linux-6.8.0-1036-azure-x86_64-with-glibc2.39) AZURECLI/2.78.0 (DEB)',
  azCliHpc: 'python/3.11.9 (Linux-5.14.0-503.40.1.el9_5.x86_64-x86_64-with-glibc2.34) AZURECLI/2.78.0 (RPM)',
  azPs: 'Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.26100; en-CA) PowerShell/7.5.3',
  vscode: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Code/1.105.1 Chrome/138.0.7204.251 Electron/37.6.0 Safari/537.36',
  mtr: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36 Edg/138.0.0.0 Teams/25255.703.3869.5718 MicrosoftTeamsRoom/5.4.57.0',
  thunderbird: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Thunderbird/140.4.0',
};

export const BROWSER = {
  chromeWin: `Chrome ${CHROME.split('.').slice(0, 3).join('.')}`, edgeWin: `Edge ${EDGE.split('.').slice(0, 3).join('.')}`,
  ffWin: `Firefox ${FF}`, chromeMac: `Chrome ${CHROME.split('.').slice(0, 3).join('.')}`, safariMac: `Safari ${SAFARI}`,
  ffLinux: `Firefox ${FF}`, chromeLinux: `Chrome ${CHROME.split('.').slice(0, 3).join('.')}`, chromeOS: `Chrome ${CHROME.split('.').slice(0, 3).join('.')}`,
  safariIphone: 'Mobile Safari', safariIpad: 'Mobile Safari', chromeAndroid: `Chrome Mobile ${CHROME.split('.').slice(0, 3).join('.')}`,
};

export const ANDROID_MODELS = ['SM-S911W', 'SM-A546W', 'Pixel 8', 'Pixel 7a', 'SM-S921W', 'moto g 5G - 2024', 'CPH2581', '23129RAA4G', 'SM-A156W', 'Pixel 9'];
