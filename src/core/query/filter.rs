//! Filters, facets and sorting over the columnar store.
//!
//! A [`Filter`] is plain data (it lives in the URL's view state): a list of [`Cond`]itions
//! combined with AND, plus a free-text search. [`apply`] turns it into a *selection* — the
//! row numbers that pass, in table order — and [`sort_rows`] orders a selection (a
//! permutation of it, stable). Neither copies records.
//!
//! Speed comes from the dictionary encoding: a condition on a text column is decided once
//! per *distinct value* (a mask over the column's local codes) and each row then costs one
//! array lookup. Free text is decided per distinct value of every text column the same way.
//!
//! Fields are named by their schema key (`user`, `app`, `ip`, `code`…) plus a few virtual
//! ones that the portal's filters need: `user_any` (display name or UPN), `ca_policy`
//! (a Conditional Access policy name on the sign-in), `ca_result` (any policy result, e.g.
//! `reportOnlyFailure`), `code_class` (success / interrupt / failure), `target_any` (an audit
//! target's name, UPN or id).

use crate::core::model::Log;
use serde::{Deserialize, Serialize};

use crate::core::{
    codes::{self, CodeClass},
    model::{AuditField, Column, Dataset, Kind, NO_INT, NO_TIME, SignInField, Table, id},
    query::view::cell_text,
};

/// One condition.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Cond {
    /// The field's text is one of `values` (exact; case-insensitive for text columns).
    In { field: String, values: Vec<String> },
    /// The field's text is none of `values`.
    NotIn { field: String, values: Vec<String> },
    /// The field's text contains `text`.
    Contains {
        field: String,
        text: String,
        #[serde(default)]
        case_sensitive: bool,
    },
    /// The time is in `[from_ms, to_ms)`.
    Range { from_ms: Option<i64>, to_ms: Option<i64> },
    /// The time is within the last `hours` before the newest record of the log (exported
    /// logs are in the past, so "last 24 hours" means before the export ended).
    Last { hours: u32 },
    /// The IP address is in a CIDR range (v4 or v6), or equal to an address.
    Ip { field: String, cidr: String },
    /// Only these records (request ids / audit ids), e.g. a finding's evidence.
    Records { ids: Vec<String> },
}

impl Cond {
    /// The field this condition is about ("time" for date conditions, "" for records).
    pub fn field(&self) -> &str {
        match self {
            Cond::In { field, .. }
            | Cond::NotIn { field, .. }
            | Cond::Contains { field, .. }
            | Cond::Ip { field, .. } => field,
            Cond::Range { .. } | Cond::Last { .. } => "time",
            Cond::Records { .. } => "",
        }
    }
}

/// A filter: conditions combined with AND, and a free-text search over every field.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Filter {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conds: Vec<Cond>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
}

impl Filter {
    /// True when nothing is filtered.
    pub fn is_empty(&self) -> bool {
        self.conds.is_empty() && self.text.trim().is_empty()
    }

    /// The same filter without conditions on `field` (for facet counts).
    pub fn without(&self, field: &str) -> Filter {
        Filter { conds: self.conds.iter().filter(|c| c.field() != field).cloned().collect(), text: self.text.clone() }
    }
}

/// A field a filter or sort can name, resolved against a log's schema.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldRef {
    Column(usize),
    UserAny,
    CaPolicy,
    CaResult,
    CodeClass,
    TargetAny,
}

/// Resolves a field key for `log`.
pub fn resolve(log: Log, key: &str) -> Option<FieldRef> {
    match (log, key) {
        (Log::SignIns, "user_any") => Some(FieldRef::UserAny),
        (Log::SignIns, "ca_policy") => Some(FieldRef::CaPolicy),
        (Log::SignIns, "ca_result") => Some(FieldRef::CaResult),
        (Log::SignIns, "code_class") => Some(FieldRef::CodeClass),
        (Log::Audits, "target_any") => Some(FieldRef::TargetAny),
        (Log::SignIns, k) => SignInField::from_key(k).map(|f| FieldRef::Column(f as usize)),
        (Log::Audits, k) => AuditField::from_key(k).map(|f| FieldRef::Column(f as usize)),
    }
}

