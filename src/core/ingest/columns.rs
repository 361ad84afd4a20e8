//! CSV header → field mapping, as data, for every CSV flavour.
//!
//! Headers are compared after normalisation (trimmed, lower-cased, runs of spaces
//! collapsed, a ` [UTC]` suffix dropped), which absorbs the portal's quirks: the trailing
//! space in `"Application ID "` / `"Resource ID "`, the double space in
//! `"Autonomous system  number"`, and Log Analytics' `CreatedDateTime [UTC]`. A header
//! that appears twice (`Incoming token type`) maps both copies; the first non-empty
//! value wins.
//!
//! Flavours:
//! - portal sign-ins (interactive / non-interactive, 49–57 columns), application
//!   (service principal) and managed-identity sign-ins: [`SIGNIN_HEADERS`];
//! - portal audit log, 86 columns with `Target1..3`, `ModifiedProperty1..5`,
//!   `AdditionalDetail1..6`: [`AUDIT_HEADERS`] plus the numbered patterns;
//! - portal authentication details (`*_AuthDetails_*`): [`STEP_HEADERS`];
//! - Log Analytics / Sentinel and PowerShell CSVs, whose columns are the JSON property
//!   names: each row becomes a JSON object and goes through `record::Rec`.

use crate::core::model::{AuditField as A, SignInField as S};

