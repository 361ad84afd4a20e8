// Networks and places. Every address the generator uses comes from here, with the city / state / country / ASN the
// sign-in log would carry for it. Prefixes follow the real operators' public allocations as far as the author knows
// them (see README, "Honest caveats"); nothing here is a real organisation's address.

const f = (x) => Math.fround(x); // Entra's coordinates are single-precision values widened to double

export function place(city, state, cc, lat, lon) { return { city, state, cc, lat, lon }; }

export const P = {
  MEL: place('Melbourne', 'Victoria', 'AU', -37.8136, 144.9631),
  DOCKLANDS: place('Docklands', 'Victoria', 'AU', -37.8155, 144.9436),
  PORTMEL: place('Port Melbourne', 'Victoria', 'AU', -37.8395, 144.9410),
  SYD: place('Sydney', 'New South Wales', 'AU', -33.8688, 151.2093),
  BNE: place('Brisbane', 'Queensland', 'AU', -27.4698, 153.0251),
  LYTTON: place('Lytton', 'Queensland', 'AU', -27.4126, 153.1540),
  PER: place('Perth', 'Western Australia', 'AU', -31.9523, 115.8613),
  FRE: place('Fremantle', 'Western Australia', 'AU', -32.0569, 115.7439),
  AKL: place('Auckland', 'Auckland', 'NZ', -36.8485, 174.7633),
  TRG: place('Tauranga', 'Bay of Plenty', 'NZ', -37.6878, 176.1651),
  WLG: place('Wellington', 'Wellington', 'NZ', -41.2865, 174.7762),
  SIN: place('Singapore', 'Singapore', 'SG', 1.2897, 103.8501),
  NOU: place('Nouméa', 'South Province', 'NC', -22.2758, 166.4580),
  SUV: place('Suva', 'Central', 'FJ', -18.1248, 178.4501),
  DXB: place('Dubai', 'Dubai', 'AE', 25.2048, 55.2708),
  RTM: place('Rotterdam', 'South Holland', 'NL', 51.9244, 4.4777),
  AMS: place('Amsterdam', 'North Holland', 'NL', 52.3676, 4.9041),
  LAX: place('Los Angeles', 'California', 'US', 34.0522, -118.2437),
  SHA: place('Shanghai', 'Shanghai', 'CN', 31.2304, 121.4737),
  HAM: place('Hamburg', 'Hamburg', 'DE', 53.5511, 9.9937),
  HKG: place('Hong Kong', 'Hong Kong', 'HK', 22.3193, 114.1694),
};

/** A network: operator, ASN, and how an address is drawn. `base` is a list of /16 or /24 stems. */
export function net(key, asn, operator, pl, stems, opts = {}) {
  return { key, asn, operator, place: pl, stems, kind: opts.kind || 'isp', trusted: !!opts.trusted, name: opts.name || null };
}

/** Draw an address from a network. */
export function addr(rng, n) {
  const s = rng.pick(n.stems);
  const parts = s.split('.').length;
  if (parts === 4) return s;
  if (parts === 3) return `${s}.${rng.int(2, 253)}`;
  return `${s}.${rng.int(0, 255)}.${rng.int(2, 253)}`;
}

export function loc(pl, jitter = 0, rng = null) {
  let lat = pl.lat, lon = pl.lon;
  if (jitter && rng) { lat += rng.normal(0, jitter); lon += rng.normal(0, jitter); }
  return { city: pl.city, state: pl.state, cc: pl.cc, lat: f(lat), lon: f(lon) };
}

// Corporate egress (trusted named location "TML Corporate Networks")
export const CORP = {
  MEL_HQ:   net('mel-hq', 1221, 'Telstra', P.DOCKLANDS, ['203.45.118.10', '203.45.118.11'], { kind: 'corp', trusted: true }),
  MEL_DC:   net('mel-dc', 1221, 'Telstra', P.MEL, ['203.45.118.40'], { kind: 'corp', trusted: true }),
  MEL_TERM: net('mel-term', 1221, 'Telstra', P.PORTMEL, ['203.45.120.34', '203.45.120.35'], { kind: 'corp', trusted: true }),
  SYD:      net('syd', 4826, 'Vocus', P.SYD, ['202.92.208.18'], { kind: 'corp', trusted: true }),
  BNE:      net('bne', 1221, 'Telstra', P.BNE, ['203.46.91.66'], { kind: 'corp', trusted: true }),
  BNE_TERM: net('bne-term', 1221, 'Telstra', P.LYTTON, ['203.46.94.20'], { kind: 'corp', trusted: true }),
  FRE_TERM: net('fre-term', 1221, 'Telstra', P.FRE, ['144.139.201.130', '144.139.201.131'], { kind: 'corp', trusted: true }),
  AKL:      net('akl', 4771, 'Spark New Zealand', P.AKL, ['122.56.237.20'], { kind: 'corp', trusted: true }),
  SIN:      net('sin', 3758, 'SingNet', P.SIN, ['203.126.140.77'], { kind: 'corp', trusted: true }),
};

// Zscaler Internet Access egress (secure web gateway for always-on corporate laptops)
export const ZS = {
  SYD: net('zs-syd', 53813, 'Zscaler', P.SYD, ['165.225.114'], { kind: 'swg' }),
  MEL: net('zs-mel', 53813, 'Zscaler', P.MEL, ['165.225.226'], { kind: 'swg' }),
  AKL: net('zs-akl', 53813, 'Zscaler', P.AKL, ['136.226.230'], { kind: 'swg' }),
  SIN: net('zs-sin', 53813, 'Zscaler', P.SIN, ['147.161.214'], { kind: 'swg' }),
  AMS: net('zs-ams', 53813, 'Zscaler', P.AMS, ['165.225.240'], { kind: 'swg' }),
};

