// Service accounts, meeting-room accounts and managed identities: regular machine sign-ins.
import { DOMAIN, APPS, RESOURCES, UA } from './world.mjs';
import { spotAt, ev } from './session.mjs';
import { MIN, HOUR } from './rng.mjs';

const A = (id, name) => ({ id, name });
export const SVC_APPS = {
  pacsConnector: A('3d7b9e21-5c4a-4f80-b6e2-a19c07d5f843', 'PACS Worklist Connector'),
  veeam: A('c8a1f0d2-7e35-49b6-8d14-e6f2b5093a7c', 'Veeam Backup for Microsoft 365'),
  labInterface: A('91e5c7a3-0b4d-4e2f-a8c6-3f7d2b1e9054', 'Lab Result Mailer'),
  rooms: A('1fec8e78-bce4-4aaf-ab1b-5451cc387264', 'Microsoft Teams'),
};
export const MI = [
  { app: A('6b2f4e8d-13a9-4c57-9e0b-7d5a1c3f8e26', 'func-labresults-prod'), spId: '0a4e6c8b-2d1f-4b39-8e57-c3a9f1d7e052', every: 30, res: RESOURCES.keyVault },
  { app: A('f3c9a7e1-58d2-4b06-a1e4-9c2b7d0f6a35', 'logic-hr-onboarding'), spId: '7c1e5a9d-3b8f-4e26-b0d4-1f6a8c2e9b73', every: 30, res: RESOURCES.graph },
  { app: A('2e8d6b4a-9f17-4c3e-b5a2-6d0c8e1f4a97', 'aa-secret-rotation'), spId: '5d3b9f1e-7a2c-4e68-9b04-a8c6e2d1f357', every: 60, res: RESOURCES.graph },
];

export function serviceAccounts(rng) {
  const mk = (local, name, extra) => ({ upn: `${local}@${DOMAIN}`, id: rng.guid(), name, role: 'service', typoRate: 0, ...extra });
  const accts = [
    mk('svc-pacs-sync', 'SVC PACS Sync', { every: 20, app: SVC_APPS.pacsConnector, res: RESOURCES.graph, ip: '193.156.95.21' }),
    mk('svc-vaktplan', 'SVC Vaktplan Sync', { every: 30, app: APPS.roster, res: RESOURCES.graph, ip: '193.156.95.22' }),
    mk('svc-m365backup', 'SVC M365 Backup', { every: 10, night: true, app: SVC_APPS.veeam, res: RESOURCES.exchange, ip: '193.156.95.30' }),
    mk('svc-labmail', 'SVC Lab Mailer', { every: 20, app: SVC_APPS.labInterface, res: RESOURCES.exchange, ip: '193.156.95.23' }),
    mk('svc-medimaging-imap', 'SVC MedImaging IMAP', { imap: true, every: 90, ip: '193.156.90.41', net: 'site_bodo' }),
    mk('svc-scan2mail-tromso', 'Scan to mail Tromsø', { smtp: true, ip: '193.156.88.60', net: 'site_tromso' }),
  ];
  for (const [i, room] of ['Nordlys-Auditoriet', 'Tromsø-Møterom-3A', 'Tromsø-Møterom-5C', 'Bodø-Styrerom', 'Harstad-Møterom-1', 'Oslo-Møterom-Fjord'].entries()) {
    accts.push(mk(`room-${room.toLowerCase().replace(/ø/g, 'o').replace(/[^a-z0-9-]/g, '')}`, room, { every: 60, app: SVC_APPS.rooms, res: RESOURCES.teamsSvc, ip: `193.156.${[88, 88, 88, 90, 91, 94][i]}.${120 + i}`, net: `site_${['tromso', 'tromso', 'tromso', 'bodo', 'harstad', 'oslo'][i]}`, room: true }));
  }
  return accts;
}

const DEV = { id: '', name: '', os: '', browser: '', compliant: false, managed: false, trust: '' };
const ROOM_DEV = { id: '', name: 'Teams Room', os: 'Windows10', browser: '', compliant: true, managed: true, trust: 'Azure AD joined' };

export function serviceActivity(ctx, a, { start, end }) {
  const r = ctx.rng;
  const spot = spotAt(ctx, a.net || 'datacenter', a.ip);
  spot.trusted = 'Nordlys sykehusnett';
  if (a.imap) { // legacy IMAP poller of the imaging device integration: basic auth, always interactive
    for (let t = start + r.int(0, 60) * MIN; t < end; t += (a.every + r.int(-10, 10)) * MIN) {
      ev(ctx, a, t, { spot, dev: DEV, app: APPS.exchange, res: RESOURCES.exchange, ua: UA.imap, client: 'IMAP4', inter: true, proto: 'ropc', ca: 'notApplied' });
    }
    return;
  }
  if (a.smtp) { // multifunction printer scanning to mail with SMTP AUTH during the working day
    for (let t = start; t < end; t += HOUR) {
      const h = new Date(t).getUTCHours(), wd = new Date(t).getUTCDay();
      if (wd === 0 || wd === 6 || h < 6 || h > 15) continue;
      const n = r.int(0, 3);
      for (let i = 0; i < n; i++) ev(ctx, a, t + r.int(0, 59) * MIN, { spot, dev: DEV, app: APPS.exchange, res: RESOURCES.exchange, ua: '', client: 'Authenticated SMTP', inter: true, proto: 'ropc', ca: 'notApplied' });
    }
    return;
  }
  const session = r.guid();
  for (let t = start + r.int(0, a.every) * MIN; t < end; t += (a.every + r.int(-1, 1)) * MIN + r.int(0, 59) * 1000) {
    const h = new Date(t).getUTCHours();
    if (a.night && h >= 4 && h < 21) continue;
    ev(ctx, a, t, { spot, dev: a.room ? ROOM_DEV : DEV, app: a.app, res: a.res, ua: a.room ? 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Teams/1.7.00 MTR/5.2' : '', client: 'Mobile Apps and Desktop clients', session, inter: false });
  }
}

export function managedIdentityActivity(ctx, { start, end }) {
  const r = ctx.rng;
  const none = { net: { asn: 0 }, ip: '', geo: ['', '', '', 0, 0] };
  for (const m of MI) {
    for (let t = start + r.int(0, m.every) * MIN; t < end; t += m.every * MIN + r.int(-30, 30) * 1000) {
      ev(ctx, { upn: '', id: '', name: m.app.name }, t, { spot: none, dev: DEV, app: m.app, res: m.res, ua: '', client: '', inter: false, kind: 'managedIdentity', spId: m.spId, ca: 'notApplied' });
    }
  }
}