/// A compiled test over rows.
enum Test {
    /// Row passes when `mask[code]` for a dictionary-encoded text column.
    SymMask {
        col: usize,
        mask: Vec<bool>,
    },
    /// Enum codes that pass.
    EnumMask {
        col: usize,
        mask: Box<[bool; 256]>,
    },
    IntIn {
        col: usize,
        values: Vec<u32>,
        negate: bool,
    },
    IntContains {
        col: usize,
        text: String,
    },
    Time {
        col: usize,
        from: i64,
        to: i64,
    },
    IdIn {
        col: usize,
        ids: Vec<u128>,
        negate: bool,
    },
    /// A GUID meets one of `guid` ([`id::guid_patterns`]: its text contains the needle), or an
    /// id that is not a GUID is a symbol marked in `other`.
    IdContains {
        col: usize,
        guid: Vec<(u128, u128)>,
        other: Vec<bool>,
    },
    FloatContains {
        col: usize,
        text: String,
    },
    /// Any of several tests.
    Any(Vec<Test>),
    /// Per-row predicate over arenas (policies, targets) or derived values.
    Rows(Vec<bool>),
    Never,
}

fn lower(s: &str) -> String {
    s.to_lowercase()
}

/// A text matcher for one condition.
#[derive(Clone)]
enum TextMatch {
    In(Vec<String>),
    NotIn(Vec<String>),
    Contains(String, bool),
    Ip(IpNet),
}

impl TextMatch {
    fn matches(&self, s: &str) -> bool {
        match self {
            TextMatch::In(v) => {
                v.iter().any(|x| x.eq_ignore_ascii_case(s) || (x.is_empty() && s.is_empty()) || lower(x) == lower(s))
            }
            TextMatch::NotIn(v) => !v.iter().any(|x| x.eq_ignore_ascii_case(s) || lower(x) == lower(s)),
            TextMatch::Contains(t, true) => s.contains(t.as_str()),
            TextMatch::Contains(t, false) => contains_ci(s, t),
            TextMatch::Ip(net) => net.contains_text(s),
        }
    }
}

/// Case-insensitive substring test (ASCII fast path).
pub fn contains_ci(hay: &str, needle_lower: &str) -> bool {
    if needle_lower.is_empty() {
        return true;
    }
    if hay.is_ascii() && needle_lower.is_ascii() {
        let (h, n) = (hay.as_bytes(), needle_lower.as_bytes());
        if n.len() > h.len() {
            return false;
        }
        return h.windows(n.len()).any(|w| w.iter().zip(n).all(|(a, b)| a.to_ascii_lowercase() == *b));
    }
    hay.to_lowercase().contains(needle_lower)
}

/// An IPv4 or IPv6 network.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IpNet {
    addr: u128,
    prefix: u8,
    v6: bool,
}

impl IpNet {
    /// Parses `10.0.0.0/8`, `2001:db8::/32`, or a single address.
    pub fn parse(text: &str) -> Option<IpNet> {
        let t = text.trim();
        let (a, p) = match t.split_once('/') {
            Some((a, p)) => (a, Some(p.trim().parse::<u8>().ok()?)),
            None => (t, None),
        };
        let ip: std::net::IpAddr = a.trim().parse().ok()?;
        let (addr, v6, max) = match ip {
            std::net::IpAddr::V4(v) => (u32::from(v) as u128, false, 32),
            std::net::IpAddr::V6(v) => (u128::from(v), true, 128),
        };
        let prefix = p.unwrap_or(max);
        (prefix <= max).then_some(IpNet { addr, prefix, v6 })
    }

    /// True if `ip` (an address as text) is inside this network.
    pub fn contains_text(&self, ip: &str) -> bool {
        let Ok(ip) = ip.trim().parse::<std::net::IpAddr>() else {
            return false;
        };
        let (a, v6) = match ip {
            std::net::IpAddr::V4(v) => (u32::from(v) as u128, false),
            std::net::IpAddr::V6(v) => (u128::from(v), true),
        };
        if v6 != self.v6 {
            return false;
        }
        let bits = if v6 { 128 } else { 32 };
        if self.prefix == 0 {
            return true;
        }
        let shift = bits - self.prefix as u32;
        (a >> shift) == (self.addr >> shift)
    }
}

