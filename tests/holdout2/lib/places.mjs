// Geography and networks of the Kestrel Freight Systems tenant: real city coordinates,
// real ISP / carrier / hosting names with their autonomous-system numbers, and address
// blocks of plausible size for each (blocks are illustrative, chosen per network so that
// no two networks share one).

export const TENANT = {
  name: 'Kestrel Freight Systems',
  domain: 'kestrelfreight.com',
  initial: 'kestrelfreight.onmicrosoft.com',
  id: '6f1c2d8e-4b7a-4e39-9a15-3c0d5e7b2a91',
};

// key: [city, state, countryOrRegion, latitude, longitude, utc offset in August (h)]
const C = {
  rotterdam: ['Rotterdam', 'Zuid-Holland', 'NL', 51.9244, 4.4777, 2],
  delft: ['Delft', 'Zuid-Holland', 'NL', 52.0116, 4.3571, 2],
  schiedam: ['Schiedam', 'Zuid-Holland', 'NL', 51.9192, 4.3886, 2],
  denhaag: ['Den Haag', 'Zuid-Holland', 'NL', 52.0705, 4.3007, 2],
  dordrecht: ['Dordrecht', 'Zuid-Holland', 'NL', 51.8133, 4.6901, 2],
  amsterdam: ['Amsterdam', 'Noord-Holland', 'NL', 52.3676, 4.9041, 2],
  hamburg: ['Hamburg', 'Hamburg', 'DE', 53.5511, 9.9937, 2],
  norderstedt: ['Norderstedt', 'Schleswig-Holstein', 'DE', 53.7064, 9.9977, 2],
  luneburg: ['Lüneburg', 'Niedersachsen', 'DE', 53.2464, 10.4115, 2],
  frankfurt: ['Frankfurt am Main', 'Hessen', 'DE', 50.1109, 8.6821, 2],
  manchester: ['Manchester', 'England', 'GB', 53.4808, -2.2426, 1],
  salford: ['Salford', 'England', 'GB', 53.4875, -2.2901, 1],
  stockport: ['Stockport', 'England', 'GB', 53.4106, -2.1575, 1],
  bolton: ['Bolton', 'England', 'GB', 53.5769, -2.4282, 1],
  london: ['London', 'England', 'GB', 51.5072, -0.1276, 1],
  houston: ['Houston', 'Texas', 'US', 29.7604, -95.3698, -5],
  sugarland: ['Sugar Land', 'Texas', 'US', 29.6197, -95.6349, -5],
  pasadena: ['Pasadena', 'Texas', 'US', 29.6911, -95.2091, -5],
  woodlands: ['The Woodlands', 'Texas', 'US', 30.1658, -95.4613, -5],
  katy: ['Katy', 'Texas', 'US', 29.7858, -95.8245, -5],
  sanantonio: ['San Antonio', 'Texas', 'US', 29.4241, -98.4936, -5],
  ashburn: ['Ashburn', 'Virginia', 'US', 39.0438, -77.4874, -4],
  newyork: ['New York', 'New York', 'US', 40.7128, -74.006, -4],
  chicago: ['Chicago', 'Illinois', 'US', 41.8781, -87.6298, -5],
  losangeles: ['Los Angeles', 'California', 'US', 34.0522, -118.2437, -7],
  singapore: ['Singapore', 'Singapore', 'SG', 1.3521, 103.8198, 8],
  krakow: ['Krakow', 'Malopolskie', 'PL', 50.0647, 19.945, 2],
  pune: ['Pune', 'Maharashtra', 'IN', 18.5204, 73.8567, 5.5],
  dubai: ['Dubai', 'Dubai', 'AE', 25.2048, 55.2708, 4],
  tokyo: ['Tokyo', 'Tokyo', 'JP', 35.6762, 139.6503, 9],
  saopaulo: ['Sao Paulo', 'Sao Paulo', 'BR', -23.5505, -46.6333, -3],
  antwerp: ['Antwerpen', 'Vlaanderen', 'BE', 51.2194, 4.4025, 2],
  copenhagen: ['Copenhagen', 'Hovedstaden', 'DK', 55.6761, 12.5683, 2],
  mumbai: ['Mumbai', 'Maharashtra', 'IN', 19.076, 72.8777, 5.5],
  bucharest: ['Bucharest', 'Bucuresti', 'RO', 44.4268, 26.1025, 3],
  helsinki: ['Helsinki', 'Uusimaa', 'FI', 60.1699, 24.9384, 3],
  roubaix: ['Roubaix', 'Hauts-de-France', 'FR', 50.6942, 3.1746, 2],
  riodejaneiro: ['Rio de Janeiro', 'Rio de Janeiro', 'BR', -22.9068, -43.1729, -3],
  hanoi: ['Hanoi', 'Ha Noi', 'VN', 21.0278, 105.8342, 7],
  hochiminh: ['Ho Chi Minh City', 'Ho Chi Minh', 'VN', 10.8231, 106.6297, 7],
  jakarta: ['Jakarta', 'Jakarta', 'ID', -6.2088, 106.8456, 7],
  cairo: ['Cairo', 'Cairo Governorate', 'EG', 30.0444, 31.2357, 3],
  casablanca: ['Casablanca', 'Casablanca-Settat', 'MA', 33.5731, -7.5898, 1],
  istanbul: ['Istanbul', 'Istanbul', 'TR', 41.0082, 28.9784, 3],
  delhi: ['Delhi', 'Delhi', 'IN', 28.7041, 77.1025, 5.5],
  bangkok: ['Bangkok', 'Bangkok', 'TH', 13.7563, 100.5018, 7],
  bogota: ['Bogota', 'Bogota D.C.', 'CO', 4.711, -74.0721, -5],
  manila: ['Manila', 'Metro Manila', 'PH', 14.5995, 120.9842, 8],
};

