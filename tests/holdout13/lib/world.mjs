// Places, networks (ASN, address blocks, geolocation), applications, user agents, Conditional Access
// policies and STS failure texts for holdout13 ("Harrow & Quill Partners", AU/NZ accounting & tax advisory).

// ---------------------------------------------------------------------------------------------------------
// Places: city code -> { city, state, cc, lat, lon, zone }
export const PLACES = {
  SYD: { city: 'Sydney', state: 'New South Wales', cc: 'AU', lat: -33.8688, lon: 151.2093, zone: 'AEDT' },
  PAR: { city: 'Parramatta', state: 'New South Wales', cc: 'AU', lat: -33.8150, lon: 151.0011, zone: 'AEDT' },
  NCL: { city: 'Newcastle', state: 'New South Wales', cc: 'AU', lat: -32.9283, lon: 151.7817, zone: 'AEDT' },
  WOL: { city: 'Wollongong', state: 'New South Wales', cc: 'AU', lat: -34.4278, lon: 150.8931, zone: 'AEDT' },
  CBR: { city: 'Canberra', state: 'Australian Capital Territory', cc: 'AU', lat: -35.2809, lon: 149.1300, zone: 'AEDT' },
  MEL: { city: 'Melbourne', state: 'Victoria', cc: 'AU', lat: -37.8136, lon: 144.9631, zone: 'AEDT' },
  GEL: { city: 'Geelong', state: 'Victoria', cc: 'AU', lat: -38.1499, lon: 144.3617, zone: 'AEDT' },
  HBA: { city: 'Hobart', state: 'Tasmania', cc: 'AU', lat: -42.8821, lon: 147.3272, zone: 'AEDT' },
  BNE: { city: 'Brisbane', state: 'Queensland', cc: 'AU', lat: -27.4698, lon: 153.0251, zone: 'AEST' },
  OOL: { city: 'Gold Coast', state: 'Queensland', cc: 'AU', lat: -28.0167, lon: 153.4000, zone: 'AEST' },
  PER: { city: 'Perth', state: 'Western Australia', cc: 'AU', lat: -31.9523, lon: 115.8613, zone: 'AWST' },
  ADL: { city: 'Adelaide', state: 'South Australia', cc: 'AU', lat: -34.9285, lon: 138.6007, zone: 'AEDT' },
  AKL: { city: 'Auckland', state: 'Auckland', cc: 'NZ', lat: -36.8485, lon: 174.7633, zone: 'NZDT' },
  HLZ: { city: 'Hamilton', state: 'Waikato', cc: 'NZ', lat: -37.7870, lon: 175.2793, zone: 'NZDT' },
  WLG: { city: 'Wellington', state: 'Wellington', cc: 'NZ', lat: -41.2865, lon: 174.7762, zone: 'NZDT' },
  CHC: { city: 'Christchurch', state: 'Canterbury', cc: 'NZ', lat: -43.5321, lon: 172.6362, zone: 'NZDT' },
  MNL: { city: 'Manila', state: 'National Capital Region', cc: 'PH', lat: 14.5995, lon: 120.9842, zone: 'PHT' },
  MKT: { city: 'Makati City', state: 'National Capital Region', cc: 'PH', lat: 14.5547, lon: 121.0244, zone: 'PHT' },
  QZN: { city: 'Quezon City', state: 'National Capital Region', cc: 'PH', lat: 14.6760, lon: 121.0437, zone: 'PHT' },
  BLR: { city: 'Bengaluru', state: 'Karnataka', cc: 'IN', lat: 12.9716, lon: 77.5946, zone: 'IST' },
  BOM: { city: 'Mumbai', state: 'Maharashtra', cc: 'IN', lat: 19.0760, lon: 72.8777, zone: 'IST' },
  SIN: { city: 'Singapore', state: 'Singapore', cc: 'SG', lat: 1.2897, lon: 103.8501, zone: 'SGT' },
  HKG: { city: 'Hong Kong', state: 'Hong Kong', cc: 'HK', lat: 22.2783, lon: 114.1747, zone: 'HKT' },
  LON: { city: 'London', state: 'England', cc: 'GB', lat: 51.5074, lon: -0.1278, zone: 'UK' },
  TYO: { city: 'Tokyo', state: 'Tokyo', cc: 'JP', lat: 35.6895, lon: 139.6917, zone: 'JST' },
  DPS: { city: 'Denpasar', state: 'Bali', cc: 'ID', lat: -8.6705, lon: 115.2126, zone: 'WITA' },
  NAN: { city: 'Nadi', state: 'Western', cc: 'FJ', lat: -17.7765, lon: 177.4356, zone: 'FJT' },
  CLD: { city: 'Carlsbad', state: 'California', cc: 'US', lat: 33.1581, lon: -117.3506, zone: 'PDT' },
  IAD: { city: 'Ashburn', state: 'Virginia', cc: 'US', lat: 39.0438, lon: -77.4874, zone: 'UTC' },
  BOY: { city: 'Boydton', state: 'Virginia', cc: 'US', lat: 36.6676, lon: -78.3875, zone: 'UTC' },
  DSM: { city: 'Council Bluffs', state: 'Iowa', cc: 'US', lat: 41.2619, lon: -95.8608, zone: 'UTC' },
  CHI: { city: 'Chicago', state: 'Illinois', cc: 'US', lat: 41.8781, lon: -87.6298, zone: 'UTC' },
  DAL: { city: 'Dallas', state: 'Texas', cc: 'US', lat: 32.7767, lon: -96.7970, zone: 'UTC' },
  AMS: { city: 'Amsterdam', state: 'North Holland', cc: 'NL', lat: 52.3676, lon: 4.9041, zone: 'UTC' },
  FSN: { city: 'Falkenstein', state: 'Saxony', cc: 'DE', lat: 50.4779, lon: 12.3713, zone: 'UTC' },
  SAO: { city: 'Sao Paulo', state: 'Sao Paulo', cc: 'BR', lat: -23.5505, lon: -46.6333, zone: 'UTC' },
  CWB: { city: 'Curitiba', state: 'Parana', cc: 'BR', lat: -25.4284, lon: -49.2733, zone: 'UTC' },
  BUE: { city: 'Buenos Aires', state: 'Buenos Aires F.D.', cc: 'AR', lat: -34.6037, lon: -58.3816, zone: 'UTC' },
  IST: { city: 'Istanbul', state: 'Istanbul', cc: 'TR', lat: 41.0082, lon: 28.9784, zone: 'UTC' },
  ANK: { city: 'Ankara', state: 'Ankara', cc: 'TR', lat: 39.9334, lon: 32.8597, zone: 'UTC' },
  HAN: { city: 'Hanoi', state: 'Hanoi', cc: 'VN', lat: 21.0278, lon: 105.8342, zone: 'UTC' },
  SGN: { city: 'Ho Chi Minh City', state: 'Ho Chi Minh', cc: 'VN', lat: 10.8231, lon: 106.6297, zone: 'UTC' },
  SEL: { city: 'Seoul', state: 'Seoul', cc: 'KR', lat: 37.5665, lon: 126.9780, zone: 'UTC' },
  TPE: { city: 'Taipei', state: 'Taipei City', cc: 'TW', lat: 25.0330, lon: 121.5654, zone: 'UTC' },
  LHE: { city: 'Lahore', state: 'Punjab', cc: 'PK', lat: 31.5204, lon: 74.3587, zone: 'UTC' },
  TAS: { city: 'Tashkent', state: 'Tashkent', cc: 'UZ', lat: 41.2995, lon: 69.2401, zone: 'UTC' },
};

