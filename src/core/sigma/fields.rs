//! How a Sigma rule's field names read Lantern's model: the table `fields.tsv` (data), and
//! [`RowEvent`], one loaded record seen as a Sigma event (`rsigma_eval::Event`) — values come
//! straight from the columnar model, nothing is converted to JSON first.

use std::{borrow::Cow, sync::LazyLock};

use hashbrown::HashMap;
use rsigma_eval::{Event, EventValue};
use serde_json::Value;

use crate::core::model::{
    AuditField as A, Dataset, Kind, Log, NO_INT, NO_TIME, SignInField as S, id, intern::Sym, time,
};

/// Where a Sigma field name points.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    Signin(S),
    Audit(A),
    /// Sign-in status label, failure reason and additional details (any may match).
    StatusParts,
    /// Audit result label and reason.
    ResultParts,
    IsInteractive,
    /// `SignInLogs` / `NonInteractiveUserSignInLogs` / … by the kind of sign-in.
    CategoryName,
    /// "Sign-in activity".
    OperationName,
    StepsMethod,
    StepsResult,
    StepsJson,
    /// The risk event types as a list.
    RiskTypes,
    TargetsType,
    TargetsName,
    TargetsId,
    TargetsUpn,
    TargetsJson,
    PropsName,
    PropsOld,
    PropsNew,
    PropsJson,
    DetailsKey,
    DetailsValue,
    DetailsJson,
    /// The value of the additional detail with this key.
    Detail(String),
    /// The (cleaned) new value of the modified property with this name.
    Prop(String),
    /// Actor UPN, display name and service principal name.
    ActorAny,
    TimeIso,
}

/// What a field name resolves to for one log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resolution {
    Mapped(Target),
    /// Known to Sigma's Azure rules but carried by no export Lantern reads.
    Absent,
    /// Not in the table.
    Unknown,
}

fn target(spec: &str) -> Option<Target> {
    let derived = match spec {
        "status_parts" => Target::StatusParts,
        "result_parts" => Target::ResultParts,
        "is_interactive" => Target::IsInteractive,
        "category_name" => Target::CategoryName,
        "operation_name" => Target::OperationName,
        "steps.method" => Target::StepsMethod,
        "steps.result" => Target::StepsResult,
        "steps_json" => Target::StepsJson,
        "risk_types" => Target::RiskTypes,
        "targets.type" => Target::TargetsType,
        "targets.name" => Target::TargetsName,
        "targets.id" => Target::TargetsId,
        "targets.upn" => Target::TargetsUpn,
        "targets_json" => Target::TargetsJson,
        "props.name" => Target::PropsName,
        "props.old" => Target::PropsOld,
        "props.new" => Target::PropsNew,
        "props_json" => Target::PropsJson,
        "details.key" => Target::DetailsKey,
        "details.value" => Target::DetailsValue,
        "details_json" => Target::DetailsJson,
        "actor_any" => Target::ActorAny,
        "time_iso" => Target::TimeIso,
        _ => {
            if let Some(k) = spec.strip_prefix("detail:") {
                return Some(Target::Detail(k.to_owned()));
            }
            if let Some(k) = spec.strip_prefix("prop:") {
                return Some(Target::Prop(k.to_owned()));
            }
            return None;
        }
    };
    Some(derived)
}

/// (log, lower-case field) → resolution, from `fields.tsv`; a malformed line panics in the
/// table's own test, never at run time (it is skipped).
static TABLE: LazyLock<HashMap<(Log, String), Resolution>> = LazyLock::new(|| {
    let mut m = HashMap::new();
    for line in include_str!("fields.tsv").lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).skip(1) {
        let c: Vec<&str> = line.split('\t').collect();
        let (Some(log), Some(field), Some(spec)) = (c.first(), c.get(1), c.get(2)) else { continue };
        let log = match *log {
            "signin" => Log::SignIns,
            "audit" => Log::Audits,
            _ => continue,
        };
        let res = if *spec == "-" {
            Resolution::Absent
        } else if let Some(t) = target(spec) {
            Resolution::Mapped(t)
        } else {
            let t = match log {
                Log::SignIns => S::from_key(spec).map(Target::Signin),
                Log::Audits => A::from_key(spec).map(Target::Audit),
            };
            match t {
                Some(t) => Resolution::Mapped(t),
                None => continue,
            }
        };
        m.insert((log, field.to_ascii_lowercase()), res);
    }
    m
});

