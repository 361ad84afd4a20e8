#!/usr/bin/env node
// Independent hold-out population for Lantern: a synthetic Entra ID tenant written as
// Azure Monitor diagnostic-settings exports (NDJSON), with benign hard cases and eight
// planted attack scenarios. Written without looking at Lantern's detection rules.
//
//   node tests/holdout/generate.mjs --out DIR [--seed N] [--users N] [--days N]
//
// Deterministic: seeded PRNG only, the period ends at 2026-10-20T00:00:00Z.

import fs from 'node:fs';
import path from 'node:path';

// ---------------------------------------------------------------- arguments
const argv = process.argv.slice(2);
function arg(name, def) {
  const i = argv.indexOf(name);
  if (i < 0) return def;
  const v = argv[i + 1];
  if (v === undefined) throw new Error(`${name} needs a value`);
  return v;
}
const OUT = arg('--out', null);
if (!OUT) {
  console.error('usage: node generate.mjs --out DIR [--seed N] [--users N] [--days N]');
  process.exit(2);
}
const SEED = parseInt(arg('--seed', '7'), 10);
const NUSERS = parseInt(arg('--users', '2500'), 10);
const DAYS = parseInt(arg('--days', '14'), 10);
if (!(NUSERS >= 200)) throw new Error('--users must be at least 200');
if (!(DAYS >= 7)) throw new Error('--days must be at least 7');

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const R = mulberry32(SEED * 2654435761 + 12345);
const rnd = () => R();
const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const uni = (a, b) => a + rnd() * (b - a);
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const chance = (p) => rnd() < p;
function wpick(pairs) { // [[item, weight], ...]
  let s = 0; for (const [, w] of pairs) s += w;
  let x = rnd() * s;
  for (const [it, w] of pairs) { if ((x -= w) < 0) return it; }
  return pairs[pairs.length - 1][0];
}
function gauss(m, sd) {
  const u = Math.max(1e-9, rnd()), v = rnd();
  return m + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
function shuffle(xs) {
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
  return a;
}
const HEX = '0123456789abcdef';
function hex(n) { let s = ''; for (let i = 0; i < n; i++) s += HEX[Math.floor(rnd() * 16)]; return s; }
function guid() {
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(rnd() * 4)]}${hex(3)}-${hex(12)}`;
}
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
function b64id() { let s = ''; for (let i = 0; i < 22; i++) s += B64[Math.floor(rnd() * 64)]; return s; }
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
function alnum(n) { let s = ''; for (let i = 0; i < n; i++) s += ALNUM[Math.floor(rnd() * 36)]; return s; }

// ---------------------------------------------------------------- time
const MIN = 60e3, HOUR = 3600e3, DAY = 86400e3;
const END = Date.UTC(2026, 9, 20, 0, 0, 0);
const START = END - DAYS * DAY;
const START_DOW = new Date(START).getUTCDay(); // 0 = Sunday
function stamp(ms) {
  const iso = new Date(Math.floor(ms)).toISOString(); // ...T05:10:08.681Z
  const frac = iso.slice(20, 23) + String(int(0, 9999)).padStart(4, '0');
  const base = iso.slice(0, 19);
  return { z: `${base}.${frac}Z`, off: `${base}.${frac}+00:00` };
}
const iso = (ms) => new Date(ms).toISOString();

// ---------------------------------------------------------------- tenant
const TENANT = '6f1c2a9e-3b7d-4c58-9e21-d4a7b0c3e915';
const DOMAIN = 'halvorsen-group.com';
const ONMS = 'halvorsengroup.onmicrosoft.com';
const RESOURCE_ID = `/tenants/${TENANT}/providers/Microsoft.aadiam`;

// ---------------------------------------------------------------- places
// key: [city, state, cc, lat, lon, utc offset in hours during October 2026]
const CITY = {
  MUC: ['Munich', 'Bayern', 'DE', 48.1374, 11.5755, 2], AUG: ['Augsburg', 'Bayern', 'DE', 48.3705, 10.8978, 2],
  FRS: ['Freising', 'Bayern', 'DE', 48.4029, 11.7488, 2], NUE: ['Nuremberg', 'Bayern', 'DE', 49.4521, 11.0767, 2],
  BER: ['Berlin', 'Berlin', 'DE', 52.52, 13.405, 2], POT: ['Potsdam', 'Brandenburg', 'DE', 52.3906, 13.0645, 2],
  HAM: ['Hamburg', 'Hamburg', 'DE', 53.5511, 9.9937, 2], FRA: ['Frankfurt Am Main', 'Hessen', 'DE', 50.1109, 8.6821, 2],
  DUS: ['Dusseldorf', 'Nordrhein-Westfalen', 'DE', 51.2277, 6.7735, 2], STR: ['Stuttgart', 'Baden-Wurttemberg', 'DE', 48.7758, 9.1829, 2],
  FAL: ['Falkenstein', 'Sachsen', 'DE', 50.4779, 12.3713, 2],
  CHI: ['Chicago', 'Illinois', 'US', 41.8781, -87.6298, -5], NAP: ['Naperville', 'Illinois', 'US', 41.7508, -88.1535, -5],
  EVA: ['Evanston', 'Illinois', 'US', 42.0451, -87.6877, -5], AUS: ['Austin', 'Texas', 'US', 30.2672, -97.7431, -5],
  RRK: ['Round Rock', 'Texas', 'US', 30.5083, -97.6789, -5], DAL: ['Dallas', 'Texas', 'US', 32.7767, -96.797, -5],
  ASH: ['Ashburn', 'Virginia', 'US', 39.0438, -77.4874, -4], BOY: ['Boydton', 'Virginia', 'US', 36.6676, -78.3875, -4],
  NYC: ['New York', 'New York', 'US', 40.7128, -74.006, -4], CLF: ['Clifton', 'New Jersey', 'US', 40.8584, -74.1638, -4],
  PIS: ['Piscataway', 'New Jersey', 'US', 40.5549, -74.4643, -4], SJC: ['San Jose', 'California', 'US', 37.3382, -121.8863, -7],
  SEA: ['Seattle', 'Washington', 'US', 47.6062, -122.3321, -7], ATL: ['Atlanta', 'Georgia', 'US', 33.749, -84.388, -4],
  CBD: ['Carlsbad', 'California', 'US', 33.1581, -117.3506, -7],
  BLR: ['Bengaluru', 'Karnataka', 'IN', 12.9716, 77.5946, 5.5], PNQ: ['Pune', 'Maharashtra', 'IN', 18.5204, 73.8567, 5.5],
  PCM: ['Pimpri-Chinchwad', 'Maharashtra', 'IN', 18.6298, 73.7997, 5.5], BOM: ['Mumbai', 'Maharashtra', 'IN', 19.076, 72.8777, 5.5],
  MAA: ['Chennai', 'Tamil Nadu', 'IN', 13.0827, 80.2707, 5.5], HYD: ['Hyderabad', 'Telangana', 'IN', 17.385, 78.4867, 5.5],
  DEL: ['New Delhi', 'Delhi', 'IN', 28.6139, 77.209, 5.5],
  SAO: ['Sao Paulo', 'Sao Paulo', 'BR', -23.5505, -46.6333, -3], GRU: ['Guarulhos', 'Sao Paulo', 'BR', -23.4538, -46.5333, -3],
  CPQ: ['Campinas', 'Sao Paulo', 'BR', -22.9099, -47.0626, -3], RIO: ['Rio De Janeiro', 'Rio de Janeiro', 'BR', -22.9068, -43.1729, -3],
  TYO: ['Tokyo', 'Tokyo', 'JP', 35.6762, 139.6503, 9], YOK: ['Yokohama', 'Kanagawa', 'JP', 35.4437, 139.638, 9],
  KAW: ['Kawasaki', 'Kanagawa', 'JP', 35.5308, 139.7029, 9], SAI: ['Saitama', 'Saitama', 'JP', 35.8617, 139.6455, 9],
  OSA: ['Osaka', 'Osaka', 'JP', 34.6937, 135.5023, 9],
  AMS: ['Amsterdam', 'Noord-Holland', 'NL', 52.3676, 4.9041, 2], LON: ['London', 'England', 'GB', 51.5074, -0.1278, 1],
  PAR: ['Paris', 'Ile-de-France', 'FR', 48.8566, 2.3522, 2], RBX: ['Roubaix', 'Hauts-de-France', 'FR', 50.6942, 3.1746, 2],
  BCN: ['Barcelona', 'Catalonia', 'ES', 41.3874, 2.1686, 2], SIN: ['Singapore', 'Central Singapore', 'SG', 1.3521, 103.8198, 8],
  TOR: ['Toronto', 'Ontario', 'CA', 43.6532, -79.3832, -4], MEX: ['Mexico City', 'Ciudad de Mexico', 'MX', 19.4326, -99.1332, -6],
  BUH: ['Bucharest', 'Bucuresti', 'RO', 44.4268, 26.1025, 3], STO: ['Stockholm', 'Stockholm', 'SE', 59.3293, 18.0686, 2],
  WAW: ['Warsaw', 'Mazowieckie', 'PL', 52.2297, 21.0122, 2], HEL: ['Helsinki', 'Uusimaa', 'FI', 60.1699, 24.9384, 3],
  LOS: ['Lagos', 'Lagos', 'NG', 6.5244, 3.3792, 1], ZRH: ['Zurich', 'Zurich', 'CH', 47.3769, 8.5417, 2],
};

// ISPs: asn, cc, kind (home | mobile | business | hosting | vpn), prefixes [[a,[b0,b1]]], cities (geolocation)
const ISP = {
  // Germany
  telekom: { asn: 3320, kind: 'home', pre: [[79, [192, 255]], [84, [128, 191]], [91, [0, 63]], [93, [192, 255]]] },
  telekom_mob: { asn: 3320, kind: 'mobile', pre: [[80, [187, 187]], [109, [40, 47]]], hubs: ['FRA', 'MUC', 'BER', 'HAM', 'DUS', 'NUE'] },
  vodafone_de: { asn: 3209, kind: 'home', pre: [[88, [64, 79]], [95, [88, 91]], [178, [24, 27]]] },
  vodafone_mob: { asn: 3209, kind: 'mobile', pre: [[94, [134, 135]], [46, [80, 95]]], hubs: ['DUS', 'FRA', 'MUC', 'BER', 'HAM'] },
  o2_de: { asn: 6805, kind: 'mobile', pre: [[176, [0, 7]], [89, [204, 207]]], hubs: ['MUC', 'NUE', 'FRA', 'HAM', 'BER', 'DUS', 'STR'] },
  m_net: { asn: 8767, kind: 'home', pre: [[188, [174, 175]], [89, [0, 3]]] },
  // United States
  comcast: { asn: 7922, kind: 'home', pre: [[73, [0, 255]], [98, [192, 255]]] },
  charter: { asn: 20115, kind: 'home', pre: [[66, [188, 191]], [71, [64, 95]], [97, [80, 95]]] },
  att: { asn: 7018, kind: 'home', pre: [[99, [0, 127]], [76, [192, 255]]] },
  verizon: { asn: 701, kind: 'home', pre: [[71, [160, 191]], [100, [0, 15]]] },
  tmo_us: { asn: 21928, kind: 'mobile', pre: [[172, [56, 63]]], hubs: ['CHI', 'DAL', 'ATL', 'SEA', 'NYC', 'AUS'] },
  vzw: { asn: 22394, kind: 'mobile', pre: [[174, [192, 255]]], hubs: ['CHI', 'DAL', 'ASH', 'NYC', 'AUS'] },
  att_mob: { asn: 20057, kind: 'mobile', pre: [[166, [128, 191]], [107, [64, 127]]], hubs: ['CHI', 'DAL', 'ATL', 'AUS'] },
  // India
  jio: { asn: 55836, kind: 'mobile', pre: [[49, [32, 47]], [157, [32, 47]]], hubs: ['BOM', 'BLR', 'PNQ', 'MAA', 'HYD', 'DEL'] },
  airtel: { asn: 24560, kind: 'home', pre: [[122, [160, 175]], [182, [64, 79]]] },
  airtel_mob: { asn: 45609, kind: 'mobile', pre: [[106, [192, 223]], [223, [176, 191]]], hubs: ['BLR', 'BOM', 'DEL', 'MAA', 'PNQ'] },
  act: { asn: 24309, kind: 'home', pre: [[106, [51, 51]], [49, [205, 207]]] },
  vi_mob: { asn: 55410, kind: 'mobile', pre: [[42, [104, 111]]], hubs: ['BOM', 'PNQ', 'DEL'] },
  // Brazil
  vivo: { asn: 26599, kind: 'home', pre: [[177, [32, 63]], [189, [0, 31]], [187, [0, 15]]] },
  claro: { asn: 28573, kind: 'home', pre: [[177, [96, 127]], [179, [208, 223]], [191, [32, 63]]] },
  tim_br: { asn: 26615, kind: 'mobile', pre: [[179, [240, 247]], [191, [160, 191]]], hubs: ['SAO', 'RIO', 'CPQ'] },
  vivo_mob: { asn: 26599, kind: 'mobile', pre: [[191, [240, 255]], [177, [64, 79]]], hubs: ['SAO', 'RIO', 'CPQ'] },
  // Japan
  ocn: { asn: 4713, kind: 'home', pre: [[153, [128, 255]], [180, [0, 63]]] },
  kddi: { asn: 2516, kind: 'home', pre: [[106, [128, 191]], [111, [96, 111]]] },
  softbank: { asn: 17676, kind: 'home', pre: [[126, [0, 255]]] },
  docomo: { asn: 9605, kind: 'mobile', pre: [[49, [96, 111]], [1, [66, 79]]], hubs: ['TYO', 'OSA', 'YOK', 'SAI'] },
  kddi_mob: { asn: 2516, kind: 'mobile', pre: [[27, [80, 95]], [182, [248, 251]]], hubs: ['TYO', 'OSA'] },
  // travel destinations (hotel / public Wi-Fi)
  bt: { asn: 2856, kind: 'home', pre: [[86, [128, 191]], [81, [128, 159]]] },
  orange_fr: { asn: 3215, kind: 'home', pre: [[90, [0, 127]], [86, [192, 255]]] },
  movistar: { asn: 3352, kind: 'home', pre: [[88, [0, 31]], [80, [24, 39]]] },
  singtel: { asn: 9506, kind: 'home', pre: [[116, [14, 15]], [118, [200, 201]]] },
  rogers: { asn: 812, kind: 'home', pre: [[99, [224, 255]], [174, [112, 119]]] },
  telmex: { asn: 8151, kind: 'home', pre: [[187, [128, 191]], [201, [96, 127]]] },
  swisscom: { asn: 3303, kind: 'home', pre: [[85, [0, 7]], [178, [192, 199]]] },
  viasat: { asn: 7155, kind: 'inflight', pre: [[8, [36, 39]]] },
  private_relay: { asn: 36183, kind: 'relay', pre: [[172, [224, 227]]] },
  // offices / corporate
  telekom_biz: { asn: 3320, kind: 'business', pre: [[217, [6, 7]], [193, [158, 159]]] },
  vodafone_biz: { asn: 3209, kind: 'business', pre: [[62, [154, 155]]] },
  att_biz: { asn: 7018, kind: 'business', pre: [[12, [0, 63]]] },
  lumen_biz: { asn: 3356, kind: 'business', pre: [[4, [0, 63]]] },
  tata_biz: { asn: 4755, kind: 'business', pre: [[115, [112, 119]]] },
  airtel_biz: { asn: 9498, kind: 'business', pre: [[182, [72, 75]]] },
  telefonica_br_biz: { asn: 10429, kind: 'business', pre: [[200, [204, 207]]] },
  ntt_biz: { asn: 2914, kind: 'business', pre: [[210, [128, 131]]] },
  kpn_biz: { asn: 1136, kind: 'vpn', pre: [[195, [121, 121]]] },
  // datacenters / hosting
  azure: { asn: 8075, kind: 'hosting', pre: [[20, [50, 127]], [40, [112, 127]], [52, [136, 191]]] },
  digitalocean: { asn: 14061, kind: 'hosting', pre: [[159, [203, 203]], [167, [99, 99]], [188, [166, 166]], [146, [190, 190]], [128, [199, 199]], [139, [59, 59]], [164, [92, 92]]] },
  ovh: { asn: 16276, kind: 'hosting', pre: [[51, [68, 91]], [54, [36, 39]], [145, [239, 239]]] },
  hetzner: { asn: 24940, kind: 'hosting', pre: [[88, [198, 198]], [116, [202, 203]], [78, [46, 47]], [95, [216, 217]]] },
  m247: { asn: 9009, kind: 'hosting', pre: [[185, [236, 236]], [89, [46, 46]], [37, [120, 120]]] },
  vultr: { asn: 20473, kind: 'hosting', pre: [[45, [32, 32]], [45, [76, 77]], [149, [28, 28]], [207, [148, 148]]] },
  linode: { asn: 63949, kind: 'hosting', pre: [[45, [79, 79]], [172, [104, 105]], [139, [162, 162]]] },
  leaseweb: { asn: 60781, kind: 'hosting', pre: [[5, [79, 79]], [37, [48, 48]], [85, [17, 17]]] },
  datacamp: { asn: 60068, kind: 'hosting', pre: [[89, [187, 187]], [156, [146, 146]], [185, [59, 59]]] },
  clouvider: { asn: 62240, kind: 'hosting', pre: [[45, [134, 134]], [194, [110, 110]]] },
  contabo: { asn: 51167, kind: 'hosting', pre: [[161, [97, 97]], [173, [212, 212]], [207, [180, 180]]] },
  // attacker-side residential / mobile
  mtn_ng: { asn: 29465, kind: 'mobile', pre: [[102, [88, 91]], [197, [210, 211]]], hubs: ['LOS'] },
  orange_pl: { asn: 5617, kind: 'home', pre: [[83, [0, 31]], [31, [60, 63]]] },
};

const usedIp = new Map(); // ip -> owner tag ('benign' | 'attack')
function mkIp(ispKey, owner = 'benign') {
  const isp = ISP[ispKey];
  for (let tries = 0; tries < 100; tries++) {
    const [a, [b0, b1]] = pick(isp.pre);
    const ip = `${a}.${int(b0, b1)}.${int(0, 255)}.${int(1, 254)}`;
    const prev = usedIp.get(ip);
    if (prev && prev !== owner) continue;
    if (prev && owner === 'attack') continue;
    usedIp.set(ip, owner);
    return ip;
  }
  throw new Error('ip space exhausted for ' + ispKey);
}
// A network observation: ip + geo + asn.
function net(ispKey, cityKey, ip) {
  const c = CITY[cityKey];
  if (!c) throw new Error('unknown city ' + cityKey);
  return { ip: ip || mkIp(ispKey), asn: ISP[ispKey].asn, city: c[0], state: c[1], cc: c[2], lat: c[3], lon: c[4] };
}
function mobileNet(ispKey, nearCity) {
  const isp = ISP[ispKey];
  // Carrier addresses geolocate to the carrier's gateway cities; most often the one serving the user's region.
  if (nearCity && chance(0.6)) {
    const c = CITY[nearCity];
    const near = isp.hubs.slice().sort((a, b) => Math.hypot(CITY[a][3] - c[3], CITY[a][4] - c[4]) - Math.hypot(CITY[b][3] - c[3], CITY[b][4] - c[4]))[0];
    return net(ispKey, near);
  }
  return net(ispKey, pick(isp.hubs));
}

// ---------------------------------------------------------------- offices
const OFFICES = {
  MUC: { city: 'MUC', cc: 'DE', isp: 'telekom_biz', homes: [['MUC', 70], ['AUG', 15], ['FRS', 15]], w: 25, site: 'MUC' },
  BER: { city: 'BER', cc: 'DE', isp: 'vodafone_biz', homes: [['BER', 80], ['POT', 20]], w: 7, site: 'BER' },
  HAM: { city: 'HAM', cc: 'DE', isp: 'telekom_biz', homes: [['HAM', 100]], w: 3, site: 'HAM' },
  CHI: { city: 'CHI', cc: 'US', isp: 'att_biz', homes: [['CHI', 60], ['NAP', 25], ['EVA', 15]], w: 13, site: 'CHI' },
  AUS: { city: 'AUS', cc: 'US', isp: 'lumen_biz', homes: [['AUS', 75], ['RRK', 25]], w: 9, site: 'AUS' },
  BLR: { city: 'BLR', cc: 'IN', isp: 'tata_biz', homes: [['BLR', 100]], w: 14, site: 'BLR' },
  PNQ: { city: 'PNQ', cc: 'IN', isp: 'airtel_biz', homes: [['PNQ', 75], ['PCM', 25]], w: 8, site: 'PNQ' },
  SAO: { city: 'SAO', cc: 'BR', isp: 'telefonica_br_biz', homes: [['SAO', 75], ['GRU', 15], ['CPQ', 10]], w: 10, site: 'SAO' },
  TYO: { city: 'TYO', cc: 'JP', isp: 'ntt_biz', homes: [['TYO', 55], ['YOK', 20], ['KAW', 15], ['SAI', 10]], w: 11, site: 'TYO' },
};
const HOME_ISPS = {
  DE: [['telekom', 45], ['vodafone_de', 30], ['m_net', 10], ['o2_de', 15]],
  US: [['comcast', 40], ['charter', 20], ['att', 25], ['verizon', 15]],
  IN: [['airtel', 45], ['act', 35], ['jio', 20]],
  BR: [['vivo', 55], ['claro', 45]],
  JP: [['ocn', 40], ['kddi', 30], ['softbank', 30]],
};
const MOBILE_ISPS = {
  DE: [['telekom_mob', 40], ['vodafone_mob', 30], ['o2_de', 30]],
  US: [['tmo_us', 35], ['vzw', 40], ['att_mob', 25]],
  IN: [['jio', 50], ['airtel_mob', 35], ['vi_mob', 15]],
  BR: [['tim_br', 45], ['vivo_mob', 55]],
  JP: [['docomo', 55], ['kddi_mob', 45]],
};
// Office egress: a handful of fixed addresses per site.
for (const [k, o] of Object.entries(OFFICES)) {
  o.egress = [];
  const n = k === 'MUC' || k === 'BLR' || k === 'CHI' ? 4 : 2;
  const [a, [b0]] = ISP[o.isp].pre[0];
  const c3 = int(0, 255), base = int(1, 200);
  for (let i = 0; i < n; i++) {
    const ip = `${a}.${b0}.${c3}.${base + i}`;
    usedIp.set(ip, 'benign');
    o.egress.push(net(o.isp, o.city, ip));
  }
}
// Corporate VPN hub in Amsterdam (some US / IN / BR / JP staff always egress here).
const VPN_EGRESS = [0, 1, 2].map(() => net('kpn_biz', 'AMS'));
// Datacenters used by automation.
const DC = {
  azWeu: [0, 1, 2].map(() => net('azure', 'AMS')),
  azEus: [0, 1].map(() => net('azure', 'BOY')),
  azJpe: [net('azure', 'TYO')],
  fraDc: [0, 1].map(() => net('telekom_biz', 'FRA')),
};

// ---------------------------------------------------------------- catalogues
const APP = {
  winSignIn: ['38aa3b87-a06d-4817-b275-7a316988d93b', 'Windows Sign In'],
  teams: ['1fec8e78-bce4-4aaf-ab1b-5451cc387264', 'Microsoft Teams'],
  teamsWeb: ['5e3ce6c0-2b1f-4285-8d4b-75ee78787346', 'Microsoft Teams Web Client'],
  office: ['d3590ed6-52b3-4102-aeff-aad2292ab01c', 'Microsoft Office'],
  outlookMobile: ['27922004-5251-4030-b22d-91ecd9a37ea4', 'Outlook Mobile'],
  onedriveSync: ['ab9b8c07-8f02-4f72-87fa-80105867a763', 'OneDrive SyncEngine'],
  officeHome: ['4765445b-32c6-49b0-83e6-1d93765276ca', 'OfficeHome'],
  sharepoint: ['00000003-0000-0ff1-ce00-000000000000', 'Office 365 SharePoint Online'],
  exo: ['00000002-0000-0ff1-ce00-000000000000', 'Office 365 Exchange Online'],
  azurePortal: ['c44b4083-3bb0-49c1-b47d-974e53cbdf3c', 'Azure Portal'],
  myApps: ['2793995e-0a7d-40d7-bd35-6968ba142197', 'My Apps'],
  mySignins: ['19db86c3-b2b9-44cc-b339-36da233a3be2', 'My Signins'],
  vscode: ['aebc6443-996d-45c2-90f0-388ff96faa56', 'Visual Studio Code'],
  azcli: ['04b07795-8ddb-461a-bbee-02f9e1bf7b46', 'Microsoft Azure CLI'],
  azps: ['1950a258-227b-4e31-a9cf-717495945fc2', 'Microsoft Azure PowerShell'],
  graphCli: ['14d82eec-204b-4c2f-b7e8-296a70dab67e', 'Microsoft Graph Command Line Tools'],
  exoPs: ['fb78d390-0c51-40cd-8e17-fdbfab77341b', 'Microsoft Exchange REST API Based Powershell'],
  spoShell: ['9bc3ab49-b65d-410a-85ad-de819febfddc', 'Microsoft SharePoint Online Management Shell'],
  broker: ['29d9ed98-a469-4536-ade2-f981bc1d605e', 'Microsoft Authentication Broker'],
  authenticator: ['4813382a-8fa7-425e-ab75-3b753aab3abb', 'Microsoft Authenticator App'],
  companyPortal: ['9ba1a5c7-f17a-4de9-a1f1-6178c8d51223', 'Microsoft Intune Company Portal'],
  powerbi: ['871c010f-5e61-4fb1-83ac-98610a7e9110', 'Microsoft Power BI'],
  o365Portal: ['00000006-0000-0ff1-ce00-000000000000', 'Microsoft Office 365 Portal'],
};
const RES = {
  graph: ['00000003-0000-0000-c000-000000000000', 'Microsoft Graph'],
  exo: ['00000002-0000-0ff1-ce00-000000000000', 'Office 365 Exchange Online'],
  spo: ['00000003-0000-0ff1-ce00-000000000000', 'Office 365 SharePoint Online'],
  teamsSvc: ['cc15fd57-2c6c-4117-a88c-83b1d56b4bbe', 'Microsoft Teams Services'],
  aad: ['00000002-0000-0000-c000-000000000000', 'Windows Azure Active Directory'],
  arm: ['797f4846-ba00-4fd7-ba43-dac1f8f63013', 'Windows Azure Service Management API'],
  drs: ['01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', 'Device Registration Service'],
  officeHome: ['4765445b-32c6-49b0-83e6-1d93765276ca', 'OfficeHome'],
  myApps: ['2793995e-0a7d-40d7-bd35-6968ba142197', 'My Apps'],
  mySignins: ['19db86c3-b2b9-44cc-b339-36da233a3be2', 'My Signins'],
  pbi: ['00000009-0000-0000-c000-000000000000', 'Power BI Service'],
  intune: ['0000000a-0000-0000-c000-000000000000', 'Microsoft Intune'],
  o365Portal: ['00000006-0000-0ff1-ce00-000000000000', 'Microsoft Office 365 Portal'],
};
// Service principal object ids of first-party resources in this tenant (for audit targets).
const SP_OBJ = { graph: guid(), exo: guid(), spo: guid() };

const CHV = () => pick(['128', '129', '129', '130']);
const UA = {
  edgeWin: () => { const v = CHV(); return `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36 Edg/${v}.0.0.0`; },
  chromeWin: () => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${CHV()}.0.0.0 Safari/537.36`,
  chromeMac: () => `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${CHV()}.0.0.0 Safari/537.36`,
  safariIos: () => 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0.1 Mobile/15E148 Safari/604.1',
  chromeAndroid: () => `Mozilla/5.0 (Linux; Android 14; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${CHV()}.0.0.0 Mobile Safari/537.36`,
  winSignIn: 'Windows-AzureAD-Authentication-Provider/1.0',
  officeWin: 'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.18025; Pro)',
  officeMac: 'Microsoft Office/16.0 (Macintosh; Mac OS X 14.6.1; Microsoft Outlook 16.89.24091630; Pro)',
  teamsWin: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36 Edg/129.0.0.0 Teams/24243.1309.3132.617',
  teamsMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Teams/24243.1309.3132.617',
  oneDrive: 'Microsoft SkyDriveSync 24.180.0905.0003 ship; Windows NT 10.0 (22631)',
  outlookIos: 'Outlook-iOS/2.0', outlookAndroid: 'Outlook-Android/2.0',
  teamsIos: 'TeamsMobile-iOS', teamsAndroid: 'TeamsMobile-Android',
  ps51: 'Mozilla/5.0 (Windows NT; Windows NT 10.0; en-US) WindowsPowerShell/5.1.20348.2760',
  ps7: 'Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.20348; en-US) PowerShell/7.4.5',
  azcli: 'python/3.11.9 (Linux-5.15.0-1073-azure-x86_64-with-glibc2.35) AZURECLI/2.65.0 (DEB)',
  vscode: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Code/1.94.2 Chrome/124.0.6367.243 Electron/30.5.1 Safari/537.36',
  teamsRoom: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Teams/1.5.00.33362 Chrome/96.0.4664.174 Electron/16.2.6 Safari/537.36',
  pyRequests: 'python-requests/2.32.3',
};

