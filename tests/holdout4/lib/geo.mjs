// Places and networks. Every address handed out is registered with a fixed ASN and a fixed
// geolocation (as a GeoIP database would give), so an address always "is" in the same city.
import { hash32 } from './rng.mjs';

// key: [city, state, country, lat, lon, tz]
const C = {
  rotterdam: ['Rotterdam', 'Zuid-Holland', 'NL', 51.9225, 4.4792, 'CET'],
  amsterdam: ['Amsterdam', 'Noord-Holland', 'NL', 52.3676, 4.9041, 'CET'],
  denhaag: ['Den Haag', 'Zuid-Holland', 'NL', 52.0705, 4.3007, 'CET'],
  delft: ['Delft', 'Zuid-Holland', 'NL', 52.0116, 4.3571, 'CET'],
  dordrecht: ['Dordrecht', 'Zuid-Holland', 'NL', 51.8133, 4.6901, 'CET'],
  zoetermeer: ['Zoetermeer', 'Zuid-Holland', 'NL', 52.0575, 4.4931, 'CET'],
  schiedam: ['Schiedam', 'Zuid-Holland', 'NL', 51.9192, 4.3886, 'CET'],
  utrecht: ['Utrecht', 'Utrecht', 'NL', 52.0907, 5.1214, 'CET'],
  venlo: ['Venlo', 'Limburg', 'NL', 51.3704, 6.1724, 'CET'],
  roermond: ['Roermond', 'Limburg', 'NL', 51.1942, 5.9870, 'CET'],
  eindhoven: ['Eindhoven', 'Noord-Brabant', 'NL', 51.4416, 5.4697, 'CET'],
  breda: ['Breda', 'Noord-Brabant', 'NL', 51.5719, 4.7683, 'CET'],
  nijmegen: ['Nijmegen', 'Gelderland', 'NL', 51.8126, 5.8372, 'CET'],
  maastricht: ['Maastricht', 'Limburg', 'NL', 50.8514, 5.6910, 'CET'],
  schiphol: ['Schiphol', 'Noord-Holland', 'NL', 52.3105, 4.7683, 'CET'],
  duisburg: ['Duisburg', 'Nordrhein-Westfalen', 'DE', 51.4344, 6.7623, 'CET'],
  duesseldorf: ['Düsseldorf', 'Nordrhein-Westfalen', 'DE', 51.2277, 6.7735, 'CET'],
  oberhausen: ['Oberhausen', 'Nordrhein-Westfalen', 'DE', 51.4963, 6.8638, 'CET'],
  moers: ['Moers', 'Nordrhein-Westfalen', 'DE', 51.4516, 6.6408, 'CET'],
  essen: ['Essen', 'Nordrhein-Westfalen', 'DE', 51.4556, 7.0116, 'CET'],
  dortmund: ['Dortmund', 'Nordrhein-Westfalen', 'DE', 51.5136, 7.4653, 'CET'],
  koeln: ['Köln', 'Nordrhein-Westfalen', 'DE', 50.9375, 6.9603, 'CET'],
  hamburg: ['Hamburg', 'Hamburg', 'DE', 53.5511, 9.9937, 'CET'],
  bremen: ['Bremen', 'Bremen', 'DE', 53.0793, 8.8017, 'CET'],
  hannover: ['Hannover', 'Niedersachsen', 'DE', 52.3759, 9.7320, 'CET'],
  frankfurt: ['Frankfurt am Main', 'Hessen', 'DE', 50.1109, 8.6821, 'CET'],
  eschborn: ['Eschborn', 'Hessen', 'DE', 50.1437, 8.5713, 'CET'],
  berlin: ['Berlin', 'Berlin', 'DE', 52.5200, 13.4050, 'CET'],
  muenchen: ['München', 'Bayern', 'DE', 48.1351, 11.5820, 'CET'],
  nuernberg: ['Nürnberg', 'Bayern', 'DE', 49.4521, 11.0767, 'CET'],
  poznan: ['Poznań', 'Wielkopolskie', 'PL', 52.4064, 16.9252, 'CET'],
  gniezno: ['Gniezno', 'Wielkopolskie', 'PL', 52.5348, 17.5826, 'CET'],
  konin: ['Konin', 'Wielkopolskie', 'PL', 52.2230, 18.2511, 'CET'],
  warszawa: ['Warsaw', 'Mazowieckie', 'PL', 52.2297, 21.0122, 'CET'],
  wroclaw: ['Wrocław', 'Dolnośląskie', 'PL', 51.1079, 17.0385, 'CET'],
  lodz: ['Łódź', 'Łódzkie', 'PL', 51.7592, 19.4560, 'CET'],
  krakow: ['Kraków', 'Małopolskie', 'PL', 50.0647, 19.9450, 'CET'],
  szczecin: ['Szczecin', 'Zachodniopomorskie', 'PL', 53.4285, 14.5528, 'CET'],
  slubice: ['Słubice', 'Lubuskie', 'PL', 52.3505, 14.5606, 'CET'],
  zaragoza: ['Zaragoza', 'Aragón', 'ES', 41.6488, -0.8891, 'CET'],
  huesca: ['Huesca', 'Aragón', 'ES', 42.1401, -0.4089, 'CET'],
  madrid: ['Madrid', 'Madrid', 'ES', 40.4168, -3.7038, 'CET'],
  getafe: ['Getafe', 'Madrid', 'ES', 40.3057, -3.7329, 'CET'],
  barcelona: ['Barcelona', 'Cataluña', 'ES', 41.3874, 2.1686, 'CET'],
  valencia: ['Valencia', 'Comunidad Valenciana', 'ES', 39.4699, -0.3763, 'CET'],
  lisboa: ['Lisbon', 'Lisboa', 'PT', 38.7223, -9.1393, 'WET'],
  amadora: ['Amadora', 'Lisboa', 'PT', 38.7538, -9.2308, 'WET'],
  almada: ['Almada', 'Setúbal', 'PT', 38.6790, -9.1569, 'WET'],
  sintra: ['Sintra', 'Lisboa', 'PT', 38.8029, -9.3817, 'WET'],
  porto: ['Porto', 'Porto', 'PT', 41.1579, -8.6291, 'WET'],
  paris: ['Paris', 'Île-de-France', 'FR', 48.8566, 2.3522, 'CET'],
  lyon: ['Lyon', 'Auvergne-Rhône-Alpes', 'FR', 45.7640, 4.8357, 'CET'],
  villeurbanne: ['Villeurbanne', 'Auvergne-Rhône-Alpes', 'FR', 45.7719, 4.8902, 'CET'],
  lille: ['Lille', 'Hauts-de-France', 'FR', 50.6292, 3.0573, 'CET'],
  strasbourg: ['Strasbourg', 'Grand Est', 'FR', 48.5734, 7.7521, 'CET'],
  reims: ['Reims', 'Grand Est', 'FR', 49.2583, 4.0317, 'CET'],
  bruxelles: ['Brussels', 'Brussels', 'BE', 50.8503, 4.3517, 'CET'],
  antwerpen: ['Antwerp', 'Flanders', 'BE', 51.2194, 4.4025, 'CET'],
  milano: ['Milan', 'Lombardy', 'IT', 45.4642, 9.1900, 'CET'],
  wien: ['Vienna', 'Vienna', 'AT', 48.2082, 16.3738, 'CET'],
  praha: ['Prague', 'Prague', 'CZ', 50.0755, 14.4378, 'CET'],
  brno: ['Brno', 'South Moravian', 'CZ', 49.1951, 16.6068, 'CET'],
  kobenhavn: ['Copenhagen', 'Capital Region', 'DK', 55.6761, 12.5683, 'CET'],
  aarhus: ['Aarhus', 'Central Jutland', 'DK', 56.1629, 10.2039, 'CET'],
  stockholm: ['Stockholm', 'Stockholm', 'SE', 59.3293, 18.0686, 'CET'],
  zurich: ['Zurich', 'Zurich', 'CH', 47.3769, 8.5417, 'CET'],
  dublin: ['Dublin', 'Dublin', 'IE', 53.3498, -6.2603, 'WET'],
  london: ['London', 'England', 'GB', 51.5074, -0.1278, 'WET'],
  manchester: ['Manchester', 'England', 'GB', 53.4808, -2.2426, 'WET'],
  dubai: ['Dubai', 'Dubai', 'AE', 25.2048, 55.2708, 'GST'],
  antalya: ['Antalya', 'Antalya', 'TR', 36.8969, 30.7133, 'TRT'],
  singapore: ['Singapore', 'Singapore', 'SG', 1.3521, 103.8198, 'SGT'],
  chicago: ['Chicago', 'Illinois', 'US', 41.8781, -87.6298, 'USC'],
  rosemont: ['Rosemont', 'Illinois', 'US', 41.9953, -87.8845, 'USC'],
  ashburn: ['Ashburn', 'Virginia', 'US', 39.0438, -77.4874, 'USE'],
  boardman: ['Boardman', 'Oregon', 'US', 45.8399, -119.7006, 'USP'],
  tokyo: ['Tokyo', 'Tokyo', 'JP', 35.6762, 139.6503, 'JST'],
  saopaulo: ['São Paulo', 'Sao Paulo', 'BR', -23.5505, -46.6333, 'BRT'],
  campinas: ['Campinas', 'Sao Paulo', 'BR', -22.9099, -47.0626, 'BRT'],
  lagos: ['Lagos', 'Lagos', 'NG', 6.5244, 3.3792, 'WAT'],
  chisinau: ['Chișinău', 'Chișinău', 'MD', 47.0105, 28.8638, 'EET'],
  stpete: ['Saint Petersburg', 'St.-Petersburg', 'RU', 59.9311, 30.3609, 'MSK'],
  bengaluru: ['Bengaluru', 'Karnataka', 'IN', 12.9716, 77.5946, 'IST'],
  pune: ['Pune', 'Maharashtra', 'IN', 18.5204, 73.8567, 'IST'],
};
export const CITIES = Object.fromEntries(Object.entries(C).map(([k, v]) => [k, { key: k, name: v[0], state: v[1], cc: v[2], lat: v[3], lon: v[4], tz: v[5] }]));
export const city = (k) => { const c = CITIES[k]; if (!c) throw new Error(`unknown city ${k}`); return c; };