fn sym_mask(table: &Table, col: usize, ds: &Dataset, m: &TextMatch) -> Test {
    let Column::Sym(c) = table.col(col) else {
        return Test::Never;
    };
    let mask = c.dict().iter().map(|s| m.matches(ds.strings.get(*s))).collect();
    Test::SymMask { col, mask }
}

fn column_test(ds: &Dataset, table: &Table, col: usize, m: &TextMatch) -> Test {
    match (table.defs()[col].kind, table.col(col)) {
        (Kind::Text, _) => sym_mask(table, col, ds, m),
        (Kind::Enum(labels), _) => {
            let mut mask = [false; 256];
            mask[0] = m.matches("");
            for (i, l) in labels.iter().enumerate() {
                mask[i + 1] = m.matches(l);
            }
            Test::EnumMask { col, mask: Box::new(mask) }
        }
        (Kind::Int, _) => match m {
            TextMatch::In(v) | TextMatch::NotIn(v) => Test::IntIn {
                col,
                values: v.iter().map(|x| codes::parse_code(x).unwrap_or(NO_INT)).collect(),
                negate: matches!(m, TextMatch::NotIn(_)),
            },
            TextMatch::Contains(t, _) => Test::IntContains { col, text: t.clone() },
            TextMatch::Ip(_) => Test::Never,
        },
        (Kind::Id, _) => match m {
            TextMatch::In(v) | TextMatch::NotIn(v) => {
                Test::IdIn { col, ids: id_values(ds, v), negate: matches!(m, TextMatch::NotIn(_)) }
            }
            TextMatch::Contains(t, case_sensitive) => {
                // Ids that are not GUIDs (a device named by its owner's tool) are interned text;
                // they sort above every GUID, so one comparison per row tells a column has any.
                let tagged = matches!(table.col(col), Column::Id(v) if v.iter().any(|&x| x >= id::NON_GUID_TAG));
                let other = if !tagged {
                    Vec::new()
                } else if *case_sensitive {
                    ds.strings.iter().map(|(_, s)| s.contains(t.as_str())).collect()
                } else {
                    ds.strings.matching_ci(&t.to_lowercase())
                };
                Test::IdContains { col, guid: id::guid_patterns(t.to_lowercase().as_bytes()), other }
            }
            TextMatch::Ip(_) => Test::Never,
        },
        (Kind::Float, _) => match m {
            TextMatch::Contains(t, _) => Test::FloatContains { col, text: t.clone() },
            _ => Test::Never,
        },
        (Kind::Time, _) => Test::Never,
    }
}

/// The stored ids a list of values selects, as a text column would read them: "" is "no
/// value" (the facet's "(empty)"), a GUID in any case, any other id by its text ignoring case.
fn id_values(ds: &Dataset, values: &[String]) -> Vec<u128> {
    let mut ids = Vec::new();
    let mut names = Vec::new();
    for x in values.iter().map(|x| x.trim()) {
        if x.is_empty() {
            ids.push(0);
        } else if let Some(v) = id::parse_guid(x) {
            ids.push(v);
        } else {
            names.push(x.to_lowercase());
        }
    }
    if !names.is_empty() {
        ids.extend(
            ds.strings
                .iter()
                .filter(|(_, t)| {
                    !t.is_empty()
                        && names.iter().any(|n| t.eq_ignore_ascii_case(n) || (!t.is_ascii() && t.to_lowercase() == *n))
                })
                .map(|(sym, _)| id::NON_GUID_TAG | sym.0 as u128),
        );
    }
    ids
}

fn rows_test(n: usize, f: impl Fn(usize) -> bool) -> Test {
    Test::Rows((0..n).map(f).collect())
}