const FAIL = {
  0: '',
  50126: 'Error validating credentials due to invalid username or password.',
  50074: 'Strong Authentication is required.',
  50140: "This error occurred due to 'Keep me signed in' interrupt when the user was signing in.",
  50072: 'User needs to enroll for second factor authentication.',
  50076: 'Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access the resource.',
  53003: 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
  500121: 'Authentication failed during strong authentication request.',
  50058: 'Session information is not sufficient for single-sign-on.',
  65001: 'The user or administrator has not consented to use the application. Send an interactive authorization request for this user and resource.',
  70044: 'The session has expired or is invalid due to sign-in frequency checks by conditional access.',
  700082: 'The refresh token has expired due to inactivity.',
  50199: 'For security reasons, user confirmation is required for this request. Please repeat the request allowing user interaction.',
  50173: 'The provided grant has expired due to it being revoked, a fresh auth token is needed.',
};
const ADDL = {
  50126: 'The user didn\'t enter the right credentials. It\'s expected to see some number of these errors in your logs due to users making mistakes.',
  50074: 'The user is required to perform multi-factor authentication. There could be multiple things requiring multi-factor, e.g. Conditional Access policies, per-user enforcement, requested by client, among others.',
  50140: "This is an expected part of the login flow, where a user is asked if they want to remain signed into this browser to make further logins easier.",
  53003: 'The user was blocked by Conditional Access policies.',
  500121: 'The user didn\'t complete the MFA prompt. They may have decided not to authenticate, timed out while doing other work, or has an issue with their authentication setup.',
  50072: 'The user needs to register for multi-factor authentication before they can proceed.',
};

// Conditional Access policies of the tenant (shown compactly in every sign-in).
const CAP = [
  { id: guid(), displayName: 'CA001 - Require MFA for all users' },
  { id: guid(), displayName: 'CA002 - Require compliant or hybrid joined device for Office 365' },
  { id: guid(), displayName: 'CA003 - Block legacy authentication' },
  { id: guid(), displayName: 'CA004 - Require MFA for Azure management' },
];