/** great-circle distance in km */
export function km(a, b) {
  const R = 6371, r = Math.PI / 180;
  const dLat = (b.lat - a.lat) * r, dLon = (b.lon - a.lon) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

// key: [asn, org, kind, prefixes, cities (weights)]
// kind: corp | home | mobile | cloud | hosting | vpn | relay | hotel
const N = {
  // --- fixed broadband -------------------------------------------------------------------
  'kpn': [1136, 'KPN B.V.', 'home', ['77.160', '77.161', '77.163', '77.166', '77.169', '77.172'], [['amsterdam', 3], ['rotterdam', 3], ['denhaag', 2], ['utrecht', 1]]],
  'ziggo': [33915, 'Vodafone Libertel B.V.', 'home', ['84.24', '84.26', '84.28', '84.30', '82.73', '82.75'], [['amsterdam', 3], ['rotterdam', 2], ['utrecht', 1]]],
  'odido': [50266, 'Odido Netherlands B.V.', 'home', ['62.195', '31.151', '188.90'], [['denhaag', 2], ['amsterdam', 2]]],
  'delta': [15435, 'DELTA Fiber Nederland B.V.', 'home', ['82.217', '87.212', '94.208'], [['breda', 1], ['venlo', 1]]],
  'dtag': [3320, 'Deutsche Telekom AG', 'home', ['79.192', '79.210', '87.150', '91.32', '217.226', '93.220'], [['frankfurt', 2], ['duesseldorf', 2], ['hamburg', 2], ['berlin', 2]]],
  'vfde': [3209, 'Vodafone GmbH', 'home', ['88.64', '94.134', '178.201', '95.91'], [['duesseldorf', 3], ['hamburg', 1]]],
  'o2de': [6805, 'Telefonica Germany GmbH & Co.OHG', 'home', ['77.183', '89.204', '91.89'], [['muenchen', 2], ['hamburg', 1]]],
  'versatel': [8881, '1&1 Versatel Deutschland GmbH', 'home', ['87.123', '62.214'], [['duesseldorf', 1], ['berlin', 1]]],
  'orangepl': [5617, 'Orange Polska Spolka Akcyjna', 'home', ['83.24', '83.27', '79.186', '31.61'], [['warszawa', 3], ['poznan', 2]]],
  'netia': [12741, 'Netia SA', 'home', ['83.238', '77.253', '89.228'], [['warszawa', 2], ['poznan', 1]]],
  'vectra': [29314, 'Vectra S.A.', 'home', ['46.238', '31.183', '95.160'], [['poznan', 1], ['szczecin', 1]]],
  'upcpl': [6830, 'Liberty Global B.V.', 'home', ['89.64', '78.10', '85.221'], [['warszawa', 2], ['krakow', 1]]],
  'movistar': [3352, 'TELEFONICA DE ESPANA S.A.U.', 'home', ['80.58', '83.44', '88.6', '81.36'], [['madrid', 3], ['barcelona', 1]]],
  'vfes': [12430, 'VODAFONE ESPANA S.A.U.', 'home', ['95.16', '85.52', '37.14'], [['madrid', 2], ['barcelona', 1]]],
  'orangees': [12479, 'Orange Espagne SA', 'home', ['90.165', '81.172', '79.146'], [['madrid', 2], ['zaragoza', 1]]],
  'digi': [57269, 'DIGI SPAIN TELECOM S.L.', 'home', ['79.116', '188.26'], [['madrid', 1]]],
  'meo': [3243, 'MEO - SERVICOS DE COMUNICACOES E MULTIMEDIA S.A.', 'home', ['85.243', '89.152', '148.63', '2.80'], [['lisboa', 3], ['porto', 1]]],
  'nos': [2860, 'NOS COMUNICACOES S.A.', 'home', ['85.138', '94.62', '188.250'], [['lisboa', 2], ['porto', 1]]],
  'vfpt': [12353, 'Vodafone Portugal - Communicacoes Pessoais S.A.', 'home', ['89.180', '148.69', '176.79'], [['lisboa', 1], ['porto', 1]]],
  'orangefr': [3215, 'Orange S.A.', 'home', ['90.3', '86.238', '92.184', '2.13'], [['paris', 3], ['lyon', 1]]],
  'sfr': [15557, 'Societe Francaise du Radiotelephone - SFR SA', 'home', ['77.193', '109.7'], [['paris', 2], ['lyon', 1]]],
  'bouygues': [5410, 'Bouygues Telecom SA', 'home', ['176.128', '89.92'], [['paris', 1]]],
  'free': [12322, 'Free SAS', 'home', ['82.64', '88.160', '78.192'], [['paris', 2], ['lyon', 1]]],
  'proximus': [5432, 'Proximus NV', 'home', ['81.240', '81.241', '91.181'], [['bruxelles', 2], ['antwerpen', 1]]],
  'telenet': [6848, 'Telenet BV', 'home', ['84.192', '81.82'], [['antwerpen', 2], ['bruxelles', 1]]],
  'tim': [3269, 'Telecom Italia S.p.A.', 'home', ['79.18', '151.38', '93.34'], [['milano', 1]]],
  'a1': [8447, 'A1 Telekom Austria AG', 'home', ['80.110', '194.166'], [['wien', 1]]],
  'o2cz': [5610, 'O2 Czech Republic, a.s.', 'home', ['89.102', '213.211'], [['praha', 2], ['brno', 1]]],
  'tdc': [3292, 'TDC Holding A/S', 'home', ['87.49', '80.62'], [['kobenhavn', 2], ['aarhus', 1]]],
  'telia': [3301, 'Telia Company AB', 'home', ['81.224', '90.224'], [['stockholm', 1]]],
  'swisscom': [3303, 'Swisscom (Schweiz) AG', 'home', ['85.0', '178.197'], [['zurich', 1]]],
  'eir': [5466, 'Eircom Limited', 'home', ['86.40', '89.101'], [['dublin', 1]]],
  'bt': [2856, 'British Telecommunications PLC', 'home', ['86.128', '81.151', '109.145'], [['london', 3], ['manchester', 1]]],
  'turktelekom': [9121, 'Turk Telekomunikasyon Anonim Sirketi', 'home', ['88.230', '78.165'], [['antalya', 1]]],
  'etisalat': [5384, 'Emirates Telecommunications Corporation', 'home', ['94.200', '86.96'], [['dubai', 1]]],
  'singtel': [7473, 'Singapore Telecommunications Ltd', 'home', ['116.86', '118.200'], [['singapore', 1]]],
  'comcast': [7922, 'Comcast Cable Communications, LLC', 'home', ['73.44', '98.226'], [['chicago', 1]]],
  'spectrum': [20115, 'Charter Communications', 'home', ['24.14', '71.201'], [['rosemont', 1], ['chicago', 1]]],
  'airtel': [24560, 'Bharti Airtel Ltd.', 'home', ['122.171', '106.51', '182.73'], [['bengaluru', 2], ['pune', 1]]],
  'act': [24309, 'Atria Convergence Technologies Ltd.', 'home', ['106.51', '49.207'], [['bengaluru', 1]]],
  // --- mobile carriers (CGNAT; geolocation follows the carrier's gateways, not the handset)
  'kpn-m': [1136, 'KPN B.V.', 'mobile', ['145.103', '94.157'], [['amsterdam', 4], ['denhaag', 2], ['rotterdam', 1]]],
  'vfnl-m': [33915, 'Vodafone Libertel B.V.', 'mobile', ['89.205', '31.161'], [['amsterdam', 3], ['maastricht', 1]]],
  'odido-m': [31615, 'Odido Netherlands B.V.', 'mobile', ['62.140', '37.74'], [['denhaag', 3], ['amsterdam', 1]]],
  'dtag-m': [3320, 'Deutsche Telekom AG', 'mobile', ['80.187', '80.226', '46.114'], [['frankfurt', 3], ['berlin', 2], ['hamburg', 1], ['muenchen', 1], ['duesseldorf', 1]]],
  'vfde-m': [3209, 'Vodafone GmbH', 'mobile', ['109.40', '176.0', '2.200'], [['duesseldorf', 5], ['eschborn', 1], ['berlin', 1]]],
  'o2de-m': [6805, 'Telefonica Germany GmbH & Co.OHG', 'mobile', ['176.6', '82.113', '77.11'], [['muenchen', 3], ['nuernberg', 1], ['hamburg', 1]]],
  'orangepl-m': [5617, 'Orange Polska Spolka Akcyjna', 'mobile', ['37.225', '46.76', '31.0'], [['warszawa', 8], ['paris', 1]]],
  'play-m': [39603, 'P4 Sp. z o.o.', 'mobile', ['37.248', '188.146', '5.173'], [['warszawa', 5], ['wroclaw', 1]]],
  'tmpl-m': [12912, 'T-Mobile Polska S.A.', 'mobile', ['46.134', '31.174', '89.73'], [['warszawa', 6], ['frankfurt', 1]]],
  'plus-m': [8374, 'Polkomtel Sp. z o.o.', 'mobile', ['95.40', '37.47'], [['warszawa', 3], ['lodz', 1]]],
  'movistar-m': [3352, 'TELEFONICA DE ESPANA S.A.U.', 'mobile', ['176.83', '83.32'], [['madrid', 4], ['barcelona', 1]]],
  'vfes-m': [12430, 'VODAFONE ESPANA S.A.U.', 'mobile', ['37.133', '85.60'], [['madrid', 2], ['barcelona', 2]]],
  'orangees-m': [12479, 'Orange Espagne SA', 'mobile', ['90.167', '79.152'], [['madrid', 1]]],
  'meo-m': [3243, 'MEO - SERVICOS DE COMUNICACOES E MULTIMEDIA S.A.', 'mobile', ['194.65', '85.241'], [['lisboa', 3], ['porto', 1]]],
  'nos-m': [2860, 'NOS COMUNICACOES S.A.', 'mobile', ['83.240', '188.251'], [['lisboa', 2], ['porto', 1]]],
  'vfpt-m': [12353, 'Vodafone Portugal - Communicacoes Pessoais S.A.', 'mobile', ['176.78', '94.63'], [['lisboa', 1]]],
  'orangefr-m': [3215, 'Orange S.A.', 'mobile', ['92.184', '90.84'], [['paris', 3], ['lyon', 1]]],
  'sfr-m': [15557, 'Societe Francaise du Radiotelephone - SFR SA', 'mobile', ['109.9', '77.136'], [['paris', 2], ['lyon', 1]]],
  'bouygues-m': [5410, 'Bouygues Telecom SA', 'mobile', ['176.134', '92.91'], [['paris', 1]]],
  // --- corporate sites ------------------------------------------------------------------
  'corp-rtm': [1136, 'KPN B.V.', 'corp', ['213.125.18'], [['rotterdam', 1]]],
  'corp-ven': [15435, 'DELTA Fiber Nederland B.V.', 'corp', ['82.217.114'], [['venlo', 1]]],
  'corp-dc': [15435, 'DELTA Fiber Nederland B.V.', 'corp', ['82.217.115'], [['venlo', 1]]],
  'corp-dui': [3320, 'Deutsche Telekom AG', 'corp', ['80.146.212'], [['duisburg', 1]]],
  'corp-poz': [5617, 'Orange Polska Spolka Akcyjna', 'corp', ['213.77.48'], [['poznan', 1]]],
  'corp-zgz': [3352, 'TELEFONICA DE ESPANA S.A.U.', 'corp', ['80.28.146'], [['zaragoza', 1]]],
  'corp-ham': [3320, 'Deutsche Telekom AG', 'corp', ['62.153.97'], [['hamburg', 1]]],
  'corp-mad': [3352, 'TELEFONICA DE ESPANA S.A.U.', 'corp', ['195.57.214'], [['madrid', 1]]],
  'corp-waw': [12741, 'Netia SA', 'corp', ['83.238.166'], [['warszawa', 1]]],
  'corp-lyo': [3215, 'Orange S.A.', 'corp', ['193.252.117'], [['lyon', 1]]],
  'corp-lis': [3243, 'MEO - SERVICOS DE COMUNICACOES E MULTIMEDIA S.A.', 'corp', ['188.81.41'], [['lisboa', 1]]],
  // --- cloud ------------------------------------------------------------------------------
  'avd-we': [8075, 'Microsoft Corporation', 'cloud', ['20.103.188'], [['amsterdam', 1]]],
  'azure-we': [8075, 'Microsoft Corporation', 'cloud', ['20.105', '52.236', '20.73', '13.81'], [['amsterdam', 1]]],
  'azure-ne': [8075, 'Microsoft Corporation', 'cloud', ['20.54', '52.164', '13.79'], [['dublin', 1]]],
  'azure-gwc': [8075, 'Microsoft Corporation', 'cloud', ['20.79', '20.218'], [['frankfurt', 1]]],
  'transporeon': [24940, 'Hetzner Online GmbH', 'hosting', ['78.46.211'], [['nuernberg', 1]]],
  // --- consumer VPN / privacy relay used by a few employees on personal phones ---------------
  'nordvpn': [60068, 'Datacamp Limited', 'vpn', ['185.156.172', '212.102.33', '89.187.163'], [['frankfurt', 2], ['amsterdam', 2], ['madrid', 1]]],
  'proton': [9009, 'M247 Europe SRL', 'vpn', ['146.70.113', '193.27.12'], [['amsterdam', 1], ['zurich', 1]]],
  'relay-akamai': [36183, 'Akamai Technologies, Inc.', 'relay', ['172.224', '172.225', '172.226'], [['amsterdam', 2], ['frankfurt', 2], ['madrid', 1], ['warszawa', 1], ['lisboa', 1], ['paris', 1]]],
  'relay-cf': [13335, 'Cloudflare, Inc.', 'relay', ['104.28'], [['amsterdam', 2], ['frankfurt', 1], ['paris', 1]]],
  // --- attacker infrastructure ---------------------------------------------------------------
  'aws-use1': [14618, 'Amazon.com, Inc.', 'cloud', ['3.80', '44.192', '52.90', '54.152'], [['ashburn', 1]]],
  'aws-usw2': [16509, 'Amazon.com, Inc.', 'cloud', ['34.208', '44.224'], [['boardman', 1]]],
  'aws-euw1': [16509, 'Amazon.com, Inc.', 'cloud', ['52.208', '34.240', '54.77'], [['dublin', 1]]],
  'aws-euc1': [16509, 'Amazon.com, Inc.', 'cloud', ['18.184', '3.120', '52.58'], [['frankfurt', 1]]],
  'aws-apne1': [16509, 'Amazon.com, Inc.', 'cloud', ['13.112', '54.238'], [['tokyo', 1]]],
  'aws-sae1': [16509, 'Amazon.com, Inc.', 'cloud', ['18.228', '54.232'], [['saopaulo', 1]]],
  'aws-apse1': [16509, 'Amazon.com, Inc.', 'cloud', ['13.250', '54.169'], [['singapore', 1]]],
  'clouvider': [62240, 'Clouvider Limited', 'hosting', ['45.134.142', '185.245.80'], [['london', 1]]],
  'pfcloud': [51396, 'Pfcloud UG', 'hosting', ['193.26.115', '45.82.121'], [['frankfurt', 1]]],
  'claro-br': [28573, 'Claro NXT Telecomunicacoes Ltda', 'home', ['177.104', '187.20', '189.98'], [['saopaulo', 2], ['campinas', 1]]],
  'alexhost': [200019, 'ALEXHOST SRL', 'hosting', ['176.123.5', '91.208.162'], [['chisinau', 1]]],
  'selectel': [49505, 'JSC Selectel', 'hosting', ['188.124.36', '92.53.90'], [['stpete', 1]]],
  'stark': [44477, 'Stark Industries Solutions Ltd', 'hosting', ['5.182.86', '45.142.214'], [['amsterdam', 1]]],
  'mtn-ng': [29465, 'MTN NIGERIA Communication limited', 'mobile', ['102.89', '105.112', '197.210'], [['lagos', 1]]],
};

export class Geo {
  constructor() {
    this.nets = {};
    for (const [k, v] of Object.entries(N)) this.nets[k] = { key: k, asn: v[0], org: v[1], kind: v[2], prefixes: v[3], cities: v[4] };
    this.info = new Map(); // ip -> { asn, net, city }
    this.pools = new Map();
  }
  net(k) { const n = this.nets[k]; if (!n) throw new Error(`unknown net ${k}`); return n; }
  /** Allocate a fresh address in net `k`, geolocated to cityKey (or the net's weighted cities). */
  alloc(rng, k, cityKey) {
    const n = this.net(k);
    for (let tries = 0; tries < 200; tries++) {
      const p = rng.pick(n.prefixes);
      const parts = p.split('.').length;
      let ip = p;
      for (let i = parts; i < 4; i++) ip += '.' + (i === 3 ? rng.int(2, 253) : rng.int(0, 255));
      if (this.info.has(ip)) continue;
      const c = cityKey || rng.weighted(n.cities);
      this.info.set(ip, { asn: n.asn, net: k, city: city(c) });
      return ip;
    }
    throw new Error(`address space exhausted in ${k}`);
  }
  /** A fixed pool of `size` addresses in net k (memoised by name). */
  pool(rng, k, size, name = k) {
    if (!this.pools.has(name)) {
      const a = [];
      for (let i = 0; i < size; i++) a.push(this.alloc(rng, k));
      this.pools.set(name, a);
    }
    return this.pools.get(name);
  }
  /** Deterministic pick from a pool for a key (e.g. user + time block). */
  fromPool(pool, key) { return pool[hash32(key) % pool.length]; }
  where(ip) {
    const x = this.info.get(ip);
    if (!x) throw new Error(`unregistered ip ${ip}`);
    return x;
  }
}

/** Which broadband / mobile networks people use, by country. */
export const HOME_ISPS = {
  NL: [['kpn', 40], ['ziggo', 40], ['odido', 10], ['delta', 10]],
  DE: [['dtag', 45], ['vfde', 30], ['o2de', 15], ['versatel', 10]],
  PL: [['orangepl', 35], ['netia', 20], ['vectra', 25], ['upcpl', 20]],
  ES: [['movistar', 45], ['vfes', 20], ['orangees', 20], ['digi', 15]],
  PT: [['meo', 45], ['nos', 40], ['vfpt', 15]],
  FR: [['orangefr', 40], ['sfr', 25], ['bouygues', 15], ['free', 20]],
};
export const MOBILE_NETS = {
  NL: [['kpn-m', 45], ['vfnl-m', 30], ['odido-m', 25]],
  DE: [['dtag-m', 45], ['vfde-m', 35], ['o2de-m', 20]],
  PL: [['orangepl-m', 30], ['play-m', 30], ['tmpl-m', 20], ['plus-m', 20]],
  ES: [['movistar-m', 45], ['vfes-m', 35], ['orangees-m', 20]],
  PT: [['meo-m', 45], ['nos-m', 35], ['vfpt-m', 20]],
  FR: [['orangefr-m', 45], ['sfr-m', 30], ['bouygues-m', 25]],
};
/** Local broadband used by hotels / customer sites / truck stops, by city. */
export const LOCAL_NET = {
  NL: 'kpn', DE: 'dtag', PL: 'orangepl', ES: 'movistar', PT: 'meo', FR: 'orangefr', BE: 'proximus', IT: 'tim', AT: 'a1',
  CZ: 'o2cz', DK: 'tdc', TR: 'turktelekom', SE: 'telia', CH: 'swisscom', IE: 'eir', GB: 'bt', AE: 'etisalat', SG: 'singtel', US: 'spectrum',
};
