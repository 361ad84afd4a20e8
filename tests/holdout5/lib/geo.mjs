// Networks and IP geolocation. Every IP address belongs to exactly one network, and a network has
// one geolocation (city, state, country, coordinates) and one autonomous system number, so an IP
// is geolocated the same way in every record. Address ranges are illustrative.

const C = {
  bergen: ['Bergen', 'Vestland', 'NO', 60.3913, 5.3221],
  askoy: ['Askøy', 'Vestland', 'NO', 60.4086, 5.2257],
  bjornafjorden: ['Osøyro', 'Vestland', 'NO', 60.1837, 5.4706],
  oslo: ['Oslo', 'Oslo', 'NO', 59.9139, 10.7522],
  gothenburg: ['Gothenburg', 'Västra Götaland', 'SE', 57.7089, 11.9746],
  molndal: ['Mölndal', 'Västra Götaland', 'SE', 57.6554, 12.0137],
  kungsbacka: ['Kungsbacka', 'Halland', 'SE', 57.4875, 12.0761],
  stockholm: ['Stockholm', 'Stockholm', 'SE', 59.3293, 18.0686],
  gavle: ['Gävle', 'Gävleborg', 'SE', 60.6749, 17.1413],
  aarhus: ['Aarhus', 'Central Jutland', 'DK', 56.1567, 10.2108],
  silkeborg: ['Silkeborg', 'Central Jutland', 'DK', 56.1697, 9.5451],
  randers: ['Randers', 'Central Jutland', 'DK', 56.4607, 10.0364],
  copenhagen: ['Copenhagen', 'Capital Region', 'DK', 55.6761, 12.5683],
  aberdeen: ['Aberdeen', 'Scotland', 'GB', 57.1497, -2.0943],
  stonehaven: ['Stonehaven', 'Scotland', 'GB', 56.9637, -2.2114],
  edinburgh: ['Edinburgh', 'Scotland', 'GB', 55.9533, -3.1883],
  newcastle: ['Newcastle upon Tyne', 'England', 'GB', 54.9783, -1.6178],
  gateshead: ['Gateshead', 'England', 'GB', 54.9527, -1.6034],
  london: ['London', 'England', 'GB', 51.5074, -0.1278],
  manchester: ['Manchester', 'England', 'GB', 53.4808, -2.2426],
  leeds: ['Leeds', 'England', 'GB', 53.8008, -1.5491],
  linkoping: ['Linköping', 'Östergötland', 'SE', 58.4108, 15.6214],
  amsterdam: ['Amsterdam', 'North Holland', 'NL', 52.3676, 4.9041],
  berlin: ['Berlin', 'Berlin', 'DE', 52.52, 13.405],
  hamburg: ['Hamburg', 'Hamburg', 'DE', 53.5511, 9.9937],
  frankfurt: ['Frankfurt am Main', 'Hesse', 'DE', 50.1109, 8.6821],
  falkenstein: ['Falkenstein', 'Saxony', 'DE', 50.4779, 12.3713],
  dublin: ['Dublin', 'Dublin', 'IE', 53.3498, -6.2603],
  zurich: ['Zurich', 'Zurich', 'CH', 47.3769, 8.5417],
  helsinki: ['Helsinki', 'Uusimaa', 'FI', 60.1699, 24.9384],
  bucharest: ['Bucharest', 'Bucharest', 'RO', 44.4268, 26.1025],
  roubaix: ['Roubaix', 'Hauts-de-France', 'FR', 50.6942, 3.1746],
  luxembourg: ['Luxembourg', 'Luxembourg', 'LU', 49.6116, 6.1319],
  newyork: ['New York', 'New York', 'US', 40.7128, -74.006],
  newark: ['Newark', 'New Jersey', 'US', 40.7357, -74.1724],
  cambridgema: ['Cambridge', 'Massachusetts', 'US', 42.3736, -71.1097],
  neworleans: ['New Orleans', 'Louisiana', 'US', 29.9511, -90.0715],
  sandiego: ['San Diego', 'California', 'US', 32.7157, -117.1611],
  carlsbad: ['Carlsbad', 'California', 'US', 33.1581, -117.3506],
  losangeles: ['Los Angeles', 'California', 'US', 34.0522, -118.2437],
  beauharnois: ['Beauharnois', 'Quebec', 'CA', 45.3151, -73.8779],
  saopaulo: ['São Paulo', 'Sao Paulo', 'BR', -23.5505, -46.6333],
  singapore: ['Singapore', 'Central Singapore', 'SG', 1.3521, 103.8198],
  tokyo: ['Tokyo', 'Tokyo', 'JP', 35.6762, 139.6503],
};

