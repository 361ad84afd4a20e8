// Places, networks, first-party applications and client strings the tenant's people use.
// Networks carry an ASN and a list of /16 or /24 prefixes; an address keeps one place for the whole
// fortnight (a geolocation database is stable over two weeks).

export const C = (city, state, cc, lat, lon) => ({ city, state, cc, lat, lon });

export const CITY = {
  vlissingen: C('Vlissingen', 'Zeeland', 'NL', 51.4425, 3.5736),
  middelburg: C('Middelburg', 'Zeeland', 'NL', 51.4988, 3.6136),
  goes: C('Goes', 'Zeeland', 'NL', 51.5042, 3.8889),
  terneuzen: C('Terneuzen', 'Zeeland', 'NL', 51.3358, 3.8278),
  hulst: C('Hulst', 'Zeeland', 'NL', 51.2802, 4.053),
  zierikzee: C('Zierikzee', 'Zeeland', 'NL', 51.6503, 3.9189),
  bergenopzoom: C('Bergen op Zoom', 'Noord-Brabant', 'NL', 51.4949, 4.2911),
  roosendaal: C('Roosendaal', 'Noord-Brabant', 'NL', 51.5308, 4.4653),
  breda: C('Breda', 'Noord-Brabant', 'NL', 51.5719, 4.7683),
  eindhoven: C('Eindhoven', 'Noord-Brabant', 'NL', 51.4416, 5.4697),
  rotterdam: C('Rotterdam', 'Zuid-Holland', 'NL', 51.9225, 4.4792),
  denhaag: C('Den Haag', 'Zuid-Holland', 'NL', 52.0705, 4.3007),
  zoetermeer: C('Zoetermeer', 'Zuid-Holland', 'NL', 52.0575, 4.4931),
  amsterdam: C('Amsterdam', 'Noord-Holland', 'NL', 52.3676, 4.9041),
  haarlem: C('Haarlem', 'Noord-Holland', 'NL', 52.3874, 4.6462),
  utrecht: C('Utrecht', 'Utrecht', 'NL', 52.0907, 5.1214),
  schiphol: C('Schiphol', 'Noord-Holland', 'NL', 52.3105, 4.7683),
  antwerpen: C('Antwerpen', 'Antwerpen', 'BE', 51.2194, 4.4025),
  mechelen: C('Mechelen', 'Antwerpen', 'BE', 51.0259, 4.4776),
  gent: C('Gent', 'Oost-Vlaanderen', 'BE', 51.0543, 3.7174),
  sintniklaas: C('Sint-Niklaas', 'Oost-Vlaanderen', 'BE', 51.1651, 4.1437),
  brugge: C('Brugge', 'West-Vlaanderen', 'BE', 51.2093, 3.2247),
  knokke: C('Knokke-Heist', 'West-Vlaanderen', 'BE', 51.3503, 3.2634),
  oostende: C('Oostende', 'West-Vlaanderen', 'BE', 51.2154, 2.9286),
  brussel: C('Brussels', 'Brussels Hoofdstedelijk Gewest', 'BE', 50.8503, 4.3517),
  leuven: C('Leuven', 'Vlaams-Brabant', 'BE', 50.8798, 4.7005),
  // abroad
  boston: C('Boston', 'Massachusetts', 'US', 42.3601, -71.0589),
  cambridgema: C('Cambridge', 'Massachusetts', 'US', 42.3736, -71.1097),
  newyork: C('New York', 'New York', 'US', 40.7128, -74.006),
  ashburn: C('Ashburn', 'Virginia', 'US', 39.0438, -77.4874),
  boardman: C('Boardman', 'Oregon', 'US', 45.8399, -119.7006),
  tokyo: C('Tokyo', 'Tokyo', 'JP', 35.6762, 139.6503),
  osaka: C('Osaka', 'Osaka', 'JP', 34.6937, 135.5023),
  singapore: C('Singapore', 'Singapore', 'SG', 1.3521, 103.8198),
  pune: C('Pune', 'Maharashtra', 'IN', 18.5204, 73.8567),
  mumbai: C('Mumbai', 'Maharashtra', 'IN', 19.076, 72.8777),
  krakow: C('Krakow', 'Malopolskie', 'PL', 50.0647, 19.945),
  warszawa: C('Warsaw', 'Mazowieckie', 'PL', 52.2297, 21.0122),
  berlin: C('Berlin', 'Berlin', 'DE', 52.52, 13.405),
  frankfurt: C('Frankfurt am Main', 'Hessen', 'DE', 50.1109, 8.6821),
  nuremberg: C('Nuremberg', 'Bayern', 'DE', 49.4521, 11.0767),
  lisboa: C('Lisbon', 'Lisboa', 'PT', 38.7223, -9.1393),
  stockholm: C('Stockholm', 'Stockholms Lan', 'SE', 59.3293, 18.0686),
  london: C('London', 'England', 'GB', 51.5074, -0.1278),
  manchester: C('Manchester', 'England', 'GB', 53.4808, -2.2426),
  paris: C('Paris', 'Ile-de-France', 'FR', 48.8566, 2.3522),
  lille: C('Lille', 'Hauts-de-France', 'FR', 50.6292, 3.0573),
  dublin: C('Dublin', 'Dublin', 'IE', 53.3498, -6.2603),
  lagos: C('Lagos', 'Lagos', 'NG', 6.5244, 3.3792),
  saopaulo: C('Sao Paulo', 'Sao Paulo', 'BR', -23.5505, -46.6333),
};

