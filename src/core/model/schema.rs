//! The fields of the two log types, as data.
//!
//! Each field has a stable `key` (used in URL view state and the command line), the
//! portal's column `label`, a storage [`Kind`], and the details-pane `group` it belongs
//! to. The order of a table's `DEFS` is the order of its columns in memory; the
//! `SignInField` / `AuditField` enums index it.
//!
//! Header → field mapping for each export flavour lives in `ingest::columns`; the JSON
//! mapping lives in `ingest::record` (serde names). Fields that no export carries in a
//! flat form (for example the per-policy Conditional Access results) live in the
//! dataset's arenas instead (see `model`).

/// How a field is stored and shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Interned text.
    Text,
    /// UTC milliseconds.
    Time,
    /// A GUID (or, rarely, an interned non-GUID identifier).
    Id,
    /// A non-negative integer (error code, latency, ASN); `u32::MAX` = no value.
    Int,
    /// A coordinate; NaN = no value.
    Float,
    /// One of a fixed list of labels; 0 = no value, `i + 1` = `labels[i]`.
    Enum(&'static [&'static str]),
}

/// Details-pane section a field belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Group {
    Basic,
    Location,
    Device,
    Auth,
    Access,
    Risk,
    Identity,
    Target,
    Other,
}

impl Group {
    /// Section heading.
    pub fn title(self) -> &'static str {
        match self {
            Group::Basic => "Basic info",
            Group::Location => "Location",
            Group::Device => "Device info",
            Group::Auth => "Authentication",
            Group::Access => "Conditional Access and tokens",
            Group::Risk => "Risk",
            Group::Identity => "Application and identity",
            Group::Target => "Target",
            Group::Other => "Other",
        }
    }
}

/// One column of a log type.
#[derive(Clone, Copy, Debug)]
pub struct FieldDef {
    /// Stable short id (`user`, `ip`, `code`…).
    pub key: &'static str,
    /// Column heading as the admin center shows it.
    pub label: &'static str,
    /// Storage kind.
    pub kind: Kind,
    /// Details-pane section.
    pub group: Group,
    /// Shown in the grid by default (the portal's default columns).
    pub default_visible: bool,
}

/// Sign-in status as the portal shows it.
pub const STATUS: &[&str] = &["Success", "Failure", "Interrupted"];
/// Conditional Access overall status.
pub const CA_STATUS: &[&str] = &["Success", "Failure", "Not Applied"];
/// Yes / No.
pub const YES_NO: &[&str] = &["No", "Yes"];
/// Risk levels.
pub const RISK: &[&str] = &["none", "low", "medium", "high", "hidden"];
/// Risk states.
pub const RISK_STATE: &[&str] = &["none", "confirmedSafe", "remediated", "dismissed", "atRisk", "confirmedCompromised"];
/// Kind of sign-in (which portal tab / log category it comes from).
pub const EVENT_TYPE: &[&str] = &["Interactive", "Non-interactive", "Service principal", "Managed identity"];
/// Audit result.
pub const AUDIT_RESULT: &[&str] = &["Success", "Failure", "Timeout"];

macro_rules! fields {
    ($(#[$meta:meta])* $enum:ident, $defs:ident { $( $var:ident = ($key:literal, $label:literal, $kind:expr, $group:ident, $vis:literal) ),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum $enum { $($var),* }

        impl $enum {
            /// Every field, in column order.
            pub const ALL: &'static [$enum] = &[$($enum::$var),*];
            /// This field's definition.
            pub fn def(self) -> &'static FieldDef { &$defs[self as usize] }
            /// Column index.
            pub fn index(self) -> usize { self as usize }
            /// The field with this key.
            pub fn from_key(key: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|f| f.def().key == key)
            }
        }

        /// Definitions, indexed by the enum.
        pub static $defs: &[FieldDef] = &[
            $( FieldDef { key: $key, label: $label, kind: $kind, group: Group::$group, default_visible: $vis } ),*
        ];
    };
}

