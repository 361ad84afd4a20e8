// Audit-log activities (directoryAudit → portal audit CSV), as helpers shared by the benign and the attack code.
import { J } from './rows.mjs';
import { MIN, SEC } from './calendar.mjs';

export const SP = {
  drs: { name: 'Device Registration Service', id: '5b1d2e39-7c8a-4f4a-9a61-0c3e2f9d8b17' },
  intune: { name: 'Microsoft Intune', id: '0bd2c3f1-4a6e-4e58-9d7b-7e1f5a3c2d90' },
  pim: { name: 'MS-PIM', id: 'b2d6a4c8-1e3f-4a5b-9c7d-8e0f1a2b3c4d' },
  rotator: { name: 'cu-secret-rotator', id: '6e4f0b2a-9d1c-4c7e-8a5b-3f2e1d0c9b8a' },
  sspr: { name: 'Microsoft password reset service', id: '93625bc8-bfe2-437a-97e0-3d0060024faa' },
};

export class Audit {
  constructor(rng, T, F) {
    this.rng = rng; this.T = T; this.F = F;
    this.sync = { id: rng.guid(), display: 'On-Premises Directory Synchronization Service Account', upn: `Sync_CU-ADSYNC01_${rng.hex(12)}@chebuctou.onmicrosoft.com` };
  }
  _ua(u) { return u?.ua ?? ''; }
  userTarget(u, props) { return { type: 'User', name: u.display, id: u.id, upn: u.upn, props }; }
  add(s) { return this.F.audit(s); }

