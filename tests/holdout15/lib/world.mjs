// The world around "VRM — Vercors Robinetterie Mécanique" (a fictional French valve and actuator maker):
// tenant ids, applications, networks (real ASNs and the operators behind them; the concrete address blocks are
// illustrative but each block is kept to one operator, city and kind), places, user agents, names.
import { Rng } from './prng.mjs';

export const TENANT = {
  id: '6f3c2a91-8d4e-4b7a-9c15-2e7d4a0b9f31',
  name: 'VRM - Vercors Robinetterie Mécanique',
  domain: 'vrm-industrie.fr',
  initial: 'vrmindustrie.onmicrosoft.com',
};
export const MS_TENANT = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a'; // Microsoft Services (first-party app owner)
export const MSA_TENANT = '9188040d-6c67-4c5b-b112-36a304b66dad'; // consumer Microsoft accounts

// ---------------------------------------------------------------------------------------------- applications
const ms = (id, name) => ({ id, name, owner: MS_TENANT });
export const APPS = {
  office: ms('d3590ed6-52b3-4102-aeff-aad2292ab01c', 'Microsoft Office'),
  teams: ms('1fec8e78-bce4-4aaf-ab1b-5451cc387264', 'Microsoft Teams'),
  teamsWeb: ms('5e3ce6c0-2b1f-4285-8d4b-75ee78787346', 'Microsoft Teams Web Client'),
  officeHome: ms('4765445b-32c6-49b0-83e6-1d93765276ca', 'OfficeHome'),
  shell: ms('89bee1f7-5e6e-4d8a-9f3d-ecd601259da7', 'Office365 Shell WCSS-Client'),
  owa: ms('9199bf20-a13f-4107-85dc-02114787ef48', 'One Outlook Web'),
  outlookMobile: ms('27922004-5251-4030-b22d-91ecd9a37ea4', 'Outlook Mobile'),
  authenticator: ms('4813382a-8fa7-425e-ab75-3b753aab3abb', 'Microsoft Authenticator App'),
  oneDriveSync: ms('ab9b8c07-8f02-4f72-87fa-80105867a763', 'OneDrive SyncEngine'),
  edge: ms('ecd6b820-32c2-49b6-98a6-444530e5a77a', 'Microsoft Edge'),
  winSignIn: ms('38aa3b87-a06d-4817-b275-7a316988d93b', 'Windows Sign In'),
  broker: ms('29d9ed98-a469-4536-ade2-f981bc1d605e', 'Microsoft Authentication Broker'),
  azurePortal: ms('c44b4083-3bb0-49c1-b47d-974e53cbdf3c', 'Azure Portal'),
  entraPortal: ms('74658136-14ec-4630-ad9b-26e160ff0fc6', 'ADIbizaUX'),
  azureCli: ms('04b07795-8ddb-461a-bbee-02f9e1bf7b46', 'Microsoft Azure CLI'),
  azurePs: ms('1950a258-227b-4e31-a9cf-717495945fc2', 'Microsoft Azure PowerShell'),
  vscode: ms('aebc6443-996d-45c2-90f0-388ff96faa56', 'Visual Studio Code'),
  graphCli: ms('14d82eec-204b-4c2f-b7e8-296a70dab67e', 'Microsoft Graph Command Line Tools'),
  graphExplorer: ms('de8bc8b5-d9f9-48b1-a8ad-b748da725064', 'Graph Explorer'),
  exoPs: ms('fb78d390-0c51-40cd-8e17-fdbfab77341b', 'Microsoft Exchange REST API Based Powershell'),
  aadPs: ms('1b730954-1685-4b74-9bfd-dac224a7b894', 'Azure Active Directory PowerShell'),
  companyPortal: ms('9ba1a5c7-f17a-4de9-a1f1-6178c8d51223', 'Microsoft Intune Company Portal'),
  mySignins: ms('19db86c3-b2b9-44cc-b339-36da233a3be2', 'My Signins'),
  myProfile: ms('8c59ead7-d703-4a27-9e55-c96a0054c8d2', 'My Profile'),
  aadConnect: ms('cb1056e2-e479-49de-ae31-7812af012ed8', 'Microsoft Azure Active Directory Connect'),
  powerBi: ms('871c010f-5e61-4fb1-83ac-98610a7e9110', 'Microsoft Power BI'),
  exchange: ms('00000002-0000-0ff1-ce00-000000000000', 'Office 365 Exchange Online'),
  spWebExt: ms('08e18876-6177-487e-b8b5-cf950c1e598c', 'SharePoint Online Web Client Extensibility'),
  // the tenant's own and SaaS applications (service principal app ids as seen in this tenant)
  salesforce: { id: 'b3c1f4a2-57d8-4e1c-9a3b-6d2e0f9c8a71', name: 'Salesforce', owner: 'a4b7c8d9-0e1f-4a2b-8c3d-5e6f7a8b9c0d' },
  lucca: { id: '2e9d6b41-8c3a-4f57-b0e2-71a5d9c3f486', name: 'Lucca', owner: 'c2d4e6f8-1a3b-4c5d-9e7f-0a1b2c3d4e5f' },
  concur: { id: '7f4a1c93-2b6e-4d08-a5c7-e39b1d6f2048', name: 'SAP Concur', owner: 'e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9' },
  gmao: { id: 'a91e5d27-3c4b-4f80-8e16-5b7c2d9f0a34', name: 'VRM-Connecteur-GMAO', owner: TENANT.id },
  portailFournisseurs: { id: '5c8b2e71-9d4a-4b36-a0f5-e2c7d1b9384f', name: 'VRM - Portail Fournisseurs', owner: TENANT.id },
  miro: { id: '0b4f9c2d-7e1a-4c85-b3d6-a8e2f5c19d70', name: 'Miro', owner: 'd1e2f3a4-b5c6-4d7e-8f9a-0b1c2d3e4f5a' },
  adobeSign: { id: '6e2a9f14-5b8c-4d37-9e01-c4f7a2b8d563', name: 'Adobe Acrobat', owner: 'f9e8d7c6-b5a4-4392-8180-7f6e5d4c3b2a' },
  zoom: { id: '3d7c5a19-e2f8-4b64-a1c3-9b0e6d2f8a45', name: 'Zoom', owner: 'b8a7c6d5-e4f3-4a2b-9c1d-0e9f8a7b6c5d' },
};

