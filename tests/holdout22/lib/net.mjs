// Networks of the Mavuno Cooperative Bank tenant: geolocation points, egress addresses, ASNs.
// Every address used anywhere in the population is registered here (ip -> asn + location) so the
// sign-in builder can fill location / autonomousSystemNumber consistently.

export const GEO = {
  nairobi: ['Nairobi', 'Nairobi County', 'KE', -1.2864, 36.8172],
  upperhill: ['Nairobi', 'Nairobi County', 'KE', -1.2986, 36.8155],
  mombasa: ['Mombasa', 'Mombasa County', 'KE', -4.0435, 39.6682],
  kisumu: ['Kisumu', 'Kisumu County', 'KE', -0.0917, 34.768],
  nakuru: ['Nakuru', 'Nakuru County', 'KE', -0.3031, 36.08],
  eldoret: ['Eldoret', 'Uasin Gishu County', 'KE', 0.5143, 35.2698],
  thika: ['Thika', 'Kiambu County', 'KE', -1.0388, 37.0834],
  kampala: ['Kampala', 'Central Region', 'UG', 0.3476, 32.5825],
  mbale: ['Mbale', 'Eastern Region', 'UG', 1.0827, 34.1752],
  gulu: ['Gulu', 'Northern Region', 'UG', 2.7747, 32.299],
  daressalaam: ['Dar es Salaam', 'Dar es Salaam', 'TZ', -6.7924, 39.2083],
  arusha: ['Arusha', 'Arusha', 'TZ', -3.3869, 36.683],
  kigali: ['Kigali', 'Kigali', 'RW', -1.9441, 30.0619],
  dubai: ['Dubai', 'Dubai', 'AE', 25.2048, 55.2708],
  london: ['London', 'England', 'GB', 51.5072, -0.1276],
  pune: ['Pune', 'Maharashtra', 'IN', 18.5204, 73.8567],
  mumbai: ['Mumbai', 'Maharashtra', 'IN', 19.076, 72.8777],
  johannesburg: ['Johannesburg', 'Gauteng', 'ZA', -26.2041, 28.0473],
  sandton: ['Sandton', 'Gauteng', 'ZA', -26.1076, 28.0567],
  pretoria: ['Pretoria', 'Gauteng', 'ZA', -25.7479, 28.2293],
  dublin: ['Dublin', 'Dublin', 'IE', 53.3498, -6.2603],
  amsterdam: ['Amsterdam', 'North Holland', 'NL', 52.3676, 4.9041],
};

const REG = new Map(); // ip -> { asn, geo:[city,state,cc,lat,lon], org, kind }

export function reg(ip, asn, geo, org, kind = 'other') {
  const g = typeof geo === 'string' ? GEO[geo] : geo;
  if (!g) throw new Error(`no geo for ${ip}: ${geo}`);
  REG.set(ip, { ip, asn, geo: g, org, kind });
  return ip;
}
export function ipInfo(ip) {
  const r = REG.get(ip);
  if (!r) throw new Error(`unregistered ip ${ip}`);
  return r;
}

// --- Head office (Upper Hill) and data centre -------------------------------------------------
export const HQ = [
  reg('196.201.214.70', 33771, 'upperhill', 'Safaricom Business fibre (HQ primary)', 'corp'),
  reg('41.212.98.34', 30844, 'nairobi', 'Liquid Telecom Kenya (HQ secondary)', 'corp'),
];
export const DC = reg('197.232.61.10', 30844, 'nairobi', 'Liquid Telecom Kenya (Nairobi data centre, servers)', 'corp');
export const DC_VPN = reg('197.232.61.20', 30844, 'nairobi', 'Liquid Telecom Kenya (data centre GlobalProtect VPN egress)', 'corp');
export const MOMBASA_CC = [
  reg('196.201.220.18', 33771, 'mombasa', 'Safaricom Business fibre (Mombasa call centre)', 'corp'),
  reg('41.215.130.6', 30844, 'nairobi', 'Liquid Telecom Kenya (Mombasa call centre backup link)', 'corp'),
];