fn compile(ds: &Dataset, log: Log, cond: &Cond) -> Test {
    let table = log.table(ds);
    let n = table.len();
    let m = match cond {
        Cond::In { values, .. } => TextMatch::In(values.clone()),
        Cond::NotIn { values, .. } => TextMatch::NotIn(values.clone()),
        Cond::Contains { text, case_sensitive, .. } => {
            TextMatch::Contains(if *case_sensitive { text.clone() } else { text.to_lowercase() }, *case_sensitive)
        }
        Cond::Ip { cidr, .. } => match IpNet::parse(cidr) {
            Some(net) => TextMatch::Ip(net),
            None => return Test::Never,
        },
        Cond::Range { from_ms, to_ms } => {
            return Test::Time {
                col: log.time_col(),
                from: from_ms.unwrap_or(i64::MIN + 1),
                to: to_ms.unwrap_or(i64::MAX),
            };
        }
        Cond::Last { hours } => {
            let newest = newest_ms(table, log.time_col()).unwrap_or(0);
            return Test::Time { col: log.time_col(), from: newest - *hours as i64 * 3_600_000, to: i64::MAX };
        }
        Cond::Records { ids } => {
            let set: std::collections::HashSet<u128> =
                ids.iter().filter_map(|x| id::id_lookup(x, &ds.strings)).collect();
            let col = match log {
                Log::SignIns => SignInField::RequestId as usize,
                Log::Audits => AuditField::Id as usize,
            };
            return rows_test(n, |r| set.contains(&table.id(col, r)));
        }
    };
    let Some(field) = resolve(log, cond.field()) else {
        return Test::Never;
    };
    match field {
        FieldRef::Column(col) => column_test(ds, table, col, &m),
        FieldRef::UserAny => {
            let a = column_test(ds, table, SignInField::User as usize, &m);
            let b = column_test(ds, table, SignInField::Upn as usize, &m);
            if matches!(m, TextMatch::NotIn(_)) {
                // Neither the name nor the UPN is excluded.
                let (a, b) = (eval(&a, 0..n), eval(&b, 0..n));
                Test::Rows(a.iter().zip(&b).map(|(x, y)| *x && *y).collect())
            } else {
                Test::Any(vec![a, b])
            }
        }
        FieldRef::CaPolicy => rows_test(n, |r| {
            let hit = ds
                .ca_of(r)
                .iter()
                .any(|a| ds.policies.get(a.policy as usize).is_some_and(|p| m.matches(ds.strings.get(p.name))));
            if matches!(m, TextMatch::NotIn(_)) {
                ds.ca_of(r)
                    .iter()
                    .all(|a| ds.policies.get(a.policy as usize).is_some_and(|p| m.matches(ds.strings.get(p.name))))
            } else {
                hit
            }
        }),
        FieldRef::CaResult => rows_test(n, |r| ds.ca_of(r).iter().any(|a| m.matches(ds.strings.get(a.result)))),
        FieldRef::CodeClass => {
            let col = SignInField::Code as usize;
            rows_test(n, |r| {
                let c = table.int(col, r);
                let class = if c == NO_INT { "" } else { codes::class_of(c).label() };
                m.matches(class)
            })
        }
        FieldRef::TargetAny => rows_test(n, |r| {
            let hit =
                |t: &crate::core::model::Target| [t.name, t.upn, t.id].iter().any(|s| m.matches(ds.strings.get(*s)));
            match m {
                TextMatch::NotIn(_) => ds.targets_of(r).iter().all(hit),
                _ => ds.targets_of(r).iter().any(hit),
            }
        }),
    }
}

fn pass(t: &Test, table: &Table, r: usize) -> bool {
    match t {
        Test::SymMask { col, mask } => match table.col(*col) {
            Column::Sym(c) => mask.get(c.code(r) as usize).copied().unwrap_or(false),
            _ => false,
        },
        Test::EnumMask { col, mask } => mask[table.enum_code(*col, r) as usize],
        Test::IntIn { col, values, negate } => values.contains(&table.int(*col, r)) != *negate,
        Test::IntContains { col, text } => {
            let v = table.int(*col, r);
            v != NO_INT && v.to_string().contains(text.as_str())
        }
        Test::Time { col, from, to } => {
            let t = table.time(*col, r);
            t != NO_TIME && t >= *from && t < *to
        }
        Test::IdIn { col, ids, negate } => ids.contains(&table.id(*col, r)) != *negate,
        Test::IdContains { col, guid, other } => {
            let v = table.id(*col, r);
            if v & id::NON_GUID_TAG == id::NON_GUID_TAG {
                other.get((v & 0xFFFF_FFFF) as usize).copied().unwrap_or(false)
            } else {
                v != 0 && guid.iter().any(|&(m, x)| v & m == x)
            }
        }
        Test::FloatContains { col, text } => {
            let v = table.float(*col, r);
            !v.is_nan() && v.to_string().contains(text.as_str())
        }
        Test::Any(ts) => ts.iter().any(|t| pass(t, table, r)),
        Test::Rows(v) => v.get(r).copied().unwrap_or(false),
        Test::Never => false,
    }
}

