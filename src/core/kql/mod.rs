//! KQL: the Log Analytics / Sentinel query for the current filter, and a hunting query per
//! detection rule — written against the tables' real column names.
//!
//! - [`filter_kql`] translates a [`Filter`] on sign-ins into a query over `SigninLogs` and
//!   `AADNonInteractiveUserSignInLogs` (a `union`; one table when the filter picks a
//!   sign-in type), or on audit events into one over `AuditLogs`. Every field key of the
//!   schema and the virtual ones (`user_any`, `ca_policy`, `ca_result`, `code_class`,
//!   `target_any`) maps to a column or a dynamic path (see [`signin_expr`] and
//!   [`audit_expr`]); the few that Log Analytics does not carry become a `// not
//!   translated:` comment line, so the query is then broader than the filter, and says so.
//!   Times are explicit `datetime()` instants taken from the dataset — never `ago()`: an
//!   export is in the past, and Lantern's "last N hours" means before the newest record.
//! - [`hunting_kql`] gives, for each rule of the detection engine, the query that finds
//!   the same pattern at scale, modelled on the public Sentinel / Splunk / Elastic logic
//!   (`reference/detections.md`), with the thresholds passed in.
//! - [`lint`] is a small checker used by the tests: balanced brackets and quotes, only
//!   known tables, and every column name in the lists below (from Microsoft's table
//!   reference, 2024). Beyond it, `tests/kql/check.cjs` runs Microsoft's own Kusto parser
//!   and semantic analyser (Kusto.Language) over every generated query with these table
//!   schemas — optional, as it needs an npm package the project does not depend on.
//!
//! ## Conventions
//! - Strings are KQL double-quoted literals: `\` and `"` are escaped, tab / LF / CR are
//!   written `\t` `\n` `\r`, other control characters are dropped ([`kql_string`]).
//! - `SigninLogs` has `LocationDetails`, `DeviceDetail`, `Status`, `MfaDetail` and
//!   `ConditionalAccessPolicies` as `dynamic`; `AADNonInteractiveUserSignInLogs` has them
//!   as JSON text. Each table is therefore read through `extend X = todynamic(X)` before
//!   the union (as Microsoft's Sentinel rules do), for the columns the query uses.
//! - `ResultType` is a **string** (`"50126"`).
//! - A coarse `TimeGenerated` window (one day of margin) keeps the workspace's time
//!   picker out of the way and lets the table's time index prune; the exact window is on
//!   `CreatedDateTime` (sign-ins) / `ActivityDateTime` (audit).
//! - Lantern's text matches are case-insensitive substrings → `contains`; exact values are
//!   case-insensitive → `in~`; case-sensitive contains → `contains_cs`; free text →
//!   `where * contains "…"`.
//! - Conditions on Conditional Access policies, audit targets and audit user agents are
//!   `mv-apply` over the array with a `countif` (`> 0` for "some element matches",
//!   `== 0` for "no element matches", an empty array then counting as one empty element).
//!
//! ## Limits
//! - Hunting windows are fixed bins (`bin(TimeGenerated, 20m)`): a burst that straddles a
//!   bin boundary is split, where a sliding window would keep it whole, so a query can
//!   find slightly less than the engine did on the same data.
//! - A few exported fields have no Log Analytics column (token protection, session id,
//!   Global Secure Access, service-principal credential fields…): see [`signin_expr`].

use std::collections::BTreeSet;
use std::fmt::Write as _;

use serde_json::Value as Json;

use crate::core::{
    codes::{self, CodeClass},
    query::aggregate::time_range,
    query::filter::{Cond, Filter, IpNet, newest_ms},
    model::{Dataset, Kind, SignInField as S, schema},
    query::describe::describe_cond,
    model::time,
    model::Log,
};

// ---------------------------------------------------------------------------------------
// Tables and columns (Microsoft's Azure Monitor table reference, 2024-02; formats.md §5).

/// Columns of `SigninLogs`.
pub const SIGNINLOGS_COLUMNS: &[&str] = &[
    "AADTenantId", "AlternateSignInName", "AppDisplayName", "AppId", "AppliedConditionalAccessPolicies",
    "AppliedEventListeners", "AuthenticationContextClassReferences", "AuthenticationDetails",
    "AuthenticationMethodsUsed", "AuthenticationProcessingDetails", "AuthenticationProtocol",
    "AuthenticationRequirement", "AuthenticationRequirementPolicies", "AutonomousSystemNumber", "_BilledSize",
    "Category", "ClientAppUsed", "ConditionalAccessPolicies", "ConditionalAccessStatus", "CorrelationId",
    "CreatedDateTime", "CrossTenantAccessType", "DeviceDetail", "DurationMs", "FlaggedForReview", "HomeTenantId",
    "Id", "Identity", "IPAddress", "IPAddressFromResourceProvider", "_IsBillable", "IsInteractive", "IsRisky",
    "Level", "Location", "LocationDetails", "MfaDetail", "NetworkLocationDetails", "OperationName",
    "OperationVersion", "OriginalRequestId", "ProcessingTimeInMilliseconds", "Resource", "ResourceDisplayName",
    "ResourceGroup", "ResourceId", "ResourceIdentity", "ResourceProvider", "ResourceServicePrincipalId",
    "ResourceTenantId", "ResultDescription", "ResultSignature", "ResultType", "RiskDetail", "RiskEventTypes",
    "RiskEventTypes_V2", "RiskLevel", "RiskLevelAggregated", "RiskLevelDuringSignIn", "RiskState",
    "ServicePrincipalId", "ServicePrincipalName", "SessionLifetimePolicies", "SignInIdentifier",
    "SignInIdentifierType", "SourceSystem", "Status", "TenantId", "TimeGenerated", "TokenIssuerName",
    "TokenIssuerType", "Type", "UniqueTokenIdentifier", "UserAgent", "UserDisplayName", "UserId",
    "UserPrincipalName", "UserType",
];

/// Columns of `AADNonInteractiveUserSignInLogs`.
pub const NONINTERACTIVE_COLUMNS: &[&str] = &[
    "AlternateSignInName", "AppDisplayName", "AppId", "AppliedEventListeners",
    "AuthenticationContextClassReferences", "AuthenticationDetails", "AuthenticationMethodsUsed",
    "AuthenticationProcessingDetails", "AuthenticationProtocol", "AuthenticationRequirement",
    "AuthenticationRequirementPolicies", "AutonomousSystemNumber", "_BilledSize", "Category", "ClientAppUsed",
    "ConditionalAccessPolicies", "ConditionalAccessStatus", "CorrelationId", "CreatedDateTime",
    "CrossTenantAccessType", "DeviceDetail", "DurationMs", "HomeTenantId", "Id", "Identity", "IPAddress",
    "_IsBillable", "IsInteractive", "IsRisky", "Level", "Location", "LocationDetails", "MfaDetail",
    "NetworkLocationDetails", "OperationName", "OperationVersion", "OriginalRequestId", "ProcessingTimeInMs",
    "ResourceDisplayName", "ResourceGroup", "ResourceIdentity", "ResourceServicePrincipalId", "ResourceTenantId",
    "ResultDescription", "ResultSignature", "ResultType", "RiskDetail", "RiskEventTypes", "RiskEventTypes_V2",
    "RiskLevelAggregated", "RiskLevelDuringSignIn", "RiskState", "ServicePrincipalId", "SessionLifetimePolicies",
    "SignInEventTypes", "SignInIdentifierType", "SourceSystem", "Status", "TenantId", "TimeGenerated",
    "TokenIssuerName", "TokenIssuerType", "Type", "UniqueTokenIdentifier", "UserAgent", "UserDisplayName",
    "UserId", "UserPrincipalName", "UserType",
];

/// Columns of `AuditLogs`.
pub const AUDITLOGS_COLUMNS: &[&str] = &[
    "AADOperationType", "AADTenantId", "ActivityDateTime", "ActivityDisplayName", "AdditionalDetails",
    "_BilledSize", "Category", "CorrelationId", "DurationMs", "Id", "Identity", "InitiatedBy", "_IsBillable",
    "Level", "Location", "LoggedByService", "OperationName", "OperationVersion", "Resource", "ResourceGroup",
    "ResourceProvider", "Result", "ResultDescription", "ResultReason", "ResultSignature", "ResultType",
    "SourceSystem", "TargetResources", "TenantId", "TimeGenerated", "Type",
];

/// The tables a Lantern query may name, with their columns.
pub const TABLES: &[(&str, &[&str])] = &[
    ("SigninLogs", SIGNINLOGS_COLUMNS),
    ("AADNonInteractiveUserSignInLogs", NONINTERACTIVE_COLUMNS),
    ("AuditLogs", AUDITLOGS_COLUMNS),
];

/// The interactive sign-in table.
pub const INTERACTIVE: &str = "SigninLogs";
/// The non-interactive sign-in table.
pub const NON_INTERACTIVE: &str = "AADNonInteractiveUserSignInLogs";

// ---------------------------------------------------------------------------------------
// Literals.

/// A KQL string literal for `s`: `"…"` with `\` `"` escaped, tab / LF / CR as `\t` `\n`
/// `\r`, other control characters dropped.
///
/// ```
/// use lantern::core::kql::kql_string;
/// assert_eq!(kql_string(r#"a "b" \c"#), r#""a \"b\" \\c""#);
/// assert_eq!(kql_string("x\ny"), r#""x\ny""#);
/// ```
pub fn kql_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A KQL verbatim string (`@"…"`, `"` doubled) — for regular expressions.
pub fn kql_verbatim(s: &str) -> String {
    let body: String = s.chars().filter(|c| !c.is_control()).collect::<String>().replace('"', "\"\"");
    format!("@\"{body}\"")
}

/// `datetime(2026-10-26T00:00:00.000Z)`.
pub fn kql_datetime(ms: i64) -> String {
    format!("datetime({})", time::format_iso_ms(ms))
}

/// A comma-separated list of string literals.
fn list(values: &[String]) -> String {
    values.iter().map(|v| kql_string(v)).collect::<Vec<_>>().join(", ")
}