// --- Branches ---------------------------------------------------------------------------------
// [code, town, county/region, cc, lat, lon, link]  link: sf = Safaricom Business, lq = Liquid, jt = Jamii, vsat, ug/tz carriers
const BR = [
  ['NBO', 'Nairobi CBD (Moi Avenue)', 'Nairobi County', 'KE', -1.2833, 36.8235, 'sf'],
  ['WLD', 'Westlands', 'Nairobi County', 'KE', -1.2676, 36.8108, 'lq'],
  ['ESL', 'Eastleigh', 'Nairobi County', 'KE', -1.2749, 36.8506, 'sf'],
  ['GTH', 'Githurai', 'Kiambu County', 'KE', -1.2009, 36.9117, 'jt'],
  ['KTG', 'Kitengela', 'Kajiado County', 'KE', -1.4756, 36.9617, 'sf'],
  ['THK', 'Thika', 'Kiambu County', 'KE', -1.0388, 37.0834, 'lq'],
  ['RUI', 'Ruiru', 'Kiambu County', 'KE', -1.1466, 36.9609, 'jt'],
  ['KBU', 'Kiambu', 'Kiambu County', 'KE', -1.1714, 36.8356, 'sf'],
  ['MKS', 'Machakos', 'Machakos County', 'KE', -1.5177, 37.2634, 'sf'],
  ['KTU', 'Kitui', 'Kitui County', 'KE', -1.3741, 38.0106, 'lq'],
  ['EMB', 'Embu', 'Embu County', 'KE', -0.5388, 37.4596, 'sf'],
  ['MRU', 'Meru', 'Meru County', 'KE', 0.0463, 37.6559, 'lq'],
  ['NYK', 'Nanyuki', 'Laikipia County', 'KE', 0.0167, 37.0728, 'sf'],
  ['NYR', 'Nyeri', 'Nyeri County', 'KE', -0.4201, 36.9476, 'sf'],
  ['MRG', "Murang'a", "Murang'a County", 'KE', -0.7210, 37.1526, 'jt'],
  ['KRG', 'Kerugoya', 'Kirinyaga County', 'KE', -0.4989, 37.2803, 'sf'],
  ['NKR', 'Nakuru', 'Nakuru County', 'KE', -0.3031, 36.08, 'lq'],
  ['NVS', 'Naivasha', 'Nakuru County', 'KE', -0.7172, 36.4310, 'sf'],
  ['NRK', 'Narok', 'Narok County', 'KE', -1.0876, 35.8711, 'sf'],
  ['KRC', 'Kericho', 'Kericho County', 'KE', -0.3689, 35.2863, 'lq'],
  ['BMT', 'Bomet', 'Bomet County', 'KE', -0.7813, 35.3416, 'sf'],
  ['ELD', 'Eldoret', 'Uasin Gishu County', 'KE', 0.5143, 35.2698, 'lq'],
  ['KTL', 'Kitale', 'Trans-Nzoia County', 'KE', 1.0157, 35.0062, 'sf'],
  ['KPS', 'Kapsabet', 'Nandi County', 'KE', 0.2039, 35.105, 'jt'],
  ['KKG', 'Kakamega', 'Kakamega County', 'KE', 0.2827, 34.7519, 'sf'],
  ['BGM', 'Bungoma', 'Bungoma County', 'KE', 0.5635, 34.5606, 'sf'],
  ['BUS', 'Busia', 'Busia County', 'KE', 0.4608, 34.1115, 'lq'],
  ['KSM', 'Kisumu', 'Kisumu County', 'KE', -0.0917, 34.768, 'lq'],
  ['KSI', 'Kisii', 'Kisii County', 'KE', -0.6817, 34.7667, 'sf'],
  ['MGR', 'Migori', 'Migori County', 'KE', -1.0634, 34.4731, 'sf'],
  ['HMB', 'Homa Bay', 'Homa Bay County', 'KE', -0.5273, 34.4571, 'jt'],
  ['MSA', 'Mombasa (Digo Road)', 'Mombasa County', 'KE', -4.0608, 39.6698, 'sf'],
  ['MLD', 'Malindi', 'Kilifi County', 'KE', -3.2175, 40.1191, 'lq'],
  ['KLF', 'Kilifi', 'Kilifi County', 'KE', -3.6305, 39.8499, 'sf'],
  ['VOI', 'Voi', 'Taita-Taveta County', 'KE', -3.3961, 38.5561, 'sf'],
  ['GRS', 'Garissa', 'Garissa County', 'KE', -0.4532, 39.6461, 'vsat'],
  ['ISL', 'Isiolo', 'Isiolo County', 'KE', 0.3546, 37.5822, 'sf'],
  ['MSB', 'Marsabit', 'Marsabit County', 'KE', 2.3284, 37.9899, 'vsat'],
  ['LDW', 'Lodwar', 'Turkana County', 'KE', 3.1191, 35.5973, 'vsat'],
  ['KJD', 'Kajiado', 'Kajiado County', 'KE', -1.8524, 36.7768, 'jt'],
  ['KLA', 'Kampala (Kampala Road)', 'Central Region', 'UG', 0.3136, 32.5811, 'ug'],
  ['MBL', 'Mbale', 'Eastern Region', 'UG', 1.0827, 34.1752, 'ug'],
  ['GUL', 'Gulu', 'Northern Region', 'UG', 2.7747, 32.299, 'ug'],
  ['ARK', 'Arusha', 'Arusha', 'TZ', -3.3869, 36.683, 'tz'],
  ['DAR', 'Dar es Salaam (Kariakoo)', 'Dar es Salaam', 'TZ', -6.8184, 39.2731, 'tz'],
];

