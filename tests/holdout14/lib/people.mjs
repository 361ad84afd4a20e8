// The directory: ~2,000 accounts of Grupo Araponga (fictitious), their devices and usual networks.
import { place } from './world.mjs';

const BR_F = ['Ana', 'Beatriz', 'Camila', 'Daniela', 'Fernanda', 'Gabriela', 'Juliana', 'Larissa', 'Mariana', 'Patrícia', 'Renata', 'Tatiane', 'Vanessa', 'Aline', 'Bruna', 'Carolina', 'Débora', 'Eduarda', 'Isabela', 'Jéssica', 'Letícia', 'Luana', 'Márcia', 'Natália', 'Priscila', 'Raquel', 'Sabrina', 'Simone', 'Thaís', 'Viviane', 'Adriana', 'Cláudia', 'Elaine', 'Fabiana', 'Helena', 'Kátia', 'Lúcia', 'Mônica', 'Rosana', 'Sônia'];
const BR_M = ['André', 'Bruno', 'Carlos', 'Daniel', 'Eduardo', 'Felipe', 'Gustavo', 'Henrique', 'Igor', 'João', 'Lucas', 'Marcelo', 'Mateus', 'Paulo', 'Rafael', 'Ricardo', 'Rodrigo', 'Thiago', 'Vinícius', 'Wagner', 'Alexandre', 'Antônio', 'Caio', 'Diego', 'Fábio', 'Gabriel', 'Leandro', 'Luiz', 'Márcio', 'Otávio', 'Pedro', 'Renan', 'Sérgio', 'Társis', 'Wellington', 'Adriano', 'Cristiano', 'Emerson', 'Jefferson', 'Roberto'];
const BR_L = ['Silva', 'Santos', 'Oliveira', 'Souza', 'Rodrigues', 'Ferreira', 'Alves', 'Pereira', 'Lima', 'Gomes', 'Costa', 'Ribeiro', 'Martins', 'Carvalho', 'Almeida', 'Lopes', 'Soares', 'Fernandes', 'Vieira', 'Barbosa', 'Rocha', 'Dias', 'Nascimento', 'Andrade', 'Moreira', 'Nunes', 'Marques', 'Machado', 'Mendes', 'Freitas', 'Cardoso', 'Ramos', 'Gonçalves', 'Santana', 'Teixeira', 'Araújo', 'Pinto', 'Correia', 'Cavalcanti', 'Monteiro', 'Moura', 'Azevedo', 'Barros', 'Batista', 'Campos', 'Pires', 'Queiroz', 'Siqueira', 'Tavares', 'Xavier'];
const ES_F = ['María', 'Guadalupe', 'Fernanda', 'Daniela', 'Valeria', 'Andrea', 'Sofía', 'Camila', 'Paola', 'Gabriela', 'Alejandra', 'Mariana', 'Lucía', 'Natalia', 'Carolina', 'Ximena', 'Diana', 'Verónica', 'Claudia', 'Adriana', 'Paula', 'Juliana', 'Catalina', 'Constanza', 'Javiera', 'Francisca', 'Isidora', 'Laura', 'Luz', 'Marcela'];
const ES_M = ['José', 'Juan', 'Luis', 'Carlos', 'Jorge', 'Miguel', 'Alejandro', 'Fernando', 'Ricardo', 'Eduardo', 'Roberto', 'Javier', 'Diego', 'Andrés', 'Sergio', 'Raúl', 'Héctor', 'Óscar', 'Arturo', 'Manuel', 'Santiago', 'Sebastián', 'Felipe', 'Camilo', 'Cristóbal', 'Matías', 'Tomás', 'Nicolás', 'Ignacio', 'Julián'];
const MX_L = ['Hernández', 'García', 'Martínez', 'López', 'González', 'Pérez', 'Rodríguez', 'Sánchez', 'Ramírez', 'Cruz', 'Flores', 'Gómez', 'Morales', 'Vázquez', 'Reyes', 'Jiménez', 'Torres', 'Díaz', 'Gutiérrez', 'Ruiz', 'Mendoza', 'Aguilar', 'Ortiz', 'Moreno', 'Castillo', 'Romero', 'Álvarez', 'Méndez', 'Chávez', 'Rivera', 'Juárez', 'Ramos', 'Domínguez', 'Herrera', 'Medina', 'Castro', 'Vargas', 'Guzmán', 'Velázquez', 'Salazar'];
const CO_L = ['Rodríguez', 'Gómez', 'González', 'Martínez', 'García', 'López', 'Hernández', 'Sánchez', 'Ramírez', 'Pérez', 'Díaz', 'Muñoz', 'Rojas', 'Moreno', 'Jiménez', 'Vargas', 'Castro', 'Gutiérrez', 'Ospina', 'Restrepo', 'Cárdenas', 'Zapata', 'Osorio', 'Quintero', 'Arango', 'Henao', 'Londoño', 'Valencia', 'Mejía', 'Cardona'];
const CL_L = ['González', 'Muñoz', 'Rojas', 'Díaz', 'Pérez', 'Soto', 'Contreras', 'Silva', 'Martínez', 'Sepúlveda', 'Morales', 'Rodríguez', 'López', 'Fuentes', 'Hernández', 'Torres', 'Araya', 'Flores', 'Espinoza', 'Valenzuela', 'Castillo', 'Tapia', 'Reyes', 'Gutiérrez', 'Castro', 'Pizarro', 'Álvarez', 'Vásquez', 'Sánchez', 'Fernández'];

