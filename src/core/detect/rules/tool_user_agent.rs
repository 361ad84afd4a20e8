//! `tool_user_agent`: sign-ins whose user agent is a script or an attack tool, per tool and
//! IP.

use hashbrown::{HashMap, HashSet};

use crate::core::{
    detect::{
        DetectConfig,
        audit::{org_egress, org_site},
        baseline::BaselineParams, Severity,
        ctx::{Ctx, NONE},
        lists::{self, Tool, ToolKind},
        rule::{Allow, Draft, Meta, Needs, Out, Reads, Rule},
        rules::RuleId,
        signin::{DAY_MS, days_and_span, episodes, judged_history, managed_times, on_known_network, place, users_of, vouched},
        text::{hm, list, plural},
    },
    kql::hunt::{Hunt, regex_escape},
    model::{NO_INT, SignInField as S},
};

pub struct ToolUserAgent;

pub struct Params {
    pub tools: Vec<Tool>,
    pub base: BaselineParams,
    pub site_users: u32,
    pub allow: Allow,
}

impl Rule for ToolUserAgent {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::ToolUserAgent,
        title: "Scripted client or attack tool",
        description: "User agents of scripts and offensive tools (python-requests, curl, axios, Go-http-client, PowerShell, AADInternals, azurehound…) per IP.",
        mitre: &["T1078", "T1087.004"],
        severity: "Low for a script that failed, that succeeded only from networks its users already sign in from (or where their managed device signed in within 12 hours, or, for a user too new to judge, one of the organisation's own sites where their own managed device also signed in, or, for anyone, one of the organisation's egress addresses: an address where many users' managed devices sign in over a day or more, its virtual desktops on a cloud network too), or that one user alone ran from one address (not a hosting or VPN network) on 3 days or more of the loaded logs, or that began from one address for at most 3 users (or, for one user alone, from the changing addresses of one network operator that is not a hosting or VPN network: a ship's satellite link) before any of them had a history to judge it (within the learning window after the loaded logs begin) and succeeded there on 7 days or more, or whose every success is a user's script reaching an app through a cloud network on which that user's script reached that app on 3 days or more of the loaded logs, beginning before the user had a history to judge it, an app they also use from their own network, or whose every success is a first-party developer tool non-interactively from Microsoft's cloud in a session its user began through it on their own managed device (a codespace, Cloud Shell); Medium for a script that succeeded from elsewhere or an attack tool; High for an attack tool that succeeded; Info for a script every successful user already used in the learning window; Low too when many of the organisation's people ran it from the address on several days with no wrong password from it (a shared build agent)",
        config: &["learning_days", "min_history_signins", "min_history_days", "prefix_v4_bits", "prefix_v6_bits", "shared_egress_min_users", "allow_users", "allow_ips", "allow_asns", "allow_apps"],
        reads: Reads::SignIns,
        needs: Needs::Time,
        source: "MAS UserAgent block-list and Sigma azurehound / axios (D3)",
        lookback_days: 7,
    };

    fn params(cfg: &DetectConfig) -> Params {
        Params {
            tools: lists::tool_agents(),
            base: BaselineParams::from(cfg),
            site_users: cfg.shared_egress_min_users,
            allow: Allow::none().users(cfg).nets(cfg).apps(cfg),
        }
    }

    fn thresholds(p: &Params) -> String {
        let attack = p.tools.iter().filter(|t| t.kind == ToolKind::AttackTool).count();
        format!(
            "user agent contains one of {} scripting-library or {} attack-tool names; Medium with a success or for an attack \
             tool, High for an attack tool that succeeded; Info when every user who succeeded with a script already used it, \
             Low when every success came from a /{} or /{} network of the user's history ({}) or from an address where \
             the same user signed in on a compliant or managed device within 12 hours{}, or when every attempt from the \
             address in the loaded logs is one user's and its successes fall on ≥ {DAILY_DAYS} days spanning ≥ 2 days, on a network that is \
             not a cloud, hosting or VPN one, or when the address's scripted sign-ins begin fewer than {} days after the \
             loaded logs do, before any of their users has a judged history, every attempt is by one of ≤ {STEADY_USERS} \
             users who each succeeded, and the successes fall on ≥ {STEADY_DAYS} days (a standing automation; for one user alone, \
             counted over every address of one network operator that is not a cloud, hosting or VPN one, where no one else's \
             attempts with the tool came from: addresses that change), or when every \
             success is a user's script signing in to an app through a cloud, hosting or VPN network whose successes for \
             that user, app and network fall on ≥ {CLOUD_DAYS} days spanning ≥ 2 days of the loaded logs, the first before \
             the user had a judged history, an app the user also signs in to from a network that is not a cloud, hosting or VPN one (their own cloud machines), \
             or when ≥ {SHARED_AGENT_USERS} users ran the tool successfully from the address on ≥ {SHARED_AGENT_DAYS} days of the loaded logs \
             and no sign-in from it failed with codes 50126, 50034 or 50053 (a shared build agent or jump box){}",
            p.tools.len() - attack,
            attack,
            p.base.prefix_v4_bits,
            p.base.prefix_v6_bits,
            p.base.sentence(),
            if p.site_users == 0 {
                String::new()
            } else {
                format!(
                    " or, for a user too new to judge, from one of the organisation's own sites (a network where ≥ {} users \
                     signed in on compliant or managed devices, off cloud, hosting and VPN networks) where their own compliant \
                     or managed device also signed in, or, for any user, from an address (on any network: virtual desktops) \
                     where ≥ {} users signed in on compliant or managed devices",
                    p.site_users, p.site_users
                )
            },
            p.base.learning_days,
            p.allow.sentence()
        )
    }

    fn run(p: &Params, cx: &Ctx, out: &mut Out) {
        let mut label_of: HashMap<u32, Option<usize>> = HashMap::new();
        let mut groups: HashMap<(usize, u32), Vec<u32>> = HashMap::new();
        let mut clouds = Clouds::default();
        for &r in &cx.by_time {
            let ua = cx.sym(r, S::UserAgent);
            if cx.app_ok(r) || cx.net_ok(r) || cx.user_allowed(r) || ua.is_empty() {
                continue;
            }
            let hit = *label_of.entry(ua.0).or_insert_with(|| {
                let l = cx.ds.strings.get(ua).to_ascii_lowercase();
                p.tools.iter().position(|t| l.contains(t.fragment))
            });
            if let Some(i) = hit {
                groups.entry((i, cx.ip[r as usize])).or_default().push(r);
                if cx.ok(r) && cx.asn(r) != NO_INT && lists::hosting_asn(cx.asn(r)) {
                    clouds.days.entry(cloud_key(cx, i, r)).or_default().push(cx.st(r));
                }
            }
        }
        let mut keys: Vec<(usize, u32)> = groups.keys().copied().collect();
        keys.sort_unstable();
        let roaming = roaming_automations(cx, &groups);
        for k in keys {
            let rows = groups.remove(&k).unwrap_or_default();
            let steady = steady(cx, &rows).or_else(|| {
                // One user's script from an address of a network operator whose addresses change
                // (satellite, mobile carriers): judged by all of that user's runs through it.
                let &first = rows.first()?;
                let key = (k.0, cx.subj(first), cx.asn(first));
                rows.iter().all(|&r| cx.subj(r) == key.1 && cx.asn(r) == key.2).then(|| roaming.get(&key).copied()).flatten()
            });
            // One user's daily script from the address, over the loaded logs: a developer's runs a
            // little more than a day apart make episodes of a day or two each.
            let daily = daily_days(cx, &rows);
            let agent = shared_agent(cx, &rows);
            for ep in episodes(cx, &rows, DAY_MS) {
                let d = episode(cx, (k.0, p.tools[k.0]), ep, (steady, daily, agent), &mut clouds);
                out.add(cx, d);
            }
        }
    }

    fn hunting(p: &Params, h: &mut Hunt) {
        let re = format!("(?i)({})", p.tools.iter().map(|t| regex_escape(t.fragment)).collect::<Vec<_>>().join("|"));
        h.signins(&["DeviceDetail"]);
        let mut q = format!("signins\n| where UserAgent matches regex {}", crate::core::kql::kql_verbatim(&re));
        for c in p.allow.signin_clauses() {
            q.push('\n');
            q.push_str(&c);
        }
        let b = &p.base;
        h.line(&format!(
            "let habits = union isfuzzy=true SigninLogs, AADNonInteractiveUserSignInLogs\n    | where TimeGenerated between ((startTime - {}d) .. (endTime - 1d)) and ResultType == \"0\"\n    | summarize SignIns = count(), Days = dcount(bin(TimeGenerated, 1d)), Agents = make_set(UserAgent, 200) by UserPrincipalName\n    | where SignIns >= {} and Days >= {};",
            b.learning_days, b.min_history_signins, b.min_history_days
        ));
        h.known_networks(b.learning_days, b.min_history_signins, b.min_history_days, b.prefix_v4_bits, b.prefix_v6_bits);
        h.org_sites(b.prefix_v4_bits, b.prefix_v6_bits, p.site_users, &lists::hosting_asns());
        h.org_egress(p.site_users, &crate::core::detect::signin::RELAY_ASNS);
        h.line(&format!("let vouch = signins\n    | where ResultType == \"0\" and isnotempty(tostring(DeviceDetail.deviceId)) and (tostring(DeviceDetail.isCompliant) =~ \"true\" or tostring(DeviceDetail.isManaged) =~ \"true\")\n    | where not(UserAgent matches regex {})\n    | summarize VouchTimes = make_list(TimeGenerated, 1000) by UserPrincipalName, IPAddress;", crate::core::kql::kql_verbatim(&re)));
        // One user's script from one address (not cloud, hosting or VPN) succeeding on several
        // days spanning two: a scheduled job or a developer's daily work (Low, as in the app).
        h.let_codes("hostingAsns", &lists::hosting_asns());
        h.line(&format!("let daily = {q}\n    | summarize Users = dcount(UserPrincipalName), DailyDays = dcountif(bin(TimeGenerated, 1d), ResultType == \"0\"),\n        FirstOk = minif(TimeGenerated, ResultType == \"0\"), LastOk = maxif(TimeGenerated, ResultType == \"0\"), Asn = take_any(tostring(AutonomousSystemNumber)) by UserAgent, IPAddress\n    | where Users == 1 and DailyDays >= {DAILY_DAYS} and LastOk - FirstOk >= 2d and isnotempty(Asn) and Asn != \"0\" and not(Asn in (hostingAsns))\n    | project UserAgent, IPAddress, DailyDays;"));
        // A user's script on their own cloud machines: one app through one cloud network on
        // several days, an app they also use from their own network, for a user without a judged
        // history (Low, as in the app, which needs the script to begin before that history).
        h.line(&format!("let ownClouds = {q}\n    | where ResultType == \"0\" and tostring(AutonomousSystemNumber) in (hostingAsns)\n    | summarize CloudDays = dcount(bin(TimeGenerated, 1d)), FirstOk = min(TimeGenerated), LastOk = max(TimeGenerated) by UserPrincipalName, AppId, Asn = tostring(AutonomousSystemNumber)\n    | where CloudDays >= {CLOUD_DAYS} and LastOk - FirstOk >= 2d\n    | join kind=inner (signins\n        | where ResultType == \"0\" and isnotempty(tostring(AutonomousSystemNumber)) and tostring(AutonomousSystemNumber) != \"0\" and not(tostring(AutonomousSystemNumber) in (hostingAsns))\n        | distinct UserPrincipalName, AppId) on UserPrincipalName, AppId\n    | join kind=leftanti habits on UserPrincipalName\n    | project UserPrincipalName, AppId, Asn, CloudDays;"));
        // (The app's standing automation, a script already running when the loaded files begin,
        // has no counterpart here: in a workspace the days before the window are its history, and
        // a script its users already ran there is the habitual case above.)
        let attack: Vec<String> =
            p.tools.iter().filter(|t| t.kind == ToolKind::AttackTool).map(|t| regex_escape(t.fragment)).collect();
        let offensive = if attack.is_empty() {
            "false".to_owned()
        } else {
            format!("UserAgent matches regex {}", crate::core::kql::kql_verbatim(&format!("(?i)({})", attack.join("|"))))
        };
        let (v4, v6) = (b.prefix_v4_bits, b.prefix_v6_bits);
        // A first-party developer tool non-interactively from Microsoft's cloud counts as the
        // user's own cloud too (a codespace, Cloud Shell; the app also wants the session begun
        // through the tool on the user's compliant or managed device).
        h.let_strings("toolClients", &lists::tool_ids());
        h.shell_starts(&lists::hosting_asns(), crate::core::detect::ctx::SHELL_LINK_HOURS);
        let shell = Hunt::shell_line("toolClients", crate::core::detect::signin::MICROSOFT_CLOUD_ASN);
        h.line(&format!("{q}\n| join kind=leftouter habits on UserPrincipalName\n| join kind=leftouter vouch on UserPrincipalName, IPAddress\n| extend Habitual = ResultType == \"0\" and set_has_element(Agents, UserAgent)\n{}\n| mv-apply v = VouchTimes to typeof(datetime) on (summarize Vouched = countif(abs(v - TimeGenerated) <= 12h) > 0)\n| join kind=leftouter (signins\n    | where ResultType == \"0\" and isnotempty(tostring(DeviceDetail.deviceId)) and (tostring(DeviceDetail.isCompliant) =~ \"true\" or tostring(DeviceDetail.isManaged) =~ \"true\")\n    | extend SiteNet = iff(IPAddress contains \":\", parse_ipv6_mask(IPAddress, {v6}), format_ipv4_mask(IPAddress, {v4}))\n    | distinct SiteUser = UserPrincipalName, SiteNet\n    | extend OwnManagedNet = true) on $left.UserPrincipalName == $right.SiteUser, $left.ActorNet == $right.SiteNet\n| extend AtHome = ResultType == \"0\" and (isnotempty(Nets) and not(NewNetwork) or Vouched or (isempty(Nets) and ActorNet in (orgNets) and coalesce(OwnManagedNet, false)) or IPAddress in (orgEgress))\n| extend Asn = tostring(AutonomousSystemNumber)\n| lookup kind=leftouter ownClouds on UserPrincipalName, AppId, Asn\n{shell}\n| extend OwnCloud = ResultType == \"0\" and (isnotnull(CloudDays) or Shell)\n| summarize SignIns = count(), Successes = countif(ResultType == \"0\"), HabitualSuccesses = countif(Habitual), KnownNetworkSuccesses = countif(AtHome), OwnCloudSuccesses = countif(OwnCloud), Users = dcount(UserPrincipalName),\n    UserSet = make_set(UserPrincipalName, 50), FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by UserAgent, IPAddress, bin(TimeGenerated, 1d)\n| lookup kind=leftouter daily on UserAgent, IPAddress\n| extend Offensive = {offensive}\n// Lantern also makes it Low when {SHARED_AGENT_USERS} users or more ran the tool successfully from the address on {SHARED_AGENT_DAYS} days or more of the\n// loaded logs and no sign-in from it failed with 50126, 50034 or 50053 (a shared build agent or jump box).\n| extend Severity = case(Offensive and Successes > 0, \"high\",\n    Successes > 0 and HabitualSuccesses == Successes, \"info\",\n    Successes > 0 and (KnownNetworkSuccesses == Successes or isnotnull(DailyDays) or OwnCloudSuccesses == Successes), \"low\",\n    Offensive or Successes > 0, \"medium\", \"low\")\n| sort by SignIns desc", Hunt::new_network_line(b.prefix_v4_bits, b.prefix_v6_bits, "UserPrincipalName", "IPAddress")));
    }
}