export const BRANCHES = BR.map(([code, town, county, cc, lat, lon, link], i) => {
  let ip, asn, org, geo;
  const own = [town.replace(/ \(.*\)/, ''), county, cc, lat, lon];
  if (link === 'sf') { ip = `196.201.${200 + (i % 40)}.${10 + i * 3}`; asn = 33771; org = 'Safaricom Business fibre'; geo = i % 3 === 0 ? own : GEO.nairobi; }
  else if (link === 'lq') { ip = `41.215.${20 + i}.${30 + i}`; asn = 30844; org = 'Liquid Telecom Kenya'; geo = i % 2 ? own : GEO.nairobi; }
  else if (link === 'jt') { ip = `197.254.${60 + i}.${100 + i}`; asn = 36866; org = 'Jamii Telecommunications (Faiba Business)'; geo = GEO.nairobi; }
  else if (link === 'vsat') { ip = `154.66.${240 + (i % 10)}.${20 + i}`; asn = 30988; org = 'iWayAfrica VSAT (geolocates to the teleport in Johannesburg)'; geo = GEO.johannesburg; }
  else if (link === 'ug') { ip = `41.202.${230 + (i % 20)}.${40 + i}`; asn = 21491; org = 'Uganda Telecom / business fibre'; geo = cc === 'UG' ? own : GEO.kampala; }
  else { ip = `41.59.${80 + (i % 20)}.${12 + i}`; asn = 33765; org = 'TTCL business fibre'; geo = i % 2 ? own : GEO.daressalaam; }
  reg(ip, asn, geo, `${org} (branch ${code})`, 'branch');
  return { code, town: town, county, cc, lat, lon, link, ip, tz: 3 };
});

// --- Mobile carriers (carrier-grade NAT: many users behind a handful of egress addresses) -----
function pool(prefixes, asn, geoPick, org) {
  const out = [];
  prefixes.forEach((p, i) => out.push(reg(p, asn, geoPick(i), org, 'cgnat')));
  return out;
}
export const CARRIERS = {
  safaricom: pool(['105.160.12.41', '105.160.44.7', '105.160.97.180', '105.161.3.22', '105.161.58.201', '105.161.143.66', '105.163.20.9', '105.163.77.130', '105.163.201.14', '105.165.8.250', '105.165.66.73', '105.165.190.5', '105.167.31.88', '105.167.112.19'],
    33771, (i) => (i === 4 ? GEO.mombasa : i === 9 ? GEO.kisumu : i === 12 ? GEO.nakuru : GEO.nairobi), 'Safaricom PLC mobile data (CGNAT)'),
  airtelke: pool(['41.90.64.12', '41.90.101.77', '41.90.180.3', '41.90.211.145', '41.80.14.60', '41.80.97.201'], 36926, (i) => (i === 3 ? GEO.eldoret : GEO.nairobi), 'Airtel Networks Kenya mobile data (CGNAT)'),
  mtnug: pool(['41.210.141.9', '41.210.155.120', '41.210.160.47', '41.210.187.222'], 20294, () => GEO.kampala, 'MTN Uganda mobile data (CGNAT)'),
  airtelug: pool(['102.85.12.33', '102.85.140.18', '102.85.201.91'], 37075, () => GEO.kampala, 'Airtel Uganda mobile data (CGNAT)'),
  vodatz: pool(['197.250.2.77', '197.250.100.12', '197.250.199.4'], 36908, (i) => (i === 1 ? GEO.arusha : GEO.daressalaam), 'Vodacom Tanzania mobile data (CGNAT)'),
  airteltz: pool(['41.222.180.15', '41.222.182.240'], 37133, () => GEO.daressalaam, 'Airtel Tanzania mobile data (CGNAT)'),
  mtnrw: pool(['41.186.25.61', '41.186.77.140'], 36924, () => GEO.kigali, 'MTN Rwanda mobile data'),
  vodacomza: pool(['41.13.22.180', '41.13.140.7', '41.13.201.66'], 29975, (i) => (i === 2 ? GEO.pretoria : GEO.johannesburg), 'Vodacom South Africa mobile data (CGNAT)'),
  jio: pool(['49.36.33.17', '49.36.120.201', '49.37.11.90', '49.37.180.44', '49.36.210.6'], 55836, (i) => (i === 3 ? GEO.mumbai : GEO.pune), 'Reliance Jio Infocomm (CGNAT)'),
};

