// Directory audit events as Get-MgAuditLogDirectoryAudit (Microsoft.Graph v1.0 SDK model) returns them, in the
// property order ConvertTo-Json walks (Id first, the rest alphabetical, AdditionalProperties last).
import { PSDate } from './psjson.mjs';
import { TENANT } from './tenant.mjs';

export const SYNC_ACTOR = { upn: `Sync_TMLADC01_3f9a2c71e0b4@${TENANT.initialDomain}`, id: '8d4f0e2a-5b7c-4e31-9a6d-2c8b1f7e4a90', display: 'On-Premises Directory Synchronization Service Account' };
export const APPS_AS_ACTOR = {
  pim: { appId: null, displayName: 'MS-PIM', spId: 'a4c2e9f1-0b3d-47e6-8f15-6c7d9b2a8e03' },
  intune: { appId: '0000000a-0000-0000-c000-000000000000', displayName: 'Microsoft Intune', spId: 'c9a1e3d7-42f0-4b86-9e5a-1d7f3b6c0e28' },
  drs: { appId: '01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', displayName: 'Device Registration Service', spId: 'e2b7c4a9-8d16-4f03-b5e1-7a9c2d4f6b81' },
  aadConnectHealth: { appId: null, displayName: 'Azure AD Cloud Sync', spId: '3b8e1f6a-2c94-4d07-a1e5-9f0c7b3d2e64' },
  msApproval: { appId: '65d91a3d-ab74-42e6-8a2f-0add61688c74', displayName: 'Microsoft Approval Management', spId: 'f1d3b5a7-9c2e-4e80-b6a4-0c8e2f1d7a95' },
  groupsLifecycle: { appId: null, displayName: 'Microsoft Azure AD Group-Based Licensing', spId: '7e5c3a1f-d9b2-4c68-8e04-b2f6a8d0c1e3' },
  o365Portal: { appId: '00000006-0000-0ff1-ce00-000000000000', displayName: 'Microsoft Office 365 Portal', spId: '5a9e7c3b-1f08-4d26-b4e2-8c6a0f3d9b17' },
  teamsServices: { appId: 'cc15fd57-2c6c-4117-a88c-83b1d56b4bbe', displayName: 'Microsoft Teams Services', spId: 'd8f2a6c4-3e1b-4a97-85c0-6b4e9d2f1a73' },
};

const PREFIX = { 'Core Directory': 'Directory', 'Self-service Group Management': 'SSGM', 'Device Registration Service': 'Directory', 'Conditional Access': 'IPCGraph', PIM: 'Directory', 'Authentication Methods': 'UserManagement', 'Self-service Password Management': 'SSPR', 'Invited Users': 'B2BIntegration' };

/** e: { t, activity, category, service, op, result, reason, corr, actor:{kind:'user'|'app', ...}, targets:[{id,name,type,upn,groupType,props:[[n,old,new]]}], details:[[k,v]] } */
export function auditRecord(e, rng) {
  const prefix = PREFIX[e.service] || 'Directory';
  const id = `${prefix}_${e.corr}_${rng.alnum(5)}_${rng.int(10_000_000, 199_999_999)}`;
  let user = null, app = null;
  if (e.actor.kind === 'user') user = { Id: e.actor.id, DisplayName: e.actor.display ?? null, IPAddress: e.actor.ip ?? null, UserPrincipalName: e.actor.upn, AdditionalProperties: {} };
  else app = { AppId: e.actor.appId ?? null, DisplayName: e.actor.displayName, ServicePrincipalId: e.actor.spId, ServicePrincipalName: e.actor.spName ?? null, AdditionalProperties: {} };
  return {
    Id: id,
    ActivityDateTime: new PSDate(e.t),
    ActivityDisplayName: e.activity,
    AdditionalDetails: (e.details || []).map(([k, v]) => ({ Key: k, Value: v, AdditionalProperties: {} })),
    Category: e.category,
    CorrelationId: e.corr,
    InitiatedBy: { App: app, User: user, AdditionalProperties: {} },
    LoggedByService: e.service,
    OperationType: e.op,
    Result: e.result || 'success',
    ResultReason: e.reason ?? '',
    TargetResources: (e.targets || []).map((x) => ({
      Id: x.id,
      DisplayName: x.name ?? null,
      GroupType: x.groupType ?? null,
      ModifiedProperties: (x.props || []).map(([n, o, v]) => ({ DisplayName: n, NewValue: v, OldValue: o, AdditionalProperties: {} })),
      Type: x.type,
      UserPrincipalName: x.upn ?? null,
      AdditionalProperties: {},
    })),
    AdditionalProperties: {},
  };
}

/** JSON-encoded value strings as the audit log carries them in modifiedProperties. */
export const jv = (x) => (x === null ? null : JSON.stringify(x));
export const jarr = (...xs) => JSON.stringify(xs);

export function userActor(u, ip = null) { return { kind: 'user', id: u.id, upn: u.upn, display: null, ip }; }
export function appActor(a) { return { kind: 'app', ...a }; }
export function userTarget(u, props = []) { return { id: u.id, name: null, type: 'User', upn: u.upn, props }; }
