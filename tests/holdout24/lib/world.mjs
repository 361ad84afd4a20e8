// The fictional world of the Harbourlight tenant: places, networks, apps, user agents, names.
// ASNs are the real operators' numbers; the address prefixes are plausible but NOT checked against registries.

// [city, state, lat, lon, utcOffsetHoursInFebruary]
export const COUNTRIES = {
  NL: { name: 'Netherlands', cities: [['Amsterdam', 'Noord-Holland', 52.37, 4.89, 1], ['Utrecht', 'Utrecht', 52.09, 5.12, 1], ['Rotterdam', 'Zuid-Holland', 51.92, 4.48, 1]], isps: [['Ziggo', 33915], ['KPN', 1136]], mobile: [['Odido', 31615]] },
  DE: { name: 'Germany', cities: [['Berlin', 'Berlin', 52.52, 13.40, 1], ['Munich', 'Bavaria', 48.14, 11.58, 1], ['Hamburg', 'Hamburg', 53.55, 9.99, 1]], isps: [['Deutsche Telekom', 3320], ['Vodafone Deutschland', 3209]], mobile: [['Telefonica Germany', 6805]] },
  GB: { name: 'United Kingdom', cities: [['London', 'England', 51.51, -0.13, 0], ['Manchester', 'England', 53.48, -2.24, 0], ['Edinburgh', 'Scotland', 55.95, -3.19, 0]], isps: [['British Telecommunications', 2856], ['Virgin Media', 5089], ['Sky Broadband', 5607]], mobile: [['EE', 12576]] },
  FR: { name: 'France', cities: [['Paris', 'Ile-de-France', 48.86, 2.35, 1], ['Lyon', 'Auvergne-Rhone-Alpes', 45.76, 4.84, 1]], isps: [['Orange', 3215], ['Free SAS', 12322]], mobile: [['SFR', 15557]] },
  ES: { name: 'Spain', cities: [['Madrid', 'Madrid', 40.42, -3.70, 1], ['Barcelona', 'Catalonia', 41.39, 2.17, 1], ['Valencia', 'Valencia', 39.47, -0.38, 1]], isps: [['Telefonica de Espana', 3352], ['Digi Spain', 57269]], mobile: [['Vodafone Spain', 12430]] },
  PT: { name: 'Portugal', cities: [['Lisbon', 'Lisboa', 38.72, -9.14, 0], ['Porto', 'Porto', 41.15, -8.61, 0]], isps: [['MEO', 3243], ['NOS Comunicacoes', 2860]], mobile: [['Vodafone Portugal', 12353]] },
  IT: { name: 'Italy', cities: [['Milan', 'Lombardy', 45.46, 9.19, 1], ['Turin', 'Piedmont', 45.07, 7.69, 1]], isps: [['Telecom Italia', 3269], ['Fastweb', 12874]], mobile: [['Wind Tre', 24608]] },
  PL: { name: 'Poland', cities: [['Warsaw', 'Mazovia', 52.23, 21.01, 1], ['Krakow', 'Lesser Poland', 50.06, 19.94, 1], ['Wroclaw', 'Lower Silesia', 51.11, 17.03, 1]], isps: [['Orange Polska', 5617], ['Vectra', 29314]], mobile: [['Play', 39603]] },
  CZ: { name: 'Czechia', cities: [['Prague', 'Prague', 50.08, 14.44, 1], ['Brno', 'South Moravian', 49.20, 16.61, 1]], isps: [['O2 Czech Republic', 5610]], mobile: [['T-Mobile Czech Republic', 13036]] },
  RO: { name: 'Romania', cities: [['Bucharest', 'Bucuresti', 44.43, 26.10, 2], ['Cluj-Napoca', 'Cluj', 46.77, 23.60, 2]], isps: [['RCS & RDS', 8708]], mobile: [['Orange Romania', 9050]] },
  SE: { name: 'Sweden', cities: [['Stockholm', 'Stockholm', 59.33, 18.07, 1], ['Gothenburg', 'Vastra Gotaland', 57.71, 11.97, 1]], isps: [['Telia Sverige', 3301], ['Bahnhof', 8473]], mobile: [['Tele2 Sverige', 1257]] },
  IE: { name: 'Ireland', cities: [['Dublin', 'Leinster', 53.35, -6.26, 0], ['Cork', 'Munster', 51.90, -8.47, 0]], isps: [['Eir', 5466], ['Virgin Media Ireland', 6830]], mobile: [['Three Ireland', 13280]] },
  EE: { name: 'Estonia', cities: [['Tallinn', 'Harjumaa', 59.44, 24.75, 2]], isps: [['Telia Eesti', 3249]], mobile: [['Elisa Eesti', 2586]] },
  LT: { name: 'Lithuania', cities: [['Vilnius', 'Vilnius', 54.69, 25.28, 2]], isps: [['Telia Lietuva', 8764]], mobile: [['Bite Lietuva', 13194]] },
  GR: { name: 'Greece', cities: [['Athens', 'Attica', 37.98, 23.73, 2], ['Thessaloniki', 'Central Macedonia', 40.64, 22.94, 2]], isps: [['Cosmote', 6799]], mobile: [['Vodafone Greece', 3329]] },
  TR: { name: 'Turkey', cities: [['Istanbul', 'Istanbul', 41.01, 28.98, 3]], isps: [['Turk Telekom', 9121]], mobile: [['Turkcell', 16135]] },
  US: { name: 'United States', cities: [['Austin', 'Texas', 30.27, -97.74, -6], ['Seattle', 'Washington', 47.61, -122.33, -8], ['New York', 'New York', 40.71, -74.01, -5], ['San Francisco', 'California', 37.77, -122.42, -8], ['Chicago', 'Illinois', 41.88, -87.63, -6], ['Denver', 'Colorado', 39.74, -104.99, -7], ['Boston', 'Massachusetts', 42.36, -71.06, -5], ['Atlanta', 'Georgia', 33.75, -84.39, -5]], isps: [['Comcast Cable Communications', 7922], ['Charter Communications', 20115], ['AT&T Services', 7018], ['Verizon Business', 701]], mobile: [['T-Mobile USA', 21928], ['Verizon Wireless', 22394]] },
  CA: { name: 'Canada', cities: [['Toronto', 'Ontario', 43.65, -79.38, -5], ['Vancouver', 'British Columbia', 49.28, -123.12, -8], ['Montreal', 'Quebec', 45.50, -73.57, -5]], isps: [['Rogers Communications', 812], ['Bell Canada', 577]], mobile: [['Telus Mobility', 852]] },
  MX: { name: 'Mexico', cities: [['Mexico City', 'Ciudad de Mexico', 19.43, -99.13, -6], ['Guadalajara', 'Jalisco', 20.66, -103.35, -6]], isps: [['Telmex', 8151]], mobile: [['Telcel', 28403]] },
  BR: { name: 'Brazil', cities: [['Sao Paulo', 'Sao Paulo', -23.55, -46.63, -3], ['Florianopolis', 'Santa Catarina', -27.60, -48.55, -3]], isps: [['Telefonica Brasil', 27699], ['Claro NXT', 28573]], mobile: [['TIM Brasil', 26615]] },
  AR: { name: 'Argentina', cities: [['Buenos Aires', 'Buenos Aires', -34.60, -58.38, -3], ['Cordoba', 'Cordoba', -31.42, -64.18, -3]], isps: [['Telecom Argentina', 7303]], mobile: [['Telefonica Moviles Argentina', 22927]] },
  CO: { name: 'Colombia', cities: [['Medellin', 'Antioquia', 6.24, -75.58, -5], ['Bogota', 'Bogota D.C.', 4.71, -74.07, -5]], isps: [['Comunicacion Celular Comcel', 10620]], mobile: [['Colombia Movil', 27831]] },
  IN: { name: 'India', cities: [['Bengaluru', 'Karnataka', 12.97, 77.59, 5.5], ['Pune', 'Maharashtra', 18.52, 73.86, 5.5], ['Hyderabad', 'Telangana', 17.39, 78.49, 5.5]], isps: [['Atria Convergence Technologies', 24309], ['Bharti Airtel', 24560]], mobile: [['Reliance Jio Infocomm', 55836]] },
  PH: { name: 'Philippines', cities: [['Makati', 'Metro Manila', 14.55, 121.02, 8], ['Quezon City', 'Metro Manila', 14.68, 121.04, 8], ['Taguig', 'Metro Manila', 14.52, 121.05, 8], ['Cebu City', 'Central Visayas', 10.32, 123.89, 8]], isps: [['PLDT', 9299], ['Converge ICT', 17639]], mobile: [['Globe Telecom', 4775], ['Smart Communications', 10139]] },
  SG: { name: 'Singapore', cities: [['Singapore', 'Singapore', 1.35, 103.82, 8]], isps: [['Singtel', 7473], ['StarHub', 4657]], mobile: [['M1', 17547]] },
  JP: { name: 'Japan', cities: [['Tokyo', 'Tokyo', 35.68, 139.69, 9]], isps: [['NTT Communications', 4713]], mobile: [['KDDI', 2516]] },
  AU: { name: 'Australia', cities: [['Melbourne', 'Victoria', -37.81, 144.96, 11], ['Sydney', 'New South Wales', -33.87, 151.21, 11], ['Brisbane', 'Queensland', -27.47, 153.03, 10]], isps: [['TPG Telecom', 7545], ['Telstra', 1221]], mobile: [['Optus', 4804]] },
  NZ: { name: 'New Zealand', cities: [['Auckland', 'Auckland', -36.85, 174.76, 13], ['Wellington', 'Wellington', -41.29, 174.78, 13]], isps: [['Spark New Zealand', 4771]], mobile: [['One NZ', 9500]] },
  ZA: { name: 'South Africa', cities: [['Cape Town', 'Western Cape', -33.92, 18.42, 2], ['Johannesburg', 'Gauteng', -26.20, 28.05, 2]], isps: [['Vumatel', 37263]], mobile: [['Vodacom', 29975]] },
  NG: { name: 'Nigeria', cities: [['Lagos', 'Lagos', 6.52, 3.38, 1]], isps: [['MainOne', 37282]], mobile: [['MTN Nigeria', 29465]] },
  KE: { name: 'Kenya', cities: [['Nairobi', 'Nairobi County', -1.29, 36.82, 3]], isps: [['Safaricom Home', 33771]], mobile: [['Airtel Kenya', 36926]] },
  VN: { name: 'Vietnam', cities: [['Ho Chi Minh City', 'Ho Chi Minh', 10.82, 106.63, 7]], isps: [['Viettel', 7552]], mobile: [['VNPT', 45899]] },
  TH: { name: 'Thailand', cities: [['Bangkok', 'Bangkok', 13.76, 100.50, 7], ['Chiang Mai', 'Chiang Mai', 18.79, 98.98, 7]], isps: [['True Internet', 7470]], mobile: [['AIS', 45430]] },
  ID: { name: 'Indonesia', cities: [['Denpasar', 'Bali', -8.65, 115.22, 8]], isps: [['Telkom Indonesia', 7713]], mobile: [['Telkomsel', 23693]] },
  AE: { name: 'United Arab Emirates', cities: [['Dubai', 'Dubayy', 25.20, 55.27, 4]], isps: [['Emirates Telecommunications', 5384]], mobile: [['du', 15802]] },
  CH: { name: 'Switzerland', cities: [['Zurich', 'Zurich', 47.38, 8.54, 1]], isps: [['Swisscom', 3303]], mobile: [['Sunrise', 6730]] },
};