/// True when the user of row `r` already signed in successfully with this tool in their judged
/// history (learning window, up to a day before): a developer's or an automation's routine.
fn routine(cx: &Ctx, tool: Tool, r: u32) -> bool {
    let Some(s) = cx.subjects.get(cx.subj(r) as usize) else { return false };
    judged_history(cx, s, cx.st(r))
        .is_some_and(|h| h.iter().any(|&q| cx.s(q, S::UserAgent).to_ascii_lowercase().contains(tool.fragment)))
}

/// True when the user of row `r` has a judged history and the row's network is in it.
fn known_network(cx: &Ctx, r: u32) -> bool {
    cx.subjects.get(cx.subj(r) as usize).is_some_and(|s| on_known_network(cx, s, r))
}

/// Row `r` came from one of the organisation's own sites ([`org_site`]) and its user, too new to
/// judge, signed in there on their own compliant or managed device (any time in the loaded logs):
/// an IT admin's first PowerShell at the hospital before any history. A user with a judged
/// history is judged by it; stolen credentials scripted from the site's guest Wi-Fi or a carrier
/// network that many colleagues' phones share have no managed device of that user there.
fn own_site(cx: &Ctx, r: u32) -> bool {
    use crate::core::detect::signin::managed_device;
    let Some(s) = cx.subjects.get(cx.subj(r) as usize) else { return false };
    let net = |q: u32| cx.ips.get(cx.ip[q as usize] as usize).and_then(|i| i.parsed).and(cx.ip_net.get(cx.ip[q as usize] as usize).copied());
    org_site(cx, cx.ip_text(r))
        && judged_history(cx, s, cx.st(r)).is_none()
        && net(r).is_some_and(|n| s.rows.iter().any(|&q| cx.ok(q) && managed_device(cx, q) && net(q) == Some(n)))
}

