// The world: calendar, places, networks (ASN + address blocks + geolocation), apps, user agents,
// Conditional Access policies and AADSTS texts. Address blocks are plausible for their ASN but are
// not claimed to be exact allocations (see README).

export const DAY = 86_400_000, HOUR = 3_600_000, MIN = 60_000;
export const T0 = Date.UTC(2026, 2, 2); // Mon 2 Mar 2026 00:00 UTC
export const NDAYS = 14;
export const T_END = T0 + NDAYS * DAY; // Mon 16 Mar 00:00 UTC (exclusive)
export const TENANT_ID = '5b7e2c1a-94d3-4f0e-8a61-3c9d27f4e8b2';
export const WORKSPACE_ID = 'a3f1c9e2-6d48-4b7a-9e05-71c2d8b4f6a9';
export const DOMAIN = 'kestrelrelief.org';

// city geos: [city, state, cc, lat, lon]
export const GEO = {
  GVA: ['Geneva', 'Geneve', 'CH', 46.2044, 6.1432], LAU: ['Lausanne', 'Vaud', 'CH', 46.5197, 6.6323],
  ZRH: ['Zurich', 'Zurich', 'CH', 47.3769, 8.5417], BRN: ['Bern', 'Bern', 'CH', 46.948, 7.4474],
  ANM: ['Annemasse', 'Auvergne-Rhone-Alpes', 'FR', 46.1934, 6.2342], FRN: ['Ferney-Voltaire', 'Auvergne-Rhone-Alpes', 'FR', 46.2558, 6.1081],
  SJG: ['Saint-Julien-en-Genevois', 'Auvergne-Rhone-Alpes', 'FR', 46.1443, 6.0817], LYS: ['Lyon', 'Auvergne-Rhone-Alpes', 'FR', 45.764, 4.8357],
  FRA: ['Frankfurt am Main', 'Hessen', 'DE', 50.1109, 8.6821], PAR: ['Paris', 'Ile-de-France', 'FR', 48.8566, 2.3522],
  MIL: ['Milan', 'Lombardia', 'IT', 45.4642, 9.19], AMS: ['Amsterdam', 'Noord-Holland', 'NL', 52.3676, 4.9041],
  LON: ['London', 'England', 'GB', 51.5072, -0.1276], MAD: ['Madrid', 'Madrid', 'ES', 40.4168, -3.7038],
  BRU: ['Brussels', 'Brussels Capital', 'BE', 50.8503, 4.3517], OSL: ['Oslo', 'Oslo', 'NO', 59.9139, 10.7522],
  HEL: ['Helsinki', 'Uusimaa', 'FI', 60.1699, 24.9384], BUH: ['Bucharest', 'Bucuresti', 'RO', 44.4268, 26.1025],
  NBO: ['Nairobi', 'Nairobi County', 'KE', -1.2864, 36.8172], MBA: ['Mombasa', 'Mombasa', 'KE', -4.0435, 39.6682],
  AMM: ['Amman', 'Amman Governorate', 'JO', 31.9539, 35.9106], IRB: ['Irbid', 'Irbid Governorate', 'JO', 32.5556, 35.85],
  BKK: ['Bangkok', 'Bangkok', 'TH', 13.7563, 100.5018], PTY: ['Panama City', 'Panama', 'PA', 8.9824, -79.5199],
  JUB: ['Juba', 'Central Equatoria', 'SS', 4.8594, 31.5713], GOM: ['Goma', 'Nord-Kivu', 'CD', -1.6792, 29.2228],
  FIH: ['Kinshasa', 'Kinshasa', 'CD', -4.4419, 15.2663], KGL: ['Kigali', 'Kigali', 'RW', -1.9441, 30.0619],
  GSY: ['Gisenyi', 'Western Province', 'RW', -1.7025, 29.2564],
  CXB: ["Cox's Bazar", 'Chittagong', 'BD', 21.4272, 92.0058], DAC: ['Dhaka', 'Dhaka', 'BD', 23.8103, 90.4125],
  GZT: ['Gaziantep', 'Gaziantep', 'TR', 37.0662, 37.3833], IST: ['Istanbul', 'Istanbul', 'TR', 41.0082, 28.9784],
  PAP: ['Port-au-Prince', 'Ouest', 'HT', 18.5944, -72.3074], MIU: ['Maiduguri', 'Borno', 'NG', 11.8311, 13.151],
  LOS: ['Lagos', 'Lagos', 'NG', 6.5244, 3.3792], ABV: ['Abuja', 'Federal Capital Territory', 'NG', 9.0765, 7.3986],
  DOH: ['Doha', 'Baladiyat ad Dawhah', 'QA', 25.2854, 51.531], DXB: ['Dubai', 'Dubai', 'AE', 25.2048, 55.2708],
  ADD: ['Addis Ababa', 'Addis Ababa', 'ET', 8.9806, 38.7578], JNB: ['Johannesburg', 'Gauteng', 'ZA', -26.2041, 28.0473],
  SIN: ['Singapore', 'Singapore', 'SG', 1.3521, 103.8198], MIA: ['Miami', 'Florida', 'US', 25.7617, -80.1918],
  PNQ: ['Pune', 'Maharashtra', 'IN', 18.5204, 73.8567], BOM: ['Mumbai', 'Maharashtra', 'IN', 19.076, 72.8777],
  WAS: ['Washington', 'District of Columbia', 'US', 38.9072, -77.0369], NYC: ['New York', 'New York', 'US', 40.7128, -74.006],
  DKR: ['Dakar', 'Dakar', 'SN', 14.7167, -17.4677], BEY: ['Beirut', 'Beyrouth', 'LB', 33.8938, 35.5018],
  MNL: ['Manila', 'Metro Manila', 'PH', 14.5995, 120.9842], BOG: ['Bogota', 'Bogota D.C.', 'CO', 4.711, -74.0721],
  OTT: ['Ottawa', 'Ontario', 'CA', 45.4215, -75.6972], STO: ['Stockholm', 'Stockholm', 'SE', 59.3293, 18.0686],
  CPH: ['Copenhagen', 'Capital Region', 'DK', 55.6761, 12.5683], BER: ['Berlin', 'Berlin', 'DE', 52.52, 13.405],
  KMP: ['Kampala', 'Central Region', 'UG', 0.3476, 32.5825], TOK: ['Tokyo', 'Tokyo', 'JP', 35.6762, 139.6503],
  // intruder-side places
  ASH: ['Ashburn', 'Virginia', 'US', 39.0438, -77.4874], PDX: ['Boardman', 'Oregon', 'US', 45.8399, -119.7006],
  MTL: ['Montreal', 'Quebec', 'CA', 45.5019, -73.5674], SAO: ['Sao Paulo', 'Sao Paulo', 'BR', -23.5505, -46.6333],
  DUB: ['Dublin', 'Leinster', 'IE', 53.3498, -6.2603], SEO: ['Seoul', 'Seoul', 'KR', 37.5665, 126.978],
  RBX: ['Roubaix', 'Hauts-de-France', 'FR', 50.6942, 3.1746], HOU: ['Houston', 'Texas', 'US', 29.7604, -95.3698],
  ATL: ['Atlanta', 'Georgia', 'US', 33.749, -84.388], CHI: ['Chicago', 'Illinois', 'US', 41.8781, -87.6298],
  LAX: ['Los Angeles', 'California', 'US', 34.0522, -118.2437], DAL: ['Dallas', 'Texas', 'US', 32.7767, -96.797],
  PHX: ['Phoenix', 'Arizona', 'US', 33.4484, -112.074], DEN: ['Denver', 'Colorado', 'US', 39.7392, -104.9903],
  TOR: ['Toronto', 'Ontario', 'CA', 43.6532, -79.3832], MAN: ['Manchester', 'England', 'GB', 53.4808, -2.2426],
  HAM: ['Hamburg', 'Hamburg', 'DE', 53.5511, 9.9937], MUC: ['Munich', 'Bayern', 'DE', 48.1351, 11.582],
  ROM: ['Rome', 'Lazio', 'IT', 41.9028, 12.4964], WAW: ['Warsaw', 'Mazowieckie', 'PL', 52.2297, 21.0122],
  RIO: ['Rio de Janeiro', 'Rio de Janeiro', 'BR', -22.9068, -43.1729], MEX: ['Mexico City', 'Ciudad de Mexico', 'MX', 19.4326, -99.1332],
  HAN: ['Hanoi', 'Ha Noi', 'VN', 21.0278, 105.8342], SGN: ['Ho Chi Minh City', 'Ho Chi Minh', 'VN', 10.8231, 106.6297],
  JKT: ['Jakarta', 'Jakarta', 'ID', -6.2088, 106.8456], CAI: ['Cairo', 'Cairo Governorate', 'EG', 30.0444, 31.2357],
  LIS: ['Lisbon', 'Lisboa', 'PT', 38.7223, -9.1393], VIE: ['Vienna', 'Wien', 'AT', 48.2082, 16.3738],
};