const N = (key, name, asn, prefixes, cities, kind) => ({ key, name, asn, prefixes, cities, kind });

// kind: home (fixed broadband), mobile (CGNAT pools), campus, dc, cloud, hotel, vpn, relay
export const NET = {
  delta: N('delta', 'DELTA Fiber Nederland B.V.', 15435, ['82.73', '82.74', '82.75', '87.212'], ['vlissingen', 'middelburg', 'goes', 'terneuzen', 'hulst', 'zierikzee'], 'home'),
  ziggo: N('ziggo', 'Vodafone Libertel B.V. (Ziggo)', 33915, ['84.24', '84.25', '84.26', '84.27', '84.28', '62.45', '217.121'], ['bergenopzoom', 'roosendaal', 'breda', 'rotterdam', 'utrecht', 'eindhoven', 'goes', 'middelburg'], 'home'),
  kpn: N('kpn', 'KPN B.V.', 1136, ['77.160', '77.161', '77.162', '77.163', '86.80', '86.81', '86.82', '195.240'], ['goes', 'vlissingen', 'bergenopzoom', 'rotterdam', 'breda', 'denhaag', 'amsterdam', 'haarlem'], 'home'),
  odidoHome: N('odidoHome', 'Odido Netherlands B.V.', 50266, ['31.151', '62.194'], ['rotterdam', 'breda', 'amsterdam', 'roosendaal'], 'home'),
  proximus: N('proximus', 'Proximus NV', 5432, ['81.240', '81.241', '81.242', '81.243', '91.176', '91.177', '91.178', '91.179'], ['antwerpen', 'gent', 'brugge', 'sintniklaas', 'mechelen', 'knokke', 'oostende', 'leuven'], 'home'),
  telenet: N('telenet', 'Telenet BV', 6848, ['84.192', '84.193', '84.194', '84.195', '84.196', '94.224', '94.225', '94.226'], ['antwerpen', 'gent', 'brugge', 'sintniklaas', 'mechelen', 'oostende', 'leuven'], 'home'),
  // mobile carriers: CGNAT pools, geolocated to a few big cities whatever the subscriber's town
  kpnMobile: N('kpnMobile', 'KPN B.V.', 1136, ['77.60', '77.61', '77.62'], ['amsterdam', 'rotterdam', 'denhaag', 'utrecht'], 'mobile'),
  vodafoneMobile: N('vodafoneMobile', 'Vodafone Libertel B.V.', 33915, ['188.88', '188.89', '188.90'], ['amsterdam', 'rotterdam', 'eindhoven'], 'mobile'),
  odidoMobile: N('odidoMobile', 'Odido Netherlands B.V.', 31615, ['31.20', '31.21', '62.140'], ['amsterdam', 'denhaag', 'utrecht'], 'mobile'),
  proximusMobile: N('proximusMobile', 'Proximus NV', 5432, ['94.104', '94.105', '94.106'], ['brussel', 'antwerpen', 'gent'], 'mobile'),
  orangeBe: N('orangeBe', 'Orange Belgium SA', 47377, ['46.178', '46.179', '91.86'], ['brussel', 'antwerpen'], 'mobile'),
  // research networks
  surf: N('surf', 'SURF B.V.', 1103, ['145.100', '145.101', '145.102', '145.107'], ['utrecht', 'rotterdam', 'amsterdam'], 'campus'),
  belnet: N('belnet', 'Belnet', 2611, ['143.169', '193.190', '157.193'], ['antwerpen', 'gent', 'brussel'], 'campus'),
  // the group's own breakouts and shared health-network egress
  zorgnet: N('zorgnet', 'KPN B.V. (Zorgnetwerk NL shared egress)', 1136, ['195.121.94'], ['zoetermeer'], 'dc'),
  dcGoes: N('dcGoes', 'DELTA Fiber Nederland B.V.', 15435, ['212.123.200'], ['goes'], 'dc'),
  dcAntwerpen: N('dcAntwerpen', 'Proximus NV', 5432, ['194.78.104'], ['antwerpen'], 'dc'),
  azureWeu: N('azureWeu', 'Microsoft Corporation', 8075, ['20.101.171', '51.124.83'], ['amsterdam'], 'cloud'),
  // travel
  comcast: N('comcast', 'Comcast Cable Communications, LLC', 7922, ['73.16', '73.17', '98.216', '50.202'], ['boston', 'cambridgema'], 'hotel'),
  verizonBiz: N('verizonBiz', 'Verizon Business', 701, ['71.174', '108.20'], ['boston', 'newyork'], 'hotel'),
  tmobileUs: N('tmobileUs', 'T-Mobile USA, Inc.', 21928, ['172.58', '172.59'], ['boston', 'newyork'], 'mobile'),
  ntt: N('ntt', 'NTT Communications Corporation', 4713, ['153.156', '153.231'], ['tokyo', 'osaka'], 'hotel'),
  singnet: N('singnet', 'SingNet Pte Ltd', 9506, ['116.88', '116.89'], ['singapore'], 'hotel'),
  telekom: N('telekom', 'Deutsche Telekom AG', 3320, ['79.192', '79.193', '91.32'], ['berlin', 'frankfurt'], 'hotel'),
  schipholWifi: N('schipholWifi', 'KPN B.V.', 1136, ['145.131.16'], ['schiphol'], 'hotel'),
  meo: N('meo', 'MEO - Servicos de Comunicacoes e Multimedia S.A.', 3243, ['2.80', '2.81', '85.246'], ['lisboa'], 'home'),
  sunet: N('sunet', 'SUNET', 1653, ['130.237', '130.229'], ['stockholm'], 'campus'),
  // vendor and partner networks
  tata: N('tata', 'Tata Communications Limited', 4755, ['115.113.88', '115.113.89'], ['pune'], 'dc'),
  airtel: N('airtel', 'Bharti Airtel Ltd.', 24560, ['122.170', '182.68'], ['pune', 'mumbai'], 'home'),
  orangePl: N('orangePl', 'Orange Polska Spolka Akcyjna', 5617, ['83.24', '83.25', '31.60'], ['krakow', 'warszawa'], 'home'),
  netia: N('netia', 'Netia SA', 12741, ['213.241.77'], ['krakow'], 'dc'),
  jisc: N('jisc', 'Jisc Services Limited', 786, ['128.40', '129.67'], ['london', 'manchester'], 'campus'),
  renater: N('renater', 'Renater', 2200, ['193.54', '195.83'], ['paris', 'lille'], 'campus'),
  dfn: N('dfn', 'Verein zur Foerderung eines Deutschen Forschungsnetzes e.V.', 680, ['141.20', '134.76'], ['berlin', 'frankfurt'], 'campus'),
  // privacy services honest staff use
  proton: N('proton', 'Proton AG', 62371, ['185.159.157', '185.159.158'], ['amsterdam', 'frankfurt'], 'vpn'),
  // networks only the intruders use in this fortnight
  digitalocean: N('digitalocean', 'DigitalOcean, LLC', 14061, ['159.223', '164.92'], ['amsterdam'], 'cloud'),
  m247: N('m247', 'M247 Europe SRL', 9009, ['146.70', '37.120'], ['amsterdam', 'london'], 'vpn'),
  contabo: N('contabo', 'Contabo GmbH', 51167, ['62.171', '161.97'], ['nuremberg'], 'cloud'),
  hostkey: N('hostkey', 'HOSTKEY B.V.', 57043, ['5.39.216', '5.39.217'], ['amsterdam'], 'cloud'),
  vultr: N('vultr', 'The Constant Company, LLC (Vultr)', 20473, ['45.77', '45.32'], ['frankfurt'], 'cloud'),
  aws: N('aws', 'Amazon.com, Inc.', 16509, ['3.92', '54.210', '44.201'], ['ashburn'], 'cloud'),
  awsOr: N('awsOr', 'Amazon.com, Inc.', 16509, ['35.165', '44.242'], ['boardman'], 'cloud'),
  awsFra: N('awsFra', 'Amazon.com, Inc.', 16509, ['3.120', '18.185'], ['frankfurt'], 'cloud'),
  awsSin: N('awsSin', 'Amazon.com, Inc.', 16509, ['13.229', '54.255'], ['singapore'], 'cloud'),
  awsSao: N('awsSao', 'Amazon.com, Inc.', 16509, ['18.231', '54.232'], ['saopaulo'], 'cloud'),
  leaseweb: N('leaseweb', 'LeaseWeb Netherlands B.V.', 60781, ['95.211', '85.17'], ['amsterdam', 'haarlem'], 'cloud'),
  packethub: N('packethub', 'Packethub S.A.', 207137, ['185.216.34', '185.216.35'], ['amsterdam'], 'vpn'),
  ee: N('ee', 'EE Limited', 12576, ['92.40', '92.41'], ['london', 'manchester'], 'mobile'),
  virgin: N('virgin', 'Virgin Media Limited', 5089, ['82.13', '86.1'], ['london', 'manchester'], 'home'),
  privateRelay: N('privateRelay', 'Akamai International B.V.', 36183, ['172.224.226', '172.224.227', '172.226.14'], ['amsterdam', 'brussel', 'rotterdam'], 'relay'),
};