// ---------------------------------------------------------------------------------------------------------
// Networks. kind: home | mobile (CGNAT) | biz (static business) | swg | cloud | vpn | hotel | inflight | satellite
// blocks: IPv4 CIDRs (carved deterministically per city); v6: an IPv6 /32 and the share of sign-ins that use it.
export const NETS = {
  // Australia — fixed broadband (NBN retailers)
  telstraHome: { asn: 1221, org: 'Telstra', kind: 'home', blocks: ['58.160.0.0/12', '120.144.0.0/13', '110.142.0.0/15'], v6: ['2001:8003::', 0.45] },
  optusHome: { asn: 4804, org: 'Optus', kind: 'home', blocks: ['60.224.0.0/13', '211.26.0.0/16'] },
  tpgHome: { asn: 7545, org: 'TPG Telecom', kind: 'home', blocks: ['110.174.0.0/15', '121.44.0.0/16', '203.206.0.0/16'] },
  iinetHome: { asn: 4739, org: 'iiNet', kind: 'home', blocks: ['58.6.0.0/15', '121.45.0.0/16', '203.59.0.0/16'] },
  aussieHome: { asn: 4764, org: 'Aussie Broadband', kind: 'home', blocks: ['119.18.0.0/17', '159.196.0.0/16'], v6: ['2403:5800::', 0.35] },
  vocusHome: { asn: 9443, org: 'Vocus (Dodo/iPrimus)', kind: 'home', blocks: ['180.150.0.0/16'] },
  starlinkAu: { asn: 14593, org: 'Starlink', kind: 'satellite', blocks: ['129.222.192.0/18'] },
  // Australia — mobile (CGNAT)
  telstraMobile: { asn: 1221, org: 'Telstra', kind: 'mobile', blocks: ['1.128.0.0/11', '101.112.0.0/12'], v6: ['2001:8004::', 0.6] },
  optusMobile: { asn: 4804, org: 'Optus', kind: 'mobile', blocks: ['49.180.0.0/14', '49.195.0.0/16'] },
  vodafoneAu: { asn: 133612, org: 'Vodafone Australia (TPG Telecom)', kind: 'mobile', blocks: ['1.152.0.0/13'] },
  // Australia — business fixed lines (offices, client sites)
  telstraBiz: { asn: 1221, org: 'Telstra Business', kind: 'biz', blocks: ['203.45.0.0/16', '139.130.0.0/16'] },
  optusBiz: { asn: 4804, org: 'Optus Business', kind: 'biz', blocks: ['202.139.0.0/16'] },
  tpgBiz: { asn: 7545, org: 'TPG Business', kind: 'biz', blocks: ['203.219.0.0/16'] },
  aussieBiz: { asn: 4764, org: 'Aussie Broadband Business', kind: 'biz', blocks: ['103.1.180.0/22'] },
  superloopBiz: { asn: 38195, org: 'Superloop', kind: 'biz', blocks: ['103.200.40.0/21'] },
  // New Zealand
  sparkHome: { asn: 4771, org: 'Spark New Zealand', kind: 'home', blocks: ['122.56.0.0/14', '125.236.0.0/14'], v6: ['2407:7000::', 0.3] },
  onenzHome: { asn: 9500, org: 'One New Zealand', kind: 'home', blocks: ['203.109.128.0/17', '27.252.0.0/16'] },
  twodegHome: { asn: 23655, org: '2degrees', kind: 'home', blocks: ['114.23.0.0/16', '222.154.0.0/16'] },
  sparkMobile: { asn: 4771, org: 'Spark New Zealand', kind: 'mobile', blocks: ['49.224.0.0/14'] },
  onenzMobile: { asn: 9500, org: 'One New Zealand', kind: 'mobile', blocks: ['27.253.0.0/16'] },
  twodegMobile: { asn: 23655, org: '2degrees', kind: 'mobile', blocks: ['118.148.0.0/16'] },
  sparkBiz: { asn: 4771, org: 'Spark Business', kind: 'biz', blocks: ['210.55.0.0/16'] },
  onenzBiz: { asn: 9500, org: 'One NZ Business', kind: 'biz', blocks: ['202.27.0.0/16'] },
  // Philippines
  pldtBiz: { asn: 9299, org: 'PLDT', kind: 'biz', blocks: ['122.52.0.0/16'] },
  pldtHome: { asn: 9299, org: 'PLDT', kind: 'home', blocks: ['122.53.0.0/16', '112.208.0.0/13'] },
  convergeHome: { asn: 17639, org: 'Converge ICT', kind: 'home', blocks: ['136.158.0.0/16', '124.106.0.0/16'] },
  globeMobile: { asn: 4775, org: 'Globe Telecom', kind: 'mobile', blocks: ['112.198.0.0/16', '110.54.128.0/17'] },
  smartMobile: { asn: 10139, org: 'Smart Communications', kind: 'mobile', blocks: ['110.54.0.0/17', '175.176.0.0/16'] },
  // India
  tataBiz: { asn: 4755, org: 'Tata Communications', kind: 'biz', blocks: ['14.141.0.0/16', '115.114.0.0/16'] },
  actHome: { asn: 24309, org: 'Atria Convergence (ACT Fibernet)', kind: 'home', blocks: ['106.51.0.0/16', '49.207.0.0/16'] },
  airtelHome: { asn: 24560, org: 'Bharti Airtel', kind: 'home', blocks: ['122.171.0.0/16', '223.186.0.0/16'] },
  jioMobile: { asn: 55836, org: 'Reliance Jio', kind: 'mobile', blocks: ['49.36.0.0/14', '157.32.0.0/12'] },
  // Travel networks
  singtel: { asn: 7473, org: 'Singtel', kind: 'hotel', blocks: ['116.14.0.0/15'] },
  starhub: { asn: 4657, org: 'StarHub', kind: 'mobile', blocks: ['118.200.0.0/14'] },
  netvigator: { asn: 4760, org: 'HKT (Netvigator)', kind: 'hotel', blocks: ['42.2.0.0/15', '112.118.0.0/15'] },
  btHome: { asn: 2856, org: 'British Telecommunications', kind: 'hotel', blocks: ['81.128.0.0/11'] },
  vodafoneUk: { asn: 25135, org: 'Vodafone UK', kind: 'mobile', blocks: ['92.40.0.0/14'] },
  telkomsel: { asn: 23693, org: 'Telkomsel', kind: 'mobile', blocks: ['114.120.0.0/13'] },
  docomo: { asn: 9605, org: 'NTT DOCOMO', kind: 'mobile', blocks: ['1.72.0.0/13'] },
  vodafoneFj: { asn: 38442, org: 'Vodafone Fiji', kind: 'mobile', blocks: ['202.63.64.0/19'] },
  viasat: { asn: 7155, org: 'Viasat (in-flight Wi-Fi)', kind: 'inflight', blocks: ['66.82.0.0/17'] },
  // Security service edge / proxies
  zscaler: { asn: 53813, org: 'Zscaler', kind: 'swg', blocks: ['165.225.96.0/19', '147.161.160.0/20'] },
  netskope: { asn: 55256, org: 'Netskope', kind: 'swg', blocks: ['163.116.128.0/18'] },
  // Clouds and hosting
  azure: { asn: 8075, org: 'Microsoft Azure', kind: 'cloud', blocks: ['20.5.0.0/16'], cities: { SYD: ['20.5.0.0/16', '20.211.0.0/16', '20.227.0.0/16'], BOY: ['20.42.0.0/16', '20.81.0.0/16', '4.152.0.0/16'] } },
  aws: { asn: 16509, org: 'Amazon AWS', kind: 'cloud', blocks: ['13.54.0.0/15'], cities: { SYD: ['13.54.0.0/15', '52.62.0.0/15'], IAD: ['3.80.0.0/12'] } },
  gcp: { asn: 396982, org: 'Google Cloud', kind: 'cloud', blocks: ['34.123.0.0/16'] },
  digitalocean: { asn: 14061, org: 'DigitalOcean', kind: 'cloud', blocks: ['128.199.128.0/17'], cities: { SIN: ['128.199.128.0/17'], IAD: ['159.203.0.0/16'] } },
  vultr: { asn: 20473, org: 'Vultr (The Constant Company)', kind: 'cloud', blocks: ['45.76.112.0/20'], cities: { SYD: ['45.76.112.0/20', '149.28.160.0/20'], SIN: ['45.77.32.0/20'] } },
  linode: { asn: 63949, org: 'Akamai Connected Cloud (Linode)', kind: 'cloud', blocks: ['172.105.160.0/20'], cities: { SYD: ['172.105.160.0/20'], SIN: ['139.162.0.0/19'] } },
  ovh: { asn: 16276, org: 'OVH', kind: 'cloud', blocks: ['139.99.128.0/17'], cities: { SYD: ['139.99.128.0/17'], SIN: ['51.79.128.0/17'] } },
  m247: { asn: 9009, org: 'M247 Europe', kind: 'vpn', blocks: ['185.156.46.0/23', '89.46.100.0/22'] },
  packethub: { asn: 147049, org: 'PacketHub S.A.', kind: 'vpn', blocks: ['103.75.11.0/24'], cities: { AKL: ['103.75.11.0/24'], SYD: ['103.107.197.0/24'], SIN: ['103.137.12.0/24'] } },
  datacamp: { asn: 60068, org: 'Datacamp Limited', kind: 'vpn', blocks: ['185.59.221.0/24', '212.102.33.0/24'] },
  hetzner: { asn: 24940, org: 'Hetzner Online', kind: 'cloud', blocks: ['88.198.0.0/16'] },
  cloudflare: { asn: 13335, org: 'Cloudflare', kind: 'cloud', blocks: ['104.28.0.0/16'], v6: ['2a06:98c0::', 1.0] },
  // Residential ISPs abroad (SOHO routers, residential proxies, botnets)
  vnpt: { asn: 45899, org: 'VNPT', kind: 'home', blocks: ['14.160.0.0/12'] },
  viettel: { asn: 7552, org: 'Viettel', kind: 'home', blocks: ['27.72.0.0/13'] },
  kt: { asn: 4766, org: 'Korea Telecom', kind: 'home', blocks: ['121.128.0.0/11'] },
  hinet: { asn: 3462, org: 'Chunghwa Telecom (HiNet)', kind: 'home', blocks: ['1.160.0.0/12'] },
  claro: { asn: 28573, org: 'Claro NXT', kind: 'home', blocks: ['177.32.0.0/12'] },
  vivo: { asn: 26599, org: 'Telefonica Brasil (Vivo)', kind: 'home', blocks: ['187.0.0.0/14'] },
  telecomAr: { asn: 7303, org: 'Telecom Argentina', kind: 'home', blocks: ['181.0.0.0/12'] },
  turkTelekom: { asn: 9121, org: 'Turk Telekom', kind: 'home', blocks: ['78.160.0.0/11'] },
  ptcl: { asn: 17557, org: 'Pakistan Telecommunication', kind: 'home', blocks: ['39.32.0.0/11'] },
  uztelecom: { asn: 8193, org: 'Uzbektelecom', kind: 'home', blocks: ['84.54.64.0/18'] },
  comcast: { asn: 7922, org: 'Comcast Cable', kind: 'home', blocks: ['73.0.0.0/10'] },
  charter: { asn: 20115, org: 'Charter Communications', kind: 'home', blocks: ['24.160.0.0/12'] },
};

