// Networks of the fictional tenant: campus egress (NAT, eduroam, halls, VPN pool, servers), home ISPs and mobile
// carriers (CGNAT pools shared by many users), cloud ranges, and the home networks of international students.
// Every address a benign actor uses is registered here; attack addresses are reserved up front so no benign draw
// can ever produce one of them.
const L = (city, state, cc) => ({ city, state, cc });
export const HFX = L('Halifax', 'Nova Scotia', 'CA');

export const CAMPUS_ASN = 393214;           // "CHEBUCTO-U" (fictional registration of the university's /22)

// Residential and mobile ISPs: asn, prefixes (two octets), places.
export const ISPS = {
  eastlink: { asn: 11260, prefixes: ['24.222', '24.224', '24.215', '142.68'], places: [[HFX, 5], [L('Dartmouth', 'Nova Scotia', 'CA'), 3], [L('Bedford', 'Nova Scotia', 'CA'), 1], [L('Lower Sackville', 'Nova Scotia', 'CA'), 1]], tz: 'hfx' },
  aliant: { asn: 855, prefixes: ['142.162', '142.166', '142.167', '156.34'], places: [[HFX, 5], [L('Dartmouth', 'Nova Scotia', 'CA'), 2], [L('Cole Harbour', 'Nova Scotia', 'CA'), 1], [L('Timberlea', 'Nova Scotia', 'CA'), 1]], tz: 'hfx' },
  rogersTor: { asn: 812, prefixes: ['99.227', '174.112'], places: [[L('Toronto', 'Ontario', 'CA'), 3], [L('Mississauga', 'Ontario', 'CA'), 1]], tz: 'tor' },
  bellTor: { asn: 577, prefixes: ['70.52', '174.95'], places: [[L('Toronto', 'Ontario', 'CA'), 2], [L('Ottawa', 'Ontario', 'CA'), 1]], tz: 'tor' },
  videotron: { asn: 5769, prefixes: ['24.200', '70.81'], places: [[L('Montreal', 'Quebec', 'CA'), 1]], tz: 'tor' },
  telusCgy: { asn: 852, prefixes: ['70.75', '68.146'], places: [[L('Calgary', 'Alberta', 'CA'), 2], [L('Edmonton', 'Alberta', 'CA'), 1]], tz: 'cgy' },
  rogersNB: { asn: 812, prefixes: ['99.243'], places: [[L('Fredericton', 'New Brunswick', 'CA'), 1], [L('Moncton', 'New Brunswick', 'CA'), 1]], tz: 'hfx' },
  shawVan: { asn: 6327, prefixes: ['24.86'], places: [[L('Vancouver', 'British Columbia', 'CA'), 1]], tz: 'van' },
  // international homes
  ctcn: { asn: 4134, prefixes: ['183.129', '116.228', '14.23'], places: [[L('Hangzhou', 'Zhejiang', 'CN'), 1], [L('Shanghai', 'Shanghai', 'CN'), 2], [L('Guangzhou', 'Guangdong', 'CN'), 1]], tz: 'cn' },
  cucn: { asn: 4837, prefixes: ['123.118', '221.216'], places: [[L('Beijing', 'Beijing', 'CN'), 2], [L('Tianjin', 'Tianjin', 'CN'), 1]], tz: 'cn' },
  cmcn: { asn: 9808, prefixes: ['120.229', '112.10'], places: [[L('Shenzhen', 'Guangdong', 'CN'), 1], [L('Chengdu', 'Sichuan', 'CN'), 1]], tz: 'cn' },
  jio: { asn: 55836, prefixes: ['49.36', '157.32'], places: [[L('Mumbai', 'Maharashtra', 'IN'), 2], [L('Ahmedabad', 'Gujarat', 'IN'), 1], [L('Pune', 'Maharashtra', 'IN'), 1]], tz: 'in' },
  airtelin: { asn: 24560, prefixes: ['122.161', '223.178'], places: [[L('New Delhi', 'Delhi', 'IN'), 2], [L('Chandigarh', 'Chandigarh', 'IN'), 1]], tz: 'in' },
  actin: { asn: 24309, prefixes: ['49.207', '49.206'], places: [[L('Bengaluru', 'Karnataka', 'IN'), 1], [L('Hyderabad', 'Telangana', 'IN'), 1]], tz: 'in' },
  mtnng: { asn: 29465, prefixes: ['102.89', '197.210'], places: [[L('Lagos', 'Lagos', 'NG'), 2], [L('Ibadan', 'Oyo', 'NG'), 1]], tz: 'ng' },
  airtelng: { asn: 36873, prefixes: ['105.112'], places: [[L('Abuja', 'Federal Capital Territory', 'NG'), 1], [L('Lagos', 'Lagos', 'NG'), 1]], tz: 'ng' },
  tciir: { asn: 58224, prefixes: ['5.119', '2.180'], places: [[L('Tehran', 'Tehran', 'IR'), 2], [L('Isfahan', 'Isfahan', 'IR'), 1]], tz: 'ir' },
  mciir: { asn: 197207, prefixes: ['5.112'], places: [[L('Tehran', 'Tehran', 'IR'), 1], [L('Shiraz', 'Fars', 'IR'), 1]], tz: 'ir' },
  gpbd: { asn: 24389, prefixes: ['37.111'], places: [[L('Dhaka', 'Dhaka Division', 'BD'), 1]], tz: 'bd' },
  viettel: { asn: 7552, prefixes: ['27.72'], places: [[L('Hanoi', 'Hanoi', 'VN'), 1], [L('Ho Chi Minh City', 'Ho Chi Minh', 'VN'), 1]], tz: 'vn' },
  stcsa: { asn: 25019, prefixes: ['51.223', '176.224'], places: [[L('Riyadh', 'Riyadh Region', 'SA'), 1], [L('Jeddah', 'Makkah Region', 'SA'), 1]], tz: 'sa' },
  clarobr: { asn: 28573, prefixes: ['177.37'], places: [[L('Sao Paulo', 'Sao Paulo', 'BR'), 1]], tz: 'br' },
  orangefr: { asn: 3215, prefixes: ['90.3', '86.242'], places: [[L('Paris', 'Ile-de-France', 'FR'), 2], [L('Lyon', 'Auvergne-Rhone-Alpes', 'FR'), 1]], tz: 'euc' },
  comcast: { asn: 7922, prefixes: ['73.16', '98.218'], places: [[L('Boston', 'Massachusetts', 'US'), 1], [L('Philadelphia', 'Pennsylvania', 'US'), 1]], tz: 'use' },
  verizon: { asn: 701, prefixes: ['108.35'], places: [[L('New York', 'New York', 'US'), 1]], tz: 'use' },
  btgb: { asn: 2856, prefixes: ['86.150', '81.151'], places: [[L('London', 'England', 'GB'), 2], [L('Oxford', 'England', 'GB'), 1]], tz: 'euw' },
  virgingb: { asn: 5089, prefixes: ['82.10'], places: [[L('Manchester', 'England', 'GB'), 1]], tz: 'euw' },
  mtngh: { asn: 30986, prefixes: ['154.160'], places: [[L('Accra', 'Greater Accra', 'GH'), 1]], tz: 'gh' },
  ptclpk: { asn: 17557, prefixes: ['39.41'], places: [[L('Lahore', 'Punjab', 'PK'), 1], [L('Karachi', 'Sindh', 'PK'), 1]], tz: 'pk' },
  ktkr: { asn: 4766, prefixes: ['121.134'], places: [[L('Seoul', 'Seoul', 'KR'), 1]], tz: 'kr' },
  dtde: { asn: 3320, prefixes: ['91.64', '79.241'], places: [[L('Berlin', 'Berlin', 'DE'), 1], [L('Kiel', 'Schleswig-Holstein', 'DE'), 1]], tz: 'euc' },
  telenorno: { asn: 2119, prefixes: ['84.208'], places: [[L('Bergen', 'Vestland', 'NO'), 1]], tz: 'euc' },
  safaricom: { asn: 33771, prefixes: ['105.160'], places: [[L('Nairobi', 'Nairobi County', 'KE'), 1]], tz: 'ke' },
  telmex: { asn: 8151, prefixes: ['187.190'], places: [[L('Mexico City', 'Mexico City', 'MX'), 1]], tz: 'mx' },
  eirie: { asn: 5466, prefixes: ['86.40'], places: [[L('Dublin', 'Leinster', 'IE'), 1]], tz: 'euw' },
  ntt: { asn: 4713, prefixes: ['153.246'], places: [[L('Tokyo', 'Tokyo', 'JP'), 1]], tz: 'jp' },
};