use Kind::*;

fields! {
    /// A sign-in field.
    SignInField, SIGNIN_FIELDS {
        Time = ("time", "Date (UTC)", Kind::Time, Basic, true),
        RequestId = ("id", "Request ID", Id, Basic, false),
        CorrelationId = ("corr", "Correlation ID", Id, Basic, false),
        User = ("user", "User", Text, Basic, true),
        Upn = ("upn", "Username", Text, Basic, false),
        UserId = ("user_id", "User ID", Text, Basic, false),
        UserType = ("user_type", "User type", Text, Basic, false),
        App = ("app", "Application", Text, Basic, true),
        AppId = ("app_id", "Application ID", Text, Identity, false),
        Status = ("status", "Status", Enum(STATUS), Basic, true),
        Code = ("code", "Sign-in error code", Int, Basic, false),
        Reason = ("reason", "Failure reason", Text, Basic, false),
        StatusDetail = ("status_detail", "Additional details", Text, Basic, false),
        Ip = ("ip", "IP address", Text, Location, true),
        Location = ("location", "Location", Text, Location, true),
        City = ("city", "City", Text, Location, false),
        State = ("state", "State", Text, Location, false),
        Country = ("country", "Country", Text, Location, false),
        Lat = ("lat", "Latitude", Float, Location, false),
        Lon = ("lon", "Longitude", Float, Location, false),
        Asn = ("asn", "Autonomous system number", Int, Location, false),
        IpResource = ("ip_resource", "IP address (seen by resource)", Text, Location, false),
        Ca = ("ca", "Conditional Access", Enum(CA_STATUS), Access, true),
        EventType = ("event_type", "Sign-in type", Enum(EVENT_TYPE), Basic, false),
        ClientApp = ("client_app", "Client app", Text, Auth, false),
        UserAgent = ("user_agent", "User agent", Text, Device, false),
        DeviceId = ("device_id", "Device ID", Id, Device, false),
        DeviceName = ("device_name", "Device name", Text, Device, false),
        Browser = ("browser", "Browser", Text, Device, false),
        Os = ("os", "Operating System", Text, Device, false),
        Compliant = ("compliant", "Compliant", Enum(YES_NO), Device, false),
        Managed = ("managed", "Managed", Enum(YES_NO), Device, false),
        JoinType = ("join_type", "Join Type", Text, Device, false),
        MfaResult = ("mfa_result", "Multifactor authentication result", Text, Auth, false),
        MfaMethod = ("mfa_method", "Multifactor authentication auth method", Text, Auth, false),
        MfaDetail = ("mfa_detail", "Multifactor authentication auth detail", Text, Auth, false),
        AuthRequirement = ("auth_req", "Authentication requirement", Text, Auth, false),
        AuthProtocol = ("auth_protocol", "Authentication Protocol", Text, Auth, false),
        TransferMethod = ("transfer", "Original transfer method", Text, Auth, false),
        MethodsUsed = ("methods_used", "Authentication methods used", Text, Auth, false),
        SignInIdentifier = ("sign_in_identifier", "Sign-in identifier", Text, Auth, false),
        CredentialType = ("cred_type", "Client credential type", Text, Identity, false),
        IncomingToken = ("incoming_token", "Incoming token type", Text, Access, false),
        TokenProtection = ("token_protection", "Token Protection - Sign In Session", Text, Access, false),
        TokenProtectionCode = ("token_protection_code", "Token Protection - Sign In Session StatusCode", Text, Access, false),
        TokenIssuerType = ("token_issuer_type", "Token issuer type", Text, Access, false),
        TokenIssuer = ("token_issuer", "Token issuer name", Text, Access, false),
        SessionId = ("session_id", "Session ID", Id, Access, false),
        CrossTenant = ("cross_tenant", "Cross tenant access type", Text, Identity, false),
        AppOwnerTenant = ("app_owner_tenant", "App owner tenant ID", Text, Identity, false),
        Resource = ("resource", "Resource", Text, Identity, false),
        ResourceId = ("resource_id", "Resource ID", Text, Identity, false),
        ResourceTenant = ("resource_tenant", "Resource tenant ID", Text, Identity, false),
        ResourceOwnerTenant = ("resource_owner_tenant", "Resource owner tenant ID", Text, Identity, false),
        HomeTenant = ("home_tenant", "Home tenant ID", Text, Identity, false),
        HomeTenantName = ("home_tenant_name", "Home tenant name", Text, Identity, false),
        SpName = ("sp_name", "Service principal name", Text, Identity, false),
        SpId = ("sp_id", "Service principal ID", Text, Identity, false),
        CredKeyId = ("cred_key_id", "Credential key ID", Text, Identity, false),
        CredThumbprint = ("cred_thumbprint", "Credential thumbprint", Text, Identity, false),
        MiType = ("mi_type", "Managed Identity type", Text, Identity, false),
        AssociatedResource = ("assoc_resource", "Associated Resource Id", Text, Identity, false),
        FederatedTokenId = ("fed_token_id", "Federated Token Id", Text, Identity, false),
        FederatedTokenIssuer = ("fed_token_issuer", "Federated Token Issuer", Text, Identity, false),
        Gsa = ("gsa", "Through Global Secure Access", Enum(YES_NO), Location, false),
        GsaIp = ("gsa_ip", "Global Secure Access IP address", Text, Location, false),
        Flagged = ("flagged", "Flagged for review", Enum(YES_NO), Other, false),
        Latency = ("latency", "Latency", Int, Other, false),
        RiskDuring = ("risk_during", "Risk level during sign-in", Enum(RISK), Risk, false),
        RiskAggregated = ("risk_agg", "Aggregated risk level", Enum(RISK), Risk, false),
        RiskState = ("risk_state", "Risk state", Enum(RISK_STATE), Risk, false),
        RiskDetail = ("risk_detail", "Risk detail", Text, Risk, false),
        RiskEventTypes = ("risk_types", "Risk event types", Text, Risk, false),
    }
}

