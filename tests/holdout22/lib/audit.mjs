// Builds Graph v1.0 directoryAudit objects.
import { iso7 } from './signin.mjs';

// modifiedProperties values are JSON text: plain values are encoded here; a string already in quotes
// ('"True"') or prefixed 'raw:' is taken as already-encoded JSON text.
const j = (v) => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' && v.length > 1 && v.startsWith('"') && v.endsWith('"')) return v;
  return JSON.stringify(v);
};

/** who: { user } (tenant user object + ip) or { app: {appId, displayName, servicePrincipalId} } */
export function buildAudit({ rng, t, activity, category, service = 'Core Directory', result = 'success', reason = '', operationType = 'Update', by, targets = [], details = [], correlationId }) {
  const corr = correlationId || rng.guid();
  let initiatedBy;
  if (by.user) {
    const u = by.user;
    initiatedBy = { user: { id: u.id, displayName: null, userPrincipalName: u.type === 'guest' ? u.guestUpn : u.upn, ipAddress: by.ip || '', userType: null, homeTenantId: null, homeTenantName: null } };
  } else {
    initiatedBy = { app: { appId: by.app.appId || null, displayName: by.app.displayName, servicePrincipalId: by.app.servicePrincipalId || rng.guid(), servicePrincipalName: by.app.servicePrincipalName || null } };
  }
  return {
    id: `Directory_${corr}_${rng.alnum(5)}_${rng.int(100000000, 999999999)}`,
    category,
    correlationId: corr,
    result,
    resultReason: reason,
    activityDisplayName: activity,
    activityDateTime: iso7(t, rng.int(0, 9999999)),
    loggedByService: service,
    operationType,
    initiatedBy,
    targetResources: targets.map((x) => ({
      id: x.id, displayName: x.displayName ?? null, type: x.type, userPrincipalName: x.upn ?? null, groupType: x.groupType ?? null,
      modifiedProperties: (x.props || []).map(([displayName, oldValue, newValue]) => ({ displayName, oldValue: oldValue === undefined ? null : (typeof oldValue === 'string' && oldValue.startsWith('raw:') ? oldValue.slice(4) : j(oldValue)), newValue: newValue === undefined ? null : (typeof newValue === 'string' && newValue.startsWith('raw:') ? newValue.slice(4) : j(newValue)) })),
    })),
    additionalDetails: details.map(([key, value]) => ({ key, value })),
  };
}

export const userTarget = (u, props = []) => ({ id: u.id, type: 'User', displayName: null, upn: u.type === 'guest' ? u.guestUpn : u.upn, props });