// First octets used for auto-assigned consumer/mobile /16s, per region (plausible, not registry-checked).
const OCTETS = {
  eu: [2, 5, 31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 109, 176, 178, 188, 212, 213, 217],
  na: [24, 47, 50, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 107, 108, 173, 174],
  la: [177, 179, 181, 186, 187, 189, 190, 191, 200, 201],
  ap: [1, 14, 27, 36, 39, 42, 49, 58, 59, 60, 61, 101, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 175, 180, 182, 183, 202, 203, 210, 211, 218, 219, 220, 221, 222],
  af: [41, 102, 105, 154, 196, 197],
};
export const REGION = { NL: 'eu', DE: 'eu', GB: 'eu', FR: 'eu', ES: 'eu', PT: 'eu', IT: 'eu', PL: 'eu', CZ: 'eu', RO: 'eu', SE: 'eu', IE: 'eu', EE: 'eu', LT: 'eu', GR: 'eu', TR: 'eu', CH: 'eu', AE: 'eu', US: 'na', CA: 'na', MX: 'la', BR: 'la', AR: 'la', CO: 'la', IN: 'ap', PH: 'ap', SG: 'ap', JP: 'ap', AU: 'ap', NZ: 'ap', VN: 'ap', TH: 'ap', ID: 'ap', ZA: 'af', NG: 'af', KE: 'af' };