// ---------------------------------------------------------------- names
const NAMES = {
  DE: { f: ['Lukas', 'Anna', 'Felix', 'Sophie', 'Jonas', 'Lea', 'Maximilian', 'Laura', 'Leon', 'Julia', 'Paul', 'Hannah', 'Tobias', 'Katharina', 'Florian', 'Sarah', 'Stefan', 'Lena', 'Matthias', 'Nina', 'Andreas', 'Miriam', 'Jan', 'Theresa', 'Markus', 'Franziska', 'Sebastian', 'Johanna', 'Thomas', 'Claudia'],
        l: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Koch', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Hofmann', 'Hartmann', 'Lange', 'Krüger', 'Huber', 'Bauer', 'Maier', 'Lehmann', 'Kaiser', 'Fuchs', 'Vogel'] },
  US: { f: ['James', 'Mary', 'Michael', 'Jennifer', 'David', 'Linda', 'Robert', 'Emily', 'John', 'Jessica', 'Daniel', 'Ashley', 'Matthew', 'Sarah', 'Christopher', 'Megan', 'Andrew', 'Rachel', 'Joshua', 'Lauren', 'Ryan', 'Nicole', 'Brandon', 'Amanda', 'Kevin', 'Stephanie', 'Jason', 'Heather', 'Eric', 'Maria'],
        l: ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez', 'Lopez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Walker', 'Hall', 'Young', 'King', 'Wright'] },
  IN: { f: ['Aarav', 'Priya', 'Rahul', 'Ananya', 'Vikram', 'Sneha', 'Arjun', 'Pooja', 'Rohan', 'Divya', 'Karthik', 'Neha', 'Siddharth', 'Kavya', 'Aditya', 'Meera', 'Varun', 'Shreya', 'Nikhil', 'Aishwarya', 'Rajesh', 'Lakshmi', 'Suresh', 'Deepa', 'Amit', 'Swati', 'Manoj', 'Ritu', 'Sanjay', 'Anjali'],
        l: ['Sharma', 'Patel', 'Iyer', 'Reddy', 'Nair', 'Kumar', 'Singh', 'Gupta', 'Rao', 'Joshi', 'Menon', 'Kulkarni', 'Desai', 'Mehta', 'Pillai', 'Shetty', 'Chatterjee', 'Bhat', 'Agarwal', 'Verma', 'Krishnan', 'Das', 'Naidu', 'Deshpande', 'Jain', 'Mishra', 'Banerjee', 'Hegde', 'Kapoor', 'Srinivasan'] },
  BR: { f: ['Lucas', 'Ana', 'Gabriel', 'Beatriz', 'Rafael', 'Juliana', 'Pedro', 'Mariana', 'Matheus', 'Camila', 'Gustavo', 'Larissa', 'Felipe', 'Fernanda', 'Bruno', 'Amanda', 'Thiago', 'Letícia', 'Rodrigo', 'Patrícia', 'João', 'Carolina', 'Leonardo', 'Vanessa', 'Diego', 'Aline'],
        l: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Rodrigues', 'Ferreira', 'Alves', 'Pereira', 'Lima', 'Gomes', 'Costa', 'Ribeiro', 'Martins', 'Carvalho', 'Almeida', 'Lopes', 'Soares', 'Fernandes', 'Vieira', 'Barbosa', 'Rocha', 'Dias', 'Nascimento', 'Andrade', 'Moreira', 'Cardoso'] },
  JP: { f: ['Haruto', 'Yui', 'Sota', 'Hina', 'Yuto', 'Aoi', 'Riku', 'Sakura', 'Takumi', 'Yuna', 'Kenta', 'Misaki', 'Daiki', 'Nanami', 'Shota', 'Ayaka', 'Kaito', 'Haruka', 'Ren', 'Mei', 'Takeshi', 'Yuki', 'Hiroshi', 'Emi', 'Kazuki', 'Naoko'],
        l: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato', 'Yoshida', 'Yamada', 'Sasaki', 'Yamaguchi', 'Matsumoto', 'Inoue', 'Kimura', 'Hayashi', 'Shimizu', 'Yamazaki', 'Mori', 'Abe', 'Ikeda', 'Hashimoto', 'Ishikawa', 'Ogawa'] },
  XX: { f: ['Oliver', 'Emma', 'Louis', 'Chloé', 'Noah', 'Mila', 'Liam', 'Sofia', 'Hugo', 'Isabel', 'Luca', 'Eva', 'Daan', 'Fleur', 'Marco', 'Giulia'],
        l: ['Dubois', 'Martin', 'Evans', 'Roberts', 'de Vries', 'Jansen', 'Rossi', 'Bianchi', 'Moreau', 'Laurent', 'Clarke', 'Bakker', 'Keller', 'Meier', 'Hughes', 'Visser'] },
};
const ASCII = { 'ä': 'ae', 'ö': 'oe', 'ü': 'ue', 'ß': 'ss', 'é': 'e', 'í': 'i', 'ã': 'a', 'ç': 'c' };
const slug = (s) => s.toLowerCase().replace(/[äöüßéíãç]/g, (c) => ASCII[c]).replace(/[^a-z]/g, '');
const usedUpn = new Set();
function mkUpn(first, last, domain = DOMAIN) {
  let base = `${slug(first)}.${slug(last)}`, upn = `${base}@${domain}`, n = 2;
  while (usedUpn.has(upn)) upn = `${base}${n++}@${domain}`;
  usedUpn.add(upn);
  return upn;
}

// ---------------------------------------------------------------- output buffers
const OUTS = { int: [], non: [], audit: [] };
const RISK_NOISE = { p: 0.0015 };
const scen = {}; // name -> {users:Set, ips:Set, from, to, description}
let benignSignins = 0;
function touchScen(name, t, upn, ip) {
  const s = scen[name];
  if (!s) throw new Error('unknown scenario ' + name);
  if (upn) s.users.add(upn.toLowerCase());
  if (ip) s.ips.add(ip);
  s.from = Math.min(s.from, t); s.to = Math.max(s.to, t);
}
function defScen(name, description) { scen[name] = { name, description, users: new Set(), ips: new Set(), from: Infinity, to: -Infinity }; }

// ---------------------------------------------------------------- sign-in record
// o: { u, t, inter, app, res, n (net), dev, code, ua, client, req, steps, sid, corr, proto, xfer, incoming, risk, scen, caResult }
function signin(o) {
  if (!(o.t >= START && o.t < END)) return null;
  const u = o.u, n = o.n, code = o.code || 0;
  const st = stamp(o.t);
  const id = guid();
  const corr = o.corr || guid();
  const dev = o.dev || { deviceId: '', displayName: '', operatingSystem: 'Windows10', browser: '', isCompliant: false, isManaged: false, trustType: '' };
  // CA is evaluated only after the first factor: a wrong password leaves it 'notApplied'.
  const ca = o.caStatus || (code === 53003 ? 'failure' : code === 50126 ? 'notApplied' : (code === 0 || o.inter ? 'success' : 'notApplied'));
  // Identity Protection noise: a few benign interactive sign-ins carry a low 'unfamiliar sign-in properties' risk
  // (more often for travellers abroad), as real tenants see.
  const risk = o.risk || (!o.scen && o.inter && code === 0 && chance(RISK_NOISE.p) ? { level: 'low', types: ['unfamiliarFeatures'] } : null);
  const props = {
    id,
    createdDateTime: st.off,
    userDisplayName: u.name,
    userPrincipalName: u.upn,
    userId: u.id,
    appId: o.app[0],
    appDisplayName: o.app[1],
    ipAddress: n.ip,
    ipAddressFromResourceProvider: null,
    status: code === 0 ? { errorCode: 0 } : { errorCode: code, failureReason: FAIL[code] || 'Other.', additionalDetails: ADDL[code] || undefined },
    clientAppUsed: o.client || (o.inter && !o.appClient ? 'Browser' : 'Mobile Apps and Desktop clients'),
    userAgent: o.ua || '',
    deviceDetail: dev,
    location: { city: n.city, state: n.state, countryOrRegion: n.cc, geoCoordinates: { latitude: n.lat, longitude: n.lon } },
    correlationId: corr,
    conditionalAccessStatus: ca,
    appliedConditionalAccessPolicies: caPolicies(o, ca, code),
    originalRequestId: o.inter ? id : '',
    isInteractive: !!o.inter,
    tokenIssuerName: '',
    tokenIssuerType: 'AzureAD',
    processingTimeInMilliseconds: int(40, o.inter ? 420 : 160),
    riskDetail: 'none',
    riskLevelAggregated: risk ? risk.level : 'none',
    riskLevelDuringSignIn: risk ? risk.level : 'none',
    riskState: risk ? 'atRisk' : 'none',
    riskEventTypes: risk ? risk.types : [],
    riskEventTypes_v2: risk ? risk.types : [],
    resourceDisplayName: o.res[1],
    resourceId: o.res[0],
    resourceTenantId: TENANT,
    homeTenantId: u.homeTenant || TENANT,
    homeTenantName: '',
    appOwnerTenantId: o.appOwner || 'f8cdef31-a31e-4b4a-93e4-5f571e91255a',
    resourceOwnerTenantId: 'f8cdef31-a31e-4b4a-93e4-5f571e91255a',
    authenticationMethodsUsed: [],
    authenticationDetails: o.steps || [],
    authenticationRequirement: o.req || 'singleFactorAuthentication',
    authenticationProtocol: o.proto || (o.inter ? 'oAuth2' : 'none'),
    originalTransferMethod: o.xfer || 'none',
    incomingTokenType: o.incoming || 'none',
    clientCredentialType: 'none',
    crossTenantAccessType: u.guest ? 'b2bCollaboration' : 'none',
    userType: u.guest ? 'Guest' : 'Member',
    signInIdentifier: o.inter ? u.upn : '',
    signInIdentifierType: o.inter ? 'userPrincipalName' : null,
    sessionId: o.sid || '',
    uniqueTokenIdentifier: b64id(),
    autonomousSystemNumber: n.asn,
    isTenantRestricted: false,
    isThroughGlobalSecureAccess: false,
    flaggedForReview: false,
    mfaDetail: {},
  };
  if (o.steps) {
    const m = new Set();
    for (const s of o.steps) if (s.succeeded && METHOD_USED[s.authenticationMethod]) m.add(METHOD_USED[s.authenticationMethod]);
    props.authenticationMethodsUsed = [...m];
  }
  const rec = {
    time: st.z,
    resourceId: RESOURCE_ID,
    operationName: 'Sign-in activity',
    operationVersion: '1.0',
    category: o.inter ? 'SignInLogs' : 'NonInteractiveUserSignInLogs',
    tenantId: TENANT,
    resultType: String(code),
    resultSignature: 'None',
    resultDescription: code ? FAIL[code] || 'Other.' : undefined,
    durationMs: 0,
    callerIpAddress: n.ip,
    correlationId: corr,
    identity: u.name,
    Level: 4,
    location: n.cc,
    properties: props,
  };
  (o.inter ? OUTS.int : OUTS.non).push([o.t, JSON.stringify(rec)]);
  if (o.scen) touchScen(o.scen, o.t, u.upn, o.legitIp ? null : n.ip); else benignSignins++;
  return { id, corr };
}
const METHOD_USED = { Password: 'Password', 'Mobile app notification': 'Authenticator App', 'Text message': 'SMS', 'OATH verification code': 'App Verification code', 'FIDO2 security key': 'FIDO' };
function caPolicies(o, ca, code) {
  if (o.u.guest) return [];
  const res = (i) => {
    if (code === 53003 && i === 1) return 'failure';
    if (ca === 'notApplied') return 'notApplied';
    if (i === 2) return 'notApplied';
    if (i === 3) return o.res[0] === RES.arm[0] ? 'success' : 'notApplied';
    if (i === 1 && !o.dev?.isCompliant) return o.inter ? 'notApplied' : 'notApplied';
    return 'success';
  };
  return CAP.map((p, i) => ({ id: p.id, displayName: p.displayName, enforcedGrantControls: i === 1 ? ['RequireCompliantDevice', 'RequireDomainJoinedDevice'] : i === 2 ? ['Block'] : ['Mfa'], enforcedSessionControls: [], result: res(i) }));
}
function step(t, method, detail, ok, resultDetail, requirement) {
  return { authenticationStepDateTime: stamp(t).off, authenticationMethod: method, authenticationMethodDetail: detail, succeeded: ok, authenticationStepResultDetail: resultDetail, authenticationStepRequirement: requirement };
}
const STEPS = {
  prevSatisfied: (t) => [step(t, 'Previously satisfied', '', true, 'First factor requirement satisfied by claim in the token', 'Primary authentication'), step(t, 'Previously satisfied', '', true, 'MFA requirement satisfied by claim in the token', 'Multifactor authentication')],
  prt: (t) => [step(t, 'Previously satisfied', '', true, 'First factor requirement satisfied by claim in the token', 'Primary authentication')],
  whfb: (t) => [step(t, 'Windows Hello for Business', '', true, 'Correct PIN', 'Primary authentication')],
  pwOnly: (t) => [step(t, 'Password', 'Password Hash Sync', true, 'Correct password', 'Primary authentication')],
  badPw: (t) => [step(t, 'Password', 'Password Hash Sync', false, 'Invalid username or password or Invalid on-premise username or password.', 'Primary authentication')],
  mfaPush: (t) => [step(t, 'Password', 'Password Hash Sync', true, 'Correct password', 'Primary authentication'), step(t + int(8, 40) * 1000, 'Mobile app notification', '', true, 'MFA successfully completed', 'Multifactor authentication')],
  mfaSms: (t) => [step(t, 'Password', 'Password Hash Sync', true, 'Correct password', 'Primary authentication'), step(t + int(20, 60) * 1000, 'Text message', '', true, 'MFA successfully completed', 'Multifactor authentication')],
  mfaRequired: (t) => [step(t, 'Password', 'Password Hash Sync', true, 'Correct password', 'Primary authentication'), step(t, 'Mobile app notification', '', false, 'MFA required in Azure AD', 'Multifactor authentication')],
  pushDenied: (t) => [step(t, 'Password', 'Password Hash Sync', true, 'Correct password', 'Primary authentication'), step(t + 15e3, 'Mobile app notification', '', false, 'MFA denied; user declined the authentication', 'Multifactor authentication')],
  pushTimeout: (t) => [step(t, 'Password', 'Password Hash Sync', true, 'Correct password', 'Primary authentication'), step(t + 60e3, 'Mobile app notification', '', false, 'MFA denied; user did not respond to mobile app notification', 'Multifactor authentication')],
  tap: (t) => [step(t, 'Temporary Access Pass', '', true, 'Temporary Access Pass validated', 'Primary authentication')],
};

// ---------------------------------------------------------------- audit record
// o: { t, activity, category, service, opType, by: {user:u, ip} | {app:{displayName, appId, servicePrincipalId}}, targets, details, result, reason, scen }
function audit(o) {
  if (!(o.t >= START && o.t < END)) return;
  const st = stamp(o.t);
  const corr = o.corr || guid();
  const prefix = o.idPrefix || 'Directory';
  const id = `${prefix}_${corr}_${alnum(5)}_${int(100000000, 999999999)}`;
  let initiatedBy, identity, ip;
  if (o.by.user) {
    const u = o.by.user;
    ip = o.by.ip || '';
    initiatedBy = { user: { id: u.id, displayName: null, userPrincipalName: u.upn, ipAddress: ip, roles: [] } };
    identity = u.name;
  } else {
    initiatedBy = { app: { appId: o.by.app.appId || null, displayName: o.by.app.displayName, servicePrincipalId: o.by.app.servicePrincipalId || guid(), servicePrincipalName: o.by.app.displayName } };
    identity = o.by.app.displayName;
  }
  const rec = {
    time: st.z,
    resourceId: RESOURCE_ID,
    operationName: o.activity,
    operationVersion: '1.0',
    category: 'AuditLogs',
    tenantId: TENANT,
    resultSignature: 'None',
    durationMs: 0,
    callerIpAddress: ip || undefined,
    correlationId: corr,
    identity,
    Level: 4,
    properties: {
      id,
      category: o.category,
      correlationId: corr,
      result: o.result || 'success',
      resultReason: o.reason || '',
      activityDisplayName: o.activity,
      activityDateTime: st.off,
      loggedByService: o.service || 'Core Directory',
      operationType: o.opType || 'Update',
      initiatedBy,
      targetResources: (o.targets || []).map((x) => ({ id: x.id || null, displayName: x.displayName ?? null, type: x.type, userPrincipalName: x.upn || null, groupType: null, modifiedProperties: x.props || [] })),
      additionalDetails: o.details || [],
    },
  };
  OUTS.audit.push([o.t, JSON.stringify(rec)]);
  if (o.scen) touchScen(o.scen, o.t, o.by.user?.upn, ip);
}
const J = (v) => JSON.stringify(v); // Entra writes modified-property values as JSON text
const mp = (displayName, oldValue, newValue) => ({ displayName, oldValue, newValue });
const userTarget = (u, props) => ({ id: u.id, displayName: null, type: 'User', upn: u.upn, props });
const UA_DETAIL = (ua) => ({ key: 'User-Agent', value: ua });

// ---------------------------------------------------------------- population
const DEPTS = ['Sales', 'Finance', 'Logistics', 'Engineering', 'Marketing', 'HR', 'Customer Service', 'Procurement', 'Legal', 'Operations', 'IT'];
const users = [];
function mkDevicePair(u) {
  const win = !u.dev ? chance(0.86) : chance(0.55);
  const sitecode = u.office;
  u.laptop = win
    ? { deviceId: guid(), displayName: `HG-${sitecode}-NB${String(int(1000, 9999))}`, operatingSystem: 'Windows10', browser: '', isCompliant: true, isManaged: true, trustType: u.cc === 'DE' && chance(0.6) ? 'Hybrid Azure AD joined' : 'Azure AD joined' }
    : { deviceId: guid(), displayName: `HG-MBP-${String(int(1000, 9999))}`, operatingSystem: 'MacOs', browser: '', isCompliant: true, isManaged: true, trustType: 'Azure AD registered' };
  u.win = win;
  u.browserName = win ? (chance(0.6) ? 'Edge' : 'Chrome') : 'Chrome';
  u.ios = chance(u.cc === 'JP' || u.cc === 'US' ? 0.65 : 0.45);
  u.hasPhone = chance(0.9);
  u.phone = { deviceId: guid(), displayName: u.ios ? 'iPhone' : pick(['SM-S911B', 'Pixel 8', 'SM-A546B', 'moto g84 5G', 'Pixel 7a']), operatingSystem: u.ios ? 'Ios' : 'Android', browser: '', isCompliant: chance(0.8), isManaged: true, trustType: 'Azure AD registered' };
  u.privateRelay = u.ios && chance(0.06);
}
function browserDev(u, base) {
  const d = { ...base };
  d.browser = base === u.phone ? (u.ios ? 'Mobile Safari 18.0' : 'Chrome Mobile 129.0.0') : `${u.browserName} 129.0.0`;
  return d;
}
function browserUa(u, onPhone) {
  if (onPhone) return u.ios ? UA.safariIos() : UA.chromeAndroid();
  if (!u.win) return UA.chromeMac();
  return u.browserName === 'Edge' ? UA.edgeWin() : UA.chromeWin();
}

const officeKeys = Object.keys(OFFICES);
const officeWeights = officeKeys.map((k) => [k, OFFICES[k].w]);
for (let i = 0; i < NUSERS; i++) {
  const office = wpick(officeWeights);
  const of = OFFICES[office];
  const names = NAMES[of.cc];
  const first = pick(names.f), last = pick(names.l);
  const u = {
    i, id: guid(), first, last, name: `${first} ${last}`, upn: mkUpn(first, last), office, cc: of.cc,
    tz: CITY[of.city][5], dept: pick(DEPTS), kinds: new Set(),
  };
  u.homeCity = wpick(of.homes);
  u.homeIsp = wpick(HOME_ISPS[u.cc]);
  u.mobIsp = wpick(MOBILE_ISPS[u.cc]);
  u.homeNet = ISP[u.homeIsp].kind === 'mobile' ? net(u.homeIsp, u.homeCity) : net(u.homeIsp, u.homeCity);
  u.dailyIp = u.homeIsp === 'telekom' && chance(0.4); // forced daily reconnect
  u.ipChangeDay = chance(0.12) ? int(1, DAYS - 1) : -1;
  u.workStart = Math.max(6, Math.min(11, gauss(8.3, 0.8)));
  u.workLen = uni(8, 9.8);
  const style = wpick([['remote', 15], ['hybrid', 60], ['office', 25]]);
  u.officeDays = new Set(style === 'remote' ? [] : style === 'office' ? [1, 2, 3, 4, 5] : shuffle([1, 2, 3, 4, 5]).slice(0, int(2, 3)));
  u.dev = (u.dept === 'Engineering' || u.dept === 'IT') && chance(0.35);
  mkDevicePair(u);
  u.laptopSid = guid(); u.phoneSid = guid();
  u.nextReauth = int(0, 6);
  u.pto = chance(0.08) ? [int(0, DAYS - 5), 0] : null; if (u.pto) u.pto[1] = u.pto[0] + int(2, 5);
  u.startDay = 0;
  users.push(u);
}
const regular = users.slice();

// Admins (identity team in DE, helpdesk in IN and US, cloud admins in US).
function promote(filter, n, role) {
  const c = shuffle(users.filter((u) => filter(u) && !u.role));
  return c.slice(0, n).map((u) => { u.role = role; u.dept = 'IT'; u.kinds.add('admin'); u.pto = null; return u; });
}
const idAdmins = promote((u) => u.office === 'MUC', 4, 'Global Administrator');
const helpdeskIN = promote((u) => u.office === 'BLR', 4, 'Helpdesk Administrator');
const helpdeskUS = promote((u) => u.office === 'CHI', 3, 'Helpdesk Administrator');
const cloudAdmins = promote((u) => u.office === 'AUS' || u.office === 'CHI', 3, 'Cloud Application Administrator');
const collabOwners = promote((u) => u.dept === 'Sales' || u.dept === 'Procurement' || u.dept === 'Legal', 12, 'collab');
for (const u of collabOwners) { u.kinds.delete('admin'); }
const admins = [...idAdmins, ...helpdeskIN, ...helpdeskUS, ...cloudAdmins];

// Attack victims are chosen before benign special roles so they stay "ordinary".
function takeVictim(filter) {
  const c = users.filter((u) => filter(u) && !u.role && !u.victim && !u.dev && u.hasPhone && !u.pto);
  const u = pick(c); u.victim = true; return u;
}
const V = {
  spray1: takeVictim((u) => u.cc === 'US'),
  spray2: takeVictim((u) => u.cc === 'DE'),
  vscode: takeVictim((u) => u.cc === 'DE' && u.dept !== 'Engineering' && u.dept !== 'IT'),
  devcode: takeVictim((u) => u.cc === 'US'),
  replay: takeVictim((u) => u.cc === 'BR'),
  mfa: takeVictim((u) => u.office === 'HAM' || u.office === 'MUC'),
};
const devCandidates = users.filter((u) => u.office === 'PNQ' && !u.role && !u.victim);
V.fic = pick(devCandidates); V.fic.victim = true; V.fic.dev = true; V.fic.dept = 'Engineering'; V.fic.role = 'Application Developer';
V.admin5 = cloudAdmins[0]; V.admin5.victim = true;
V.admin7 = idAdmins[1]; V.admin7.victim = true;

// Benign special populations.
const pool = () => shuffle(users.filter((u) => !u.role && !u.victim && u.kinds.size === 0));
const nTrav = Math.round(NUSERS * 0.03), nShift = Math.round(NUSERS * 0.03), nMob = Math.round(NUSERS * 0.08), nVpn = Math.round(NUSERS * 0.05), nNew = Math.round(NUSERS * 0.02);
const travellers = pool().filter((u) => u.win || true).slice(0, nTrav); travellers.forEach((u) => { u.kinds.add('traveller'); u.pto = null; });
const shiftWorkers = pool().filter((u) => ['HAM', 'MUC', 'CHI', 'BLR', 'PNQ'].includes(u.office)).slice(0, nShift);
shiftWorkers.forEach((u) => {
  u.kinds.add('shift'); u.pto = null;
  // Night shift: warehouse (HAM/MUC) 22-06, US security operations 23-07, IN support desk covering US daytime 20-05.
  u.workStart = u.cc === 'DE' ? 22 : u.cc === 'US' ? 23 : 20; u.workLen = u.cc === 'IN' ? 9 : 8;
  u.officeDays = new Set([0, 1, 2, 3, 4, 5, 6].filter(() => true)); u.shiftDays = new Set(shuffle([0, 1, 2, 3, 4, 5, 6]).slice(0, 5));
  u.dev = false;
});
const mobileHeavy = pool().slice(0, nMob); mobileHeavy.forEach((u) => { u.kinds.add('mobile'); u.hasPhone = true; });
const vpnUsers = pool().filter((u) => u.cc !== 'DE').slice(0, nVpn); vpnUsers.forEach((u) => u.kinds.add('vpn'));
const newHires = pool().slice(0, nNew); newHires.forEach((u) => { u.kinds.add('newhire'); u.startDay = int(2, DAYS - 3); u.pto = null; u.officeDays = new Set([1, 2, 3, 4, 5]); });
const devs = users.filter((u) => u.dev);

// Service / automation accounts.
function svc(name, display, o) {
  const u = { id: guid(), upn: `${name}@${DOMAIN}`, name: display, svc: true, kinds: new Set(['service']), ...o };
  usedUpn.add(u.upn);
  return u;
}
const services = [
  svc('svc-spo-migration', 'SVC SharePoint Migration', { app: APP.spoShell, res: RES.spo, nets: DC.fraDc, ua: UA.ps51, everyMin: 30, ropc: true }),
  svc('svc-exo-reports', 'SVC Exchange Reporting', { app: APP.exoPs, res: RES.exo, nets: DC.azWeu.slice(0, 1), ua: UA.ps7, everyMin: 60, ropc: false }),
  svc('svc-graph-automation', 'SVC Graph Automation', { app: APP.graphCli, res: RES.graph, nets: DC.azEus, ua: UA.ps7, everyMin: 20, ropc: false }),
  svc('svc-azdeploy', 'SVC Azure Deployment', { app: APP.azcli, res: RES.arm, nets: DC.azWeu.slice(1, 2), ua: UA.azcli, everyMin: 90, ropc: true }),
  svc('svc-hr-sync', 'SVC HR Sync', { app: APP.azps, res: RES.graph, nets: DC.azWeu.slice(2, 3), ua: UA.ps51, everyMin: 120, ropc: true }),
  svc('svc-print-connector', 'SVC Universal Print', { app: APP.office, res: RES.graph, nets: DC.fraDc.slice(1), ua: UA.ps51, everyMin: 45, ropc: false }),
  svc('svc-synthetic-monitor', 'SVC Synthetic Sign-in Monitor', { app: APP.officeHome, res: RES.officeHome, nets: [DC.azEus[0], DC.azWeu[0], DC.azJpe[0]], ua: UA.chromeWin(), everyMin: 60, ropc: false, monitor: true }),
  svc('mtr-muc-konferenz1', 'MUC Konferenzraum 1 (Teams Room)', { room: 'MUC' }),
  svc('mtr-muc-konferenz2', 'MUC Konferenzraum 2 (Teams Room)', { room: 'MUC' }),
  svc('mtr-chi-boardroom', 'CHI Boardroom (Teams Room)', { room: 'CHI' }),
  svc('mtr-blr-huddle3', 'BLR Huddle 3 (Teams Room)', { room: 'BLR' }),
  svc('mtr-tyo-room7', 'TYO Room 7 (Teams Room)', { room: 'TYO' }),
];
for (const s of services) if (s.room) { s.dev = { deviceId: guid(), displayName: `MTR-${s.room}-${int(10, 99)}`, operatingSystem: 'Windows10', browser: '', isCompliant: true, isManaged: true, trustType: 'Azure AD joined' }; s.sid = guid(); }

// Guests from partner tenants.
const PARTNERS = [
  { dom: 'fabrikam-logistics.co.uk', tenant: guid(), cc: 'GB', isp: 'bt', city: 'LON' },
  { dom: 'lumiere-conseil.fr', tenant: guid(), cc: 'FR', isp: 'orange_fr', city: 'PAR' },
  { dom: 'alpenfracht.ch', tenant: guid(), cc: 'CH', isp: 'swisscom', city: 'ZRH' },
  { dom: 'northwind-traders.com', tenant: guid(), cc: 'US', isp: 'comcast', city: 'SEA' },
];
const guests = [];
for (let i = 0; i < 40; i++) {
  const p = pick(PARTNERS), f = pick(NAMES.XX.f), l = pick(NAMES.XX.l);
  const upn = mkUpn(f, l, p.dom);
  guests.push({ id: guid(), upn, name: `${f} ${l} (${p.dom.split('.')[0]})`, guest: true, homeTenant: p.tenant, partner: p, net: net(p.isp, p.city), sid: guid(), kinds: new Set(['guest']), newGuest: i < 8 ? int(1, DAYS - 2) : -1 });
}

// ---------------------------------------------------------------- helpers for daily activity
const dow = (d) => (START_DOW + d) % 7;
const isWeekend = (d) => dow(d) === 0 || dow(d) === 6;
function homeNetFor(u, d) {
  if (u.dailyIp || (u.ipChangeDay >= 0 && d >= u.ipChangeDay && !u._changed)) {
    if (!u.dailyIp) u._changed = true;
    if (u._netDay !== d) { u.homeNet = net(u.homeIsp, u.homeCity); u._netDay = d; }
  }
  return u.homeNet;
}
function carrierNet(u, t, ispKey) {
  const every = u.kinds.has('mobile') ? uni(15, 50) * MIN : uni(90, 240) * MIN;
  if (!u._car || t - u._carT > every || u._car.isp !== (ispKey || u.mobIsp)) {
    const k = ispKey || u.mobIsp;
    u._car = { isp: k, n: ISP[k].hubs ? mobileNet(k, ispKey ? null : u.homeCity) : net(k, u.homeCity) };
    u._carT = t;
  }
  return u._car.n;
}
function relayNet(u) {
  const c = CITY[u.homeCity];
  // iCloud Private Relay keeps the region: pick a large city in the user's country.
  const big = { DE: ['FRA', 'MUC', 'BER'], US: ['CHI', 'DAL', 'NYC'], IN: ['BOM', 'BLR'], BR: ['SAO'], JP: ['TYO', 'OSA'] }[c[2]];
  return net('private_relay', pick(big));
}
function randTimes(a, b, n) { const xs = []; for (let i = 0; i < n; i++) xs.push(uni(a, b)); return xs.sort((x, y) => x - y); }

const LAPTOP_FLOWS = [
  // [app, resource, ua(user), weight]
  [APP.teams, RES.teamsSvc, (u) => (u.win ? UA.teamsWin : UA.teamsMac), 30],
  [APP.teams, RES.graph, (u) => (u.win ? UA.teamsWin : UA.teamsMac), 10],
  [APP.office, RES.exo, (u) => (u.win ? UA.officeWin : UA.officeMac), 25],
  [APP.office, RES.graph, (u) => (u.win ? UA.officeWin : UA.officeMac), 6],
  [APP.onedriveSync, RES.spo, () => UA.oneDrive, 15],
  [APP.officeHome, RES.officeHome, (u) => browserUa(u), 6],
  [APP.sharepoint, RES.spo, (u) => browserUa(u), 8],
];
const PHONE_FLOWS = [
  [APP.outlookMobile, RES.exo, (u) => (u.ios ? UA.outlookIos : UA.outlookAndroid), 50],
  [APP.teams, RES.teamsSvc, (u) => (u.ios ? UA.teamsIos : UA.teamsAndroid), 35],
  [APP.authenticator, RES.aad, () => '', 5],
  [APP.onedriveSync, RES.spo, (u) => (u.ios ? 'OneDrive iOS' : 'OneDrive Android'), 5],
];
const wflow = (flows) => wpick(flows.map((f) => [f, f[3]]));

// One laptop non-interactive refresh.
function laptopRefresh(u, t, n, extra = {}) {
  const [app, res, uaf] = wflow(LAPTOP_FLOWS);
  const browserish = app === APP.officeHome || app === APP.sharepoint;
  return signin({ u, t, inter: false, app, res, n, dev: browserish ? browserDev(u, u.laptop) : u.laptop, ua: uaf(u), sid: u.laptopSid, incoming: u.win && !browserish ? 'primaryRefreshToken' : 'none', req: res === RES.exo || res === RES.spo ? 'multiFactorAuthentication' : 'singleFactorAuthentication', client: browserish ? 'Browser' : 'Mobile Apps and Desktop clients', ...extra });
}
function phoneRefresh(u, t, n, extra = {}) {
  const [app, res, uaf] = wflow(PHONE_FLOWS);
  return signin({ u, t, inter: false, app, res, n, dev: u.phone, ua: uaf(u), sid: u.phoneSid, req: 'singleFactorAuthentication', ...extra });
}
// Interactive browser sign-in with SSO or a full MFA flow; returns the time after it.
function interactiveFlow(u, t, n, kind, o = {}) {
  const onPhone = !!o.phone;
  const devBase = o.dev || (onPhone ? u.phone : u.laptop);
  const dev = o.unmanaged ? { deviceId: '', displayName: '', operatingSystem: u.win ? 'Windows10' : 'MacOs', browser: `${u.browserName} 129.0.0`, isCompliant: false, isManaged: false, trustType: '' } : browserDev(u, devBase);
  const app = o.app || pick([APP.officeHome, APP.officeHome, APP.sharepoint, APP.myApps, APP.exo, APP.teamsWeb]);
  const res = o.res || APP_RES.get(app) || RES.graph;
  const ua = o.ua || browserUa(u, onPhone);
  const sid = o.sid || (onPhone ? u.phoneSid : u.laptopSid);
  const base = { u, inter: true, app, res, n, dev, ua, sid, scen: o.scen, risk: o.risk, xfer: o.xfer, proto: o.proto };
  const corr = guid();
  if (kind === 'sso') {
    signin({ ...base, t, corr, steps: STEPS.prevSatisfied(t), req: 'multiFactorAuthentication', incoming: u.win && !onPhone && !o.unmanaged ? 'primaryRefreshToken' : 'none' });
    return t + 2e3;
  }
  if (kind === 'mfa' || kind === 'mfaSms') {
    signin({ ...base, t, corr, code: 50074, steps: STEPS.mfaRequired(t), req: 'multiFactorAuthentication' });
    const t2 = t + int(15, 50) * 1000;
    if (!onPhone && chance(0.7)) signin({ ...base, t: t2, corr, code: 50140, steps: (kind === 'mfa' ? STEPS.mfaPush : STEPS.mfaSms)(t), req: 'multiFactorAuthentication' });
    signin({ ...base, t: t2 + int(3, 9) * 1000, corr, steps: (kind === 'mfa' ? STEPS.mfaPush : STEPS.mfaSms)(t), req: 'multiFactorAuthentication' });
    return t2 + 10e3;
  }
  if (kind === 'blocked') {
    signin({ ...base, t, corr, code: 53003, steps: STEPS.pwOnly(t), req: 'singleFactorAuthentication', caStatus: 'failure' });
    return t + 2e3;
  }
  throw new Error(kind);
}

const APP_RES = new Map([[APP.officeHome, RES.officeHome], [APP.sharepoint, RES.spo], [APP.myApps, RES.myApps], [APP.exo, RES.exo], [APP.azurePortal, RES.arm], [APP.teamsWeb, RES.teamsSvc], [APP.powerbi, RES.pbi], [APP.outlookMobile, RES.exo], [APP.mySignins, RES.mySignins]]);

// ---------------------------------------------------------------- benign daily activity
function dayActivity(u, d, ctx) {
  // ctx: { tz, lapNet(t), phoneNet(t), allow:[a,b], office:boolean }
  const base = START + d * DAY - ctx.tz * HOUR; // local midnight of day d
  const [a, b] = ctx.allow || [START, END];
  const ok = (t) => t >= a && t < b;
  const weekend = isWeekend(d) && !u.kinds.has('shift');
  const shiftOn = u.kinds.has('shift') ? u.shiftDays.has(dow(d)) : true;
  const pto = u.pto && d >= u.pto[0] && d <= u.pto[1];
  const workday = !weekend && !pto && shiftOn && !ctx.noWork;
  const start = base + (u.workStart + gauss(0, 0.35)) * HOUR;
  const end = start + (u.workLen + gauss(0, 0.4)) * HOUR;
  // Remember where the laptop was that day: admin actions in the audit log come from there.
  if (!ctx.noLaptop && (ok(start) || !(u.lapByDay ||= [])[d])) (u.lapByDay ||= [])[d] = ctx.lapNet(start);

  if (workday && !ctx.noLaptop) {
    let t = start;
    // morning logon
    if (ok(t)) {
      const n = ctx.lapNet(t);
      if (chance(0.012)) { // honest typo
        const corr = guid();
        signin({ u, t, inter: true, app: u.win ? APP.winSignIn : APP.officeHome, res: u.win ? RES.aad : RES.officeHome, n, dev: u.laptop, ua: u.win ? UA.winSignIn : browserUa(u), sid: u.laptopSid, code: 50126, steps: STEPS.badPw(t), corr, appClient: u.win });
        t += int(20, 90) * 1000;
      }
      if (u.win) signin({ u, t, inter: true, app: APP.winSignIn, res: RES.aad, n, dev: u.laptop, ua: UA.winSignIn, sid: u.laptopSid, steps: STEPS.whfb(t), req: 'singleFactorAuthentication', client: 'Mobile Apps and Desktop clients' });
      t += int(1, 6) * MIN;
      u.nextReauth--;
      if (u.nextReauth <= 0) {
        u.laptopSid = guid(); u.nextReauth = int(5, 10);
        if (chance(0.003)) { // MFA prompt missed, retried later
          const c = guid();
          signin({ u, t, inter: true, app: APP.officeHome, res: RES.officeHome, n, dev: browserDev(u, u.laptop), ua: browserUa(u), sid: u.laptopSid, code: 500121, steps: STEPS.pushTimeout(t), req: 'multiFactorAuthentication', corr: c });
          t += int(2, 6) * MIN;
        }
        t = interactiveFlow(u, t, n, chance(0.9) ? 'mfa' : 'mfaSms');
      } else if (chance(0.45)) {
        t = interactiveFlow(u, t, n, 'sso');
      }
    }
    // day refreshes
    const k = Math.max(1, Math.round(gauss(u.kinds.has('mobile') ? 2.5 : 4.2, 1.3)));
    for (const tt of randTimes(start + 10 * MIN, end, k)) {
      if (!ok(tt)) continue;
      const n = ctx.lapNet(tt);
      const r = rnd();
      if (r < 0.004) laptopRefresh(u, tt, n, { code: pick([70044, 700082, 50173]) });
      else laptopRefresh(u, tt, n);
    }
    // occasional extra interactive work (admins and devs more)
    const pExtra = u.kinds.has('admin') ? 0.9 : u.dev ? 0.6 : 0.22;
    if (chance(pExtra)) {
      const tt = uni(start + HOUR, end - 30 * MIN);
      if (ok(tt)) {
        if (u.kinds.has('admin') || (u.dev && chance(0.5))) interactiveFlow(u, tt, ctx.lapNet(tt), 'sso', { app: APP.azurePortal, res: RES.arm });
        else interactiveFlow(u, tt, ctx.lapNet(tt), 'sso', { app: pick([APP.officeHome, APP.sharepoint, APP.powerbi, APP.myApps]), res: null });
      }
    }
    // developers: VS Code / Azure CLI tokens
    if (u.dev && chance(0.45)) {
      const tt = uni(start + HOUR, end - HOUR);
      if (ok(tt)) {
        const n = ctx.lapNet(tt);
        const useCode = u.deviceCodeDev && chance(0.5);
        const app = useCode ? APP.azcli : chance(0.6) ? APP.vscode : APP.azcli;
        const res = app === APP.vscode && chance(0.4) ? RES.graph : RES.arm;
        const ua = app === APP.vscode ? UA.vscode : UA.azcli;
        if (chance(0.3) || useCode) signin({ u, t: tt, inter: true, app, res, n, dev: browserDev(u, u.laptop), ua: useCode ? browserUa(u) : ua, sid: u.devSid || (u.devSid = guid()), steps: STEPS.prevSatisfied(tt), req: 'multiFactorAuthentication', proto: useCode ? 'deviceCode' : 'oAuth2', xfer: useCode ? 'deviceCodeFlow' : 'none', appClient: true, client: 'Mobile Apps and Desktop clients' });
        for (const t2 of randTimes(tt + 5 * MIN, Math.min(end, tt + 4 * HOUR), int(1, 3))) if (ok(t2)) signin({ u, t: t2, inter: false, app, res, n: ctx.lapNet(t2), dev: u.laptop, ua, sid: u.devSid || (u.devSid = guid()), req: 'multiFactorAuthentication', xfer: useCode ? 'deviceCodeFlow' : 'none' });
      }
    }
    // rare: personal device blocked by CA
    if (chance(0.004)) {
      const tt = end + uni(1, 3) * HOUR;
      if (ok(tt)) interactiveFlow(u, tt, ctx.homeNet ? ctx.homeNet(tt) : ctx.lapNet(tt), 'blocked', { unmanaged: true, app: APP.exo, res: RES.exo, sid: guid() });
    }
  } else if (!ctx.noLaptop && !pto && chance(weekend ? 0.06 : 0)) {
    const tt = base + uni(10, 18) * HOUR;
    if (ok(tt)) laptopRefresh(u, tt, ctx.homeNet ? ctx.homeNet(tt) : ctx.lapNet(tt));
  }

  // phone
  if (u.hasPhone && !ctx.noPhone) {
    const active = workday ? 1 : pto ? 0.3 : 0.45;
    if (chance(active)) {
      const mean = u.kinds.has('mobile') ? (workday ? 9 : 3) : workday ? 2.4 : 1.3;
      const k = Math.max(1, Math.round(gauss(mean, mean / 3)));
      const from = workday ? start - 1.5 * HOUR : base + 9 * HOUR, to = workday ? end + 3 * HOUR : base + 22 * HOUR;
      for (const tt of randTimes(from, to, k)) {
        if (!ok(tt)) continue;
        phoneRefresh(u, tt, ctx.phoneNet(tt, workday && tt > start && tt < end));
      }
      if (chance(0.05)) {
        const tt = uni(from, to);
        if (ok(tt)) {
          const n = u.privateRelay ? relayNet(u) : ctx.phoneNet(tt, false);
          if (u.ios && chance(0.5)) { const c = guid(); signin({ u, t: tt, inter: true, app: APP.outlookMobile, res: RES.exo, n, dev: u.phone, ua: UA.safariIos(), sid: u.phoneSid, code: 50199, corr: c, req: 'singleFactorAuthentication' }); }
          interactiveFlow(u, tt + 20e3, n, 'sso', { phone: true, app: pick([APP.officeHome, APP.outlookMobile, APP.sharepoint]), res: null });
        }
      }
    }
  }
}

// Contexts --------------------------------------------------------------
function normalCtx(u, d) {
  const officeDay = u.officeDays.has(dow(d));
  const office = OFFICES[u.office];
  const egress = pick(office.egress);
  const home = () => homeNetFor(u, d);
  const lapNet = u.kinds.has('vpn') ? () => VPN_EGRESS[u.i % VPN_EGRESS.length] : officeDay ? () => egress : home;
  const phoneNet = (t, inWork) => {
    if (inWork && officeDay && chance(0.5)) return egress;
    const lt = ((t - START) / HOUR + u.tz) % 24;
    if (!inWork && (lt < 8 || lt > 19) && chance(0.55)) return home();
    if (!inWork && !officeDay && chance(0.5)) return home();
    return carrierNet(u, t);
  };
  return { tz: u.tz, lapNet, phoneNet, homeNet: home };
}

// ---------------------------------------------------------------- travellers
function flightHours(a, b) {
  const [la1, lo1] = [CITY[a][3], CITY[a][4]], [la2, lo2] = [CITY[b][3], CITY[b][4]];
  const rad = Math.PI / 180, dlat = (la2 - la1) * rad, dlon = (lo2 - lo1) * rad;
  const h = Math.sin(dlat / 2) ** 2 + Math.cos(la1 * rad) * Math.cos(la2 * rad) * Math.sin(dlon / 2) ** 2;
  const km = 2 * 6371 * Math.asin(Math.sqrt(h));
  return km / 820 + 1 + (km > 9000 ? uni(2.5, 4.5) : 0);
}
const DESTS = [
  // [cityKey, isp, officeKey or null]
  ['MUC', 'telekom', 'MUC'], ['CHI', 'comcast', 'CHI'], ['AUS', 'att', 'AUS'], ['BLR', 'airtel', 'BLR'], ['SAO', 'vivo', 'SAO'], ['TYO', 'ocn', 'TYO'],
  ['LON', 'bt', null], ['PAR', 'orange_fr', null], ['BCN', 'movistar', null], ['SIN', 'singtel', null], ['TOR', 'rogers', null], ['MEX', 'telmex', null],
];
const travelTruth = [];
function planTrip(u) {
  const homeOffice = OFFICES[u.office];
  const dests = DESTS.filter((x) => CITY[x[0]][2] !== u.cc);
  const [dc, disp, doff] = pick(dests);
  const depDay = int(1, DAYS - 8);
  const stay = int(3, 6);
  const depLocal = uni(9, 19);
  const dep = START + depDay * DAY - u.tz * HOUR + depLocal * HOUR;
  const fh = flightHours(homeOffice.city, dc);
  const arr = dep + fh * HOUR;
  const dtz = CITY[dc][5];
  // return: evening flight `stay` days later (destination local time)
  const retDay = Math.floor((arr + dtz * HOUR - START) / DAY) + stay;
  const ret = START + retDay * DAY - dtz * HOUR + uni(12, 21) * HOUR;
  const back = ret + flightHours(dc, homeOffice.city) * HOUR;
  return { dc, disp, doff, dep, arr, ret, back, dtz, roaming: ['DE'].includes(u.cc) || chance(0.5), inflight: chance(0.25), hotel: net(disp, dc) };
}
function travellerDays(u) {
  const tr = planTrip(u);
  u.trip = tr;
  travelTruth.push(u.upn);
  const homeOffice = OFFICES[u.office];
  const apt = u.cc === 'DE' ? net('telekom_biz', homeOffice.city) : net(HOME_ISPS[u.cc][0][0], homeOffice.city); // airport Wi-Fi
  const destOffice = tr.doff ? OFFICES[tr.doff] : null;
  const arrivalSettled = tr.arr + uni(0.8, 1.6) * HOUR;
  const abroad = (d) => ({
    tz: tr.dtz,
    allow: [arrivalSettled, tr.ret - 2.5 * HOUR],
    lapNet: (t) => {
      const lt = ((t - START) / HOUR + tr.dtz + 240) % 24;
      return destOffice && !isWeekend(d) && lt > 9 && lt < 17 ? destOffice.egress[0] : tr.hotel;
    },
    phoneNet: (t) => (tr.roaming ? carrierNet(u, t) : chance(0.6) ? tr.hotel : carrierNet(u, t, wpick(MOBILE_ISPS[CITY[tr.dc][2]] || [[u.mobIsp, 1]]))),
    homeNet: () => tr.hotel,
  });
  const inDay = (t, d) => t >= START + d * DAY && t < START + (d + 1) * DAY;
  // Day by day (home before departure, the trip, home after the return) so session state stays chronological.
  for (let d = 0; d < DAYS; d++) {
    dayActivity(u, d, { ...normalCtx(u, d), allow: [START, tr.dep - 2.5 * HOUR] });
    if (inDay(tr.dep, d)) {
      // at the airport: phone on the carrier, laptop on airport Wi-Fi; some use in-flight Wi-Fi
      phoneRefresh(u, tr.dep - uni(1.2, 2.2) * HOUR, carrierNet(u, tr.dep - 2 * HOUR));
      laptopRefresh(u, tr.dep - uni(0.8, 1.5) * HOUR, apt);
      if (tr.inflight) for (const t of randTimes(tr.dep + 1.5 * HOUR, tr.arr - HOUR, int(2, 4))) laptopRefresh(u, t, net('viasat', 'CBD'));
    }
    if (inDay(tr.arr, d)) phoneRefresh(u, tr.arr + uni(0.5, 0.8) * HOUR, tr.roaming ? carrierNet(u, tr.arr) : tr.hotel); // mail after landing
    RISK_NOISE.p = 0.08; dayActivity(u, d, abroad(d)); RISK_NOISE.p = 0.0015;
    if (inDay(tr.ret, d)) phoneRefresh(u, tr.ret - uni(1.0, 2.0) * HOUR, tr.roaming ? carrierNet(u, tr.ret) : tr.hotel);
    dayActivity(u, d, { ...normalCtx(u, d), allow: [tr.back + 1.2 * HOUR, END] });
  }
}

// ---------------------------------------------------------------- service accounts
function serviceActivity(s) {
  if (s.room) {
    const office = OFFICES[s.room], n = office.egress[0], tz = CITY[office.city][5];
    for (let d = 0; d < DAYS; d++) {
      const base = START + d * DAY - tz * HOUR;
      if (!isWeekend(d)) signin({ u: s, t: base + uni(5.5, 6.5) * HOUR, inter: true, app: APP.teams, res: RES.teamsSvc, n, dev: s.dev, ua: UA.teamsRoom, sid: s.sid, steps: STEPS.pwOnly(base), req: 'singleFactorAuthentication', client: 'Mobile Apps and Desktop clients' });
      const hours = isWeekend(d) ? [3, 15] : [0, 23];
      for (let h = hours[0]; h <= hours[1]; h += isWeekend(d) ? 6 : 1.5) {
        signin({ u: s, t: base + (h + uni(0, 0.9)) * HOUR, inter: false, app: pick([APP.teams, APP.teams, APP.office]), res: pick([RES.teamsSvc, RES.exo, RES.graph]), n, dev: s.dev, ua: UA.teamsRoom, sid: s.sid, incoming: 'primaryRefreshToken' });
      }
    }
    return;
  }
  let sid = guid();
  for (let t = START + uni(0, s.everyMin) * MIN; t < END; t += s.everyMin * MIN * uni(0.9, 1.1)) {
    const n = s.monitor ? s.nets[Math.floor((t - START) / (s.everyMin * MIN)) % s.nets.length] : pick(s.nets);
    const h = new Date(t).getUTCHours();
    const interactive = s.monitor || (s.ropc && chance(0.5)) || h === 2;
    if (interactive) {
      if (!s.monitor) sid = guid();
      signin({ u: s, t, inter: true, app: s.app, res: s.res, n, ua: s.ua, sid: s.monitor ? guid() : sid, steps: STEPS.pwOnly(t), req: 'singleFactorAuthentication', proto: s.ropc ? 'ropc' : 'oAuth2', client: s.monitor ? 'Browser' : 'Mobile Apps and Desktop clients', caStatus: 'notApplied' });
    } else {
      signin({ u: s, t, inter: false, app: s.app, res: s.res, n, ua: s.ua, sid, req: 'singleFactorAuthentication', caStatus: 'notApplied' });
    }
    if (chance(0.004)) signin({ u: s, t: t + 3e3, inter: false, app: s.app, res: s.res, n, ua: s.ua, sid, code: 700082, caStatus: 'notApplied' });
  }
}

function guestActivity(g) {
  const first = g.newGuest >= 0 ? g.newGuest : 0;
  for (let d = first; d < DAYS; d++) {
    if (isWeekend(d) || !chance(g.newGuest === d ? 1 : 0.35)) continue;
    const tz = CITY[g.partner.city][5];
    const t = START + d * DAY - tz * HOUR + uni(9, 16) * HOUR;
    const dev = { deviceId: '', displayName: '', operatingSystem: 'Windows10', browser: 'Edge 129.0.0', isCompliant: false, isManaged: false, trustType: '' };
    const corr = guid();
    if (g.newGuest === d || chance(0.3)) signin({ u: g, t, inter: true, app: pick([APP.sharepoint, APP.teamsWeb]), res: RES.spo, n: g.net, dev, ua: UA.edgeWin(), sid: g.sid, corr, steps: STEPS.prevSatisfied(t), req: 'multiFactorAuthentication', caStatus: 'notApplied' });
    for (const tt of randTimes(t + 5 * MIN, t + 3 * HOUR, int(1, 3))) signin({ u: g, t: tt, inter: false, app: APP.teamsWeb, res: RES.teamsSvc, n: g.net, dev, ua: UA.edgeWin(), sid: g.sid, caStatus: 'notApplied' });
  }
}

// ---------------------------------------------------------------- benign audit
const GROUPS = ['SG-Sales-EMEA', 'SG-Finance-Reporting', 'SG-Logistics-Dispatch', 'SG-Engineering-All', 'SG-VPN-Users', 'SG-Intune-Pilot', 'SG-PowerBI-Pro', 'M365-Project-Orion', 'M365-Marketing-Campaigns', 'SG-Printers-MUC', 'SG-HR-Confidential', 'SG-License-E5', 'SG-License-E3', 'M365-Customer-Service-Shift', 'SG-SharePoint-Legal'].map((n) => ({ name: n, id: guid() }));
const ROLES = [
  ['Exchange Administrator', '29232cdf-9323-42fd-ade2-1d097af3e4de'], ['SharePoint Administrator', 'f28a1f50-f6e7-4571-818b-6a12f2af6b6c'],
  ['User Administrator', 'fe930be7-5e62-47db-91af-98c3a49a38b1'], ['Intune Administrator', '3a2c62db-5318-420d-8d74-23affee5d9d5'],
  ['Security Reader', '5d6b6bb7-de71-4623-b4af-96380a352509'], ['Global Administrator', '62e90394-69f5-4237-9190-012177145e10'],
  ['Application Administrator', '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3'], ['Conditional Access Administrator', 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9'],
];
const SYNC = { displayName: 'Sync_HGSYNC01_3f9a2c7d41b8', appId: null, servicePrincipalId: guid() };
const SYNC_USER = { id: guid(), upn: `Sync_HGSYNC01_3f9a2c7d41b8@${ONMS}`, name: 'On-Premises Directory Synchronization Service Account' };
const DRS = { displayName: 'Device Registration Service', appId: '01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', servicePrincipalId: guid() };
const PIM_APP = { displayName: 'MS-PIM', appId: '01fc33a7-78ba-4d2f-a4b7-768e336e890e', servicePrincipalId: guid() };
const INTUNE_APP = { displayName: 'Microsoft Intune', appId: '0000000a-0000-0000-c000-000000000000', servicePrincipalId: guid() };
const usualIp = (u, t) => {
  const d = Math.max(0, Math.floor((t + (u.tz || 0) * HOUR - START) / DAY)); // the user's local day
  if (u.lapByDay && u.lapByDay[d]) return u.lapByDay[d].ip;
  if (u.kinds?.has('vpn')) return VPN_EGRESS[u.i % VPN_EGRESS.length].ip;
  return u.officeDays?.has(dow(d)) ? OFFICES[u.office].egress[0].ip : u.homeNet.ip;
};
const workTime = (u, d) => START + d * DAY - u.tz * HOUR + uni(u.workStart + 0.5, u.workStart + u.workLen - 0.5) * HOUR;
const APPS_EXISTING = [
  { name: 'HG Invoice Archiver', appId: guid(), objId: guid(), spId: guid(), keys: [guid()] },
  { name: 'HG Records Backup', appId: guid(), objId: guid(), spId: guid(), keys: [guid(), guid()] },
  { name: 'HG SAP Connector', appId: guid(), objId: guid(), spId: guid(), keys: [guid()] },
  { name: 'HG Intranet Portal', appId: guid(), objId: guid(), spId: guid(), keys: [guid()] },
  { name: 'HG Warehouse Scanner API', appId: guid(), objId: guid(), spId: guid(), keys: [guid()] },
];
const keyDesc = (ids, names) => J(ids.map((k, i) => `[KeyIdentifier=${k}, KeyType=Password, KeyUsage=Verify, DisplayName=${names[i]}]`));

function benignAudit() {
  const ordinary = users.filter((u) => !u.svc);
  for (let d = 0; d < DAYS; d++) {
    const wk = isWeekend(d);
    // directory sync updates (run every 30 min, batches)
    for (let k = 0; k < (wk ? 15 : 90); k++) {
      const u = pick(ordinary), t = START + d * DAY + uni(0, 24) * HOUR;
      const prop = pick([['TelephoneNumber', J(['+49 89 ' + int(1000000, 9999999)])], ['Department', J([pick(DEPTS)])], ['JobTitle', J([pick(['Specialist', 'Senior Specialist', 'Team Lead', 'Manager', 'Analyst'])])], ['Manager', J([guid()])]]);
      audit({ t, activity: 'Update user', category: 'UserManagement', opType: 'Update', by: { user: SYNC_USER, ip: DC.fraDc[0].ip }, targets: [userTarget(u, [mp(prop[0], '[]', prop[1]), mp('Included Updated Properties', null, J(prop[0]))])] });
    }
    if (wk) continue;
    // group membership changes by admins / helpdesk
    for (let k = 0; k < 22; k++) {
      const a = pick([...idAdmins, ...helpdeskIN, ...helpdeskUS]), u = pick(ordinary), g = pick(GROUPS);
      const t = workTime(a, d);
      const remove = chance(0.25);
      audit({ t, activity: remove ? 'Remove member from group' : 'Add member to group', category: 'GroupManagement', opType: remove ? 'Unassign' : 'Assign', by: { user: a, ip: usualIp(a, t) }, targets: [userTarget(u, [mp('Group.ObjectID', remove ? J(g.id) : null, remove ? null : J(g.id)), mp('Group.DisplayName', remove ? J(g.name) : null, remove ? null : J(g.name))]), { id: g.id, displayName: g.name, type: 'Group' }] });
    }
    // helpdesk password resets (and the user's own sign-in with the temporary password happens later in the day)
    for (let k = 0; k < 5; k++) {
      const a = pick([...helpdeskIN, ...helpdeskUS]), u = pick(ordinary), t = workTime(a, d);
      audit({ t, activity: 'Reset user password', category: 'UserManagement', opType: 'Update', by: { user: a, ip: usualIp(a, t) }, targets: [userTarget(u, [])] });
      audit({ t: t + 2e3, activity: 'Update user', category: 'UserManagement', opType: 'Update', by: { user: a, ip: usualIp(a, t) }, targets: [userTarget(u, [mp('Included Updated Properties', null, J('ForceChangePasswordNextLogin'))])] });
    }
    // self-service password resets / changes
    for (let k = 0; k < 4; k++) {
      const u = pick(ordinary), t = workTime(u, d);
      const sspr = chance(0.5);
      audit({ t, activity: sspr ? 'Reset password (self-service)' : 'Change password (self-service)', category: 'UserManagement', service: 'Self-service Password Management', idPrefix: 'SSPR', opType: 'Update', by: { user: u, ip: usualIp(u, t) }, targets: [userTarget(u, [])], reason: sspr ? 'User successfully reset password' : 'User changed password' });
    }
    // PIM activations
    for (let k = 0; k < 7; k++) {
      const a = pick(admins), [role, roleId] = pick(a.role === 'Global Administrator' ? ROLES : ROLES.slice(0, 5)), t = workTime(a, d);
      const ip = usualIp(a, t), req = guid();
      const det = [{ key: 'StartTime', value: iso(t) }, { key: 'ExpirationTime', value: iso(t + 8 * HOUR) }, { key: 'Justification', value: pick(['INC' + int(100000, 999999), 'Mailbox permission request', 'Monthly access review', 'CHG' + int(10000, 99999) + ' planned change', 'User onboarding']) }, { key: 'RoleDefinitionOriginId', value: roleId }];
      audit({ t, activity: 'Add member to role requested (PIM activation)', category: 'RoleManagement', service: 'PIM', idPrefix: 'PIM', opType: 'Add', by: { user: a, ip }, targets: [{ id: roleId, displayName: role, type: 'Role' }, { id: req, displayName: null, type: 'Request' }, userTarget(a, [])], details: det });
      audit({ t: t + 3e3, activity: 'Add member to role', category: 'RoleManagement', opType: 'Assign', by: { app: PIM_APP }, targets: [userTarget(a, [mp('Role.ObjectID', null, J(guid())), mp('Role.DisplayName', null, J(role)), mp('Role.TemplateId', null, J(roleId))])] });
      audit({ t: t + 4e3, activity: 'Add member to role completed (PIM activation)', category: 'RoleManagement', service: 'PIM', idPrefix: 'PIM', opType: 'Add', by: { user: a, ip }, targets: [{ id: roleId, displayName: role, type: 'Role' }, { id: req, displayName: null, type: 'Request' }, userTarget(a, [])], details: det });
    }
    // existing users changing phones: new security info + device registration, from their usual network
    for (let k = 0; k < 2; k++) {
      const u = pick(ordinary), t = workTime(u, d), ip = usualIp(u, t);
      audit({ t, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', idPrefix: 'UserManagement', opType: 'Add', by: { user: u, ip }, targets: [userTarget(u, [])], reason: 'User registered Authenticator App with Notification and Code' });
      if (chance(0.5)) audit({ t: t + 40e3, activity: 'User deleted security info', category: 'UserManagement', service: 'Authentication Methods', idPrefix: 'UserManagement', opType: 'Delete', by: { user: u, ip }, targets: [userTarget(u, [])], reason: 'User deleted Authenticator App with Notification and Code' });
      if (chance(0.6)) registerDevice(u, t + 5 * MIN, ip, { os: u.ios ? 'iOS' : 'Android', ver: u.ios ? '18.0.1' : '14', name: u.ios ? 'iPhone' : 'Pixel 8', trust: 'Workplace' });
    }
    // user consent to low-risk scopes
    for (let k = 0; k < 2; k++) {
      const u = pick(ordinary), t = workTime(u, d);
      consent(u, t, usualIp(u, t), pick(LOWRISK_APPS), ' User.Read openid profile email offline_access'.replace(chance(0.5) ? ' offline_access' : '#', ''), 'Principal', null);
    }
    // guest invitations by collaboration owners
    for (let k = 0; k < 3; k++) {
      const o = pick(collabOwners), t = workTime(o, d), p = pick(PARTNERS), f = pick(NAMES.XX.f), l = pick(NAMES.XX.l);
      const mail = `${slug(f)}.${slug(l)}@${p.dom}`, gid = guid();
      const g = { id: gid, upn: `${mail.replace('@', '_')}#EXT#@${ONMS}` };
      audit({ t, activity: 'Invite external user', category: 'UserManagement', service: 'Invited Users', idPrefix: 'B2B', opType: 'Add', by: { user: o, ip: usualIp(o, t) }, targets: [{ id: gid, displayName: `${f} ${l}`, type: 'User', upn: g.upn }], details: [{ key: 'invitedUserEmailAddress', value: mail }] });
      audit({ t: t + 2e3, activity: 'Add user', category: 'UserManagement', opType: 'Add', by: { user: o, ip: usualIp(o, t) }, targets: [{ id: gid, displayName: `${f} ${l}`, type: 'User', upn: g.upn, props: [mp('UserType', '[]', J(['Guest'])), mp('Included Updated Properties', null, J('UserType'))] }] });
    }
    // app owners updating redirect URIs
    if (chance(0.6)) {
      const a = pick(devs.length ? devs : admins), app = pick(APPS_EXISTING), t = workTime(a, d);
      audit({ t, activity: 'Update application', category: 'ApplicationManagement', opType: 'Update', by: { user: a, ip: usualIp(a, t) }, targets: [{ id: app.objId, displayName: app.name, type: 'Application', props: [mp('AppAddress', J([{ Address: 'https://intranet.halvorsen-group.com/auth' }]), J([{ Address: 'https://intranet.halvorsen-group.com/auth' }, { Address: 'https://intranet-staging.halvorsen-group.com/auth' }])), mp('Included Updated Properties', null, J('AppAddress'))] }] });
    }
  }
  // scheduled secret rotation on apps that already had secrets
  for (const [app, d] of [[APPS_EXISTING[0], Math.floor(DAYS * 0.2)], [APPS_EXISTING[2], Math.floor(DAYS * 0.45)], [APPS_EXISTING[4], Math.floor(DAYS * 0.85)]]) {
    const a = pick(cloudAdmins.slice(1).concat(idAdmins.slice(2))), t = workTime(a, d), ip = usualIp(a, t), nk = guid();
    const oldNames = app.keys.map((_, i) => `rotation-2026-0${3 + i}`);
    audit({ t, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', opType: 'Update', by: { user: a, ip }, targets: [{ id: app.objId, displayName: app.name, type: 'Application', props: [mp('KeyDescription', keyDesc(app.keys, oldNames), keyDesc([...app.keys, nk], [...oldNames, 'rotation-2026-10'])), mp('Included Updated Properties', null, J('KeyDescription'))] }] });
    audit({ t: t + 3 * DAY / 24, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', opType: 'Update', by: { user: a, ip }, targets: [{ id: app.objId, displayName: app.name, type: 'Application', props: [mp('KeyDescription', keyDesc([...app.keys, nk], [...oldNames, 'rotation-2026-10']), keyDesc([nk], ['rotation-2026-10'])), mp('Included Updated Properties', null, J('KeyDescription'))] }] });
  }
  // CA policy updates by the identity team
  for (const d of [Math.floor(DAYS * 0.3), Math.floor(DAYS * 0.75)]) {
    const a = idAdmins[0], t = workTime(a, d), p = CAP[d % 2 ? 1 : 0];
    const oldP = { id: p.id, displayName: p.displayName, state: 'enabled', conditions: { users: { excludeGroups: [GROUPS[4].id] } } };
    const newP = { ...oldP, conditions: { users: { excludeGroups: [GROUPS[4].id, GROUPS[5].id] } } };
    audit({ t, activity: 'Update conditional access policy', category: 'Policy', service: 'Conditional Access', idPrefix: 'IPCGraph', opType: 'Update', by: { user: a, ip: usualIp(a, t) }, targets: [{ id: p.id, displayName: p.displayName, type: 'Policy', props: [mp('ConditionalAccessPolicy', J(oldP), J(newP))] }] });
  }
  // tenant-wide admin consent for a low-risk, well-known app from the office
  {
    const a = idAdmins[2] || idAdmins[0], d = Math.floor(DAYS * 0.55), t = workTime(a, d);
    consent(a, t, usualIp(a, t), { name: 'Zoom', appId: guid(), new: true }, ' User.Read openid profile email offline_access', 'AllPrincipals', null);
  }
  // an approved application permission for the backup tool, from the office
  {
    const a = cloudAdmins[1] || idAdmins[0], d = Math.floor(DAYS * 0.35), t = workTime(a, d), app = APPS_EXISTING[1];
    appRoleAssignment(a, t, usualIp(a, t), app, 'graph', 'Sites.Selected', '883ea226-0bf2-4a8f-9f9d-92c9162a727d', 'Access selected site collections', null);
  }
  // ownership hand-over in the dev team
  for (const d of [Math.floor(DAYS * 0.25), Math.floor(DAYS * 0.65)]) {
    const a = pick(cloudAdmins), o = pick(devs.length ? devs : admins), app = pick(APPS_EXISTING), t = workTime(a, d);
    audit({ t, activity: 'Add owner to application', category: 'ApplicationManagement', opType: 'Assign', by: { user: a, ip: usualIp(a, t) }, targets: [userTarget(o, [mp('Application.ObjectID', null, J(app.objId)), mp('Application.DisplayName', null, J(app.name)), mp('Application.AppId', null, J(app.appId))]), { id: app.objId, displayName: app.name, type: 'Application' }] });
  }
}
const LOWRISK_APPS = ['Miro', 'Calendly', 'Grammarly', 'Adobe Acrobat', 'Lucidchart', 'Slido', 'Mentimeter', 'Trello', 'Doodle', 'Canva'].map((name) => ({ name, appId: guid(), spId: guid(), seen: false }));

function registerDevice(u, t, ip, o) {
  const devId = guid(), objId = guid();
  const det = [{ key: 'Device Id', value: devId }, { key: 'Device OS', value: `${o.os} ${o.ver}` }, { key: 'Device Trust Type', value: o.trust }, { key: 'Device Profile', value: 'RegisteredDevice' }];
  audit({ t, activity: 'Register device', category: 'Device', service: 'Device Registration Service', opType: 'Add', by: { app: DRS }, targets: [{ id: objId, displayName: o.name, type: 'Device' }], details: det, scen: o.scen });
  audit({ t: t + 1e3, activity: 'Add device', category: 'Device', opType: 'Add', by: { app: DRS }, targets: [{ id: objId, displayName: o.name, type: 'Device', props: [mp('DeviceId', '[]', J([devId])), mp('DisplayName', '[]', J([o.name])), mp('DeviceOSType', '[]', J([o.os])), mp('DeviceTrustType', '[]', J([o.trust])), mp('Included Updated Properties', null, J('DeviceId, DisplayName, DeviceOSType, DeviceTrustType'))] }], scen: o.scen });
  audit({ t: t + 2e3, activity: 'Add registered owner to device', category: 'Device', opType: 'Assign', by: { app: DRS }, targets: [{ id: objId, displayName: o.name, type: 'Device' }, userTarget(u, [mp('Device.ObjectID', null, J(objId)), mp('Device.DisplayName', null, J(o.name))])], scen: o.scen });
  audit({ t: t + 2e3, activity: 'Add registered users to device', category: 'Device', opType: 'Assign', by: { app: DRS }, targets: [{ id: objId, displayName: o.name, type: 'Device' }, userTarget(u, [mp('Device.ObjectID', null, J(objId)), mp('Device.DisplayName', null, J(o.name))])], scen: o.scen });
  return { devId, objId };
}
// Consent flow: (Add service principal) + Add delegated permission grant + Add app role assignment grant to user + Consent to application.
function consent(u, t, ip, app, scope, consentType, scenName) {
  const by = { user: u, ip };
  if (!app.spId) app.spId = guid();
  if (app.new || !app.seen) {
    app.seen = true;
    audit({ t, activity: 'Add service principal', category: 'ApplicationManagement', opType: 'Add', by, scen: scenName, targets: [{ id: app.spId, displayName: app.name, type: 'ServicePrincipal', props: [mp('AccountEnabled', '[]', '[true]'), mp('AppPrincipalId', '[]', J([app.appId])), mp('DisplayName', '[]', J([app.name])), mp('ServicePrincipalName', '[]', J([app.appId])), mp('Included Updated Properties', null, J('AccountEnabled, AppPrincipalId, DisplayName, ServicePrincipalName')), mp('TargetId.ServicePrincipalNames', null, J(app.appId))] }] });
  }
  audit({ t: t + 1e3, activity: 'Add delegated permission grant', category: 'ApplicationManagement', opType: 'Assign', by, scen: scenName, targets: [{ id: SP_OBJ.graph, displayName: 'Microsoft Graph', type: 'ServicePrincipal', props: [mp('DelegatedPermissionGrant.Scope', null, J(scope)), mp('DelegatedPermissionGrant.ConsentType', null, J(consentType)), mp('ServicePrincipal.ObjectID', null, J(app.spId)), mp('ServicePrincipal.DisplayName', null, null), mp('ServicePrincipal.AppId', null, null), mp('ServicePrincipal.Name', null, null), mp('TargetId.ServicePrincipalNames', null, J('00000003-0000-0000-c000-000000000000;https://graph.microsoft.com'))] }, { id: app.spId, displayName: null, type: 'ServicePrincipal' }] });
  if (consentType === 'Principal') audit({ t: t + 1.5e3, activity: 'Add app role assignment grant to user', category: 'UserManagement', opType: 'Assign', by, scen: scenName, targets: [{ id: app.spId, displayName: app.name, type: 'ServicePrincipal', props: [mp('AppRole.Id', null, J('00000000-0000-0000-0000-000000000000')), mp('AppRole.Value', null, J('')), mp('User.ObjectID', null, J(u.id)), mp('User.UPN', null, J(u.upn)), mp('TargetId.ServicePrincipalNames', null, J(app.appId))] }, userTarget(u, [])] });
  const admin = consentType === 'AllPrincipals';
  audit({ t: t + 2e3, activity: 'Consent to application', category: 'ApplicationManagement', opType: 'Assign', by, scen: scenName, targets: [{ id: app.spId, displayName: app.name, type: 'ServicePrincipal', props: [mp('ConsentContext.IsAdminConsent', null, J(admin ? 'True' : 'False')), mp('ConsentContext.IsAppOnly', null, J('False')), mp('ConsentContext.OnBehalfOfAll', null, J(admin ? 'True' : 'False')), mp('ConsentContext.Tags', null, J('WindowsAzureActiveDirectoryIntegratedApp')), mp('ConsentAction.Permissions', null, J(`[] => [[Id: ${b64id()}${b64id()}, ClientId: ${app.spId}, PrincipalId: ${admin ? '' : u.id}, ResourceId: ${SP_OBJ.graph}, ConsentType: ${consentType}, Scope: ${scope}, CreatedDateTime: , LastModifiedDateTime ]]; `)), mp('TargetId.ServicePrincipalNames', null, J(app.appId))] }] });
}
function appRoleAssignment(a, t, ip, app, resKey, value, roleId, roleName, scenName) {
  const resName = { graph: 'Microsoft Graph', exo: 'Office 365 Exchange Online' }[resKey];
  const resAppId = { graph: '00000003-0000-0000-c000-000000000000', exo: '00000002-0000-0ff1-ce00-000000000000' }[resKey];
  audit({ t, activity: 'Add app role assignment to service principal', category: 'ApplicationManagement', opType: 'Assign', by: { user: a, ip }, scen: scenName, targets: [{ id: SP_OBJ[resKey], displayName: resName, type: 'ServicePrincipal', props: [mp('AppRole.Id', null, J(roleId)), mp('AppRole.Value', null, J(value)), mp('AppRole.DisplayName', null, J(roleName)), mp('AppRoleAssignment.CreatedDateTime', null, J(stamp(t).z)), mp('AppRoleAssignment.LastModifiedDateTime', null, J(stamp(t).z)), mp('ServicePrincipal.ObjectID', null, J(app.spId)), mp('ServicePrincipal.DisplayName', null, J(app.name)), mp('ServicePrincipal.AppId', null, J(app.appId)), mp('ServicePrincipal.Name', null, J(app.appId)), mp('TargetId.ServicePrincipalNames', null, J(resAppId))] }, { id: app.spId, displayName: app.name, type: 'ServicePrincipal' }] });
}

// New hires: account creation, onboarding with a Temporary Access Pass, security info and laptop enrollment.
function onboard(u) {
  const d = u.startDay, office = OFFICES[u.office];
  const tCreate = START + (d - 2) * DAY - u.tz * HOUR + uni(9, 16) * HOUR;
  audit({ t: tCreate, activity: 'Add user', category: 'UserManagement', opType: 'Add', by: { user: SYNC_USER, ip: DC.fraDc[0].ip }, targets: [userTarget(u, [mp('AccountEnabled', '[]', '[true]'), mp('UserPrincipalName', '[]', J([u.upn])), mp('UserType', '[]', J(['Member'])), mp('Included Updated Properties', null, J('AccountEnabled, UserPrincipalName, UserType'))])] });
  for (const g of shuffle(GROUPS).slice(0, 3)) audit({ t: tCreate + uni(1, 30) * MIN, activity: 'Add member to group', category: 'GroupManagement', opType: 'Assign', by: { user: SYNC_USER, ip: DC.fraDc[0].ip }, targets: [userTarget(u, [mp('Group.ObjectID', null, J(g.id)), mp('Group.DisplayName', null, J(g.name))]), { id: g.id, displayName: g.name, type: 'Group' }] });
  const t = START + d * DAY - u.tz * HOUR + (u.workStart + 0.7) * HOUR, n = office.egress[0];
  const sid = guid();
  if (chance(0.6)) {
    signin({ u, t, inter: true, app: APP.mySignins, res: RES.mySignins, n, dev: { deviceId: '', displayName: '', operatingSystem: 'Windows10', browser: 'Edge 129.0.0', isCompliant: false, isManaged: false, trustType: '' }, ua: UA.edgeWin(), sid, steps: STEPS.tap(t), req: 'multiFactorAuthentication' });
  } else {
    const c = guid();
    signin({ u, t, inter: true, app: APP.mySignins, res: RES.mySignins, n, dev: { deviceId: '', displayName: '', operatingSystem: 'Windows10', browser: 'Edge 129.0.0', isCompliant: false, isManaged: false, trustType: '' }, ua: UA.edgeWin(), sid, code: 50072, corr: c, steps: STEPS.pwOnly(t), req: 'singleFactorAuthentication' });
  }
  audit({ t: t + 3 * MIN, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', idPrefix: 'UserManagement', opType: 'Add', by: { user: u, ip: n.ip }, targets: [userTarget(u, [])], reason: 'User registered Authenticator App with Notification and Code' });
  audit({ t: t + 3.2 * MIN, activity: 'User registered all required security info', category: 'UserManagement', service: 'Authentication Methods', idPrefix: 'UserManagement', opType: 'Add', by: { user: u, ip: n.ip }, targets: [userTarget(u, [])], reason: 'User registered all required security info.' });
  signin({ u, t: t + 4 * MIN, inter: true, app: APP.mySignins, res: RES.mySignins, n, dev: { deviceId: '', displayName: '', operatingSystem: 'Windows10', browser: 'Edge 129.0.0', isCompliant: false, isManaged: false, trustType: '' }, ua: UA.edgeWin(), sid, steps: STEPS.mfaPush(t + 4 * MIN), req: 'multiFactorAuthentication' });
  registerDevice(u, t + 25 * MIN, n.ip, { os: u.win ? 'Windows' : 'MacOS', ver: u.win ? '10.0.22631.4317' : '14.6.1', name: u.laptop.displayName, trust: u.win ? 'AzureAd' : 'Workplace' });
  audit({ t: t + 27 * MIN, activity: 'Update device', category: 'Device', opType: 'Update', by: { app: INTUNE_APP }, targets: [{ id: guid(), displayName: u.laptop.displayName, type: 'Device', props: [mp('IsCompliant', '[false]', '[true]'), mp('IsManaged', '[false]', '[true]'), mp('Included Updated Properties', null, J('IsCompliant, IsManaged'))] }] });
  u.nextReauth = 0;
}

// ---------------------------------------------------------------- attacks
defScen('spray-slow-rotating', 'Low-and-slow password spray over ~8 h from 40+ rotating hosting/VPN IPs (2-7 attempts per IP, ROPC against Microsoft Office); two accounts fall. One is later used from a spraying IP: MFA enrolment interrupt, attacker registers security info, then consents a new app to Mail.ReadWrite Mail.Send offline_access.');
defScen('vscode-oauth-phish', 'First-party public client abuse: user who never used VS Code signs in through Visual Studio Code to Microsoft Graph from a foreign hosting IP, then token refreshes from the same infrastructure.');
defScen('device-code-phish', 'Device-code phishing via Microsoft Authentication Broker from a foreign hosting ASN, then the attacker registers a device for the user and uses its PRT.');
defScen('token-replay', 'User signs in interactively at home; within the hour the same sessionId is used non-interactively from another country and ASN (Nigeria, mobile).');
defScen('admin-app-backdoor', 'Compromised Cloud Application Administrator from a Romanian VPS grants Exchange full_access_as_app to an existing app, adds a client secret and an owner.');
defScen('fic-backdoor', 'Developer signs in at night from a Singapore VPS on an unknown device, adds a new application + service principal and within the hour a federated identity credential trusting an outside GitHub repository.');
defScen('tenantwide-mail-consent', 'Global admin from an unusual VPN exit in Sweden grants tenant-wide (AllPrincipals) delegated Mail.ReadWrite to a new app.');
defScen('mfa-fatigue', 'Night-time MFA push bombing (denials / no response, status 500121) from a Polish residential IP, then an approval and new security info registered.');

const dayAt = (frac) => Math.min(DAYS - 2, Math.max(1, Math.floor(DAYS * frac)));
const jit = () => int(0, 59) * 1000 + int(0, 999); // attack clocks are not round
function hostNet(ispKey, cityKey) { return net(ispKey, cityKey, mkIp(ispKey, 'attack')); }
const noDev = (os = 'Windows10', browser = 'Chrome 130.0.0') => ({ deviceId: '', displayName: '', operatingSystem: os, browser, isCompliant: false, isManaged: false, trustType: '' });

function attackSpray() {
  const S = 'spray-slow-rotating';
  const t0 = START + dayAt(0.55) * DAY + 21.5 * HOUR + jit(); // Tue ~21:30Z
  const pools = [['m247', 'BUH'], ['m247', 'LON'], ['clouvider', 'LON'], ['datacamp', 'FRA'], ['datacamp', 'AMS'], ['ovh', 'RBX'], ['hetzner', 'FAL'], ['hetzner', 'HEL'], ['digitalocean', 'AMS'], ['vultr', 'PIS'], ['leaseweb', 'AMS'], ['contabo', 'NUE'], ['linode', 'FRA']];
  const ips = [];
  for (let i = 0; i < 62; i++) { const [k, c] = pick(pools); ips.push(hostNet(k, c)); }
  const targets = shuffle(users.filter((u) => !u.victim && !u.kinds.has('newhire'))).slice(0, 190);
  targets.splice(int(30, 60), 0, V.spray1); targets.splice(int(100, 150), 0, V.spray2);
  const uas = [UA.chromeWin(), UA.edgeWin(), UA.chromeMac(), 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:131.0) Gecko/20100101 Firefox/131.0'];
  let t = t0, ipi = 0, left = int(2, 7), ti = 0;
  const span = 8.2 * HOUR, per = span / (targets.length * 1.25);
  const attempts = [];
  for (const u of targets) attempts.push(u);
  for (const u of shuffle(targets).slice(0, Math.floor(targets.length * 0.25))) if (!u.victim) attempts.push(u); // second round for some
  let winner1 = null, winner2 = null;
  for (const u of attempts) {
    const n = ips[ipi % ips.length];
    const won = (u === V.spray1 && !winner1) || (u === V.spray2 && !winner2);
    signin({ u, t, inter: true, app: APP.office, res: RES.graph, n, dev: noDev('Windows10', ''), ua: uas[ti++ % uas.length], sid: '', code: won ? 0 : 50126, steps: won ? STEPS.pwOnly(t) : STEPS.badPw(t), req: 'singleFactorAuthentication', proto: 'ropc', client: 'Mobile Apps and Desktop clients', caStatus: 'notApplied', scen: S });
    if (won && u === V.spray1) winner1 = { t, n };
    if (won && u === V.spray2) winner2 = { t, n };
    if (--left <= 0) { ipi++; left = int(2, 7); }
    t += per * uni(0.3, 1.7);
  }
  // victim 2: a couple of token uses from the same spray IP right after
  for (const dt of [4, 11, 27]) signin({ u: V.spray2, t: winner2.t + dt * MIN, inter: false, app: APP.office, res: RES.exo, n: winner2.n, dev: noDev('Windows10', ''), ua: uas[0], sid: '', req: 'singleFactorAuthentication', caStatus: 'notApplied', scen: S });
  // victim 1: the next morning (UTC) the attacker comes back from one of the spray IPs
  const v = V.spray1, n = winner1.n, tb = t0 + 11.6 * HOUR + jit(), sid = guid(), ua = UA.chromeWin();
  const c1 = guid();
  signin({ u: v, t: tb, inter: true, app: APP.mySignins, res: RES.mySignins, n, dev: noDev(), ua, sid, corr: c1, code: 50072, steps: STEPS.pwOnly(tb), req: 'singleFactorAuthentication', scen: S });
  audit({ t: tb + 3.5 * MIN, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', idPrefix: 'UserManagement', opType: 'Add', by: { user: v, ip: n.ip }, targets: [userTarget(v, [])], reason: 'User registered Authenticator App with Notification and Code', scen: S });
  audit({ t: tb + 3.7 * MIN, activity: 'User registered all required security info', category: 'UserManagement', service: 'Authentication Methods', idPrefix: 'UserManagement', opType: 'Add', by: { user: v, ip: n.ip }, targets: [userTarget(v, [])], reason: 'User registered all required security info.', scen: S });
  signin({ u: v, t: tb + 4.5 * MIN, inter: true, app: APP.mySignins, res: RES.mySignins, n, dev: noDev(), ua, sid, corr: c1, steps: STEPS.mfaPush(tb + 4 * MIN), req: 'multiFactorAuthentication', scen: S });
  const evil = { name: 'MailSync Pro', appId: guid(), spId: guid(), new: true };
  const tc = tb + 52 * MIN + jit(), c2 = guid();
  signin({ u: v, t: tc, inter: true, app: [evil.appId, evil.name], res: RES.graph, n, dev: noDev(), ua, sid, corr: c2, code: 65001, steps: STEPS.prevSatisfied(tc), req: 'multiFactorAuthentication', appOwner: guid(), scen: S });
  consent(v, tc + 40e3, n.ip, evil, 'Mail.ReadWrite Mail.Send offline_access', 'Principal', S);
  signin({ u: v, t: tc + 50e3, inter: true, app: [evil.appId, evil.name], res: RES.graph, n, dev: noDev(), ua, sid, corr: c2, steps: STEPS.prevSatisfied(tc), req: 'multiFactorAuthentication', appOwner: guid(), scen: S });
  // the app's backend refreshes the delegated token for a few hours
  const backend = hostNet('ovh', 'RBX');
  for (let tt = tc + 20 * MIN; tt < tc + 5 * HOUR; tt += uni(35, 65) * MIN) signin({ u: v, t: tt, inter: false, app: [evil.appId, evil.name], res: pick([RES.graph, RES.exo]), n: backend, dev: noDev('', ''), ua: UA.pyRequests, sid, req: 'multiFactorAuthentication', appOwner: guid(), caStatus: 'notApplied', scen: S });
}

function attackVscode() {
  const S = 'vscode-oauth-phish', v = V.vscode;
  const t = START + dayAt(0.25) * DAY + 13.2 * HOUR + jit();
  const n = hostNet('digitalocean', 'CLF'), n2 = hostNet('digitalocean', 'CLF');
  const sid = guid(), c = guid();
  signin({ u: v, t, inter: true, app: APP.vscode, res: RES.graph, n, dev: noDev('Windows10', 'Chrome 130.0.0'), ua: UA.chromeWin(), sid, corr: c, steps: STEPS.mfaPush(t), req: 'multiFactorAuthentication', client: 'Browser', scen: S });
  let tt = t + uni(3, 8) * MIN;
  while (tt < t + 7 * HOUR) {
    signin({ u: v, t: tt, inter: false, app: APP.vscode, res: chance(0.8) ? RES.graph : RES.arm, n: chance(0.6) ? n : n2, dev: noDev('', ''), ua: UA.pyRequests, sid, req: 'multiFactorAuthentication', scen: S });
    tt += uni(18, 55) * MIN;
  }
}

function attackDeviceCode() {
  const S = 'device-code-phish', v = V.devcode;
  const t = START + dayAt(0.68) * DAY + 23.6 * HOUR + jit(); // evening in the US
  const n = hostNet('hetzner', 'FAL');
  const sid = guid(), c = guid();
  signin({ u: v, t, inter: true, app: APP.broker, res: RES.drs, n, dev: noDev('Windows10', 'Chrome 130.0.0'), ua: UA.chromeWin(), sid, corr: c, steps: STEPS.mfaPush(t), req: 'multiFactorAuthentication', proto: 'deviceCode', xfer: 'deviceCodeFlow', client: 'Mobile Apps and Desktop clients', scen: S });
  const name = `DESKTOP-${alnum(7)}`;
  const { devId } = registerDevice(v, t + 2.5 * MIN, n.ip, { os: 'Windows', ver: '10.0.19045.4894', name, trust: 'Workplace', scen: S });
  // the registration is attributed to the user in these records' targets; include user in scenario window via sign-ins
  const dev = { deviceId: devId, displayName: name, operatingSystem: 'Windows10', browser: '', isCompliant: false, isManaged: false, trustType: 'Azure AD registered' };
  const psid = guid();
  signin({ u: v, t: t + 4 * MIN, inter: true, app: APP.broker, res: RES.aad, n, dev, ua: UA.winSignIn, sid: psid, steps: STEPS.prevSatisfied(t + 4 * MIN), req: 'multiFactorAuthentication', xfer: 'deviceCodeFlow', incoming: 'refreshToken', client: 'Mobile Apps and Desktop clients', scen: S });
  const n2 = hostNet('hetzner', 'FAL');
  for (let tt = t + 6 * MIN; tt < t + 5.5 * HOUR; tt += uni(12, 40) * MIN) {
    const [app, res] = pick([[APP.office, RES.exo], [APP.teams, RES.graph], [APP.office, RES.graph], [APP.sharepoint, RES.spo]]);
    signin({ u: v, t: tt, inter: false, app, res, n: chance(0.7) ? n : n2, dev, ua: UA.edgeWin(), sid: psid, req: 'multiFactorAuthentication', incoming: 'primaryRefreshToken', xfer: 'deviceCodeFlow', scen: S });
  }
}

function attackReplay() {
  const S = 'token-replay', v = V.replay;
  const d = (() => { for (let dd = dayAt(0.42); dd < DAYS; dd++) if (!isWeekend(dd)) return dd; return dayAt(0.42); })(); // a weekday
  const t = START + d * DAY + 11.05 * HOUR + jit(); // 08:03 in Sao Paulo
  const home = homeNetFor(v, d);
  const sid = guid(), c = guid();
  // the legitimate interactive sign-in that creates the session (part of the scenario)
  signin({ u: v, t, inter: true, app: APP.officeHome, res: RES.officeHome, n: home, dev: browserDev(v, v.laptop), ua: browserUa(v), sid, corr: c, steps: STEPS.mfaPush(t), req: 'multiFactorAuthentication', scen: S, legitIp: true });
  let tt = t + uni(25, 45) * MIN;
  const car = () => net('mtn_ng', 'LOS', mkIp('mtn_ng', 'attack'));
  let n = car();
  while (tt < t + 3.5 * HOUR) {
    if (chance(0.25)) n = car();
    const [app, res] = pick([[APP.officeHome, RES.exo], [APP.officeHome, RES.graph], [APP.exo, RES.exo], [APP.sharepoint, RES.spo]]);
    signin({ u: v, t: tt, inter: false, app, res, n, dev: noDev('Windows10', 'Chrome 130.0.0'), ua: UA.chromeWin(), sid, req: 'multiFactorAuthentication', scen: S });
    tt += uni(6, 25) * MIN;
  }
}

function attackAdminBackdoor() {
  const S = 'admin-app-backdoor', a = V.admin5;
  const t = START + dayAt(0.75) * DAY + 3.3 * HOUR + jit(); // 22:20 previous evening in Chicago
  const n = hostNet('m247', 'BUH'), sid = guid(), c = guid();
  signin({ u: a, t, inter: true, app: APP.azurePortal, res: RES.arm, n, dev: noDev('Windows10', 'Chrome 130.0.0'), ua: UA.chromeWin(), sid, corr: c, code: 50074, steps: STEPS.mfaRequired(t), req: 'multiFactorAuthentication', scen: S });
  signin({ u: a, t: t + 35e3, inter: true, app: APP.azurePortal, res: RES.arm, n, dev: noDev('Windows10', 'Chrome 130.0.0'), ua: UA.chromeWin(), sid, corr: c, steps: STEPS.mfaPush(t), req: 'multiFactorAuthentication', risk: { level: 'medium', types: ['anonymizedIPAddress'] }, scen: S });
  for (let tt = t + 4 * MIN; tt < t + 50 * MIN; tt += uni(4, 9) * MIN) signin({ u: a, t: tt, inter: false, app: APP.azurePortal, res: pick([RES.arm, RES.graph]), n, dev: noDev('Windows10', 'Chrome 130.0.0'), ua: UA.chromeWin(), sid, req: 'multiFactorAuthentication', scen: S });
  const app = APPS_EXISTING[0];
  appRoleAssignment(a, t + 11 * MIN, n.ip, app, 'exo', 'full_access_as_app', 'dc890d15-9560-4a4c-9b7f-a736ec74ec40', 'Use Exchange Web Services with full access to all mailboxes', S);
  const nk = guid();
  audit({ t: t + 15 * MIN, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', opType: 'Update', by: { user: a, ip: n.ip }, scen: S, targets: [{ id: app.objId, displayName: app.name, type: 'Application', props: [mp('KeyDescription', keyDesc(app.keys, ['rotation-2026-03']), keyDesc([...app.keys, nk], ['rotation-2026-03', 'backup'])), mp('Included Updated Properties', null, J('KeyDescription'))] }] });
  audit({ t: t + 15 * MIN + 2e3, activity: 'Add service principal credentials', category: 'ApplicationManagement', opType: 'Update', by: { user: a, ip: n.ip }, scen: S, targets: [{ id: app.spId, displayName: app.name, type: 'ServicePrincipal', props: [mp('KeyDescription', '[]', keyDesc([nk], ['backup'])), mp('Included Updated Properties', null, J('KeyDescription')), mp('TargetId.ServicePrincipalNames', null, J(app.appId))] }] });
  const owner = pick(users.filter((u) => !u.role && !u.victim && u.cc === 'US'));
  audit({ t: t + 19 * MIN, activity: 'Add owner to application', category: 'ApplicationManagement', opType: 'Assign', by: { user: a, ip: n.ip }, scen: S, targets: [userTarget(owner, [mp('Application.ObjectID', null, J(app.objId)), mp('Application.DisplayName', null, J(app.name)), mp('Application.AppId', null, J(app.appId))]), { id: app.objId, displayName: app.name, type: 'Application' }] });
}

function attackFic() {
  const S = 'fic-backdoor', v = V.fic;
  const t = START + dayAt(0.83) * DAY + 19.05 * HOUR + jit(); // 00:35 in Pune
  const n = hostNet('digitalocean', 'SIN'), sid = guid(), c = guid();
  signin({ u: v, t, inter: true, app: APP.azurePortal, res: RES.arm, n, dev: noDev('Windows10', 'Chrome 130.0.0'), ua: UA.chromeWin(), sid, corr: c, code: 50074, steps: STEPS.mfaRequired(t), req: 'multiFactorAuthentication', scen: S });
  signin({ u: v, t: t + 28e3, inter: true, app: APP.azurePortal, res: RES.arm, n, dev: noDev('Windows10', 'Chrome 130.0.0'), ua: UA.chromeWin(), sid, corr: c, steps: STEPS.mfaPush(t), req: 'multiFactorAuthentication', risk: { level: 'low', types: ['unfamiliarFeatures'] }, scen: S });
  for (let tt = t + 3 * MIN; tt < t + 55 * MIN; tt += uni(5, 12) * MIN) signin({ u: v, t: tt, inter: false, app: APP.azurePortal, res: pick([RES.arm, RES.graph]), n, dev: noDev('Windows10', 'Chrome 130.0.0'), ua: UA.chromeWin(), sid, req: 'multiFactorAuthentication', scen: S });
  const app = { name: 'pnq-build-agent', appId: guid(), objId: guid(), spId: guid() };
  audit({ t: t + 8 * MIN, activity: 'Add application', category: 'ApplicationManagement', opType: 'Add', by: { user: v, ip: n.ip }, scen: S, targets: [{ id: app.objId, displayName: app.name, type: 'Application', props: [mp('AppId', '[]', J([app.appId])), mp('DisplayName', '[]', J([app.name])), mp('Included Updated Properties', null, J('AppId, DisplayName'))] }] });
  audit({ t: t + 8 * MIN + 3e3, activity: 'Add owner to application', category: 'ApplicationManagement', opType: 'Assign', by: { user: v, ip: n.ip }, scen: S, targets: [userTarget(v, [mp('Application.ObjectID', null, J(app.objId)), mp('Application.DisplayName', null, J(app.name))]), { id: app.objId, displayName: app.name, type: 'Application' }] });
  audit({ t: t + 9 * MIN, activity: 'Add service principal', category: 'ApplicationManagement', opType: 'Add', by: { user: v, ip: n.ip }, scen: S, targets: [{ id: app.spId, displayName: app.name, type: 'ServicePrincipal', props: [mp('AccountEnabled', '[]', '[true]'), mp('AppPrincipalId', '[]', J([app.appId])), mp('DisplayName', '[]', J([app.name])), mp('ServicePrincipalName', '[]', J([app.appId])), mp('Included Updated Properties', null, J('AccountEnabled, AppPrincipalId, DisplayName, ServicePrincipalName'))] }] });
  const fic = [{ Name: 'build-main', Issuer: 'https://token.actions.githubusercontent.com', Subject: 'repo:qx-buildtools/agent-runner:ref:refs/heads/main', Audiences: ['api://AzureADTokenExchange'], Description: null }];
  audit({ t: t + 41 * MIN, activity: 'Update application', category: 'ApplicationManagement', opType: 'Update', by: { user: v, ip: n.ip }, scen: S, targets: [{ id: app.objId, displayName: app.name, type: 'Application', props: [mp('FederatedIdentityCredentials', '[]', J(fic)), mp('Included Updated Properties', null, J('FederatedIdentityCredentials'))] }] });
}

function attackTenantConsent() {
  const S = 'tenantwide-mail-consent', a = V.admin7;
  const d = (() => { for (let dd = dayAt(0.3); dd < DAYS; dd++) if (dow(dd) === 6) return dd; return dayAt(0.3); })(); // a Saturday
  const t = START + d * DAY + 17.4 * HOUR + jit();
  const n = hostNet('datacamp', 'STO'), sid = guid(), c = guid();
  signin({ u: a, t, inter: true, app: APP.azurePortal, res: RES.arm, n, dev: noDev('Windows10', 'Chrome 130.0.0'), ua: UA.chromeWin(), sid, corr: c, code: 50074, steps: STEPS.mfaRequired(t), req: 'multiFactorAuthentication', scen: S });
  signin({ u: a, t: t + 41e3, inter: true, app: APP.azurePortal, res: RES.arm, n, dev: noDev('Windows10', 'Chrome 130.0.0'), ua: UA.chromeWin(), sid, corr: c, steps: STEPS.mfaPush(t), req: 'multiFactorAuthentication', scen: S });
  for (let tt = t + 3 * MIN; tt < t + 40 * MIN; tt += uni(4, 10) * MIN) signin({ u: a, t: tt, inter: false, app: APP.azurePortal, res: RES.graph, n, dev: noDev('Windows10', 'Chrome 130.0.0'), ua: UA.chromeWin(), sid, req: 'multiFactorAuthentication', scen: S });
  consent(a, t + 17 * MIN, n.ip, { name: 'Mailbox Archive Assistant', appId: guid(), spId: guid(), new: true }, ' Mail.ReadWrite User.Read offline_access', 'AllPrincipals', S);
}

function attackMfaFatigue() {
  const S = 'mfa-fatigue', v = V.mfa;
  const d = (() => { for (let dd = dayAt(0.85); dd < DAYS; dd++) if (dow(dd) === 0) return dd; return dayAt(0.85); })(); // Sunday
  let t = START + d * DAY + 0.65 * HOUR + jit(); // 02:40 CEST
  const ips = [0, 1, 2].map(() => hostNet('orange_pl', 'WAW'));
  const ua = UA.edgeWin();
  const nPush = int(18, 24);
  for (let i = 0; i < nPush; i++) {
    const n = ips[Math.min(2, Math.floor(i / 8))], c = guid();
    signin({ u: v, t, inter: true, app: APP.officeHome, res: RES.officeHome, n, dev: noDev('Windows10', 'Edge 129.0.0'), ua, sid: guid(), corr: c, code: 500121, steps: chance(0.6) ? STEPS.pushTimeout(t) : STEPS.pushDenied(t), req: 'multiFactorAuthentication', scen: S });
    t += uni(2, 5.5) * MIN;
  }
  const n = ips[2], sid = guid(), c = guid();
  signin({ u: v, t, inter: true, app: APP.officeHome, res: RES.officeHome, n, dev: noDev('Windows10', 'Edge 129.0.0'), ua, sid, corr: c, steps: STEPS.mfaPush(t), req: 'multiFactorAuthentication', scen: S });
  audit({ t: t + 6 * MIN, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', idPrefix: 'UserManagement', opType: 'Add', by: { user: v, ip: n.ip }, targets: [userTarget(v, [])], reason: 'User registered Authenticator App with Notification and Code', scen: S });
  audit({ t: t + 7 * MIN, activity: 'User changed default security info', category: 'UserManagement', service: 'Authentication Methods', idPrefix: 'UserManagement', opType: 'Update', by: { user: v, ip: n.ip }, targets: [userTarget(v, [])], reason: 'User changed default security info from Authenticator App notification to Authenticator App notification', scen: S });
  for (let tt = t + 2 * MIN; tt < t + 70 * MIN; tt += uni(8, 18) * MIN) signin({ u: v, t: tt, inter: false, app: pick([APP.officeHome, APP.exo]), res: pick([RES.exo, RES.graph]), n, dev: noDev('Windows10', 'Edge 129.0.0'), ua, sid, req: 'multiFactorAuthentication', scen: S });
}

// ---------------------------------------------------------------- run
// Attack infrastructure first so benign IP allocation never collides with it.
const attacks = [attackSpray, attackVscode, attackDeviceCode, attackReplay, attackAdminBackdoor, attackFic, attackTenantConsent, attackMfaFatigue];
// Reserve attacker IPs by running attacks after benign population but with 'attack' ownership
// (mkIp refuses addresses already owned by benign and vice versa).
for (const d of devs) if (chance(0.15)) d.deviceCodeDev = true;

for (const u of users) {
  if (u.kinds.has('newhire')) onboard(u);
  if (u.kinds.has('traveller')) { travellerDays(u); continue; }
  for (let d = u.startDay; d < DAYS; d++) {
    const ctx = normalCtx(u, d);
    if (u.kinds.has('newhire') && d === u.startDay) ctx.allow = [START + d * DAY - u.tz * HOUR + (u.workStart + 1.2) * HOUR, END];
    dayActivity(u, d, ctx);
  }
}
for (const s of services) serviceActivity(s);
for (const g of guests) guestActivity(g);
for (const g of guests) if (g.newGuest >= 0) {
  const o = pick(collabOwners), t = START + (g.newGuest) * DAY + uni(7, 9) * HOUR;
  audit({ t, activity: 'Invite external user', category: 'UserManagement', service: 'Invited Users', idPrefix: 'B2B', opType: 'Add', by: { user: o, ip: usualIp(o, t) }, targets: [{ id: g.id, displayName: g.name, type: 'User', upn: g.upn }], details: [{ key: 'invitedUserEmailAddress', value: g.upn }] });
  audit({ t: t + 5 * HOUR, activity: 'Redeem external user invite', category: 'UserManagement', service: 'Invited Users', idPrefix: 'B2B', opType: 'Update', by: { user: g, ip: g.net.ip }, targets: [{ id: g.id, displayName: g.name, type: 'User', upn: g.upn }] });
}
benignAudit();
for (const a of attacks) a();

// Accounts the attacker actually controlled or abused (the spray also lists every targeted account in `users`).
const VICTIMS = {
  'spray-slow-rotating': [V.spray1, V.spray2], 'vscode-oauth-phish': [V.vscode], 'device-code-phish': [V.devcode], 'token-replay': [V.replay],
  'admin-app-backdoor': [V.admin5], 'fic-backdoor': [V.fic], 'tenantwide-mail-consent': [V.admin7], 'mfa-fatigue': [V.mfa],
};

// ---------------------------------------------------------------- write
fs.mkdirSync(OUT, { recursive: true });
function writeNd(file, rows) {
  rows.sort((a, b) => a[0] - b[0]);
  const fd = fs.openSync(path.join(OUT, file), 'w');
  let buf = [];
  for (const r of rows) {
    buf.push(r[1]);
    if (buf.length >= 2000) { fs.writeSync(fd, buf.join('\n') + '\n'); buf = []; }
  }
  if (buf.length) fs.writeSync(fd, buf.join('\n') + '\n');
  fs.closeSync(fd);
  return rows.length;
}
const counts = { signins: writeNd('signins.ndjson', OUTS.int), noninteractive: writeNd('noninteractive.ndjson', OUTS.non), audit: writeNd('audit.ndjson', OUTS.audit) };
const truth = {
  generator: 'holdout',
  seed: SEED,
  period: { from: iso(START), to: iso(END) },
  scenarios: Object.values(scen).map((s) => ({ name: s.name, description: s.description, users: [...s.users], victims: VICTIMS[s.name].map((u) => u.upn), ips: [...s.ips], from: iso(s.from), to: iso(s.to) })),
  benign: {
    signins: benignSignins,
    travellers: travelTruth,
    shift_workers: shiftWorkers.map((u) => u.upn),
    service_accounts: services.map((u) => u.upn),
    new_hires: newHires.map((u) => u.upn),
    mobile_heavy: mobileHeavy.map((u) => u.upn),
    vpn_users: vpnUsers.map((u) => u.upn),
    guests: guests.map((g) => g.upn),
    admins: admins.map((u) => u.upn),
  },
  counts,
};
fs.writeFileSync(path.join(OUT, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
console.error(`holdout: wrote ${counts.signins} interactive, ${counts.noninteractive} non-interactive, ${counts.audit} audit records to ${OUT} (benign sign-ins ${benignSignins})`);