/// Problems in `fields.tsv` (for its test): lines whose target is neither a model field nor
/// a derived value.
pub fn table_problems() -> Vec<String> {
    let mut out = Vec::new();
    for (n, line) in include_str!("fields.tsv").lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() || line.starts_with("log\t") {
            continue;
        }
        let c: Vec<&str> = line.split('\t').collect();
        let ok = c.len() == 3
            && match c[0] {
                "signin" => c[2] == "-" || target(c[2]).is_some() || S::from_key(c[2]).is_some(),
                "audit" => c[2] == "-" || target(c[2]).is_some() || A::from_key(c[2]).is_some(),
                _ => false,
            };
        if !ok {
            out.push(format!("fields.tsv line {}: {line:?}", n + 1));
        }
    }
    out
}

/// What `field` (as a rule spells it) means in `log`: the table, ignoring case and a leading
/// `properties.`.
pub fn resolve(log: Log, field: &str) -> Resolution {
    let lower = field.trim().to_ascii_lowercase();
    let bare = lower.strip_prefix("properties.").unwrap_or(&lower);
    if let Some(r) = TABLE.get(&(log, bare.to_owned())) {
        return r.clone();
    }
    // `AdditionalDetails.<key>` reads that detail, whatever the key.
    if log == Log::Audits
        && let Some(k) = bare.strip_prefix("additionaldetails.")
    {
        let original = &field.trim()[field.trim().len() - k.len()..];
        return Resolution::Mapped(Target::Detail(original.to_owned()));
    }
    Resolution::Unknown
}

/// The fields of a rule set resolved once, by their exact spelling, for both logs.
#[derive(Clone, Debug, Default)]
pub struct FieldMap {
    signin: HashMap<String, Option<Target>>,
    audit: HashMap<String, Option<Target>>,
}

impl FieldMap {
    /// Resolves `names` for both logs.
    pub fn new<'n>(names: impl IntoIterator<Item = &'n str>) -> Self {
        let mut m = FieldMap::default();
        for n in names {
            let get = |log| match resolve(log, n) {
                Resolution::Mapped(t) => Some(t),
                _ => None,
            };
            m.signin.insert(n.to_owned(), get(Log::SignIns));
            m.audit.insert(n.to_owned(), get(Log::Audits));
        }
        m
    }

    fn get(&self, log: Log, name: &str) -> Option<Target> {
        let map = if log == Log::SignIns { &self.signin } else { &self.audit };
        match map.get(name) {
            Some(t) => t.clone(),
            None => match resolve(log, name) {
                Resolution::Mapped(t) => Some(t),
                _ => None,
            },
        }
    }
}

/// One loaded record as a Sigma event.
pub struct RowEvent<'a> {
    pub ds: &'a Dataset,
    pub log: Log,
    pub row: usize,
    pub fields: &'a FieldMap,
    /// Authentication steps by request id.
    pub steps: &'a HashMap<u128, Vec<u32>>,
}

fn text(s: &str) -> EventValue<'_> {
    EventValue::Str(Cow::Borrowed(s))
}

fn list<'a>(items: impl Iterator<Item = EventValue<'a>>) -> EventValue<'a> {
    EventValue::Array(items.collect())
}

/// Strips JSON quoting from a modified-property value.
fn clean(v: &str) -> String {
    v.replace("\\\"", "\"").trim().trim_matches(|c| c == '[' || c == ']' || c == '"' || c == ' ').to_owned()
}