// Base offices: code -> {geo, tz offset hours in March 2026 (before/after 8 Mar for Haiti), kind}
export const BASES = {
  GVA: { tz: 1, kind: 'hq', weekend: [6, 0] }, NBO: { tz: 3, kind: 'hub', weekend: [6, 0] },
  AMM: { tz: 3, kind: 'hub', weekend: [5, 6] }, BKK: { tz: 7, kind: 'hub', weekend: [6, 0] },
  PTY: { tz: -5, kind: 'hub', weekend: [6, 0] }, JUB: { tz: 2, kind: 'field', weekend: [0] },
  GOM: { tz: 2, kind: 'field', weekend: [0] }, CXB: { tz: 6, kind: 'field', weekend: [5] },
  GZT: { tz: 3, kind: 'field', weekend: [6, 0] }, PAP: { tz: -5, kind: 'field', weekend: [0] },
  MIU: { tz: 1, kind: 'field', weekend: [0] },
};
export const TZ = { GVA: 1, NBO: 3, AMM: 3, BKK: 7, PTY: -5, JUB: 2, GOM: 2, CXB: 6, GZT: 3, PAP: -5, MIU: 1,
  KGL: 2, DOH: 3, DXB: 4, IST: 3, AMS: 1, ADD: 3, MAD: 1, DAC: 6, ABV: 1, LOS: 1, GSY: 2, PNQ: 5.5 };
export function tzAt(code, t) {
  if (code === 'PAP' && t >= Date.UTC(2026, 2, 8, 7)) return -4; // Haiti observes DST from 8 Mar 2026
  return TZ[code] ?? 0;
}

/**
 * Networks. kind: office|home|mobile|sat|sase|cloud|hotel|airport|proxy|hosting.
 * pfx: IPv4 prefixes ("a.b.c" = /24 pool, "a.b" = /16 pool). v6: optional IPv6 /48-ish prefix.
 * geo: GEO key where the block geolocates. hosts: size of the address pool (CGNAT pools are small and shared).
 */