export const RESOURCES = {
  graph: { id: '00000003-0000-0000-c000-000000000000', name: 'Microsoft Graph', owner: MS_TENANT },
  exchange: { id: '00000002-0000-0ff1-ce00-000000000000', name: 'Office 365 Exchange Online', owner: MS_TENANT },
  sharepoint: { id: '00000003-0000-0ff1-ce00-000000000000', name: 'Office 365 SharePoint Online', owner: MS_TENANT },
  aadGraph: { id: '00000002-0000-0000-c000-000000000000', name: 'Windows Azure Active Directory', owner: MS_TENANT },
  arm: { id: '797f4846-ba00-4fd7-ba43-dac1f8f63013', name: 'Windows Azure Service Management API', owner: MS_TENANT },
  teamsSvc: { id: 'cc15fd57-2c6c-4117-a88c-83b1d56b4bbe', name: 'Microsoft Teams Services', owner: MS_TENANT },
  skype: { id: '00000004-0000-0ff1-ce00-000000000000', name: 'Skype for Business Online', owner: MS_TENANT },
  officeHome: { id: '4765445b-32c6-49b0-83e6-1d93765276ca', name: 'OfficeHome', owner: MS_TENANT },
  drs: { id: '01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', name: 'Device Registration Service', owner: MS_TENANT },
  intune: { id: '0000000a-0000-0000-c000-000000000000', name: 'Microsoft Intune', owner: MS_TENANT },
  intuneEnroll: { id: 'd4ebce55-015a-49b5-a083-c84d1797ae8c', name: 'Microsoft Intune Enrollment', owner: MS_TENANT },
  substrate: { id: '00000005-0000-0ff1-ce00-000000000000', name: 'Office 365 Yammer', owner: MS_TENANT },
  officeApps: { id: 'ab9b8c07-8f02-4f72-87fa-80105867a763', name: 'OneDrive SyncEngine', owner: MS_TENANT },
  powerBi: { id: '00000009-0000-0000-c000-000000000000', name: 'Power BI Service', owner: MS_TENANT },
  authMethods: { id: '0000000c-0000-0000-c000-000000000000', name: 'Microsoft App Access Panel', owner: MS_TENANT },
  userAuthMethod: { id: '19db86c3-b2b9-44cc-b339-36da233a3be2', name: 'My Signins', owner: MS_TENANT },
  kv: { id: 'cfa8b339-82a2-471a-a3c9-0fc0be7a4093', name: 'Azure Key Vault', owner: MS_TENANT },
  storage: { id: 'e406a681-f3d4-42a8-90b6-c2b029497af1', name: 'Azure Storage', owner: MS_TENANT },
  entraAdmin: { id: '74658136-14ec-4630-ad9b-26e160ff0fc6', name: 'ADIbizaUX', owner: MS_TENANT },
};