// Fixed networks. [asn, org, prefix (a.b.c or a.b), cc, cityIndex]
export const CLOUD = {
  // Azure (AS8075): Codespaces, Cloud Shell, dev containers, build agents, automation VMs
  azure_weu: { asn: 8075, org: 'Microsoft Corporation', prefix: '20.61', cc: 'NL', city: ['Amsterdam', 'Noord-Holland', 52.37, 4.89] },
  azure_neu: { asn: 8075, org: 'Microsoft Corporation', prefix: '20.67', cc: 'IE', city: ['Dublin', 'Leinster', 53.35, -6.26] },
  azure_eus: { asn: 8075, org: 'Microsoft Corporation', prefix: '20.185', cc: 'US', city: ['Boydton', 'Virginia', 36.67, -78.39] },
  azure_wus2: { asn: 8075, org: 'Microsoft Corporation', prefix: '20.112', cc: 'US', city: ['Quincy', 'Washington', 47.23, -119.85] },
  azure_sea: { asn: 8075, org: 'Microsoft Corporation', prefix: '20.195', cc: 'SG', city: ['Singapore', 'Singapore', 1.35, 103.82] },
  azure_aue: { asn: 8075, org: 'Microsoft Corporation', prefix: '20.211', cc: 'AU', city: ['Sydney', 'New South Wales', -33.87, 151.21] },
  azure_brs: { asn: 8075, org: 'Microsoft Corporation', prefix: '20.201', cc: 'BR', city: ['Sao Paulo', 'Sao Paulo', -23.55, -46.63] },
  // AWS (AS16509): SSH jump hosts, SaaS vendors' back ends
  aws_fra: { asn: 16509, org: 'Amazon.com, Inc.', prefix: '3.120', cc: 'DE', city: ['Frankfurt am Main', 'Hesse', 50.11, 8.68] },
  aws_iad: { asn: 14618, org: 'Amazon.com, Inc.', prefix: '44.192', cc: 'US', city: ['Ashburn', 'Virginia', 39.04, -77.49] },
  aws_syd: { asn: 16509, org: 'Amazon.com, Inc.', prefix: '3.104', cc: 'AU', city: ['Sydney', 'New South Wales', -33.87, 151.21] },
  gcp_ew4: { asn: 396982, org: 'Google LLC', prefix: '34.90', cc: 'NL', city: ['Groningen', 'Groningen', 53.22, 6.57] },
  gcp_usc1: { asn: 396982, org: 'Google LLC', prefix: '34.28', cc: 'US', city: ['Council Bluffs', 'Iowa', 41.26, -95.86] },
};