fn eval(t: &Test, rows: std::ops::Range<usize>) -> Vec<bool> {
    // Only used for small derived tests; tables are passed through `pass` otherwise.
    match t {
        Test::Rows(v) => rows.map(|r| v.get(r).copied().unwrap_or(false)).collect(),
        _ => rows.map(|_| false).collect(),
    }
}

/// The free-text search as a per-row test: any text column's value contains the text,
/// or an id / code / time rendering does.
fn text_test(ds: &Dataset, log: Log, text: &str) -> Test {
    let needle = text.trim().to_lowercase();
    let table = log.table(ds);
    let m = TextMatch::Contains(needle.clone(), false);
    // Each distinct string is searched once, whatever column (or arena) holds it.
    let found = ds.strings.matching_ci(&needle);
    let has = |s: crate::core::model::intern::Sym| found.get(s.0 as usize).copied().unwrap_or(false);
    let mut any = Vec::new();
    let n = table.len();
    // Ids are searched for hex and dashes only: a device's or a session's from four characters
    // (a piece someone remembers), a request's or a correlation's from six (a pasted piece;
    // shorter ones would match most of those unique ids and cost every row a test).
    let hex = needle.chars().all(|c| c.is_ascii_hexdigit() || c == '-');
    for (col, def) in table.defs().iter().enumerate() {
        match def.kind {
            Kind::Text => {
                if let Column::Sym(c) = table.col(col) {
                    any.push(Test::SymMask { col, mask: c.dict().iter().map(|s| has(*s)).collect() });
                }
            }
            Kind::Int if needle.chars().all(|c| c.is_ascii_digit()) && def.key != "latency" => {
                if let Column::Int(vals) = table.col(col) {
                    let hits = int_hits(vals, needle.as_bytes());
                    if hits.iter().any(|h| *h) {
                        any.push(Test::Rows(hits));
                    }
                }
            }
            // A GUID only when the text could be part of one; an id that is not a GUID is text
            // (tagged ids sort above every GUID: one comparison per row finds a column's).
            Kind::Id => {
                let hexish = hex && needle.len() >= if matches!(def.key, "device_id" | "session_id") { 4 } else { 6 };
                let tagged = matches!(table.col(col), Column::Id(v) if v.iter().any(|&x| x >= id::NON_GUID_TAG));
                if hexish || tagged {
                    any.push(Test::IdContains {
                        col,
                        guid: if hexish { id::guid_patterns(needle.as_bytes()) } else { Vec::new() },
                        other: if tagged { found.clone() } else { Vec::new() },
                    });
                }
            }
            Kind::Enum(_) => any.push(column_test(ds, table, col, &m)),
            _ => {}
        }
    }
    // Drop text columns where no value matches: nothing to test per row.
    any.retain(|t| !matches!(t, Test::SymMask { mask, .. } if !mask.iter().any(|x| *x)));
    if log == Log::Audits {
        // Targets' modified properties and additional details live in arenas.
        let props = rows_test(n, |r| {
            ds.targets_of(r)
                .iter()
                .any(|t| ds.props_of(t).iter().any(|p| [p.name, p.old, p.new].iter().any(|s| has(*s))))
                || ds.details_of(r).iter().any(|kv| has(kv.value) || has(kv.key))
        });
        any.push(props);
    } else if !ds.policies.is_empty() {
        let hits: Vec<bool> = ds.policies.iter().map(|p| has(p.name)).collect();
        if hits.iter().any(|h| *h) {
            any.push(rows_test(n, |r| {
                ds.ca_of(r).iter().any(|a| hits.get(a.policy as usize).copied().unwrap_or(false))
            }));
        }
    }
    Test::Any(any)
}

