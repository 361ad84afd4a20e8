// The fictional tenant's world: time window, places, networks, apps, failure texts, clients.
export const HOUR = 3_600_000, MIN = 60_000, DAY = 24 * HOUR;
export const START = Date.UTC(2026, 10, 2); // Mon 2026-11-02 00:00 UTC
export const DAYS = 14;
export const END = START + DAYS * DAY;

export const TENANT = { id: '6b1f3c2e-9d4a-4e57-8a31-2c7d5e0f9a14', name: 'Kaveri Digital Services', domain: 'kaveridigital.in' };

// Offsets from UTC in November (IST has no DST; Poland/Germany CET; UK GMT; US Eastern EST, Central CST; Gulf GST).
export const TZ = { IN: 5.5, PL: 1, DE: 1, UK: 0, USE: -5, USC: -6, AE: 4, QA: 3, SG: 8 };

export const L = (city, state, cc) => ({ city, state, cc });
export const PLACES = {
  blr: L('Bengaluru', 'Karnataka', 'IN'), pune: L('Pune', 'Maharashtra', 'IN'), chn: L('Chennai', 'Tamil Nadu', 'IN'),
  hyd: L('Hyderabad', 'Telangana', 'IN'), kol: L('Kolkata', 'West Bengal', 'IN'), mum: L('Mumbai', 'Maharashtra', 'IN'),
  del: L('New Delhi', 'Delhi', 'IN'), mys: L('Mysuru', 'Karnataka', 'IN'), cbe: L('Coimbatore', 'Tamil Nadu', 'IN'),
  nsk: L('Nashik', 'Maharashtra', 'IN'), vjw: L('Vijayawada', 'Andhra Pradesh', 'IN'), bbi: L('Bhubaneswar', 'Odisha', 'IN'),
  krk: L('Krakow', 'Malopolskie', 'PL'), waw: L('Warsaw', 'Mazowieckie', 'PL'),
  nj: L('Jersey City', 'New Jersey', 'US'), nyc: L('New York', 'New York', 'US'), dal: L('Dallas', 'Texas', 'US'),
  chi: L('Chicago', 'Illinois', 'US'), ash: L('Ashburn', 'Virginia', 'US'), sea: L('Seattle', 'Washington', 'US'),
  lon: L('London', 'England', 'GB'), man: L('Manchester', 'England', 'GB'), mun: L('Munich', 'Bavaria', 'DE'),
  fra: L('Frankfurt am Main', 'Hesse', 'DE'), dxb: L('Dubai', 'Dubai', 'AE'), doh: L('Doha', 'Baladiyat ad Dawhah', 'QA'),
  sin: L('Singapore', 'Central Singapore', 'SG'), ams: L('Amsterdam', 'North Holland', 'NL'),
};

/**
 * Networks. `pre` = list of /16 (or /24 when 3 octets) prefixes; each network hands out addresses inside them.
 * kind: res (residential, address changes daily), mob (mobile CGNAT, small shared pool), office, vdi, vpn, cloud, hotel, client.
 */