export const MS_TENANT = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a';

// first-party clients and resources (well-known application ids)
export const APP = {
  windowsSignIn: { id: '38aa3b87-a06d-4817-b275-7a316988d93b', name: 'Windows Sign In' },
  teams: { id: '1fec8e78-bce4-4aaf-ab1b-5451cc387264', name: 'Microsoft Teams' },
  teamsWeb: { id: '5e3ce6c0-2b1f-4285-8d4b-75ee78787346', name: 'Microsoft Teams Web Client' },
  office: { id: 'd3590ed6-52b3-4102-aeff-aad2292ab01c', name: 'Microsoft Office' },
  officeHome: { id: '4765445b-32c6-49b0-83e6-1d93765276ca', name: 'OfficeHome' },
  owa: { id: '9199bf20-a13f-4107-85dc-02114787ef48', name: 'One Outlook Web' },
  outlookMobile: { id: '27922004-5251-4030-b22d-91ecd9a37ea4', name: 'Outlook Mobile' },
  oneDriveSync: { id: 'ab9b8c07-8f02-4f72-87fa-80105867a763', name: 'OneDrive SyncEngine' },
  broker: { id: '29d9ed98-a469-4536-ade2-f981bc1d605e', name: 'Microsoft Authentication Broker' },
  companyPortal: { id: '9ba1a5c7-f17a-4de9-a1f1-6178c8d51223', name: 'Microsoft Intune Company Portal' },
  authenticator: { id: '4813382a-8fa7-425e-ab75-3b753aab3abb', name: 'Microsoft Authenticator App' },
  mySignins: { id: '19db86c3-b2b9-44cc-b339-36da233a3be2', name: 'My Signins' },
  azurePortal: { id: 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c', name: 'Azure Portal' },
  azureCli: { id: '04b07795-8ddb-461a-bbee-02f9e1bf7b46', name: 'Microsoft Azure CLI' },
  azurePowerShell: { id: '1950a258-227b-4e31-a9cf-717495945fc2', name: 'Microsoft Azure PowerShell' },
  graphPowerShell: { id: '14d82eec-204b-4c2f-b7e8-296a70dab67e', name: 'Microsoft Graph Command Line Tools' },
  avdClient: { id: 'a85cf173-4192-42f8-81fa-777a763e6e2c', name: 'Azure Virtual Desktop Client' },
  edge: { id: 'ecd6b820-32c2-49b6-98a6-444530e5a77a', name: 'Microsoft Edge' },
  aadPowerShell: { id: '1b730954-1685-4b74-9bfd-dac224a7b894', name: 'Azure Active Directory PowerShell' },
  aadConnect: { id: 'cb1056e2-e479-49de-ae31-7812af012ed8', name: 'Microsoft Azure Active Directory Connect' },
  exchangeRest: { id: '00000002-0000-0ff1-ce00-000000000000', name: 'Office 365 Exchange Online' },
};

export const RES = {
  graph: { id: '00000003-0000-0000-c000-000000000000', name: 'Microsoft Graph' },
  exchange: { id: '00000002-0000-0ff1-ce00-000000000000', name: 'Office 365 Exchange Online' },
  sharepoint: { id: '00000003-0000-0ff1-ce00-000000000000', name: 'Office 365 SharePoint Online' },
  teamsSvc: { id: 'cc15fd57-2c6c-4117-a88c-83b1d56b4bbe', name: 'Microsoft Teams Services' },
  skype: { id: '00000004-0000-0ff1-ce00-000000000000', name: 'Skype for Business Online' },
  drs: { id: '01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', name: 'Device Registration Service' },
  aadGraph: { id: '00000002-0000-0000-c000-000000000000', name: 'Windows Azure Active Directory' },
  arm: { id: '797f4846-ba00-4fd7-ba43-dac1f8f63013', name: 'Windows Azure Service Management API' },
  intune: { id: '0000000a-0000-0000-c000-000000000000', name: 'Microsoft Intune' },
  avd: { id: '9cdead84-a844-4324-93f2-b2e6bb768d07', name: 'Azure Virtual Desktop' },
  officeHome: { id: '4765445b-32c6-49b0-83e6-1d93765276ca', name: 'OfficeHome' },
  substrate: { id: '4e9b8b9a-1001-4017-8dd1-6e8f25e19d13', name: 'Substrate Context Service' },
  mfaConn: { id: '981f26a1-7f43-403b-a875-f8b09b8cd720', name: 'Azure Multi-Factor Auth Connector' },
};

// User agents and the deviceDetail browser / OS Entra derives from them (October 2025 versions)
export const UA = {
  edgeWin: { ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36 Edg/141.0.0.0', browser: 'Edge 141.0.0', os: 'Windows10' },
  edgeWin140: { ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.0.0', browser: 'Edge 140.0.0', os: 'Windows10' },
  chromeWin: { ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36', browser: 'Chrome 141.0.0', os: 'Windows10' },
  firefoxWin: { ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:143.0) Gecko/20100101 Firefox/143.0', browser: 'Firefox 143.0', os: 'Windows10' },
  chromeMac: { ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36', browser: 'Chrome 141.0.0', os: 'MacOs' },
  safariMac: { ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Safari/605.1.15', browser: 'Safari 26.0', os: 'MacOs' },
  firefoxLinux: { ua: 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:143.0) Gecko/20100101 Firefox/143.0', browser: 'Firefox 143.0', os: 'Linux' },
  safariIos18: { ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1', browser: 'Mobile Safari 18.6', os: 'Ios 18.6.2' },
  safariIos26: { ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Mobile/15E148 Safari/604.1', browser: 'Mobile Safari 26.0', os: 'Ios 26.0.1' },
  safariIpad: { ua: 'Mozilla/5.0 (iPad; CPU OS 18_6_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1', browser: 'Mobile Safari 18.6', os: 'Ios 18.6.2' },
  chromeAndroid: { ua: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Mobile Safari/537.36', browser: 'Chrome Mobile 141.0.0', os: 'Android 15' },
};

// native-app user agents per platform (what MSAL / the broker sends)
export const NATIVE = {
  win: { teams: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.0.0 Teams/25255.703.3878.6176/49', outlook: 'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.19127; Pro)', onedrive: 'Microsoft SkyDriveSync 25.174.0907.0001 ship; Windows NT 10.0 (26100)', signin: 'Windows-AzureAD-Authentication-Provider/1.0', browser: 'Rich Client 5.3.0', os: 'Windows10' },
  ios: { teams: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 TeamsMobile-iOS', outlook: 'Outlook-iOS/2.0', onedrive: 'OneDriveiOSApp/15.36.2', signin: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148', browser: 'Rich Client 1.8.3', os: 'Ios 18.6.2' },
  ios26: { teams: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 TeamsMobile-iOS', outlook: 'Outlook-iOS/2.0', onedrive: 'OneDriveiOSApp/15.37.1', signin: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148', browser: 'Rich Client 1.8.4', os: 'Ios 26.0.1' },
  android: { teams: 'Mozilla/5.0 (Linux; Android 15; SM-S921B Build/AP3A.240905.015.A2; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/140.0.7339.207 Mobile Safari/537.36 TeamsMobile-Android', outlook: 'Outlook-Android/2.0', onedrive: 'OneDrive for Android/7.32', signin: 'Dalvik/2.1.0 (Linux; U; Android 15; SM-S921B Build/AP3A.240905.015.A2)', browser: 'Rich Client 5.4.0', os: 'Android 15' },
  android14: { teams: 'Mozilla/5.0 (Linux; Android 14; Pixel 7 Build/AP2A.240905.003; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/140.0.7339.207 Mobile Safari/537.36 TeamsMobile-Android', outlook: 'Outlook-Android/2.0', onedrive: 'OneDrive for Android/7.32', signin: 'Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7 Build/AP2A.240905.003)', browser: 'Rich Client 5.4.0', os: 'Android 14' },
  mac: { teams: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Teams/25255.703.3878.6176/49', outlook: 'Microsoft Outlook/16.101.1 (Macintosh; OS X 15.6.1)', onedrive: 'Microsoft SkyDriveSync 25.174.0907.0003 ship; Mac OS X 15.6.1', signin: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)', browser: 'Rich Client 5.3.0', os: 'MacOs' },
  mtr: { teams: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.0.0 Teams/25255.703.3878.6176/49 (MTR)', outlook: 'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.19127; Pro)', onedrive: '', signin: 'Windows-AzureAD-Authentication-Provider/1.0', browser: 'Rich Client 5.3.0', os: 'Windows10' },
};