export const NETS = {
  // --- Geneva HQ ---
  'zs-zrh': { asn: 62044, org: 'Zscaler', kind: 'sase', pfx: ['165.225.94', '165.225.92'], geo: 'ZRH', hosts: 24 },
  'zs-fra': { asn: 62044, org: 'Zscaler', kind: 'sase', pfx: ['165.225.72', '165.225.26'], geo: 'FRA', hosts: 24 },
  'zs-par': { asn: 62044, org: 'Zscaler', kind: 'sase', pfx: ['165.225.20'], geo: 'PAR', hosts: 16 },
  'zs-mil': { asn: 62044, org: 'Zscaler', kind: 'sase', pfx: ['147.161.234'], geo: 'MIL', hosts: 12 },
  'zs-jnb': { asn: 62044, org: 'Zscaler', kind: 'sase', pfx: ['165.225.232'], geo: 'JNB', hosts: 10 },
  'zs-dxb': { asn: 62044, org: 'Zscaler', kind: 'sase', pfx: ['147.161.174'], geo: 'DXB', hosts: 10 },
  'zs-sin': { asn: 62044, org: 'Zscaler', kind: 'sase', pfx: ['165.225.112'], geo: 'SIN', hosts: 10 },
  'zs-mia': { asn: 62044, org: 'Zscaler', kind: 'sase', pfx: ['165.225.216'], geo: 'MIA', hosts: 10 },
  'gva-office': { asn: 3303, org: 'Swisscom (Schweiz) AG', kind: 'office', pfx: ['195.186.148'], geo: 'GVA', hosts: 4 },
  'ch-swisscom': { asn: 3303, org: 'Swisscom (Schweiz) AG', kind: 'home', pfx: ['85.1', '85.4', '178.194', '83.77'], geo: 'GVA', v6: '2a02:1210', alt: ['LAU'] },
  'ch-sunrise': { asn: 6730, org: 'Sunrise GmbH', kind: 'home', pfx: ['212.51', '77.57', '188.61'], geo: 'GVA' },
  'ch-salt-mob': { asn: 15796, org: 'Salt Mobile SA', kind: 'mobile', pfx: ['31.10.136', '31.10.137', '31.10.140'], geo: 'ZRH', hosts: 90 },
  'ch-swisscom-mob': { asn: 3303, org: 'Swisscom (Schweiz) AG', kind: 'mobile', pfx: ['178.197.218', '178.197.219', '178.197.222'], geo: 'BRN', hosts: 120 },
  'fr-orange': { asn: 3215, org: 'Orange S.A.', kind: 'home', pfx: ['90.12', '86.237', '2.10'], geo: 'ANM', alt: ['FRN', 'SJG'] },
  'fr-free': { asn: 12322, org: 'Free SAS', kind: 'home', pfx: ['82.65', '88.172'], geo: 'SJG', alt: ['ANM'] },
  'w365-chn': { asn: 8075, org: 'Microsoft Corporation', kind: 'cloud', pfx: ['20.208.41', '51.107.8'], geo: 'ZRH', hosts: 40 },
  'w365-weu': { asn: 8075, org: 'Microsoft Corporation', kind: 'cloud', pfx: ['20.23.112', '20.31.54'], geo: 'AMS', hosts: 40 },
  'azure-weu-app': { asn: 8075, org: 'Microsoft Corporation', kind: 'cloud', pfx: ['20.86.93'], geo: 'AMS', hosts: 2 },
  'azure-chn-app': { asn: 8075, org: 'Microsoft Corporation', kind: 'cloud', pfx: ['51.103.136'], geo: 'ZRH', hosts: 2 },
  // --- Nairobi hub ---
  'nbo-office': { asn: 30844, org: 'Liquid Telecommunications Ltd', kind: 'office', pfx: ['41.215.130'], geo: 'NBO', hosts: 3 },
  'ke-safaricom-home': { asn: 33771, org: 'Safaricom Limited', kind: 'home', pfx: ['105.161', '105.163'], geo: 'NBO' },
  'ke-zuku': { asn: 15399, org: 'Wananchi Group (Kenya) Limited', kind: 'home', pfx: ['197.237', '41.139'], geo: 'NBO' },
  'ke-safaricom-mob': { asn: 33771, org: 'Safaricom Limited', kind: 'mobile', pfx: ['102.215.76', '102.215.77', '154.159.237'], geo: 'NBO', hosts: 160 },
  'ke-airtel-mob': { asn: 36926, org: 'Airtel Networks Kenya Limited', kind: 'mobile', pfx: ['41.80.96', '41.80.97'], geo: 'NBO', hosts: 60 },
  'cf-warp-nbo': { asn: 13335, org: 'Cloudflare, Inc.', kind: 'sase', pfx: ['104.28.210'], geo: 'NBO', hosts: 20 },
  // --- Amman hub ---
  'amm-office': { asn: 8376, org: 'Jordan Data Communications Company LLC (Orange Jordan)', kind: 'office', pfx: ['212.35.66'], geo: 'AMM', hosts: 3 },
  'jo-orange-home': { asn: 8376, org: 'Jordan Data Communications Company LLC (Orange Jordan)', kind: 'home', pfx: ['37.48', '94.249'], geo: 'AMM' },
  'jo-zain-mob': { asn: 48832, org: 'Jordanian mobile phone services Ltd (Zain Jordan)', kind: 'mobile', pfx: ['176.29.12', '176.29.13', '176.29.14'], geo: 'AMM', hosts: 120 },
  'jo-umniah': { asn: 9038, org: 'Umniah Lil-Hawatef Al-Mutanaqela Co.', kind: 'home', pfx: ['37.220', '92.253'], geo: 'AMM', alt: ['IRB'] },
  // --- Bangkok hub ---
  'bkk-office': { asn: 7470, org: 'TRUE INTERNET Co.,Ltd.', kind: 'office', pfx: ['203.144.161'], geo: 'BKK', hosts: 2 },
  'th-true-home': { asn: 7470, org: 'TRUE INTERNET Co.,Ltd.', kind: 'home', pfx: ['171.96', '184.22'], geo: 'BKK' },
  'th-3bb': { asn: 45629, org: 'Triple T Internet Company Limited', kind: 'home', pfx: ['110.164', '223.206'], geo: 'BKK' },
  'th-ais-mob': { asn: 131445, org: 'Advanced Wireless Network Company Limited', kind: 'mobile', pfx: ['49.228.96', '49.228.97', '49.229.104'], geo: 'BKK', hosts: 140 },
  'cf-warp-bkk': { asn: 13335, org: 'Cloudflare, Inc.', kind: 'sase', pfx: ['104.28.156'], geo: 'BKK', hosts: 16 },
  // --- Panama hub ---
  'pty-office': { asn: 11556, org: 'Cable & Wireless Panama', kind: 'office', pfx: ['201.218.232'], geo: 'PTY', hosts: 2 },
  'pa-cwp-home': { asn: 11556, org: 'Cable & Wireless Panama', kind: 'home', pfx: ['190.140', '201.219'], geo: 'PTY' },
  'pa-tigo-home': { asn: 18809, org: 'Cable Onda (Tigo Panama)', kind: 'home', pfx: ['181.197', '186.74'], geo: 'PTY' },
  'pa-tigo-mob': { asn: 18809, org: 'Cable Onda (Tigo Panama)', kind: 'mobile', pfx: ['181.197.242', '181.197.243'], geo: 'PTY', hosts: 70 },
  'cf-warp-pty': { asn: 13335, org: 'Cloudflare, Inc.', kind: 'sase', pfx: ['104.28.88'], geo: 'PTY', hosts: 12 },
  // --- Field: satellite and local carriers ---
  'starlink-nbo': { asn: 14593, org: 'Space Exploration Technologies Corporation', kind: 'sat', pfx: ['102.165.16', '102.165.17', '102.165.19'], geo: 'NBO', hosts: 80 },
  'starlink-los': { asn: 14593, org: 'Space Exploration Technologies Corporation', kind: 'sat', pfx: ['129.222.64', '129.222.65'], geo: 'LOS', hosts: 60 },
  'starlink-mia': { asn: 14593, org: 'Space Exploration Technologies Corporation', kind: 'sat', pfx: ['98.97.52', '98.97.53'], geo: 'MIA', hosts: 60 },
  'starlink-fra': { asn: 14593, org: 'Space Exploration Technologies Corporation', kind: 'sat', pfx: ['143.105.128'], geo: 'FRA', hosts: 40 },
  'vsat-marlink': { asn: 5377, org: 'Marlink AS', kind: 'sat', pfx: ['193.90.206', '193.90.207'], geo: 'OSL', hosts: 24 },
  'vsat-speedcast': { asn: 23910, org: 'Speedcast (VSAT teleport, Netherlands)', kind: 'sat', pfx: ['194.9.126'], geo: 'AMS', hosts: 16 },
  'ss-mtn-mob': { asn: 37594, org: 'MTN South Sudan', kind: 'mobile', pfx: ['41.223.52', '41.223.53'], geo: 'JUB', hosts: 40 },
  'ss-zain-mob': { asn: 327786, org: 'Zain South Sudan', kind: 'mobile', pfx: ['102.176.88'], geo: 'JUB', hosts: 24 },
  'cd-vodacom-mob': { asn: 37020, org: 'Vodacom Congo (RDC) S.A.', kind: 'mobile', pfx: ['41.243.12', '41.243.13'], geo: 'FIH', hosts: 50 },
  'cd-orange-mob': { asn: 36868, org: 'Orange RDC', kind: 'mobile', pfx: ['41.79.232', '41.79.233'], geo: 'FIH', hosts: 40 },
  'rw-mtn-mob': { asn: 36924, org: 'MTN RwandaCell', kind: 'mobile', pfx: ['41.186.140', '41.186.141'], geo: 'KGL', hosts: 50 },
  'rw-liquid-hotel': { asn: 37228, org: 'Liquid Telecommunications Rwanda', kind: 'hotel', pfx: ['197.157.186'], geo: 'KGL', hosts: 6 },
  'bd-link3-office': { asn: 23688, org: 'Link3 Technologies Ltd.', kind: 'office', pfx: ['103.15.42'], geo: 'DAC', hosts: 3 },
  'bd-gp-mob': { asn: 24389, org: 'Grameenphone Ltd.', kind: 'mobile', pfx: ['37.111.200', '37.111.201', '37.111.205'], geo: 'DAC', hosts: 120 },
  'bd-robi-mob': { asn: 24432, org: 'Robi Axiata Limited', kind: 'mobile', pfx: ['103.67.156', '103.67.157'], geo: 'DAC', hosts: 60 },
  'bd-amber-home': { asn: 58717, org: 'Amber IT Limited', kind: 'home', pfx: ['103.112.148', '103.112.149', '103.112.150'], geo: 'CXB' },
  'tr-ttnet-office': { asn: 9121, org: 'Turk Telekomunikasyon Anonim Sirketi', kind: 'office', pfx: ['88.230.114'], geo: 'GZT', hosts: 3 },
  'tr-ttnet-home': { asn: 9121, org: 'Turk Telekomunikasyon Anonim Sirketi', kind: 'home', pfx: ['78.173', '88.231'], geo: 'GZT' },
  'tr-turkcell-mob': { asn: 16135, org: 'Turkcell Iletisim Hizmetleri A.S.', kind: 'mobile', pfx: ['176.88.120', '176.88.121', '176.88.124'], geo: 'IST', hosts: 120 },
  'ht-digicel-mob': { asn: 27653, org: 'Digicel Haiti', kind: 'mobile', pfx: ['200.113.228', '200.113.229'], geo: 'PAP', hosts: 50 },
  'ht-access-home': { asn: 27759, org: 'ACCESS HAITI S.A.', kind: 'home', pfx: ['190.115.178', '190.115.179'], geo: 'PAP' },
  'ng-mtn-mob': { asn: 29465, org: 'MTN NIGERIA Communication limited', kind: 'mobile', pfx: ['102.89.32', '102.89.33', '102.89.40'], geo: 'LOS', hosts: 120 },
  'ng-airtel-mob': { asn: 36873, org: 'Airtel Networks Limited', kind: 'mobile', pfx: ['105.112.20', '105.112.21'], geo: 'LOS', hosts: 60 },
  'ng-abuja-hotel': { asn: 37148, org: 'Globacom Limited', kind: 'hotel', pfx: ['197.210.226'], geo: 'ABV', hosts: 6 },
  // --- transit: airports and hotels ---
  'ap-doh': { asn: 8781, org: 'Ooredoo Q.S.C.', kind: 'airport', pfx: ['37.210.180'], geo: 'DOH', hosts: 30 },
  'ap-dxb': { asn: 15802, org: 'Emirates Integrated Telecommunications Company PJSC (du)', kind: 'airport', pfx: ['94.204.210'], geo: 'DXB', hosts: 30 },
  'ap-ist': { asn: 9121, org: 'Turk Telekomunikasyon Anonim Sirketi', kind: 'airport', pfx: ['85.96.212'], geo: 'IST', hosts: 30 },
  'ap-ams': { asn: 1136, org: 'KPN B.V.', kind: 'airport', pfx: ['145.53.118'], geo: 'AMS', hosts: 30 },
  'ap-add': { asn: 24757, org: 'Ethio Telecom', kind: 'airport', pfx: ['196.188.124'], geo: 'ADD', hosts: 20 },
  'ap-mad': { asn: 3352, org: 'Telefonica de Espana S.A.U.', kind: 'airport', pfx: ['80.58.205'], geo: 'MAD', hosts: 20 },
  'ap-dac': { asn: 24389, org: 'Grameenphone Ltd.', kind: 'airport', pfx: ['37.111.212'], geo: 'DAC', hosts: 12 },
  'ap-gva': { asn: 3303, org: 'Swisscom (Schweiz) AG', kind: 'airport', pfx: ['195.65.112'], geo: 'GVA', hosts: 20 },
  'hotel-nbo': { asn: 33771, org: 'Safaricom Limited', kind: 'hotel', pfx: ['196.201.214'], geo: 'NBO', hosts: 8 },
  'hotel-amm': { asn: 8376, org: 'Jordan Data Communications Company LLC (Orange Jordan)', kind: 'hotel', pfx: ['212.35.90'], geo: 'AMM', hosts: 6 },
  'hotel-bkk': { asn: 7470, org: 'TRUE INTERNET Co.,Ltd.', kind: 'hotel', pfx: ['58.97.72'], geo: 'BKK', hosts: 6 },
  'hotel-pty': { asn: 11556, org: 'Cable & Wireless Panama', kind: 'hotel', pfx: ['200.46.182'], geo: 'PTY', hosts: 6 },
  'hotel-gzt': { asn: 9121, org: 'Turk Telekomunikasyon Anonim Sirketi', kind: 'hotel', pfx: ['88.248.52'], geo: 'GZT', hosts: 6 },
  'hotel-cxb': { asn: 24389, org: 'Grameenphone Ltd.', kind: 'hotel', pfx: ['103.230.104'], geo: 'DAC', hosts: 6 },
  // --- MSP (outsourced IT, Pune) ---
  'msp-office': { asn: 4755, org: 'Tata Communications Limited', kind: 'office', pfx: ['14.142.183'], geo: 'PNQ', hosts: 3 },
  'in-jio': { asn: 55836, org: 'Reliance Jio Infocomm Limited', kind: 'mobile', pfx: ['49.36.112', '49.36.113', '157.32.64'], geo: 'BOM', hosts: 200 },
  'in-airtel-home': { asn: 24560, org: 'Bharti Airtel Ltd., Telemedia Services', kind: 'home', pfx: ['122.170', '106.215'], geo: 'PNQ' },
  // --- guests' home networks ---
  'be-proximus': { asn: 5432, org: 'Proximus NV', kind: 'home', pfx: ['81.246', '91.180'], geo: 'BRU' },
  'gb-bt': { asn: 2856, org: 'British Telecommunications PLC', kind: 'home', pfx: ['86.128', '81.155'], geo: 'LON', alt: ['MAN'] },
  'us-verizon': { asn: 701, org: 'Verizon Business', kind: 'home', pfx: ['71.178', '108.31'], geo: 'WAS', alt: ['NYC'] },
  'no-telenor': { asn: 2119, org: 'Telenor Norge AS', kind: 'home', pfx: ['84.208', '148.252'], geo: 'OSL' },
  'se-telia': { asn: 3301, org: 'Telia Company AB', kind: 'home', pfx: ['81.224', '90.224'], geo: 'STO' },
  'de-telekom': { asn: 3320, org: 'Deutsche Telekom AG', kind: 'home', pfx: ['79.195', '91.57'], geo: 'BER', alt: ['FRA'] },
  'dk-tdc': { asn: 3292, org: 'TDC Holding A/S', kind: 'home', pfx: ['80.62', '87.59'], geo: 'CPH' },
  'sn-sonatel': { asn: 8346, org: 'SONATEL-AS Autonomous System', kind: 'home', pfx: ['41.82', '154.124'], geo: 'DKR' },
  'lb-ogero': { asn: 42003, org: 'OGERO', kind: 'home', pfx: ['178.135', '185.89'], geo: 'BEY' },
  'ph-pldt': { asn: 9299, org: 'Philippine Long Distance Telephone Company', kind: 'home', pfx: ['112.198', '120.28'], geo: 'MNL' },
  'co-claro': { asn: 10620, org: 'Telmex Colombia S.A.', kind: 'home', pfx: ['181.50', '186.84'], geo: 'BOG' },
  'ca-bell': { asn: 577, org: 'Bell Canada', kind: 'home', pfx: ['142.116', '70.48'], geo: 'OTT' },
  'ug-mtn': { asn: 20294, org: 'MTN Uganda', kind: 'mobile', pfx: ['41.210.140', '41.210.141'], geo: 'KMP', hosts: 40 },
  'jp-ntt': { asn: 4713, org: 'NTT Communications Corporation', kind: 'home', pfx: ['153.156', '114.162'], geo: 'TOK' },
  'fr-orange-lyon': { asn: 3215, org: 'Orange S.A.', kind: 'home', pfx: ['92.154', '90.66'], geo: 'LYS' },
  'nl-kpn': { asn: 1136, org: 'KPN B.V.', kind: 'home', pfx: ['77.162', '84.81'], geo: 'AMS' },
};

