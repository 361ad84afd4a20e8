// Applications, resources, user agents, error texts and Conditional Access policies.
export const MS_TENANT = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a';

// [key]: [appId, displayName]
export const APPS = {
  teams: ['1fec8e78-bce4-4aaf-ab1b-5451cc387264', 'Microsoft Teams'],
  teamsWeb: ['5e3ce6c0-2b1f-4285-8d4b-75ee78787346', 'Microsoft Teams Web Client'],
  office: ['d3590ed6-52b3-4102-aeff-aad2292ab01c', 'Microsoft Office'],
  outlookMobile: ['27922004-5251-4030-b22d-91ecd9a37ea4', 'Outlook Mobile'],
  officeHome: ['4765445b-32c6-49b0-83e6-1d93765276ca', 'OfficeHome'],
  owa: ['9199bf20-a13f-4107-85dc-02114787ef48', 'One Outlook Web'],
  exo: ['00000002-0000-0ff1-ce00-000000000000', 'Office 365 Exchange Online'],
  spo: ['00000003-0000-0ff1-ce00-000000000000', 'Office 365 SharePoint Online'],
  winSignIn: ['38aa3b87-a06d-4817-b275-7a316988d93b', 'Windows Sign In'],
  broker: ['29d9ed98-a469-4536-ade2-f981bc1d605e', 'Microsoft Authentication Broker'],
  edge: ['ecd6b820-32c2-49b6-98a6-444530e5a77a', 'Microsoft Edge'],
  azurePortal: ['c44b4083-3bb0-49c1-b47d-974e53cbdf3c', 'Azure Portal'],
  azCli: ['04b07795-8ddb-461a-bbee-02f9e1bf7b46', 'Microsoft Azure CLI'],
  azPs: ['1950a258-227b-4e31-a9cf-717495945fc2', 'Microsoft Azure PowerShell'],
  graphCli: ['14d82eec-204b-4c2f-b7e8-296a70dab67e', 'Microsoft Graph Command Line Tools'],
  myApps: ['2793995e-0a7d-40d7-bd35-6968ba142197', 'My Apps'],
  mySignins: ['19db86c3-b2b9-44cc-b339-36da233a3be2', 'My Signins'],
  companyPortal: ['9ba1a5c7-f17a-4de9-a1f1-6178c8d51223', 'Microsoft Intune Company Portal'],
  avdClient: ['a85cf173-4192-42f8-81fa-777a763e6e2c', 'Azure Virtual Desktop Client'],
  oneDrive: ['ab9b8c07-8f02-4f72-87fa-80105867a763', 'OneDrive SyncEngine'],
  authenticator: ['4813382a-8fa7-425e-ab75-3b753aab3abb', 'Microsoft Authenticator App'],
  exoPs: ['fb78d390-0c51-40cd-8e17-fdbfab77341b', 'Microsoft Exchange REST API Based Powershell'],
  intunePortal: ['5926fc8e-304e-4f59-8bed-58ca97cc39a4', 'Microsoft Intune portal extension'],
  teamsRoom: ['1fec8e78-bce4-4aaf-ab1b-5451cc387264', 'Microsoft Teams'],
};

// [key]: [resourceId, displayName]
export const RES = {
  graph: ['00000003-0000-0000-c000-000000000000', 'Microsoft Graph'],
  exo: ['00000002-0000-0ff1-ce00-000000000000', 'Office 365 Exchange Online'],
  spo: ['00000003-0000-0ff1-ce00-000000000000', 'Office 365 SharePoint Online'],
  teamsSvc: ['cc15fd57-2c6c-4117-a88c-83b1d56b4bbe', 'Microsoft Teams Services'],
  aad: ['00000002-0000-0000-c000-000000000000', 'Windows Azure Active Directory'],
  drs: ['01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', 'Device Registration Service'],
  arm: ['797f4846-ba00-4fd7-ba43-dac1f8f63013', 'Windows Azure Service Management API'],
  avd: ['9cdead84-a844-4324-93f2-b2e6bb768d07', 'Azure Virtual Desktop'],
  intune: ['0000000a-0000-0000-c000-000000000000', 'Microsoft Intune'],
  o365portal: ['00000006-0000-0ff1-ce00-000000000000', 'Microsoft Office 365 Portal'],
  substrate: ['4e9b8b9a-1001-4017-8dd1-6e8f25e19d13', 'Office 365 Search Service'],
};

