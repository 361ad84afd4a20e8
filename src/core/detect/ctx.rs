//! The per-run index the rules share: built once by [`Ctx::new`], read-only afterwards.
//!
//! Holds per sign-in row its time, code and class, its subject (user) index, IP index and
//! allow-list verdicts; per user and per IP the rows in time order; the sign-in rows in time
//! order; authentication steps by request id; audit rows in time order. No rule logic.

use hashbrown::{HashMap, HashSet};

use super::{
    DetectConfig,
    net::{AllowNets, Ip, parse_ip},
};
use crate::core::{
    codes::{self, CodeClass},
    model::intern::Sym,
    model::{AuditField, Dataset, NO_INT, NO_TIME, SignInField as S},
};

/// "No index".
pub const NONE: u32 = u32::MAX;

/// A subject of sign-ins (a user, or a service principal for app sign-ins).
#[derive(Debug)]
pub struct Subject {
    /// The UPN (or other identifier) as first seen.
    pub name: String,
    /// Rows, time order.
    pub rows: Vec<u32>,
    /// On the investigator's allow-list.
    pub allowed: bool,
}

/// An IP address seen in sign-ins.
#[derive(Debug)]
pub struct IpInfo {
    pub parsed: Option<Ip>,
    /// Rows, time order.
    pub rows: Vec<u32>,
}

/// The shared index.
pub struct Ctx<'a> {
    pub ds: &'a Dataset,
    pub cfg: &'a DetectConfig,
    /// Per sign-in row.
    pub time: Vec<i64>,
    pub code: Vec<u32>,
    pub class: Vec<CodeClass>,
    pub subject: Vec<u32>,
    pub ip: Vec<u32>,
    /// The row's IP or ASN is allow-listed.
    pub net_allowed: Vec<bool>,
    /// The row's app is allow-listed.
    pub app_allowed: Vec<bool>,
    pub subjects: Vec<Subject>,
    pub subject_ix: HashMap<String, u32>,
    pub ips: Vec<IpInfo>,
    /// Sign-in rows with a time, in time order.
    pub by_time: Vec<u32>,
    /// Step rows per request id, in time order.
    pub steps: HashMap<u128, Vec<u32>>,
    /// Per audit row: time.
    pub atime: Vec<i64>,
    /// Audit rows with a time, in time order.
    pub audits_by_time: Vec<u32>,
}