export const CITIES = Object.fromEntries(
  Object.entries(C).map(([k, [city, state, cc, lat, lon, tz]]) => [k, { key: k, city, state, cc, lat, lon, tz }]),
);

/** Graph signInLocation for a city key. */
export function location(cityKey) {
  const c = CITIES[cityKey];
  return { city: c.city, state: c.state, countryOrRegion: c.cc, geoCoordinates: { latitude: c.lat, longitude: c.lon } };
}

// Networks: name, asn, kind, IPv4 block, optional IPv6 /32 prefix, cities it is geolocated to.
const N = (name, asn, kind, v4, v6, cities) => ({ name, asn, kind, v4, v6, cities });
export const NETS = {
  kpn: N('KPN B.V.', 1136, 'residential', '77.160.0.0/12', '2a02:a440', ['rotterdam', 'delft', 'schiedam', 'denhaag', 'dordrecht']),
  ziggo: N('VodafoneZiggo B.V.', 33915, 'residential', '84.104.0.0/14', '2001:1c00', ['rotterdam', 'delft', 'schiedam', 'denhaag', 'dordrecht']),
  deltafiber: N('DELTA Fiber Nederland B.V.', 15435, 'residential', '83.80.0.0/14', null, ['rotterdam', 'dordrecht', 'denhaag']),
  odido: N('Odido Netherlands B.V.', 31615, 'mobile', '31.20.0.0/16', '2a02:a200', ['rotterdam', 'amsterdam', 'denhaag']),
  dtag: N('Deutsche Telekom AG', 3320, 'residential', '91.32.0.0/13', '2003:e0', ['hamburg', 'norderstedt', 'luneburg']),
  vodafonede: N('Vodafone GmbH', 3209, 'residential', '94.134.0.0/16', null, ['hamburg', 'norderstedt']),
  o2de: N('Telefonica Germany GmbH & Co.OHG', 6805, 'mobile', '176.0.0.0/14', '2a02:3030', ['hamburg', 'frankfurt']),
  bt: N('British Telecommunications PLC', 2856, 'residential', '86.128.0.0/12', null, ['manchester', 'salford', 'stockport', 'bolton']),
  virgin: N('Virgin Media Limited', 5089, 'residential', '82.0.0.0/14', null, ['manchester', 'salford', 'stockport', 'bolton']),
  sky: N('Sky UK Limited', 5607, 'residential', '90.192.0.0/12', null, ['manchester', 'stockport', 'bolton']),
  ee: N('EE Limited', 12576, 'mobile', '31.94.0.0/16', '2a01:4c8', ['manchester', 'london']),
  comcast: N('Comcast Cable Communications, LLC', 7922, 'residential', '73.76.0.0/14', '2601:2c0', ['houston', 'sugarland', 'pasadena', 'katy', 'chicago']),
  att: N('AT&T Services, Inc.', 7018, 'residential', '99.24.0.0/13', null, ['houston', 'woodlands', 'katy']),
  charter: N('Charter Communications Inc', 20115, 'residential', '24.153.128.0/17', null, ['woodlands', 'houston']),
  tmobileus: N('T-Mobile USA, Inc.', 21928, 'mobile', '172.56.0.0/14', '2607:fb90', ['houston', 'newyork', 'chicago']),
  singnet: N('SingNet Pte Ltd', 3758, 'residential', '116.86.0.0/15', null, ['singapore']),
  starhub: N('StarHub Ltd', 4657, 'residential', '101.127.0.0/16', null, ['singapore']),
  m1: N('M1 Limited', 4773, 'mobile', '119.56.96.0/19', null, ['singapore']),
  orangepl: N('Orange Polska Spolka Akcyjna', 5617, 'residential', '83.24.0.0/13', null, ['krakow']),
  playpl: N('P4 Sp. z o.o.', 39603, 'mobile', '37.47.0.0/16', null, ['krakow']),
  jio: N('Reliance Jio Infocomm Limited', 55836, 'mobile', '49.36.0.0/14', '2409:40c2', ['pune', 'mumbai']),
  airtel: N('Bharti Airtel Ltd.', 24560, 'residential', '122.161.0.0/16', null, ['pune', 'delhi', 'mumbai']),
  telenet: N('Telenet BV', 6848, 'residential', '84.192.0.0/13', null, ['antwerp']),
  tdcdk: N('TDC Holding A/S', 3292, 'residential', '87.48.0.0/14', null, ['copenhagen']),
  etisalat: N('Emirates Telecommunications Group Company (etisalat group) PJSC', 5384, 'mobile', '94.200.0.0/14', null, ['dubai']),
  du: N('Emirates Integrated Telecommunications Company PJSC', 15802, 'hotel', '86.96.0.0/14', null, ['dubai']),
  docomo: N('NTT DOCOMO, INC.', 9605, 'mobile', '1.72.0.0/14', null, ['tokyo']),
  nttcom: N('NTT Communications Corporation', 4713, 'hotel', '153.156.0.0/14', null, ['tokyo']),
  vivo: N('TELEFONICA BRASIL S.A', 26599, 'mobile', '177.32.0.0/14', null, ['saopaulo']),
  claro: N('Claro NXT Telecomunicacoes Ltda', 28573, 'hotel', '179.216.0.0/13', null, ['saopaulo', 'riodejaneiro']),
  spectrumbiz: N('Charter Communications Inc', 20115, 'hotel', '71.78.0.0/15', null, ['houston', 'newyork']),
  verizonbiz: N('Verizon Business', 701, 'hotel', '108.44.0.0/14', null, ['newyork']),
  starhubbiz: N('StarHub Ltd', 4657, 'hotel', '42.60.0.0/15', null, ['singapore']),
  kpnhotel: N('KPN B.V.', 1136, 'hotel', '145.53.0.0/16', null, ['rotterdam', 'amsterdam']),
  vodafonehotel: N('Vodafone GmbH', 3209, 'hotel', '188.192.0.0/13', null, ['hamburg']),
  virginbiz: N('Virgin Media Limited', 5089, 'hotel', '62.253.0.0/16', null, ['manchester', 'london']),
  orangebiz: N('Orange Polska Spolka Akcyjna', 5617, 'hotel', '213.77.0.0/16', null, ['krakow']),
  // Cloud and hosting.
  azure_weu: N('Microsoft Corporation', 8075, 'hosting', '20.103.0.0/16', null, ['amsterdam']),
  azure_scus: N('Microsoft Corporation', 8075, 'hosting', '20.97.0.0/16', null, ['sanantonio']),
  azure_sea: N('Microsoft Corporation', 8075, 'hosting', '20.195.0.0/16', null, ['singapore']),
  aws_use1: N('Amazon.com, Inc.', 14618, 'hosting', '44.192.0.0/11', null, ['ashburn']),
  digitalocean_fra: N('DigitalOcean, LLC', 14061, 'hosting', '164.90.160.0/20', null, ['frankfurt']),
  digitalocean_ams: N('DigitalOcean, LLC', 14061, 'hosting', '188.166.0.0/17', null, ['amsterdam']),
  vultr_lax: N('The Constant Company, LLC', 20473, 'hosting', '45.63.48.0/20', null, ['losangeles']),
  vultr_chi: N('The Constant Company, LLC', 20473, 'hosting', '149.28.112.0/20', null, ['chicago']),
  hetzner: N('Hetzner Online GmbH', 24940, 'hosting', '65.21.0.0/16', null, ['helsinki']),
  ovh: N('OVH SAS', 16276, 'hosting', '51.91.0.0/16', null, ['roubaix']),
  m247: N('M247 Europe SRL', 9009, 'hosting', '185.183.104.0/22', null, ['bucharest']),
  datacamp: N('Datacamp Limited', 60068, 'hosting', '185.59.220.0/22', null, ['london', 'amsterdam']),
  rcsrds: N('RCS & RDS SA', 8708, 'residential', '5.12.0.0/14', null, ['bucharest']),
  // Residential / mobile networks the spray botnet lives in.
  claro_br: N('Claro NXT Telecomunicacoes Ltda', 28573, 'residential', '189.0.0.0/13', null, ['saopaulo', 'riodejaneiro']),
  vnpt: N('VNPT Corp', 45899, 'residential', '14.160.0.0/12', null, ['hanoi', 'hochiminh']),
  viettel: N('Viettel Group', 7552, 'residential', '27.64.0.0/13', null, ['hanoi', 'hochiminh']),
  telkom_id: N('PT Telekomunikasi Indonesia', 7713, 'residential', '36.64.0.0/12', null, ['jakarta']),
  tedata: N('TE Data', 8452, 'residential', '41.32.0.0/12', null, ['cairo']),
  iam: N('Itissalat Al-MAGHRIB', 6713, 'residential', '105.128.0.0/11', null, ['casablanca']),
  turktelekom: N('Turk Telekom', 9121, 'residential', '88.224.0.0/11', null, ['istanbul']),
  bsnl: N('National Internet Backbone', 9829, 'residential', '117.192.0.0/11', null, ['delhi', 'mumbai']),
  true_th: N('TRUE INTERNET Co.,Ltd.', 7470, 'residential', '171.96.0.0/13', null, ['bangkok']),
  etb: N('Colombia Telecomunicaciones S.A. ESP BIC', 3816, 'residential', '181.48.0.0/13', null, ['bogota']),
  pldt: N('Philippine Long Distance Telephone Company', 9299, 'residential', '112.198.0.0/15', null, ['manila']),
};
for (const [k, n] of Object.entries(NETS)) n.key = k;