const strip = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');

export const DOMAIN = { BR: 'araponga.com.br', MX: 'araponga.com.mx', CO: 'araponga.com.co', CL: 'araponga.cl' };
export const ONMS = 'grupoaraponga.onmicrosoft.com';

// Sites. corp net per country; DCs and call centres are their own named networks.
export const SITES = {
  BR_HQ: { country: 'BR', place: 'SAO', net: 'BR_CORP', named: 'BR-HQ-SaoPaulo' },
  BR_DC_BAR: { country: 'BR', place: 'BAR', net: 'BR_CORP', named: 'BR-CD-Barueri' },
  BR_DC_CAJ: { country: 'BR', place: 'CAJ', net: 'BR_CORP', named: 'BR-CD-Cajamar' },
  BR_CC_REC: { country: 'BR', place: 'REC', net: 'BR_CORP', named: 'BR-CallCenter-Recife' },
  BR_VPN: { country: 'BR', place: 'SAO', net: 'BR_CORP', named: 'BR-VPN-GlobalProtect' },
  MX_HQ: { country: 'MX', place: 'MEX', net: 'MX_CORP', named: 'MX-Oficinas-CDMX' },
  MX_DC_TLC: { country: 'MX', place: 'TLC', net: 'MX_CORP', named: 'MX-CEDIS-Toluca' },
  MX_DC_MTY: { country: 'MX', place: 'MTY', net: 'MX_CORP', named: 'MX-CEDIS-Monterrey' },
  MX_VPN: { country: 'MX', place: 'MEX', net: 'MX_CORP', named: 'MX-VPN-GlobalProtect' },
  CO_HQ: { country: 'CO', place: 'BOG', net: 'CO_CORP', named: 'CO-Oficinas-Bogota' },
  CO_DC_MDE: { country: 'CO', place: 'MDE', net: 'CO_CORP', named: 'CO-CEDI-Medellin' },
  CO_CC_BOG: { country: 'CO', place: 'BOG', net: 'CO_CORP', named: 'CO-CallCenter-Bogota' },
  CL_HQ: { country: 'CL', place: 'SCL', net: 'CL_CORP', named: 'CL-Oficinas-Santiago' },
  CL_DC_PUD: { country: 'CL', place: 'PUD', net: 'CL_CORP', named: 'CL-CD-Pudahuel' },
};
const HOME_NETS = {
  BR: [['BR_VIVO', 4], ['BR_CLARO', 4], ['BR_OI', 1]],
  MX: [['MX_TELMEX', 5], ['MX_TOTALPLAY', 3], ['MX_MEGACABLE', 2]],
  CO: [['CO_CLARO', 3], ['CO_ETB', 3], ['CO_TIGOUNE', 3]],
  CL: [['CL_MOVISTAR', 3], ['CL_VTR', 3], ['CL_ENTELHOME', 2]],
};
export const MOBILE_NETS = {
  BR: [['BR_VIVO_M', 4], ['BR_TIM_M', 3], ['BR_CLARO_M', 3]],
  MX: [['MX_TELCEL', 7], ['MX_ATT', 3]],
  CO: [['CO_CLARO_M', 6], ['CO_MOVISTAR_M', 4]],
  CL: [['CL_ENTEL_M', 6], ['CL_CLARO_M', 4]],
};
const HOME_PLACES = {
  BR_HQ: ['SAO', 'SAO', 'SAO', 'GRU', 'BAR', 'CPQ'], BR_DC_BAR: ['BAR', 'SAO', 'BAR'], BR_DC_CAJ: ['CAJ', 'SAO', 'CAJ'], BR_CC_REC: ['REC'],
  MX_HQ: ['MEX', 'MEX', 'TLC'], MX_DC_TLC: ['TLC', 'MEX'], MX_DC_MTY: ['MTY'], CO_HQ: ['BOG'], CO_DC_MDE: ['MDE'], CO_CC_BOG: ['BOG'],
  CL_HQ: ['SCL'], CL_DC_PUD: ['PUD', 'SCL'],
};
// Stores: [country, place]
const STORE_PLACES = {
  BR: ['SAO', 'SAO', 'SAO', 'GRU', 'CPQ', 'SJC', 'RAO', 'RIO', 'RIO', 'BHZ', 'CWB', 'POA', 'SSA', 'FOR', 'REC', 'GYN', 'BSB', 'JOI', 'UDI'],
  MX: ['MEX', 'MEX', 'GDL', 'MTY', 'QRO', 'PUE', 'LEO', 'TIJ', 'CUN', 'TLC'],
  CO: ['BOG', 'BOG', 'MDE', 'CLO', 'BAQ'],
  CL: ['SCL', 'SCL', 'VAP', 'CCP', 'ANF'],
};