export const UA = {
  winEdge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36 Edg/143.0.0.0',
  winChrome: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36',
  macSafari: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Safari/605.1.15',
  macChrome: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36',
  ipadSafari: 'Mozilla/5.0 (iPad; CPU OS 18_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.7 Mobile/15E148 Safari/604.1',
  iphoneSafari: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.7 Mobile/15E148 Safari/604.1',
  androidChrome: 'Mozilla/5.0 (Linux; Android 14; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Mobile Safari/537.36',
  zebra: 'Mozilla/5.0 (Linux; Android 13; TC58 Build/13-33-18.00-TG-U00-STD-HEL-04; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/142.0.0.0 Mobile Safari/537.36',
  winDesktop: 'Windows-AzureAD-Authentication-Provider/1.0',
  iosMsal: 'MSAL.iOS/1.6.3 (iPadOS 18.7)',
  iphoneMsal: 'MSAL.iOS/1.6.3 (iOS 18.7)',
  androidMsal: 'MSAL.Android/5.8.0 (Android 14)',
  teamsDesktop: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36 Edg/132.0.0.0 Teams/25335.1200.4145.9137',
  azCli: 'python/3.12.10 (Windows-11-10.0.26100-SP0) msal/1.33.0 azure-cli/2.80.0',
  pwsh: 'Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.26100; en-CA) PowerShell/7.5.4',
  avdMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) WindowsApp/11.1.8 (KHTML, like Gecko)',
  avdWin: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) WindowsApp/2.0.640 (KHTML, like Gecko)',
  scanner: '',
  ropcJava: 'Java/17.0.13',
};

/** code → [Status, failureReason] */
export const ERR = {
  0: ['Success', 'Other.'],
  50126: ['Failure', 'Error validating credentials due to invalid username or password.'],
  50053: ['Failure', 'Account is locked because user tried to sign in too many times with an incorrect user ID or password.'],
  50055: ['Failure', 'The password is expired.'],
  50057: ['Failure', 'User account is disabled. The account has been disabled by an administrator.'],
  50034: ['Failure', 'The user account does not exist in the directory.'],
  50074: ['Interrupted', 'Strong Authentication is required.'],
  50076: ['Interrupted', 'Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access the resource.'],
  50072: ['Interrupted', 'User needs to enroll for second factor authentication (interactive).'],
  50079: ['Interrupted', 'Due to a configuration change made by your administrator, or because you moved to a new location, you must enroll in multi-factor authentication to access the resource.'],
  50140: ['Interrupted', "This error occurred due to 'Keep me signed in' interrupt when the user was signing in."],
  50125: ['Interrupted', 'Sign-in was interrupted due to a password reset or password registration entry.'],
  50158: ['Interrupted', 'External security challenge not satisfied. User will be redirected to another page or authentication provider to satisfy additional authentication challenges.'],
  50097: ['Interrupted', 'Device authentication is required.'],
  50199: ['Interrupted', 'For security reasons, user confirmation is required for this request. Please repeat the request allowing user interaction.'],
  500121: ['Failure', 'Authentication failed during strong authentication request.'],
  53003: ['Failure', 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.'],
  53000: ['Failure', 'Device is not in required device state: compliant. Conditional Access policy requires a compliant device, and the device is not compliant.'],
  70044: ['Failure', 'The session has expired or is invalid due to sign-in frequency checks by conditional access.'],
  70016: ['Interrupted', 'OAuth 2.0 device flow error. Authorization is pending. Continue polling.'],
  50173: ['Failure', 'The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.'],
  50133: ['Failure', 'Session is invalid due to expiration or recent password change.'],
  700082: ['Failure', 'The refresh token has expired due to inactivity.'],
  50058: ['Interrupted', 'Session information is not sufficient for single-sign-on.'],
  16000: ['Interrupted', 'Either multiple user identities are available for the current request or selected account is not supported for the scenario.'],
  65001: ['Failure', "The user or administrator has not consented to use the application."],
  81010: ['Failure', "Seamless SSO failed because the user's Kerberos ticket has expired or is invalid."],
};

// Conditional Access policies of the tenant: [id, displayName, grant controls]
export const CA = {
  mfaAll: ['6a1f0b52-0e64-4b0c-9d2f-1a5b1f2d3c01', 'BP-001 All users: require MFA', ['Mfa']],
  legacy: ['6a1f0b52-0e64-4b0c-9d2f-1a5b1f2d3c02', 'BP-002 Block legacy authentication (excl. scan-to-email)', ['Block']],
  admins: ['6a1f0b52-0e64-4b0c-9d2f-1a5b1f2d3c03', 'BP-003 Admin roles: phishing-resistant MFA + compliant device', ['Mfa', 'RequireCompliantDevice']],
  crewSif: ['6a1f0b52-0e64-4b0c-9d2f-1a5b1f2d3c04', 'BP-004 Crew iPads: compliant device, 12h sign-in frequency', ['RequireCompliantDevice']],
  hangar: ['6a1f0b52-0e64-4b0c-9d2f-1a5b1f2d3c05', 'BP-005 AMOS: require compliant or hybrid joined device', ['RequireCompliantDevice', 'DomainJoinedDevice']],
  guests: ['6a1f0b52-0e64-4b0c-9d2f-1a5b1f2d3c06', 'BP-006 Guests: require MFA', ['Mfa']],
  risk: ['6a1f0b52-0e64-4b0c-9d2f-1a5b1f2d3c07', 'BP-007 High sign-in risk: block (report-only)', ['Block']],
};