/// Which of `vals` have `needle` (digits) in their decimal text. Integers are few and repeat
/// (error codes, ASNs): each value is decided once, remembered in a small direct-mapped cache
/// (a hash map lookup per row cost more than the rest of the search).
fn int_hits(vals: &[u32], needle: &[u8]) -> Vec<bool> {
    const SLOTS: usize = 4096;
    let mut cache = vec![(NO_INT, false); SLOTS];
    vals.iter()
        .map(|&v| {
            if v == NO_INT {
                return false;
            }
            let slot = &mut cache[(v.wrapping_mul(0x9E37_79B9) >> 20) as usize & (SLOTS - 1)];
            if slot.0 != v {
                *slot = (v, decimal_contains(v, needle));
            }
            slot.1
        })
        .collect()
}

/// Whether the decimal text of `v` contains `needle`, without making the text.
fn decimal_contains(v: u32, needle: &[u8]) -> bool {
    if needle.is_empty() {
        return true;
    }
    let (mut buf, mut i, mut x) = ([0u8; 10], 10, v);
    loop {
        i -= 1;
        buf[i] = b'0' + (x % 10) as u8;
        x /= 10;
        if x == 0 {
            break;
        }
    }
    buf[i..].windows(needle.len()).any(|w| w == needle)
}

/// The rows of `log` that pass `filter`, in table order.
pub fn apply(ds: &Dataset, log: Log, filter: &Filter) -> Vec<u32> {
    let all: Vec<u32> = (0..log.table(ds).len() as u32).collect();
    apply_in_order(ds, log, filter, &all)
}

/// The rows of `order` (any permutation or subset of the table) that pass `filter`, in
/// that order. With `order` already sorted, filtering keeps the sort: no re-sort needed.
pub fn apply_in_order(ds: &Dataset, log: Log, filter: &Filter, order: &[u32]) -> Vec<u32> {
    let table = log.table(ds);
    let mut tests: Vec<Test> = filter.conds.iter().map(|c| compile(ds, log, c)).collect();
    if !filter.text.trim().is_empty() {
        tests.push(text_test(ds, log, &filter.text));
    }
    if tests.is_empty() {
        return order.to_vec();
    }
    // An "any of many columns" test (free text) is decided column by column into one
    // row mask: a tight loop per column instead of dozens of checks per row.
    for t in tests.iter_mut() {
        if let Test::Any(parts) = t
            && parts.len() > 2
        {
            let mut hits = vec![false; table.len()];
            for p in parts.iter() {
                match p {
                    Test::SymMask { col, mask } => {
                        if let Column::Sym(c) = table.col(*col) {
                            c.mark_rows(mask, &mut hits);
                        }
                    }
                    Test::Rows(v) => hits.iter_mut().zip(v).for_each(|(h, x)| *h |= *x),
                    Test::EnumMask { col, mask } if matches!(table.col(*col), Column::Enum(_)) => {
                        if let Column::Enum(v) = table.col(*col) {
                            for (r, h) in hits.iter_mut().enumerate() {
                                *h |= mask[v.get(r).copied().unwrap_or(0) as usize];
                            }
                        }
                    }
                    other => {
                        for (r, h) in hits.iter_mut().enumerate() {
                            if !*h {
                                *h = pass(other, table, r);
                            }
                        }
                    }
                }
            }
            *t = Test::Rows(hits);
        }
    }
    // Cheap, selective tests first.
    tests.sort_by_key(|t| match t {
        Test::Never => 0,
        Test::EnumMask { .. } | Test::IntIn { .. } | Test::Time { .. } | Test::IdIn { .. } => 1,
        Test::SymMask { .. } | Test::Rows(_) => 2,
        Test::Any(v) => 3 + v.len(),
        _ => 1000,
    });
    if let [Test::Rows(hits)] = tests.as_slice() {
        // The common case of a search alone: one mask, no dispatch per row.
        return order.iter().copied().filter(|&r| hits.get(r as usize).copied().unwrap_or(false)).collect();
    }
    order.iter().copied().filter(|&r| tests.iter().all(|t| pass(t, table, r as usize))).collect()
}