// Corporate ZTNA/SASE egress (Zscaler-like, AS53813): POP → a few egress addresses shared by everyone on that POP.
export const ZTNA_POPS = [
  { key: 'ams', prefix: '165.225.240', cc: 'NL', city: ['Amsterdam', 'Noord-Holland', 52.37, 4.89], serves: ['NL', 'DE', 'BE', 'CZ', 'PL', 'SE', 'EE', 'LT', 'RO', 'GR', 'TR', 'CH', 'IT', 'AE'] },
  { key: 'lon', prefix: '165.225.196', cc: 'GB', city: ['London', 'England', 51.51, -0.13], serves: ['GB', 'IE', 'FR'] },
  { key: 'mad', prefix: '165.225.92', cc: 'ES', city: ['Madrid', 'Madrid', 40.42, -3.70], serves: ['ES', 'PT'] },
  { key: 'was', prefix: '136.226.50', cc: 'US', city: ['Ashburn', 'Virginia', 39.04, -77.49], serves: ['US', 'CA', 'MX', 'CO'] },
  { key: 'sjc', prefix: '136.226.66', cc: 'US', city: ['San Jose', 'California', 37.34, -121.89], serves: [] },
  { key: 'gru', prefix: '147.161.128', cc: 'BR', city: ['Sao Paulo', 'Sao Paulo', -23.55, -46.63], serves: ['BR', 'AR'] },
  { key: 'mnl', prefix: '147.161.200', cc: 'PH', city: ['Manila', 'Metro Manila', 14.60, 120.98], serves: ['PH', 'VN', 'TH', 'ID'] },
  { key: 'sin', prefix: '165.225.112', cc: 'SG', city: ['Singapore', 'Singapore', 1.35, 103.82], serves: ['SG', 'IN', 'JP'] },
  { key: 'syd', prefix: '165.225.226', cc: 'AU', city: ['Sydney', 'New South Wales', -33.87, 151.21], serves: ['AU', 'NZ'] },
  { key: 'jnb', prefix: '147.161.160', cc: 'ZA', city: ['Johannesburg', 'Gauteng', -26.20, 28.05], serves: ['ZA', 'NG', 'KE'] },
];
export const ZTNA_ASN = 53813;

// Commercial VPN exits used by privacy-minded staff (benign). [asn, org, prefix, cc, city]
export const STAFF_VPN = [
  { asn: 9009, org: 'M247 Europe SRL', prefix: '185.204.1', cc: 'NL', city: ['Amsterdam', 'Noord-Holland', 52.37, 4.89] },
  { asn: 9009, org: 'M247 Europe SRL', prefix: '89.44.201', cc: 'DE', city: ['Frankfurt am Main', 'Hesse', 50.11, 8.68] },
  { asn: 60068, org: 'Datacamp Limited', prefix: '138.199.7', cc: 'CH', city: ['Zurich', 'Zurich', 47.38, 8.54] },
  { asn: 60068, org: 'Datacamp Limited', prefix: '143.244.44', cc: 'GB', city: ['London', 'England', 51.51, -0.13] },
  { asn: 209103, org: 'Proton AG', prefix: '79.127.160', cc: 'SE', city: ['Stockholm', 'Stockholm', 59.33, 18.07] },
  { asn: 9009, org: 'M247 Ltd', prefix: '146.70.118', cc: 'US', city: ['New York', 'New York', 40.71, -74.01] },
  { asn: 9009, org: 'M247 Ltd', prefix: '146.70.172', cc: 'US', city: ['Los Angeles', 'California', 34.05, -118.24] },
  { asn: 136787, org: 'TEFINCOM S.A.', prefix: '194.35.232', cc: 'CA', city: ['Toronto', 'Ontario', 43.65, -79.38] },
  { asn: 9009, org: 'M247 Ltd', prefix: '103.108.229', cc: 'SG', city: ['Singapore', 'Singapore', 1.35, 103.82] },
  { asn: 13335, org: 'Cloudflare, Inc.', prefix: '104.28.42', cc: 'PT', city: ['Lisbon', 'Lisboa', 38.72, -9.14] },
];