/// Days a script must recur on, for one user from one address, to be their habit.
const DAILY_DAYS: usize = 3;

/// The days of the successes of `ep` (one address) when every attempt, failures included, is one
/// user's, the successes fall on [`DAILY_DAYS`] days or more spanning two days, and the address
/// is not on a cloud, hosting or VPN network (where a stolen refresh token is scripted from
/// too). A spray's one winner among failures of others is not one user's script.
fn daily_days(cx: &Ctx, ep: &[u32]) -> Option<u32> {
    let &first = ep.first()?;
    let subject = cx.subj(first);
    let asn = cx.asn(first);
    if subject == NONE || asn == NO_INT || lists::hosting_asn(asn) || !ep.iter().all(|&r| cx.subj(r) == subject) {
        return None;
    }
    let oks: Vec<i64> = ep.iter().filter(|&&r| cx.ok(r)).map(|&r| cx.st(r)).collect();
    let (days, span) = days_and_span(&oks);
    (days >= DAILY_DAYS && span >= 2 * DAY_MS).then_some(days as u32)
}

/// Days a script must run on, from one address for the same few users, to be a standing
/// automation when the loaded logs begin with it.
const STEADY_DAYS: usize = 7;

/// The most users a standing automation's address serves (a shared automation host).
const STEADY_USERS: usize = 3;