// ---------------------------------------------------------------------------------------------- places
export const PLACES = {
  voiron: ['Voiron', 'Auvergne-Rhone-Alpes', 'FR'], grenoble: ['Grenoble', 'Auvergne-Rhone-Alpes', 'FR'],
  moirans: ['Moirans', 'Auvergne-Rhone-Alpes', 'FR'], voreppe: ['Voreppe', 'Auvergne-Rhone-Alpes', 'FR'],
  stegreve: ['Saint-Egreve', 'Auvergne-Rhone-Alpes', 'FR'], chambery: ['Chambery', 'Auvergne-Rhone-Alpes', 'FR'],
  lyon: ['Lyon', 'Auvergne-Rhone-Alpes', 'FR'], stetienne: ['Saint-Etienne', 'Auvergne-Rhone-Alpes', 'FR'],
  firminy: ['Firminy', 'Auvergne-Rhone-Alpes', 'FR'], roanne: ['Roanne', 'Auvergne-Rhone-Alpes', 'FR'],
  annecy: ['Annecy', 'Auvergne-Rhone-Alpes', 'FR'], valence: ['Valence', 'Auvergne-Rhone-Alpes', 'FR'],
  paris: ['Paris', 'Ile-de-France', 'FR'], bordeaux: ['Bordeaux', 'Nouvelle-Aquitaine', 'FR'],
  marseille: ['Marseille', "Provence-Alpes-Cote d'Azur", 'FR'], nantes: ['Nantes', 'Pays de la Loire', 'FR'],
  roubaix: ['Roubaix', 'Hauts-de-France', 'FR'], toulouse: ['Toulouse', 'Occitanie', 'FR'],
  bielsko: ['Bielsko-Biala', 'Slaskie', 'PL'], katowice: ['Katowice', 'Slaskie', 'PL'], cieszyn: ['Cieszyn', 'Slaskie', 'PL'],
  zywiec: ['Zywiec', 'Slaskie', 'PL'], krakow: ['Krakow', 'Malopolskie', 'PL'],
  casablanca: ['Casablanca', 'Casablanca-Settat', 'MA'], mohammedia: ['Mohammedia', 'Casablanca-Settat', 'MA'],
  rabat: ['Rabat', 'Rabat-Sale-Kenitra', 'MA'],
  tunis: ['Tunis', 'Tunis', 'TN'], ariana: ['Ariana', 'Ariana', 'TN'],
  lausanne: ['Lausanne', 'Vaud', 'CH'], milan: ['Milan', 'Lombardy', 'IT'], brescia: ['Brescia', 'Lombardy', 'IT'],
  munich: ['Munich', 'Bavaria', 'DE'], essen: ['Essen', 'North Rhine-Westphalia', 'DE'],
  frankfurt: ['Frankfurt am Main', 'Hesse', 'DE'], falkenstein: ['Falkenstein', 'Saxony', 'DE'],
  abudhabi: ['Abu Dhabi', 'Abu Dhabi', 'AE'], dubai: ['Dubai', 'Dubai', 'AE'],
  houston: ['Houston', 'Texas', 'US'], dallas: ['Dallas', 'Texas', 'US'], ashburn: ['Ashburn', 'Virginia', 'US'],
  piscataway: ['Piscataway', 'New Jersey', 'US'], newyork: ['New York', 'New York', 'US'],
  london: ['London', 'England', 'GB'], amsterdam: ['Amsterdam', 'North Holland', 'NL'],
  naaldwijk: ['Naaldwijk', 'South Holland', 'NL'], lisbon: ['Lisbon', 'Lisbon', 'PT'], helsinki: ['Helsinki', 'Uusimaa', 'FI'],
  singapore: ['Singapore', '', 'SG'], tokyo: ['Tokyo', 'Tokyo', 'JP'], bucharest: ['Bucharest', 'Bucuresti', 'RO'],
  saopaulo: ['Sao Paulo', 'Sao Paulo', 'BR'], rio: ['Rio de Janeiro', 'Rio de Janeiro', 'BR'],
  belohorizonte: ['Belo Horizonte', 'Minas Gerais', 'BR'], curitiba: ['Curitiba', 'Parana', 'BR'],
  fortaleza: ['Fortaleza', 'Ceara', 'BR'], portoalegre: ['Porto Alegre', 'Rio Grande do Sul', 'BR'],
  recife: ['Recife', 'Pernambuco', 'BR'], salvador: ['Salvador', 'Bahia', 'BR'], goiania: ['Goiania', 'Goias', 'BR'],
  buenosaires: ['Buenos Aires', 'Buenos Aires C.F.', 'AR'], istanbul: ['Istanbul', 'Istanbul', 'TR'],
  tashkent: ['Tashkent', 'Toshkent Shahri', 'UZ'], baghdad: ['Baghdad', 'Baghdad', 'IQ'], lahore: ['Lahore', 'Punjab', 'PK'],
  hanoi: ['Hanoi', 'Hanoi', 'VN'], hcmc: ['Ho Chi Minh City', 'Ho Chi Minh', 'VN'],
};
export const loc = (p) => { const [c, s, cc] = PLACES[p]; return `${c}, ${s}, ${cc}`; };
export const countryOf = (p) => PLACES[p][2];

