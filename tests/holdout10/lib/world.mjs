// The world outside the tenant: places, networks (real ISPs / carriers / hosters with their ASNs),
// Microsoft first-party applications, user agents, the tenant's Conditional Access policies and
// the AADSTS failure texts.

export const TENANT_ID = '7c1e4b9a-2f65-4d0e-9b83-51a6d2e0c4f7';
export const TENANT_NAME = 'City of Whitmore Bay';
export const INITIAL_DOMAIN = 'whitmorebay.onmicrosoft.com';
export const MS_TENANT = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a'; // owner tenant of Microsoft first-party apps
export const DOM = { city: 'cityofwhitmorebay.example', school: 'wbps.example', student: 'students.wbps.example' };

// Fortnight: Monday 12 January – Sunday 25 January 2026, Eastern Standard Time (UTC-5).
export const T0 = Date.UTC(2026, 0, 12);
export const DAYS = 14;
export const T1 = T0 + DAYS * 86_400_000;
export const HOUR = 3_600_000, MIN = 60_000, DAY = 86_400_000;
/** UTC ms of local (EST) hour h (may be fractional, may exceed 24) on fortnight day d. */
export const local = (d, h) => T0 + d * DAY + (h + 5) * HOUR;
export const MLK_DAY = 7;          // Mon 19 Jan: city offices and schools closed
export const SNOW_DAY = 9;         // Wed 21 Jan: schools closed for snow, many city staff work from home
export const dow = (d) => ((d % 7) + 7) % 7; // 0 = Monday
export const isWeekend = (d) => dow(d) === 5 || dow(d) === 6;
export const isSchoolDay = (d) => !isWeekend(d) && d !== MLK_DAY && d !== SNOW_DAY;
export const isOfficeDay = (d) => !isWeekend(d) && d !== MLK_DAY;

const p = (city, state, cc, lat, lon) => ({ city, state, countryOrRegion: cc, lat, lon });
export const PLACES = {
  baycity: p('Bay City', 'Michigan', 'US', 43.5945, -83.8889),
  essexville: p('Essexville', 'Michigan', 'US', 43.6153, -83.8416),
  saginaw: p('Saginaw', 'Michigan', 'US', 43.4195, -83.9508),
  midland: p('Midland', 'Michigan', 'US', 43.6156, -84.2472),
  flint: p('Flint', 'Michigan', 'US', 43.0125, -83.6875),
  southfield: p('Southfield', 'Michigan', 'US', 42.4734, -83.2219),
  detroit: p('Detroit', 'Michigan', 'US', 42.3314, -83.0458),
  lansing: p('Lansing', 'Michigan', 'US', 42.7325, -84.5555),
  chicago: p('Chicago', 'Illinois', 'US', 41.8781, -87.6298),
  washington: p('Washington', 'District of Columbia', 'US', 38.9072, -77.0369),
  newyork: p('New York', 'New York', 'US', 40.7128, -74.006),
  atlanta: p('Atlanta', 'Georgia', 'US', 33.749, -84.388),
  dallas: p('Dallas', 'Texas', 'US', 32.7767, -96.797),
  bothell: p('Bothell', 'Washington', 'US', 47.7623, -122.2054),
  boydton: p('Boydton', 'Virginia', 'US', 36.6676, -78.3875),
  fortmyers: p('Fort Myers', 'Florida', 'US', 26.6406, -81.8723),
  sanramon: p('San Ramon', 'California', 'US', 37.7799, -121.978),
  scottsdale: p('Scottsdale', 'Arizona', 'US', 33.4942, -111.9261),
  newark: p('Newark', 'New Jersey', 'US', 40.7357, -74.1724),
  piscataway: p('Piscataway', 'New Jersey', 'US', 40.5549, -74.4643),
  buffalo: p('Buffalo', 'New York', 'US', 42.8864, -78.8784),
  houston: p('Houston', 'Texas', 'US', 29.7604, -95.3698),
  phoenix: p('Phoenix', 'Arizona', 'US', 33.4484, -112.074),
  lasvegas: p('Las Vegas', 'Nevada', 'US', 36.1699, -115.1398),
  okc: p('Oklahoma City', 'Oklahoma', 'US', 35.4676, -97.5164),
  denver: p('Denver', 'Colorado', 'US', 39.7392, -104.9903),
  seattle: p('Seattle', 'Washington', 'US', 47.6062, -122.3321),
  minneapolis: p('Minneapolis', 'Minnesota', 'US', 44.9778, -93.265),
  tampa: p('Tampa', 'Florida', 'US', 27.9506, -82.4572),
  miami: p('Miami', 'Florida', 'US', 25.7617, -80.1918),
  philadelphia: p('Philadelphia', 'Pennsylvania', 'US', 39.9526, -75.1652),
  sanantonio: p('San Antonio', 'Texas', 'US', 29.4241, -98.4936),
  sandiego: p('San Diego', 'California', 'US', 32.7157, -117.1611),
  quebec: p('Québec', 'Quebec', 'CA', 46.8139, -71.208),
  montreal: p('Montréal', 'Quebec', 'CA', 45.5019, -73.5674),
  beauharnois: p('Beauharnois', 'Quebec', 'CA', 45.3151, -73.8779),
  cancun: p('Cancún', 'Quintana Roo', 'MX', 21.1619, -86.8515),
  bengaluru: p('Bengaluru', 'Karnataka', 'IN', 12.9716, 77.5946),
  falkenstein: p('Falkenstein', 'Saxony', 'DE', 50.4779, 12.3713),
  bucharest: p('Bucharest', 'Bucuresti', 'RO', 44.4268, 26.1025),
  hanoi: p('Hanoi', 'Ha Noi', 'VN', 21.0278, 105.8342),
  saopaulo: p('São Paulo', 'Sao Paulo', 'BR', -23.5505, -46.6333),
};