impl<'a> RowEvent<'a> {
    fn sym(&self, s: Sym) -> &'a str {
        self.ds.strings.get(s)
    }

    /// A model field's value: text, number, the enum's label (and its camelCase spelling),
    /// `true`/`false` for yes/no, ISO time; None when the record has no value.
    fn column(&self, log: Log, col: usize, kind: Kind) -> Option<EventValue<'a>> {
        let t = if log == Log::SignIns { &self.ds.signins.table } else { &self.ds.audits.table };
        match kind {
            Kind::Text => Some(text(self.sym(t.sym(col, self.row)))),
            Kind::Int => {
                let v = t.int(col, self.row);
                (v != NO_INT).then_some(EventValue::Int(v as i64))
            }
            Kind::Float => {
                let v = t.float(col, self.row);
                v.is_finite().then_some(EventValue::Float(v as f64))
            }
            Kind::Time => {
                let v = t.time(col, self.row);
                (v != NO_TIME).then(|| EventValue::Str(Cow::Owned(time::format_iso_s(v))))
            }
            // An empty id is "" (present, empty), as an empty text field is: Graph writes
            // `"deviceId": ""` for an unmanaged device, and rules match on it.
            Kind::Id => Some(EventValue::Str(Cow::Owned(id::id_to_text(t.id(col, self.row), &self.ds.strings)))),
            Kind::Enum(labels) => {
                let code = t.enum_code(col, self.row) as usize;
                let label = *labels.get(code.checked_sub(1)?)?;
                if labels == crate::core::model::schema::YES_NO {
                    return Some(EventValue::Bool(label == "Yes"));
                }
                let camel: String = label
                    .split(' ')
                    .enumerate()
                    .map(|(i, w)| if i == 0 { w.to_ascii_lowercase() } else { w.to_owned() })
                    .collect();
                Some(if camel == label {
                    text(label)
                } else {
                    list([text(label), EventValue::Str(Cow::Owned(camel))].into_iter())
                })
            }
        }
    }

    fn value(&self, t: &Target) -> Option<EventValue<'a>> {
        let ds = self.ds;
        let r = self.row;
        match (self.log, t) {
            (Log::SignIns, Target::Signin(f)) => self.column(Log::SignIns, *f as usize, f.def().kind),
            (Log::Audits, Target::Audit(f)) => self.column(Log::Audits, *f as usize, f.def().kind),
            (Log::SignIns, Target::StatusParts) => Some(list(
                [S::Status, S::Reason, S::StatusDetail]
                    .into_iter()
                    .filter_map(|f| self.column(Log::SignIns, f as usize, f.def().kind))
                    .filter(|v| !matches!(v, EventValue::Str(s) if s.is_empty())),
            )),
            (Log::Audits, Target::ResultParts) => Some(list(
                [A::Result, A::Reason]
                    .into_iter()
                    .filter_map(|f| self.column(Log::Audits, f as usize, f.def().kind))
                    .filter(|v| !matches!(v, EventValue::Str(s) if s.is_empty())),
            )),
            (Log::SignIns, Target::IsInteractive) => {
                Some(EventValue::Bool(ds.signins.table.enum_code(S::EventType as usize, r) == 1))
            }
            (Log::SignIns, Target::CategoryName) => {
                Some(text(match ds.signins.table.enum_code(S::EventType as usize, r) {
                    2 => "NonInteractiveUserSignInLogs",
                    3 => "ServicePrincipalSignInLogs",
                    4 => "ManagedIdentitySignInLogs",
                    _ => "SignInLogs",
                }))
            }
            (Log::SignIns, Target::OperationName) => Some(text("Sign-in activity")),
            (Log::SignIns, Target::StepsMethod | Target::StepsResult | Target::StepsJson) => self.steps(t),
            (Log::SignIns, Target::RiskTypes) => {
                let s = self.sym(ds.signins.table.sym(S::RiskEventTypes as usize, r));
                Some(list(
                    s.split([',', ';', ' ', '[', ']', '"'])
                        .filter(|w| !w.is_empty())
                        .map(|w| EventValue::Str(Cow::Borrowed(w))),
                ))
            }
            (Log::Audits, _) => self.audit_value(t),
            (_, Target::TimeIso) => {
                let col = if self.log == Log::SignIns { S::Time as usize } else { A::Time as usize };
                self.column(self.log, col, Kind::Time)
            }
            _ => None,
        }
    }

    fn steps(&self, t: &Target) -> Option<EventValue<'a>> {
        let ds = self.ds;
        let req = ds.signins.table.id(S::RequestId as usize, self.row);
        if req == 0 {
            return None;
        }
        let st = &ds.steps;
        let idx: Vec<usize> = self.steps.get(&req).map_or(Vec::new(), |v| v.iter().map(|&i| i as usize).collect());
        match t {
            Target::StepsMethod => Some(list(idx.iter().filter_map(|&i| st.method.get(i)).map(|&s| text(self.sym(s))))),
            Target::StepsResult => Some(list(idx.iter().filter_map(|&i| st.result.get(i)).map(|&s| text(self.sym(s))))),
            _ => {
                let v: Vec<Value> = idx
                    .iter()
                    .map(|&i| {
                        serde_json::json!({
                            "authenticationMethod": st.method.get(i).map(|&s| self.sym(s)).unwrap_or_default(),
                            "authenticationStepResultDetail": st.result.get(i).map(|&s| self.sym(s)).unwrap_or_default(),
                        })
                    })
                    .collect();
                Some(EventValue::Str(Cow::Owned(Value::Array(v).to_string())))
            }
        }
    }

    fn audit_value(&self, t: &Target) -> Option<EventValue<'a>> {
        let ds = self.ds;
        let targets = ds.targets_of(self.row);
        let props = || targets.iter().flat_map(|t| ds.props_of(t).iter());
        let details = ds.details_of(self.row);
        Some(match t {
            Target::TargetsType => list(targets.iter().map(|t| text(self.sym(t.kind)))),
            Target::TargetsName => list(targets.iter().map(|t| text(self.sym(t.name)))),
            Target::TargetsId => list(targets.iter().map(|t| text(self.sym(t.id)))),
            Target::TargetsUpn => list(targets.iter().map(|t| text(self.sym(t.upn)))),
            Target::PropsName => list(props().map(|p| text(self.sym(p.name)))),
            Target::PropsOld => list(props().map(|p| text(self.sym(p.old)))),
            Target::PropsNew => list(props().map(|p| text(self.sym(p.new)))),
            Target::DetailsKey => list(details.iter().map(|d| text(self.sym(d.key)))),
            Target::DetailsValue => list(details.iter().map(|d| text(self.sym(d.value)))),
            Target::TargetsJson | Target::PropsJson => {
                let v: Vec<Value> = targets
                    .iter()
                    .map(|tg| {
                        let mp: Vec<Value> = ds
                            .props_of(tg)
                            .iter()
                            .map(|p| serde_json::json!({"displayName": self.sym(p.name), "oldValue": self.sym(p.old), "newValue": self.sym(p.new)}))
                            .collect();
                        if *t == Target::PropsJson {
                            Value::Array(mp)
                        } else {
                            serde_json::json!({"type": self.sym(tg.kind), "displayName": self.sym(tg.name), "id": self.sym(tg.id),
                                               "userPrincipalName": self.sym(tg.upn), "modifiedProperties": mp})
                        }
                    })
                    .collect();
                EventValue::Str(Cow::Owned(Value::Array(v).to_string()))
            }
            Target::DetailsJson => {
                let v: Vec<Value> = details
                    .iter()
                    .map(|d| serde_json::json!({"key": self.sym(d.key), "value": self.sym(d.value)}))
                    .collect();
                EventValue::Str(Cow::Owned(Value::Array(v).to_string()))
            }
            Target::Detail(k) => {
                let d = details.iter().find(|d| self.sym(d.key).eq_ignore_ascii_case(k))?;
                text(self.sym(d.value))
            }
            Target::Prop(name) => {
                let p = props().find(|p| self.sym(p.name).trim().eq_ignore_ascii_case(name))?;
                EventValue::Str(Cow::Owned(clean(self.sym(p.new))))
            }
            Target::ActorAny => list(
                [A::ActorUpn, A::ActorName, A::ActorSpName, A::Actor]
                    .into_iter()
                    .map(|f| self.sym(ds.audits.table.sym(f as usize, self.row)))
                    .filter(|s| !s.is_empty())
                    .map(text),
            ),
            Target::TimeIso => return self.column(Log::Audits, A::Time as usize, Kind::Time),
            _ => return None,
        })
    }

    /// Every text value of the record (keyword searches), with the sign-in's device and session
    /// ids (text in the export, ids in the model).
    fn texts(&self) -> Vec<Cow<'a, str>> {
        let ds = self.ds;
        let mut out: Vec<Cow<'a, str>> = Vec::new();
        match self.log {
            Log::SignIns => {
                for f in S::ALL.iter().filter(|f| f.def().kind == Kind::Text) {
                    out.push(Cow::Borrowed(self.sym(ds.signins.table.sym(*f as usize, self.row))));
                }
                for f in [S::DeviceId, S::SessionId] {
                    out.push(Cow::Owned(id::id_to_text(ds.signins.table.id(f as usize, self.row), &ds.strings)));
                }
            }
            Log::Audits => {
                for f in A::ALL.iter().filter(|f| f.def().kind == Kind::Text) {
                    out.push(Cow::Borrowed(self.sym(ds.audits.table.sym(*f as usize, self.row))));
                }
                for t in ds.targets_of(self.row) {
                    out.extend([t.kind, t.name, t.id, t.upn].map(|s| Cow::Borrowed(self.sym(s))));
                    for p in ds.props_of(t) {
                        out.extend([p.name, p.old, p.new].map(|s| Cow::Borrowed(self.sym(s))));
                    }
                }
                for d in ds.details_of(self.row) {
                    out.extend([d.key, d.value].map(|s| Cow::Borrowed(self.sym(s))));
                }
            }
        }
        out.retain(|s| !s.is_empty());
        out
    }
}