impl<'a> Ctx<'a> {
    /// Builds the index (one pass over each table).
    pub fn new(ds: &'a Dataset, cfg: &'a DetectConfig) -> Self {
        let t = &ds.signins.table;
        let n = t.len();
        let allow_nets = AllowNets::new(&cfg.allow_ips);
        let allow_users: HashSet<String> = cfg
            .allow_users
            .iter()
            .map(|u| u.trim().to_lowercase())
            .collect();
        let allow_apps: HashSet<String> = cfg
            .allow_apps
            .iter()
            .map(|u| u.trim().to_lowercase())
            .collect();

        let mut cx = Ctx {
            ds,
            cfg,
            time: Vec::with_capacity(n),
            code: Vec::with_capacity(n),
            class: Vec::with_capacity(n),
            subject: Vec::with_capacity(n),
            ip: Vec::with_capacity(n),
            net_allowed: Vec::with_capacity(n),
            app_allowed: Vec::with_capacity(n),
            subjects: Vec::new(),
            subject_ix: HashMap::new(),
            ips: Vec::new(),
            by_time: Vec::with_capacity(n),
            steps: HashMap::new(),
            atime: Vec::new(),
            audits_by_time: Vec::new(),
        };
        // Caches by symbol: which subject a (field, sym) names, which IP a sym is, app verdicts.
        let mut subj_cache: HashMap<(u8, Sym), u32> = HashMap::new();
        let mut ip_cache: HashMap<Sym, u32> = HashMap::new();
        let mut app_cache: HashMap<(Sym, Sym), bool> = HashMap::new();
        let mut class_cache: HashMap<u32, CodeClass> = HashMap::new();
        // Dense caches by symbol number for the two hottest lookups (UPN and IP).
        let mut upn_subject: Vec<u32> = vec![NONE; ds.strings.len()];
        let mut ip_ix: Vec<u32> = vec![NONE; ds.strings.len()];
        let subject_fields = [
            S::Upn,
            S::SignInIdentifier,
            S::UserId,
            S::SpName,
            S::SpId,
            S::AppId,
            S::User,
        ];
        for r in 0..n {
            cx.time.push(t.time(S::Time as usize, r));
            let code = t.int(S::Code as usize, r);
            let code = if code == NO_INT {
                status_code(ds, r)
            } else {
                code
            };
            cx.code.push(code);
            let class = if code == NO_INT {
                match t.enum_code(S::Status as usize, r) {
                    2 => CodeClass::Failure,
                    3 => CodeClass::Interrupt,
                    _ => CodeClass::Success,
                }
            } else if code == 0 {
                CodeClass::Success
            } else {
                *class_cache
                    .entry(code)
                    .or_insert_with(|| codes::class_of(code))
            };
            cx.class.push(class);

            // Subject: the first non-empty identifier.
            let mut subj = NONE;
            let upn = t.sym(S::Upn as usize, r);
            if let Some(&s) = upn_subject
                .get(upn.0 as usize)
                .filter(|&&s| s != NONE && !upn.is_empty())
            {
                subj = s;
            }
            for f in if subj == NONE {
                &subject_fields[..]
            } else {
                &[]
            }
            .iter()
            .copied()
            {
                let sym = t.sym(f as usize, r);
                if sym.is_empty() {
                    continue;
                }
                subj = match subj_cache.get(&(f as u8, sym)) {
                    Some(&s) => s,
                    None => {
                        let name = ds.strings.get(sym).trim().to_owned();
                        let key = name.to_lowercase();
                        let s = match cx.subject_ix.get(&key) {
                            Some(&s) => s,
                            None => {
                                let s = cx.subjects.len() as u32;
                                let allowed = allow_users.contains(&key);
                                cx.subject_ix.insert(key.clone(), s);
                                cx.subjects.push(Subject {
                                    name,
                                    rows: Vec::new(),
                                    allowed,
                                });
                                s
                            }
                        };
                        subj_cache.insert((f as u8, sym), s);
                        if let Some(slot) =
                            upn_subject.get_mut(sym.0 as usize).filter(|_| f == S::Upn)
                        {
                            *slot = s;
                        }
                        s
                    }
                };
                break;
            }
            cx.subject.push(subj);

            let ip_sym = t.sym(S::Ip as usize, r);
            let ip = match ip_ix.get(ip_sym.0 as usize) {
                _ if ip_sym.is_empty() => NONE,
                Some(&i) if i != NONE => i,
                _ => {
                    let i = *ip_cache.entry(ip_sym).or_insert_with(|| {
                        cx.ips.push(IpInfo {
                            parsed: parse_ip(ds.strings.get(ip_sym)),
                            rows: Vec::new(),
                        });
                        cx.ips.len() as u32 - 1
                    });
                    if let Some(slot) = ip_ix.get_mut(ip_sym.0 as usize) {
                        *slot = i;
                    }
                    i
                }
            };
            cx.ip.push(ip);
            let asn = t.int(S::Asn as usize, r);
            let ip_ok = ip != NONE
                && cx
                    .ips
                    .get(ip as usize)
                    .and_then(|i| i.parsed)
                    .is_some_and(|p| allow_nets.contains(p));
            cx.net_allowed
                .push(ip_ok || (asn != NO_INT && cfg.allow_asns.contains(&asn)));
            let (app, app_id) = (t.sym(S::App as usize, r), t.sym(S::AppId as usize, r));
            let app_ok = !allow_apps.is_empty()
                && *app_cache.entry((app, app_id)).or_insert_with(|| {
                    allow_apps.contains(&ds.strings.get(app).trim().to_lowercase())
                        || allow_apps.contains(&ds.strings.get(app_id).trim().to_lowercase())
                });
            cx.app_allowed.push(app_ok);
        }
        let mut order: Vec<u32> = (0..n as u32)
            .filter(|&r| cx.time[r as usize] != NO_TIME)
            .collect();
        order.sort_by_key(|&r| (cx.time[r as usize], r));
        for &r in &order {
            let (s, i) = (cx.subject[r as usize], cx.ip[r as usize]);
            if let Some(sub) = cx.subjects.get_mut(s as usize) {
                sub.rows.push(r);
            }
            if let Some(ip) = cx.ips.get_mut(i as usize) {
                ip.rows.push(r);
            }
        }
        cx.by_time = order;

        // Authentication steps by request id.
        let st = &ds.steps;
        for i in 0..st.len() {
            if let Some(&req) = st.request.get(i).filter(|&&q| q != 0) {
                cx.steps.entry(req).or_default().push(i as u32);
            }
        }
        for v in cx.steps.values_mut() {
            v.sort_by_key(|&i| st.time.get(i as usize).copied().unwrap_or(NO_TIME));
        }

        let at = &ds.audits.table;
        cx.atime = (0..at.len())
            .map(|r| at.time(AuditField::Time as usize, r))
            .collect();
        let mut aorder: Vec<u32> = (0..at.len() as u32)
            .filter(|&r| cx.atime[r as usize] != NO_TIME)
            .collect();
        aorder.sort_by_key(|&r| (cx.atime[r as usize], r));
        cx.audits_by_time = aorder;
        cx
    }