// Mobile carriers (CGNAT: a small pool of public addresses shared by every subscriber in the region).
export const CARRIERS = {
  rogersMob: { asn: 812, prefix: '72.137', size: 40, places: [[HFX, 9], [L('Toronto', 'Ontario', 'CA'), 1], [L('Moncton', 'New Brunswick', 'CA'), 1]] },
  bellMob: { asn: 577, prefix: '184.151', size: 40, places: [[HFX, 7], [L('Montreal', 'Quebec', 'CA'), 1]] },
  telusMob: { asn: 852, prefix: '204.191', size: 30, places: [[HFX, 6], [L('Montreal', 'Quebec', 'CA'), 1], [L('Calgary', 'Alberta', 'CA'), 1]] },
  // roaming: a Canadian phone abroad still egresses through the home carrier's gateway in Canada
};

// Fixed pools
export const CAMPUS = {
  staff: { ips: ['199.45.112.10', '199.45.112.11', '199.45.112.12', '199.45.112.13'], tag: 'campus-staff-nat' },
  av: { ips: ['199.45.112.20'], tag: 'campus-av-vlan-nat' },
  lab: { ips: ['199.45.112.40', '199.45.112.41'], tag: 'library-lab-nat' },
  printers: { ips: ['199.45.112.50'], tag: 'printer-vlan-nat' },
  eduroam: { ips: ['199.45.113.1', '199.45.113.2', '199.45.113.3', '199.45.113.4', '199.45.113.5', '199.45.113.6', '199.45.113.7', '199.45.113.8'], tag: 'eduroam-nat' },
  halls: { ips: ['199.45.114.20', '199.45.114.21', '199.45.114.22', '199.45.114.23'], tag: 'residence-nat' },
  servers: { ips: ['199.45.115.201', '199.45.115.202', '199.45.115.205', '199.45.115.210'], tag: 'datacentre' },
  hpc: { ips: ['199.45.116.10', '199.45.116.11'], tag: 'hpc-login' },
};