/// The newest time in a table.
pub fn newest_ms(table: &Table, time_col: usize) -> Option<i64> {
    match table.col(time_col) {
        Column::Time(v) => v.iter().copied().filter(|t| *t != NO_TIME).max(),
        _ => None,
    }
}

/// One value of a facet and how many selected rows have it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetValue {
    pub value: String,
    pub count: u32,
}

/// Counts the values of `field` over `rows`, most frequent first (ties by value).
pub fn facet(ds: &Dataset, log: Log, rows: &[u32], field: &str) -> Vec<FacetValue> {
    let table = log.table(ds);
    let mut out: Vec<FacetValue> = match resolve(log, field) {
        Some(FieldRef::Column(col)) => match table.col(col) {
            Column::Sym(c) => {
                let counts = c.count_codes(rows.iter().map(|&r| r as usize));
                c.dict()
                    .iter()
                    .zip(counts)
                    .filter(|(_, n)| *n > 0)
                    .map(|(s, n)| FacetValue { value: ds.strings.get(*s).to_owned(), count: n })
                    .collect()
            }
            _ => {
                let mut m: std::collections::BTreeMap<String, u32> = std::collections::BTreeMap::new();
                for &r in rows {
                    *m.entry(cell_text(table, col, r as usize, &ds.strings, 0)).or_default() += 1;
                }
                m.into_iter().map(|(value, count)| FacetValue { value, count }).collect()
            }
        },
        Some(FieldRef::UserAny) => return facet(ds, log, rows, "upn"),
        Some(FieldRef::CaPolicy) | Some(FieldRef::CaResult) => {
            let policy = resolve(log, field) == Some(FieldRef::CaPolicy);
            let mut m: std::collections::BTreeMap<String, u32> = Default::default();
            for &r in rows {
                let mut seen = std::collections::BTreeSet::new();
                for a in ds.ca_of(r as usize) {
                    let v = if policy {
                        ds.policies.get(a.policy as usize).map_or("", |p| ds.strings.get(p.name))
                    } else {
                        ds.strings.get(a.result)
                    };
                    if seen.insert(v) {
                        *m.entry(v.to_owned()).or_default() += 1;
                    }
                }
            }
            m.into_iter().map(|(value, count)| FacetValue { value, count }).collect()
        }
        Some(FieldRef::CodeClass) => {
            let mut m: std::collections::BTreeMap<String, u32> = Default::default();
            for &r in rows {
                let c = table.int(SignInField::Code as usize, r as usize);
                let class = if c == NO_INT { "" } else { codes::class_of(c).label() };
                *m.entry(class.to_owned()).or_default() += 1;
            }
            m.into_iter().map(|(value, count)| FacetValue { value, count }).collect()
        }
        Some(FieldRef::TargetAny) => {
            let mut m: std::collections::BTreeMap<String, u32> = Default::default();
            for &r in rows {
                for t in ds.targets_of(r as usize) {
                    let s = if t.upn.is_empty() { t.name } else { t.upn };
                    *m.entry(ds.strings.get(s).to_owned()).or_default() += 1;
                }
            }
            m.into_iter().map(|(value, count)| FacetValue { value, count }).collect()
        }
        None => Vec::new(),
    };
    out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
    out
}

/// A sort direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    Ascending,
    Descending,
}