export const BOTNET_NETS = ['claro_br', 'vnpt', 'viettel', 'telkom_id', 'tedata', 'iam', 'turktelekom', 'bsnl', 'true_th', 'etb', 'pldt'];

// Offices: fixed corporate egress (a /28 behind the firewall), time zone, nearby home towns.
export const OFFICES = {
  RTM: { code: 'RTM', name: 'Rotterdam (HQ)', city: 'rotterdam', egress: N('KPN B.V.', 1136, 'business', '195.240.118.32/28', null, ['rotterdam']), towns: ['rotterdam', 'rotterdam', 'delft', 'schiedam', 'denhaag', 'dordrecht'], home: ['kpn', 'ziggo', 'ziggo', 'deltafiber'], mobile: 'odido', vpn: 'eu' },
  HAM: { code: 'HAM', name: 'Hamburg', city: 'hamburg', egress: N('Deutsche Telekom AG', 3320, 'business', '217.7.201.64/28', null, ['hamburg']), towns: ['hamburg', 'hamburg', 'norderstedt', 'luneburg'], home: ['dtag', 'dtag', 'vodafonede'], mobile: 'o2de', vpn: 'eu' },
  MAN: { code: 'MAN', name: 'Manchester', city: 'manchester', egress: N('British Telecommunications PLC', 2856, 'business', '81.145.206.0/28', null, ['manchester']), towns: ['manchester', 'salford', 'stockport', 'bolton'], home: ['bt', 'virgin', 'sky'], mobile: 'ee', vpn: 'eu' },
  HOU: { code: 'HOU', name: 'Houston', city: 'houston', egress: N('AT&T Services, Inc.', 7018, 'business', '12.173.45.112/28', null, ['houston']), towns: ['houston', 'sugarland', 'pasadena', 'woodlands', 'katy'], home: ['comcast', 'comcast', 'att', 'charter'], mobile: 'tmobileus', vpn: 'us' },
  SIN: { code: 'SIN', name: 'Singapore', city: 'singapore', egress: N('Singapore Telecommunications Ltd', 7473, 'business', '203.116.45.0/28', null, ['singapore']), towns: ['singapore'], home: ['singnet', 'starhub'], mobile: 'm1', vpn: 'apac' },
};