/// Normalises a header cell.
pub fn norm_header(h: &str) -> String {
    let h = h.trim().trim_start_matches('\u{feff}');
    let h = h.strip_suffix("[UTC]").or_else(|| h.strip_suffix("[utc]")).unwrap_or(h);
    let mut out = String::with_capacity(h.len());
    let mut space = false;
    for c in h.trim().chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Where a CSV column goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dest {
    Signin(S),
    /// "City, State, CC".
    Location,
    Audit(A),
    /// Target n (0-based), part.
    Target(u8, TargetPart),
    /// Target n, modified property m (0-based), part.
    Prop(u8, u8, PropPart),
    /// Additional detail n (0-based): key or value.
    Detail(u8, bool),
    Step(StepPart),
    /// Kept only in the raw record (e.g. the unique token identifier).
    Ignore,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TargetPart {
    Kind,
    Name,
    Id,
    Upn,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PropPart {
    Name,
    Old,
    New,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepPart {
    Request,
    Time,
    Method,
    Detail,
    Succeeded,
    Result,
    Requirement,
}

/// Portal sign-in CSV headers (interactive, non-interactive, application, managed identity).
pub static SIGNIN_HEADERS: &[(&str, Dest)] = &[
    ("date (utc)", Dest::Signin(S::Time)),
    ("date", Dest::Signin(S::Time)),
    ("request id", Dest::Signin(S::RequestId)),
    ("user agent", Dest::Signin(S::UserAgent)),
    ("correlation id", Dest::Signin(S::CorrelationId)),
    ("user id", Dest::Signin(S::UserId)),
    ("user", Dest::Signin(S::User)),
    ("username", Dest::Signin(S::Upn)),
    ("user type", Dest::Signin(S::UserType)),
    ("cross tenant access type", Dest::Signin(S::CrossTenant)),
    ("incoming token type", Dest::Signin(S::IncomingToken)),
    ("authentication protocol", Dest::Signin(S::AuthProtocol)),
    ("unique token identifier", Dest::Ignore),
    ("original transfer method", Dest::Signin(S::TransferMethod)),
    ("client credential type", Dest::Signin(S::CredentialType)),
    ("token protection - sign in session", Dest::Signin(S::TokenProtection)),
    ("token protection - sign in session statuscode", Dest::Signin(S::TokenProtectionCode)),
    ("application", Dest::Signin(S::App)),
    ("application id", Dest::Signin(S::AppId)),
    ("app owner tenant id", Dest::Signin(S::AppOwnerTenant)),
    ("resource", Dest::Signin(S::Resource)),
    ("resource id", Dest::Signin(S::ResourceId)),
    ("resource tenant id", Dest::Signin(S::ResourceTenant)),
    ("resource owner tenant id", Dest::Signin(S::ResourceOwnerTenant)),
    ("home tenant id", Dest::Signin(S::HomeTenant)),
    ("home tenant name", Dest::Signin(S::HomeTenantName)),
    ("ip address", Dest::Signin(S::Ip)),
    ("location", Dest::Location),
    ("status", Dest::Signin(S::Status)),
    ("sign-in error code", Dest::Signin(S::Code)),
    ("failure reason", Dest::Signin(S::Reason)),
    ("additional details", Dest::Signin(S::StatusDetail)),
    ("client app", Dest::Signin(S::ClientApp)),
    ("device id", Dest::Signin(S::DeviceId)),
    ("device name", Dest::Signin(S::DeviceName)),
    ("browser", Dest::Signin(S::Browser)),
    ("operating system", Dest::Signin(S::Os)),
    ("compliant", Dest::Signin(S::Compliant)),
    ("managed", Dest::Signin(S::Managed)),
    ("join type", Dest::Signin(S::JoinType)),
    ("multifactor authentication result", Dest::Signin(S::MfaResult)),
    ("multifactor authentication auth method", Dest::Signin(S::MfaMethod)),
    ("multifactor authentication auth detail", Dest::Signin(S::MfaDetail)),
    ("authentication requirement", Dest::Signin(S::AuthRequirement)),
    ("sign-in identifier", Dest::Signin(S::SignInIdentifier)),
    ("session id", Dest::Signin(S::SessionId)),
    ("ip address (seen by resource)", Dest::Signin(S::IpResource)),
    ("through global secure access", Dest::Signin(S::Gsa)),
    ("global secure access ip address", Dest::Signin(S::GsaIp)),
    ("autonomous system number", Dest::Signin(S::Asn)),
    ("flagged for review", Dest::Signin(S::Flagged)),
    ("token issuer type", Dest::Signin(S::TokenIssuerType)),
    ("token issuer name", Dest::Signin(S::TokenIssuer)),
    ("latency", Dest::Signin(S::Latency)),
    ("conditional access", Dest::Signin(S::Ca)),
    ("managed identity type", Dest::Signin(S::MiType)),
    ("associated resource id", Dest::Signin(S::AssociatedResource)),
    ("federated token id", Dest::Signin(S::FederatedTokenId)),
    ("federated token issuer", Dest::Signin(S::FederatedTokenIssuer)),
    ("service principal id", Dest::Signin(S::SpId)),
    ("service principal name", Dest::Signin(S::SpName)),
    ("credential key id", Dest::Signin(S::CredKeyId)),
    ("credential thumbprint", Dest::Signin(S::CredThumbprint)),
    ("authentication methods used", Dest::Signin(S::MethodsUsed)),
    ("risk level during sign-in", Dest::Signin(S::RiskDuring)),
    ("aggregated risk level", Dest::Signin(S::RiskAggregated)),
    ("risk state", Dest::Signin(S::RiskState)),
    ("risk detail", Dest::Signin(S::RiskDetail)),
    ("risk event types", Dest::Signin(S::RiskEventTypes)),
];

/// Portal audit CSV headers (the numbered target/property/detail columns are patterns).
pub static AUDIT_HEADERS: &[(&str, Dest)] = &[
    ("date (utc)", Dest::Audit(A::Time)),
    ("date", Dest::Audit(A::Time)),
    ("id", Dest::Audit(A::Id)),
    ("correlationid", Dest::Audit(A::CorrelationId)),
    ("service", Dest::Audit(A::Service)),
    ("category", Dest::Audit(A::Category)),
    ("activity", Dest::Audit(A::Activity)),
    ("result", Dest::Audit(A::Result)),
    ("resultreason", Dest::Audit(A::Reason)),
    ("user agent", Dest::Audit(A::UserAgent)),
    ("operationtype", Dest::Audit(A::OperationType)),
    ("actortype", Dest::Audit(A::ActorType)),
    ("actordisplayname", Dest::Audit(A::ActorName)),
    ("actorobjectid", Dest::Audit(A::ActorId)),
    ("actoruserprincipalname", Dest::Audit(A::ActorUpn)),
    ("ipaddress", Dest::Audit(A::ActorIp)),
    ("actorhometenantid", Dest::Audit(A::ActorHomeTenant)),
    ("actorhometenantname", Dest::Audit(A::ActorHomeTenantName)),
    ("actorserviceprincipalid", Dest::Audit(A::ActorSpId)),
    ("actorserviceprincipalname", Dest::Audit(A::ActorSpName)),
    ("actorappid", Dest::Audit(A::ActorAppId)),
];

/// Portal authentication-details CSV headers.
pub static STEP_HEADERS: &[(&str, Dest)] = &[
    ("request id", Dest::Step(StepPart::Request)),
    ("date (utc)", Dest::Step(StepPart::Time)),
    ("date", Dest::Step(StepPart::Time)),
    ("authentication method", Dest::Step(StepPart::Method)),
    ("authentication method detail", Dest::Step(StepPart::Detail)),
    ("succeeded", Dest::Step(StepPart::Succeeded)),
    ("result detail", Dest::Step(StepPart::Result)),
    ("requirement", Dest::Step(StepPart::Requirement)),
];

/// Which kind of CSV a header describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvFlavour {
    PortalSignin,
    PortalAudit,
    PortalSteps,
    /// Columns are JSON property names (Log Analytics, Sentinel, PowerShell).
    PropertyColumns,
}

fn lookup(table: &[(&str, Dest)], h: &str) -> Option<Dest> {
    table.iter().find(|(k, _)| *k == h).map(|(_, d)| *d)
}

fn audit_pattern(h: &str) -> Option<Dest> {
    // target{n}{type|displayname|objectid|userprincipalname}
    // target{n}modifiedproperty{m}{name|oldvalue|newvalue}
    // additionaldetail{n}{key|value}
    fn num(s: &str) -> Option<(u8, &str)> {
        let end = s.find(|c: char| !c.is_ascii_digit())?;
        let n: u8 = s[..end].parse().ok()?;
        if n >= 1 { Some((n - 1, &s[end..])) } else { None }
    }
    if let Some(rest) = h.strip_prefix("target") {
        let (n, rest) = num(rest)?;
        if let Some(rest) = rest.strip_prefix("modifiedproperty") {
            let (m, part) = num(rest)?;
            let p = match part {
                "name" => PropPart::Name,
                "oldvalue" => PropPart::Old,
                "newvalue" => PropPart::New,
                _ => return None,
            };
            return Some(Dest::Prop(n, m, p));
        }
        let part = match rest {
            "type" => TargetPart::Kind,
            "displayname" => TargetPart::Name,
            "objectid" => TargetPart::Id,
            "userprincipalname" => TargetPart::Upn,
            _ => return None,
        };
        return Some(Dest::Target(n, part));
    }
    if let Some(rest) = h.strip_prefix("additionaldetail") {
        let (n, part) = num(rest)?;
        return match part {
            "key" => Some(Dest::Detail(n, true)),
            "value" => Some(Dest::Detail(n, false)),
            _ => None,
        };
    }
    None
}

/// The result of reading a header line.
#[derive(Debug)]
pub struct HeaderMap {
    pub flavour: CsvFlavour,
    /// Per column: where it goes (`None` = not known to this flavour).
    pub dests: Vec<Option<Dest>>,
    /// Header cells as written (trimmed), for the details view and JSON-row keys.
    pub names: Vec<String>,
    /// Human-readable format name.
    pub format: String,
    pub format_id: &'static str,
    /// For property columns: the required column groups the header lacks (read leniently).
    pub missing: Vec<&'static str>,
    /// The header's language when it was not English (a code of `locale::LANGUAGES`).
    pub language: Option<&'static str>,
}

/// Property names that mark a Log Analytics / PowerShell sign-in or audit export.
const PROPERTY_SIGNIN: &[&str] = &[
    "createddatetime",
    "userprincipalname",
    "appdisplayname",
    "resulttype",
    "ipaddress",
    "status",
    "conditionalaccessstatus",
];
const PROPERTY_AUDIT: &[&str] =
    &["activitydatetime", "activitydisplayname", "operationname", "initiatedby", "targetresources", "loggedbyservice"];

/// The column groups a property-style (Log Analytics / PowerShell) sign-in row needs: a
/// name to show for each group, and the squashed column names that satisfy it.
pub const REQUIRED_SIGNIN: &[(&str, &[&str])] = &[
    ("CreatedDateTime or TimeGenerated", &["createddatetime", "timegenerated"]),
    (
        "UserPrincipalName (or UserDisplayName, ServicePrincipalName)",
        &["userprincipalname", "userdisplayname", "identity", "userid", "serviceprincipalname", "serviceprincipalid"],
    ),
    ("AppDisplayName or AppId", &["appdisplayname", "appid"]),
    ("ResultType or Status", &["resulttype", "status", "statusdynamic", "statusstring", "errorcode"]),
];

/// The same for an audit row.
pub const REQUIRED_AUDIT: &[(&str, &[&str])] = &[
    ("ActivityDateTime or TimeGenerated", &["activitydatetime", "timegenerated"]),
    ("ActivityDisplayName or OperationName", &["activitydisplayname", "operationname"]),
    ("InitiatedBy", &["initiatedby", "identity", "initiatinguserorapp"]),
    ("TargetResources", &["targetresources"]),
];

/// The required column groups (of `REQUIRED_SIGNIN` / `REQUIRED_AUDIT`) a header lacks.
pub fn missing_required(norm_headers: &[String], required: &[(&'static str, &[&str])]) -> Vec<&'static str> {
    let squashed: Vec<String> =
        norm_headers.iter().map(|h| h.chars().filter(|c| c.is_ascii_alphanumeric()).collect()).collect();
    required
        .iter()
        .filter(|(_, any)| !squashed.iter().any(|h| any.contains(&h.as_str())))
        .map(|(name, _)| *name)
        .collect()
}

/// Decides the flavour of a CSV from its header, or explains why it is not a log export.
pub fn map_header(cells: &[String], file_name: &str) -> Result<HeaderMap, String> {
    let names: Vec<String> = cells.iter().map(|c| c.trim().trim_start_matches('\u{feff}').to_owned()).collect();
    let (norm, language, english_hits) = header_language(cells);
    let lang = language.map_or(String::new(), |l| format!(", {} headers", super::locale::language_name(l)));
    let count = |f: &dyn Fn(&str) -> Option<Dest>| norm.iter().filter(|h| f(h).is_some()).count();
    let signin_hits = count(&|h| lookup(SIGNIN_HEADERS, h));
    let audit_hits = count(&|h| lookup(AUDIT_HEADERS, h).or_else(|| audit_pattern(h)));
    let step_hits = count(&|h| lookup(STEP_HEADERS, h));
    let squash = |h: &str| h.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>();
    let prop_signin = norm.iter().filter(|h| PROPERTY_SIGNIN.contains(&squash(h).as_str())).count();
    let prop_audit = norm.iter().filter(|h| PROPERTY_AUDIT.contains(&squash(h).as_str())).count();
    let has = |h: &str| norm.iter().any(|x| x == h);

    let n = cells.len();
    if has("request id")
        && (has("authentication method") || has("succeeded"))
        && step_hits >= 3
        && !has("sign-in error code")
    {
        let dests = norm.iter().map(|h| lookup(STEP_HEADERS, h)).collect();
        return Ok(HeaderMap {
            flavour: CsvFlavour::PortalSteps,
            dests,
            names,
            format: format!("Entra portal CSV — authentication details ({n} columns{lang})"),
            format_id: "portal-csv-authdetails",
            missing: Vec::new(),
            language,
        });
    }
    if (has("activity") || has("target1type")) && audit_hits >= 4 && audit_hits >= signin_hits {
        let dests = norm.iter().map(|h| lookup(AUDIT_HEADERS, h).or_else(|| audit_pattern(h))).collect();
        return Ok(HeaderMap {
            flavour: CsvFlavour::PortalAudit,
            dests,
            names,
            format: format!("Entra portal CSV — audit log ({n} columns{lang})"),
            format_id: "portal-csv-audit",
            missing: Vec::new(),
            language,
        });
    }
    if signin_hits >= 4 && (has("request id") || has("date (utc)")) && signin_hits >= prop_signin {
        let dests: Vec<Option<Dest>> = norm.iter().map(|h| lookup(SIGNIN_HEADERS, h)).collect();
        let kind = signin_csv_kind(&norm, file_name);
        return Ok(HeaderMap {
            flavour: CsvFlavour::PortalSignin,
            dests,
            names,
            format: format!("Entra portal CSV — {kind} sign-ins ({n} columns{lang})"),
            format_id: "portal-csv",
            missing: Vec::new(),
            language,
        });
    }
    if prop_signin >= 2 || prop_audit >= 2 {
        let la = norm.iter().any(|h| {
            matches!(squash(h).as_str(), "tenantid" | "sourcesystem" | "timegenerated" | "type" | "resultsignature")
        }) || cells.iter().any(|c| c.contains("[UTC]"));
        let what = if prop_audit > prop_signin { "audit log" } else { "sign-ins" };
        let (format, id) = if la {
            (format!("Log Analytics CSV — {what} ({n} columns)"), "log-analytics-csv")
        } else {
            (format!("PowerShell / Graph CSV — {what} ({n} columns)"), "graph-csv")
        };
        let missing = missing_required(&norm, if prop_audit > prop_signin { REQUIRED_AUDIT } else { REQUIRED_SIGNIN });
        return Ok(HeaderMap {
            flavour: CsvFlavour::PropertyColumns,
            dests: vec![None; n],
            names,
            format,
            format_id: id,
            missing,
            language: None,
        });
    }
    let shown: Vec<&str> = names.iter().take(6).map(String::as_str).collect();
    let more = if names.len() > 6 { ", …" } else { "" };
    let log_analytics = cells.iter().any(|c| c.contains("[UTC]"))
        || norm.iter().any(|h| {
            matches!(squash(h).as_str(), "timegenerated" | "tenantid" | "ipcustomentity" | "accountcustomentity")
        });
    if log_analytics || prop_signin + prop_audit > 0 {
        // A Log Analytics query result, but not one row per event (e.g. a hunting query
        // that summarizes by IP): say which columns a sign-in or an audit row needs.
        let signin = missing_required(&norm, REQUIRED_SIGNIN);
        let audit = missing_required(&norm, REQUIRED_AUDIT);
        return Err(format!(
            "this CSV ({}{}) is a query result without sign-in or audit rows (an aggregated / hunting query?): \
             it lacks the columns a sign-in row needs ({}) and those an audit row needs ({}); \
             export the query's rows without summarize/project, or the SigninLogs / AuditLogs table itself",
            shown.join(", "),
            more,
            signin.join(", "),
            audit.join(", ")
        ));
    }
    if looks_like_data(cells) {
        return Err(format!(
            "this CSV has no header line: its first line ({}{}) holds values, not column names; \
             expected the export's header (\"Date (UTC)\",\"Request ID\",… for sign-ins, \"Date (UTC)\",\"CorrelationId\",\"Service\",… for audit)",
            shown.join(", "),
            more
        ));
    }
    if let Some(message) = unknown_language(&names, &norm, language, english_hits) {
        return Err(message);
    }
    Err(format!(
        "this CSV is not an Entra sign-in or audit export: its header ({}{}) has none of the expected columns \
         (a sign-in export has \"Date (UTC)\", \"Request ID\", \"User\", \"Status\"…; an audit export has \"Date (UTC)\", \"Activity\", \"Target1Type\"…; \
         a Log Analytics export has \"CreatedDateTime [UTC]\"/\"TimeGenerated\", \"UserPrincipalName\", \"ResultType\"…)",
        shown.join(", "),
        more
    ))
}

/// Whether a normalised English header is one ingest places.
fn placed(h: &str) -> bool {
    lookup(SIGNIN_HEADERS, h).is_some()
        || lookup(AUDIT_HEADERS, h).is_some()
        || audit_pattern(h).is_some()
        || lookup(STEP_HEADERS, h).is_some()
}

/// The normalised header, read through the localised names (`locales.tsv`) when it is in
/// another language; that language; and how many cells were English names ingest places.
fn header_language(cells: &[String]) -> (Vec<String>, Option<&'static str>, usize) {
    let english: Vec<String> = cells.iter().map(|c| norm_header(c)).collect();
    let english_hits = english.iter().filter(|h| placed(h)).count();
    if english_hits < english.len()
        && let Some(t) = super::locale::translate(&english, &placed)
    {
        return (t.norm, Some(t.lang), english_hits);
    }
    (english, None, english_hits)
}

/// The message for a portal-like header in a language the table does not know: many columns,
/// some recognisably a portal export's ("… (UTC)", an ID column), and not English (an English
/// header with unknown columns, e.g. another Entra log, is not "a language").
fn unknown_language(
    names: &[String],
    norm: &[String],
    language: Option<&'static str>,
    english_hits: usize,
) -> Option<String> {
    let foreign = language.is_some() || names.iter().any(|c| !c.is_ascii());
    let portal = names.iter().any(|c| c.contains("(UTC)")) || english_hits >= 1 || language.is_some();
    if names.len() < 8 || !foreign || !portal {
        return None;
    }
    let unknown: Vec<&str> = names.iter().zip(norm).filter(|(_, h)| !placed(h)).map(|(c, _)| c.as_str()).collect();
    let more = if unknown.len() > 12 { ", …" } else { "" };
    Some(format!(
        "this CSV looks like an Entra portal export in a language Lantern does not read yet{}: \
         it could not place these columns: {}{}; export with the portal in English (or French, German, Spanish, \
         Italian, Portuguese, Dutch, Japanese), or add the names to src/core/ingest/locales.tsv",
        language
            .map_or(String::new(), |l| format!(" (some {} names were recognised)", super::locale::language_name(l))),
        unknown[..unknown.len().min(12)].join(", "),
        more
    ))
}

/// True when a "header" holds values (a GUID or a timestamp): the header line is missing.
fn looks_like_data(cells: &[String]) -> bool {
    cells.iter().any(|c| {
        let t = c.trim();
        crate::core::model::id::parse_guid(t).is_some() || crate::core::model::time::parse_ts_ms(t).is_some()
    })
}

/// Interactive / non-interactive / application / managed identity, from columns and name.
pub fn signin_csv_kind(norm_headers: &[String], file_name: &str) -> &'static str {
    let name = file_name.to_ascii_lowercase();
    let has_sp = norm_headers.iter().any(|h| h == "service principal id");
    if name.contains("msisignin") || name.contains("managedidentity") {
        "managed identity"
    } else if has_sp || name.contains("applicationsignin") || name.contains("serviceprincipal") {
        "application"
    } else if name.contains("noninteractive") || name.contains("non-interactive") {
        "non-interactive"
    } else {
        "interactive"
    }
}

/// The `EVENT_TYPE` code for a portal sign-in CSV kind.
pub fn event_type_code(kind: &str) -> u8 {
    match kind {
        "non-interactive" => 2,
        "application" => 3,
        "managed identity" => 4,
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_quirks_normalise() {
        assert_eq!(norm_header("Application ID "), "application id");
        assert_eq!(norm_header("Autonomous system  number"), "autonomous system number");
        assert_eq!(norm_header("\u{feff}Date (UTC)"), "date (utc)");
        assert_eq!(norm_header("CreatedDateTime [UTC]"), "createddatetime");
    }

    #[test]
    fn audit_patterns() {
        assert_eq!(audit_pattern("target2modifiedproperty5oldvalue"), Some(Dest::Prop(1, 4, PropPart::Old)));
        assert_eq!(audit_pattern("target3userprincipalname"), Some(Dest::Target(2, TargetPart::Upn)));
        assert_eq!(audit_pattern("additionaldetail6value"), Some(Dest::Detail(5, false)));
        assert_eq!(audit_pattern("target0type"), None);
        assert_eq!(audit_pattern("targetx"), None);
    }
}