// Honest places where a field/hub office's link lands: office code -> [[net, weight] ...] (office link)
export const OFFICE_LINKS = {
  GVA: [['zs-zrh', 62], ['zs-fra', 18], ['zs-par', 10], ['zs-mil', 10]],
  NBO: [['nbo-office', 1]], AMM: [['amm-office', 1]], BKK: [['bkk-office', 1]], PTY: [['pty-office', 1]],
  JUB: [['starlink-nbo', 80], ['vsat-marlink', 20]], GOM: [['starlink-nbo', 70], ['vsat-speedcast', 30]],
  CXB: [['bd-link3-office', 85], ['vsat-marlink', 15]], GZT: [['tr-ttnet-office', 1]],
  PAP: [['starlink-mia', 75], ['vsat-speedcast', 25]], MIU: [['starlink-los', 70], ['vsat-marlink', 30]],
};
export const HOME_NETS = {
  GVA: [['ch-swisscom', 40], ['ch-sunrise', 22], ['fr-orange', 24], ['fr-free', 14]],
  NBO: [['ke-safaricom-home', 60], ['ke-zuku', 40]], AMM: [['jo-orange-home', 55], ['jo-umniah', 45]],
  BKK: [['th-true-home', 55], ['th-3bb', 45]], PTY: [['pa-cwp-home', 50], ['pa-tigo-home', 50]],
  JUB: [['starlink-nbo', 100]], GOM: [['starlink-nbo', 40], ['cd-vodacom-mob', 60]], CXB: [['bd-amber-home', 100]],
  GZT: [['tr-ttnet-home', 100]], PAP: [['ht-access-home', 60], ['starlink-mia', 40]], MIU: [['starlink-los', 50], ['ng-mtn-mob', 50]],
};
export const MOBILE_NETS = {
  GVA: [['ch-swisscom-mob', 55], ['ch-salt-mob', 45]], NBO: [['ke-safaricom-mob', 75], ['ke-airtel-mob', 25]],
  AMM: [['jo-zain-mob', 100]], BKK: [['th-ais-mob', 100]], PTY: [['pa-tigo-mob', 100]],
  JUB: [['ss-mtn-mob', 60], ['ss-zain-mob', 40]], GOM: [['cd-vodacom-mob', 55], ['cd-orange-mob', 30], ['rw-mtn-mob', 15]],
  CXB: [['bd-gp-mob', 65], ['bd-robi-mob', 35]], GZT: [['tr-turkcell-mob', 100]], PAP: [['ht-digicel-mob', 100]],
  MIU: [['ng-mtn-mob', 65], ['ng-airtel-mob', 35]], PNQ: [['in-jio', 100]], KGL: [['rw-mtn-mob', 100]], ABV: [['ng-mtn-mob', 100]],
};
export const HOTEL_NETS = { NBO: 'hotel-nbo', AMM: 'hotel-amm', BKK: 'hotel-bkk', PTY: 'hotel-pty', GZT: 'hotel-gzt', CXB: 'hotel-cxb',
  KGL: 'rw-liquid-hotel', ABV: 'ng-abuja-hotel', GVA: 'ap-gva', JUB: 'starlink-nbo', GOM: 'starlink-nbo', MIU: 'starlink-los', PAP: 'starlink-mia' };