/// A script that was already running when the loaded logs begin: `rows` (one tool, one address,
/// all the loaded logs) start fewer than `learning_days` after the first loaded sign-in, when
/// none of their users has a judged history yet, so nothing can say whether they are new; they
/// succeed on [`STEADY_DAYS`] days or more (spanning six days or more), and every attempt is by
/// one of at most [`STEADY_USERS`] users, each of whom succeeded (a spray's winner among others'
/// failures is not an automation). Cloud and hosting addresses count: a service account's
/// runbook or a developer's VM lives there. Returns the days, the days the logs cover before the
/// first row, and the last success.
fn steady(cx: &Ctx, rows: &[u32]) -> Option<Steady> {
    let &first = rows.first()?;
    let start = cx.by_time.first().map_or(cx.st(first), |&q| cx.st(q));
    let before = (cx.st(first) - start).div_euclid(DAY_MS);
    if before >= cx.cfg.learning_days as i64 || cx.ip[first as usize] == NONE {
        return None;
    }
    let mut users: Vec<(u32, bool)> = Vec::new();
    for &r in rows {
        let u = cx.subj(r);
        if u == NONE {
            return None;
        }
        match users.iter().position(|x| x.0 == u) {
            Some(i) => users[i].1 |= cx.ok(r),
            None if users.len() < STEADY_USERS => users.push((u, cx.ok(r))),
            None => return None,
        }
    }
    // Every user succeeded, and none had a history that could judge the script when it began
    // (a script that starts once a user's history exists is new, and judged as such).
    let t0 = cx.st(first);
    let unjudged = |u: u32| cx.subjects.get(u as usize).is_some_and(|s| judged_history(cx, s, t0).is_none());
    if !users.iter().all(|x| x.1 && unjudged(x.0)) {
        return None;
    }
    let oks: Vec<i64> = rows.iter().filter(|&&r| cx.ok(r)).map(|&r| cx.st(r)).collect();
    let (days, span) = days_and_span(&oks);
    // Seven days in a row span six days and a bit.
    (days >= STEADY_DAYS && span >= (STEADY_DAYS as i64 - 1) * DAY_MS).then(|| Steady {
        days: days as u32,
        before: before as u32,
        last: oks.last().copied().unwrap_or_default(),
        operator: None,
    })
}