/// Orders `rows` by `field` (stable: equal values keep their order). Text sorts
/// case-insensitively; empty values sort last in either direction.
pub fn sort_rows(ds: &Dataset, log: Log, rows: &mut [u32], field: &str, order: Order) {
    let descending = order == Order::Descending;
    let table = log.table(ds);
    let Some(FieldRef::Column(col)) = resolve(log, field) else {
        return;
    };
    match table.col(col) {
        Column::Sym(c) => {
            // Rank each distinct value once, then sort by rank.
            let dict = c.dict();
            let mut order: Vec<usize> = (0..dict.len()).collect();
            let keys: Vec<String> = dict.iter().map(|s| ds.strings.get(*s).to_lowercase()).collect();
            order.sort_by(|&a, &b| keys[a].cmp(&keys[b]));
            let mut rank = vec![0u32; dict.len()];
            for (i, &code) in order.iter().enumerate() {
                rank[code] = i as u32;
            }
            let empty = |code: u32| keys.get(code as usize).is_none_or(|k| k.is_empty());
            rows.sort_by(|&a, &b| {
                let (ca, cb) = (c.code(a as usize), c.code(b as usize));
                match (empty(ca), empty(cb)) {
                    (true, true) => std::cmp::Ordering::Equal,
                    (true, false) => std::cmp::Ordering::Greater,
                    (false, true) => std::cmp::Ordering::Less,
                    _ => {
                        let o = rank[ca as usize].cmp(&rank[cb as usize]);
                        if descending { o.reverse() } else { o }
                    }
                }
            });
        }
        Column::Time(v) => sort_num(rows, descending, |r| v.get(r).copied().filter(|t| *t != NO_TIME)),
        Column::Int(v) => sort_num(rows, descending, |r| v.get(r).copied().filter(|x| *x != NO_INT)),
        Column::Enum(v) => sort_num(rows, descending, |r| v.get(r).copied().filter(|x| *x != 0)),
        Column::Id(v) => sort_num(rows, descending, |r| v.get(r).copied().filter(|x| *x != 0)),
        Column::Float(v) => {
            rows.sort_by(|&a, &b| {
                let (x, y) =
                    (v.get(a as usize).copied().unwrap_or(f32::NAN), v.get(b as usize).copied().unwrap_or(f32::NAN));
                match (x.is_nan(), y.is_nan()) {
                    (true, true) => std::cmp::Ordering::Equal,
                    (true, false) => std::cmp::Ordering::Greater,
                    (false, true) => std::cmp::Ordering::Less,
                    _ => {
                        let o = x.total_cmp(&y);
                        if descending { o.reverse() } else { o }
                    }
                }
            });
        }
    }
}

fn sort_num<K: Ord>(rows: &mut [u32], descending: bool, key: impl Fn(usize) -> Option<K>) {
    rows.sort_by(|&a, &b| match (key(a as usize), key(b as usize)) {
        (None, None) => std::cmp::Ordering::Equal,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (Some(_), None) => std::cmp::Ordering::Less,
        (Some(x), Some(y)) => {
            let o = x.cmp(&y);
            if descending { o.reverse() } else { o }
        }
    });
}

/// Class of a sign-in's code, for colouring and counting.
pub fn code_class(ds: &Dataset, row: usize) -> Option<CodeClass> {
    let c = ds.signins.table.int(SignInField::Code as usize, row);
    (c != NO_INT).then(|| codes::class_of(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cidr_matching() {
        let within = |net: &str, ip: &str| IpNet::parse(net).is_some_and(|n| n.contains_text(ip));
        assert!(within("10.1.0.0/16", "10.1.200.3"));
        assert!(!within("10.1.0.0/16", "10.2.0.1"));
        assert!(!within("10.1.0.0/16", "2001:db8::1"));
        assert!(within("2001:db8::/32", "2001:db8:1::5"));
        assert!(within("1.2.3.4", "1.2.3.4"));
        assert!(IpNet::parse("1.2.3.4/33").is_none());
        assert!(IpNet::parse("nonsense").is_none());
        assert!(within("0.0.0.0/0", "8.8.8.8"));
    }

    #[test]
    fn decimal_digits_contain() {
        assert!(super::decimal_contains(50126, b"50126"));
        assert!(super::decimal_contains(50126, b"012"));
        assert!(super::decimal_contains(0, b"0"));
        assert!(!super::decimal_contains(5012, b"50126"));
        assert!(super::decimal_contains(u32::MAX - 1, b"4294967294"));
        let vals = [50126, crate::core::model::NO_INT, 7, 150126, 50126, 3];
        assert_eq!(super::int_hits(&vals, b"5012"), [true, false, false, true, true, false]);
    }

    #[test]
    fn case_insensitive_contains() {
        assert!(contains_ci("Mozilla/5.0 BAV2ROPC", "bav2ropc"));
        assert!(contains_ci("Zürich", "zür"));
        assert!(!contains_ci("abc", "abcd"));
    }
}
