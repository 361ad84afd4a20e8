// Ebro Radiotelevisión (ERTV): a fictional public regional broadcaster for the Ebro valley (Aragón, Navarra,
// La Rioja). HQ and main studios in Zaragoza, regional centres in Pamplona and Logroño, desks in Huesca and
// Teruel, a Madrid bureau and a Brussels correspondent. All names, domains, tenant ids and people are invented.

export const T = {
  id: '6c1e9a4d-3b7f-4e52-9d08-2f5a7c61e0b3',
  name: 'Ebro Radiotelevisión',
  domain: 'ebrortv.es',
  msTenant: 'f8cdef31-a31e-4b4a-93e4-5f571e91255a',
};

export const APPS = {
  exo: { name: 'Office 365 Exchange Online', id: '00000002-0000-0ff1-ce00-000000000000' },
  spo: { name: 'Office 365 SharePoint Online', id: '00000003-0000-0ff1-ce00-000000000000' },
  graph: { name: 'Microsoft Graph', id: '00000003-0000-0000-c000-000000000000' },
  teams: { name: 'Microsoft Teams', id: '1fec8e78-bce4-4aaf-ab1b-5451cc387264' },
  teamsSvc: { name: 'Microsoft Teams Services', id: 'cc15fd57-2c6c-4117-a88c-83b1d56b4bbe' },
  teamsWeb: { name: 'Microsoft Teams Web Client', id: '5e3ce6c0-2b1f-4285-8d4b-75ee78787346' },
  officeHome: { name: 'OfficeHome', id: '4765445b-32c6-49b0-83e6-1d93765276ca' },
  office: { name: 'Microsoft Office', id: 'd3590ed6-52b3-4102-aeff-aad2292ab01c' },
  outlookMobile: { name: 'Microsoft Outlook', id: '27922004-5251-4030-b22d-91ecd9a37ea4' },
  owa: { name: 'One Outlook Web', id: '9199bf20-a13f-4107-85dc-02114787ef48' },
  broker: { name: 'Microsoft Authentication Broker', id: '29d9ed98-a469-4536-ade2-f981bc1d605e' },
  drs: { name: 'Device Registration Service', id: '01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9' },
  azcli: { name: 'Microsoft Azure CLI', id: '04b07795-8ddb-461a-bbee-02f9e1bf7b46' },
  azps: { name: 'Microsoft Azure PowerShell', id: '1950a258-227b-4e31-a9cf-717495945fc2' },
  vscode: { name: 'Visual Studio Code', id: 'aebc6443-996d-45c2-90f0-388ff96faa56' },
  portal: { name: 'Azure Portal', id: 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c' },
  arm: { name: 'Windows Azure Service Management API', id: '797f4846-ba00-4fd7-ba43-dac1f8f63013' },
  graphPs: { name: 'Microsoft Graph Command Line Tools', id: '14d82eec-204b-4c2f-b7e8-296a70dab67e' },
  mySignins: { name: 'My Signins', id: '19db86c3-b2b9-44cc-b339-36da233a3be2' },
  myProfile: { name: 'My Profile', id: '8c59ead7-d703-4a27-9e55-c96a0054c8d2' },
  oneDrive: { name: 'OneDrive SyncEngine', id: 'ab9b8c07-8f02-4f72-87fa-80105867a763' },
  winSignIn: { name: 'Windows Sign In', id: '38aa3b87-a06d-4817-b275-7a316988d93b' },
  intuneCp: { name: 'Microsoft Intune Company Portal', id: '9ba1a5c7-f17a-4de9-a1f1-6178c8d51223' },
  aadConnect: { name: 'Microsoft Azure Active Directory Connect', id: 'cb1056e2-e479-49de-ae31-7812af012ed8' },
  aadGraph: { name: 'Windows Azure Active Directory', id: '00000002-0000-0000-c000-000000000000' },
  entraAdmin: { name: 'Microsoft Entra admin center', id: 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c' },
  // tenant-owned / third-party multi-tenant apps
  dalet: { name: 'Dalet Galaxy Newsroom', id: '5b0e2f71-8c3d-4a9e-b6f2-0d47c1a9e853', owner: '6c1e9a4d-3b7f-4e52-9d08-2f5a7c61e0b3' },
  miro: { name: 'Miro', id: '00e3f4ab-7c61-4d2a-9a8e-3b5c1d9f0a27', owner: '2c9b1d7e-5f4a-4c38-8e61-7a0d3b9c5f12' },
  frameio: { name: 'Frame.io', id: 'a7d31c52-0e94-4b6f-8c2a-91f5e3b7d408', owner: '8e4f0a23-6b1c-4d79-a5e2-c39d7f18b604' },
  grafana: { name: 'ERTV Grafana (monitorización de emisión)', id: 'e2a94c10-3f5b-4d86-9b71-6c0a8d2e4f39', owner: '6c1e9a4d-3b7f-4e52-9d08-2f5a7c61e0b3' },
};

// Networks: loc = [city, state, countryCode]
export const NET = {
  hqZgz: { asn: 3352, loc: ['Zaragoza', 'Aragón', 'ES'], ips: ['195.57.142.10', '195.57.142.11', '195.57.142.12', '195.57.142.13'] },
  vpn: { asn: 3352, loc: ['Zaragoza', 'Aragón', 'ES'], ips: ['195.57.142.40', '195.57.142.41'] },
  pamplona: { asn: 3352, loc: ['Pamplona', 'Navarra', 'ES'], ips: ['213.0.68.130', '213.0.68.131'] },
  logrono: { asn: 3352, loc: ['Logroño', 'La Rioja', 'ES'], ips: ['80.58.61.200'] },
  huesca: { asn: 12479, loc: ['Huesca', 'Aragón', 'ES'], ips: ['90.161.44.18'] },
  teruel: { asn: 12479, loc: ['Teruel', 'Aragón', 'ES'], ips: ['90.163.201.77'] },
  madrid: { asn: 6739, loc: ['Madrid', 'Madrid', 'ES'], ips: ['62.14.2.66'] },
  brussels: { asn: 5432, loc: ['Bruselas', 'Bruselas-Capital', 'BE'], ips: ['91.183.240.91'] },
  swgMad: { asn: 62044, loc: ['Madrid', 'Madrid', 'ES'], ips: ['165.225.94.37', '165.225.94.38', '165.225.94.41', '165.225.94.44'] },
  swgFra: { asn: 62044, loc: ['Fráncfort del Meno', 'Hesse', 'DE'], ips: ['165.225.72.152', '165.225.72.153'] },
  azWe: { asn: 8075, loc: ['Ámsterdam', 'Holanda Septentrional', 'NL'], ips: ['20.67.141.9', '20.67.141.10', '51.145.181.22'] },
  buildAgent: { asn: 8075, loc: ['Dublín', 'Dublín', 'IE'], ips: ['20.105.218.40'] },
};

// Residential / mobile pools to draw stable per-person addresses from.
export const HOME_POOLS = [
  { asn: 3352, a: 83, b: [34, 61], w: 4 },   // Movistar fibra
  { asn: 3352, a: 88, b: [0, 31], w: 2 },
  { asn: 12479, a: 90, b: [160, 175], w: 2 }, // Orange
  { asn: 12430, a: 31, b: [4, 4], c: [128, 255], w: 2 }, // Vodafone
  { asn: 57269, a: 79, b: [116, 117], w: 2 }, // Digi
  { asn: 12715, a: 87, b: [216, 223], w: 1 }, // Jazztel
];
export const MOBILE_POOLS = [
  { asn: 3352, a: 80, b: [26, 27], w: 3 },   // Movistar móvil CGNAT
  { asn: 12430, a: 37, b: [11, 11], w: 2 },  // Vodafone móvil
  { asn: 12479, a: 90, b: [167, 167], w: 2 },// Orange móvil
  { asn: 57269, a: 79, b: [112, 113], w: 1 },// Digi móvil
];
export const HOME_CITIES = [
  [['Zaragoza', 'Aragón', 'ES'], 40], [['Huesca', 'Aragón', 'ES'], 5], [['Teruel', 'Aragón', 'ES'], 3],
  [['Calatayud', 'Aragón', 'ES'], 2], [['Ejea de los Caballeros', 'Aragón', 'ES'], 2], [['Utebo', 'Aragón', 'ES'], 3],
  [['Pamplona', 'Navarra', 'ES'], 14], [['Tudela', 'Navarra', 'ES'], 3], [['Logroño', 'La Rioja', 'ES'], 10],
  [['Calahorra', 'La Rioja', 'ES'], 2], [['Madrid', 'Madrid', 'ES'], 3],
];

// Hotels and foreign networks used by honest travellers.
export const TRAVEL = {
  munich: { asn: 3320, loc: ['Múnich', 'Baviera', 'DE'], ips: ['91.65.212.14', '91.65.212.15'], lat: 48.14, lon: 11.58 },
  milan: { asn: 12874, loc: ['Milán', 'Lombardía', 'IT'], ips: ['93.45.110.200'], lat: 45.46, lon: 9.19 },
  lisbon: { asn: 3243, loc: ['Lisboa', 'Lisboa', 'PT'], ips: ['85.243.160.33'], lat: 38.72, lon: -9.14 },
  paris: { asn: 3215, loc: ['París', 'Isla de Francia', 'FR'], ips: ['90.84.213.72'], lat: 48.86, lon: 2.35 },
  london: { asn: 2856, loc: ['Londres', 'Inglaterra', 'GB'], ips: ['81.149.6.30'], lat: 51.51, lon: -0.13 },
  strasbourg: { asn: 3215, loc: ['Estrasburgo', 'Gran Este', 'FR'], ips: ['90.63.242.11'], lat: 48.57, lon: 7.75 },
  brusselsHotel: { asn: 6848, loc: ['Bruselas', 'Bruselas-Capital', 'BE'], ips: ['81.246.88.140'], lat: 50.85, lon: 4.35 },
  bogota: { asn: 10620, loc: ['Bogotá', 'Bogotá D.C.', 'CO'], ips: ['181.49.96.17'], lat: 4.71, lon: -74.07 },
  amsterdamHotel: { asn: 1136, loc: ['Ámsterdam', 'Holanda Septentrional', 'NL'], ips: ['84.105.41.230'], lat: 52.37, lon: 4.9 },
};

const FIRST = ['Alejandro', 'Lucía', 'Javier', 'María', 'Pablo', 'Carmen', 'Daniel', 'Laura', 'Sergio', 'Marta', 'David', 'Elena',
  'Jorge', 'Paula', 'Álvaro', 'Sara', 'Adrián', 'Ana', 'Diego', 'Cristina', 'Iñigo', 'Nerea', 'Raúl', 'Pilar', 'Iker', 'Ainhoa',
  'Fernando', 'Beatriz', 'Mario', 'Silvia', 'Rubén', 'Irene', 'Óscar', 'Rocío', 'Víctor', 'Noelia', 'Miguel', 'Eva', 'Hugo',
  'Andrea', 'Carlos', 'Isabel', 'Jesús', 'Marina', 'Gonzalo', 'Clara', 'Ignacio', 'Natalia', 'Asier', 'Leire', 'Fermín', 'Maite',
  'Unai', 'Begoña', 'Roberto', 'Teresa', 'Luis', 'Rosa', 'Enrique', 'Sonia', 'Tomás', 'Yolanda', 'Guillermo', 'Alba', 'Mikel'];
const LAST = ['García', 'Martínez', 'López', 'Sánchez', 'Pérez', 'Gómez', 'Martín', 'Jiménez', 'Ruiz', 'Hernández', 'Díaz',
  'Moreno', 'Muñoz', 'Álvarez', 'Romero', 'Alonso', 'Gutiérrez', 'Navarro', 'Torres', 'Domínguez', 'Gil', 'Vázquez', 'Serrano',
  'Ramos', 'Blanco', 'Sanz', 'Castillo', 'Lasheras', 'Goñi', 'Echeverría', 'Aznar', 'Lacasta', 'Sáenz', 'Ibarra', 'Urrutia',
  'Bielsa', 'Lanuza', 'Arregui', 'Zubiri', 'Esteban', 'Royo', 'Pueyo', 'Lafuente', 'Marco', 'Ibáñez', 'Gracia', 'Lorente',
  'Ezquerra', 'Pascual', 'Aranda', 'Casado', 'Ortiz', 'Rubio', 'Marín', 'Iglesias', 'Calvo', 'Garcés', 'Andía', 'Oroz'];

const strip = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ñ/gi, 'n').toLowerCase();

export function ipFrom(rng, pools) {
  const p = rng.weighted(pools.map((x) => [x, x.w]));
  const b = rng.int(p.b[0], p.b[1]);
  const c = p.c ? rng.int(p.c[0], p.c[1]) : rng.int(0, 255);
  return { ip: `${p.a}.${b}.${c}.${rng.int(2, 253)}`, asn: p.asn };
}

/** Build the directory: members by role, guests, service and shared accounts. */
export function buildUsers(rng) {
  const users = [];
  const seen = new Set();
  const mk = (role, extra = {}) => {
    let f, l, upnLocal;
    for (;;) {
      f = rng.pick(FIRST); l = rng.pick(LAST);
      const l2 = rng.pick(LAST);
      upnLocal = `${strip(f)}.${strip(l)}`;
      if (seen.has(upnLocal)) upnLocal = `${strip(f)}.${strip(l)}${strip(l2).slice(0, 3)}`;
      if (!seen.has(upnLocal)) break;
    }
    seen.add(upnLocal);
    const city = rng.weighted(HOME_CITIES);
    const home = ipFrom(rng, HOME_POOLS);
    const mob = ipFrom(rng, MOBILE_POOLS);
    const u = {
      id: rng.uuid(), name: `${f} ${l}`, upn: `${upnLocal}@${T.domain}`, type: 'member', role,
      homeNet: { asn: home.asn, loc: city, ips: [home.ip] }, mobNet: { asn: mob.asn, loc: city, ips: [mob.ip] },
      laptop: rng.uuid(), phone: rng.uuid(), phoneOs: rng.chance(0.55) ? 'Ios' : 'Android',
      mfa: rng.weighted([['push', 80], ['otp', 8], ['sms', 7], ['whfb', 5]]), phoneTail: String(rng.int(10, 99)),
      office: city[2] === 'ES' && city[1] === 'Navarra' ? 'pamplona' : city[1] === 'La Rioja' ? 'logrono' : city[0] === 'Madrid' ? 'madrid' : city[0] === 'Huesca' ? 'huesca' : city[0] === 'Teruel' ? 'teruel' : 'hqZgz',
      ...extra,
    };
    users.push(u);
    return u;
  };
  for (let i = 0; i < 880; i++) mk('office');
  for (let i = 0; i < 230; i++) mk('shift');
  for (let i = 0; i < 150; i++) mk('field');
  for (let i = 0; i < 24; i++) mk('dev');
  for (let i = 0; i < 7; i++) mk('admin');
  for (let i = 0; i < 9; i++) mk('helpdesk');
  // a few users that sign in rarely (part-timers, board members, on leave)
  for (let i = 0; i < 120; i++) mk('rare');
  const bx = users.find((u) => u.role === 'office');
  bx.office = 'brussels'; bx.role = 'brussels';

  // Service / automation / shared accounts
  const svc = (local, name, net, ua, app, res) => {
    const u = { id: rng.uuid(), name, upn: `${local}@${T.domain}`, type: 'member', role: 'svc', svcNet: net, svcUa: ua, svcApp: app, svcRes: res,
      laptop: '', phone: '', homeNet: NET[net], mobNet: NET[net], office: net };
    users.push(u);
    return u;
  };
  svc('svc-graficos', 'SVC Grafismo Automatizado', 'azWe', 'python-requests/2.32.3', 'graphPs', 'graph');
  svc('svc-parrilla', 'SVC Parrilla de Programación', 'hqZgz', 'Mozilla/5.0 (Windows NT; Windows NT 10.0; es-ES) WindowsPowerShell/5.1.20348.2849', 'graphPs', 'graph');
  svc('svc-archivo', 'SVC Archivo Audiovisual', 'azWe', 'python-requests/2.31.0', 'graphPs', 'spo');
  svc('svc-subtitulado', 'SVC Subtitulado', 'azWe', 'Azure-CLI/2.67.0 (AZURECLI) Python/3.12.8 (Linux-6.5.0-1025-azure-x86_64-with-glibc2.35)', 'azcli', 'arm');
  svc('svc-backup365', 'SVC Copia M365', 'azWe', 'python-requests/2.32.3', 'graphPs', 'exo');
  svc('svc-escaleta', 'SVC Escaletas Dalet', 'hqZgz', 'Mozilla/5.0 (Windows NT; Windows NT 10.0; es-ES) WindowsPowerShell/5.1.17763.6414', 'graphPs', 'graph');
  svc('svc-monitor', 'SVC Monitorización Emisión', 'hqZgz', 'Mozilla/5.0 (Windows NT; Windows NT 10.0; es-ES) WindowsPowerShell/5.1.20348.2849', 'graphPs', 'graph');
  svc('svc-build', 'SVC Agente de compilación', 'buildAgent', 'Azure-CLI/2.67.0 (AZURECLI) Python/3.12.8 (Linux-6.5.0-1025-azure-x86_64-with-glibc2.35)', 'azcli', 'arm');
  const sync = { id: rng.uuid(), name: 'On-Premises Directory Synchronization Service Account', upn: `sync_ertv-dc01_7f3a2c91b4e5@ebrortv.onmicrosoft.com`,
    type: 'member', role: 'sync', laptop: '', phone: '', homeNet: NET.hqZgz, mobNet: NET.hqZgz, office: 'hqZgz' };
  users.push(sync);
  // meeting rooms / studio control rooms (Teams Rooms), shared newsroom kiosks
  const rooms = ['sala.plato1', 'sala.plato2', 'sala.redaccion', 'sala.consejo', 'sala.pamplona', 'sala.logrono', 'sala.control-continuidad', 'sala.formacion'];
  for (const r of rooms) {
    users.push({ id: rng.uuid(), name: `Sala ${r.slice(5)}`, upn: `${r}@${T.domain}`, type: 'member', role: 'room', laptop: rng.uuid(), phone: '',
      homeNet: NET[r.includes('pamplona') ? 'pamplona' : r.includes('logrono') ? 'logrono' : 'hqZgz'], mobNet: NET.hqZgz, office: r.includes('pamplona') ? 'pamplona' : r.includes('logrono') ? 'logrono' : 'hqZgz' });
  }
  // shared mailboxes that still have sign-in enabled (legacy: scanners, old studio apps)
  for (const m of ['redaccion.deportes', 'archivo.sonoro', 'continuidad', 'audiencia', 'prensa', 'escaner.planta2']) {
    users.push({ id: rng.uuid(), name: `Buzón ${m}`, upn: `${m}@${T.domain}`, type: 'member', role: 'shared', laptop: '', phone: '',
      homeNet: NET.hqZgz, mobNet: NET.hqZgz, office: 'hqZgz' });
  }
  // Guests from production companies, co-producers, freelancers
  const partners = [
    { dom: 'ondasur-produccion.es', tname: 'Ondasur Producciones', net: { asn: 12479, loc: ['Sevilla', 'Andalucía', 'ES'] } },
    { dom: 'pirineofilms.com', tname: 'Pirineo Films S.L.', net: { asn: 3352, loc: ['Jaca', 'Aragón', 'ES'] } },
    { dom: 'estudiosmoncayo.es', tname: 'Estudios Moncayo', net: { asn: 12430, loc: ['Tarazona', 'Aragón', 'ES'] } },
    { dom: 'lusoframe.pt', tname: 'LusoFrame Lda', net: { asn: 3243, loc: ['Oporto', 'Oporto', 'PT'] } },
    { dom: 'agencia-ebronoticias.es', tname: 'Agencia Ebro Noticias', net: { asn: 3352, loc: ['Zaragoza', 'Aragón', 'ES'] } },
    { dom: 'nordlicht-film.de', tname: 'Nordlicht Film GmbH', net: { asn: 3320, loc: ['Hamburgo', 'Hamburgo', 'DE'] } },
    { dom: 'subtitula.net', tname: 'Subtitula Servicios Lingüísticos', net: { asn: 57269, loc: ['Barcelona', 'Cataluña', 'ES'] } },
  ];
  for (const p of partners) p.tid = rng.uuid();
  for (let i = 0; i < 84; i++) {
    const p = partners[i % partners.length];
    const f = rng.pick(FIRST), l = rng.pick(LAST);
    const email = `${strip(f)[0]}.${strip(l)}${i}@${p.dom}`;
    const ipn = p.net.asn === 3352 ? `83.${rng.int(34, 61)}.${rng.int(0, 255)}.${rng.int(2, 253)}` :
      p.net.asn === 12479 ? `90.${rng.int(160, 175)}.${rng.int(0, 255)}.${rng.int(2, 253)}` :
      p.net.asn === 12430 ? `31.4.${rng.int(128, 255)}.${rng.int(2, 253)}` :
      p.net.asn === 57269 ? `79.116.${rng.int(0, 255)}.${rng.int(2, 253)}` :
      p.net.asn === 3243 ? `85.24${rng.int(0, 5)}.${rng.int(0, 255)}.${rng.int(2, 253)}` : `91.6${rng.int(4, 7)}.${rng.int(0, 255)}.${rng.int(2, 253)}`;
    users.push({ id: rng.uuid(), name: `${f} ${l} (${p.tname})`, upn: `${email.replace('@', '_')}#EXT#@ebrortv.onmicrosoft.com`, signinUpn: email,
      type: 'guest', role: 'guest', partner: p, homeTenantId: p.tid, homeTenantName: p.tname, laptop: '', phone: '',
      homeNet: { asn: p.net.asn, loc: p.net.loc, ips: [ipn] }, mobNet: { asn: p.net.asn, loc: p.net.loc, ips: [ipn] }, office: null });
  }
  return users;
}