// [key, asn, kind, city, prefix]; prefix 'a.b.c' is a /24, 'a.b' a /16, 'v6:xxxx:xxxx' an IPv6 /32.
const NETS = [
  // Hospital group and medical school networks
  ['hosp-bgo', 39832, 'corp', 'bergen', '91.186.80'],
  ['dc-bgo', 39832, 'corp', 'bergen', '91.186.81'],
  ['uni-bgo', 224, 'corp', 'bergen', '158.37.218'],
  ['hosp-got', 3301, 'corp', 'gothenburg', '195.67.112'],
  ['uni-got', 1653, 'corp', 'gothenburg', '130.241.16'],
  ['hosp-aar', 3292, 'corp', 'aarhus', '193.88.140'],
  ['uni-aar', 1835, 'corp', 'aarhus', '130.225.16'],
  ['uni-abz', 786, 'corp', 'aberdeen', '139.133.204'],
  ['hosp-ncl', 786, 'corp', 'newcastle', '194.83.142'],
  ['azure-avd', 8075, 'cloud', 'gavle', '4.225.200'],
  ['aws-sto', 16509, 'cloud', 'stockholm', '13.48.112'],
  // Residential broadband
  ['res-telenor-bergen', 2119, 'res', 'bergen', '84.208'], ['res-telenor-askoy', 2119, 'res', 'askoy', '84.209'],
  ['res-telenor-bjornafjorden', 2119, 'res', 'bjornafjorden', '84.210'], ['res-telenor-oslo', 2119, 'res', 'oslo', '84.211'],
  ['res-altibox-bergen', 29695, 'res', 'bergen', '85.165'], ['res-altibox-askoy', 29695, 'res', 'askoy', '85.166'],
  ['res-telia-gothenburg', 3301, 'res', 'gothenburg', '78.70'], ['res-telia-molndal', 3301, 'res', 'molndal', '78.71'],
  ['res-telia-kungsbacka', 3301, 'res', 'kungsbacka', '78.72'], ['res-telia-stockholm', 3301, 'res', 'stockholm', '78.73'],
  ['res-bahnhof-gothenburg', 8473, 'res', 'gothenburg', '188.150'], ['res-bahnhof-molndal', 8473, 'res', 'molndal', '188.151'],
  ['res-comhem-gothenburg', 39651, 'res', 'gothenburg', '90.224'], ['res-comhem-kungsbacka', 39651, 'res', 'kungsbacka', '90.225'],
  ['res-tdc-aarhus', 3292, 'res', 'aarhus', '87.48'], ['res-tdc-silkeborg', 3292, 'res', 'silkeborg', '87.49'],
  ['res-tdc-randers', 3292, 'res', 'randers', '87.50'], ['res-tdc-copenhagen', 3292, 'res', 'copenhagen', '87.51'],
  ['res-stofa-aarhus', 9158, 'res', 'aarhus', '80.62'], ['res-stofa-silkeborg', 9158, 'res', 'silkeborg', '80.63'],
  ['res-bt-aberdeen', 2856, 'res', 'aberdeen', '86.128'], ['res-bt-stonehaven', 2856, 'res', 'stonehaven', '86.129'],
  ['res-bt-newcastle', 2856, 'res', 'newcastle', '86.130'], ['res-bt-gateshead', 2856, 'res', 'gateshead', '86.131'],
  ['res-bt-edinburgh', 2856, 'res', 'edinburgh', '86.132'],
  ['res-virgin-aberdeen', 5089, 'res', 'aberdeen', '82.24'], ['res-virgin-newcastle', 5089, 'res', 'newcastle', '82.25'],
  ['res-virgin-gateshead', 5089, 'res', 'gateshead', '82.26'], ['res-sky-aberdeen', 5607, 'res', 'aberdeen', '90.196'],
  ['res-sky-newcastle', 5607, 'res', 'newcastle', '90.197'],
  ['res-dt-hamburg', 3320, 'res', 'hamburg', '91.64'], ['res-dt-berlin', 3320, 'res', 'berlin', '91.65'],
  ['res-eir-dublin', 5466, 'res', 'dublin', '86.40'], ['res-comcast-cambridgema', 7922, 'res', 'cambridgema', '73.100'],
  // Mobile carriers (CGNAT; geolocated to the carrier's hub, not to the handset)
  ['mob-telenor', 2119, 'mobile', 'oslo', '77.16'], ['mob-telia-no', 12929, 'mobile', 'oslo', '176.11'],
  ['mob-telia-se', 3301, 'mobile', 'stockholm', '81.226'], ['mob-tele2-se', 1257, 'mobile', 'stockholm', '90.128'],
  ['mob-tdc', 3292, 'mobile', 'copenhagen', '5.186'], ['mob-telia-dk', 3308, 'mobile', 'copenhagen', '62.243'],
  ['mob-ee', 12576, 'mobile', 'london', 'v6:2a01:4c8'], ['mob-vodafone-uk', 25135, 'mobile', 'manchester', '82.132'],
  ['mob-three-uk', 60339, 'mobile', 'london', '92.40'],
  // iCloud Private Relay egress (iPhone Safari users)
  ['relay-akamai-oslo', 36183, 'relay', 'oslo', '172.225.80'], ['relay-cloudflare-london', 13335, 'relay', 'london', '104.28.40'],
  ['relay-akamai-stockholm', 36183, 'relay', 'stockholm', '172.225.81'], ['relay-akamai-copenhagen', 36183, 'relay', 'copenhagen', '172.225.82'],
  // Consumer VPN exits used by students
  ['vpn-nord-ams', 136787, 'vpn', 'amsterdam', '185.245.84'], ['vpn-nord-lon', 136787, 'vpn', 'london', '89.35.28'],
  ['vpn-nord-nyc', 136787, 'vpn', 'newyork', '45.134.140'], ['vpn-proton-zrh', 62371, 'vpn', 'zurich', '185.159.157'],
  ['vpn-mullvad-sto', 39351, 'vpn', 'stockholm', '193.138.218'], ['vpn-m247-oslo', 9009, 'vpn', 'oslo', '146.70.222'],
  // Travel
  ['air-schiphol', 1136, 'travel', 'amsterdam', '145.53.8'], ['air-viasat', 7155, 'travel', 'carlsbad', '8.37.96'],
  ['hotel-nola', 22773, 'travel', 'neworleans', '68.11.64'], ['conf-nola', 7018, 'travel', 'neworleans', '12.96.145'],
  ['hotel-sd', 20001, 'travel', 'sandiego', '76.88.12'], ['conf-sd', 7018, 'travel', 'sandiego', '12.130.40'],
  ['hotel-sg', 3758, 'travel', 'singapore', '116.88.20'], ['conf-sg', 4657, 'travel', 'singapore', '101.127.80'],
  ['hotel-tokyo', 2516, 'travel', 'tokyo', '106.128.50'],
  // Partner institutions and vendors (guests)
  ['inst-uoe', 786, 'corp', 'edinburgh', '129.215.24'], ['inst-ki', 1653, 'corp', 'stockholm', '130.237.40'],
  ['inst-charite', 680, 'corp', 'berlin', '141.20.60'], ['inst-harvard', 1742, 'corp', 'cambridgema', '128.103.90'],
  ['inst-ku', 1835, 'corp', 'copenhagen', '130.226.30'], ['vendor-medilab', 5413, 'corp', 'leeds', '212.57.230'],
  ['vendor-sectra', 3301, 'corp', 'linkoping', '193.12.76'],
  // Hosting providers (attacker infrastructure in this population)
  ['host-vultr-sao', 20473, 'hosting', 'saopaulo', '216.238.100'], ['host-vultr-ams', 20473, 'hosting', 'amsterdam', '45.32.232'],
  ['host-vultr-lax', 20473, 'hosting', 'losangeles', '45.63.60'], ['host-ovh-rbx', 16276, 'hosting', 'roubaix', '51.68.140'],
  ['host-ovh-bhs', 16276, 'hosting', 'beauharnois', '144.217.80'], ['host-linode-ewr', 63949, 'hosting', 'newark', '172.104.24'],
  ['host-frantech-lu', 53667, 'hosting', 'luxembourg', '104.244.76'], ['host-stark-ams', 44477, 'hosting', 'amsterdam', '94.131.102'],
  ['host-hetzner-hel', 24940, 'hosting', 'helsinki', '65.21.140'], ['host-hetzner-fsn', 24940, 'hosting', 'falkenstein', '88.198.42'],
  ['host-aeza-fra', 210644, 'hosting', 'frankfurt', '77.221.152'], ['res-rcs-bucharest', 8708, 'res', 'bucharest', '86.120'],
  ['host-m247-cph', 9009, 'hosting', 'copenhagen', '146.70.170'], ['host-do-lon', 14061, 'hosting', 'london', '178.62.60'],
  ['host-quadranet-lax', 8100, 'hosting', 'losangeles', '104.223.90'], ['host-clouvider-lon', 62240, 'hosting', 'london', '185.241.208'],
];