export const AIRPORT_NETS = { DOH: 'ap-doh', DXB: 'ap-dxb', IST: 'ap-ist', AMS: 'ap-ams', ADD: 'ap-add', MAD: 'ap-mad', DAC: 'ap-dac', GVA: 'ap-gva', NBO: 'hotel-nbo', KGL: 'rw-liquid-hotel', ABV: 'ng-abuja-hotel' };
// Zscaler node used by an HQ laptop in a given region
export const ZS_NODE = { GVA: null, NBO: 'zs-jnb', JUB: 'zs-jnb', GOM: 'zs-jnb', KGL: 'zs-jnb', ADD: 'zs-jnb', AMM: 'zs-dxb', GZT: 'zs-dxb', IST: 'zs-fra', DOH: 'zs-dxb', DXB: 'zs-dxb',
  BKK: 'zs-sin', CXB: 'zs-sin', DAC: 'zs-sin', PTY: 'zs-mia', PAP: 'zs-mia', MIU: 'zs-fra', ABV: 'zs-fra', AMS: 'zs-fra', MAD: 'zs-par' };

// Intruder-side networks (never used by honest rows; the registry checks)
export const BAD_NETS = {
  'aws-use1': { asn: 16509, org: 'Amazon.com, Inc.', pfx: ['3.85.112', '54.163.40', '44.201.19'], geo: 'ASH' },
  'aws-usw2': { asn: 16509, org: 'Amazon.com, Inc.', pfx: ['34.216.88', '52.38.17'], geo: 'PDX' },
  'aws-euw2': { asn: 16509, org: 'Amazon.com, Inc.', pfx: ['18.130.61', '35.176.204'], geo: 'LON' },
  'aws-euc1': { asn: 16509, org: 'Amazon.com, Inc.', pfx: ['3.120.188', '18.184.50'], geo: 'FRA' },
  'aws-euw1': { asn: 16509, org: 'Amazon.com, Inc.', pfx: ['54.155.76', '34.245.17'], geo: 'DUB' },
  'aws-apse1': { asn: 16509, org: 'Amazon.com, Inc.', pfx: ['13.229.144', '54.169.201'], geo: 'SIN' },
  'aws-apne2': { asn: 16509, org: 'Amazon.com, Inc.', pfx: ['3.36.77', '13.125.40'], geo: 'SEO' },
  'aws-cac1': { asn: 16509, org: 'Amazon.com, Inc.', pfx: ['15.222.95', '35.183.8'], geo: 'MTL' },
  'aws-sae1': { asn: 16509, org: 'Amazon.com, Inc.', pfx: ['18.228.115', '54.232.70'], geo: 'SAO' },
  'do-fra': { asn: 14061, org: 'DigitalOcean, LLC', pfx: ['159.89.98', '164.92.170'], geo: 'FRA' },
  'do-lon': { asn: 14061, org: 'DigitalOcean, LLC', pfx: ['167.99.193', '178.62.66'], geo: 'LON' },
  'vultr-ams': { asn: 20473, org: 'The Constant Company, LLC', pfx: ['45.77.155', '95.179.140'], geo: 'AMS' },
  'linode-fra': { asn: 63949, org: 'Akamai Technologies, Inc.', pfx: ['172.104.140', '139.162.157'], geo: 'FRA' },
  'ovh-rbx': { asn: 16276, org: 'OVH SAS', pfx: ['51.75.144', '54.37.235'], geo: 'RBX' },
  'hetzner-hel': { asn: 24940, org: 'Hetzner Online GmbH', pfx: ['95.217.134', '65.21.33'], geo: 'HEL' },
  'm247-buh': { asn: 9009, org: 'M247 Europe SRL', pfx: ['185.156.46', '89.46.114'], geo: 'BUH' },
  'm247-lon': { asn: 9009, org: 'M247 Europe SRL', pfx: ['146.70.119', '217.138.212'], geo: 'LON' },
  'm247-zrh': { asn: 9009, org: 'M247 Europe SRL', pfx: ['146.70.134'], geo: 'ZRH' },
  'stark-nl': { asn: 44477, org: 'PQ Hosting Plus S.R.L. (Stark Industries)', pfx: ['45.129.14', '94.131.104'], geo: 'AMS' },
  'contabo-muc': { asn: 51167, org: 'Contabo GmbH', pfx: ['161.97.82', '167.86.73'], geo: 'MUC' },
  'datacamp-nyc': { asn: 60068, org: 'Datacamp Limited', pfx: ['185.246.211', '156.146.58'], geo: 'NYC' },
  // residential proxy exits (household broadband ranges in many countries)
  'rp-comcast': { asn: 7922, org: 'Comcast Cable Communications, LLC', pfx: ['73.12', '73.163', '98.207', '24.98'], geo: ['HOU', 'ATL', 'CHI', 'DEN'] },
  'rp-charter': { asn: 20115, org: 'Charter Communications', pfx: ['24.176', '71.84', '97.91'], geo: ['DAL', 'LAX', 'PHX'] },
  'rp-att': { asn: 7018, org: 'AT&T Services, Inc.', pfx: ['99.42', '108.84', '162.199'], geo: ['ATL', 'DAL', 'CHI'] },
  'rp-rogers': { asn: 812, org: 'Rogers Communications Canada Inc.', pfx: ['99.228', '174.112'], geo: ['TOR'] },
  'rp-vodafone-de': { asn: 3209, org: 'Vodafone GmbH', pfx: ['95.90', '88.65'], geo: ['HAM', 'BER', 'MUC'] },
  'rp-virgin-gb': { asn: 5089, org: 'Virgin Media Limited', pfx: ['82.35', '86.3'], geo: ['LON', 'MAN'] },
  'rp-sfr': { asn: 15557, org: 'Societe Francaise Du Radiotelephone - SFR SA', pfx: ['109.9', '92.184'], geo: ['PAR', 'LYS'] },
  'rp-tim-it': { asn: 3269, org: 'Telecom Italia S.p.A.', pfx: ['79.40', '87.11'], geo: ['ROM', 'MIL'] },
  'rp-orange-pl': { asn: 5617, org: 'Orange Polska Spolka Akcyjna', pfx: ['83.6', '89.71'], geo: ['WAW'] },
  'rp-vivo-br': { asn: 26599, org: 'TELEFONICA BRASIL S.A', pfx: ['177.95', '187.57'], geo: ['SAO', 'RIO'] },
  'rp-telmex': { asn: 8151, org: 'Uninet S.A. de C.V.', pfx: ['189.203', '187.189'], geo: ['MEX'] },
  'rp-viettel': { asn: 7552, org: 'Viettel Group', pfx: ['171.224', '27.72'], geo: ['HAN', 'SGN'] },
  'rp-telkom-id': { asn: 7713, org: 'PT Telekomunikasi Indonesia', pfx: ['36.72', '180.252'], geo: ['JKT'] },
  'rp-te-eg': { asn: 8452, org: 'TE Data (Telecom Egypt)', pfx: ['41.44', '156.199'], geo: ['CAI'] },
  'rp-meo-pt': { asn: 3243, org: 'MEO - SERVICOS DE COMUNICACOES E MULTIMEDIA S.A.', pfx: ['85.246', '188.81'], geo: ['LIS'] },
  'rp-a1-at': { asn: 8447, org: 'A1 Telekom Austria AG', pfx: ['80.110', '91.115'], geo: ['VIE'] },
  // in-country proxies (chosen to sit near a victim)
  'rp-sunrise-ch': { asn: 6730, org: 'Sunrise GmbH', pfx: ['213.55.241', '213.55.242'], geo: ['LAU', 'GVA'] },
  'rp-zain-jo': { asn: 48832, org: 'Jordanian mobile phone services Ltd (Zain Jordan)', pfx: ['176.29.200', '176.29.201'], geo: ['AMM'] },
  'rp-airtel-ke': { asn: 36926, org: 'Airtel Networks Kenya Limited', pfx: ['41.90.180', '41.90.181'], geo: ['NBO'] },
};