impl Event for RowEvent<'_> {
    fn get_field(&self, path: &str) -> Option<EventValue<'_>> {
        let t = self.fields.get(self.log, path)?;
        self.value(&t)
    }

    fn any_string_value(&self, pred: &dyn Fn(&str) -> bool) -> bool {
        self.texts().iter().any(|s| pred(s))
    }

    fn all_string_values(&self) -> Vec<Cow<'_, str>> {
        self.texts()
    }

    fn to_json(&self) -> Value {
        // What correlation references keep: the record's place in the model.
        serde_json::json!({ "id": format!("{}{}", if self.log == Log::SignIns { 's' } else { 'a' }, self.row) })
    }
}

/// The README's table of Sigma field names: one line per model field, with every spelling the
/// table accepts for each log (from `fields.tsv`).
pub fn markdown() -> String {
    let mut by_target: Vec<(String, String, Vec<String>)> = Vec::new();
    for line in include_str!("fields.tsv").lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).skip(1) {
        let c: Vec<&str> = line.split('\t').collect();
        let (Some(log), Some(field), Some(spec)) = (c.first(), c.get(1), c.get(2)) else { continue };
        let log = if *log == "signin" { "sign-ins" } else { "audit" };
        let what = match *spec {
            "-" => "— (no export carries it: conditions on it never match)".to_owned(),
            s => match (log, S::from_key(s), A::from_key(s)) {
                ("sign-ins", Some(f), _) => format!("{} (`{s}`)", f.def().label),
                ("audit", _, Some(f)) => format!("{} (`{s}`)", f.def().label),
                _ => derived_label(s).to_owned(),
            },
        };
        match by_target.iter_mut().find(|(l, w, _)| l == log && *w == what) {
            Some((_, _, v)) => v.push(format!("`{field}`")),
            None => by_target.push((log.to_owned(), what, vec![format!("`{field}`")])),
        }
    }
    let mut s =
        String::from("| Log | Lantern field | Sigma names (any case; `properties.` prefix allowed) |\n|---|---|---|\n");
    for (log, what, names) in by_target {
        s.push_str(&format!("| {log} | {what} | {} |\n", names.join(", ")));
    }
    s.push_str("| audit | the additional detail of that key | `AdditionalDetails.<key>` |\n");
    s
}