const byKey = new Map();
for (const [key, asn, kind, city, prefix] of NETS) {
  const [cityName, state, cc, lat, lon] = C[city];
  byKey.set(key, { key, asn, kind, city: cityName, state, cc, lat, lon, prefix, cityKey: city });
}

const ipOwner = new Map();

/** Network by key. */
export function net(key) {
  const n = byKey.get(key);
  if (!n) throw new Error(`unknown network ${key}`);
  return n;
}

/** The i-th address of a network (deterministic, unique within the network). */
export function ipOf(key, i) {
  const n = net(key);
  let ip;
  if (n.prefix.startsWith('v6:')) {
    const k = (i * 7919 + 4099) % 65521;
    ip = `${n.prefix.slice(3)}:${(0x1000 + (k % 0xe000)).toString(16)}:${((k * 31) & 0xffff).toString(16)}::${((k * 131) & 0xfff).toString(16) || '1'}`;
  } else if (n.prefix.split('.').length === 2) {
    const k = (i * 7919 + 1237) % 62500;
    ip = `${n.prefix}.${Math.floor(k / 250) + 2}.${(k % 250) + 2}`;
  } else {
    const k = (i * 37 + 11) % 250;
    ip = `${n.prefix}.${k + 2}`;
  }
  const prev = ipOwner.get(ip);
  if (prev && prev !== key) throw new Error(`IP ${ip} claimed by ${prev} and ${key}`);
  ipOwner.set(ip, key);
  return ip;
}