// Home broadband, by country: [network, weight]
export const HOME = {
  AU: [
    [net('telstra-home', 1221, 'Telstra', null, ['58.160', '58.168', '120.144', '120.152', '101.164']), 40],
    [net('tpg-home', 7545, 'TPG Telecom', null, ['27.32', '27.33', '124.170', '110.174']), 25],
    [net('optus-home', 4804, 'Optus', null, ['211.26', '211.28', '114.73']), 18],
    [net('abb-home', 4764, 'Aussie Broadband', null, ['180.150', '119.18']), 12],
    [net('iinet-home', 4739, 'iiNet', null, ['58.6', '121.44', '124.148']), 5],
  ],
  NZ: [
    [net('spark-home', 4771, 'Spark New Zealand', null, ['125.236', '125.237', '122.57']), 50],
    [net('onenz-home', 9500, 'One NZ', null, ['49.224', '49.225']), 30],
    [net('2deg-home', 23655, '2degrees', null, ['101.98', '101.100']), 20],
  ],
  SG: [
    [net('singnet-home', 3758, 'SingNet', null, ['116.86', '116.87', '118.200']), 55],
    [net('starhub-home', 4657, 'StarHub', null, ['27.104', '101.127']), 30],
    [net('m1-home', 17547, 'M1', null, ['175.156']), 15],
  ],
};

// Mobile carriers: addresses geolocate to the carrier's hub, not to the user (CGNAT)
export const MOBILE = {
  AU: [
    [net('telstra-mob', 1221, 'Telstra', null, ['1.128', '1.136', '1.144', '1.152']), 55],
    [net('optus-mob', 4804, 'Optus', null, ['49.176', '49.180', '49.184']), 45],
  ],
  NZ: [[net('onenz-mob', 9500, 'One NZ', null, ['49.229', '49.230']), 60], [net('spark-mob', 4771, 'Spark New Zealand', null, ['122.59']), 40]],
  SG: [[net('singtel-mob', 7473, 'Singtel', null, ['49.245', '111.65']), 100]],
};
export const MOBILE_HUBS = { AU: [P.SYD, P.MEL, P.BNE, P.PER], NZ: [P.AKL, P.WLG], SG: [P.SIN] };

// Maritime satellite: the address geolocates to the point of presence, not to the ship
export const STARLINK = net('starlink', 14593, 'Starlink', null, ['98.97.56', '98.97.57', '98.97.58', '129.222.196', '129.222.197']);
export const STARLINK_POPS = [P.SYD, P.AKL];

// Travel: hotels, airports, foreign ports
export const TRAVEL = {
  SIN_HOTEL: net('sin-hotel', 7473, 'Singtel', P.SIN, ['203.116.54', '203.116.55'], { kind: 'hotel' }),
  SIN_AIRPORT: net('sin-airport', 17547, 'M1', P.SIN, ['175.156.203'], { kind: 'airport' }),
  AKL_HOTEL: net('akl-hotel', 9790, '2degrees (Vocus NZ)', P.AKL, ['203.109.210', '203.109.211'], { kind: 'hotel' }),
  DXB_AIRPORT: net('dxb-airport', 5384, 'Emirates Telecommunications', P.DXB, ['94.200.112', '94.200.113'], { kind: 'airport' }),
  RTM_HOTEL: net('rtm-hotel', 1136, 'KPN', P.RTM, ['86.86.212', '86.86.213'], { kind: 'hotel' }),
  NOU_HOTEL: net('nou-hotel', 18200, 'OPT Nouvelle-Caledonie', P.NOU, ['202.22.228'], { kind: 'hotel' }),
  SUV_PORT: net('suv-port', 9241, 'Telecom Fiji', P.SUV, ['202.170.46'], { kind: 'hotel' }),
  LAX_HOTEL: net('lax-hotel', 20001, 'Charter Communications', P.LAX, ['76.91.148'], { kind: 'hotel' }),
  TRG_PORT: net('trg-port', 4771, 'Spark New Zealand', P.TRG, ['122.56.98'], { kind: 'hotel' }),
  WLG_HOTEL: net('wlg-hotel', 9500, 'One NZ', P.WLG, ['49.226.141'], { kind: 'hotel' }),
};

// Cloud used honestly
export const CLOUD = {
  AWS_SYD: net('aws-syd', 16509, 'Amazon.com', P.SYD, ['13.236.84.17', '3.104.29.201'], { kind: 'cloud' }),
  AZ_AUE: net('azure-aue', 8075, 'Microsoft Corporation', P.SYD, ['20.5.112.44', '20.5.112.45', '20.211.64.130'], { kind: 'cloud' }),
};

// Partner organisations' own networks (guests' home)
export const PARTNER = {
  SHA: net('cn-telecom-sha', 4812, 'China Telecom', P.SHA, ['116.224', '116.228']),
  HAM: net('dtag-ham', 3320, 'Deutsche Telekom', P.HAM, ['79.192', '87.178']),
  LAX: net('spectrum-lax', 20001, 'Charter Communications', P.LAX, ['76.88', '76.90']),
  WLG: net('onenz-wlg', 9500, 'One NZ', P.WLG, ['49.226']),
  SIN: net('starhub-sin', 4657, 'StarHub', P.SIN, ['27.125']),
  BNE: net('abb-bne', 4764, 'Aussie Broadband', P.BNE, ['180.150']),
  MEL: net('tpg-mel', 7545, 'TPG Telecom', P.MEL, ['27.34']),
};