// Networks: ISP name, ASN, and the address blocks (first two or three octets) each place gets.
// The registry (registry.mjs) hands out single addresses from these blocks, each exactly once.
const n = (isp, asn, kind, blocks) => ({ isp, asn, kind, blocks });
export const NETS = {
  charter: n('Charter Communications Inc', 20115, 'residential', { baycity: ['24.247.', '97.83.'], essexville: ['24.176.'], saginaw: ['24.236.', '68.188.'], midland: ['24.231.'], flint: ['97.86.'] }),
  charterBiz: n('Charter Communications Inc', 20115, 'business', { baycity: ['71.13.41.'] }),
  att: n('AT&T Services, Inc.', 7018, 'residential', { baycity: ['99.61.'], saginaw: ['108.70.'], midland: ['76.226.'], lansing: ['99.20.'] }),
  comcast: n('Comcast Cable Communications, LLC', 7922, 'residential', {
    southfield: ['68.40.'], detroit: ['73.145.'], washington: ['96.255.'], fortmyers: ['73.46.'], sanramon: ['50.204.'],
    houston: ['73.76.', '98.195.'], denver: ['73.95.'], seattle: ['73.225.'], atlanta: ['73.82.'], chicago: ['73.111.'],
    miami: ['73.205.'], philadelphia: ['73.165.'], minneapolis: ['73.65.'] }),
  cox: n('Cox Communications Inc.', 22773, 'residential', { scottsdale: ['68.2.'], phoenix: ['70.176.'], lasvegas: ['68.108.'], okc: ['68.12.'], sandiego: ['70.181.'] }),
  twc: n('Charter Communications Inc', 11427, 'residential', { dallas: ['47.184.'], sanantonio: ['70.121.'], houston: ['66.68.'] }),
  fios: n('Verizon Business', 701, 'residential', { newyork: ['71.190.'], tampa: ['71.99.'], philadelphia: ['108.52.'] }),
  lumen: n('CenturyLink Communications, LLC', 209, 'residential', { denver: ['97.118.'], minneapolis: ['75.168.'], seattle: ['71.212.'] }),
  frontier: n('Frontier Communications of America, Inc.', 5650, 'residential', { tampa: ['47.196.'], dallas: ['47.186.'] }),
  verizonW: n('Verizon Wireless', 6167, 'mobile', { southfield: ['174.205.', '174.212.'], detroit: ['174.198.'], chicago: ['174.215.'], washington: ['174.224.'] }),
  tmobile: n('T-Mobile USA, Inc.', 21928, 'mobile', { detroit: ['172.58.'], chicago: ['172.56.'], fortmyers: ['172.59.'] }),
  attMobility: n('AT&T Mobility LLC', 20057, 'mobile', { detroit: ['107.77.'], chicago: ['166.205.'], dallas: ['166.196.'], atlanta: ['166.199.'], bothell: ['166.170.'] }),
  merit: n('Merit Network Inc.', 237, 'education', { baycity: ['35.12.88.', '35.12.90.'] }),
  zscaler: n('Zscaler, Inc.', 53813, 'proxy', { chicago: ['165.225.8.', '165.225.10.'], washington: ['165.225.12.'], newyork: ['165.225.38.'], atlanta: ['136.226.52.'] }),
  azure: n('Microsoft Corporation', 8075, 'hosting', { chicago: ['52.162.', '40.80.'], boydton: ['20.185.', '40.117.'] }),
  bell: n('Bell Canada', 577, 'residential', { quebec: ['142.169.', '70.52.'] }),
  videotron: n('Videotron Ltee', 5769, 'residential', { montreal: ['24.200.'], quebec: ['24.201.'] }),
  rogers: n('Rogers Communications Canada Inc.', 812, 'mobile', { quebec: ['99.230.'], montreal: ['99.231.'] }),
  telmex: n('Uninet S.A. de C.V.', 8151, 'residential', { cancun: ['187.189.'] }),
  act: n('Atria Convergence Technologies Ltd.', 24309, 'business', { bengaluru: ['106.51.'] }),
  airtel: n('Bharti Airtel Ltd., Telemedia Services', 24560, 'residential', { bengaluru: ['122.171.'] }),
  jio: n('Reliance Jio Infocomm Limited', 55836, 'mobile', { bengaluru: ['49.37.'] }),
  digitalocean: n('DigitalOcean, LLC', 14061, 'hosting', { newyork: ['159.203.', '167.99.'] }),
  vultr: n('The Constant Company, LLC', 20473, 'hosting', { dallas: ['45.76.'], piscataway: ['149.28.', '45.77.'] }),
  hetzner: n('Hetzner Online GmbH', 24940, 'hosting', { falkenstein: ['88.99.', '78.46.'] }),
  ovh: n('OVH SAS', 16276, 'hosting', { beauharnois: ['51.79.', '144.217.'] }),
  linode: n('Akamai Connected Cloud', 63949, 'hosting', { newark: ['45.79.', '172.104.'] }),
  datacamp: n('Datacamp Limited', 60068, 'hosting', { chicago: ['212.102.'], atlanta: ['156.146.'] }),
  m247: n('M247 Europe SRL', 9009, 'hosting', { chicago: ['37.120.'] }),
  rcs: n('RCS & RDS SA', 8708, 'residential', { bucharest: ['79.115.', '86.124.'] }),
  colocrossing: n('ColoCrossing', 36352, 'hosting', { buffalo: ['198.23.', '107.172.'] }),
  vnpt: n('VNPT Corp', 45899, 'residential', { hanoi: ['14.231.'] }),
  claro: n('Claro NXT Telecomunicacoes Ltda', 28573, 'residential', { saopaulo: ['177.33.'] }),
};