  registeredSecurityInfo(t, u, ip, method, { ua = '', attack = null, all = true } = {}) {
    const reason = { push: 'User registered Authenticator App with Notification and Code', sms: 'User registered Mobile Phone SMS', totp: 'User registered Authenticator App with Code', fido2: 'User registered FIDO2 Security Key', call: 'User registered Mobile Phone Call' }[method] ?? 'User registered Authenticator App with Notification and Code';
    const corr = this.rng.guid();
    this.add({ t, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered security info', reason, ua, actor: { user: u }, ip, targets: [this.userTarget(u)], corr, attack });
    if (all) this.add({ t: t + this.rng.int(2, 40) * SEC, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered all required security info', reason: 'User registered all required security info', ua, actor: { user: u }, ip, targets: [this.userTarget(u)], corr, attack });
  }
  changedDefault(t, u, ip, { ua = '', attack = null } = {}) {
    this.add({ t, service: 'Authentication Methods', category: 'UserManagement', activity: 'User changed default security info', reason: 'User changed the default security info from Mobile Phone SMS to Authenticator App notification', ua, actor: { user: u }, ip, targets: [this.userTarget(u)], attack });
  }
  deletedSecurityInfo(t, u, ip, { ua = '', attack = null } = {}) {
    this.add({ t, service: 'Authentication Methods', category: 'UserManagement', activity: 'User deleted security info', reason: 'User deleted Authenticator App with Notification and Code', ua, actor: { user: u }, ip, targets: [this.userTarget(u)], attack });
  }
  adminTap(t, admin, ip, target, { attack = null, lifetime = 60 } = {}) {
    this.add({ t, service: 'Authentication Methods', category: 'UserManagement', activity: 'Admin registered security info', reason: 'Admin registered temporary access pass method for user', ua: '', actor: { user: admin }, ip, targets: [this.userTarget(target, [['StrongAuthenticationMethod', '', J(JSON.stringify([{ MethodType: 'TemporaryAccessPass', LifetimeInMinutes: lifetime, IsUsableOnce: true }]))]])], attack });
  }
  adminDeletedSecurityInfo(t, admin, ip, target, { attack = null } = {}) {
    this.add({ t, service: 'Authentication Methods', category: 'UserManagement', activity: 'Admin deleted security info', reason: 'Admin deleted Authenticator App with Notification and Code for user', ua: '', actor: { user: admin }, ip, targets: [this.userTarget(target)], attack });
  }
  ssprReset(t, u, ip, { unlock = false, ua = '', attack = null } = {}) {
    const corr = this.rng.guid();
    this.add({ t, service: 'Self-service Password Management', category: 'UserManagement', activity: 'Self-service password reset flow activity progress', reason: 'User started the password reset flow', ua, actor: { user: u }, ip, targets: [this.userTarget(u)], corr, attack });
    this.add({ t: t + this.rng.int(20, 90) * SEC, service: 'Self-service Password Management', category: 'UserManagement', activity: 'Self-service password reset flow activity progress', reason: 'User successfully verified their mobile phone', ua, actor: { user: u }, ip, targets: [this.userTarget(u)], corr, attack });
    const t2 = t + this.rng.int(100, 200) * SEC;
    this.add({ t: t2, service: 'Self-service Password Management', category: 'UserManagement', activity: unlock ? 'Unlock user account (self-service)' : 'Reset password (self-service)', reason: unlock ? 'User successfully unlocked their account' : 'User successfully reset password', ua, actor: { user: u }, ip, targets: [this.userTarget(u)], corr, attack });
    if (!unlock) this.add({ t: t2 + this.rng.int(1, 5) * SEC, service: 'Core Directory', category: 'UserManagement', activity: 'Reset user password', actor: { sp: SP.sspr }, targets: [this.userTarget(u)], corr, attack });
    return t2;
  }
  adminReset(t, admin, ip, target, { attack = null, ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.0.0' } = {}) {
    const corr = this.rng.guid();
    this.add({ t, service: 'Core Directory', category: 'UserManagement', activity: 'Reset user password', ua, actor: { user: admin }, ip, targets: [this.userTarget(target)], corr, attack, details: [['User-Agent', ua]] });
    this.add({ t: t + 2 * SEC, service: 'Self-service Password Management', category: 'UserManagement', activity: 'Reset password (by admin)', reason: 'Successfully completed reset.', actor: { user: admin }, ip, targets: [this.userTarget(target)], corr, attack });
  }
  revokeSessions(t, admin, ip, target, { attack = null } = {}) {
    this.add({ t, service: 'Core Directory', category: 'UserManagement', activity: 'Update user', actor: { user: admin }, ip, targets: [this.userTarget(target, [['StsRefreshTokensValidFrom', J(['2026-09-01T00:00:00Z']), J([new Date(t).toISOString().replace(/\.\d{3}Z/, 'Z')])], ['Included Updated Properties', '', J('StsRefreshTokensValidFrom')]])], attack });
  }
  disable(t, actor, ip, target, { attack = null } = {}) {
    const a = actor ? (actor.user || actor.sp ? actor : { user: actor }) : { user: this.sync };
    this.add({ t, service: 'Core Directory', category: 'UserManagement', activity: 'Disable account', actor: a, ip, targets: [this.userTarget(target, [['AccountEnabled', J([true]), J([false])], ['Included Updated Properties', '', J('AccountEnabled')]])], attack });
  }
  syncUpdate(t, target, prop, oldV, newV) {
    this.add({ t, service: 'Core Directory', category: 'UserManagement', activity: 'Update user', actor: { user: this.sync }, targets: [this.userTarget(target, [[prop, J([oldV]), J([newV])], ['Included Updated Properties', '', J(prop)]])] });
  }
  syncAddUser(t, target) {
    this.add({ t, service: 'Core Directory', category: 'UserManagement', activity: 'Add user', actor: { user: this.sync }, targets: [this.userTarget(target, [['AccountEnabled', '', J([true])], ['DisplayName', '', J([target.display])], ['UserPrincipalName', '', J([target.upn])], ['UserType', '', J(['Member'])], ['Included Updated Properties', '', J('AccountEnabled, DisplayName, UserPrincipalName, UserType')]])] });
  }
  groupMember(t, actor, ip, target, group, add = true, { attack = null } = {}) {
    this.add({ t, service: 'Core Directory', category: 'GroupManagement', activity: add ? 'Add member to group' : 'Remove member from group', actor: actor.sp ? actor : { user: actor }, ip, targets: [this.userTarget(target), { type: 'Group', name: group.name, id: group.id, props: [[add ? 'Group.ObjectID' : 'Group.ObjectID', add ? '' : J(group.id), add ? J(group.id) : ''], ['Group.DisplayName', add ? '' : J(group.name), add ? J(group.name) : '']] }], attack });
  }
  device(t, u, d, { attack = null, ip = '' } = {}) {
    const corr = this.rng.guid();
    const dt = { type: 'Device', name: d.name ?? `${u.first}'s ${d.os === 'Ios' ? 'iPhone' : d.os}`, id: d.objectId ?? this.rng.guid() };
    this.add({ t, service: 'Core Directory', category: 'Device', activity: 'Add device', actor: { sp: SP.drs }, targets: [{ ...dt, props: [['CloudAccountEnabled', '', J([true])], ['CloudDeviceOSType', '', J([d.os])], ['CloudDeviceTrustType', '', J([d.trust ?? 'Workplace'])], ['CloudDeviceId', '', J([d.id])]] }], corr, attack, details: [['AdditionalInfo', 'Device registered by Device Registration Service']] });
    this.add({ t: t + SEC, service: 'Core Directory', category: 'Device', activity: 'Add registered owner to device', actor: { sp: SP.drs }, targets: [dt, this.userTarget(u)], corr, attack });
    this.add({ t: t + 2 * SEC, service: 'Core Directory', category: 'Device', activity: 'Add registered users to device', actor: { sp: SP.drs }, targets: [dt, this.userTarget(u)], corr, attack });
  }
  intuneUpdate(t, name, id, compliant) {
    this.add({ t, service: 'Core Directory', category: 'Device', activity: 'Update device', actor: { sp: SP.intune }, targets: [{ type: 'Device', name, id, props: [['IsCompliant', J([!compliant]), J([compliant])], ['Included Updated Properties', '', J('IsCompliant')]] }] });
  }
  pimActivate(t, u, ip, role, minutes, justification, { attack = null } = {}) {
    const req = this.rng.guid();
    const corr = this.rng.guid();
    const det = (extra) => [['RoleDefinitionOriginId', role.id], ['RoleDefinitionOriginType', 'BuiltInRole'], ['TemplateId', role.id], ['Justification', justification], ['StartTime', new Date(t).toISOString()], ['ipaddr', ip], ...extra].slice(0, 6);
    const roleT = { type: 'Role', name: role.name, id: role.id };
    this.add({ t, service: 'PIM', category: 'RoleManagement', activity: 'Add member to role requested (PIM activation)', reason: 'RoleActivationRequested', actor: { user: u }, ip, targets: [roleT, this.userTarget(u)], corr, attack, details: det([['RequestId', req]]) });
    this.add({ t: t + 3 * SEC, service: 'Core Directory', category: 'RoleManagement', activity: 'Add member to role', actor: { sp: SP.pim }, targets: [this.userTarget(u, [['Role.DisplayName', '', J(role.name)], ['Role.TemplateId', '', J(role.id)], ['Role.WellKnownObjectName', '', J(role.wk ?? '')]])], corr, attack });
    this.add({ t: t + 5 * SEC, service: 'PIM', category: 'RoleManagement', activity: 'Add member to role completed (PIM activation)', reason: 'RoleActivationCompleted', actor: { user: u }, ip, targets: [roleT, this.userTarget(u)], corr, attack, details: det([['ExpirationTime', new Date(t + minutes * MIN).toISOString()]]) });
    const te = t + minutes * MIN;
    this.add({ t: te, service: 'PIM', category: 'RoleManagement', activity: 'Remove member from role (PIM activation expired)', reason: 'RoleActivationExpired', actor: { sp: SP.pim }, targets: [roleT, this.userTarget(u)], attack });
    this.add({ t: te + 2 * SEC, service: 'Core Directory', category: 'RoleManagement', activity: 'Remove member from role', actor: { sp: SP.pim }, targets: [this.userTarget(u, [['Role.DisplayName', J(role.name), ''], ['Role.TemplateId', J(role.id), '']])], attack });
  }
  addRoleMember(t, admin, ip, target, role, { attack = null } = {}) {
    this.add({ t, service: 'Core Directory', category: 'RoleManagement', activity: 'Add member to role', actor: { user: admin }, ip, targets: [this.userTarget(target, [['Role.ObjectID', '', J(role.objectId ?? role.id)], ['Role.DisplayName', '', J(role.name)], ['Role.TemplateId', '', J(role.id)], ['Role.WellKnownObjectName', '', J(role.wk ?? '')]])], attack });
  }
  addEligible(t, admin, ip, target, role) {
    this.add({ t, service: 'PIM', category: 'RoleManagement', activity: 'Add eligible member to role in PIM completed (permanent)', reason: 'RoleEligibilityGranted', actor: { user: admin }, ip, targets: [{ type: 'Role', name: role.name, id: role.id }, this.userTarget(target)], details: [['RoleDefinitionOriginId', role.id], ['RoleDefinitionOriginType', 'BuiltInRole'], ['TemplateId', role.id], ['Justification', 'New Service Desk analyst - onboarding ticket'], ['ipaddr', ip]] });
  }
  addApplication(t, u, ip, app, { ua = '', attack = null } = {}) {
    const corr = this.rng.guid();
    this.add({ t, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Add application', actor: { user: u }, ip, ua, targets: [{ type: 'Application', name: app.name, id: app.objectId, props: [['AppAddress', '', J([{ AddressType: 0, Address: app.redirect ?? 'http://localhost', ReplyAddressClientType: 1, ReplyAddressIndex: null, IsReplyAddressDefault: false }])], ['AppId', '', J([app.id])], ['AvailableToOtherTenants', '', J([false])], ['DisplayName', '', J([app.name])], ['Included Updated Properties', '', J('AppAddress, AppId, AvailableToOtherTenants, DisplayName')]] }], corr, attack });
    this.add({ t: t + SEC, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Add owner to application', actor: { user: u }, ip, ua, targets: [this.userTarget(u), { type: 'Application', name: app.name, id: app.objectId }], corr, attack });
    this.add({ t: t + 2 * SEC, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Add service principal', actor: { user: u }, ip, ua, targets: [{ type: 'ServicePrincipal', name: app.name, id: app.spId, props: [['AccountEnabled', '', J([true])], ['AppPrincipalId', '', J([app.id])], ['DisplayName', '', J([app.name])], ['ServicePrincipalName', '', J([app.id])]] }], corr, attack });
  }
  addSecret(t, actor, ip, app, { ua = '', attack = null, old = [], keyName = 'client-secret' } = {}) {
    const kid = this.rng.guid();
    const entry = `[KeyIdentifier=${kid},KeyType=Password,KeyUsage=Verify,DisplayName=${keyName}]`;
    this.add({ t, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Update application – Certificates and secrets management ', actor: actor.sp ? actor : { user: actor }, ip, ua, targets: [{ type: 'Application', name: app.name, id: app.objectId, props: [['KeyDescription', J(old), J([...old, entry])], ['Included Updated Properties', '', J('KeyDescription')]] }], attack, details: [['User-Agent', ua], ['AppId', app.id]] });
    return entry;
  }
  addSpCredential(t, actor, ip, app, { ua = '', attack = null, old = [] } = {}) {
    const kid = this.rng.guid();
    const entry = `[KeyIdentifier=${kid},KeyType=Password,KeyUsage=Verify,DisplayName=]`;
    this.add({ t, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Add service principal credentials', actor: actor.sp ? actor : { user: actor }, ip, ua, targets: [{ type: 'ServicePrincipal', name: app.name, id: app.spId, props: [['KeyDescription', J(old), J([...old, entry])], ['Included Updated Properties', '', J('KeyDescription')], ['TargetId.ServicePrincipalNames', '', J(app.id)]] }], attack, details: [['User-Agent', ua], ['AppId', app.id]] });
  }
  removeSpCredential(t, actor, app, old) {
    this.add({ t, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Remove service principal credentials', actor, targets: [{ type: 'ServicePrincipal', name: app.name, id: app.spId, props: [['KeyDescription', J(old), J(old.slice(1))], ['Included Updated Properties', '', J('KeyDescription')]] }], details: [['AppId', app.id]] });
  }
  consent(t, u, ip, app, scopes, { ua = '', attack = null, newSp = false, admin = false } = {}) {
    const corr = this.rng.guid();
    if (newSp) this.add({ t: t - 2 * SEC, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Add service principal', actor: { user: u }, ip, ua, targets: [{ type: 'ServicePrincipal', name: app.name, id: app.spId, props: [['AccountEnabled', '', J([true])], ['AppPrincipalId', '', J([app.id])], ['DisplayName', '', J([app.name])], ['ServicePrincipalName', '', J([app.id])]] }], corr, attack });
    this.add({ t: t - 1 * SEC, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Add delegated permission grant', actor: { user: u }, ip, ua, targets: [{ type: 'ServicePrincipal', name: 'Microsoft Graph', id: this.T.graphSpId, props: [['DelegatedPermissionGrant.Scope', '', J(` ${scopes}`)], ['DelegatedPermissionGrant.ConsentType', '', J(admin ? 'AllPrincipals' : 'Principal')], ['ServicePrincipal.ObjectID', '', J(app.spId)], ['ServicePrincipal.DisplayName', '', J(app.name)]] }, { type: 'ServicePrincipal', name: app.name, id: app.spId }], corr, attack });
    this.add({ t, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Consent to application', actor: { user: u }, ip, ua, targets: [{ type: 'ServicePrincipal', name: app.name, id: app.spId, props: [['ConsentContext.IsAdminConsent', '', J('False'.replace('False', admin ? 'True' : 'False'))], ['ConsentContext.IsAppOnly', '', J('False')], ['ConsentContext.OnBehalfOfAll', '', J(admin ? 'True' : 'False')], ['ConsentContext.Tags', '', J('WindowsAzureActiveDirectoryIntegratedApp')], ['ConsentAction.Permissions', '', J(`[] => [[Id: ${this.rng.b64url(32)}, ClientId: ${app.spId}, PrincipalId: ${admin ? '' : u.id}, ResourceId: ${this.T.graphSpId}, ConsentType: ${admin ? 'AllPrincipals' : 'Principal'}, Scope: ${scopes}, CreatedDateTime: , LastModifiedDateTime ]]; `)]] }], corr, attack, details: [['User-Agent', ua], ['AppId', app.id]] });
  }
  appRoleGrant(t, admin, ip, target, app, { attack = null } = {}) {
    this.add({ t, service: 'Core Directory', category: 'UserManagement', activity: 'Add app role assignment grant to user', actor: { user: admin }, ip, targets: [{ type: 'ServicePrincipal', name: app.name, id: app.spId ?? app.id, props: [['AppRole.Id', '', J('00000000-0000-0000-0000-000000000000')], ['AppRole.Value', '', J('')], ['AppRole.DisplayName', '', J('Default Access')], ['User.UPN', '', J(target.upn)]] }, this.userTarget(target)], attack });
  }
  invite(t, inviter, ip, guest, { attack = null } = {}) {
    const ext = `${guest.upn.replace('@', '_')}#EXT#@chebuctou.onmicrosoft.com`;
    this.add({ t, service: 'Invited Users', category: 'UserManagement', activity: 'Invite external user', reason: '', actor: { user: inviter }, ip, targets: [{ type: 'User', name: guest.display ?? guest.upn, id: guest.id, upn: ext }], attack, details: [['InvitationId', this.rng.guid()], ['invitedUserEmailAddress', guest.upn], ['oid', inviter.id], ['ipaddr', ip]] });
  }
  redeem(t, guest, ip, { attack = null } = {}) {
    this.add({ t, service: 'Invited Users', category: 'UserManagement', activity: 'Redeem external user invite', reason: '', actor: { user: guest }, ip, targets: [{ type: 'User', name: guest.display, id: guest.id, upn: `${guest.upn.replace('@', '_')}#EXT#@chebuctou.onmicrosoft.com` }], attack, details: [['invitedUserEmailAddress', guest.upn], ['ipaddr', ip]] });
  }
  caUpdate(t, admin, ip, policy, oldState, newState, { attack = null } = {}) {
    this.add({ t, service: 'Conditional Access', category: 'Policy', activity: 'Update conditional access policy', actor: { user: admin }, ip, targets: [{ type: 'Policy', name: policy.name, id: policy.id, props: [['ConditionalAccessPolicy', J(oldState), J(newState)]] }], attack });
  }
}