// ---------------------------------------------------------------------------------------------- networks
function cidrRange(c) {
  const [a, bits] = c.split('/');
  const p = a.split('.').map(Number);
  const base = ((p[0] << 24) >>> 0) + (p[1] << 16) + (p[2] << 8) + p[3];
  const size = 2 ** (32 - Number(bits));
  return [base, size];
}
const v4 = (n) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');

/**
 * A network: one operator (ASN) of one kind in one place. kind: corp | home | mobile | hotel | hosting | cloud | relay.
 * blocks: IPv4 CIDRs; v6: an IPv6 /32 or /48 prefix (hex groups) used for dual-stack homes.
 */
export class Net {
  constructor(key, o) { Object.assign(this, { key, v6: null, place: null }, o); this.ranges = (o.blocks || []).map(cidrRange); }
  /** A stable address for `who` (a home line, an office router): the same key gives the same address. */
  stable(who) { return this.addr(new Rng(`ip/${this.key}/${who}`)); }
  /** An address from the pool (CGNAT mobile, hosting, proxies). */
  addr(rng) {
    const [base, size] = rng.pick(this.ranges);
    const off = size <= 4 ? rng.int(0, size - 1) : rng.int(1, size - 2);
    let s = v4(base + off);
    if (s.endsWith('.0') || s.endsWith('.255')) s = v4(base + (off % (size - 2)) + 1);
    return s;
  }
  /** A stable IPv6 /64 for a home line, with an address that varies inside it. */
  v6addr(who, rng) {
    const r = new Rng(`ip6/${this.key}/${who}`);
    const g = () => r.int(0, 0xffff).toString(16);
    const pre = `${this.v6}:${g()}:${g()}`;
    const h = () => rng.int(0, 0xffff).toString(16);
    return `${pre}:${h()}:${h()}:${h()}:${h()}`;
  }
}

const N = {};
const def = (key, o) => { N[key] = new Net(key, o); return N[key]; };