/** The network that owns an IP (after it was allocated). */
export function netOfIp(ip) {
  const k = ipOwner.get(ip);
  return k ? byKey.get(k) : undefined;
}

/** Graph signInLocation object for a network. */
export function graphLocation(n) {
  return { city: n.city, state: n.state, countryOrRegion: n.cc, geoCoordinates: { altitude: null, latitude: n.lat, longitude: n.lon } };
}

/** Portal CSV Location cell: "City, State, CC". */
export function portalLocation(n) {
  return `${n.city}, ${n.state}, ${n.cc}`;
}

/** Residential networks serving a city key (several ISPs). */
export function residentialFor(cityKey) {
  return NETS.filter(([k, , kind, city]) => kind === 'res' && city === cityKey && !k.includes('rcs')).map(([k]) => k);
}

export const SITES = {
  BGO: { code: 'BGO', cc: 'NO', tz: 1, hosp: 'hosp-bgo', uni: 'uni-bgo', homes: ['bergen', 'bergen', 'bergen', 'askoy', 'bjornafjorden'], mobiles: ['mob-telenor', 'mob-telenor', 'mob-telia-no'], relay: 'relay-akamai-oslo', name: 'Bergen' },
  GOT: { code: 'GOT', cc: 'SE', tz: 1, hosp: 'hosp-got', uni: 'uni-got', homes: ['gothenburg', 'gothenburg', 'molndal', 'kungsbacka'], mobiles: ['mob-telia-se', 'mob-tele2-se'], relay: 'relay-akamai-stockholm', name: 'Gothenburg' },
  AAR: { code: 'AAR', cc: 'DK', tz: 1, hosp: 'hosp-aar', uni: 'uni-aar', homes: ['aarhus', 'aarhus', 'silkeborg', 'randers'], mobiles: ['mob-tdc', 'mob-tdc', 'mob-telia-dk'], relay: 'relay-akamai-copenhagen', name: 'Aarhus' },
  ABZ: { code: 'ABZ', cc: 'GB', tz: 0, hosp: 'uni-abz', uni: 'uni-abz', homes: ['aberdeen', 'aberdeen', 'stonehaven'], mobiles: ['mob-ee', 'mob-vodafone-uk', 'mob-three-uk'], relay: 'relay-cloudflare-london', name: 'Aberdeen' },
  NCL: { code: 'NCL', cc: 'GB', tz: 0, hosp: 'hosp-ncl', uni: 'uni-abz', homes: ['newcastle', 'newcastle', 'gateshead'], mobiles: ['mob-ee', 'mob-vodafone-uk', 'mob-three-uk'], relay: 'relay-cloudflare-london', name: 'Newcastle' },
};

/** Size of the shared CGNAT / relay / NAT pool for a network kind. */
export function poolSize(key) {
  const n = net(key);
  return n.kind === 'mobile' ? 48 : n.kind === 'relay' ? 24 : n.kind === 'vpn' ? 12 : n.kind === 'corp' ? 6 : n.kind === 'travel' ? 10 : 40;
}