// Deterministic per-(net, city) carving: each city gets its own /20 (or the whole block when smaller), so an
// address always geolocates to one city.
export function ipToInt(ip) { return ip.split('.').reduce((a, o) => a * 256 + Number(o), 0); }
export function intToIp(n) { return [n >>> 24 & 255, n >>> 16 & 255, n >>> 8 & 255, n & 255].join('.'); }
export function parseCidr(c) { const [a, b] = c.split('/'); const bits = Number(b); const base = ipToInt(a) & (bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0); return { base: base >>> 0, size: 2 ** (32 - bits) }; }

function hash32(str) { let h = 2166136261; for (let i = 0; i < str.length; i++) { h ^= str.charCodeAt(i); h = Math.imul(h, 16777619); } return h >>> 0; }

/** The /20 (or smaller) range of a net used for one city. */
export function cityRange(netKey, city) {
  const net = NETS[netKey];
  const h = hash32(`${netKey}:${city}`);
  const blocks = net.cities ? net.cities[city] : net.blocks;
  if (!blocks) throw new Error(`${netKey} has no addresses in ${city}`);
  const blk = parseCidr(blocks[h % blocks.length]);
  const sub = Math.min(blk.size, 4096);
  const slots = blk.size / sub;
  const i = (h >>> 8) % slots;
  return { base: blk.base + i * sub, size: sub };
}