export const CLOUD = {
  azureCC: { asn: 8075, prefixes: ['20.151', '52.228'], place: L('Toronto', 'Ontario', 'CA') },
  awsCC: { asn: 16509, prefixes: ['15.222', '3.96'], place: L('Montreal', 'Quebec', 'CA') },
  // commercial VPN egress used by some students (benign), on hosting ASNs
  m247: { asn: 9009, prefixes: ['37.120', '146.70'], places: [L('Toronto', 'Ontario', 'CA'), L('Montreal', 'Quebec', 'CA'), L('New York', 'New York', 'US')] },
  datacamp: { asn: 212238, prefixes: ['156.146'], places: [L('New York', 'New York', 'US'), L('Toronto', 'Ontario', 'CA')] },
  leasewebHK: { asn: 133752, prefixes: ['103.254'], places: [L('Hong Kong', 'Hong Kong', 'HK')] },
  awsUS: { asn: 16509, prefixes: ['52.20', '54.87'], places: [L('Ashburn', 'Virginia', 'US')] },
  awsUSW: { asn: 16509, prefixes: ['44.226', '35.161'], places: [L('Boardman', 'Oregon', 'US')] },
  gcpUS: { asn: 396982, prefixes: ['34.148', '35.245'], places: [L('Council Bluffs', 'Iowa', 'US')] },
  // iCloud Private Relay egress (Safari on iOS/macOS) geolocates to the user's region
  relayCF: { asn: 13335, prefixes: ['172.225', '104.28'], places: [HFX] },
  relayAK: { asn: 36183, prefixes: ['172.224'], places: [HFX] },
  // hotels / conference venues
  rcts: { asn: 1930, prefixes: ['193.136'], places: [L('Lisbon', 'Lisbon', 'PT')] },
  hotelTor: { asn: 20473, prefixes: ['64.237'], places: [L('Toronto', 'Ontario', 'CA')] },
};