/// What [`steady`] found.
#[derive(Clone, Copy)]
struct Steady {
    days: u32,
    before: u32,
    last: i64,
    /// Judged over every address of this network operator (its ASN), not one address.
    operator: Option<u32>,
}

/// Standing automations whose address changes with every run: per (tool, user, ASN) of a
/// network operator that is not a cloud, hosting or VPN network (a ship's satellite link, a
/// mobile carrier's pool), the [`steady`] verdict over all of that user's runs of the tool
/// through it — when every attempt at each of those addresses is that user's (a spray's one
/// winner among others' failures is no automation). A script from a rented server is judged
/// by its address alone.
fn roaming_automations(cx: &Ctx, groups: &HashMap<(usize, u32), Vec<u32>>) -> HashMap<(usize, u32, u32), Steady> {
    let mut by_user: HashMap<(usize, u32, u32), Vec<u32>> = HashMap::new();
    for ((tool, _), rows) in groups {
        let Some(&first) = rows.first() else { continue };
        let (u, asn) = (cx.subj(first), cx.asn(first));
        if u == NONE || asn == NO_INT || asn == 0 || lists::hosting_asn(asn) || !rows.iter().all(|&r| cx.subj(r) == u && cx.asn(r) == asn) {
            continue;
        }
        by_user.entry((*tool, u, asn)).or_default().extend_from_slice(rows);
    }
    by_user
        .into_iter()
        .filter_map(|(k, mut rows)| {
            rows.sort_unstable_by_key(|&r| (cx.st(r), r));
            steady(cx, &rows).map(|s| (k, Steady { operator: Some(k.2), ..s }))
        })
        .collect()
}