export class AddressBook {
  constructor(rng) { this.rng = rng; this.owner = new Map(); this.meta = new Map(); }
  _v4(netKey, city, rng) {
    const r = cityRange(netKey, city);
    for (let tries = 0; tries < 200; tries++) {
      const off = 2 + Math.floor(rng.float() * (r.size - 4));
      const ip = intToIp(r.base + off);
      if (!this.owner.has(ip)) return ip;
    }
    throw new Error(`address range exhausted ${netKey} ${city}`);
  }
  /** a /64 on a net's IPv6 block for one home or phone (the city's share of the /32) */
  v6Prefix(netKey, city, rng) {
    const net = NETS[netKey];
    const h = hash32(`${netKey}:${city}:v6`);
    const p = net.v6[0].replace(/::$/, '').split(':');
    const g = (n) => (n & 0xffff).toString(16);
    return [...p, g((h >>> 16) & 0xf000 | rng.int(0, 0x0fff)), g(rng.int(0, 0xffff))].join(':');
  }
  /** an address in a /64 with a random interface id (privacy addresses) */
  v6In(prefix64, rng) {
    const g = () => rng.int(0, 0xffff).toString(16);
    return `${prefix64}:${g()}:${g()}:${g()}:${rng.int(1, 0xffff).toString(16)}`;
  }
  _v6(netKey, city, rng) { return this.v6In(this.v6Prefix(netKey, city, rng), rng); }
  /** register an IPv6 address built elsewhere (a home or phone /64) */
  regV6(ip, netKey, city, owner) {
    const prev = this.owner.get(ip);
    if (prev && prev !== owner) throw new Error(`address ${ip} reused across owners`);
    this.owner.set(ip, owner); this.meta.set(ip, { net: netKey, city });
    return ip;
  }
  /** A new address on a net in a city, registered to owner ('benign' or a scenario name). */
  take(netKey, city, owner, { rng = this.rng, v6 = null } = {}) {
    const net = NETS[netKey];
    if (!net) throw new Error(`unknown net ${netKey}`);
    const useV6 = v6 === null ? (net.v6 ? rng.chance(net.v6[1]) : false) : (v6 && !!net.v6);
    let ip;
    for (let tries = 0; tries < 50; tries++) {
      ip = useV6 ? this._v6(netKey, city, rng) : this._v4(netKey, city, rng);
      if (!this.owner.has(ip)) break;
    }
    const prev = this.owner.get(ip);
    if (prev && prev !== owner) throw new Error(`address ${ip} reused across owners`);
    this.owner.set(ip, owner);
    this.meta.set(ip, { net: netKey, city });
    return ip;
  }
  /** Register an address used by the tenant's honest population (for reuse by several people). */
  claim(ip, owner) {
    const prev = this.owner.get(ip);
    if (prev && prev !== owner) throw new Error(`address ${ip} claimed by ${prev} and ${owner}`);
    this.owner.set(ip, owner);
  }
  info(ip) {
    const m = this.meta.get(ip);
    if (!m) throw new Error(`unregistered address ${ip}`);
    const net = NETS[m.net];
    return { net: m.net, asn: net.asn, org: net.org, kind: net.kind, place: PLACES[m.city], city: m.city };
  }
}