// France — residential and mobile (geolocation comes from the subscriber's area, set per user)
def('orange_fr', { asn: 3215, org: 'Orange', kind: 'home', cc: 'FR', blocks: ['90.0.0.0/11', '86.192.0.0/12', '92.136.0.0/13'], v6: '2a01:cb00' });
def('orange_fr_mob', { asn: 3215, org: 'Orange', kind: 'mobile', cc: 'FR', blocks: ['92.184.96.0/19', '90.84.128.0/19'] });
def('free_fr', { asn: 12322, org: 'Free SAS', kind: 'home', cc: 'FR', blocks: ['82.64.0.0/14', '88.160.0.0/11', '78.192.0.0/10'], v6: '2a01:e0a' });
def('free_mob', { asn: 51207, org: 'Free Mobile SAS', kind: 'mobile', cc: 'FR', blocks: ['37.160.0.0/12'] });
def('sfr_fr', { asn: 15557, org: 'Societe Francaise du Radiotelephone - SFR SA', kind: 'home', cc: 'FR', blocks: ['77.128.0.0/11', '109.208.0.0/13', '93.22.0.0/15'] });
def('sfr_mob', { asn: 15557, org: 'Societe Francaise du Radiotelephone - SFR SA', kind: 'mobile', cc: 'FR', blocks: ['80.215.0.0/16', '80.214.0.0/16'] });
def('bytel_fr', { asn: 5410, org: 'Bouygues Telecom SA', kind: 'home', cc: 'FR', blocks: ['176.160.0.0/12', '89.80.0.0/13'] });
def('bytel_mob', { asn: 5410, org: 'Bouygues Telecom SA', kind: 'mobile', cc: 'FR', blocks: ['176.128.0.0/13', '37.64.0.0/14'] });
// VRM's own sites
def('hq', { asn: 3215, org: 'Orange Business (VRM Voiron)', kind: 'corp', cc: 'FR', blocks: ['80.12.38.128/29'], place: 'paris' });
def('hq_backup', { asn: 5410, org: 'Bouygues Telecom Entreprises (VRM Voiron secours)', kind: 'corp', cc: 'FR', blocks: ['62.161.115.88/30'], place: 'lyon' });
def('stetienne', { asn: 15557, org: 'SFR Business (VRM Saint-Etienne)', kind: 'corp', cc: 'FR', blocks: ['62.39.214.64/29'], place: 'stetienne' });
def('bielsko', { asn: 5617, org: 'Orange Polska (VRM Polska)', kind: 'corp', cc: 'PL', blocks: ['83.13.172.8/29'], place: 'bielsko' });
// Poland
def('orange_pl', { asn: 5617, org: 'Orange Polska Spolka Akcyjna', kind: 'home', cc: 'PL', blocks: ['83.24.0.0/13', '31.60.0.0/14'] });
def('netia_pl', { asn: 12741, org: 'Netia SA', kind: 'home', cc: 'PL', blocks: ['77.252.0.0/14', '83.238.0.0/15'] });
def('upc_pl', { asn: 9141, org: 'UPC Polska Sp. z o.o.', kind: 'home', cc: 'PL', blocks: ['89.64.0.0/13'] });
def('vectra_pl', { asn: 29314, org: 'Vectra S.A.', kind: 'home', cc: 'PL', blocks: ['46.112.0.0/13'] });
def('play_pl', { asn: 39603, org: 'P4 Sp. z o.o.', kind: 'mobile', cc: 'PL', blocks: ['37.47.0.0/16', '37.225.0.0/16'] });
def('tmobile_pl', { asn: 12912, org: 'T-Mobile Polska S.A.', kind: 'mobile', cc: 'PL', blocks: ['89.108.0.0/16', '46.134.0.0/16'] });
def('plus_pl', { asn: 8374, org: 'Polkomtel Sp. z o.o.', kind: 'mobile', cc: 'PL', blocks: ['37.30.0.0/16', '31.0.0.0/16'] });
// Morocco, Tunisia, Switzerland
def('iam_ma', { asn: 6713, org: 'Itissalat Al-MAGHRIB', kind: 'home', cc: 'MA', blocks: ['105.128.0.0/11', '41.140.0.0/14'] });
def('iam_ma_mob', { asn: 6713, org: 'Itissalat Al-MAGHRIB', kind: 'mobile', cc: 'MA', blocks: ['105.66.0.0/15', '105.71.0.0/16'] });
def('orange_ma_mob', { asn: 36925, org: 'Medi Telecom (Orange Maroc)', kind: 'mobile', cc: 'MA', blocks: ['196.64.0.0/14'] });
def('inwi_ma', { asn: 36884, org: 'Wana Corporate (inwi)', kind: 'mobile', cc: 'MA', blocks: ['41.250.0.0/15', '41.141.0.0/16'] });
def('topnet_tn', { asn: 37705, org: 'TOPNET', kind: 'corp', cc: 'TN', blocks: ['197.14.52.16/29'], place: 'tunis' });
def('topnet_tn_home', { asn: 37705, org: 'TOPNET', kind: 'home', cc: 'TN', blocks: ['197.14.0.0/16', '197.0.0.0/16'] });
def('ooredoo_tn', { asn: 37492, org: 'Ooredoo Tunisie', kind: 'mobile', cc: 'TN', blocks: ['197.238.0.0/16', '41.226.0.0/16'] });
def('swisscom', { asn: 3303, org: 'Swisscom (Schweiz) AG', kind: 'home', cc: 'CH', blocks: ['85.0.0.0/13', '178.197.0.0/16'] });
def('swisscom_mob', { asn: 3303, org: 'Swisscom (Schweiz) AG', kind: 'mobile', cc: 'CH', blocks: ['178.197.224.0/19'] });
// travel networks
def('fastweb_it', { asn: 12874, org: 'Fastweb SpA', kind: 'hotel', cc: 'IT', blocks: ['93.62.0.0/15'], place: 'milan' });
def('tim_it', { asn: 3269, org: 'Telecom Italia S.p.A.', kind: 'corp', cc: 'IT', blocks: ['79.20.0.0/14', '151.64.0.0/14'], place: 'milan' });
def('tim_it_bs', { asn: 3269, org: 'Telecom Italia S.p.A.', kind: 'corp', cc: 'IT', blocks: ['151.70.0.0/16'], place: 'brescia' });
def('telekom_de', { asn: 3320, org: 'Deutsche Telekom AG', kind: 'hotel', cc: 'DE', blocks: ['87.128.0.0/11', '93.192.0.0/11'], place: 'munich' });
def('mnet_de', { asn: 8767, org: 'M-net Telekommunikations GmbH', kind: 'corp', cc: 'DE', blocks: ['188.174.0.0/15'], place: 'munich' });
def('telekom_de_essen', { asn: 3320, org: 'Deutsche Telekom AG', kind: 'corp', cc: 'DE', blocks: ['217.86.0.0/15'], place: 'essen' });
def('etisalat_ae', { asn: 5384, org: 'Emirates Telecommunications Group Company (Etisalat Group) PJSC', kind: 'hotel', cc: 'AE', blocks: ['94.200.0.0/14', '86.96.0.0/13'], place: 'abudhabi' });
def('du_ae', { asn: 15802, org: 'Emirates Integrated Telecommunications Company PJSC', kind: 'corp', cc: 'AE', blocks: ['91.72.0.0/14'], place: 'abudhabi' });
def('comcast_us', { asn: 7922, org: 'Comcast Cable Communications, LLC', kind: 'hotel', cc: 'US', blocks: ['73.76.0.0/14'], place: 'houston' });
def('att_us', { asn: 7018, org: 'AT&T Enterprises, LLC', kind: 'corp', cc: 'US', blocks: ['12.200.0.0/15'], place: 'houston' });
def('tmobile_us', { asn: 21928, org: 'T-Mobile USA, Inc.', kind: 'mobile', cc: 'US', blocks: ['172.56.0.0/14'], place: 'houston' });
def('starlink', { asn: 14593, org: 'Space Exploration Technologies Corporation', kind: 'mobile', cc: '', blocks: ['129.222.200.0/21', '98.97.64.0/21'] });
def('meo_pt', { asn: 3243, org: 'MEO - SERVICOS DE COMUNICACOES E MULTIMEDIA S.A.', kind: 'hotel', cc: 'PT', blocks: ['85.240.0.0/13'], place: 'lisbon' });
def('vectra_hotel', { asn: 29314, org: 'Vectra S.A.', kind: 'hotel', cc: 'PL', blocks: ['46.113.160.0/19'], place: 'bielsko' });
def('ooredoo_hotel', { asn: 37492, org: 'Ooredoo Tunisie', kind: 'hotel', cc: 'TN', blocks: ['41.228.0.0/16'], place: 'tunis' });
def('sodimeca', { asn: 3215, org: 'Orange Business (Sodimeca)', kind: 'corp', cc: 'FR', blocks: ['193.252.118.0/28'], place: 'lyon' });
def('petromed', { asn: 5384, org: 'Etisalat (PetroMed Energies)', kind: 'corp', cc: 'AE', blocks: ['213.42.0.0/16'], place: 'abudhabi' });
def('auditeurs', { asn: 12322, org: 'Free Pro (Cabinet Dufresne)', kind: 'corp', cc: 'FR', blocks: ['212.27.58.0/27'], place: 'grenoble' });
// cloud, relays, VPN exits (some honest users use them)
def('azure_nl', { asn: 8075, org: 'Microsoft Corporation', kind: 'cloud', cc: 'NL', blocks: ['20.67.0.0/16', '20.103.0.0/16'], place: 'amsterdam' });
def('azure_fr', { asn: 8075, org: 'Microsoft Corporation', kind: 'cloud', cc: 'FR', blocks: ['20.74.0.0/16', '20.111.0.0/18'], place: 'paris' });
def('icloud_akamai', { asn: 36183, org: 'Akamai Technologies, Inc. (iCloud Private Relay)', kind: 'relay', cc: 'FR', blocks: ['172.226.40.0/22', '172.226.96.0/22'], place: 'paris' });
def('icloud_cf', { asn: 13335, org: 'Cloudflare, Inc. (iCloud Private Relay)', kind: 'relay', cc: 'FR', blocks: ['104.28.38.0/24', '104.28.86.0/24'], place: 'lyon' });
def('proton_paris', { asn: 212238, org: 'Datacamp Limited (Proton VPN exit)', kind: 'hosting', cc: 'FR', blocks: ['138.199.15.0/25'], place: 'paris' });
def('aws_fra_saas', { asn: 16509, org: 'Amazon.com, Inc.', kind: 'cloud', cc: 'DE', blocks: ['3.120.0.0/14', '18.184.0.0/15'], place: 'frankfurt' });
def('zoom_cloud', { asn: 30103, org: 'Zoom Video Communications, Inc', kind: 'cloud', cc: 'US', blocks: ['170.114.0.0/16'], place: 'ashburn' });
def('adobe_cloud', { asn: 16509, org: 'Amazon.com, Inc.', kind: 'cloud', cc: 'IE', blocks: ['52.208.0.0/13'], place: 'london' });