// --- Residential broadband (one address per household, rotating now and then) -----------------
let homeSeq = 0;
export function homeIp(rng, where) {
  homeSeq++;
  const n = homeSeq;
  const a = 10 + ((Math.floor(n / 240) * 29) % 230), b = 5 + ((n * 97) % 240);
  if (where === 'nairobi') {
    const r = rng.next();
    if (r < 0.45) return reg(`102.68.${a}.${b}`, 33771, rng.chance(0.8) ? 'nairobi' : 'thika', 'Safaricom Home Fibre', 'home');
    if (r < 0.8) return reg(`197.237.${a}.${b}`, 15808, 'nairobi', 'Wananchi Group (Zuku)', 'home');
    return reg(`102.220.${a}.${b}`, 37061, 'nairobi', 'Jamii Telecommunications (Faiba Home)', 'home');
  }
  if (where === 'mombasa') return reg(`197.156.${a}.${b}`, 15808, 'mombasa', 'Wananchi Group (Zuku) Mombasa', 'home');
  if (where === 'pune') return rng.chance(0.5) ? reg(`106.51.${a}.${b}`, 24309, 'pune', 'Atria Convergence Technologies (ACT Fibernet)', 'home')
    : reg(`122.171.${a}.${b}`, 24560, 'pune', 'Bharti Airtel broadband', 'home');
  if (where === 'johannesburg') return reg(`102.132.${a}.${b}`, 37680, rng.chance(0.6) ? 'johannesburg' : 'sandton', 'Vumatel / Afrihost fibre', 'home');
  if (where === 'kampala') return reg(`41.75.${a}.${b}`, 37113, 'kampala', 'Roke Telkom home', 'home');
  throw new Error(where);
}

// --- Contractor (Pune) and auditor (Johannesburg) offices ----------------------------------------
export const PUNE_OFFICE = [
  reg('115.113.38.66', 4755, 'pune', 'Tata Communications (Sahyadri Softech, Hinjewadi office)', 'partner'),
  reg('182.73.12.90', 9498, 'pune', 'Bharti Airtel business (Sahyadri Softech backup)', 'partner'),
];
export const JNB_OFFICE = reg('196.38.80.14', 3741, 'sandton', 'Dimension Data / Internet Solutions (Khumalo Ndlovu & Partners, Sandton)', 'partner');

// --- Executive travel ---------------------------------------------------------------------------
export const TRAVEL = {
  dubaiHotel: reg('94.200.34.118', 5384, 'dubai', 'Emirates Telecommunications (hotel Wi-Fi, Dubai)', 'travel'),
  dubaiConf: reg('83.110.92.41', 15802, 'dubai', 'du (Dubai World Trade Centre Wi-Fi)', 'travel'),
  londonHotel: reg('86.162.77.19', 2856, 'london', 'British Telecommunications (hotel Wi-Fi, London)', 'travel'),
  londonOffice: reg('82.132.219.40', 5089, 'london', 'Virgin Media business (correspondent bank office, London)', 'travel'),
  kigaliHotel: reg('197.243.20.65', 37228, 'kigali', 'Liquid Telecom Rwanda (hotel Wi-Fi, Kigali)', 'travel'),
  jkiaLounge: reg('41.139.156.10', 37061, 'nairobi', 'JKIA lounge Wi-Fi', 'travel'),
};