// ---------------------------------------------------------------------------------------------------------
// Applications. Well-known first-party client and resource ids; tenant apps get stable random ids in tenant.mjs.
export const MS_TENANT = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a';
export const MSA_TENANT = '9188040d-6c67-4c5b-b112-36a304b66dad';

export const RES = {
  exo: { id: '00000002-0000-0ff1-ce00-000000000000', name: 'Office 365 Exchange Online' },
  graph: { id: '00000003-0000-0000-c000-000000000000', name: 'Microsoft Graph' },
  spo: { id: '00000003-0000-0ff1-ce00-000000000000', name: 'Office 365 SharePoint Online' },
  aad: { id: '00000002-0000-0000-c000-000000000000', name: 'Windows Azure Active Directory' },
  teams: { id: 'cc15fd57-2c6c-4117-a88c-83b1d56b4bbe', name: 'Microsoft Teams Services' },
  skype: { id: '00000004-0000-0ff1-ce00-000000000000', name: 'Skype for Business Online' },
  portal365: { id: '00000006-0000-0ff1-ce00-000000000000', name: 'Microsoft Office 365 Portal' },
  arm: { id: '797f4846-ba00-4fd7-ba43-dac1f8f63013', name: 'Windows Azure Service Management API' },
  intune: { id: '0000000a-0000-0000-c000-000000000000', name: 'Microsoft Intune' },
  drs: { id: '01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', name: 'Device Registration Service' },
  avd: { id: '9cdead84-a844-4324-93f2-b2e6bb768d07', name: 'Azure Virtual Desktop' },
  cloudLogin: { id: '270efc09-cd0d-444b-a71f-39af4910ec45', name: 'Windows Cloud Login' },
  powerbi: { id: '00000009-0000-0000-c000-000000000000', name: 'Power BI Service' },
  mysignins: { id: '0000000c-0000-0000-c000-000000000000', name: 'Microsoft App Access Panel' },
  acctControls: { id: '7eadcef8-456d-4611-9480-4fff72b8b9e2', name: 'Microsoft Account Controls V2' },
  ssprSvc: { id: '93625bc8-bfe2-437a-97e0-3d0060024faa', name: 'Microsoft password reset service' },
  keyvault: { id: 'cfa8b339-82a2-471a-a3c9-0fc0be7a4093', name: 'Azure Key Vault' },
  edgeSvc: { id: '2d7f3606-b07d-41d1-b9d2-0d0c9296a6e8', name: 'Microsoft Edge Enterprise New Tab Page' },
};

