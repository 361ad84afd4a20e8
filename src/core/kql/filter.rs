//! The Log Analytics query for a Lantern filter (see the module docs of [`crate::core::kql`]).

use std::collections::BTreeSet;
use std::fmt::Write as _;

use super::{INTERACTIVE, NON_INTERACTIVE, comment_text, kql_datetime, kql_string, list};
use crate::core::{
    codes::{self, CodeClass},
    model::{Dataset, Kind, Log, SignInField as S, schema, time},
    query::aggregate::time_range,
    query::describe::describe_cond,
    query::filter::{Cond, Filter, IpNet, newest_ms},
};

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
        "token_protection" | "token_protection_code" => {
            Missing("token protection status is not a Log Analytics column")
        }
        "session_id" => Missing("the session id is not a Log Analytics column"),
        "app_owner_tenant" | "resource_owner_tenant" => Missing("owner tenant ids are not Log Analytics columns"),
        "home_tenant_name" => Missing("the home tenant name is not a Log Analytics column"),
        "cred_key_id" | "cred_thumbprint" | "mi_type" | "assoc_resource" | "fed_token_id" | "fed_token_issuer" => {
            Missing(
                "service-principal and managed-identity fields are in AADServicePrincipalSignInLogs / AADManagedIdentitySignInLogs",
            )
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
        "actor_name" => {
            Raw("coalesce(tostring(InitiatedBy.user.displayName), tostring(InitiatedBy.app.displayName), Identity)")
        }
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
/// Whether a list condition keeps the rows whose value is listed, or the others.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Listed {
    Keep,
    Drop,
}

/// Whether a comparison ignores case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Case {
    Sensitive,
    Insensitive,
}

fn in_expr(e: &str, values: &[String], listed: Listed, case: Case) -> String {
    let (empty, rest): (Vec<&String>, Vec<&String>) = values.iter().partition(|v| v.is_empty());
    let rest: Vec<String> = rest.into_iter().cloned().collect();
    let negate = listed == Listed::Drop;
    let op = match (listed, case) {
        (Listed::Keep, Case::Insensitive) => "in~",
        (Listed::Keep, Case::Sensitive) => "in",
        (Listed::Drop, Case::Insensitive) => "!in~",
        (Listed::Drop, Case::Sensitive) => "!in",
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
            let parts: Vec<String> =
                values.iter().filter(|v| !v.is_empty()).map(|v| contains_expr(e, v, false)).collect();
            if parts.is_empty() {
                return None;
            }
            let any = if parts.len() == 1 { parts[0].clone() } else { format!("({})", parts.join(" or ")) };
            Some(if negate { format!("not({any})") } else { any })
        }
        Cond::In { values, .. } => Some(in_expr(e, values, Listed::Keep, Case::Insensitive)),
        Cond::NotIn { values, .. } => Some(in_expr(e, values, Listed::Drop, Case::Insensitive)),
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
            labels
                .iter()
                .filter(|l| values.iter().any(|v| v.trim().eq_ignore_ascii_case(l)))
                .map(|l| l.to_string())
                .collect(),
            false,
        )),
        Cond::NotIn { values, .. } => Some((
            labels
                .iter()
                .filter(|l| values.iter().any(|v| v.trim().eq_ignore_ascii_case(l)))
                .map(|l| l.to_string())
                .collect(),
            true,
        )),
        Cond::Contains { text, case_sensitive, .. } => Some((
            labels
                .iter()
                .filter(|l| {
                    if *case_sensitive {
                        l.contains(text.as_str())
                    } else {
                        l.to_lowercase().contains(&text.to_lowercase())
                    }
                })
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
    codes::of_class(class).iter().map(|c| c.to_string()).collect()
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
    let source = if none {
        format!("iff(array_length({array}) > 0, {array}, dynamic([{{}}]))")
    } else {
        format!("todynamic({array})")
    };
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
        q.notes.push(format!(
            "{} is not an IP address or CIDR range: it matches nothing, as in Lantern",
            kql_string(cidr.trim())
        ));
    }
}

fn sign_in_cond(q: &mut Query, cond: &Cond, ds: &Dataset) {
    note_bad_cidr(q, cond);
    let field = cond.field().to_owned();
    match field.as_str() {
        "status" => status_cond(q, cond, ds),
        "code_class" => code_class_cond(q, cond, ds),
        "code" => code_cond(q, cond, ds),
        "latency" => latency_cond(q, cond),
        "asn" => asn_cond(q, cond),
        "user_any" => user_any_cond(q, cond),
        "ca_policy" | "ca_result" => ca_cond(q, cond, &field),
        "event_type" => event_type_cond(q, cond, ds),
        "time" => untranslated(q, Log::SignIns, cond, ds, "a date is filtered by a range"),
        key => column_cond(q, cond, ds, key),
    }
}