export const NETS = N;
PLACES.dublin = ['Dublin', 'Leinster', 'IE'];
N.adobe_cloud.place = 'dublin';

// ---------------------------------------------------------------------------------------------- agents
export const VER = { chrome: [153, 154, 155], edgeBuild: { 153: '3537.71', 154: '3595.53', 155: '3651.30' }, ff: [156, 157], safari: ['27.0', '27.1'], vscode: '1.118.1' };
export const UA = {
  edgeWin: (v) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36 Edg/${v}.0.${VER.edgeBuild[v]}`,
  chromeWin: (v) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36`,
  chromeMac: (v) => `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36`,
  firefoxWin: (v) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:${v}.0) Gecko/20100101 Firefox/${v}.0`,
  firefoxLinux: (v) => `Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:${v}.0) Gecko/20100101 Firefox/${v}.0`,
  safariMac: (v) => `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v} Safari/605.1.15`,
  safariIos: (v) => `Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v} Mobile/15E148 Safari/604.1`,
  iosApp: () => 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  chromeAndroid: (v) => `Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Mobile Safari/537.36`,
  androidApp: (model) => `Dalvik/2.1.0 (Linux; U; Android 16; ${model} Build/BP3A.251005.004)`,
  wam: () => 'Windows-AzureAD-Authentication-Provider/1.0',
  vscode: () => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Code/${VER.vscode} Chrome/142.0.7444.235 Electron/39.2.3 Safari/537.36`,
  pwsh: () => 'Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.26100; fr-FR) PowerShell/7.5.4',
  pyreq: () => 'python-requests/2.32.5',
  msalNet: () => 'MSAL.NET/4.79.2.0',
  bav2ropc: () => 'BAV2ROPC',
  teamsRoom: () => 'Mozilla/5.0 (Linux; Android 12; TC10 Build/SKQ1.221028.001) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.7204.179 Mobile Safari/537.36 Teams/1449/1.0.96.2025081102',
};