/// Days a user's script must sign in to one app through one cloud network, in the whole
/// loaded log, to be their own cloud machines' routine.
const CLOUD_DAYS: usize = 3;

/// (tool, user, ASN, app) of a scripted success through a cloud, hosting or VPN network.
type CloudKey = (usize, u32, u32, u32);

fn cloud_key(cx: &Ctx, tool: usize, r: u32) -> CloudKey {
    (tool, cx.subj(r), cx.asn(r), cx.sym(r, S::AppId).0)
}

/// A developer's scripts on their own cloud machines (virtual machines, Codespaces, Cloud Shell),
/// whose addresses change every day: per [`CloudKey`], the times of the scripted successes in
/// the whole loaded log; and per (user, app), whether the user also signed in to that app from a
/// network that is not a cloud, hosting or VPN one (their desk).
#[derive(Default)]
struct Clouds {
    days: HashMap<CloudKey, Vec<i64>>,
    desk: HashMap<(u32, u32), bool>,
}

impl Clouds {
    /// The days on which the script of row `r` signed in to its app through its cloud network,
    /// when they are [`CLOUD_DAYS`] or more spanning two days, the first came before the user had
    /// a judged history, and the user also uses that app from their desk.
    fn habit(&mut self, cx: &Ctx, tool: usize, r: u32) -> Option<usize> {
        let times = self.days.get_mut(&cloud_key(cx, tool, r))?;
        times.sort_unstable();
        let (days, span) = days_and_span(times);
        // Begun before the user had a history to judge it (the logs' first days, a new
        // account): a script that starts once a history exists is new, and judged as such.
        let subject = cx.subjects.get(cx.subj(r) as usize)?;
        if days < CLOUD_DAYS || span < 2 * DAY_MS || judged_history(cx, subject, times[0]).is_some() {
            return None;
        }
        let app = cx.sym(r, S::AppId);
        let desk = *self.desk.entry((cx.subj(r), app.0)).or_insert_with(|| {
            cx.subjects.get(cx.subj(r) as usize).is_some_and(|s| {
                s.rows.iter().any(|&q| {
                    cx.ok(q) && cx.sym(q, S::AppId) == app && cx.asn(q) != NO_INT && cx.asn(q) != 0 && !lists::hosting_asn(cx.asn(q))
                })
            })
        });
        desk.then_some(days)
    }
}

/// Users who must run the same tool successfully from one address, on [`SHARED_AGENT_DAYS`] days or
/// more, for it to be the organisation's shared build agent or jump box ([`shared_agent`]).
const SHARED_AGENT_USERS: usize = 5;
const SHARED_AGENT_DAYS: usize = 2;

/// Wrong password, unknown user, locked by smart lockout: a password guessed from the address.
const GUESSED: [u32; 3] = [50126, 50034, 50053];

