// Places (Entra's geolocation granularity: city, state, country, coordinates) and UTC offsets in January 2026.
export const CITIES = {
  YYZ: ['Mississauga', 'Ontario', 'CA', 43.589, -79.6441, -5],
  TOR: ['Toronto', 'Ontario', 'CA', 43.6532, -79.3832, -5],
  BRA: ['Brampton', 'Ontario', 'CA', 43.7315, -79.7624, -5],
  HAM: ['Hamilton', 'Ontario', 'CA', 43.2557, -79.8711, -5],
  OAK: ['Oakville', 'Ontario', 'CA', 43.4675, -79.6877, -5],
  OTT: ['Ottawa', 'Ontario', 'CA', 45.4215, -75.6972, -5],
  YVR: ['Richmond', 'British Columbia', 'CA', 49.1666, -123.1336, -8],
  VAN: ['Vancouver', 'British Columbia', 'CA', 49.2827, -123.1207, -8],
  BUR: ['Burnaby', 'British Columbia', 'CA', 49.2488, -122.9805, -8],
  SUR: ['Surrey', 'British Columbia', 'CA', 49.1913, -122.849, -8],
  VIC: ['Victoria', 'British Columbia', 'CA', 48.4284, -123.3656, -8],
  KEL: ['Kelowna', 'British Columbia', 'CA', 49.888, -119.496, -8],
  YYC: ['Calgary', 'Alberta', 'CA', 51.0447, -114.0719, -7],
  EDM: ['Edmonton', 'Alberta', 'CA', 53.5461, -113.4938, -7],
  WPG: ['Winnipeg', 'Manitoba', 'CA', 49.8951, -97.1384, -6],
  YUL: ['Montreal', 'Quebec', 'CA', 45.5019, -73.5674, -5],
  YHZ: ['Halifax', 'Nova Scotia', 'CA', 44.6488, -63.5752, -4],
  LHR: ['Hounslow', 'England', 'GB', 51.4706, -0.4543, 0],
  LON: ['London', 'England', 'GB', 51.5074, -0.1278, 0],
  FRA: ['Frankfurt am Main', 'Hessen', 'DE', 50.1109, 8.6821, 1],
  NRT: ['Narita', 'Chiba', 'JP', 35.772, 140.3929, 9],
  TYO: ['Tokyo', 'Tokyo', 'JP', 35.6762, 139.6503, 9],
  HKG: ['Hong Kong', 'Hong Kong', 'HK', 22.3193, 114.1694, 8],
  SYD: ['Sydney', 'New South Wales', 'AU', -33.8688, 151.2093, 11],
  LAX: ['Los Angeles', 'California', 'US', 34.0522, -118.2437, -8],
  JFK: ['New York', 'New York', 'US', 40.7128, -74.006, -5],
  MEX: ['Mexico City', 'Ciudad de Mexico', 'MX', 19.4326, -99.1332, -6],
  GRU: ['Sao Paulo', 'Sao Paulo', 'BR', -23.5505, -46.6333, -3],
  DEL: ['New Delhi', 'Delhi', 'IN', 28.6139, 77.209, 5.5],
  DXB: ['Dubai', 'Dubai', 'AE', 25.2048, 55.2708, 4],
  HNL: ['Honolulu', 'Hawaii', 'US', 21.3069, -157.8583, -10],
  CUN: ['Cancun', 'Quintana Roo', 'MX', 21.1619, -86.8515, -5],
  PUJ: ['Punta Cana', 'La Altagracia', 'DO', 18.5601, -68.3725, -4],
  LIS: ['Lisbon', 'Lisboa', 'PT', 38.7223, -9.1393, 0],
  VRA: ['Varadero', 'Matanzas', 'CU', 23.1394, -81.2861, -5],
  MCO: ['Orlando', 'Florida', 'US', 28.5383, -81.3792, -5],
  PHX: ['Phoenix', 'Arizona', 'US', 33.4484, -112.074, -7],
  MNL: ['Makati', 'Metro Manila', 'PH', 14.5547, 121.0244, 8],
  HYD: ['Hyderabad', 'Telangana', 'IN', 17.385, 78.4867, 5.5],
  DUB: ['Dublin', 'Dublin', 'IE', 53.3498, -6.2603, 0],
  CHI: ['Chicago', 'Illinois', 'US', 41.8781, -87.6298, -6],
  CBD: ['Carlsbad', 'California', 'US', 33.1581, -117.3506, -8],
  ASH: ['Ashburn', 'Virginia', 'US', 39.0438, -77.4874, -5],
  AMS: ['Amsterdam', 'Noord-Holland', 'NL', 52.3676, 4.9041, 1],
  BOS: ['Boston', 'Massachusetts', 'US', 42.3601, -71.0589, -5],
  SEA: ['Seattle', 'Washington', 'US', 47.6062, -122.3321, -8],
  // places that only the planted attacks use
  BUH: ['Bucharest', 'Bucuresti', 'RO', 44.4268, 26.1025, 2],
  DAL: ['Dallas', 'Texas', 'US', 32.7767, -96.797, -6],
  LAG: ['Lagos', 'Lagos', 'NG', 6.5244, 3.3792, 1],
  HCM: ['Ho Chi Minh City', 'Ho Chi Minh', 'VN', 10.8231, 106.6297, 7],
  JKT: ['Jakarta', 'Jakarta', 'ID', -6.2088, 106.8456, 7],
  BOG: ['Bogota', 'Bogota D.C.', 'CO', 4.711, -74.0721, -5],
  IST: ['Istanbul', 'Istanbul', 'TR', 41.0082, 28.9784, 3],
  KIE: ['Kyiv', 'Kyiv City', 'UA', 50.4501, 30.5234, 2],
  WAW: ['Warsaw', 'Mazowieckie', 'PL', 52.2297, 21.0122, 1],
  ATL: ['Atlanta', 'Georgia', 'US', 33.749, -84.388, -5],
  MIA: ['Miami', 'Florida', 'US', 25.7617, -80.1918, -5],
  STO: ['Stockholm', 'Stockholm', 'SE', 59.3293, 18.0686, 1],
  SIN: ['Singapore', 'Singapore', 'SG', 1.3521, 103.8198, 8],
  KUL: ['Kuala Lumpur', 'Kuala Lumpur', 'MY', 3.139, 101.6869, 8],
};

export function location(city) {
  const c = CITIES[city];
  if (!c) throw new Error(`unknown city ${city}`);
  return { city: c[0], state: c[1], countryOrRegion: c[2], geoCoordinates: { altitude: null, latitude: c[3], longitude: c[4] } };
}
export const tzOf = (city) => CITIES[city][5];

const ipToInt = (s) => s.split('.').reduce((a, o) => a * 256 + Number(o), 0);
const intToIp = (n) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');

/** A network: an AS, the city its addresses geolocate to, and an address block (base, size). */
export class Net {
  constructor(key, asn, org, kind, city, base, size) {
    Object.assign(this, { key, asn, org, kind, city });
    this.base = ipToInt(base); this.size = size;
  }
  ip(i) { return intToIp(this.base + 1 + (Math.abs(i) % (this.size - 2))); }
  get loc() { return location(this.city); }
}