export const ANDROID_MODELS = ['SM-S931B', 'SM-A566B', 'SM-A366B', 'Pixel 9a', 'Pixel 10', '24117RN76G', 'CPH2663', 'moto g85 5G', 'SM-G991B', 'SM-S926B'];

// ---------------------------------------------------------------------------------------------- names
export const NAMES = {
  frM: ['Thomas', 'Nicolas', 'Julien', 'Maxime', 'Alexandre', 'Antoine', 'Sébastien', 'Romain', 'Guillaume', 'Mathieu', 'Pierre', 'Jérôme', 'Olivier', 'Laurent', 'Christophe', 'Frédéric', 'David', 'Stéphane', 'Philippe', 'Éric', 'Vincent', 'Benoît', 'Damien', 'Florian', 'Kevin', 'Jonathan', 'Cédric', 'Fabien', 'Yannick', 'Hugo', 'Lucas', 'Théo', 'Quentin', 'Arnaud', 'Loïc', 'Rémi', 'Gaël', 'Bruno', 'Patrick', 'Didier', 'Franck', 'Hervé', 'Pascal', 'Thierry', 'Mickaël', 'Anthony', 'Adrien', 'Baptiste', 'Clément', 'Bastien', 'Karim', 'Mehdi', 'Yassine', 'Samir', 'Mohamed', 'Rachid', 'Jean-Marc', 'Jean-Luc', 'Marc', 'Gilles'],
  frF: ['Marie', 'Camille', 'Julie', 'Sophie', 'Laure', 'Émilie', 'Aurélie', 'Céline', 'Sandrine', 'Nathalie', 'Isabelle', 'Valérie', 'Caroline', 'Stéphanie', 'Élodie', 'Sarah', 'Laura', 'Manon', 'Pauline', 'Claire', 'Hélène', 'Anne', 'Christelle', 'Virginie', 'Amandine', 'Mélanie', 'Audrey', 'Justine', 'Chloé', 'Léa', 'Lucie', 'Margaux', 'Agnès', 'Sylvie', 'Corinne', 'Nadia', 'Samia', 'Fatima', 'Inès', 'Myriam', 'Delphine', 'Karine', 'Florence', 'Marion', 'Charlotte', 'Mathilde', 'Anaïs', 'Océane', 'Coralie', 'Brigitte'],
  frL: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard', 'André', 'Lefèvre', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez', 'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guerin', 'Muller', 'Henry', 'Roussel', 'Nicolas', 'Perrin', 'Morin', 'Mathieu', 'Clément', 'Gauthier', 'Dumont', 'Lopez', 'Fontaine', 'Chevalier', 'Robin', 'Masson', 'Sanchez', 'Gérard', 'Nguyen', 'Boyer', 'Denis', 'Lemaire', 'Duval', 'Joly', 'Gautier', 'Roger', 'Roche', 'Roy', 'Noël', 'Meyer', 'Lucas', 'Meunier', 'Jean', 'Perez', 'Marchand', 'Dufour', 'Blanchard', 'Marie', 'Barbier', 'Brun', 'Dumas', 'Brunet', 'Schmitt', 'Leroux', 'Colin', 'Fernandez', 'Pierre', 'Renard', 'Arnaud', 'Rolland', 'Caron', 'Aubert', 'Giraud', 'Leclerc', 'Vidal', 'Bourgeois', 'Renaud', 'Lemoine', 'Picard', 'Gaillard', 'Philippe', 'Leclercq', 'Lacroix', 'Fabre', 'Dupuis', 'Olivier', 'Rodriguez', 'Da Silva', 'Hubert', 'Louis', 'Charles', 'Guillot', 'Rivière', 'Le Gall', 'Guillaume', 'Adam', 'Rey', 'Moulin', 'Gonzalez', 'Berger', 'Lecomte', 'Menard', 'Fleury', 'Deschamps', 'Carpentier', 'Julien', 'Benoît', 'Paris', 'Maillard', 'Marchal', 'Aubry', 'Vasseur', 'Ferrand', 'Coste', 'Chauvin', 'Bailly', 'Collet', 'Ben Salah', 'Haddad', 'Benali', 'Bouvier', 'Vial', 'Jacquet', 'Reynaud', 'Buisson', 'Pellet', 'Chabert'],
  plM: ['Piotr', 'Krzysztof', 'Tomasz', 'Paweł', 'Marcin', 'Michał', 'Grzegorz', 'Jakub', 'Łukasz', 'Adam', 'Mateusz', 'Kamil', 'Dawid', 'Rafał', 'Robert', 'Wojciech', 'Bartosz', 'Sebastian', 'Mariusz', 'Damian', 'Szymon', 'Artur'],
  plF: ['Anna', 'Katarzyna', 'Agnieszka', 'Magdalena', 'Joanna', 'Monika', 'Ewa', 'Małgorzata', 'Aleksandra', 'Natalia', 'Karolina', 'Marta', 'Beata', 'Dorota', 'Paulina', 'Justyna', 'Sylwia', 'Zofia'],
  plL: ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Woźniak', 'Dąbrowski', 'Kozłowski', 'Jankowski', 'Mazur', 'Kwiatkowski', 'Krawczyk', 'Piotrowski', 'Grabowski', 'Nowakowski', 'Pawłowski', 'Michalski', 'Nowicki', 'Adamczyk', 'Dudek', 'Zając', 'Wieczorek', 'Jabłoński', 'Król', 'Majewski', 'Olszewski', 'Jaworski', 'Wróbel', 'Malinowski', 'Pawlak', 'Witkowski', 'Walczak', 'Stępień', 'Górski', 'Rutkowski', 'Michalak', 'Sikora', 'Ostrowski', 'Baran', 'Duda', 'Szewczyk', 'Tomaszewski', 'Pietrzak', 'Marciniak', 'Wróblewski', 'Zalewski', 'Kubiak', 'Kuś', 'Hałat', 'Żak', 'Cholewa', 'Gawlas', 'Bury', 'Foltyn'],
  maM: ['Youssef', 'Mohamed', 'Hamza', 'Omar', 'Amine', 'Mehdi', 'Anas', 'Karim', 'Othmane', 'Reda', 'Ilyas', 'Hicham'],
  maF: ['Fatima Zahra', 'Salma', 'Imane', 'Khadija', 'Meryem', 'Sara', 'Hajar', 'Nadia', 'Loubna', 'Ghita'],
  maL: ['El Amrani', 'Benjelloun', 'Alaoui', 'Tazi', 'Bennani', 'El Idrissi', 'Chraibi', 'Berrada', 'Lahlou', 'Fassi', 'Ouazzani', 'El Mansouri', 'Naciri', 'Sqalli', 'Benkirane', 'Kettani'],
  tnM: ['Karim', 'Amine', 'Walid', 'Sami', 'Anis', 'Bilel', 'Hatem', 'Mehdi'],
  tnF: ['Amira', 'Ines', 'Sonia', 'Rim', 'Yasmine', 'Mariem'],
  tnL: ['Ben Salem', 'Trabelsi', 'Gharbi', 'Jlassi', 'Hammami', 'Bouazizi', 'Mejri', 'Khelifi', 'Sassi', 'Ayari', 'Chaabane', 'Dridi'],
  itM: ['Luca', 'Marco', 'Alessandro', 'Davide', 'Paolo'], itF: ['Giulia', 'Francesca', 'Chiara', 'Elena'], itL: ['Marchetti', 'Bianchi', 'Rossi', 'Colombo', 'Ferrari', 'Galli', 'Bonetti'],
  deM: ['Stefan', 'Jan', 'Markus', 'Tobias', 'Matthias'], deF: ['Katrin', 'Julia', 'Sabine'], deL: ['Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Krüger'],
  arM: ['Ahmed', 'Khalid', 'Rashid', 'Faisal'], arL: ['Al Mansoori', 'Al Hammadi', 'Al Ketbi', 'Al Shamsi'],
};

export const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L')
  .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