/// (users, days) when [`SHARED_AGENT_USERS`] users or more ran the tool successfully from one address
/// (`rows`: the tool's sign-ins from it) on [`SHARED_AGENT_DAYS`] days or more of the loaded logs, and
/// no sign-in from the address, with any client, failed with a guessed password ([`GUESSED`]): a build
/// agent or jump box many developers share. A spray through a scripting client fails from its address
/// far more often than it succeeds.
fn shared_agent(cx: &Ctx, rows: &[u32]) -> Option<(usize, usize)> {
    let ip = cx.ip[*rows.first()? as usize];
    let (mut users, mut days) = (HashSet::new(), HashSet::new());
    for &q in rows.iter().filter(|&&q| cx.ok(q)) {
        users.insert(cx.subj(q));
        days.insert(cx.st(q).div_euclid(DAY_MS));
    }
    if users.len() < SHARED_AGENT_USERS || days.len() < SHARED_AGENT_DAYS || ip == NONE {
        return None;
    }
    let guessed = cx.ips.get(ip as usize)?.rows.iter().any(|&q| GUESSED.contains(&cx.code(q)));
    (!guessed).then_some((users.len(), days.len()))
}

fn episode(
    cx: &Ctx,
    (ti, tool): (usize, Tool),
    ep: Vec<u32>,
    (steady, daily_all, shared): (Option<Steady>, Option<u32>, Option<(usize, usize)>),
    clouds: &mut Clouds,
) -> Draft {
    let offensive = tool.kind == ToolKind::AttackTool;
    let oks: Vec<u32> = ep.iter().copied().filter(|&r| cx.ok(r)).collect();
    // A scripting client its users already used (their history shows it) is their routine.
    let habitual = !offensive && !oks.is_empty() && oks.iter().all(|&r| routine(cx, tool, r));
    // A script whose every success came from a network its user already signs in from (their
    // office or home), from one of the organisation's own sites (an IT admin's PowerShell at
    // the hospital on the logs' first day, before any history), or from one of its egress
    // addresses (an admin on the company's virtual desktops), is a person trying a script at
    // their desk, not a stolen password used from elsewhere: Low, and said.
    let at_home = !offensive && !habitual && !oks.is_empty() && {
        // Once per user and address: an automation's thousands of successes share a few.
        let mut seen: HashMap<(u32, u32), bool> = HashMap::new();
        let mut vouchers: HashMap<(u32, u32), Vec<i64>> = HashMap::new();
        oks.iter().all(|&r| {
            let key = (cx.subj(r), cx.ip[r as usize]);
            *seen.entry(key).or_insert_with(|| known_network(cx, r) || own_site(cx, r) || org_egress(cx, r)) || {
                let times = vouchers.entry(key).or_insert_with(|| {
                    managed_times(cx, r, |q| cx.s(q, S::UserAgent).to_ascii_lowercase().contains(tool.fragment))
                });
                vouched(times, cx.st(r))
            }
        })
    };
    // One user's script from one address on several days: a scheduled job or a developer's
    // daily work, even when the loaded logs begin too late to show it in their history.
    let daily = (!offensive && !habitual && !at_home).then(|| daily_days(cx, &ep).or(daily_all)).flatten();
    // Already running when the loaded logs begin, and every day since: a standing automation.
    let steady = steady.filter(|_| !offensive && !habitual && !at_home && daily.is_none());
    // Every success is a user's script on their own cloud machines: the same app through the
    // same cloud network on several days of the loaded logs, an app they also use at their desk.
    let cloud = (!offensive && !habitual && !at_home && daily.is_none() && steady.is_none() && !oks.is_empty())
        .then(|| oks.iter().map(|&r| clouds.habit(cx, ti, r)).collect::<Option<Vec<usize>>>())
        .flatten()
        .and_then(|d| d.into_iter().min());
    // Every success is the developer tool in its user's own cloud shell (a codespace, Cloud
    // Shell), in a session they began through it on their own managed device.
    let shell = !offensive && !habitual && !oks.is_empty() && oks.iter().all(|&r| cx.cloud_dev(r));
    // Many of the organisation's people running the same tool from one address on several days,
    // with no wrong password from it: their shared build agent or jump box.
    let agent = shared.filter(|_| {
        !offensive && !habitual && !at_home && daily.is_none() && steady.is_none() && cloud.is_none() && !shell && !oks.is_empty()
    });
    let excuse = if habitual {
        Excuse::Habitual
    } else if at_home {
        Excuse::AtHome
    } else if let Some(n) = daily {
        Excuse::Daily(n)
    } else if let Some(s) = steady {
        Excuse::Steady(s)
    } else if let Some(n) = cloud {
        Excuse::Cloud(n)
    } else if shell {
        Excuse::Shell
    } else if let Some((users, days)) = agent {
        Excuse::Agent(users, days)
    } else {
        Excuse::None
    };
    let sev = match (offensive, oks.is_empty()) {
        (true, false) => Severity::High,
        (false, false) if habitual => Severity::Info,
        (false, false) if at_home || daily.is_some() || steady.is_some() || cloud.is_some() || shell || agent.is_some() => {
            Severity::Low
        }
        (true, true) | (false, false) => Severity::Medium,
        (false, true) => Severity::Low,
    };
    let ip = cx.s(ep[0], S::Ip);
    let users = users_of(cx, &ep);
    let winners = users_of(cx, &oks);
    let label = tool.label;
    let mut d = Draft::new(format!("{label}-{ip}"), sev);
    let from = if ip.is_empty() { "an unknown IP" } else { ip };
    d.title = format!("{label} sign-ins from {from}");
    d.why = format!(
        "{} sign-ins with a {} user agent (“{}”) from {from} ({}) between {} and {}, for {}; {} succeeded{}{}.",
        ep.len(),
        if offensive { "known attack-tool" } else { "scripting" },
        cx.s(ep[0], S::UserAgent).chars().take(60).collect::<String>(),
        place(cx, ep[0]),
        hm(cx.st(ep[0])),
        hm(cx.st(ep[ep.len() - 1])),
        plural(users.len(), "user", "users"),
        oks.len(),
        if winners.is_empty() { String::new() } else { format!(" ({})", list(&winners, 3)) },
        excuse_text(cx, excuse, &oks)
    );
    d.next_steps = "Find out whether this is a known automation (then allow-list its app or IP); otherwise treat the \
                    accounts that succeeded as compromised."
        .into();
    d.users = winners;
    d.users.extend(users);
    d.ips = vec![ip.to_owned()];
    d.signins = ep;
    d
}