const N = (key, name, asn, pre, locs, kind) => ({ key, name, asn, pre, locs, kind });
export const NETS = {
  // Indian residential broadband
  jioFiber: N('jioFiber', 'Reliance Jio Fiber', 55836, ['49.36', '49.37', '49.204'], null, 'res'),
  airtelBb: N('airtelBb', 'Bharti Airtel broadband', 24560, ['122.171', '122.172', '182.73'], null, 'res'),
  act: N('act', 'Atria Convergence (ACT)', 24309, ['106.51', '49.207', '183.82'], null, 'res'),
  bsnl: N('bsnl', 'BSNL', 9829, ['117.193', '59.92', '117.248'], null, 'res'),
  hathway: N('hathway', 'Hathway', 17488, ['103.211', '115.99'], null, 'res'),
  // Indian mobile carriers (CGNAT; the gateway city is not the user's city)
  jioMob: N('jioMob', 'Reliance Jio 4G/5G', 55836, ['157.32', '157.38', '152.58'], ['mum', 'del', 'hyd', 'blr', 'chn'], 'mob'),
  airtelMob: N('airtelMob', 'Airtel mobile', 45609, ['106.195', '106.206', '223.187'], ['mum', 'del', 'chn', 'kol'], 'mob'),
  viMob: N('viMob', 'Vodafone Idea', 38266, ['42.106', '42.111', '27.97'], ['mum', 'pune', 'del'], 'mob'),
  // Poland
  orangePl: N('orangePl', 'Orange Polska', 5617, ['83.26', '89.64', '31.60'], ['krk'], 'res'),
  upcPl: N('upcPl', 'UPC Polska', 6830, ['89.73', '178.235'], ['krk'], 'res'),
  plMob: N('plMob', 'T-Mobile Polska', 12912, ['37.47', '46.134'], ['waw', 'krk'], 'mob'),
  // US / UK / DE residential & mobile (guests, onsite staff's evenings)
  comcast: N('comcast', 'Comcast', 7922, ['73.215', '98.109', '24.91'], ['nj', 'nyc', 'chi'], 'res'),
  verizonMob: N('verizonMob', 'Verizon Wireless', 22394, ['174.204', '174.212'], ['nyc', 'nj', 'dal'], 'mob'),
  att: N('att', 'AT&T', 7018, ['99.61', '104.5'], ['dal', 'chi'], 'res'),
  bt: N('bt', 'British Telecom', 2856, ['86.151', '81.129'], ['lon', 'man'], 'res'),
  vodaUk: N('vodaUk', 'Vodafone UK', 25135, ['148.252'], ['lon', 'man'], 'mob'),
  dtag: N('dtag', 'Deutsche Telekom', 3320, ['87.159', '91.64'], ['mun', 'fra'], 'res'),
  // Offices (a handful of NAT addresses each)
  ofcBlr: N('ofcBlr', 'Tata Communications (Kaveri Bengaluru campus)', 4755, ['14.143.62'], ['blr'], 'office'),
  ofcPune: N('ofcPune', 'Airtel enterprise (Kaveri Pune)', 9498, ['125.22.41'], ['pune'], 'office'),
  ofcChn: N('ofcChn', 'Tata Communications (Kaveri Chennai)', 4755, ['14.141.118'], ['chn'], 'office'),
  ofcHyd: N('ofcHyd', 'Sify (Kaveri Hyderabad)', 9583, ['202.144.87'], ['hyd'], 'office'),
  ofcKol: N('ofcKol', 'Tata Communications (Kaveri Kolkata)', 4755, ['14.140.201'], ['kol'], 'office'),
  ofcKrk: N('ofcKrk', 'Orange Polska business (Kaveri Krakow)', 5617, ['213.77.94'], ['krk'], 'office'),
  // VDI egress: Azure Virtual Desktop (Central India / South India) and the Citrix farm in the Chennai DC
  avd: N('avd', 'Microsoft Azure (AVD Central India)', 8075, ['20.197.118', '20.204.171'], ['pune', 'chn'], 'vdi'),
  citrix: N('citrix', 'Tata Communications (Kaveri Chennai DC Citrix)', 4755, ['14.141.119'], ['chn'], 'vdi'),
  // Corporate VPN (Zscaler-style egress in several countries)
  zsIn: N('zsIn', 'Zscaler (Mumbai / Chennai)', 62044, ['165.225.104', '165.225.122'], ['mum', 'chn'], 'vpn'),
  zsEu: N('zsEu', 'Zscaler (Frankfurt / London)', 62044, ['165.225.72', '165.225.80'], ['fra', 'lon'], 'vpn'),
  zsUs: N('zsUs', 'Zscaler (New York / Dallas)', 62044, ['165.225.38', '165.225.216'], ['nyc', 'dal'], 'vpn'),
  zsMe: N('zsMe', 'Zscaler (Dubai)', 62044, ['147.161.163'], ['dxb'], 'vpn'),
  // Cloud: build VMs and jump boxes, Codespaces, the HRMS vendor, the monitoring VM
  azBuild: N('azBuild', 'Microsoft Azure (Central India build VMs)', 8075, ['4.213.52', '20.192.13'], ['pune'], 'cloud'),
  codespaces: N('codespaces', 'Microsoft Azure (GitHub Codespaces)', 8075, ['20.84.230', '52.190.41', '20.61.94'], ['ash', 'ash', 'ams'], 'cloud'),
  jump: N('jump', 'Tata Communications (Kaveri Bengaluru DC jump boxes)', 4755, ['14.143.63'], ['blr'], 'cloud'),
  hrmsVendor: N('hrmsVendor', 'Amazon AWS ap-south-1 (HRMS vendor)', 16509, ['13.234.88'], ['mum'], 'cloud'),
  monitorVm: N('monitorVm', 'Microsoft Azure (South India monitoring VM)', 8075, ['52.172.41'], ['chn'], 'cloud'),
  // Hotels, airports, client premises abroad
  hotelUs: N('hotelUs', 'Hospitality Network (US hotel Wi-Fi)', 40934, ['66.187.34', '209.23.112'], ['nj', 'dal', 'nyc'], 'hotel'),
  hotelUk: N('hotelUk', 'Hotel Wi-Fi (UK, Virgin Media Business)', 5089, ['62.252.218'], ['lon', 'man'], 'hotel'),
  hotelDe: N('hotelDe', 'Hotel Wi-Fi (DE, Vodafone Business)', 3209, ['188.192.71'], ['mun', 'fra'], 'hotel'),
  hotelMe: N('hotelMe', 'Emirates Integrated Telecom (hotel)', 15802, ['94.204.176', '94.200.32'], ['dxb', 'doh'], 'hotel'),
  airport: N('airport', 'Airport Wi-Fi (Boingo)', 22581, ['64.213.14', '185.103.42'], ['nyc', 'lon', 'dxb', 'fra'], 'hotel'),
  clientNj: N('clientNj', 'Meridian Trust Bank (client, NJ)', 394118, ['198.203.176'], ['nj'], 'client'),
  clientTx: N('clientTx', 'Lonestar Insurance Group (client, TX)', 393544, ['192.131.44'], ['dal'], 'client'),
  clientLon: N('clientLon', 'Halberd Retail plc (client, London)', 206554, ['195.59.118'], ['lon'], 'client'),
  clientMun: N('clientMun', 'Isarwerk Automotive AG (client, Munich)', 208611, ['193.28.172'], ['mun'], 'client'),
};

