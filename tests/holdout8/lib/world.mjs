// Places (named the way geo-IP databases name them) and networks (ASN, address blocks, where they geolocate).
export const PLACES = {
  perth: ['Perth', 'Western Australia', 'AU', -31.9523, 115.8613, 8],
  newman: ['Newman', 'Western Australia', 'AU', -23.3594, 119.7356, 8],
  kalgoorlie: ['Kalgoorlie', 'Western Australia', 'AU', -30.7490, 121.4660, 8],
  sydney: ['Sydney', 'New South Wales', 'AU', -33.8688, 151.2093, 10],
  melbourne: ['Melbourne', 'Victoria', 'AU', -37.8136, 144.9631, 10],
  brisbane: ['Brisbane', 'Queensland', 'AU', -27.4698, 153.0251, 10],
  mackay: ['Mackay', 'Queensland', 'AU', -21.1411, 149.1861, 10],
  moranbah: ['Moranbah', 'Queensland', 'AU', -22.0016, 148.0466, 10],
  adelaide: ['Adelaide', 'South Australia', 'AU', -34.9285, 138.6007, 9.5],
  santiago: ['Santiago', 'Santiago Metropolitan', 'CL', -33.4489, -70.6693, -4],
  antofagasta: ['Antofagasta', 'Antofagasta', 'CL', -23.6509, -70.3975, -4],
  calama: ['Calama', 'Antofagasta', 'CL', -22.4560, -68.9237, -4],
  laserena: ['La Serena', 'Coquimbo', 'CL', -29.9027, -71.2519, -4],
  saopaulo: ['Sao Paulo', 'Sao Paulo', 'BR', -23.5475, -46.6361, -3],
  johannesburg: ['Johannesburg', 'Gauteng', 'ZA', -26.2041, 28.0473, 2],
  rustenburg: ['Rustenburg', 'North West', 'ZA', -25.6676, 27.2421, 2],
  pretoria: ['Pretoria', 'Gauteng', 'ZA', -25.7479, 28.2293, 2],
  capetown: ['Cape Town', 'Western Cape', 'ZA', -33.9249, 18.4241, 2],
  pune: ['Pune', 'Maharashtra', 'IN', 18.5204, 73.8567, 5.5],
  mumbai: ['Mumbai', 'Maharashtra', 'IN', 19.0760, 72.8777, 5.5],
  bengaluru: ['Bengaluru', 'Karnataka', 'IN', 12.9716, 77.5946, 5.5],
  singapore: ['Singapore', 'Singapore', 'SG', 1.2897, 103.8501, 8],
  london: ['London', 'England', 'GB', 51.5085, -0.1257, 1],
  denpasar: ['Denpasar', 'Bali', 'ID', -8.6500, 115.2167, 8],
  // places only attackers' networks geolocate to
  amsterdam: ['Amsterdam', 'North Holland', 'NL', 52.3740, 4.8897, 2],
  frankfurt: ['Frankfurt am Main', 'Hesse', 'DE', 50.1155, 8.6842, 2],
  nuremberg: ['Nuremberg', 'Bavaria', 'DE', 49.4542, 11.0775, 2],
  bucharest: ['Bucharest', 'Bucuresti', 'RO', 44.4323, 26.1063, 3],
  lagos: ['Lagos', 'Lagos', 'NG', 6.4541, 3.3947, 1],
  ashburn: ['Ashburn', 'Virginia', 'US', 39.0437, -77.4875, -4],
  losangeles: ['Los Angeles', 'California', 'US', 34.0522, -118.2437, -7],
  chicago: ['Chicago', 'Illinois', 'US', 41.8500, -87.6500, -5],
  atlanta: ['Atlanta', 'Georgia', 'US', 33.7490, -84.3880, -4],
  houston: ['Houston', 'Texas', 'US', 29.7633, -95.3633, -5],
  hanoi: ['Hanoi', 'Hanoi', 'VN', 21.0245, 105.8412, 7],
  hochiminh: ['Ho Chi Minh City', 'Ho Chi Minh', 'VN', 10.8230, 106.6296, 7],
  riodejaneiro: ['Rio de Janeiro', 'Rio de Janeiro', 'BR', -22.9064, -43.1822, -3],
  manila: ['Manila', 'Metro Manila', 'PH', 14.6042, 120.9822, 8],
  jakarta: ['Jakarta', 'Jakarta', 'ID', -6.2146, 106.8451, 7],
  warsaw: ['Warsaw', 'Mazovia', 'PL', 52.2298, 21.0118, 2],
};