/// Why an episode is lower than Medium, as [`episode`] found it.
#[derive(Clone, Copy)]
enum Excuse {
    None,
    Habitual,
    AtHome,
    Daily(u32),
    Steady(Steady),
    Cloud(usize),
    Shell,
    Agent(usize, usize),
}

/// The why-sentence's tail for `excuse`.
fn excuse_text(cx: &Ctx, excuse: Excuse, oks: &[u32]) -> String {
    match excuse {
        Excuse::Habitual => {
        "; every user who succeeded already used this client in the previous days (routine)".to_owned()
        }
        Excuse::AtHome => {
        "; every success came from a network its user already signs in from, from one of the organisation's own \
         sites or egress addresses (where many colleagues sign in on compliant or managed devices: an office, the \
         company's virtual desktops or proxy), or from an address where the same \
         user also signed in on a compliant or managed device within 12 hours (so Low)"
            .to_owned()
        }
        Excuse::Daily(n) => {
        format!("; one user ran it from this address on {n} days (a scheduled or daily script, so Low)")
        }
        Excuse::Steady(s) => {
        format!(
            "; it began {} after the loaded logs do, before its users had a history to judge it by, and they ran \
             it from {} on {} days, the last at {}: a standing automation or a developer's routine, so \
             Low — confirm it is known",
            plural(s.before as usize, "day", "days"),
            s.operator.map_or_else(
                || "this address".to_owned(),
                |asn| format!("addresses of AS{asn} (a network operator whose addresses change; no one else's attempts there)")
            ),
            s.days,
            hm(s.last)
        )
        }
        Excuse::Cloud(n) => {
        format!(
            "; its user's script signed in to {} through AS{} (a cloud network whose addresses change) on {n} days of the loaded logs, an app they also use from their own network: their own cloud machines, so Low",
            cx.s(oks[0], S::App),
            cx.asn(oks[0])
        )
        }
        Excuse::Agent(users, days) => {
        format!(
            "; {users} users of the organisation ran it from this address on {days} days of the loaded logs, and no \
             sign-in from it failed with a wrong password or an unknown user: their shared build agent or jump box, so Low \
             — one address redeeming many people's phished tokens would look the same: check that they are its developers"
        )
        }
        Excuse::Shell => {
        format!(
            "; every success was {} itself, non-interactively, from Microsoft's own cloud (AS8075), in a session its \
             user began through it on their own compliant or managed device, not by device code: a codespace, Azure \
             Cloud Shell or an Azure VM, most likely, so Low — a phished authorization code redeemed from Azure looks \
             the same: ask the user",
            cx.s(oks[0], S::App)
        )
        }
        Excuse::None => String::new(),
    }
}