const COUNTS = {
  BR: { office: 430, dc: 240, driver: 90, sales: 60, store: 110, callcentre: 120, it: 24 },
  MX: { office: 170, dc: 110, driver: 40, sales: 35, store: 60, callcentre: 0, it: 8 },
  CO: { office: 80, dc: 45, driver: 12, sales: 15, store: 20, callcentre: 55, it: 4 },
  CL: { office: 75, dc: 40, driver: 10, sales: 12, store: 18, callcentre: 0, it: 3 },
};

const siteFor = (cc, persona, r) => {
  if (persona === 'office' || persona === 'it') return { BR: 'BR_HQ', MX: 'MX_HQ', CO: 'CO_HQ', CL: 'CL_HQ' }[cc];
  if (persona === 'dc') return { BR: r.chance(0.58) ? 'BR_DC_BAR' : 'BR_DC_CAJ', MX: r.chance(0.55) ? 'MX_DC_TLC' : 'MX_DC_MTY', CO: 'CO_DC_MDE', CL: 'CL_DC_PUD' }[cc];
  if (persona === 'callcentre') return { BR: 'BR_CC_REC', CO: 'CO_CC_BOG' }[cc];
  if (persona === 'driver') return { BR: r.chance(0.6) ? 'BR_DC_BAR' : 'BR_DC_CAJ', MX: r.chance(0.55) ? 'MX_DC_TLC' : 'MX_DC_MTY', CO: 'CO_DC_MDE', CL: 'CL_DC_PUD' }[cc];
  return { BR: 'BR_HQ', MX: 'MX_HQ', CO: 'CO_HQ', CL: 'CL_HQ' }[cc];
};