export function place(key) {
  const p = PLACES[key]; if (!p) throw new Error('unknown place ' + key);
  return { key, city: p[0], state: p[1], cc: p[2], lat: p[3], lon: p[4], tz: p[5] };
}

export function km(a, b) {
  const A = place(a), B = place(b), R = 6371, rad = Math.PI / 180;
  const dLat = (B.lat - A.lat) * rad, dLon = (B.lon - A.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(A.lat * rad) * Math.cos(B.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

// name: [asn, org, blocks ('a.b.c' /24s), [[placeKey, weight], ...]]
const N = {
  // corporate egress: cloud proxy (zero-trust) per region, and the Perth data centre
  zs_syd: [53813, 'Zscaler, Inc.', ['165.225.114', '165.225.115', '147.161.214'], [['sydney', 1]]],
  zs_sao: [53813, 'Zscaler, Inc.', ['165.225.212', '147.161.131'], [['saopaulo', 1]]],
  zs_jnb: [62044, 'Zscaler Switzerland GmbH', ['165.225.72', '147.161.162'], [['johannesburg', 1]]],
  perth_dc: [1221, 'Telstra Limited', ['203.41.47'], [['perth', 1]]],
  // mine sites and camps
  site_pilbara: [1221, 'Telstra Limited', ['203.45.222'], [['perth', 1]]],
  site_bowen: [1221, 'Telstra Limited', ['203.47.118'], [['brisbane', 1]]],
  site_calama: [27651, 'ENTEL CHILE S.A.', ['200.72.160'], [['calama', 1]]],
  site_rustenburg: [37457, 'Telkom SA Ltd.', ['196.25.91'], [['rustenburg', 1]]],
  starlink_au: [14593, 'Space Exploration Technologies Corporation', ['129.222.88', '129.222.89', '129.222.90', '129.222.91'], [['perth', 6], ['sydney', 3], ['melbourne', 1]]],
  starlink_cl: [14593, 'Space Exploration Technologies Corporation', ['129.222.200', '129.222.201'], [['santiago', 1]]],
  // home broadband
  telstra: [1221, 'Telstra Limited', ['110.142', '120.152', '58.106', '101.183'], null],
  optus: [4804, 'Optus Internet', ['49.180', '114.73', '211.30'], null],
  tpg: [7545, 'TPG Telecom Limited', ['1.144', '1.145', '203.219'], null],
  abb: [4764, 'Aussie Broadband', ['180.150', '103.225'], null],
  vtr: [22047, 'VTR BANDA ANCHA S.A.', ['190.160', '186.107'], null],
  movistar_cl: [7418, 'TELEFONICA CHILE S.A.', ['190.20', '181.43'], null],
  afrihost: [37611, 'Afrihost', ['102.132', '169.0'], null],
  telkom_home: [37457, 'Telkom SA Ltd.', ['105.224', '41.146'], null],
  // mobile carriers: CGNAT pools that geolocate far from the handset
  telstra_mob: [1221, 'Telstra Limited', ['1.128.96', '1.128.97', '1.128.98', '1.136.104', '1.136.105', '1.145.20'], [['sydney', 5], ['melbourne', 3], ['brisbane', 1], ['perth', 1]]],
  optus_mob: [4804, 'Optus Internet', ['49.195.40', '49.195.41', '49.197.12'], [['sydney', 7], ['melbourne', 3]]],
  entel_mob: [27651, 'ENTEL CHILE S.A.', ['191.126.10', '191.126.11', '191.126.12'], [['santiago', 1]]],
  vodacom: [29975, 'Vodacom', ['41.13.80', '41.13.81', '41.114.20'], [['johannesburg', 3], ['pretoria', 1], ['capetown', 1]]],
  mtn_za: [16637, 'MTN SA', ['197.184.160', '197.184.161'], [['johannesburg', 2], ['capetown', 1]]],
  // the offshore IT outsourcer
  tata_pune: [4755, 'Tata Communications Limited', ['14.142.183', '14.143.20'], [['pune', 1]]],
  airtel_blr: [9498, 'Bharti Airtel Ltd.', ['122.15.148'], [['bengaluru', 1]]],
  jio: [55836, 'Reliance Jio Infocomm Limited', ['49.36', '49.37', '157.32'], [['mumbai', 1]]],
  // travel
  hotel_london: [5089, 'Virgin Media Limited', ['82.21.114'], [['london', 1]]],
  hotel_sg: [7473, 'Singapore Telecommunications Ltd', ['116.14.33'], [['singapore', 1]]],
  hotel_scl: [7418, 'TELEFONICA CHILE S.A.', ['200.27.64'], [['santiago', 1]]],
  hotel_jnb: [37457, 'Telkom SA Ltd.', ['196.15.240'], [['johannesburg', 1]]],
  hotel_kal: [1221, 'Telstra Limited', ['203.59.8'], [['perth', 1]]],
  biznet_bali: [17451, 'BIZNET NETWORKS', ['112.78.134'], [['denpasar', 1]]],
  // cloud (automation)
  azure_aue: [8075, 'Microsoft Corporation', ['20.211.146', '20.5.112'], [['sydney', 1]]],
  // partner tenants' networks (guests)
  jv_andes: [14259, 'Gtd Internet S.A.', ['200.54.118'], [['santiago', 1]]],
  contractor_perth: [4804, 'Optus Internet', ['203.13.70'], [['perth', 1]]],
  consultant_bne: [7545, 'TPG Telecom Limited', ['203.26.180'], [['brisbane', 1]]],
};

// Attacker-only networks: no honest user is ever given an address from these.
const A = {
  do_sgp: [14061, 'DigitalOcean, LLC', ['159.223.37', '146.190.99'], [['singapore', 1]]],
  do_ams: [14061, 'DigitalOcean, LLC', ['167.99.41'], [['amsterdam', 1]]],
  m247_buh: [9009, 'M247 Europe SRL', ['89.46.103', '185.156.46'], [['bucharest', 1]]],
  ovh_fr: [16276, 'OVH SAS', ['51.75.146'], [['frankfurt', 1]]],
  hetzner: [24940, 'Hetzner Online GmbH', ['49.12.108', '116.203.40'], [['nuremberg', 1]]],
  vultr_lax: [20473, 'The Constant Company, LLC', ['45.77.120', '149.28.72'], [['losangeles', 1]]],
  datacamp_sao: [60068, 'Datacamp Limited', ['177.54.148'], [['saopaulo', 1]]],
  aws_iad: [14618, 'Amazon.com, Inc.', ['44.203.17', '3.231.91'], [['ashburn', 1]]],
  mtn_ng: [29465, 'MTN NIGERIA Communication limited', ['102.89.32', '102.89.33'], [['lagos', 1]]],
  comcast: [7922, 'Comcast Cable Communications, LLC', ['73.162', '98.207', '24.99'], [['chicago', 2], ['atlanta', 2], ['houston', 1]]],
  charter: [20115, 'Charter Communications', ['66.190', '75.139'], [['losangeles', 1], ['houston', 1]]],
  vivo_br: [26599, 'TELEFONICA BRASIL S.A', ['177.139', '189.100'], [['riodejaneiro', 1], ['saopaulo', 1]]],
  viettel: [7552, 'Viettel Group', ['27.72', '171.224'], [['hanoi', 1], ['hochiminh', 1]]],
  pldt: [9299, 'Philippine Long Distance Telephone Company', ['112.198', '180.190'], [['manila', 1]]],
  telkomsel: [23693, 'PT. Telekomunikasi Selular', ['114.122', '182.1'], [['jakarta', 1]]],
  orange_pl: [5617, 'Orange Polska Spolka Akcyjna', ['83.27', '109.241'], [['warsaw', 1]]],
};

function build(table, attacker) {
  const out = {};
  for (const [k, [asn, org, blocks, geo]] of Object.entries(table)) out[k] = { key: k, asn, org, blocks, geo, attacker };
  return out;
}
export const NETS = build(N, false);
export const ATTACK_NETS = build(A, true);

function hashStr(s) { let h = 2166136261; for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619) >>> 0; } return h; }

/** Keeps every address on one network and one geolocation for the whole population. */
export class AddressBook {
  constructor() { this.byIp = new Map(); }
  /** An address on `net`; home ISPs geolocate to the subscriber's city, pools by a fixed hash of the address. */
  take(net, rng, homeKey) {
    for (let tries = 0; tries < 50; tries++) {
      const b = rng.pick(net.blocks);
      const ip = b.split('.').length === 3 ? `${b}.${rng.int(2, 254)}` : `${b}.${rng.int(0, 255)}.${rng.int(2, 254)}`;
      let geo = homeKey;
      if (net.geo) {
        let total = 0; for (const [, w] of net.geo) total += w;
        let x = (hashStr(ip) % 10000) / 10000 * total; geo = net.geo[net.geo.length - 1][0];
        for (const [g, w] of net.geo) { if ((x -= w) < 0) { geo = g; break; } }
      }
      const have = this.byIp.get(ip);
      if (have && (have.net !== net.key || have.geo !== geo)) continue;
      const a = { ip, net: net.key, asn: net.asn, geo, attacker: net.attacker };
      this.byIp.set(ip, a);
      return a;
    }
    throw new Error('address space exhausted on ' + net.key);
  }
}