export const APPS = {
  office: { id: 'd3590ed6-52b3-4102-aeff-aad2292ab01c', name: 'Microsoft Office' },
  officeHome: { id: '4765445b-32c6-49b0-83e6-1d93765276ca', name: 'OfficeHome' },
  wcss: { id: '89bee1f7-5e6e-4d8a-9f3d-ecd601259da7', name: 'Office365 Shell WCSS-Client' },
  owa: { id: '9199bf20-a13f-4107-85dc-02114787ef48', name: 'One Outlook Web' },
  outlookMobile: { id: '27922004-5251-4030-b22d-91ecd9a37ea4', name: 'Outlook Mobile' },
  teams: { id: '1fec8e78-bce4-4aaf-ab1b-5451cc387264', name: 'Microsoft Teams' },
  teamsWeb: { id: '5e3ce6c0-2b1f-4285-8d4b-75ee78787346', name: 'Microsoft Teams Web Client' },
  broker: { id: '29d9ed98-a469-4536-ade2-f981bc1d605e', name: 'Microsoft Authentication Broker' },
  authenticator: { id: '4813382a-8fa7-425e-ab75-3b753aab3abb', name: 'Microsoft Authenticator App' },
  oneDriveSync: { id: 'ab9b8c07-8f02-4f72-87fa-80105867a763', name: 'OneDrive SyncEngine' },
  oneDriveMobile: { id: 'af124e86-4e96-495a-b70a-90f90ab96707', name: 'OneDrive iOS App' },
  spoWeb: { id: '08e18876-6177-487e-b8b5-cf950c1e598c', name: 'SharePoint Online Web Client Extensibility' },
  edge: { id: 'ecd6b820-32c2-49b6-98a6-444530e5a77a', name: 'Microsoft Edge' },
  winSignIn: { id: '38aa3b87-a06d-4817-b275-7a316988d93b', name: 'Windows Sign In' },
  azurePortal: { id: 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c', name: 'Azure Portal' },
  entraAdmin: { id: '74658136-14ec-4630-ad9b-26e160ff0fc6', name: 'ADIbizaUX' },
  azCli: { id: '04b07795-8ddb-461a-bbee-02f9e1bf7b46', name: 'Microsoft Azure CLI' },
  azPs: { id: '1950a258-227b-4e31-a9cf-717495945fc2', name: 'Microsoft Azure PowerShell' },
  graphCli: { id: '14d82eec-204b-4c2f-b7e8-296a70dab67e', name: 'Microsoft Graph Command Line Tools' },
  vscode: { id: 'aebc6443-996d-45c2-90f0-388ff96faa56', name: 'Visual Studio Code' },
  exoPs: { id: 'fb78d390-0c51-40cd-8e17-fdbfab77341b', name: 'Microsoft Exchange REST API Based Powershell' },
  aadPs: { id: '1b730954-1685-4b74-9bfd-dac224a7b894', name: 'Azure Active Directory PowerShell' },
  avdClient: { id: 'a85cf173-4192-42f8-81fa-777a763e6e2c', name: 'Azure Virtual Desktop Client' },
  rdp: { id: 'a4a365df-50f1-4397-bc59-1a1564b8bb9c', name: 'Microsoft Remote Desktop' },
  companyPortal: { id: '9ba1a5c7-f17a-4de9-a1f1-6178c8d51223', name: 'Microsoft Intune Company Portal' },
  mySignins: { id: '19db86c3-b2b9-44cc-b339-36da233a3be2', name: 'My Signins' },
  myProfile: { id: '8c59ead7-d703-4a27-9e55-c96a0054c8d2', name: 'My Profile' },
  powerBi: { id: '871c010f-5e61-4fb1-83ac-98610a7e9110', name: 'Power BI' },
  exoRest: { id: '00000002-0000-0ff1-ce00-000000000000', name: 'Office 365 Exchange Online' },
};

// ---------------------------------------------------------------------------------------------------------
// User agents (October 2026: Chrome/Edge 153-154, Firefox 156-157, Safari 26/27 with the frozen iOS 18_6 token).
export const UA = {
  edgeWin: (v) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36 Edg/${v}.0.${3400 + (v % 7) * 11}.${40 + (v % 9)}`,
  chromeWin: (v) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36`,
  chromeMac: (v) => `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36`,
  safariMac: (v) => `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v} Safari/605.1.15`,
  firefoxWin: (v) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:${v}.0) Gecko/20100101 Firefox/${v}.0`,
  safariIos: (v) => `Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v} Mobile/15E148 Safari/604.1`,
  chromeAndroid: (v) => `Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Mobile Safari/537.36`,
  outlookWin: 'Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; Microsoft Outlook 16.0.19328; ms-office; MSOffice 16)',
  winAuth: 'Windows-AzureAD-Authentication-Provider/1.0',
  teamsWin: (v) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36 Edg/${v}.0.0.0 Teams/26265.1503.${4000 + v}.7391`,
  oneDriveWin: 'Microsoft SkyDriveSync 26.190.0928.0002 ship; Windows NT 10.0 (26100)',
  oneDriveMac: 'Microsoft SkyDriveSync 26.190.0928.0002 ship; Mac OS X 15.7.1',
  outlookIos: 'Outlook-iOS/2.0 (iPhone; iOS 26.6; Scale/3.00)',
  outlookAndroid: 'Outlook-Android/2.0',
  teamsIos: 'Teams/26.20.1 (iPhone; iOS 26.6; Scale/3.00)',
  teamsAndroid: 'Teams/1416/1.0.0.2026201702 (Android 15)',
  authenticatorIos: 'Authenticator/6.8.30 (iOS 26.6)',
  windowsApp: 'Windows App/2.0.706.0 (Windows NT 10.0; Win64; x64)',
  azCli: 'python/3.12.10 (Windows-11-10.0.26100-SP0) AZURECLI/2.78.0 (MSI)',
  azCliLinux: 'python/3.12.10 (Linux-6.6.87.2-microsoft-standard-WSL2-x86_64-with-glibc2.39) AZURECLI/2.78.0 (DEB)',
  graphPs: 'Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.26100; en-AU) PowerShell/7.5.3',
  vscode: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Code/1.105.1 Chrome/142.0.7444.59 Electron/39.2.3 Safari/537.36',
  bav2ropc: 'BAV2ROPC',
  teamsRoom: 'Mozilla/5.0 (Linux; Android 12; TC10 Build/SKQ1.240815.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/142.0.7444.102 Mobile Safari/537.36 Teams/1449/1.0.96.2026183901 (TeamsRooms)',
};