// Co-working spaces (business ISP line shared by members incl. strangers). [name, cc, cityName, asn/org]
export const COWORK = [
  ['Second Floor Lisbon', 'PT', 'Lisbon'], ['Fabrikhaus Berlin', 'DE', 'Berlin'], ['Capital Works Austin', 'US', 'Austin'],
  ['Old Street Hub', 'GB', 'London'], ['Palermo Cowork', 'AR', 'Buenos Aires'], ['Dojo Canggu', 'ID', 'Denpasar'],
  ['Selina Medellin', 'CO', 'Medellin'], ['Punspace', 'TH', 'Chiang Mai'], ['Workshop17', 'ZA', 'Cape Town'],
  ['Lift Tallinn', 'EE', 'Tallinn'], ['WeWork Roma Norte', 'MX', 'Mexico City'], ['HQ Bangkok', 'TH', 'Bangkok'],
  ['Spaces Zuidas', 'NL', 'Amsterdam'], ['Impact Hub Warsaw', 'PL', 'Warsaw'], ['The Commons Melbourne', 'AU', 'Melbourne'],
];

// Travel networks: airports, hotels, conferences. [kind, name, cc, cityName]
export const TRAVEL_NETS = [
  ['airport', 'Schiphol Lounge Wi-Fi', 'NL', 'Amsterdam'], ['airport', 'Heathrow T5 Wi-Fi', 'GB', 'London'],
  ['airport', 'JFK Terminal 4 Wi-Fi', 'US', 'New York'], ['airport', 'SFO Free Wi-Fi', 'US', 'San Francisco'],
  ['airport', 'Changi Wi-Fi', 'SG', 'Singapore'], ['airport', 'DXB Lounge Wi-Fi', 'AE', 'Dubai'],
  ['airport', 'Frankfurt Airport Wi-Fi', 'DE', 'Berlin'], ['airport', 'Toronto Pearson Wi-Fi', 'CA', 'Toronto'],
  ['hotel', 'Hotel Wi-Fi Amsterdam', 'NL', 'Amsterdam'], ['hotel', 'Hotel Wi-Fi London', 'GB', 'London'],
  ['hotel', 'Hotel Wi-Fi New York', 'US', 'New York'], ['hotel', 'Hotel Wi-Fi San Francisco', 'US', 'San Francisco'],
  ['hotel', 'Hotel Wi-Fi Chicago', 'US', 'Chicago'], ['hotel', 'Hotel Wi-Fi Munich', 'DE', 'Munich'],
  ['hotel', 'Hotel Wi-Fi Paris', 'FR', 'Paris'], ['hotel', 'Hotel Wi-Fi Singapore', 'SG', 'Singapore'],
  ['hotel', 'Hotel Wi-Fi Sydney', 'AU', 'Sydney'], ['hotel', 'Hotel Wi-Fi Dubai', 'AE', 'Dubai'],
  ['hotel', 'Hotel Wi-Fi Toronto', 'CA', 'Toronto'], ['hotel', 'Hotel Wi-Fi Barcelona', 'ES', 'Barcelona'],
  ['hotel', 'Hotel Wi-Fi Stockholm', 'SE', 'Stockholm'], ['hotel', 'Hotel Wi-Fi Boston', 'US', 'Boston'],
];
export const CONFERENCE = { name: 'SupportOps World 2026', cc: 'ES', city: 'Barcelona', days: [8, 9, 10] };