// Microsoft first-party applications (client ids are the public, well-known ones).
const a = (id, name) => ({ id, name, owner: MS_TENANT });
export const APPS = {
  officeHome: a('4765445b-32c6-49b0-83e6-1d93765276ca', 'OfficeHome'),
  office: a('d3590ed6-52b3-4102-aeff-aad2292ab01c', 'Microsoft Office'),
  teams: a('1fec8e78-bce4-4aaf-ab1b-5451cc387264', 'Microsoft Teams'),
  teamsWeb: a('5e3ce6c0-2b1f-4285-8d4b-75ee78787346', 'Microsoft Teams Web Client'),
  outlookMobile: a('27922004-5251-4030-b22d-91ecd9a37ea4', 'Outlook Mobile'),
  exo: a('00000002-0000-0ff1-ce00-000000000000', 'Office 365 Exchange Online'),
  winSignIn: a('38aa3b87-a06d-4817-b275-7a316988d93b', 'Windows Sign In'),
  oneDriveSync: a('ab9b8c07-8f02-4f72-87fa-80105867a763', 'OneDrive SyncEngine'),
  authenticator: a('4813382a-8fa7-425e-ab75-3b753aab3abb', 'Microsoft Authenticator App'),
  authBroker: a('29d9ed98-a469-4536-ade2-f981bc1d605e', 'Microsoft Authentication Broker'),
  azurePortal: a('c44b4083-3bb0-49c1-b47d-974e53cbdf3c', 'Azure Portal'),
  graphCli: a('14d82eec-204b-4c2f-b7e8-296a70dab67e', 'Microsoft Graph Command Line Tools'),
  exoPs: a('fb78d390-0c51-40cd-8e17-fdbfab77341b', 'Microsoft Exchange REST API Based Powershell'),
  mySignins: a('19db86c3-b2b9-44cc-b339-36da233a3be2', 'My Signins'),
  edge: a('ecd6b820-32c2-49b6-98a6-444530e5a77a', 'Microsoft Edge'),
  companyPortal: a('9ba1a5c7-f17a-4de9-a1f1-6178c8d51223', 'Microsoft Intune Company Portal'),
  spo: a('00000003-0000-0ff1-ce00-000000000000', 'Office 365 SharePoint Online'),
};
export const RES = {
  exo: { id: '00000002-0000-0ff1-ce00-000000000000', name: 'Office 365 Exchange Online' },
  graph: { id: '00000003-0000-0000-c000-000000000000', name: 'Microsoft Graph' },
  spo: { id: '00000003-0000-0ff1-ce00-000000000000', name: 'Office 365 SharePoint Online' },
  teams: { id: 'cc15fd57-2c6c-4117-a88c-83b1d56b4bbe', name: 'Microsoft Teams Services' },
  aad: { id: '00000002-0000-0000-c000-000000000000', name: 'Windows Azure Active Directory' },
  drs: { id: '01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', name: 'Device Registration Service' },
  arm: { id: '797f4846-ba00-4fd7-ba43-dac1f8f63013', name: 'Windows Azure Service Management API' },
  intune: { id: '0000000a-0000-0000-c000-000000000000', name: 'Microsoft Intune' },
  portal: { id: '00000006-0000-0ff1-ce00-000000000000', name: 'Microsoft Office 365 Portal' },
};

