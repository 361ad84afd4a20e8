// directoryAudit records in Graph's shape.
import { iso } from './record.mjs';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const userActor = (u, ip) => ({ user: { id: u.id, displayName: null, userPrincipalName: u.upn, ipAddress: ip || '', userType: null, homeTenantId: null, homeTenantName: null }, app: null });
export const appActor = (name, appId, spId) => ({ user: null, app: { appId, displayName: name, servicePrincipalId: spId, servicePrincipalName: name } });
export const tUser = (u, props = []) => ({ id: u.id, displayName: u.name ?? null, type: 'User', userPrincipalName: u.upn, groupType: null, modifiedProperties: props });
export const tObj = (type, id, name, props = []) => ({ id, displayName: name, type, userPrincipalName: null, groupType: null, modifiedProperties: props });
export const prop = (displayName, oldValue, newValue) => ({ displayName, oldValue: oldValue == null ? null : JSON.stringify(oldValue), newValue: newValue == null ? null : JSON.stringify(newValue) });

export function makeAudit(r, o) {
  const corr = o.corr || r.uuid();
  let tail = ''; for (let i = 0; i < 5; i++) tail += ALNUM[r.int(0, 35)];
  return {
    id: `Directory_${corr}_${tail}_${r.int(100000000, 999999999)}`,
    category: o.category,
    correlationId: corr,
    result: o.result || 'success',
    resultReason: o.reason || '',
    activityDisplayName: o.activity,
    activityDateTime: iso(o.t),
    loggedByService: o.service || 'Core Directory',
    operationType: o.op || 'Update',
    userAgent: o.ua || null,
    initiatedBy: o.actor,
    targetResources: o.targets || [],
    additionalDetails: o.details || [],
  };
}

/** The address a person's sign-ins came from closest before time t (audits carry the actor's IP). */
export function ipAt(E, u, t) {
  const a = E.seen.get(u.id); if (!a || !a.length) return '';
  let best = a[0];
  for (const x of a) { if (x[0] <= t && x[0] > best[0]) best = x; }
  return best[1].ip;
}
/** A time inside one of the person's working blocks (so the audit sits among their own sign-ins). */
export function timeIn(r, E, u) {
  const a = E.seen.get(u.id); if (!a || !a.length) return null;
  const [t] = r.pick(a);
  return t + r.int(2, 40) * 60_000;
}