export const APPS = {
  teams: { id: '1fec8e78-bce4-4aaf-ab1b-5451cc387264', name: 'Microsoft Teams' },
  teamsWeb: { id: '5e3ce6c0-2b1f-4285-8d4b-75ee78787346', name: 'Microsoft Teams Web Client' },
  office: { id: 'd3590ed6-52b3-4102-aeff-aad2292ab01c', name: 'Microsoft Office' },
  officeHome: { id: '4765445b-32c6-49b0-83e6-1d93765276ca', name: 'OfficeHome' },
  owa: { id: '9199bf20-a13f-4107-85dc-02114787ef48', name: 'One Outlook Web' },
  outlookMobile: { id: '27922004-5251-4030-b22d-91ecd9a37ea4', name: 'Outlook Mobile' },
  oneDrive: { id: 'ab9b8c07-8f02-4f72-87fa-80105867a763', name: 'OneDrive SyncEngine' },
  sharepoint: { id: '00000003-0000-0ff1-ce00-000000000000', name: 'Office 365 SharePoint Online' },
  portal: { id: 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c', name: 'Azure Portal' },
  azcli: { id: '04b07795-8ddb-461a-bbee-02f9e1bf7b46', name: 'Microsoft Azure CLI' },
  azps: { id: '1950a258-227b-4e31-a9cf-717495945fc2', name: 'Microsoft Azure PowerShell' },
  vscode: { id: 'aebc6443-996d-45c2-90f0-388ff96faa56', name: 'Visual Studio Code' },
  broker: { id: '29d9ed98-a469-4536-ade2-f981bc1d605e', name: 'Microsoft Authentication Broker' },
  winSignIn: { id: '38aa3b87-a06d-4817-b275-7a316988d93b', name: 'Windows Sign In' },
  edge: { id: 'ecd6b820-32c2-49b6-98a6-444530e5a77a', name: 'Microsoft Edge' },
  companyPortal: { id: '9ba1a5c7-f17a-4de9-a1f1-6178c8d51223', name: 'Microsoft Intune Company Portal' },
  mySignins: { id: '19db86c3-b2b9-44cc-b339-36da233a3be2', name: 'My Signins' },
  myApps: { id: '2793995e-0a7d-40d7-bd35-6968ba142197', name: 'My Apps' },
  myProfile: { id: '8c59ead7-d703-4a27-9e55-c96a0054c8d2', name: 'My Profile' },
  authenticator: { id: '4813382a-8fa7-425e-ab75-3b753aab3abb', name: 'Microsoft Authenticator App' },
  adoApp: { id: '872cd9fa-d31f-45e0-9eab-6e460a02d1f1', name: 'Visual Studio' },
  aadps: { id: '1b730954-1685-4b74-9bfd-dac224a7b894', name: 'Azure Active Directory PowerShell' },
  graphExplorer: { id: 'de8bc8b5-d9f9-48b1-a8ad-b748da725064', name: 'Graph Explorer' },
  emClient: { id: 'e9a7fea1-1cc0-4cd9-a31b-9137ca5deedd', name: 'eM Client' },
  sspr: { id: '93625bc8-bfe2-437a-97e0-3d0060024faa', name: 'Microsoft password reset service' },
};
export const RES = {
  exo: { id: '00000002-0000-0ff1-ce00-000000000000', name: 'Office 365 Exchange Online' },
  spo: { id: '00000003-0000-0ff1-ce00-000000000000', name: 'Office 365 SharePoint Online' },
  graph: { id: '00000003-0000-0000-c000-000000000000', name: 'Microsoft Graph' },
  aadGraph: { id: '00000002-0000-0000-c000-000000000000', name: 'Windows Azure Active Directory' },
  arm: { id: '797f4846-ba00-4fd7-ba43-dac1f8f63013', name: 'Windows Azure Service Management API' },
  kv: { id: 'cfa8b339-82a2-471a-a3c9-0fc0be7a4093', name: 'Azure Key Vault' },
  ado: { id: '499b84ac-1321-427f-aa17-267ca6975798', name: 'Azure DevOps' },
  teamsSvc: { id: 'cc15fd57-2c6c-4117-a88c-83b1d56b4bbe', name: 'Microsoft Teams Services' },
  skype: { id: '00000004-0000-0ff1-ce00-000000000000', name: 'Skype for Business Online' },
  officeApps: { id: '0ec893e0-5785-4de6-99da-4ed124e5296c', name: 'Office UWP PWA' },
  drs: { id: '01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', name: 'Device Registration Service' },
  intuneEnroll: { id: 'd4ebce55-015a-49b5-a083-c84d1797ae8c', name: 'Microsoft Intune Enrollment' },
  substrate: { id: '4d4ed5e6-4d3e-4c4e-8d68-5e2d0ef6d7a3', name: 'Substrate Context Service' },
  mySignins: { id: '19db86c3-b2b9-44cc-b339-36da233a3be2', name: 'My Signins' },
};
// Enterprise SaaS apps federated with the tenant (SAML/OIDC; app ids are tenant-specific, fixed here).
export const SAAS = {
  github: { id: '5c1b8f0a-3f02-4e4b-9a55-1f0c62b2a7d1', name: 'GitHub Enterprise Cloud - Harbourlight' },
  slack: { id: '7a3e1c52-9d1e-4b0f-8c45-02d6e4b7a913', name: 'Slack' },
  atlassian: { id: '2f8d6b1e-7c4a-4e9b-b3a1-95e0c7d2f406', name: 'Atlassian Cloud' },
  salesforce: { id: '9e4c2a70-1b5d-4f8e-a2c6-3d7b9f0e1a25', name: 'Salesforce' },
  zendesk: { id: '4b7e9d13-6a2f-4c8b-9e05-1f3a6d8c2b70', name: 'Zendesk' },
  workday: { id: '0d6a8f24-5e3b-4a1c-b7d9-8c2e4f6a1b39', name: 'Workday' },
  pagerduty: { id: 'e1f3a5c7-2b4d-4e6f-8a0c-9d1b3e5f7a29', name: 'PagerDuty' },
  datadog: { id: '8b2d4f60-1a3c-4e5b-9d7f-0e2a4c6b8d13', name: 'Datadog' },
  gong: { id: '3c5e7a91-2d4f-4b6a-8c0e-1f3b5d7a9c24', name: 'Gong' },
  hubspot: { id: '6f8a0c23-4e5b-4d7c-9a1e-2b4c6d8f0a35', name: 'HubSpot' },
  figma: { id: 'a4c6e802-3b5d-4f7a-9c1e-5d7f9b1c3e46', name: 'Figma' },
  notion: { id: 'b5d7f913-4c6e-4a8b-8d2f-6e8a0c2d4f57', name: 'Notion' },
  greenhouse: { id: 'c6e8a024-5d7f-4b9c-9e3a-7f9b1d3e5a68', name: 'Greenhouse' },
  netsuite: { id: 'd7f9b135-6e8a-4cad-8f4b-8a0c2e4f6b79', name: 'Oracle NetSuite' },
};

// Well-known third-party apps users consent to (benign) and the vendors' back-end networks.
export const CONSENT_APPS = [
  { id: '0e9e2b5d-4c7a-4f3e-9b1d-6a8c0e2f4b13', name: 'Calendly', publisher: 'Calendly LLC', scopes: 'Calendars.ReadWrite User.Read offline_access openid profile email', net: 'aws_iad', verified: true },
  { id: '1f0a3c6e-5d8b-4a4f-8c2e-7b9d1f3a5c24', name: 'Zoom for Outlook', publisher: 'Zoom Video Communications, Inc.', scopes: 'Calendars.ReadWrite User.Read offline_access openid', net: 'aws_iad', verified: true },
  { id: '2a1b4d7f-6e9c-4b5a-9d3f-8c0e2a4b6d35', name: 'Miro', publisher: 'Miro', scopes: 'User.Read Files.Read openid profile offline_access', net: 'aws_fra', verified: true },
  { id: '3b2c5e80-7fad-4c6b-8e4a-9d1f3b5c7e46', name: 'Grammarly', publisher: 'Grammarly, Inc.', scopes: 'User.Read openid profile email', net: 'aws_iad', verified: true },
  { id: '4c3d6f91-80be-4d7c-9f5b-0e2a4c6d8f57', name: 'Loom', publisher: 'Loom, Inc.', scopes: 'User.Read openid profile email offline_access', net: 'gcp_usc1', verified: true },
];

export const UA = {
  winEdge: ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36 Edg/132.0.0.0', 'Windows 10', 'Edge 132.0.0'],
  winChrome: ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36', 'Windows 10', 'Chrome 132.0.0'],
  macChrome: ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36', 'MacOs', 'Chrome 132.0.0'],
  macSafari: ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15', 'MacOs', 'Safari 18.2'],
  linuxFirefox: ['Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0', 'Linux', 'Firefox 134.0'],
  linuxChrome: ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36', 'Linux', 'Chrome 132.0.0'],
  iosSafari: ['Mozilla/5.0 (iPhone; CPU iPhone OS 18_2_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1', 'Ios', 'Mobile Safari 18.2'],
  androidChrome: ['Mozilla/5.0 (Linux; Android 14; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Mobile Safari/537.36', 'Android', 'Chrome Mobile 132.0.0'],
};
export const NATIVE_UA = {
  teamsWin: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0 Teams/24335.208.3315.1951',
  teamsMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Teams/24335.206.3315.1951',
  outlookWin: 'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.18324; Pro)',
  outlookMac: 'Microsoft Office/16.0 (Macintosh; Mac OS X 15.2; Microsoft Outlook 16.93.25011212)',
  oneDriveWin: 'Microsoft SkyDriveSync 25.010.0119.0002 ship; Windows NT 10.0 (26100)',
  outlookIos: 'Outlook-iOS/2.0',
  outlookAndroid: 'Outlook-Android/2.0',
  teamsIos: 'Microsoft Teams/6.28.1 (iPhone; iOS 18.2.1)',
  teamsAndroid: 'Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP4A.250105.002) Teams/1416/1.0.0.2025010401',
  azcliLinux: 'python/3.12.8 (Linux-6.8.0-1020-azure-x86_64-with-glibc2.39) AZURECLI/2.68.0 (DEB)',
  azcliMac: 'python/3.12.8 (macOS-15.2-arm64-arm-64bit) AZURECLI/2.68.0 (HOMEBREW)',
  azcliWsl: 'python/3.12.8 (Linux-5.15.167.4-microsoft-standard-WSL2-x86_64-with-glibc2.35) AZURECLI/2.68.0 (DEB)',
  vscode: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Code/1.96.4 Chrome/128.0.6613.186 Electron/32.2.6 Safari/537.36',
  vscodeMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Code/1.96.4 Chrome/128.0.6613.186 Electron/32.2.6 Safari/537.36',
  azps: 'Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.22631; en-US) PowerShell/7.4.6',
  winAuth: 'Windows-AzureAD-Authentication-Provider/1.0',
  authenticatorIos: 'Azure Authenticator/6.8.24 (iOS 18.2.1)',
};

export const NAMES = {
  eu: { first: ['Lars', 'Sanne', 'Jonas', 'Eva', 'Tomasz', 'Anna', 'Pedro', 'Ines', 'Marco', 'Giulia', 'Lukas', 'Lena', 'Oliver', 'Chloe', 'Mateusz', 'Zofia', 'Andrei', 'Ioana', 'Erik', 'Astrid', 'Sean', 'Aoife', 'Kristjan', 'Liis', 'Nikos', 'Eleni', 'Emre', 'Zeynep', 'Hugo', 'Camille', 'Pablo', 'Lucia', 'Jan', 'Tereza', 'Tom', 'Sophie', 'Daan', 'Fleur', 'Rui', 'Beatriz'], last: ['de Vries', 'Jansen', 'Muller', 'Schmidt', 'Kowalski', 'Nowak', 'Silva', 'Santos', 'Rossi', 'Bianchi', 'Fischer', 'Weber', 'Smith', 'Taylor', 'Wojcik', 'Lewandowska', 'Popescu', 'Ionescu', 'Lindqvist', 'Berg', 'Murphy', 'Byrne', 'Tamm', 'Saar', 'Papadopoulos', 'Georgiou', 'Yilmaz', 'Demir', 'Martin', 'Bernard', 'Garcia', 'Fernandez', 'Novak', 'Dvorakova', 'Evans', 'Bakker', 'Visser', 'Ferreira', 'Costa', 'Meijer'] },
  na: { first: ['Michael', 'Jessica', 'David', 'Ashley', 'Chris', 'Emily', 'Ryan', 'Sarah', 'Tyler', 'Megan', 'Jordan', 'Taylor', 'Kevin', 'Rachel', 'Brandon', 'Lauren', 'Marcus', 'Priya', 'Daniel', 'Olivia', 'Ethan', 'Hannah', 'Noah', 'Grace'], last: ['Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Thomas', 'Moore', 'Jackson', 'White', 'Harris', 'Clark', 'Lewis', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Nguyen', 'Patel', 'Kim', 'Chen'] },
  la: { first: ['Santiago', 'Valentina', 'Mateo', 'Camila', 'Joao', 'Mariana', 'Diego', 'Sofia', 'Lucas', 'Gabriela', 'Juan', 'Isabella', 'Rafael', 'Fernanda'], last: ['Gonzalez', 'Rodriguez', 'Lopez', 'Martinez', 'Pereira', 'Oliveira', 'Souza', 'Gomez', 'Diaz', 'Ramirez', 'Torres', 'Alves', 'Romero', 'Castro'] },
  ap: { first: ['Arjun', 'Ananya', 'Rahul', 'Sneha', 'Miguel', 'Maria', 'Jose', 'Kristine', 'Wei', 'Mei', 'Haruto', 'Yui', 'Jack', 'Chloe', 'Liam', 'Isla', 'Minh', 'Linh', 'Nattapong', 'Ploy', 'Ketut', 'Ayu', 'Paolo', 'Angelica', 'Mark', 'Joy'], last: ['Sharma', 'Iyer', 'Reddy', 'Nair', 'Santos', 'Reyes', 'Cruz', 'Bautista', 'Garcia', 'Mendoza', 'Tan', 'Lim', 'Sato', 'Suzuki', 'Smith', 'Wilson', 'Nguyen', 'Tran', 'Srisuk', 'Wijaya', 'Dela Cruz', 'Villanueva', 'Aquino', 'Ramos', 'Kumar', 'Walsh'] },
  af: { first: ['Thabo', 'Naledi', 'Chinedu', 'Amara', 'Kofi', 'Wanjiru', 'Sipho', 'Zanele', 'Tunde', 'Ngozi'], last: ['Nkosi', 'Dlamini', 'Okafor', 'Adeyemi', 'Mensah', 'Kamau', 'Otieno', 'van der Merwe', 'Botha', 'Eze'] },
};

export function octetsFor(cc) { return OCTETS[REGION[cc]]; }