// Applications: first-party ids are Microsoft's published ones.
export const APPS = {
  office: ['d3590ed6-52b3-4102-aeff-aad2292ab01c', 'Microsoft Office'],
  teams: ['1fec8e78-bce4-4aaf-ab1b-5451cc387264', 'Microsoft Teams'],
  teamsweb: ['5e3ce6c0-2b1f-4285-8d4b-75ee78787346', 'Microsoft Teams Web Client'],
  officehome: ['4765445b-32c6-49b0-83e6-1d93765276ca', 'OfficeHome'],
  wcss: ['89bee1f7-5e6e-4d8a-9f3d-ecd601259da7', 'Office365 Shell WCSS-Client'],
  owa: ['9199bf20-a13f-4107-85dc-02114787ef48', 'One Outlook Web'],
  outlookmobile: ['27922004-5251-4030-b22d-91ecd9a37ea4', 'Outlook Mobile'],
  authenticator: ['4813382a-8fa7-425e-ab75-3b753aab3abb', 'Microsoft Authenticator App'],
  broker: ['29d9ed98-a469-4536-ade2-f981bc1d605e', 'Microsoft Authentication Broker'],
  winsignin: ['38aa3b87-a06d-4817-b275-7a316988d93b', 'Windows Sign In'],
  onedrivesync: ['ab9b8c07-8f02-4f72-87fa-80105867a763', 'OneDrive SyncEngine'],
  onedriveios: ['af124e86-4e96-495a-b70a-90f90ab96707', 'OneDrive iOS App'],
  spo: ['00000003-0000-0ff1-ce00-000000000000', 'Office 365 SharePoint Online'],
  azportal: ['c44b4083-3bb0-49c1-b47d-974e53cbdf3c', 'Azure Portal'],
  entra: ['74658136-14ec-4630-ad9b-26e160ff0fc6', 'ADIbizaUX'],
  azps: ['1950a258-227b-4e31-a9cf-717495945fc2', 'Microsoft Azure PowerShell'],
  azcli: ['04b07795-8ddb-461a-bbee-02f9e1bf7b46', 'Microsoft Azure CLI'],
  graphcli: ['14d82eec-204b-4c2f-b7e8-296a70dab67e', 'Microsoft Graph Command Line Tools'],
  vscode: ['aebc6443-996d-45c2-90f0-388ff96faa56', 'Visual Studio Code'],
  companyportal: ['9ba1a5c7-f17a-4de9-a1f1-6178c8d51223', 'Microsoft Intune Company Portal'],
  edge: ['ecd6b820-32c2-49b6-98a6-444530e5a77a', 'Microsoft Edge'],
  mysignins: ['19db86c3-b2b9-44cc-b339-36da233a3be2', 'My Signins'],
  myprofile: ['8c59ead7-d703-4a27-9e55-c96a0054c8d2', 'My Profile'],
  powerbi: ['871c010f-5e61-4fb1-83ac-98610a7e9110', 'Microsoft Power BI'],
  w365: ['0af06dc6-e4b5-4f28-818e-e78e62d137a5', 'Windows 365'],
  rdclient: ['a4a365df-50f1-4397-bc59-1a1564b8bb9c', 'Microsoft Remote Desktop'],
  forms: ['c9a559d2-7aab-4f13-a6ed-e7e9c52aec87', 'Microsoft Forms'],
  exo: ['00000002-0000-0ff1-ce00-000000000000', 'Office 365 Exchange Online'],
  // tenant (third-party / line-of-business) apps; ids are this tenant's
  zoom: ['7f0a3b7e-4c1d-4b8a-b6e2-2d51f0c6a913', 'Zoom'],
  kobo: ['2c9e5a41-8d7f-4e36-b0c2-91f4a6d3e758', 'KoboToolbox Sync (KRI)'],
  finance: ['b61d0f92-3e5a-4c87-9a14-5f2e7c8d0b36', 'Sage Intacct Connector (KRI Finance)'],
  scanner: ['00000002-0000-0ff1-ce00-000000000000', 'Office 365 Exchange Online'],
  teamsrooms: ['1fec8e78-bce4-4aaf-ab1b-5451cc387264', 'Microsoft Teams'],
};
export const RESOURCES = {
  graph: ['00000003-0000-0000-c000-000000000000', 'Microsoft Graph'],
  aad: ['00000002-0000-0000-c000-000000000000', 'Windows Azure Active Directory'],
  exo: ['00000002-0000-0ff1-ce00-000000000000', 'Office 365 Exchange Online'],
  spo: ['00000003-0000-0ff1-ce00-000000000000', 'Office 365 SharePoint Online'],
  teams: ['cc15fd57-2c6c-4117-a88c-83b1d56b4bbe', 'Microsoft Teams Services'],
  wcss: ['5f09333a-842c-47da-a157-57da27fcbca5', 'Office365 Shell WCSS-Server'],
  portal: ['00000006-0000-0ff1-ce00-000000000000', 'Microsoft Office 365 Portal'],
  arm: ['797f4846-ba00-4fd7-ba43-dac1f8f63013', 'Windows Azure Service Management API'],
  drs: ['01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', 'Device Registration Service'],
  intune: ['0000000a-0000-0000-c000-000000000000', 'Microsoft Intune'],
  substrate: ['4c2ad7fd-0c48-4b70-9e30-4f4ac4e5a3b5', 'Microsoft Substrate Management'],
  pbi: ['00000009-0000-0000-c000-000000000000', 'Power BI Service'],
  avd: ['9cdead84-a844-4324-93f2-b2e6bb768d07', 'Azure Virtual Desktop'],
  zoom: ['7f0a3b7e-4c1d-4b8a-b6e2-2d51f0c6a913', 'Zoom'],
  mysignins: ['19db86c3-b2b9-44cc-b339-36da233a3be2', 'My Signins'],
  forms: ['c9a559d2-7aab-4f13-a6ed-e7e9c52aec87', 'Microsoft Forms'],
  edgesync: ['8a3d5f8e-1c4b-4e5f-9f3c-2b7a6d9e0c14', 'Microsoft Edge Enterprise Sync'],
};