/// What a derived target of `fields.tsv` reads, in words.
fn derived_label(spec: &str) -> String {
    match spec {
        "status_parts" => "status, failure reason and additional details (any may match)".into(),
        "result_parts" => "result and result reason (any may match)".into(),
        "is_interactive" => "interactive or not (`true` / `false`)".into(),
        "category_name" => "`SignInLogs`, `NonInteractiveUserSignInLogs`, … by the kind of sign-in".into(),
        "operation_name" => "\"Sign-in activity\"".into(),
        "steps.method" => "authentication methods of the steps (a list)".into(),
        "steps.result" => "results of the authentication steps (a list)".into(),
        "steps_json" => "the authentication steps as JSON text".into(),
        "risk_types" => "risk event types (a list)".into(),
        "targets.type" | "targets.name" | "targets.id" | "targets.upn" => {
            format!("each target's {} (a list)", &spec[8..])
        }
        "targets_json" => "the targets (with modified properties) as JSON text".into(),
        "props.name" => "each modified property's name (a list)".into(),
        "props.old" => "each modified property's old value (a list)".into(),
        "props.new" => "each modified property's new value (a list)".into(),
        "props_json" => "the modified properties as JSON text".into(),
        "details.key" | "details.value" => format!("each additional detail's {} (a list)", &spec[8..]),
        "details_json" => "the additional details as JSON text".into(),
        "actor_any" => "the actor's UPN, display name and service principal name (any may match)".into(),
        "time_iso" => "the time, ISO 8601 UTC".into(),
        s if s.starts_with("detail:") => format!("the additional detail `{}`", &s[7..]),
        s if s.starts_with("prop:") => format!("the modified property `{}` (new value)", &s[5..]),
        s => format!("`{s}`"),
    }
}