// User agents as seen in January 2026.
export const UA = {
  crosChrome: 'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36',
  winEdge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36 Edg/143.0.0.0',
  winChrome: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36',
  macSafari: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Safari/605.1.15',
  macChrome: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36',
  iphoneSafari: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Mobile/15E148 Safari/604.1',
  androidChrome: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Mobile Safari/537.36',
  outlookIos: 'Outlook-iOS/723.4027091.prod.iphone (4.2549.1)',
  outlookAndroid: 'Outlook-Android/2.0',
  teamsIos: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 TeamsMobile-iOS',
  teamsAndroid: 'Mozilla/5.0 (Linux; Android 14; SM-A156U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Mobile Safari/537.36 TeamsMobile-Android',
  wam: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; WebView/3.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.26100',
  winAad: 'Windows-AzureAD-Authentication-Provider/1.0',
  oneDrive: 'Microsoft SkyDriveSync 25.214.1105.0001 ship; Windows NT 10.0 (26100)',
  psCore: 'Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.26100; en-US) PowerShell/7.4.6',
  ropcLob: 'Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 10.0; .NET CLR 4.0.30319)',
};

export const OWNER_VENDOR = { // tenants of third-party app publishers / B2B partners
  msp: 'a4b0d3e2-6c1f-4f7a-8d95-2b7e0c61f3d9',
  civic: '3d8e1f04-95b2-4c7e-a1d6-7f0b9c2e5a13',
  bodycam: 'e61c2a7d-0b4f-4e93-b8a5-c9d3f1027e6b',
  edtech: '9f2a6b1c-3d7e-4a05-8c4b-e1d0f5a2b7c8',
  bad: 'd05e7c3a-8b2f-4196-a7e4-0c9b1f6d2a58',
};

// Conditional Access policies of the tenant (as they stand before anyone changes them).
export const CA = [
  { id: 'c1a7e3d2-0b6f-4e19-9a54-2d8c7f1e0b31', displayName: 'CA001 - Require MFA for admin roles', grant: ['Mfa'] },
  { id: 'c2b8f4e3-1c70-4f2a-8b65-3e9d80f21c42', displayName: 'CA002 - Require MFA outside trusted networks (staff)', grant: ['Mfa'] },
  { id: 'c3c905f4-2d81-4a3b-9c76-4fae91032d53', displayName: 'CA003 - Block legacy authentication', grant: ['Block'] },
  { id: 'c4da16a5-3e92-4b4c-8d87-50bfa2143e64', displayName: 'CA004 - Students: allow US and Canada only', grant: ['Block'] },
  { id: 'c5eb27b6-4fa3-4c5d-9e98-61c0b3254f75', displayName: 'CA005 - CJIS apps require compliant device', grant: ['RequireCompliantDevice'] },
  { id: 'c6fc38c7-50b4-4d6e-8fa9-72d1c4365086', displayName: 'CA006 - Block sign-in outside US, Canada, India (members)', grant: ['Block'] },
];