/** An address inside a network; for residential networks the third octet walks with `salt` so addresses change. */
export function ipIn(net, rng) {
  const p = rng.pick(net.pre);
  const parts = p.split('.').length;
  if (parts === 3) return `${p}.${rng.int(2, 254)}`;
  return `${p}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

// ---- apps and resources (first-party ids as published; tenant apps get ids of their own) ----
const MS = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a';
const A = (name, id, owner = MS) => ({ name, id, owner });
export const APPS = {
  office: A('Microsoft Office', 'd3590ed6-52b3-4102-aeff-aad2292ab01c'),
  officeHome: A('OfficeHome', '4765445b-32c6-49b0-83e6-1d93765276ca'),
  owa: A('One Outlook Web', '9199bf20-a13f-4107-85dc-02114787ef48'),
  outlookMobile: A('Outlook Mobile', '27922004-5251-4030-b22d-91ecd9a37ea4'),
  teams: A('Microsoft Teams', '1fec8e78-bce4-4aaf-ab1b-5451cc387264'),
  teamsWeb: A('Microsoft Teams Web Client', '5e3ce6c0-2b1f-4285-8d4b-75ee78787346'),
  onedrive: A('OneDrive SyncEngine', 'ab9b8c07-8f02-4f72-87fa-80105867a763'),
  sharepoint: A('SharePoint Online Web Client Extensibility', '08e18876-6177-487e-b8b5-cf950c1e598c'),
  winSignIn: A('Windows Sign In', '38aa3b87-a06d-4817-b275-7a316988d93b'),
  broker: A('Microsoft Authentication Broker', '29d9ed98-a469-4536-ade2-f981bc1d605e'),
  edge: A('Microsoft Edge', 'ecd6b820-32c2-49b6-98a6-444530e5a77a'),
  portal: A('Azure Portal', 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c'),
  azCli: A('Microsoft Azure CLI', '04b07795-8ddb-461a-bbee-02f9e1bf7b46'),
  azPs: A('Microsoft Azure PowerShell', '1950a258-227b-4e31-a9cf-717495945fc2'),
  vscode: A('Visual Studio Code', 'aebc6443-996d-45c2-90f0-388ff96faa56'),
  graphCli: A('Microsoft Graph Command Line Tools', '14d82eec-204b-4c2f-b7e8-296a70dab67e'),
  mySignins: A('My Signins', '19db86c3-b2b9-44cc-b339-36da233a3be2'),
  companyPortal: A('Microsoft Intune Company Portal', '9ba1a5c7-f17a-4de9-a1f1-6178c8d51223'),
  avdClient: A('Azure Virtual Desktop Client', 'a85cf173-4192-42f8-81fa-777a763e6e2c'),
  entraAdmin: A('Microsoft Entra admin center', 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c'),
  exo: A('Office 365 Exchange Online', '00000002-0000-0ff1-ce00-000000000000'),
  // tenant / third-party enterprise apps
  citrix: A('Citrix Workspace (Kaveri)', '3d7e0a52-6c41-4f0b-9e27-a81c5f4d2b96', TENANT.id),
  darwinbox: A('Darwinbox HRMS', '8a2c6f13-5e70-4b9d-a1c4-7f3e90b25d68', '5f0c1a7e-2b94-4d63-8e15-c7a2d9f04b31'),
  payroll: A('Kaveri Payroll Portal', 'c71b2e94-0d3a-4f58-b6e1-29a8d4c7f053', TENANT.id),
  hrmsSync: A('Kaveri HRMS Directory Sync', 'e4a9c0d2-7b16-4f35-9c8e-5d21b3a7f690', TENANT.id),
  monitor: A('Kaveri M365 Service Monitor', '9f3d5b71-2a8c-4e06-b4d9-0c6e1f7a2b58', TENANT.id),
  jira: A('Atlassian Cloud', '2c3a0e87-4f91-4b6d-8e52-a7d10c9f3b46', 'a5f1e2c3-6d84-4b07-9c31-e0f2b7d58a19'),
  servicenow: A('ServiceNow (Kaveri ITSM)', '61e8b4d3-9c27-4a05-b3f6-d82e17a0c594', TENANT.id),
  ciscoWebex: A('Cisco Webex', '7b0d2f46-1e39-4c8a-a5d7-3f9b60e2c181', 'c0f9e8d7-6b5a-4f3e-8d2c-1b0a9f8e7d6c'),
  zoom: A('Zoom', '0d7a3c59-e2b4-4f16-8a93-b5c07d1e64f2', 'e1d2c3b4-a596-4877-8695-a4b3c2d1e0f9'),
  miro: A('Miro', 'b25e9f03-7c4d-4a81-96e2-0f3d8a1c5b77', 'f9e8d7c6-b5a4-4938-8271-6a5b4c3d2e1f'),
};
const R = (name, id, owner = MS) => ({ name, id, owner });
export const RES = {
  graph: R('Microsoft Graph', '00000003-0000-0000-c000-000000000000'),
  exo: R('Office 365 Exchange Online', '00000002-0000-0ff1-ce00-000000000000'),
  spo: R('Office 365 SharePoint Online', '00000003-0000-0ff1-ce00-000000000000'),
  teams: R('Microsoft Teams Services', 'cc15fd57-2c6c-4117-a88c-83b1d56b4bbe'),
  arm: R('Windows Azure Service Management API', '797f4846-ba00-4fd7-ba43-dac1f8f63013'),
  aadGraph: R('Windows Azure Active Directory', '00000002-0000-0000-c000-000000000000'),
  drs: R('Device Registration Service', '01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9'),
  avd: R('Azure Virtual Desktop', '9cdead84-a844-4324-93f2-b2e6bb768d07'),
  officeHome: R('OfficeHome', '4765445b-32c6-49b0-83e6-1d93765276ca'),
  intune: R('Microsoft Intune Enrollment', 'd4ebce55-015a-49b5-a083-c84d1797ae8c'),
  keyvault: R('Azure Key Vault', 'cfa8b339-82a2-471a-a3c9-0fc0be7a4093'),
  devops: R('Azure DevOps', '499b84ac-1321-427f-aa17-267ca6975798'),
  citrix: R('Citrix Workspace (Kaveri)', '3d7e0a52-6c41-4f0b-9e27-a81c5f4d2b96', TENANT.id),
  darwinbox: R('Darwinbox HRMS', '8a2c6f13-5e70-4b9d-a1c4-7f3e90b25d68', '5f0c1a7e-2b94-4d63-8e15-c7a2d9f04b31'),
  payroll: R('Kaveri Payroll Portal', 'c71b2e94-0d3a-4f58-b6e1-29a8d4c7f053', TENANT.id),
  jira: R('Atlassian Cloud', '2c3a0e87-4f91-4b6d-8e52-a7d10c9f3b46', 'a5f1e2c3-6d84-4b07-9c31-e0f2b7d58a19'),
  servicenow: R('ServiceNow (Kaveri ITSM)', '61e8b4d3-9c27-4a05-b3f6-d82e17a0c594', TENANT.id),
};

// Failure reasons: the description after the symbolic name in aadsts-error-codes.md, shortened to its first sentence.
export const ERR = {
  50126: 'Error validating credentials due to invalid username or password.',
  50074: 'Strong Authentication is required.',
  50076: 'Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access the resource.',
  500121: 'Authentication failed during strong authentication request.',
  50140: "This error occurred due to 'Keep me signed in' interrupt when the user was signing in.",
  53003: 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
  53000: 'Device is not in required device state: compliant. Conditional Access policy requires a compliant device, and the device is not compliant.',
  50057: 'User account is disabled. The account has been disabled by an administrator.',
  50053: 'Account is locked because user tried to sign in too many times with an incorrect user ID or password.',
  50055: 'The password is expired.',
  70043: 'The refresh token has expired or is invalid due to sign-in frequency checks by conditional access.',
  700082: 'The refresh token has expired due to inactivity.',
  50133: 'Session is invalid due to expiration or recent password change.',
  50173: 'The provided grant has expired due to it being revoked, a fresh auth token is needed.',
  50097: 'Device authentication is required.',
  50089: 'Flow token expired - Authentication Failed.',
  50072: 'User needs to enroll for second factor authentication (interactive).',
  50034: 'The user account does not exist in the directory.',
  50058: 'Session information is not sufficient for single-sign-on.',
  16000: 'Either multiple user identities are available for the current request or selected account is not supported for the scenario.',
  65001: 'The user or administrator has not consented to use the application.',
  50199: 'For security reasons, user confirmation is required for this request.',
  50125: 'Sign-in was interrupted due to a password reset or password registration entry.',
  81010: "Seamless SSO failed because the user's Kerberos ticket has expired or is invalid.",
  50158: 'External security challenge was not satisfied.',
};
export const STATUS_OF = (code) => (code === 0 ? 'Success' : [50074, 50076, 50140, 50072, 50125, 50199, 50058, 16000, 50097].includes(code) ? 'Interrupted' : 'Failure');

// ---- clients (user agents / browser / OS strings) ----
export const CLIENTS = {
  winEdge: { ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.2849.68', browser: 'Edge 130.0.2849', os: 'Windows 10' },
  winChrome: { ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36', browser: 'Chrome 130.0.0', os: 'Windows 10' },
  macSafari: { ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15', browser: 'Safari 18.1', os: 'MacOs' },
  macChrome: { ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36', browser: 'Chrome 130.0.0', os: 'MacOs' },
  winRich: { ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; WebView/3.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.26100', browser: 'Rich Client 4.66.1.0', os: 'Windows 10' },
  winTeams: { ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0 Teams/24295.606.3238.6194', browser: 'Rich Client 1.0.0.0', os: 'Windows 10' },
  android: { ua: 'Mozilla/5.0 (Linux; Android 14; SM-A356E Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/130.0.6723.86 Mobile Safari/537.36 PKeyAuth/1.0', browser: 'Rich Client 5.4.2', os: 'Android' },
  androidOutlook: { ua: 'Dalvik/2.1.0 (Linux; U; Android 13; Redmi Note 12 Pro Build/TKQ1.221114.001)', browser: 'Rich Client 5.4.2', os: 'Android' },
  ios: { ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148', browser: 'Mobile Safari', os: 'Ios' },
  iosOutlook: { ua: 'Outlook-iOS/2.0', browser: 'Rich Client 1.7.4', os: 'Ios' },
  thin: { ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36 Edg/128.0.2739.79', browser: 'Edge 128.0.2739', os: 'Windows 10' },
  azCli: { ua: 'python/3.11.9 (Linux-6.5.0-1025-azure-x86_64-with-glibc2.35) AzureCLI/2.66.0', browser: '', os: 'Linux' },
  azCliWin: { ua: 'python/3.11.9 (Windows-10-10.0.26100-SP0) AzureCLI/2.66.0', browser: '', os: 'Windows 10' },
  vscodeLinux: { ua: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Code/1.95.1 Chrome/128.0.6613.186 Electron/32.2.1 Safari/537.36', browser: 'Rich Client 2.16.0', os: 'Linux' },
  pwsh: { ua: 'Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.26100; en-IN) PowerShell/7.4.6', browser: '', os: 'Windows 10' },
  hrmsJava: { ua: 'Apache-HttpClient/4.5.14 (Java/17.0.12)', browser: '', os: '' },
  monitorPy: { ua: 'python-requests/2.32.3 msal/1.31.0', browser: '', os: 'Linux' },
  smtp: { ua: '', browser: '', os: '' },
};