export const UA = {
  edgeWin: (v) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36 Edg/${v}.0.${3000 + (v % 7) * 91}.${40 + (v % 5)}`,
  chromeWin: (v) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36`,
  chromeMac: (v) => `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36`,
  safariMac: (v) => `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v} Safari/605.1.15`,
  firefoxWin: (v) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:${v}.0) Gecko/20100101 Firefox/${v}.0`,
  safariIos: (v) => `Mozilla/5.0 (iPhone; CPU iPhone OS ${v.replace(/\./g, '_')} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v.split('.')[0]}.0 Mobile/15E148 Safari/604.1`,
  chromeAndroid: (v, model) => `Mozilla/5.0 (Linux; Android ${v}; ${model}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/145.0.0.0 Mobile Safari/537.36`,
  winAuth: 'Windows-AzureAD-Authentication-Provider/1.0',
  outlookIos: 'Outlook-iOS/709.4263210.prod.iphone (4.2606.0)',
  outlookAndroid: 'Outlook-Android/2.2.0',
  teamsTF: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Teams/1.3.00.30866 Chrome/80.0.3987.165 Electron/8.5.1 Safari/537.36',
};

export const ERR = {
  50126: 'Error validating credentials due to invalid username or password.',
  50053: 'Account is locked because user tried to sign in too many times with an incorrect user ID or password.',
  50034: 'User account not found.',
  50074: 'Strong Authentication is required.',
  50076: 'Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access the resource.',
  500121: 'Authentication failed during strong authentication request.',
  50140: "This error occurred due to 'Keep me signed in' interrupt when the user was signing in.",
  50055: 'The password is expired.',
  53003: 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
  53000: 'Device is not in required device state: compliant. Conditional Access policy requires a compliant device, and the device is not compliant.',
  50133: 'Session is invalid due to expiration or recent password change.',
  70043: 'The refresh token has expired or is invalid due to sign-in frequency checks by conditional access.',
  700082: 'The refresh token has expired due to inactivity.',
  50173: 'The provided grant has expired due to it being revoked, a fresh auth token is needed.',
  50072: 'User needs to enroll for second factor authentication (interactive).',
  50079: 'Due to a configuration change made by your administrator, or because you moved to a new location, you must enroll in multi-factor authentication.',
  50089: 'Flow token expired - Authentication Failed.',
  50199: 'For security reasons, user confirmation is required for this request. Please repeat the request allowing user interaction.',
  65001: 'The user or administrator has not consented to use the application. Send an interactive authorization request for this user and resource.',
  50097: 'Device authentication is required.',
  16000: "Either multiple user identities are available for the current request or selected account is not supported for the scenario.",
};
export const ADDL = {
  50126: 'The user didn\'t enter the right credentials. It\'s expected to see some number of these errors in your logs due to users making mistakes.',
  50140: 'This is an expected part of the login flow, where a user is asked if they want to remain signed into this browser to make further logins easier. For more details, see https://techcommunity.microsoft.com/t5/Azure-Active-Directory/The-new-Azure-AD-sign-in-and-Keep-me-signed-in-experiences/td-p/128267',
  50074: 'The user is required to complete MFA.',
  50076: 'MFA is required for this resource.',
  500121: 'The user didn\'t complete the MFA prompt. They may have decided not to authenticate, timed out while doing other work, or has an issue with their authentication setup.',
  53003: 'Conditional Access policy blocked access.',
  70043: 'The user needs to sign in again due to sign-in frequency.',
  700082: 'Expected part of the token lifecycle - the user went an extended period of time without using the application.',
};

// Conditional Access policies of the tenant (ids fixed)
export const CA = [
  { id: '6f3b2a91-7c4e-4d1a-9b8e-2e5f0c7d1a34', name: 'KRI-01 Require MFA - all users and guests' },
  { id: 'c2d84e17-5b3a-4f69-8e0d-7a1c9b2f6e58', name: 'KRI-02 Block legacy authentication' },
  { id: '91e5c3a7-2f8d-4b16-a4c9-3d7e0b5f8a21', name: 'KRI-03 Unmanaged devices - limited web access, block desktop apps' },
  { id: '4a7f0d2c-8e13-4c95-b6a1-5f9e2d8c3b70', name: 'KRI-04 Admin roles - MFA every 4 hours' },
  { id: 'e8b1f6d3-0a4c-4e27-9d5b-6c3a1f8e2d94', name: 'KRI-05 Block device code flow (report-only)' },
];