/// Text for a `//` comment: one line, no control characters.
fn comment_text(s: &str) -> String {
    s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

// ---------------------------------------------------------------------------------------
// Field → expression.

/// How a field is read in Log Analytics.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expr {
    /// A string column present in every table of the log.
    Col(&'static str),
    /// A column only `SigninLogs` has (read with `column_ifexists` when the query also
    /// reads the non-interactive table); the second item is the default literal.
    Interactive(&'static str, &'static str),
    /// A string expression over a dynamic column (the root, read through `todynamic`
    /// for sign-ins).
    Dyn(&'static str, &'static str),
    /// A column of JSON text: only substring matches make sense (exact matches become
    /// `contains`, and say so).
    Json(&'static str),
    /// An expression with no dynamic root to convert (audit dynamic columns are dynamic).
    Raw(&'static str),
    /// Audit: a match on any element of a dynamic array (`root`, the element predicate
    /// builder is chosen by the field).
    Array(&'static str),
    /// Handled by the translator itself (time, status, code, sign-in type, virtual fields).
    Special,
    /// Not in Log Analytics (the reason).
    Missing(&'static str),
}

/// The Log Analytics expression of a sign-in field key (including the virtual ones).
pub fn signin_expr(key: &str) -> Expr {
    use Expr::*;
    match key {
        "time" | "status" | "code" | "event_type" | "user_any" | "ca_policy" | "ca_result" | "code_class" => Special,
        "id" => Col("Id"),
        "corr" => Col("CorrelationId"),
        "user" => Col("UserDisplayName"),
        "upn" => Col("UserPrincipalName"),
        "user_id" => Col("UserId"),
        "user_type" => Col("UserType"),
        "app" => Col("AppDisplayName"),
        "app_id" => Col("AppId"),
        "reason" => Col("ResultDescription"),
        "status_detail" => Dyn("Status", "tostring(Status.additionalDetails)"),
        "ip" => Col("IPAddress"),
        "location" => Dyn(
            "LocationDetails",
            r#"strcat(tostring(LocationDetails.city), ", ", tostring(LocationDetails.state), ", ", tostring(LocationDetails.countryOrRegion))"#,
        ),
        "city" => Dyn("LocationDetails", "tostring(LocationDetails.city)"),
        "state" => Dyn("LocationDetails", "tostring(LocationDetails.state)"),
        "country" => Dyn("LocationDetails", "tostring(LocationDetails.countryOrRegion)"),
        "lat" => Dyn("LocationDetails", "tostring(LocationDetails.geoCoordinates.latitude)"),
        "lon" => Dyn("LocationDetails", "tostring(LocationDetails.geoCoordinates.longitude)"),
        "asn" => Raw("tostring(AutonomousSystemNumber)"),
        "ip_resource" => Interactive("IPAddressFromResourceProvider", "\"\""),
        "ca" => Col("ConditionalAccessStatus"),
        "client_app" => Col("ClientAppUsed"),
        "user_agent" => Col("UserAgent"),
        "device_id" => Dyn("DeviceDetail", "tostring(DeviceDetail.deviceId)"),
        "device_name" => Dyn("DeviceDetail", "tostring(DeviceDetail.displayName)"),
        "browser" => Dyn("DeviceDetail", "tostring(DeviceDetail.browser)"),
        "os" => Dyn("DeviceDetail", "tostring(DeviceDetail.operatingSystem)"),
        "compliant" => Dyn("DeviceDetail", "tostring(DeviceDetail.isCompliant)"),
        "managed" => Dyn("DeviceDetail", "tostring(DeviceDetail.isManaged)"),
        "join_type" => Dyn("DeviceDetail", "tostring(DeviceDetail.trustType)"),
        "mfa_result" => Json("AuthenticationDetails"),
        "mfa_method" => Dyn("MfaDetail", "tostring(MfaDetail.authMethod)"),
        "mfa_detail" => Dyn("MfaDetail", "tostring(MfaDetail.authDetail)"),
        "auth_req" => Col("AuthenticationRequirement"),
        "auth_protocol" => Col("AuthenticationProtocol"),
        "methods_used" => Json("AuthenticationMethodsUsed"),
        "sign_in_identifier" => Interactive("SignInIdentifier", "\"\""),
        "token_issuer_type" => Col("TokenIssuerType"),
        "token_issuer" => Col("TokenIssuerName"),
        "cross_tenant" => Col("CrossTenantAccessType"),
        "resource" => Col("ResourceDisplayName"),
        "resource_id" => Col("ResourceIdentity"),
        "resource_tenant" => Col("ResourceTenantId"),
        "home_tenant" => Col("HomeTenantId"),
        "sp_name" => Interactive("ServicePrincipalName", "\"\""),
        "sp_id" => Col("ServicePrincipalId"),
        "flagged" => Interactive("FlaggedForReview", "bool(null)"),
        "latency" => Special,
        "risk_during" => Col("RiskLevelDuringSignIn"),
        "risk_agg" => Col("RiskLevelAggregated"),
        "risk_state" => Col("RiskState"),
        "risk_detail" => Col("RiskDetail"),
        "risk_types" => Json("RiskEventTypes_V2"),
        "transfer" => Missing("the original transfer method is not a Log Analytics column"),
        "cred_type" => Missing("the client credential type is only in the service-principal sign-in tables"),
        "incoming_token" => Missing("the incoming token type is not a Log Analytics column"),
        "token_protection" | "token_protection_code" => Missing("token protection status is not a Log Analytics column"),
        "session_id" => Missing("the session id is not a Log Analytics column"),
        "app_owner_tenant" | "resource_owner_tenant" => Missing("owner tenant ids are not Log Analytics columns"),
        "home_tenant_name" => Missing("the home tenant name is not a Log Analytics column"),
        "cred_key_id" | "cred_thumbprint" | "mi_type" | "assoc_resource" | "fed_token_id" | "fed_token_issuer" => {
            Missing("service-principal and managed-identity fields are in AADServicePrincipalSignInLogs / AADManagedIdentitySignInLogs")
        }
        "gsa" | "gsa_ip" => Missing("Global Secure Access fields are not Log Analytics columns"),
        _ => Missing("unknown field"),
    }
}

/// The actor as Lantern shows it: UPN, else display name, else the app's names.
const AUDIT_ACTOR: &str = "coalesce(tostring(InitiatedBy.user.userPrincipalName), tostring(InitiatedBy.user.displayName), tostring(InitiatedBy.app.servicePrincipalName), tostring(InitiatedBy.app.displayName))";

/// The Log Analytics expression of an audit field key (including `target_any`).
pub fn audit_expr(key: &str) -> Expr {
    use Expr::*;
    match key {
        "time" => Special,
        "id" => Col("Id"),
        "corr" => Col("CorrelationId"),
        "service" => Col("LoggedByService"),
        "category" => Col("Category"),
        "activity" => Col("OperationName"),
        "result" => Col("Result"),
        "reason" => Col("ResultReason"),
        "target" | "target_any" => Array("TargetResources"),
        "actor" => Raw(AUDIT_ACTOR),
        "op_type" => Col("AADOperationType"),
        "user_agent" => Array("AdditionalDetails"),
        "actor_type" => Raw(
            r#"iff(isnotempty(tostring(InitiatedBy.user.userPrincipalName)) or isnotempty(tostring(InitiatedBy.user.id)), "User", iff(isnotempty(tostring(InitiatedBy.app.displayName)) or isnotempty(tostring(InitiatedBy.app.servicePrincipalId)), "App", ""))"#,
        ),
        "actor_name" => Raw("coalesce(tostring(InitiatedBy.user.displayName), tostring(InitiatedBy.app.displayName), Identity)"),
        "actor_upn" => Raw("tostring(InitiatedBy.user.userPrincipalName)"),
        "actor_id" => Raw("tostring(InitiatedBy.user.id)"),
        "actor_ip" => Raw("tostring(InitiatedBy.user.ipAddress)"),
        "actor_app_id" => Raw("tostring(InitiatedBy.app.appId)"),
        "actor_sp_id" => Raw("tostring(InitiatedBy.app.servicePrincipalId)"),
        "actor_sp_name" => Raw("tostring(InitiatedBy.app.servicePrincipalName)"),
        "actor_home_tenant" => Raw("tostring(InitiatedBy.user.homeTenantId)"),
        "actor_home_tenant_name" => Raw("tostring(InitiatedBy.user.homeTenantName)"),
        _ => Missing("unknown field"),
    }
}

/// Maps an enum label to the value Log Analytics stores (`Yes` → `true`, `Not Applied`
/// → `notApplied`; others lower-cased or as they are).
fn enum_value(key: &str, label: &str) -> String {
    match (key, label) {
        (_, "Yes") => "true".into(),
        (_, "No") => "false".into(),
        ("ca", "Not Applied") => "notApplied".into(),
        ("ca" | "result", l) => l.to_ascii_lowercase(),
        (_, l) => l.to_owned(),
    }
}

// ---------------------------------------------------------------------------------------
// The filter translator.

struct Query {
    log: Log,
    /// Comment lines (without `// `).
    notes: Vec<String>,
    /// `let` statements.
    lets: BTreeSet<String>,
    /// Roots that need `todynamic` in each sign-in table.
    dyn_roots: BTreeSet<&'static str>,
    /// Pipeline steps after the source (without the leading `| `).
    steps: Vec<String>,
    /// Steps that must run after the `where`s (mv-apply, free text).
    late: Vec<String>,
    /// Sign-in tables in the union.
    tables: Vec<&'static str>,
    apply_n: usize,
}

impl Query {
    fn has_table(&self, t: &str) -> bool {
        self.tables.contains(&t)
    }

    /// The expression text for a string-valued field.
    fn expr(&mut self, e: Expr) -> Option<String> {
        match e {
            Expr::Col(c) => Some(c.to_owned()),
            Expr::Interactive(c, default) => {
                if self.tables.iter().all(|t| *t == INTERACTIVE) {
                    Some(format!("tostring({c})"))
                } else {
                    Some(format!("tostring(column_ifexists(\"{c}\", {default}))"))
                }
            }
            Expr::Dyn(root, e) => {
                if self.log == Log::SignIns {
                    self.dyn_roots.insert(root);
                }
                Some(e.to_owned())
            }
            Expr::Json(c) => Some(c.to_owned()),
            Expr::Raw(e) => Some(e.to_owned()),
            _ => None,
        }
    }
}

/// `e in~ (values)` with the empty value meaning "no value".
fn in_expr(e: &str, values: &[String], negate: bool, case_insensitive: bool) -> String {
    let (empty, rest): (Vec<&String>, Vec<&String>) = values.iter().partition(|v| v.is_empty());
    let rest: Vec<String> = rest.into_iter().cloned().collect();
    let op = match (negate, case_insensitive) {
        (false, true) => "in~",
        (false, false) => "in",
        (true, true) => "!in~",
        (true, false) => "!in",
    };
    match (empty.is_empty(), rest.is_empty(), negate) {
        (true, true, false) => "false".into(),
        (true, true, true) => "true".into(),
        (true, false, _) => format!("{e} {op} ({})", list(&rest)),
        (false, true, false) => format!("isempty({e})"),
        (false, true, true) => format!("isnotempty({e})"),
        (false, false, false) => format!("(isempty({e}) or {e} {op} ({}))", list(&rest)),
        (false, false, true) => format!("(isnotempty({e}) and {e} {op} ({}))", list(&rest)),
    }
}

fn contains_expr(e: &str, text: &str, case_sensitive: bool) -> String {
    format!("{e} {} {}", if case_sensitive { "contains_cs" } else { "contains" }, kql_string(text))
}

/// A text condition (`In`, `NotIn`, `Contains`, `Ip`) on a string expression.
fn text_cond(e: &str, cond: &Cond, json_text: bool) -> Option<String> {
    match cond {
        Cond::In { values, .. } | Cond::NotIn { values, .. } if json_text => {
            let negate = matches!(cond, Cond::NotIn { .. });
            let parts: Vec<String> = values.iter().filter(|v| !v.is_empty()).map(|v| contains_expr(e, v, false)).collect();
            if parts.is_empty() {
                return None;
            }
            let any = if parts.len() == 1 { parts[0].clone() } else { format!("({})", parts.join(" or ")) };
            Some(if negate { format!("not({any})") } else { any })
        }
        Cond::In { values, .. } => Some(in_expr(e, values, false, true)),
        Cond::NotIn { values, .. } => Some(in_expr(e, values, true, true)),
        Cond::Contains { text, case_sensitive, .. } => {
            if text.is_empty() {
                None
            } else {
                Some(contains_expr(e, text, *case_sensitive))
            }
        }
        Cond::Ip { cidr, .. } => Some(ip_cond(e, cidr)),
        _ => None,
    }
}

/// `ipv4_is_in_range` / `ipv6_is_in_range`, or equality for a single address.
fn ip_cond(e: &str, cidr: &str) -> String {
    let c = cidr.trim();
    match IpNet::parse(c) {
        None => "false".into(),
        Some(_) if !c.contains('/') => format!("{e} == {}", kql_string(c)),
        Some(_) if c.contains(':') => format!("ipv6_is_in_range({e}, {})", kql_string(c)),
        Some(_) => format!("ipv4_is_in_range({e}, {})", kql_string(c)),
    }
}

/// The labels of an enum that a condition selects (for In / NotIn / Contains on enums).
fn enum_labels(labels: &[&str], cond: &Cond) -> Option<(Vec<String>, bool)> {
    match cond {
        Cond::In { values, .. } => Some((
            labels.iter().filter(|l| values.iter().any(|v| v.trim().eq_ignore_ascii_case(l))).map(|l| l.to_string()).collect(),
            false,
        )),
        Cond::NotIn { values, .. } => Some((
            labels.iter().filter(|l| values.iter().any(|v| v.trim().eq_ignore_ascii_case(l))).map(|l| l.to_string()).collect(),
            true,
        )),
        Cond::Contains { text, case_sensitive, .. } => Some((
            labels
                .iter()
                .filter(|l| if *case_sensitive { l.contains(text.as_str()) } else { l.to_lowercase().contains(&text.to_lowercase()) })
                .map(|l| l.to_string())
                .collect(),
            false,
        )),
        _ => None,
    }
}

const SUCCESS_CODES_LET: &str = "LanternSuccessCodes";
const INTERRUPT_CODES_LET: &str = "LanternInterruptCodes";

fn class_codes(class: CodeClass) -> Vec<String> {
    codes::all().iter().filter(|c| c.class == class).map(|c| c.code.to_string()).collect()
}

/// `ResultType` condition for a set of classes (success / interrupt / failure).
fn class_expr(q: &mut Query, classes: &[CodeClass]) -> String {
    let mut need = |name: &str, class: CodeClass| {
        q.lets.insert(format!("let {name} = dynamic([{}]);", list(&class_codes(class))));
    };
    let mut parts = Vec::new();
    for c in classes {
        match c {
            CodeClass::Success => {
                need(SUCCESS_CODES_LET, CodeClass::Success);
                parts.push(format!("ResultType in ({SUCCESS_CODES_LET})"));
            }
            CodeClass::Interrupt => {
                need(INTERRUPT_CODES_LET, CodeClass::Interrupt);
                parts.push(format!("ResultType in ({INTERRUPT_CODES_LET})"));
            }
            CodeClass::Failure => {
                need(SUCCESS_CODES_LET, CodeClass::Success);
                need(INTERRUPT_CODES_LET, CodeClass::Interrupt);
                parts.push(format!(
                    "(isnotempty(ResultType) and ResultType !in ({SUCCESS_CODES_LET}) and ResultType !in ({INTERRUPT_CODES_LET}))"
                ));
            }
        }
    }
    match parts.len() {
        0 => "false".into(),
        1 => parts.remove(0),
        _ => format!("({})", parts.join(" or ")),
    }
}

fn label_class(label: &str) -> Option<CodeClass> {
    match label.trim().to_ascii_lowercase().as_str() {
        "success" => Some(CodeClass::Success),
        "interrupt" | "interrupted" => Some(CodeClass::Interrupt),
        "failure" => Some(CodeClass::Failure),
        _ => None,
    }
}

/// An mv-apply over a dynamic array: rows where `count(pred) > 0` (`any`) or `== 0`
/// (`none`; an empty array then counts as one empty element, so the row stays). The
/// records keep all their columns.
fn array_step(q: &mut Query, array: &str, item: &str, pred: &str, none: bool) {
    q.apply_n += 1;
    let n = q.apply_n;
    let hits = format!("LanternHits{n}");
    // An expression, not the bare column: mv-apply removes a column it expands by name,
    // and the records must keep it (and later steps may read it again).
    let source =
        if none { format!("iff(array_length({array}) > 0, {array}, dynamic([{{}}]))") } else { format!("todynamic({array})") };
    let pred = pred.replace("$ITEM", item);
    q.late.push(format!(
        "mv-apply {item} = {source} on (summarize {hits} = countif({pred}))\n| where {hits} {}\n| project-away {hits}",
        if none { "== 0" } else { "> 0" }
    ));
}

/// Notes an address range Lantern cannot read (it matches nothing there, and `false` here).
fn note_bad_cidr(q: &mut Query, cond: &Cond) {
    if let Cond::Ip { cidr, .. } = cond
        && IpNet::parse(cidr).is_none()
    {
        q.notes.push(format!("{} is not an IP address or CIDR range: it matches nothing, as in Lantern", kql_string(cidr.trim())));
    }
}

fn sign_in_cond(q: &mut Query, cond: &Cond, ds: &Dataset) {
    note_bad_cidr(q, cond);
    let field = cond.field().to_owned();
    match field.as_str() {
        "status" => {
            let Some((labels, negate)) = enum_labels(schema::STATUS, cond) else { return untranslated(q, Log::SignIns, cond, ds, "") };
            let classes: Vec<CodeClass> = labels.iter().filter_map(|l| label_class(l)).collect();
            let e = class_expr(q, &classes);
            q.steps.push(format!("where {}", if negate { format!("not({e})") } else { e }));
        }
        "code_class" => {
            let (values, negate, contains) = match cond {
                Cond::In { values, .. } => (values.clone(), false, None),
                Cond::NotIn { values, .. } => (values.clone(), true, None),
                Cond::Contains { text, .. } => (Vec::new(), false, Some(text.to_lowercase())),
                _ => return untranslated(q, Log::SignIns, cond, ds, ""),
            };
            let mut classes = Vec::new();
            let mut empty = false;
            for (label, class) in [("success", CodeClass::Success), ("interrupt", CodeClass::Interrupt), ("failure", CodeClass::Failure)] {
                let hit = match &contains {
                    Some(t) => label.contains(t.as_str()),
                    None => values.iter().any(|v| label_class(v) == Some(class)),
                };
                if hit {
                    classes.push(class);
                }
            }
            if contains.is_none() && values.iter().any(|v| v.trim().is_empty()) {
                empty = true;
            }
            let mut e = class_expr(q, &classes);
            if empty {
                e = if classes.is_empty() { "isempty(ResultType)".into() } else { format!("(isempty(ResultType) or {e})") };
            }
            q.steps.push(format!("where {}", if negate { format!("not({e})") } else { e }));
        }
        "code" => {
            let parsed = |values: &[String]| -> Vec<String> {
                values.iter().filter_map(|v| codes::parse_code(v)).map(|c| c.to_string()).collect()
            };
            let w = match cond {
                Cond::In { values, .. } => in_expr("ResultType", &parsed(values), false, false),
                Cond::NotIn { values, .. } => in_expr("ResultType", &parsed(values), true, false),
                Cond::Contains { text, .. } if !text.is_empty() => contains_expr("ResultType", text, false),
                Cond::Contains { .. } => return,
                _ => return untranslated(q, Log::SignIns, cond, ds, ""),
            };
            q.steps.push(format!("where {w}"));
        }
        "latency" => {
            let e = if q.has_table(INTERACTIVE) && q.has_table(NON_INTERACTIVE) {
                r#"coalesce(tostring(column_ifexists("ProcessingTimeInMilliseconds", "")), tostring(column_ifexists("ProcessingTimeInMs", "")))"#
            } else if q.has_table(INTERACTIVE) {
                "tostring(ProcessingTimeInMilliseconds)"
            } else {
                "tostring(ProcessingTimeInMs)"
            };
            if let Some(w) = text_cond(e, cond, false) {
                q.steps.push(format!("where {w}"));
            }
        }
        "asn" => {
            let w = match cond {
                Cond::In { values, .. } => in_expr("tostring(AutonomousSystemNumber)", &values.iter().map(|v| v.trim().to_owned()).collect::<Vec<_>>(), false, false),
                Cond::NotIn { values, .. } => in_expr("tostring(AutonomousSystemNumber)", &values.iter().map(|v| v.trim().to_owned()).collect::<Vec<_>>(), true, false),
                other => match text_cond("tostring(AutonomousSystemNumber)", other, false) {
                    Some(w) => w,
                    None => return,
                },
            };
            q.steps.push(format!("where {w}"));
        }
        "user_any" => {
            let w = match cond {
                Cond::NotIn { values, .. } => format!(
                    "{} and {}",
                    in_expr("UserDisplayName", values, true, true),
                    in_expr("UserPrincipalName", values, true, true)
                ),
                other => match (text_cond("UserPrincipalName", other, false), text_cond("UserDisplayName", other, false)) {
                    (Some(a), Some(b)) => format!("{a} or {b}"),
                    _ => return,
                },
            };
            q.steps.push(format!("where {w}"));
        }
        "ca_policy" | "ca_result" => {
            q.dyn_roots.insert("ConditionalAccessPolicies");
            let prop = if field == "ca_policy" { "displayName" } else { "result" };
            let e = format!("tostring($ITEM.{prop})");
            // Lantern: a policy name "not in" means no listed policy applies to the sign-in;
            // every other condition means "some policy matches".
            let (pred, none) = match cond {
                Cond::NotIn { values, .. } if field == "ca_policy" => (in_expr(&e, values, false, true), true),
                other => match text_cond(&e, other, false) {
                    Some(p) => (p, false),
                    None => return,
                },
            };
            array_step(q, "ConditionalAccessPolicies", "CaPolicy", &pred, none);
        }
        "event_type" => {
            let Some((labels, negate)) = enum_labels(schema::EVENT_TYPE, cond) else { return untranslated(q, Log::SignIns, cond, ds, "") };
            let picked = |l: &str| labels.iter().any(|x| x == l) != negate;
            let mut tables = Vec::new();
            if picked("Interactive") {
                tables.push(INTERACTIVE);
            }
            if picked("Non-interactive") {
                tables.push(NON_INTERACTIVE);
            }
            if picked("Service principal") || picked("Managed identity") {
                q.notes.push(
                    "not translated: service-principal and managed-identity sign-ins are in AADServicePrincipalSignInLogs / AADManagedIdentitySignInLogs, not queried here"
                        .into(),
                );
            }
            q.tables.retain(|t| tables.contains(t));
        }
        "time" => untranslated(q, Log::SignIns, cond, ds, "a date is filtered by a range"),
        key => {
            let e = signin_expr(key);
            let labels = match S::from_key(key).map(|f| f.def().kind) {
                Some(Kind::Enum(labels)) => Some(labels),
                _ => None,
            };
            match e {
                Expr::Missing(why) => untranslated(q, Log::SignIns, cond, ds, why),
                Expr::Special | Expr::Array(_) => untranslated(q, Log::SignIns, cond, ds, ""),
                e => {
                    let json = matches!(e, Expr::Json(_));
                    if json && matches!(cond, Cond::In { .. } | Cond::NotIn { .. }) {
                        q.notes.push(format!("approximate: {} is matched as text inside a JSON column", crate::core::query::describe::field_label(Log::SignIns, key)));
                    }
                    let Some(ex) = q.expr(e) else { return };
                    let w = match (labels, cond) {
                        (Some(labels), Cond::In { .. } | Cond::NotIn { .. } | Cond::Contains { .. }) => {
                            let Some((picked, negate)) = enum_labels(labels, cond) else { return };
                            let vals: Vec<String> = picked.iter().map(|l| enum_value(key, l)).collect();
                            in_expr(&ex, &vals, negate, true)
                        }
                        _ => match text_cond(&ex, cond, json) {
                            Some(w) => w,
                            None => return,
                        },
                    };
                    q.steps.push(format!("where {w}"));
                }
            }
        }
    }
}

fn audit_cond(q: &mut Query, cond: &Cond, ds: &Dataset) {
    note_bad_cidr(q, cond);
    let field = cond.field().to_owned();
    match audit_expr(&field) {
        Expr::Special => untranslated(q, Log::Audits, cond, ds, "a date is filtered by a range"),
        Expr::Missing(why) => untranslated(q, Log::Audits, cond, ds, why),
        Expr::Array(root) => {
            let (item, e_list): (&str, Vec<String>) = if root == "AdditionalDetails" {
                ("Detail", vec!["tostring($ITEM.value)".into()])
            } else if field == "target" {
                ("Target", vec!["coalesce(tostring($ITEM.userPrincipalName), tostring($ITEM.displayName))".into()])
            } else {
                (
                    "Target",
                    vec!["tostring($ITEM.displayName)".into(), "tostring($ITEM.userPrincipalName)".into(), "tostring($ITEM.id)".into()],
                )
            };
            let guard = if root == "AdditionalDetails" { r#"tostring($ITEM.key) =~ "User-Agent" and "# } else { "" };
            let (pred, none) = match cond {
                Cond::NotIn { values, .. } => {
                    // No element's value is listed (for target_any: no element has all of
                    // its name, UPN and id listed, as Lantern decides it).
                    let parts: Vec<String> = e_list.iter().map(|e| in_expr(e, values, false, true)).collect();
                    let joined = if field == "target_any" { parts.join(" and ") } else { parts.join(" or ") };
                    (format!("{guard}({joined})"), true)
                }
                other => {
                    let parts: Vec<String> = e_list.iter().filter_map(|e| text_cond(e, other, false)).collect();
                    if parts.is_empty() {
                        return;
                    }
                    (format!("{guard}({})", parts.join(" or ")), false)
                }
            };
            array_step(q, root, item, &pred, none);
        }
        e => {
            let Some(ex) = q.expr(e) else { return };
            let w = match (field.as_str(), cond) {
                ("result", Cond::In { .. } | Cond::NotIn { .. } | Cond::Contains { .. }) => {
                    let Some((picked, negate)) = enum_labels(schema::AUDIT_RESULT, cond) else { return };
                    let vals: Vec<String> = picked.iter().map(|l| enum_value("result", l)).collect();
                    in_expr(&ex, &vals, negate, true)
                }
                _ => match text_cond(&ex, cond, false) {
                    Some(w) => w,
                    None => return,
                },
            };
            q.steps.push(format!("where {w}"));
        }
    }
}

fn untranslated(q: &mut Query, log: Log, cond: &Cond, ds: &Dataset, why: &str) {
    let what = describe_cond(log, cond, ds);
    q.notes.push(if why.is_empty() { format!("not translated: {what}") } else { format!("not translated: {what} ({why})") });
}

/// The query for `filter` on `log`, for Log Analytics / Microsoft Sentinel (see the
/// module docs). The first lines are `//` comments: the filter in words, the time window
/// and anything that could not be translated.
pub fn filter_kql(log: Log, filter: &Filter, ds: &Dataset) -> String {
    let mut q = Query {
        log,
        notes: Vec::new(),
        lets: BTreeSet::new(),
        dyn_roots: BTreeSet::new(),
        steps: Vec::new(),
        late: Vec::new(),
        tables: match log {
            Log::SignIns => vec![INTERACTIVE, NON_INTERACTIVE],
            Log::Audits => vec!["AuditLogs"],
        },
        apply_n: 0,
    };
    let (time_col, noun) = match log {
        Log::SignIns => ("CreatedDateTime", "sign-ins"),
        Log::Audits => ("ActivityDateTime", "audit events"),
    };

    // The time window: the export's range, narrowed by the filter's date conditions.
    let table = log.table(ds);
    let all_rows: Vec<u32> = (0..table.len() as u32).collect();
    let data = time_range(ds, log, &all_rows);
    let (mut from, mut to) = match data {
        Some((a, b)) => (Some(a), Some(b.saturating_add(1))),
        None => (None, None),
    };
    let narrow = |from: &mut Option<i64>, to: &mut Option<i64>, a: Option<i64>, b: Option<i64>| {
        if let Some(a) = a {
            *from = Some(from.map_or(a, |f| f.max(a)));
        }
        if let Some(b) = b {
            *to = Some(to.map_or(b, |t| t.min(b)));
        }
    };
    for c in &filter.conds {
        match c {
            Cond::Range { from_ms, to_ms } => narrow(&mut from, &mut to, *from_ms, *to_ms),
            Cond::Last { hours } => {
                if let Some(n) = newest_ms(table, log.time_col()) {
                    q.notes.push(format!(
                        "\"last {hours} hours\" is relative to the newest exported record ({}), so the window is explicit; ago() would count back from now",
                        time::format_iso_s(n)
                    ));
                    narrow(&mut from, &mut to, Some(n.saturating_sub(*hours as i64 * 3_600_000)), Some(n.saturating_add(1)));
                }
            }
            _ => {}
        }
    }

    // Conditions.
    for c in &filter.conds {
        match c {
            Cond::Range { .. } | Cond::Last { .. } => {}
            Cond::Records { ids } => {
                let ids: Vec<String> = ids.iter().map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()).collect();
                q.steps.push(if ids.is_empty() { "where false".into() } else { format!("where Id in~ ({})", list(&ids)) });
            }
            c => match log {
                Log::SignIns => sign_in_cond(&mut q, c, ds),
                Log::Audits => audit_cond(&mut q, c, ds),
            },
        }
    }
    if !filter.text.trim().is_empty() {
        q.late.push(format!("where * contains {}", kql_string(filter.text.trim())));
    }

    // Assemble.
    let mut out = String::new();
    let described = crate::core::query::describe::describe_filter(log, filter, ds);
    if described.is_empty() {
        let _ = writeln!(out, "// Lantern: all {noun}");
    } else {
        let _ = writeln!(out, "// Lantern: {noun} where {}", comment_text(&described.join("; ")));
    }
    match (from, to) {
        (Some(a), Some(b)) => {
            let _ = writeln!(
                out,
                "// Window: {} to {} (UTC), the exported records' own times; TimeGenerated has a day of margin",
                time::format_iso_ms(a),
                time::format_iso_ms(b)
            );
        }
        _ => {
            let _ = writeln!(out, "// No record has a time: set the time range in the query editor");
        }
    }
    for n in &q.notes {
        let _ = writeln!(out, "// {}", comment_text(n));
    }
    for l in &q.lets {
        let _ = writeln!(out, "{l}");
    }
    let coarse = match (from, to) {
        (Some(a), Some(b)) => Some(format!(
            "where TimeGenerated between ({} .. {})",
            kql_datetime(a.saturating_sub(86_400_000)),
            kql_datetime(b.saturating_add(86_400_000))
        )),
        _ => None,
    };
    let extend = if q.dyn_roots.is_empty() {
        None
    } else {
        Some(format!("extend {}", q.dyn_roots.iter().map(|r| format!("{r} = todynamic({r})")).collect::<Vec<_>>().join(", ")))
    };
    let leg = |t: &str| {
        let mut s = t.to_owned();
        for step in [&coarse, &extend].into_iter().flatten() {
            s.push_str("\n    | ");
            s.push_str(step);
        }
        s
    };
    match q.tables.len() {
        0 => {
            // The sign-in type filter excludes both user sign-in tables.
            let _ = writeln!(out, "{INTERACTIVE}\n| where false");
        }
        1 => {
            out.push_str(&leg(q.tables[0]).replace("\n    | ", "\n| "));
            out.push('\n');
        }
        _ => {
            out.push_str("union isfuzzy=true");
            for (i, t) in q.tables.iter().enumerate() {
                let _ = write!(out, "\n    ({}){}", leg(t).replace("\n    | ", "\n        | "), if i + 1 < q.tables.len() { "," } else { "" });
            }
            out.push('\n');
        }
    }
    if let (Some(a), Some(b)) = (from, to) {
        let _ = writeln!(out, "| where {time_col} >= {} and {time_col} < {}", kql_datetime(a), kql_datetime(b));
    }
    for s in q.steps.iter().chain(q.late.iter()) {
        let _ = writeln!(out, "| {s}");
    }
    let _ = writeln!(out, "| sort by {time_col} desc");
    out
}

// ---------------------------------------------------------------------------------------
// Hunting queries.

fn p_num(params: &Json, key: &str, default: u64) -> u64 {
    let v = params.get(key);
    let n = match v {
        Some(Json::Number(n)) => n.as_f64().filter(|f| f.is_finite() && *f >= 0.0).map(|f| f.round() as u64),
        Some(Json::String(s)) => s.trim().parse::<f64>().ok().filter(|f| f.is_finite() && *f >= 0.0).map(|f| f.round() as u64),
        _ => None,
    };
    n.unwrap_or(default).min(10_000_000)
}

fn p_time(params: &Json, key: &str) -> Option<i64> {
    match params.get(key) {
        Some(Json::Number(n)) => n.as_i64(),
        Some(Json::String(s)) => s.trim().parse::<i64>().ok().or_else(|| time::parse_ts_ms(s)),
        _ => None,
    }
    .filter(|t| (0..=253_402_300_799_000).contains(t))
}

fn p_list(params: &Json, key: &str, default: &[&str]) -> Vec<String> {
    match params.get(key) {
        Some(Json::Array(a)) => {
            let v: Vec<String> = a
                .iter()
                .filter_map(|x| match x {
                    Json::String(s) => Some(s.clone()),
                    Json::Number(n) => Some(n.to_string()),
                    _ => None,
                })
                .filter(|s| !s.trim().is_empty())
                .collect();
            if v.is_empty() { default.iter().map(|s| s.to_string()).collect() } else { v }
        }
        Some(Json::String(s)) if !s.trim().is_empty() => s.split(',').map(|x| x.trim().to_owned()).filter(|x| !x.is_empty()).collect(),
        _ => default.iter().map(|s| s.to_string()).collect(),
    }
}

fn p_str(params: &Json, key: &str, default: &str) -> String {
    match params.get(key) {
        Some(Json::String(s)) if !s.trim().is_empty() => s.trim().to_owned(),
        _ => default.to_owned(),
    }
}

/// The header and time window of a hunting query.
struct Hunt {
    out: String,
}

impl Hunt {
    fn new(title: &str, rule: &str, source: &str, params: &Json, lookback_days: u64) -> Self {
        let mut out = String::new();
        let _ = writeln!(out, "// {} (Lantern rule {rule})", comment_text(title));
        let _ = writeln!(out, "// Logic after {}", comment_text(source));
        let days = p_num(params, "lookback_days", lookback_days).max(1);
        let (from, to) = (p_time(params, "from_ms"), p_time(params, "to_ms"));
        match (from, to) {
            (Some(a), Some(b)) if a < b => {
                let _ = writeln!(out, "let startTime = {};\nlet endTime = {};", kql_datetime(a), kql_datetime(b));
            }
            (_, Some(b)) => {
                let _ = writeln!(out, "let endTime = {};\nlet startTime = endTime - {days}d;", kql_datetime(b));
            }
            (Some(a), None) => {
                let _ = writeln!(out, "let startTime = {};\nlet endTime = now();", kql_datetime(a));
            }
            _ => {
                let _ = writeln!(out, "let startTime = ago({days}d);\nlet endTime = now();");
            }
        }
        Hunt { out }
    }

    /// `let signins = union …` over both user sign-in tables with the dynamic columns read
    /// the same way.
    fn signins(&mut self, roots: &[&str]) {
        let extend = if roots.is_empty() {
            String::new()
        } else {
            format!(" | extend {}", roots.iter().map(|r| format!("{r} = todynamic({r})")).collect::<Vec<_>>().join(", "))
        };
        let _ = writeln!(
            self.out,
            "let signins = union isfuzzy=true\n    ({INTERACTIVE} | where TimeGenerated between (startTime .. endTime){extend}),\n    ({NON_INTERACTIVE} | where TimeGenerated between (startTime .. endTime){extend});"
        );
    }

    fn line(&mut self, s: &str) {
        self.out.push_str(s);
        if !s.ends_with('\n') {
            self.out.push('\n');
        }
    }

    fn done(self) -> String {
        self.out
    }
}

const AUDIT_SOURCE: &str = "AuditLogs\n| where TimeGenerated between (startTime .. endTime)";
const ACTOR_EXTEND: &str = "| extend Actor = coalesce(tostring(InitiatedBy.user.userPrincipalName), tostring(InitiatedBy.app.servicePrincipalName), tostring(InitiatedBy.app.displayName)), ActorIp = tostring(InitiatedBy.user.ipAddress)";

/// Codes Sentinel counts as "the password was right" when judging a spraying IP.
const SPRAY_SUCCESS_CODES: &[&str] = &[
    "0", "50055", "50057", "50155", "50105", "50133", "50005", "50076", "50079", "50173", "50158", "50072", "50074", "53003",
    "53000", "53001", "50129",
];

/// Client apps that are legacy authentication (Sentinel's list).
const LEGACY_CLIENTS: &[&str] = &[
    "Authenticated SMTP", "AutoDiscover", "Exchange ActiveSync", "Exchange Online PowerShell", "Exchange Web Services", "IMAP4",
    "MAPI Over HTTP", "Outlook Anywhere (RPC over HTTP)", "Outlook Service", "POP3", "Reporting Web Services", "Other clients",
];

/// User-agent fragments of offensive and scripting tools (MAS block-list, Sigma).
const TOOL_AGENTS: &[&str] = &[
    "AADInternals", "azurehound", "python-requests", "python/", "PostmanRuntime/", "axios/", "agentaxios", "PowerShell/",
    "AzurePowershell/", "BAV2ROPC", "Go-http-client", "curl/",
];

/// Privileged directory roles (Sentinel's "outside PIM" list).
const PRIVILEGED_ROLES: &[&str] = &[
    "Global Administrator", "Privileged Role Administrator", "Application Administrator", "Cloud Application Administrator",
    "Exchange Administrator", "SharePoint Administrator", "User Administrator", "Authentication Administrator",
    "Privileged Authentication Administrator", "Security Administrator", "Hybrid Identity Administrator",
];

const SECURITY_INFO_OPS: &[&str] = &[
    "User registered security info", "User changed default security info", "User deleted security info",
    "Admin updated security info", "User reviewed security info", "Admin deleted security info",
    "Admin registered security info", "User registered all required security info", "User started security info registration",
];

const HIGH_RISK_SCOPES: &[&str] = &[
    "Mail.Read", "Mail.ReadWrite", "Mail.Send", "MailboxSettings.ReadWrite", "Files.Read.All", "Files.ReadWrite.All",
    "Sites.ReadWrite.All", "full_access_as_app", "Directory.ReadWrite.All", "EWS.AccessAsUser.All", "Exchange.ManageAsApp",
    "AppRoleAssignment.ReadWrite.All", "RoleManagement.ReadWrite.Directory",
];

const USER_CHANGE_OPS: &[&str] = &[
    "Delete user", "Hard delete user", "Disable account", "Update user", "Reset user password", "Reset password (by admin)",
    "Add user", "Restore user",
];

const CHAIN_OPS: &[&str] = &[
    "User registered security info", "Admin registered security info", "User changed default security info",
    "Add member to role", "Add eligible member to role", "Consent to application", "Add service principal credentials",
    "Update application – Certificates and secrets management", "Add owner to application", "Add owner to service principal",
];

/// Escapes the RE2 metacharacters of `s`.
fn regex_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if "\\.+*?()|[]{}^$".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The rules [`hunting_kql`] knows.
pub const HUNTING_RULES: &[&str] = &[
    "password_spray_ip",
    "password_spray_tenant",
    "brute_force",
    "success_after_failures",
    "smart_lockout",
    "disabled_account",
    "mfa_fatigue",
    "mfa_denied",
    "impossible_travel",
    "legacy_auth",
    "device_code",
    "risky_signin",
    "tool_user_agent",
    "new_country",
    "privileged_role",
    "app_consent",
    "app_credentials",
    "security_info",
    "ca_policy_change",
    "bulk_user_change",
    "admin_password_reset",
    "guest_invite",
    "federation_change",
    "first_time_activity",
    "chain",
];

/// The hunting query for detection rule `rule` with its thresholds in `params` (numbers,
/// or numeric strings), or `None` for an unknown rule.
///
/// Common parameters: `lookback_days` (default per rule), or an explicit `from_ms` /
/// `to_ms` (UTC ms or ISO text) — e.g. the export's range, to reproduce a finding on the
/// same days. Per rule:
///
/// | rule | parameters (default) |
/// |---|---|
/// | `password_spray_ip` | `min_users` (5), `window_minutes` (20), `codes` (50053, 50126, 50055) |
/// | `password_spray_tenant` | `min_users` (15), `min_attempts` (10), `window_minutes` (30), `max_error_codes` (1), `codes` (50126, 50034, 50055, 50056) |
/// | `brute_force` | `min_failures` (20), `window_minutes` (10), `codes` (50126, 50053, 50055, 50056) |
/// | `success_after_failures` | `min_failures` (10), `window_minutes` (20) |
/// | `smart_lockout` | `min_users` (15), `min_events` (20), `window_minutes` (30) |
/// | `disabled_account` | `min_attempts` (1), `min_apps` (1) |
/// | `mfa_fatigue` | `min_denials` (10), `window_minutes` (10) |
/// | `mfa_denied` | `min_denials` (1), `window_minutes` (10) |
/// | `impossible_travel` | `max_kmh` (900), `min_km` (100) |
/// | `legacy_auth`, `device_code` | — |
/// | `risky_signin` | `min_level` (`medium`) |
/// | `tool_user_agent` | `agents` (tool list) |
/// | `new_country` (`deviation`) | `recent_days` (1), `lookback_days` (15) |
/// | `privileged_role` | `roles` (11 privileged roles; any role containing "Admin" also counts) |
/// | `app_consent`, `app_credentials`, `ca_policy_change`, `federation_change` | — |
/// | `security_info` | `min_changes` (1) |
/// | `bulk_user_change` | `min_targets` (10), `window_minutes` (60), `activities` |
/// | `admin_password_reset` | `min_targets` (1), `window_minutes` (60) |
/// | `guest_invite` | `min_invites` (1) |
/// | `first_time_activity` | `log` (`audit` or `signins`), `recent_days` (1), `lookback_days` (15) |
/// | `chain` | `window_hours` (6), `min_steps` (1) |
pub fn hunting_kql(rule: &str, params: &Json) -> Option<String> {
    let rule = rule.trim();
    let q = match rule {
        "password_spray_ip" => {
            let (users, win) = (p_num(params, "min_users", 5), p_num(params, "window_minutes", 20).max(1));
            let codes = p_list(params, "codes", &["50053", "50126", "50055"]);
            let mut h = Hunt::new("Password spray from one IP", rule, "Sentinel SigninPasswordSpray (C1)", params, 3);
            h.signins(&[]);
            h.line(&format!("let failureCodes = dynamic([{}]);", list(&codes)));
            h.line(&format!("let successCodes = dynamic([{}]);", list(&SPRAY_SUCCESS_CODES.iter().map(|s| s.to_string()).collect::<Vec<_>>())));
            h.line(&format!(
                "let sprayIps = signins\n    | where ResultType in (failureCodes)\n    | summarize FailedUsers = dcount(UserPrincipalName) by IPAddress, AppDisplayName, bin(TimeGenerated, {win}m)\n    | where FailedUsers >= {users}\n    | distinct IPAddress;"
            ));
            h.line("signins\n| where IPAddress in (sprayIps)\n| summarize FailedUsers = dcountif(UserPrincipalName, ResultType in (failureCodes)),\n    SucceededUsers = dcountif(UserPrincipalName, ResultType in (successCodes)),\n    Failures = countif(ResultType in (failureCodes)),\n    SucceededAs = make_set_if(UserPrincipalName, ResultType in (successCodes), 50),\n    Apps = make_set(AppDisplayName, 20),\n    FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by IPAddress\n| where FailedUsers > SucceededUsers\n| sort by FailedUsers desc");
            h.done()
        }
        "password_spray_tenant" => {
            let (users, attempts, win, errs) = (
                p_num(params, "min_users", 15),
                p_num(params, "min_attempts", 10),
                p_num(params, "window_minutes", 30).max(1),
                p_num(params, "max_error_codes", 1).max(1),
            );
            let codes = p_list(params, "codes", &["50126", "50034", "50055", "50056"]);
            let mut h = Hunt::new("Password spray across the tenant", rule, "Elastic Entra ID brute force (C1, tenant-wide)", params, 1);
            h.signins(&[]);
            h.line(&format!(
                "signins\n| where ResultType in ({}) and AuthenticationRequirement =~ \"singleFactorAuthentication\"\n| summarize Users = dcount(UserPrincipalName), Attempts = count(), ErrorCodes = dcount(ResultType), Ips = dcount(IPAddress),\n    IpSet = make_set(IPAddress, 50), UserSet = make_set(UserPrincipalName, 100),\n    FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by bin(TimeGenerated, {win}m)\n| where Users >= {users} and Attempts >= {attempts} and ErrorCodes <= {errs}\n| sort by Users desc",
                list(&codes)
            ));
            h.done()
        }
        "brute_force" => {
            let (n, win) = (p_num(params, "min_failures", 20), p_num(params, "window_minutes", 10).max(1));
            let codes = p_list(params, "codes", &["50126", "50053", "50055", "50056"]);
            let mut h = Hunt::new("Password guessing against one account", rule, "Splunk high number of failed authentications for user (C2)", params, 1);
            h.signins(&[]);
            h.line(&format!(
                "signins\n| where ResultType in ({})\n| summarize Failures = count(), IpCount = dcount(IPAddress), Ips = make_set(IPAddress, 20), Apps = make_set(AppDisplayName, 10),\n    FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by UserPrincipalName, bin(TimeGenerated, {win}m)\n| where Failures >= {n}\n| sort by Failures desc",
                list(&codes)
            ));
            h.done()
        }
        "success_after_failures" => {
            let (n, win) = (p_num(params, "min_failures", 10), p_num(params, "window_minutes", 20).max(1));
            let mut h = Hunt::new("Successful sign-in after many failures", rule, "Sentinel SigninBruteForce-AzurePortal (S1)", params, 1);
            h.signins(&[]);
            h.line("let okCodes = dynamic([\"0\", \"50125\", \"50140\", \"70043\", \"70044\"]);");
            h.line("let interruptCodes = dynamic([\"50074\", \"50076\"]);");
            h.line(&format!(
                "signins\n| extend Failed = ResultType !in (okCodes) and ResultType !in (interruptCodes)\n| summarize Failures = countif(Failed), Successes = countif(ResultType == \"0\"),\n    FirstFailure = minif(TimeGenerated, Failed), LastSuccess = maxif(TimeGenerated, ResultType == \"0\"),\n    Ips = make_set(IPAddress, 20), Apps = make_set(AppDisplayName, 10)\n    by UserPrincipalName, bin(TimeGenerated, {win}m)\n| where Failures >= {n} and Successes > 0 and LastSuccess > FirstFailure\n| sort by Failures desc"
            ));
            h.done()
        }
        "smart_lockout" => {
            let (users, events, win) = (p_num(params, "min_users", 15), p_num(params, "min_events", 20), p_num(params, "window_minutes", 30).max(1));
            let mut h = Hunt::new("Smart lockout (50053) burst", rule, "Elastic excessive account lockouts (C4)", params, 1);
            h.signins(&[]);
            h.line(&format!(
                "signins\n| where ResultType == \"50053\"\n| summarize Events = count(), Users = dcount(UserPrincipalName), UserSet = make_set(UserPrincipalName, 50),\n    Ips = make_set(IPAddress, 50), Reasons = make_set(ResultDescription, 5),\n    FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by bin(TimeGenerated, {win}m)\n| where Users >= {users} and Events >= {events}\n| sort by Events desc"
            ));
            h.done()
        }
        "disabled_account" => {
            let (n, apps) = (p_num(params, "min_attempts", 1).max(1), p_num(params, "min_apps", 1).max(1));
            let mut h = Hunt::new("Sign-in attempts on disabled accounts", rule, "Sentinel SigninAttemptsByIPviaDisabledAccounts / DisabledAccountSigninsAcrossManyApplications (C5)", params, 1);
            h.signins(&[]);
            h.line(&format!(
                "signins\n| where ResultType == \"50057\"\n| summarize Attempts = count(), AppCount = dcount(AppDisplayName), Apps = make_set(AppDisplayName, 20),\n    FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by UserPrincipalName, IPAddress\n| where Attempts >= {n} and AppCount >= {apps}\n| lookup kind=leftouter (signins\n    | where ResultType == \"0\"\n    | summarize SuccessfulAccounts = dcount(UserPrincipalName), SuccessfulAs = make_set(UserPrincipalName, 20) by IPAddress) on IPAddress\n| sort by Attempts desc"
            ));
            h.done()
        }
        "mfa_fatigue" => {
            let (n, win) = (p_num(params, "min_denials", 10), p_num(params, "window_minutes", 10).max(1));
            let mut h = Hunt::new("MFA fatigue: a burst of denied or unanswered prompts", rule, "Sentinel MFASpammingfollowedbySuccessfullogin (M3)", params, 1);
            h.signins(&["Status"]);
            h.line(&format!(
                "signins\n| where ResultType in (\"500121\", \"0\")\n| extend MfaResult = tostring(Status.additionalDetails)\n| summarize Denied = countif(ResultType == \"500121\"), Approved = countif(ResultType == \"0\"),\n    FirstDenied = minif(TimeGenerated, ResultType == \"500121\"), LastDenied = maxif(TimeGenerated, ResultType == \"500121\"),\n    LastApproved = maxif(TimeGenerated, ResultType == \"0\"),\n    Results = make_set_if(MfaResult, ResultType == \"500121\", 10), Ips = make_set(IPAddress, 10)\n    by UserPrincipalName, bin(TimeGenerated, {win}m)\n| where Denied >= {n}\n| extend ApprovedAfterDenials = LastApproved > FirstDenied\n| sort by Denied desc"
            ));
            h.done()
        }
        "mfa_denied" => {
            let (n, win) = (p_num(params, "min_denials", 1).max(1), p_num(params, "window_minutes", 10).max(1));
            let mut h = Hunt::new("MFA denied by the user or reported as fraud", rule, "Sentinel ExplicitMFADeny (M4)", params, 1);
            h.signins(&["Status"]);
            h.line(&format!(
                "signins\n| where ResultType == \"500121\"\n| extend MfaResult = tostring(Status.additionalDetails)\n| where MfaResult has_any (\"MFA denied; user declined the authentication\", \"fraud\") or AuthenticationDetails has_any (\"user declined the authentication\", \"fraud\")\n| summarize Denials = count(), Fraud = countif(MfaResult has \"fraud\" or AuthenticationDetails has \"fraud\"),\n    Ips = make_set(IPAddress, 10), Apps = make_set(AppDisplayName, 10),\n    FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by UserPrincipalName, bin(TimeGenerated, {win}m)\n| where Denials >= {n}\n| sort by Denials desc"
            ));
            h.done()
        }
        "impossible_travel" => {
            let (kmh, km) = (p_num(params, "max_kmh", 900).max(1), p_num(params, "min_km", 100));
            let mut h = Hunt::new("Impossible travel between successful sign-ins", rule, "Panther impossible_travel_login (L3)", params, 1);
            h.signins(&["LocationDetails"]);
            h.line(&format!(
                "signins\n| where ResultType == \"0\"\n| extend Lat = toreal(LocationDetails.geoCoordinates.latitude), Lon = toreal(LocationDetails.geoCoordinates.longitude),\n    Country = tostring(LocationDetails.countryOrRegion), City = tostring(LocationDetails.city)\n| where isnotnull(Lat) and isnotnull(Lon) and not(Lat == 0 and Lon == 0)\n| project TimeGenerated, UserPrincipalName, IPAddress, Country, City, Lat, Lon, AppDisplayName\n| sort by UserPrincipalName asc, TimeGenerated asc\n| extend PrevUser = prev(UserPrincipalName), PrevTime = prev(TimeGenerated), PrevIp = prev(IPAddress),\n    PrevCountry = prev(Country), PrevCity = prev(City), PrevLat = prev(Lat), PrevLon = prev(Lon)\n| where PrevUser == UserPrincipalName and IPAddress != PrevIp\n| extend DistanceKm = geo_distance_2points(PrevLon, PrevLat, Lon, Lat) / 1000.0, Hours = (TimeGenerated - PrevTime) / 1h\n| extend SpeedKmh = iff(Hours > 0.0, DistanceKm / Hours, real(+inf))\n| where DistanceKm >= {km} and SpeedKmh > {kmh}\n| project UserPrincipalName, PrevTime, PrevIp, PrevCity, PrevCountry, TimeGenerated, IPAddress, City, Country,\n    DistanceKm = round(DistanceKm, 0), SpeedKmh = round(SpeedKmh, 0)\n| sort by SpeedKmh desc"
            ));
            h.done()
        }
        "legacy_auth" => {
            let mut h = Hunt::new("Successful legacy-protocol sign-ins", rule, "Sentinel LegacyAuthAttempt and Sigma BAV2ROPC (D1)", params, 1);
            h.signins(&[]);
            h.line(&format!("let legacyClients = dynamic([{}]);", list(&LEGACY_CLIENTS.iter().map(|s| s.to_string()).collect::<Vec<_>>())));
            h.line("signins\n| where ResultType == \"0\"\n| where ClientAppUsed in (legacyClients) or UserAgent has_any (\"BAV2ROPC\", \"CBAinPROD\", \"CBAinTAR\")\n| summarize SignIns = count(), UserAgents = make_set(UserAgent, 5), FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by UserPrincipalName, ClientAppUsed, AppDisplayName, IPAddress\n| sort by SignIns desc");
            h.done()
        }
        "device_code" => {
            let mut h = Hunt::new("Device-code flow sign-ins", rule, "Splunk device code authentication and MAS device-code alerts (D2)", params, 1);
            h.signins(&[]);
            h.line("signins\n| where AuthenticationProtocol =~ \"deviceCode\"\n| extend ViaBroker = AppId == \"29d9ed98-a469-4536-ade2-f981bc1d605e\"\n| summarize SignIns = count(), Successes = countif(ResultType == \"0\"), BrokerSignIns = countif(ViaBroker),\n    Apps = make_set(AppDisplayName, 10), Ips = make_set(IPAddress, 10),\n    FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by UserPrincipalName\n| sort by SignIns desc");
            h.done()
        }
        "risky_signin" => {
            let levels: Vec<String> = match p_str(params, "min_level", "medium").to_ascii_lowercase().as_str() {
                "low" => vec!["low".into(), "medium".into(), "high".into()],
                "high" => vec!["high".into()],
                _ => vec!["medium".into(), "high".into()],
            };
            let mut h = Hunt::new("Sign-ins Entra ID Protection rated risky", rule, "Hawk and MAS risky sign-ins (R1, R2)", params, 7);
            h.signins(&[]);
            h.line(&format!("let riskLevels = dynamic([{}]);", list(&levels)));
            h.line("signins\n| where RiskLevelDuringSignIn in~ (riskLevels) or RiskLevelAggregated in~ (riskLevels) or RiskState in~ (\"atRisk\", \"confirmedCompromised\")\n| summarize SignIns = count(), Successes = countif(ResultType == \"0\"), Levels = make_set(RiskLevelDuringSignIn, 5),\n    States = make_set(RiskState, 5), RiskTypes = make_set(RiskEventTypes_V2, 10), Ips = make_set(IPAddress, 10),\n    FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by UserPrincipalName\n| sort by SignIns desc");
            h.done()
        }
        "tool_user_agent" => {
            let agents = p_list(params, "agents", TOOL_AGENTS);
            let re = format!("(?i)({})", agents.iter().map(|a| regex_escape(a)).collect::<Vec<_>>().join("|"));
            let mut h = Hunt::new("Sign-ins from attack or scripting tools", rule, "MAS UserAgent block-list and Sigma azurehound / axios (D3)", params, 7);
            h.signins(&[]);
            h.line(&format!(
                "signins\n| where UserAgent matches regex {}\n| summarize SignIns = count(), Successes = countif(ResultType == \"0\"), Users = dcount(UserPrincipalName),\n    UserSet = make_set(UserPrincipalName, 50), Ips = make_set(IPAddress, 20),\n    FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by UserAgent\n| sort by SignIns desc",
                kql_verbatim(&re)
            ));
            h.done()
        }
        "new_country" | "deviation" => {
            let recent = p_num(params, "recent_days", 1).max(1);
            let mut h = Hunt::new("Successful sign-in from a country new for the user", rule, "the unseen-versus-baseline pattern of Sentinel's new-location rules (L2)", params, 15);
            h.signins(&["LocationDetails"]);
            h.line(&format!("let recentStart = endTime - {recent}d;"));
            h.line("let baseline = signins\n    | where TimeGenerated < recentStart and ResultType == \"0\"\n    | extend Country = tostring(LocationDetails.countryOrRegion)\n    | where isnotempty(Country)\n    | distinct UserPrincipalName, Country;");
            h.line("let knownUsers = baseline | distinct UserPrincipalName;");
            h.line("signins\n| where TimeGenerated >= recentStart and ResultType == \"0\"\n| extend Country = tostring(LocationDetails.countryOrRegion)\n| where isnotempty(Country) and UserPrincipalName in (knownUsers)\n| join kind=leftanti baseline on UserPrincipalName, Country\n| summarize SignIns = count(), Ips = make_set(IPAddress, 10), Apps = make_set(AppDisplayName, 10),\n    FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by UserPrincipalName, Country\n| sort by FirstSeen asc");
            h.done()
        }
        "privileged_role" => {
            let roles = p_list(params, "roles", PRIVILEGED_ROLES);
            let mut h = Hunt::new("Privileged role assigned", rule, "Sentinel UserAssignedPrivilegedRole / DirectoryRoleAssignedOutsidePIM (AU1, AU2)", params, 7);
            h.line(&format!("let privilegedRoles = dynamic([{}]);", list(&roles)));
            h.line(AUDIT_SOURCE);
            h.line("| where Category =~ \"RoleManagement\" and OperationName has_any (\"Add member to role\", \"Add eligible member to role\")\n| where Result =~ \"success\"");
            h.line(ACTOR_EXTEND);
            h.line("| mv-apply TargetResource = TargetResources on (\n    where tostring(TargetResource.type) in~ (\"User\", \"ServicePrincipal\")\n    | extend Target = iff(tostring(TargetResource.type) =~ \"ServicePrincipal\", tostring(TargetResource.displayName), tostring(TargetResource.userPrincipalName)),\n        RoleProps = TargetResource.modifiedProperties\n    )\n| mv-apply Property = RoleProps on (\n    where tostring(Property.displayName) =~ \"Role.DisplayName\"\n    | extend RoleName = trim(@'\"', tostring(Property.newValue))\n    )\n| where RoleName in~ (privilegedRoles) or RoleName contains \"Admin\"\n| project TimeGenerated, OperationName, Actor, ActorIp, Target, RoleName, CorrelationId, Id\n| sort by TimeGenerated desc");
            h.done()
        }
        "app_consent" => {
            let mut h = Hunt::new("Consent granted to an application", rule, "Sentinel RareApplicationConsent / SuspiciousOAuthApp_OfflineAccess and Sigma end-user consent (AU5)", params, 7);
            h.line(&format!("let highRiskScopes = dynamic([{}]);", list(&HIGH_RISK_SCOPES.iter().map(|s| s.to_string()).collect::<Vec<_>>())));
            h.line(AUDIT_SOURCE);
            h.line("| where OperationName =~ \"Consent to application\" and Result =~ \"success\"");
            h.line(ACTOR_EXTEND);
            h.line("| extend AppName = tostring(TargetResources[0].displayName), AppObjectId = tostring(TargetResources[0].id)\n| mv-apply Property = TargetResources[0].modifiedProperties on (\n    summarize IsAdminConsent = take_anyif(tostring(Property.newValue), tostring(Property.displayName) =~ \"ConsentContext.IsAdminConsent\"),\n        Permissions = take_anyif(tostring(Property.newValue), tostring(Property.displayName) =~ \"ConsentAction.Permissions\")\n    )\n| extend OfflineAccess = Permissions has \"offline_access\", HighRiskScopes = Permissions has_any (highRiskScopes),\n    AllPrincipals = Permissions has \"AllPrincipals\"\n| project TimeGenerated, Actor, ActorIp, AppName, AppObjectId, IsAdminConsent, AllPrincipals, OfflineAccess, HighRiskScopes, Permissions, CorrelationId, Id\n| sort by TimeGenerated desc");
            h.done()
        }
        "app_credentials" => {
            let mut h = Hunt::new("Credential added to an application or service principal", rule, "Sentinel FirstAppOrServicePrincipalCredential / NewAppOrServicePrincipalCredential (AU6)", params, 7);
            h.line(AUDIT_SOURCE);
            h.line("| where OperationName has_any (\"Certificates and secrets management\", \"Add service principal credentials\", \"Update application\")\n| where Result =~ \"success\"");
            h.line(ACTOR_EXTEND);
            h.line("| extend AppName = tostring(TargetResources[0].displayName), AppObjectId = tostring(TargetResources[0].id)\n| mv-apply Property = TargetResources[0].modifiedProperties on (\n    summarize OldKeys = take_anyif(tostring(Property.oldValue), tostring(Property.displayName) =~ \"KeyDescription\"),\n        NewKeys = take_anyif(tostring(Property.newValue), tostring(Property.displayName) =~ \"KeyDescription\")\n    )\n| where isnotempty(NewKeys) or OperationName has \"credentials\"\n| extend FirstCredential = isempty(OldKeys) or OldKeys == \"[]\"\n| project TimeGenerated, OperationName, Actor, ActorIp, AppName, AppObjectId, FirstCredential, NewKeys, CorrelationId, Id\n| sort by TimeGenerated desc");
            h.done()
        }
        "security_info" => {
            let n = p_num(params, "min_changes", 1).max(1);
            let mut h = Hunt::new("Authentication methods (security info) changed", rule, "Sentinel AuthenticationMethodsChangedforPrivilegedAccount / AccountMFAModifications (AU8)", params, 7);
            h.line(&format!("let securityInfoOps = dynamic([{}]);", list(&SECURITY_INFO_OPS.iter().map(|s| s.to_string()).collect::<Vec<_>>())));
            h.line(AUDIT_SOURCE);
            h.line("| where OperationName in (securityInfoOps)");
            h.line(ACTOR_EXTEND);
            h.line(&format!(
                "| extend Target = coalesce(tostring(TargetResources[0].userPrincipalName), tostring(TargetResources[0].displayName))\n| summarize Changes = count(), Operations = make_set(OperationName, 10), Methods = make_set(ResultReason, 10),\n    Actors = make_set(Actor, 10), ActorIps = make_set(ActorIp, 10), FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by Target\n| where Changes >= {n}\n| sort by LastSeen desc"
            ));
            h.done()
        }
        "ca_policy_change" => {
            let mut h = Hunt::new("Conditional Access policy added, changed or deleted", rule, "Sentinel Conditional Access policy deleted / disabled / exclusion added (AU11)", params, 7);
            h.line(AUDIT_SOURCE);
            h.line("| where OperationName in~ (\"Add conditional access policy\", \"Update conditional access policy\", \"Delete conditional access policy\")");
            h.line(ACTOR_EXTEND);
            h.line("| extend Policy = tostring(TargetResources[0].displayName), Changes = tostring(TargetResources[0].modifiedProperties)\n| extend Disabled = Changes has \"disabled\", Exclusion = Changes has \"exclude\"\n| project TimeGenerated, OperationName, Result, Actor, ActorIp, Policy, Disabled, Exclusion, CorrelationId, Id\n| sort by TimeGenerated desc");
            h.done()
        }
        "bulk_user_change" => {
            let (n, win) = (p_num(params, "min_targets", 10).max(1), p_num(params, "window_minutes", 60).max(1));
            let ops = p_list(params, "activities", USER_CHANGE_OPS);
            let mut h = Hunt::new("Many users changed by one actor", rule, "Sentinel BulkChangestoPrivilegedAccountPermissions thresholds (AU3, AU13)", params, 7);
            h.line(&format!("let userOps = dynamic([{}]);", list(&ops)));
            h.line(AUDIT_SOURCE);
            h.line("| where OperationName in (userOps) and Result =~ \"success\"");
            h.line(ACTOR_EXTEND);
            h.line(&format!(
                "| extend Target = coalesce(tostring(TargetResources[0].userPrincipalName), tostring(TargetResources[0].displayName))\n| summarize Targets = dcount(Target), TargetSet = make_set(Target, 50), Operations = make_set(OperationName, 10),\n    FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by Actor, bin(TimeGenerated, {win}m)\n| where Targets >= {n}\n| sort by Targets desc"
            ));
            h.done()
        }
        "admin_password_reset" => {
            let (n, win) = (p_num(params, "min_targets", 1).max(1), p_num(params, "window_minutes", 60).max(1));
            let mut h = Hunt::new("Passwords reset by an administrator", rule, "Sentinel BulkPasswordResetByActor and Splunk enable-then-reset (AU14)", params, 7);
            h.line(AUDIT_SOURCE);
            h.line("| where OperationName in~ (\"Reset password (by admin)\", \"Reset user password\", \"Reset password\") and Result =~ \"success\"");
            h.line(ACTOR_EXTEND);
            h.line(&format!(
                "| extend Target = tostring(TargetResources[0].userPrincipalName)\n| where tolower(Actor) != tolower(Target)\n| summarize Resets = count(), Targets = dcount(Target), TargetSet = make_set(Target, 50),\n    FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by Actor, bin(TimeGenerated, {win}m)\n| where Targets >= {n}\n| sort by Targets desc"
            ));
            h.done()
        }
        "guest_invite" => {
            let n = p_num(params, "min_invites", 1).max(1);
            let mut h = Hunt::new("External (guest) users invited", rule, "Splunk external guest user invited and Sentinel non-redeemed invites (AU15)", params, 7);
            h.line(AUDIT_SOURCE);
            h.line("| where OperationName has \"Invite external user\"");
            h.line(ACTOR_EXTEND);
            h.line(&format!(
                "| extend InvitedUser = coalesce(tostring(TargetResources[0].userPrincipalName), tostring(TargetResources[0].displayName))\n| summarize Invites = count(), Failed = countif(Result !~ \"success\"), Invited = make_set(InvitedUser, 50),\n    FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by Actor\n| where Invites >= {n}\n| sort by Invites desc"
            ));
            h.done()
        }
        "federation_change" => {
            let mut h = Hunt::new("Domain federation or authentication changed", rule, "Sentinel ADFSDomainTrustMods and Splunk new federated domain (AU17)", params, 7);
            h.line(AUDIT_SOURCE);
            h.line("| where OperationName in~ (\"Set federation settings on domain\", \"Set domain authentication\", \"Add unverified domain\", \"Add verified domain\", \"Verify domain\", \"Update domain\")");
            h.line(ACTOR_EXTEND);
            h.line("| extend Domain = tostring(TargetResources[0].displayName), Changes = tostring(TargetResources[0].modifiedProperties)\n| extend ToFederated = Changes has \"Federated\"\n| project TimeGenerated, OperationName, Result, Actor, ActorIp, Domain, ToFederated, CorrelationId, Id\n| sort by TimeGenerated desc");
            h.done()
        }
        "first_time_activity" => {
            let recent = p_num(params, "recent_days", 1).max(1);
            let signins = p_str(params, "log", "audit").to_ascii_lowercase().starts_with("sign");
            let mut h = Hunt::new(
                if signins { "A user's first sign-in to an application" } else { "An actor's first use of an audit activity" },
                rule,
                "the unseen-versus-baseline pattern of Sentinel's rare-consent and new-role rules (AU1, A1)",
                params,
                15,
            );
            h.line(&format!("let recentStart = endTime - {recent}d;"));
            if signins {
                h.signins(&[]);
                h.line("let baseline = signins | where TimeGenerated < recentStart | distinct UserPrincipalName, AppDisplayName;\nlet knownUsers = baseline | distinct UserPrincipalName;\nsignins\n| where TimeGenerated >= recentStart and UserPrincipalName in (knownUsers)\n| join kind=leftanti baseline on UserPrincipalName, AppDisplayName\n| summarize SignIns = count(), Successes = countif(ResultType == \"0\"), Ips = make_set(IPAddress, 10),\n    FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by UserPrincipalName, AppDisplayName\n| sort by FirstSeen asc");
            } else {
                h.line("let audits = AuditLogs\n    | where TimeGenerated between (startTime .. endTime)\n    | extend Actor = coalesce(tostring(InitiatedBy.user.userPrincipalName), tostring(InitiatedBy.app.servicePrincipalName), tostring(InitiatedBy.app.displayName))\n    | where isnotempty(Actor);\nlet baseline = audits | where TimeGenerated < recentStart | distinct Actor, OperationName;\nlet knownActors = baseline | distinct Actor;\naudits\n| where TimeGenerated >= recentStart and Actor in (knownActors)\n| join kind=leftanti baseline on Actor, OperationName\n| summarize Events = count(), Targets = make_set(tostring(TargetResources[0].displayName), 10),\n    FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by Actor, OperationName\n| sort by FirstSeen asc");
            }
            h.done()
        }
        "chain" => {
            let (hours, steps) = (p_num(params, "window_hours", 6).max(1), p_num(params, "min_steps", 1).max(1));
            let mut h = Hunt::new("Risky sign-in followed by account changes", rule, "Sentinel riskSignInWithNewMFAMethod / SuspiciousSignInFollowedByMFAModification (X1, X3, X7)", params, 7);
            h.signins(&["LocationDetails"]);
            h.line(&format!("let chainOps = dynamic([{}]);", list(&CHAIN_OPS.iter().map(|s| s.to_string()).collect::<Vec<_>>())));
            h.line("let suspicious = signins\n    | where ResultType == \"0\"\n    | where RiskLevelDuringSignIn in~ (\"medium\", \"high\") or RiskLevelAggregated in~ (\"medium\", \"high\") or RiskState =~ \"atRisk\"\n    | project SigninTime = TimeGenerated, User = tolower(UserPrincipalName), SigninIp = IPAddress,\n        SigninCountry = tostring(LocationDetails.countryOrRegion), Risk = RiskLevelDuringSignIn;");
            h.line(AUDIT_SOURCE);
            h.line(&format!(
                "| where OperationName in (chainOps) and Result =~ \"success\"\n| extend Actor = tolower(tostring(InitiatedBy.user.userPrincipalName)), Target = tolower(tostring(TargetResources[0].userPrincipalName))\n| extend Who = pack_array(Actor, Target)\n| mv-expand Who to typeof(string)\n| where isnotempty(Who)\n| join kind=inner (suspicious) on $left.Who == $right.User\n| where TimeGenerated between (SigninTime .. (SigninTime + {hours}h))\n| summarize Steps = make_set(OperationName, 20), StepCount = dcount(OperationName), FirstSignin = min(SigninTime),\n    SigninIps = make_set(SigninIp, 10), Countries = make_set(SigninCountry, 10), LastStep = max(TimeGenerated)\n    by User\n| where StepCount >= {steps}\n| sort by FirstSignin asc"
            ));
            h.done()
        }
        _ => return None,
    };
    Some(q)
}

// ---------------------------------------------------------------------------------------
// Lint.

/// KQL words that are not columns: operators, keywords, types, literals.
const KEYWORDS: &[&str] = &[
    "let", "union", "isfuzzy", "kind", "where", "summarize", "by", "extend", "project", "project-away", "project-rename",
    "project-keep", "project-reorder", "sort", "order", "asc", "desc", "nulls", "first", "last", "take", "limit", "top",
    "distinct", "join", "lookup", "on", "inner", "innerunique", "leftanti", "leftouter", "leftsemi", "rightanti",
    "rightouter", "fullouter", "mv-expand", "mv-apply", "to", "typeof", "string", "long", "int", "real", "bool",
    "datetime", "timespan", "dynamic", "guid", "true", "false", "and", "or", "in", "has", "has_cs", "has_any",
    "has_all", "contains", "contains_cs", "startswith", "endswith", "hasprefix", "hassuffix", "matches", "regex",
    "between", "serialize", "search", "as", "null", "with_itemindex", "inf",
];

/// Functions the generated queries may call.
const FUNCTIONS: &[&str] = &[
    "count", "countif", "dcount", "dcountif", "sum", "sumif", "min", "max", "minif", "maxif", "avg", "make_set",
    "make_set_if", "make_list", "make_list_if", "take_any", "take_anyif", "arg_max", "arg_min", "tostring", "toint",
    "tolong", "toreal", "todouble", "todynamic", "todatetime", "tolower", "toupper", "strcat", "strcat_array", "strlen",
    "substring", "split", "trim", "trim_start", "trim_end", "replace_regex", "extract", "extract_all", "iff", "iif",
    "case", "coalesce", "isempty", "isnotempty", "isnull", "isnotnull", "array_length", "pack_array", "bag_pack", "bin",
    "ago", "now", "datetime", "dynamic", "ipv4_is_in_range", "ipv6_is_in_range", "column_ifexists",
    "geo_distance_2points", "prev", "next", "not", "round", "real", "bool", "long", "int", "string", "typeof",
    "parse_json", "set_has_element", "array_index_of", "format_datetime", "hourofday", "dayofweek", "startofday",
    "abs",
];

#[derive(Debug, PartialEq)]
enum Tok {
    Ident(String),
    Str(String),
    Punct(char),
}

fn tokenize(q: &str, problems: &mut Vec<String>) -> Vec<Tok> {
    const HYPHENATED: &[&str] = &["mv-expand", "mv-apply", "project-away", "project-rename", "project-keep", "project-reorder"];
    let b: Vec<char> = q.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line = 1;
    while i < b.len() {
        let c = b[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && b.get(i + 1) == Some(&'/') {
            while i < b.len() && b[i] != '\n' {
                i += 1;
            }
        } else if c == '"' || c == '\'' || (c == '@' && matches!(b.get(i + 1), Some('"' | '\''))) {
            let verbatim = c == '@';
            if verbatim {
                i += 1;
            }
            let quote = b[i];
            i += 1;
            let mut s = String::new();
            let mut closed = false;
            while i < b.len() {
                let d = b[i];
                if d == '\n' {
                    problems.push(format!("line {line}: newline inside a string literal"));
                    break;
                }
                if verbatim {
                    if d == quote {
                        if b.get(i + 1) == Some(&quote) {
                            s.push(quote);
                            i += 2;
                            continue;
                        }
                        closed = true;
                        i += 1;
                        break;
                    }
                } else if d == '\\' {
                    match b.get(i + 1) {
                        Some(e @ ('\\' | '"' | '\'' | 't' | 'n' | 'r')) => {
                            s.push(*e);
                            i += 2;
                            continue;
                        }
                        other => {
                            problems.push(format!("line {line}: unknown escape \\{}", other.map(|c| c.to_string()).unwrap_or_default()));
                            i += 1;
                            continue;
                        }
                    }
                } else if d == quote {
                    closed = true;
                    i += 1;
                    break;
                }
                s.push(d);
                i += 1;
            }
            if !closed {
                problems.push(format!("line {line}: unterminated string literal"));
            }
            out.push(Tok::Str(s));
        } else if c.is_ascii_digit() {
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == '_' || b[i] == '.') {
                i += 1;
            }
        } else if c == '$' {
            // $left / $right
            i += 1;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == '_') {
                i += 1;
            }
        } else if c.is_ascii_alphabetic() || c == '_' {
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == '_') {
                i += 1;
            }
            let mut word: String = b[start..i].iter().collect();
            if b.get(i) == Some(&'-') {
                for h in HYPHENATED {
                    let hw: Vec<char> = h.chars().collect();
                    if b.len() >= start + hw.len() && b[start..start + hw.len()] == hw[..] {
                        i = start + hw.len();
                        word = (*h).to_owned();
                        break;
                    }
                }
            }
            out.push(Tok::Ident(word));
        } else {
            out.push(Tok::Punct(c));
            i += 1;
        }
    }
    out
}

/// Checks a query: balanced `()[]{}`, closed string literals, at least one known table
/// and no unknown one, every function known, and every other identifier either a column
/// of the tables it reads (see [`TABLES`]), a name the query defines (`let`, `x = …`), or
/// a KQL keyword. Property names after `.` are not checked. Returns the problems found.
pub fn lint(query: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let toks = tokenize(query, &mut problems);
    // Brackets.
    let mut stack = Vec::new();
    for t in &toks {
        if let Tok::Punct(c) = t {
            match c {
                '(' | '[' | '{' => stack.push(*c),
                ')' | ']' | '}' => {
                    let open = match c {
                        ')' => '(',
                        ']' => '[',
                        _ => '{',
                    };
                    if stack.pop() != Some(open) {
                        problems.push(format!("unbalanced '{c}'"));
                    }
                }
                _ => {}
            }
        }
    }
    if !stack.is_empty() {
        problems.push(format!("unclosed {:?}", stack));
    }
    // Names the query defines.
    let mut defined: BTreeSet<String> = BTreeSet::new();
    for (k, t) in toks.iter().enumerate() {
        if let Tok::Ident(w) = t {
            let next = toks.get(k + 1);
            let after = toks.get(k + 2);
            let assign = matches!(next, Some(Tok::Punct('='))) && !matches!(after, Some(Tok::Punct('=' | '~')));
            let let_name = k > 0 && matches!(toks.get(k - 1), Some(Tok::Ident(l)) if l == "let");
            if assign || let_name {
                defined.insert(w.clone());
            }
        }
    }
    // Tables.
    let tables: Vec<&(&str, &[&str])> =
        TABLES.iter().filter(|(t, _)| toks.iter().any(|x| matches!(x, Tok::Ident(w) if w == t))).collect();
    if tables.is_empty() {
        problems.push("no known table (SigninLogs, AADNonInteractiveUserSignInLogs, AuditLogs)".into());
    }
    let columns: BTreeSet<&str> = tables.iter().flat_map(|(_, c)| c.iter().copied()).collect();
    for (k, t) in toks.iter().enumerate() {
        match t {
            Tok::Ident(w) => {
                if k > 0 && matches!(toks.get(k - 1), Some(Tok::Punct('.'))) {
                    continue; // a property path
                }
                let call = matches!(toks.get(k + 1), Some(Tok::Punct('(')));
                if TABLES.iter().any(|(t, _)| t == w) || defined.contains(w) {
                    continue;
                }
                if call {
                    if !FUNCTIONS.contains(&w.as_str()) && !KEYWORDS.contains(&w.as_str()) {
                        problems.push(format!("unknown function {w}()"));
                    }
                    continue;
                }
                if KEYWORDS.contains(&w.as_str()) {
                    continue;
                }
                if !columns.contains(w.as_str()) {
                    problems.push(format!("unknown column or table {w}"));
                }
            }
            Tok::Str(s) => {
                // column_ifexists("Name", …) must still name a real column.
                let is_arg = k >= 2
                    && matches!(toks.get(k - 1), Some(Tok::Punct('(')))
                    && matches!(toks.get(k - 2), Some(Tok::Ident(f)) if f == "column_ifexists");
                if is_arg && !TABLES.iter().any(|(_, cols)| cols.contains(&s.as_str())) {
                    problems.push(format!("column_ifexists names an unknown column {s}"));
                }
            }
            Tok::Punct(_) => {}
        }
    }
    problems
}

/// The hunting query that reproduces a detection finding at scale, with the thresholds it
/// was found with (the detection engine's rule keys mapped to [`hunting_kql`]'s), over the
/// finding's days (a day either side).
pub fn finding_kql(f: &crate::core::detect::Finding, cfg: &crate::core::detect::DetectConfig) -> Option<String> {
    use serde_json::json;
    let c = cfg;
    let (rule, mut params) = match f.rule {
        "password_spray_ip" => ("password_spray_ip", json!({"min_users": c.spray_min_users, "window_minutes": c.spray_window_min, "codes": c.spray_codes})),
        "password_spray_tenant" => (
            "password_spray_tenant",
            json!({"min_users": c.spray_tenant_min_users, "min_attempts": c.spray_tenant_min_attempts, "window_minutes": c.spray_tenant_window_min, "codes": c.spray_codes}),
        ),
        "brute_force_user" => ("brute_force", json!({"min_failures": c.brute_force_min_failures, "window_minutes": c.brute_force_window_min, "codes": c.brute_force_codes})),
        "success_after_failures" => ("success_after_failures", json!({"min_failures": c.brute_force_min_failures, "window_minutes": c.success_after_min})),
        "smart_lockout" => ("smart_lockout", json!({"min_users": c.lockout_burst_min_users, "min_events": c.lockout_burst_min_events, "window_minutes": c.lockout_burst_window_min})),
        "disabled_account" => ("disabled_account", json!({})),
        "mfa_fatigue" => ("mfa_fatigue", json!({"min_denials": c.mfa_fatigue_min_denials, "window_minutes": c.mfa_fatigue_window_min})),
        "mfa_denied" => ("mfa_denied", json!({})),
        "impossible_travel" => ("impossible_travel", json!({"max_kmh": c.travel_max_kmh, "min_km": c.travel_min_km})),
        "legacy_auth" => ("legacy_auth", json!({})),
        "device_code" => ("device_code", json!({})),
        "risky_signin" => ("risky_signin", json!({})),
        "tool_user_agent" => ("tool_user_agent", json!({})),
        "signin_deviation" => ("new_country", json!({"lookback_days": c.learning_days})),
        "privileged_role" => ("privileged_role", json!({"roles": c.privileged_roles})),
        "app_consent" => ("app_consent", json!({})),
        "app_credentials" => ("app_credentials", json!({})),
        "security_info" => ("security_info", json!({})),
        "ca_policy" => ("ca_policy_change", json!({})),
        "bulk_user_change" => ("bulk_user_change", json!({"min_targets": c.bulk_user_min_targets, "window_minutes": c.bulk_window_min})),
        "admin_password_reset" => ("admin_password_reset", json!({"min_targets": c.bulk_reset_min_targets, "window_minutes": c.bulk_window_min})),
        "guest_change" => ("guest_invite", json!({})),
        "federation_change" => ("federation_change", json!({})),
        "actor_first_activity" => ("first_time_activity", json!({"log": "audit"})),
        "chain" => ("chain", json!({"window_hours": c.chain_window_hours})),
        _ => return None,
    };
    const DAY: i64 = 86_400_000;
    if f.first_ms > i64::MIN && f.last_ms > i64::MIN {
        params["from_ms"] = json!(f.first_ms - DAY);
        params["to_ms"] = json!(f.last_ms + DAY);
    }
    hunting_kql(rule, &params)
}