// Split-tunnel VPN gateways (GlobalProtect in Azure): only non-Microsoft-365 traffic uses them.
export const VPN = {
  eu: { net: 'azure_weu', block: '20.103.54.16/29', city: 'amsterdam' },
  us: { net: 'azure_scus', block: '20.97.14.0/29', city: 'sanantonio' },
  apac: { net: 'azure_sea', block: '20.195.62.8/29', city: 'singapore' },
};

// Where contractors' vendors and guests' organisations sit.
export const VENDORS = {
  vistula: { name: 'Vistula IT Services', city: 'krakow', egress: N('Orange Polska Spolka Akcyjna', 5617, 'business', '213.186.70.32/28', null, ['krakow']), home: ['orangepl'], mobile: 'playpl', tz: 2 },
  deccan: { name: 'Deccan Softworks', city: 'pune', egress: N('Tata Communications Limited', 4755, 'business', '14.142.182.64/28', null, ['pune']), home: ['airtel'], mobile: 'jio', tz: 5.5 },
};

// Travel destinations: hotel network and local mobile carrier.
export const DESTINATIONS = {
  rotterdam: { hotel: 'kpnhotel', mobile: 'odido' },
  hamburg: { hotel: 'vodafonehotel', mobile: 'o2de' },
  manchester: { hotel: 'virginbiz', mobile: 'ee' },
  houston: { hotel: 'spectrumbiz', mobile: 'tmobileus' },
  singapore: { hotel: 'starhubbiz', mobile: 'm1' },
  newyork: { hotel: 'verizonbiz', mobile: 'tmobileus' },
  dubai: { hotel: 'du', mobile: 'etisalat' },
  tokyo: { hotel: 'nttcom', mobile: 'docomo' },
  saopaulo: { hotel: 'claro', mobile: 'vivo' },
  krakow: { hotel: 'orangebiz', mobile: 'playpl' },
};