/// Status: the classes of its labels.
fn status_cond(q: &mut Query, cond: &Cond, ds: &Dataset) {
    let Some((labels, negate)) = enum_labels(schema::STATUS, cond) else {
        return untranslated(q, Log::SignIns, cond, ds, "");
    };
    let classes: Vec<CodeClass> = labels.iter().filter_map(|l| label_class(l)).collect();
    let e = class_expr(q, &classes);
    q.steps.push(format!("where {}", if negate { format!("not({e})") } else { e }));
}

/// Result class (success / interrupt / failure).
fn code_class_cond(q: &mut Query, cond: &Cond, ds: &Dataset) {
    let (values, negate, contains) = match cond {
        Cond::In { values, .. } => (values.clone(), false, None),
        Cond::NotIn { values, .. } => (values.clone(), true, None),
        Cond::Contains { text, .. } => (Vec::new(), false, Some(text.to_lowercase())),
        _ => return untranslated(q, Log::SignIns, cond, ds, ""),
    };
    let mut classes = Vec::new();
    let mut empty = false;
    for (label, class) in
        [("success", CodeClass::Success), ("interrupt", CodeClass::Interrupt), ("failure", CodeClass::Failure)]
    {
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

/// Error codes.
fn code_cond(q: &mut Query, cond: &Cond, ds: &Dataset) {
    let parsed = |values: &[String]| -> Vec<String> {
        values.iter().filter_map(|v| codes::parse_code(v)).map(|c| c.to_string()).collect()
    };
    let w = match cond {
        Cond::In { values, .. } => in_expr("ResultType", &parsed(values), Listed::Keep, Case::Sensitive),
        Cond::NotIn { values, .. } => in_expr("ResultType", &parsed(values), Listed::Drop, Case::Sensitive),
        Cond::Contains { text, .. } if !text.is_empty() => contains_expr("ResultType", text, false),
        Cond::Contains { .. } => return,
        _ => return untranslated(q, Log::SignIns, cond, ds, ""),
    };
    q.steps.push(format!("where {w}"));
}

/// Latency, named differently in the two tables.
fn latency_cond(q: &mut Query, cond: &Cond) {
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

/// Autonomous system number.
fn asn_cond(q: &mut Query, cond: &Cond) {
    let w = match cond {
        Cond::In { values, .. } => in_expr(
            "tostring(AutonomousSystemNumber)",
            &values.iter().map(|v| v.trim().to_owned()).collect::<Vec<_>>(),
            Listed::Keep,
            Case::Sensitive,
        ),
        Cond::NotIn { values, .. } => in_expr(
            "tostring(AutonomousSystemNumber)",
            &values.iter().map(|v| v.trim().to_owned()).collect::<Vec<_>>(),
            Listed::Drop,
            Case::Sensitive,
        ),
        other => match text_cond("tostring(AutonomousSystemNumber)", other, false) {
            Some(w) => w,
            None => return,
        },
    };
    q.steps.push(format!("where {w}"));
}

/// User: name or UPN.
fn user_any_cond(q: &mut Query, cond: &Cond) {
    let w = match cond {
        Cond::NotIn { values, .. } => format!(
            "{} and {}",
            in_expr("UserDisplayName", values, Listed::Drop, Case::Insensitive),
            in_expr("UserPrincipalName", values, Listed::Drop, Case::Insensitive)
        ),
        other => match (text_cond("UserPrincipalName", other, false), text_cond("UserDisplayName", other, false)) {
            (Some(a), Some(b)) => format!("{a} or {b}"),
            _ => return,
        },
    };
    q.steps.push(format!("where {w}"));
}

/// Conditional Access policy name or result: an `mv-apply` over the policies.
fn ca_cond(q: &mut Query, cond: &Cond, field: &str) {
    q.dyn_roots.insert("ConditionalAccessPolicies");
    let prop = if field == "ca_policy" { "displayName" } else { "result" };
    let e = format!("tostring($ITEM.{prop})");
    // Lantern: a policy name "not in" means no listed policy applies to the sign-in;
    // every other condition means "some policy matches".
    let (pred, none) = match cond {
        Cond::NotIn { values, .. } if field == "ca_policy" => {
            (in_expr(&e, values, Listed::Keep, Case::Insensitive), true)
        }
        other => match text_cond(&e, other, false) {
            Some(p) => (p, false),
            None => return,
        },
    };
    array_step(q, "ConditionalAccessPolicies", "CaPolicy", &pred, none);
}

/// Sign-in type: which tables are queried.
fn event_type_cond(q: &mut Query, cond: &Cond, ds: &Dataset) {
    let Some((labels, negate)) = enum_labels(schema::EVENT_TYPE, cond) else {
        return untranslated(q, Log::SignIns, cond, ds, "");
    };
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

/// Any other field: its column or dynamic path.
fn column_cond(q: &mut Query, cond: &Cond, ds: &Dataset, key: &str) {
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
                q.notes.push(format!(
                    "approximate: {} is matched as text inside a JSON column",
                    crate::core::query::describe::field_label(Log::SignIns, key)
                ));
            }
            let Some(ex) = q.expr(e) else { return };
            let w = match (labels, cond) {
                (Some(labels), Cond::In { .. } | Cond::NotIn { .. } | Cond::Contains { .. }) => {
                    let Some((picked, negate)) = enum_labels(labels, cond) else {
                        return;
                    };
                    let vals: Vec<String> = picked.iter().map(|l| enum_value(key, l)).collect();
                    in_expr(&ex, &vals, if negate { Listed::Drop } else { Listed::Keep }, Case::Insensitive)
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
                    vec![
                        "tostring($ITEM.displayName)".into(),
                        "tostring($ITEM.userPrincipalName)".into(),
                        "tostring($ITEM.id)".into(),
                    ],
                )
            };
            let guard = if root == "AdditionalDetails" { r#"tostring($ITEM.key) =~ "User-Agent" and "# } else { "" };
            let (pred, none) = match cond {
                Cond::NotIn { values, .. } => {
                    // No element's value is listed (for target_any: no element has all of
                    // its name, UPN and id listed, as Lantern decides it).
                    let parts: Vec<String> =
                        e_list.iter().map(|e| in_expr(e, values, Listed::Keep, Case::Insensitive)).collect();
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
                    let Some((picked, negate)) = enum_labels(schema::AUDIT_RESULT, cond) else {
                        return;
                    };
                    let vals: Vec<String> = picked.iter().map(|l| enum_value("result", l)).collect();
                    in_expr(&ex, &vals, if negate { Listed::Drop } else { Listed::Keep }, Case::Insensitive)
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
    q.notes.push(if why.is_empty() {
        format!("not translated: {what}")
    } else {
        format!("not translated: {what} ({why})")
    });
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
    let (from, to) = window(&mut q, filter, ds);
    // Conditions.
    for c in &filter.conds {
        match c {
            Cond::Range { .. } | Cond::Last { .. } => {}
            Cond::Records { ids } => {
                let ids: Vec<String> = ids.iter().map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()).collect();
                q.steps.push(if ids.is_empty() {
                    "where false".into()
                } else {
                    format!("where Id in~ ({})", list(&ids))
                });
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

    assemble(&q, filter, ds, from, to)
}

/// The time window: the export's range, narrowed by the filter's date conditions.
fn window(q: &mut Query, filter: &Filter, ds: &Dataset) -> (Option<i64>, Option<i64>) {
    let log = q.log;
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
                    narrow(
                        &mut from,
                        &mut to,
                        Some(n.saturating_sub(*hours as i64 * 3_600_000)),
                        Some(n.saturating_add(1)),
                    );
                }
            }
            _ => {}
        }
    }
    (from, to)
}

/// The query text: header comments, lets, the table(s) with the coarse window, the steps.
fn assemble(q: &Query, filter: &Filter, ds: &Dataset, from: Option<i64>, to: Option<i64>) -> String {
    let log = q.log;
    let (time_col, noun) = match log {
        Log::SignIns => ("CreatedDateTime", "sign-ins"),
        Log::Audits => ("ActivityDateTime", "audit events"),
    };
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
        Some(format!(
            "extend {}",
            q.dyn_roots.iter().map(|r| format!("{r} = todynamic({r})")).collect::<Vec<_>>().join(", ")
        ))
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
                let _ = write!(
                    out,
                    "\n    ({}){}",
                    leg(t).replace("\n    | ", "\n        | "),
                    if i + 1 < q.tables.len() { "," } else { "" }
                );
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