fields! {
    /// An audit-log field.
    AuditField, AUDIT_FIELDS {
        Time = ("time", "Date (UTC)", Kind::Time, Basic, true),
        Id = ("id", "Id", Kind::Id, Basic, false),
        CorrelationId = ("corr", "Correlation ID", Kind::Id, Basic, false),
        Service = ("service", "Service", Text, Basic, true),
        Category = ("category", "Category", Text, Basic, true),
        Activity = ("activity", "Activity", Text, Basic, true),
        Result = ("result", "Status", Enum(AUDIT_RESULT), Basic, true),
        Reason = ("reason", "Status reason", Text, Basic, false),
        Targets = ("target", "Target", Text, Target, true),
        Actor = ("actor", "Initiated by (actor)", Text, Identity, true),
        OperationType = ("op_type", "Operation type", Text, Basic, false),
        UserAgent = ("user_agent", "User Agent", Text, Identity, false),
        ActorType = ("actor_type", "Actor type", Text, Identity, false),
        ActorName = ("actor_name", "Actor display name", Text, Identity, false),
        ActorUpn = ("actor_upn", "Actor user principal name", Text, Identity, false),
        ActorId = ("actor_id", "Actor object ID", Text, Identity, false),
        ActorIp = ("actor_ip", "IP address", Text, Identity, false),
        ActorAppId = ("actor_app_id", "Actor app ID", Text, Identity, false),
        ActorSpId = ("actor_sp_id", "Actor service principal ID", Text, Identity, false),
        ActorSpName = ("actor_sp_name", "Actor service principal name", Text, Identity, false),
        ActorHomeTenant = ("actor_home_tenant", "Actor home tenant ID", Text, Identity, false),
        ActorHomeTenantName = ("actor_home_tenant_name", "Actor home tenant name", Text, Identity, false),
    }
}