const DEPTS = {
  office: ['Finanças', 'Contas a Pagar', 'Compras', 'Comercial', 'Marketing', 'RH', 'Jurídico', 'Supply Chain', 'E-commerce', 'Controladoria', 'Planejamento', 'Trade Marketing'],
  officeES: ['Finanzas', 'Cuentas por Pagar', 'Compras', 'Comercial', 'Marketing', 'Recursos Humanos', 'Jurídico', 'Cadena de Suministro', 'E-commerce', 'Contraloría', 'Planeación'],
};

export function buildPeople(world, rng) {
  const r = rng.fork('people');
  const used = new Set();
  const users = [];
  const tenant = world.tenant;
  const mkName = (cc) => {
    for (;;) {
      const female = r.chance(0.5);
      const first = cc === 'BR' ? r.pick(female ? BR_F : BR_M) : r.pick(female ? ES_F : ES_M);
      const lastPool = cc === 'BR' ? BR_L : cc === 'MX' ? MX_L : cc === 'CO' ? CO_L : CL_L;
      const last = r.pick(lastPool);
      let base = `${strip(first)}.${strip(last)}`;
      let upnLocal = base;
      let n = 1;
      while (used.has(`${upnLocal}@${DOMAIN[cc]}`)) { n++; upnLocal = `${base}${n}`; }
      const upn = `${upnLocal}@${DOMAIN[cc]}`;
      used.add(upn);
      return { first, last, display: `${first} ${last}`, upn };
    }
  };
  const devId = () => r.guid();
  let serial = 1000;
  const laptop = (cc, u, managed = true) => ({
    id: devId(), name: `ARP-${cc}-NB${++serial}`, os: 'Windows 10', osNI: 'Windows10', browser: 'Edge 146.0.3856', browserNI: 'Rich Client 5.2.8.0',
    compliant: managed, managed, trust: managed ? (r.chance(0.8) ? 'Hybrid Azure AD joined' : 'Azure AD joined') : undefined, kind: 'laptop',
  });
  const phone = (ios) => ({
    id: r.chance(0.7) ? devId() : '', name: undefined, os: ios ? 'Ios' : 'Android', osNI: ios ? 'Ios' : 'Android',
    browser: ios ? 'Mobile Safari 26.1' : 'Chrome Mobile 146.0.0', browserNI: ios ? 'Rich Client 1.5.6' : 'Rich Client 6.0.1',
    compliant: undefined, managed: undefined, trust: 'Azure AD registered', kind: 'phone', ios,
  });

  const stores = {};
  for (const cc of Object.keys(COUNTS)) {
    const c = COUNTS[cc];
    for (const [persona, count] of Object.entries(c)) {
      for (let i = 0; i < count; i++) {
        const nm = mkName(cc);
        const site = siteFor(cc, persona, r);
        const u = {
          id: r.guid(), upn: nm.upn, signInName: nm.upn, display: nm.display, first: nm.first, last: nm.last, cc, persona, site,
          type: 'Member', homeTenantId: tenant.id, devices: [], mfaScope: true,
        };
        u.homePlace = r.pick(HOME_PLACES[site] || [SITES[site].place]);
        u.homeNet = r.wpick(HOME_NETS[cc]);
        u.mobileNet = r.wpick(MOBILE_NETS[cc]);
        u.ios = r.chance(cc === 'BR' ? 0.35 : 0.3);
        u.dept = persona === 'office' ? r.pick(cc === 'BR' ? DEPTS.office : DEPTS.officeES) : persona;
        if (persona === 'office' || persona === 'it' || persona === 'sales') {
          u.devices.push(laptop(cc, u));
          u.devices.push(phone(u.ios));
          u.browserUA = r.chance(0.6) ? 'winEdge' : 'winChrome';
          if (r.chance(0.06)) { u.devices[0] = { ...u.devices[0], os: 'MacOs', osNI: 'MacOs', browser: 'Safari 26.1', browserNI: 'Rich Client 5.2.8.0', trust: 'Azure AD registered', compliant: true, managed: true }; u.browserUA = 'macSafari'; u.mac = true; }
          u.officeDays = r.sample([1, 2, 3, 4, 5], persona === 'sales' ? 2 : r.int(3, 4));
          u.start = r.gauss(8.4, 0.6); u.len = r.gauss(9.3, 0.6);
        } else if (persona === 'store') {
          u.devices.push({ id: devId(), name: `ARP-${cc}-LJ${++serial}`, os: 'Windows 10', osNI: 'Windows10', browser: 'Edge 146.0.3856', browserNI: 'Rich Client 5.2.8.0', compliant: true, managed: true, trust: 'Azure AD joined', kind: 'storepc' });
          u.devices.push(phone(u.ios));
          u.browserUA = 'winEdge';
          const sp = r.pick(STORE_PLACES[cc]);
          const key = `${cc}-${sp}-${r.int(1, cc === 'BR' ? 9 : 4)}`;
          if (!stores[key]) stores[key] = world.newIp(`${cc}_STORE`, sp, { named: `${cc}-Lojas`.replace('MX-Lojas', 'MX-Tiendas').replace('CO-Lojas', 'CO-Tiendas').replace('CL-Lojas', 'CL-Tiendas'), r });
          u.store = stores[key]; u.storePlace = sp; u.homePlace = sp;
          u.daysOff = r.sample([0, 1, 2, 3, 4, 5, 6], 2);
          u.start = r.gauss(9.5, 0.8);
        } else if (persona === 'dc') {
          u.frontline = true; u.excludeMfa = true; u.mfaScope = false;
          u.shift = r.wpick([['A', 4], ['B', 4], ['C', 3]]); // 06-14, 14-22, 22-06
          u.daysOff = r.chance(0.5) ? [0, 6] : r.sample([0, 1, 2, 3, 4, 5, 6], 2);
          u.browserUA = 'zebra';
        } else if (persona === 'driver') {
          u.devices.push(phone(false)); u.ios = false;
          u.browserUA = 'androidChrome';
          u.daysOff = r.sample([0, 1, 2, 3, 4, 5, 6], r.int(1, 2));
          u.routes = cc === 'BR' ? r.sample(['SAO', 'CPQ', 'RAO', 'UDI', 'GYN', 'BHZ', 'RIO', 'CWB', 'JOI', 'POA'], 4) : cc === 'MX' ? r.sample(['MEX', 'TLC', 'QRO', 'LEO', 'GDL', 'MTY', 'PUE'], 3) : cc === 'CO' ? ['MDE', 'BOG', 'CLO'] : ['PUD', 'VAP', 'CCP'];
        } else if (persona === 'callcentre') {
          u.shift = r.wpick([['M', 5], ['T', 5], ['N', 2]]); // 07-13, 13-19, 16-22
          u.daysOff = r.chance(0.6) ? [0, 6] : r.sample([0, 1, 2, 3, 4, 5, 6], 2);
          u.devices.push({ id: devId(), name: `ARP-${cc}-VDI${++serial}`, os: 'Windows 10', osNI: 'Windows10', browser: 'Edge 146.0.3856', browserNI: 'Rich Client 5.2.8.0', compliant: true, managed: true, trust: 'Hybrid Azure AD joined', kind: 'vdi', shared: true });
          u.browserUA = 'winEdge';
        }
        if (persona === 'sales') { u.cities = cc === 'BR' ? r.sample(['SAO', 'CPQ', 'RIO', 'BHZ', 'CWB', 'POA', 'SSA', 'REC', 'GYN', 'BSB', 'FOR'], 4) : cc === 'MX' ? r.sample(['MEX', 'GDL', 'MTY', 'QRO', 'PUE', 'LEO'], 3) : cc === 'CO' ? ['BOG', 'MDE', 'CLO', 'BAQ'] : ['SCL', 'VAP', 'CCP', 'ANF']; }
        u.homeIp = world.newIp(u.homeNet, u.homePlace, { r });
        users.push(u);
      }
    }
  }

  // Frontline shared handhelds per DC (Zebra TC53 in shared device mode)
  const handhelds = {};
  for (const s of ['BR_DC_BAR', 'BR_DC_CAJ', 'MX_DC_TLC', 'MX_DC_MTY', 'CO_DC_MDE', 'CL_DC_PUD']) {
    const n = { BR_DC_BAR: 60, BR_DC_CAJ: 45, MX_DC_TLC: 28, MX_DC_MTY: 24, CO_DC_MDE: 20, CL_DC_PUD: 18 }[s];
    handhelds[s] = [];
    for (let i = 0; i < n; i++) handhelds[s].push({ id: r.guid(), name: `ARP-${s.slice(0, 2)}-${s.slice(6)}-HH${String(i + 1).padStart(3, '0')}`, os: 'Android', osNI: 'Android', browser: 'Chrome Mobile 146.0.0', browserNI: 'Rich Client 6.0.1', compliant: true, managed: true, trust: 'Azure AD registered', kind: 'handheld', shared: true });
  }

  // IT: admin accounts for the IT staff (cloud-only, onmicrosoft)
  const its = users.filter((u) => u.persona === 'it');
  const admins = [];
  for (const u of its.slice(0, 22)) {
    const a = {
      id: r.guid(), upn: `adm.${u.upn.split('@')[0]}@${ONMS}`, display: `ADM ${u.display}`, first: u.first, last: u.last, cc: u.cc,
      persona: 'itadmin', site: u.site, type: 'Member', homeTenantId: tenant.id, devices: [u.devices[0]], owner: u, admin: true, mfaScope: true,
      homePlace: u.homePlace, homeNet: u.homeNet, homeIp: u.homeIp, mobileNet: u.mobileNet, browserUA: u.browserUA,
    };
    a.signInName = a.upn;
    u.adminAccount = a;
    admins.push(a);
    users.push(a);
  }

  // Outsourced IT provider (NuvemTec Serviços Gerenciados, Campinas): help-desk agents as B2B guests
  const provTenant = r.guid();
  const provOffice = [world.newIp('NUVEMTEC', 'CPQ', { r }), world.newIp('NUVEMTEC', 'CPQ', { r }), world.newIp('NUVEMTEC', 'CPQ', { r })];
  const helpdesk = [];
  for (let i = 0; i < 18; i++) {
    const nm = mkName('BR');
    const local = nm.upn.split('@')[0];
    const g = {
      id: r.guid(), upn: `${local}_nuvemtec.com.br#EXT#@${ONMS}`, signInName: `${local}@nuvemtec.com.br`, display: `${nm.display} (NuvemTec)`,
      first: nm.first, last: nm.last, cc: 'BR', persona: 'helpdesk', site: 'BR_HQ', type: 'Guest', homeTenantId: provTenant, devices: [],
      mfaScope: true, homePlace: 'CPQ', homeNet: 'BR_VIVO', mobileNet: 'BR_TIM_M', browserUA: 'winChrome',
      provOffice: r.pick(provOffice), shift: r.wpick([['M', 1], ['T', 1]]),
    };
    g.devices.push({ id: '', os: 'Windows 10', osNI: 'Windows10', browser: 'Chrome 146.0.0', browserNI: 'Rich Client 5.2.8.0', kind: 'provider' });
    g.homeIp = world.newIp('BR_VIVO', 'CPQ', { r });
    helpdesk.push(g); users.push(g);
  }

  // Supplier / auditor guests
  const suppliers = [
    { dom: 'gulfline-freight.com', org: 'Gulfline Freight Partners', place: 'HOU', net: 'US_ATT_BIZ', n: 8, tz: -6 },
    { dom: 'shenzhen-brightpack.cn', org: 'Shenzhen BrightPack', place: 'SZX', net: 'CN_TELECOM', n: 7, tz: 8 },
    { dom: 'auditoria-pmlc.com.br', org: 'PMLC Auditores', place: 'SAO', net: 'BR_CLARO', n: 9, tz: -3 },
    { dom: 'andesembalajes.cl', org: 'Andes Embalajes', place: 'SCL', net: 'CL_VTR', n: 4, tz: -3 },
  ];
  const guests = [];
  const EN_F = ['Emily', 'Sarah', 'Jessica', 'Ashley', 'Megan'], EN_M = ['Michael', 'David', 'Kevin', 'Brian', 'Jason'], EN_L = ['Miller', 'Johnson', 'Walker', 'Turner', 'Parker', 'Brooks', 'Reed'];
  const CN = [['Wei', 'Chen'], ['Li', 'Zhang'], ['Min', 'Huang'], ['Jun', 'Liu'], ['Fang', 'Wu'], ['Hao', 'Lin'], ['Yan', 'Zhou']];
  for (const s of suppliers) {
    s.tenantId = r.guid();
    s.office = world.newIp(s.net, s.place, { r });
    for (let i = 0; i < s.n; i++) {
      let first, last;
      if (s.place === 'HOU') { first = r.pick(r.chance(0.5) ? EN_F : EN_M); last = r.pick(EN_L); }
      else if (s.place === 'SZX') { [first, last] = CN[i % CN.length]; }
      else { const nm = mkName(s.place === 'SCL' ? 'CL' : 'BR'); first = nm.first; last = nm.last; }
      const local = `${strip(first)}.${strip(last)}${i > 4 ? i : ''}`;
      const g = {
        id: r.guid(), upn: `${local}_${s.dom}#EXT#@${ONMS}`, signInName: `${local}@${s.dom}`, display: `${first} ${last}`,
        first, last, cc: place(s.place).cc, persona: 'guest', site: null, type: 'Guest', homeTenantId: s.tenantId, supplier: s, devices: [],
        mfaScope: true, homePlace: s.place, browserUA: 'winChrome',
      };
      g.devices.push({ id: '', os: 'Windows 10', osNI: 'Windows10', browser: 'Chrome 146.0.0', browserNI: 'Rich Client 5.2.8.0', kind: 'external' });
      guests.push(g); users.push(g);
    }
  }

  // Service accounts, break-glass, sync
  const svc = (local, display, extra = {}) => {
    const u = { id: r.guid(), upn: `${local}@${DOMAIN.BR}`, display, persona: 'svc', cc: 'BR', site: 'BR_HQ', type: 'Member', homeTenantId: tenant.id, devices: [], excludeMfa: true, mfaScope: false, ...extra };
    u.signInName = u.upn; users.push(u); return u;
  };
  const services = {
    scanner: svc('svc.scanner.cd', 'Serviço Digitalização CD (SMTP)', { legacyAllowed: true }),
    erp: svc('svc.erp.integracao', 'Serviço Integração ERP'),
    bi: svc('svc.powerbi.refresh', 'Serviço Power BI Refresh'),
    wms: svc('svc.wms.etiquetas', 'Serviço WMS Etiquetas'),
    migr: svc('svc.migracao', 'svc.migracao', { synced: true, globalAdmin: true, admin: true }),
    rooms1: svc('sala.reuniao.paulista', 'Sala Reunião Paulista 12º'),
    rooms2: svc('sala.reuniao.cdmx', 'Sala Juntas CDMX'),
  };
  const bg = [];
  for (const n of ['breakglass01', 'breakglass02']) {
    const u = { id: r.guid(), upn: `${n}@${ONMS}`, display: n === 'breakglass01' ? 'Break Glass 01' : 'Break Glass 02', persona: 'breakglass', cc: 'BR', site: 'BR_HQ', type: 'Member', homeTenantId: tenant.id, devices: [], excludeMfa: true, admin: true };
    u.signInName = u.upn; users.push(u); bg.push(u);
  }
  const sync = { id: r.guid(), upn: `Sync_ARPADSYNC01_7f3c2a91d4e8@${ONMS}`, display: 'On-Premises Directory Synchronization Service Account', persona: 'sync', cc: 'BR', site: 'BR_HQ', type: 'Member', homeTenantId: tenant.id, devices: [], excludeMfa: true };
  sync.signInName = sync.upn.toLowerCase(); users.push(sync);

  return { users, admins, helpdesk, guests, suppliers, services, breakglass: bg, sync, handhelds, stores, provTenant, provOffice };
}