// ---------------------------------------------------------------------------------------------------------
// Conditional Access (the tenant's six policies; results are evaluated in records.mjs).
export const CA = [
  { key: 'mfa', name: 'HQP-CA01 Require MFA - all users, all cloud apps' },
  { key: 'legacy', name: 'HQP-CA02 Block legacy authentication (SMTP relay service account excluded)' },
  { key: 'compliant', name: 'HQP-CA03 Require compliant device - desktop and mobile apps' },
  { key: 'unmanaged', name: 'HQP-CA04 Unmanaged devices - browser only, app enforced restrictions' },
  { key: 'admins', name: 'HQP-CA05 Privileged roles - phishing-resistant MFA' },
  { key: 'risk', name: 'HQP-CA06 Medium+ sign-in risk - require MFA (report-only)' },
];

// ---------------------------------------------------------------------------------------------------------
// STS failure texts (status.failureReason as Graph returns them).
export const FAIL = {
  0: 'Other.',
  16000: 'Either multiple user identities are available for the current request or selected account is not supported for the scenario.',
  50053: 'Account is locked because user tried to sign in too many times with an incorrect user ID or password.',
  50055: 'The password is expired.',
  50057: 'User account is disabled. The account has been disabled by an administrator.',
  50058: 'Session information is not sufficient for single-sign-on.',
  50072: 'User needs to enroll for second factor authentication (interactive).',
  50074: 'Strong Authentication is required.',
  50076: (res) => `Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '${res}'.`,
  50079: (res) => `Due to a configuration change made by your administrator, or because you moved to a new location, you must enroll in multi-factor authentication to access '${res}'.`,
  50097: 'Device authentication is required.',
  50125: 'Sign-in was interrupted due to a password reset or password registration entry.',
  50126: 'Invalid username or password or Invalid on-premise username or password.',
  50132: "The session is not valid due to password expiration or recent password change.",
  50133: 'Session is invalid due to expiration or recent password change.',
  50140: "This error occurred due to 'Keep me signed in' interrupt when the user was signing in.",
  50158: 'External security challenge not satisfied. User will be redirected to another page or authentication provider to satisfy additional authentication challenges.',
  50173: 'The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.',
  50199: 'For security reasons, user confirmation is required for this request. Please repeat the request allowing user interaction.',
  53000: 'Device is not in required device state: compliant. Conditional Access policy requires a compliant device, and the device is not compliant. The user must enroll their device with an approved MDM provider like Intune.',
  53003: 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
  65001: (app) => `The user or administrator has not consented to use the application with ID '${app}'. Send an interactive authorization request for this user and resource.`,
  70043: 'The refresh token has expired or is invalid due to sign-in frequency checks by conditional access.',
  70044: 'The session has expired or is invalid due to sign-in frequency checks by conditional access.',
  500121: 'Authentication failed during strong authentication request.',
  7000215: 'Invalid client secret is provided.',
  700082: 'The refresh token has expired due to inactivity.',
};