    /// Time of sign-in row `r`.
    #[inline]
    pub fn st(&self, r: u32) -> i64 {
        self.time.get(r as usize).copied().unwrap_or(NO_TIME)
    }

    /// Time of audit row `r`.
    #[inline]
    pub fn at(&self, r: u32) -> i64 {
        self.atime.get(r as usize).copied().unwrap_or(NO_TIME)
    }

    /// Text of a sign-in field.
    #[inline]
    pub fn s(&self, r: u32, f: S) -> &'a str {
        self.ds
            .strings
            .get(self.ds.signins.table.sym(f as usize, r as usize))
    }

    /// Symbol of a sign-in field.
    #[inline]
    pub fn sym(&self, r: u32, f: S) -> Sym {
        self.ds.signins.table.sym(f as usize, r as usize)
    }

    /// Text of an audit field.
    #[inline]
    pub fn a(&self, r: u32, f: AuditField) -> &'a str {
        self.ds
            .strings
            .get(self.ds.audits.table.sym(f as usize, r as usize))
    }

    /// Code of row `r`.
    #[inline]
    pub fn code(&self, r: u32) -> u32 {
        self.code.get(r as usize).copied().unwrap_or(NO_INT)
    }

    /// Class of row `r`'s code.
    #[inline]
    pub fn class(&self, r: u32) -> CodeClass {
        self.class
            .get(r as usize)
            .copied()
            .unwrap_or(CodeClass::Failure)
    }

    /// True when row `r` succeeded.
    #[inline]
    pub fn ok(&self, r: u32) -> bool {
        self.class(r) == CodeClass::Success
    }

    /// The subject's display name of row `r` ("" when none).
    pub fn who(&self, r: u32) -> &str {
        self.subject
            .get(r as usize)
            .and_then(|&s| self.subjects.get(s as usize))
            .map_or("", |s| s.name.as_str())
    }

    /// The subject index of row `r`.
    #[inline]
    pub fn subj(&self, r: u32) -> u32 {
        self.subject.get(r as usize).copied().unwrap_or(NONE)
    }

    /// True when row `r`'s subject is on the allow-list.
    pub fn user_allowed(&self, r: u32) -> bool {
        self.subjects
            .get(self.subj(r) as usize)
            .is_some_and(|s| s.allowed)
    }

    /// IP text of row `r`.
    pub fn ip_text(&self, r: u32) -> &'a str {
        self.s(r, S::Ip)
    }

    /// True when row `r` comes from an allow-listed network.
    #[inline]
    pub fn net_ok(&self, r: u32) -> bool {
        self.net_allowed.get(r as usize).copied().unwrap_or(false)
    }

    /// True when row `r` is for an allow-listed app.
    #[inline]
    pub fn app_ok(&self, r: u32) -> bool {
        self.app_allowed.get(r as usize).copied().unwrap_or(false)
    }

    /// Authentication step rows of sign-in row `r`.
    pub fn steps_of(&self, r: u32) -> &[u32] {
        let req = self.ds.signins.table.id(S::RequestId as usize, r as usize);
        self.steps.get(&req).map_or(&[], |v| v.as_slice())
    }

    /// Every MFA-related result text of row `r`: the MFA result column, the status detail,
    /// and the result detail of each authentication step.
    pub fn mfa_texts(&self, r: u32) -> Vec<&'a str> {
        let mut v = vec![self.s(r, S::MfaResult), self.s(r, S::StatusDetail)];
        for &i in self.steps_of(r) {
            if let Some(&sym) = self.ds.steps.result.get(i as usize) {
                v.push(self.ds.strings.get(sym));
            }
        }
        v.retain(|t| !t.is_empty());
        v
    }

    /// The ASN of row `r` (`NO_INT` when none).
    pub fn asn(&self, r: u32) -> u32 {
        self.ds.signins.table.int(S::Asn as usize, r as usize)
    }

    /// Whether the app of row `r` or the text `name` is an allow-listed app.
    pub fn app_name_allowed(&self, name: &str) -> bool {
        let n = name.trim().to_lowercase();
        !n.is_empty()
            && self
                .cfg
                .allow_apps
                .iter()
                .any(|a| a.trim().to_lowercase() == n)
    }

    /// True when `upn` is allow-listed.
    pub fn upn_allowed(&self, upn: &str) -> bool {
        let u = upn.trim().to_lowercase();
        !u.is_empty()
            && self
                .cfg
                .allow_users
                .iter()
                .any(|a| a.trim().to_lowercase() == u)
    }
}

/// A code from the status text when the code column is empty (some exports only write the
/// status): Success → 0, otherwise unknown.
fn status_code(ds: &Dataset, r: usize) -> u32 {
    match ds.signins.table.enum_code(S::Status as usize, r) {
        1 => 0,
        _ => NO_INT,
    }
}