function ipToInt(s) { return s.split('.').reduce((a, o) => a * 256 + Number(o), 0); }
function intToIp(n) { return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.'); }

/** A host address inside an IPv4 CIDR block (avoiding .0 and .255). */
export function ip4(rng, cidr) {
  const [base, bits] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  const start = ipToInt(base);
  for (;;) {
    const n = start + (size <= 4 ? rng.int(0, size - 1) : rng.int(1, size - 2));
    const last = n % 256;
    if (size <= 256 || (last !== 0 && last !== 255)) return intToIp(n);
  }
}

/** An IPv6 address under a /32 (or shorter-written) prefix. */
export function ip6(rng, prefix) {
  const parts = prefix.split(':').filter(Boolean);
  while (parts.length < 8) parts.push(rng.int(0, 0xffff).toString(16));
  return parts.join(':');
}

/** An address on network `netKey`, with where Graph would place it. */
export function addr(rng, netKey, { v6 = false, city = null } = {}) {
  const n = NETS[netKey];
  const ip = v6 && n.v6 ? ip6(rng, n.v6) : ip4(rng, n.v4);
  return { ip, asn: n.asn, net: netKey, isp: n.name, kind: n.kind, city: city && n.cities.includes(city) ? city : rng.pick(n.cities) };
}

/** An address from an explicit block (office egress, VPN gateway). */
export function blockAddr(rng, net, block, city) {
  return { ip: ip4(rng, block || net.v4), asn: net.asn, net: net.name, isp: net.name, kind: net.kind, city };
}

export function distanceKm(a, b) {
  const A = CITIES[a], B = CITIES[b], r = Math.PI / 180;
  const h = Math.sin(((B.lat - A.lat) * r) / 2) ** 2 + Math.cos(A.lat * r) * Math.cos(B.lat * r) * Math.sin(((B.lon - A.lon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Door-to-door-ish block time of a flight in hours (cruise 830 km/h, taxi, a connection on long hauls). */
export function flightHours(a, b) {
  const d = distanceKm(a, b);
  return d / 830 + 0.7 + (d > 10000 ? 2.5 : 0);
}