export const FAIL = {
  50126: ['Failure', 'Error validating credentials due to invalid username or password.'],
  50053: ['Failure', "The account is locked, you've tried to sign in too many times with an incorrect user ID or password."],
  50074: ['Interrupted', 'Strong Authentication is required.'],
  50076: ['Interrupted', 'Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access the resource.'],
  50079: ['Interrupted', 'Due to a configuration change made by your administrator, or because you moved to a new location, you must enroll in multi-factor authentication to access the resource.'],
  50140: ['Interrupted', "This error occurred due to 'Keep me signed in' interrupt when the user was signing in."],
  50125: ['Interrupted', 'Sign-in was interrupted due to a password reset or password registration entry.'],
  50199: ['Interrupted', 'For security reasons, user confirmation is required for this request.'],
  53003: ['Failure', 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.'],
  53000: ['Failure', 'Device is not in required device state: compliant. Conditional Access policy requires a compliant device, and the device is not compliant.'],
  500121: ['Failure', 'Authentication failed during strong authentication request.'],
  50055: ['Failure', 'The password is expired.'],
  50057: ['Failure', 'The user account is disabled.'],
  70043: ['Failure', 'The refresh token has expired or is invalid due to sign-in frequency checks by conditional access.'],
  700082: ['Failure', 'The refresh token has expired due to inactivity.'],
  50173: ['Failure', 'The provided grant has expired due to it being revoked, a fresh auth token is needed.'],
  50133: ['Failure', 'Session is invalid due to expiration or recent password change.'],
  50089: ['Failure', 'Flow token expired - Authentication Failed.'],
  65001: ['Failure', 'The user or administrator has not consented to use the application.'],
};

// The tenant's own enterprise applications (SAML / OIDC single sign-on, line-of-business apps).
// For a SAML application the resource is the application itself.
const t = (id, name, extra = {}) => ({ id, name, owner: TENANT_ID, spId: id.replace(/^(.{8})/, 'a1b2c3d4'), ...extra });
export const TAPPS = {
  chromeSso: t('6b1e0f3a-9c24-4d7b-8e51-0a2f7c9d3e14', 'Google Workspace (ChromeOS sign-in)'),
  schoology: t('2f7a9c1e-4b36-4e8d-a0f2-5c9e1b7d3a26', 'Schoology'),
  powerschool: t('8d3c5e7a-1f92-4b6c-9e04-7a2d6c8f1b37', 'PowerSchool SIS'),
  frontline: t('4a9e2c6f-8b13-4d57-a6e9-1c3f7b5d9e48', 'Frontline Absence & Time'),
  munis: t('9c2f6a4e-3d71-4a8b-b5c2-8e6d4f1a7c59', 'Tyler Munis'),
  ess: t('1e5b8d3a-7c46-4f9e-8a13-2d7c9b4e6f6a', 'Munis Employee Self Service'),
  axon: t('5d8a1c7e-2b49-4e6f-9c35-6a1e8d3b7c7b', 'Axon Evidence', { cjis: true }),
  cad: t('7f3b9e5c-6a28-4d1e-a7f4-3b8c2e6d9a8c', 'Mobile CAD / RMS', { cjis: true }),
  permits: t('3b6e2a9d-5f17-4c8a-9d26-4e9a1c5b8d9d', 'CivicPermit Cloud', { owner: OWNER_VENDOR.civic }),
  polaris: t('0c4d7f2b-8e35-4a9c-b1e7-5f2b9d6a3eae', 'Polaris Leap'),
  fireRms: t('6e9a3d1f-4c57-4b2e-8f16-7d3e5a9c2bbf', 'ImageTrend Elite'),
  utilBilling: t('2a7d4f9c-1e63-4b8d-9a25-8c4f6e2d7ac0', 'Whitmore Bay Utility Billing Portal'),
};
const r = (a) => ({ id: a.id, name: a.name, owner: a.owner, spId: a.spId });
export const TRES = Object.fromEntries(Object.entries(TAPPS).map(([k, v]) => [k, r(v)]));