export class NetRegistry {
  constructor(rng) { this.rng = rng; this.used = new Map(); this.reserved = new Map(); }
  reserve(ip, why) { this.reserved.set(ip, why); }
  _take(ip, tag) { if (this.reserved.has(ip)) return false; if (!this.used.has(ip)) this.used.set(ip, tag); return true; }
  _fresh(prefix, tag) {
    for (;;) {
      const ip = `${prefix}.${this.rng.int(0, 255)}.${this.rng.int(1, 254)}`;
      if (this.reserved.has(ip) || this.used.has(ip)) continue;
      this.used.set(ip, tag);
      return ip;
    }
  }
  /** A home connection of an ISP: a stable address with its geolocation. */
  home(ispKey) {
    const isp = ISPS[ispKey];
    const ip = this._fresh(this.rng.pick(isp.prefixes), `home:${ispKey}`);
    return { ip, loc: this.rng.weighted(isp.places), asn: isp.asn, trusted: false, tag: `home:${ispKey}`, tz: isp.tz };
  }
  /** Mobile carrier CGNAT pool (created once per carrier). */
  carrierPool(key) {
    this._pools ??= new Map();
    if (!this._pools.has(key)) {
      const c = CARRIERS[key];
      const pool = [];
      for (let i = 0; i < c.size; i++) pool.push({ ip: this._fresh(c.prefix, `mobile:${key}`), loc: this.rng.weighted(c.places), asn: c.asn, trusted: false, tag: `mobile:${key}`, tz: 'hfx' });
      this._pools.set(key, pool);
    }
    return this._pools.get(key);
  }
  campus(key, i) {
    const p = CAMPUS[key];
    const ip = p.ips[i % p.ips.length];
    this._take(ip, p.tag);
    return { ip, loc: HFX, asn: CAMPUS_ASN, trusted: key !== 'printers' && key !== 'servers' ? true : true, tag: p.tag, tz: 'hfx', campus: key };
  }
  cloud(key, tz = 'tor') {
    const c = CLOUD[key];
    const ip = this._fresh(this.rng.pick(c.prefixes), `cloud:${key}`);
    return { ip, loc: c.place ?? this.rng.pick(c.places), asn: c.asn, trusted: false, tag: `cloud:${key}`, tz };
  }
  pool(key, n, tz = 'hfx') {
    const out = [];
    for (let i = 0; i < n; i++) out.push(this.cloud(key, tz));
    return out;
  }
}

/** The VPN pool draws from 199.45.115.64-127 only. */
export function vpnAddress(rng, reg) {
  for (;;) {
    const ip = `199.45.115.${rng.int(64, 127)}`;
    if (reg.reserved.has(ip)) continue;
    reg.used.set(ip, 'campus-vpn');
    return { ip, loc: HFX, asn: CAMPUS_ASN, trusted: true, tag: 'campus-vpn', tz: 'hfx', campus: 'vpn' };
  }
}
