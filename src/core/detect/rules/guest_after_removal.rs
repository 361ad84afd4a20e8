//! `guest_after_removal`: a guest account taken out of a group (a project's end, a contract's
//! end) that signs in afterwards from a network it never used before — the off-boarding that
//! removed the guest's group but left the account enabled, used by its former holder from home or
//! by whoever has its password. A guest who keeps working through other groups signs in from the
//! networks it always used.

use hashbrown::HashSet;

use crate::core::{
    detect::{
        DetectConfig, Severity, lists,
        audit::{base, by, is, kql_source, success, targets, timed_rows_where, tkind, tname},
        ctx::{Ctx, Subject},
        net,
        rule::{Allow, Draft, Meta, Needs, Out, Reads, Rule},
        rules::RuleId,
        signin::{DAY_MS, distinct, place},
        text::{hm, list},
    },
    kql::hunt::Hunt,
    model::{NO_INT, SignInField as S, intern::Sym},
};

pub struct GuestAfterRemoval;

pub struct Params {
    pub prefix_v4_bits: u8,
    pub prefix_v6_bits: u8,
    pub allow: Allow,
}

/// How long after the removal a sign-in must come to count: the guest's sessions still open at
/// the removal refresh for a while, and an administrator tidying groups mid-day sees the guest
/// finish the day.
const AFTER_MS: i64 = DAY_MS;

/// How near (hours, either way, around the clock) a sign-in's hour of the day must be to one of the
/// guest's sign-ins before the removal to be one of its usual hours.
const HOUR_MARGIN: i64 = 2;

impl Rule for GuestAfterRemoval {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::GuestAfterRemoval,
        title: "Guest used after removal",
        description: "A guest account removed from a group (a project or a contract ended) that signs in successfully a day or more later from a network operator and network it never signed in from before the removal — the account left enabled, used by its former holder or by whoever has its password.",
        mitre: &["T1078.004", "T1199"],
        severity: "Medium when a sign-in after the removal comes from a country the guest never signed in from before it, through a cloud, hosting or VPN network, or at an hour of the day (UTC) more than 2 h from every sign-in of the guest before the removal; else Low",
        config: &["prefix_v4_bits", "prefix_v6_bits", "allow_users", "allow_ips", "allow_asns"],
        reads: Reads::Both,
        needs: Needs::TimeAndUser,
        source: "Lantern's own (the off-boarding gap Entra access reviews leave when they remove a guest from a group but not from the tenant); no peer rule in the catalogue joins a removal with later sign-ins",
        lookback_days: 14,
    };

    fn params(cfg: &DetectConfig) -> Params {
        Params {
            prefix_v4_bits: cfg.prefix_v4_bits,
            prefix_v6_bits: cfg.prefix_v6_bits,
            allow: Allow::none().users(cfg).nets(cfg),
        }
    }

    fn thresholds(p: &Params) -> String {
        format!(
            "a successful \"Remove member from group\" whose user target is a guest (#EXT#), then a successful sign-in of that \
             guest ≥ {} h later through a network operator (ASN, else /{} or /{} network) none of its successful sign-ins before \
             the removal used, when it had one or more in the loaded logs; Medium when one such sign-in is from a country none \
             of those used, through a cloud, hosting or VPN network, or at an hour of the day (UTC) more than {HOUR_MARGIN} h from \
             each of theirs, else Low{}",
            AFTER_MS / 3_600_000,
            p.prefix_v4_bits,
            p.prefix_v6_bits,
            p.allow.sentence()
        )
    }

    fn run(p: &Params, cx: &Ctx, out: &mut Out) {
        let mut done: Vec<String> = Vec::new();
        for r in timed_rows_where(cx, |r, a| is("group_remove", a) && success(cx, r)) {
            let t = cx.at(r);
            for guest in removed_guests(cx, r) {
                let Some(s) = subject_of(cx, &guest) else { continue };
                // One judgement per guest: its first removal with sign-ins before it.
                if s.allowed || done.contains(&s.name) {
                    continue;
                }
                let judged = s.rows.iter().take_while(|&&q| cx.st(q) < t).any(|&q| cx.ok(q) && !cx.net_ok(q));
                if judged {
                    done.push(s.name.clone());
                }
                if let Some(d) = used_after(p, cx, s, r, t, &guest) {
                    out.add(cx, d);
                }
            }
        }
    }

    fn hunting(p: &Params, h: &mut Hunt) {
        h.audits();
        h.signins(&[]);
        h.line(&format!(
            "let removals = {}\n    | mv-expand Target = TargetResources\n    | extend Guest = tolower(tostring(Target.userPrincipalName))\n    | where Guest contains \"#ext#\"\n    | extend Home = replace_regex(tostring(split(Guest, \"#ext#\")[0]), @\"_([^_]*)$\", @\"@\\1\")\n    | summarize RemovedAt = min(TimeGenerated), RemovedBy = take_any(Actor) by Guest, Home;",
            kql_source("group_remove", &[]).replace('\n', "\n    ")
        ));
        h.line(&format!(
            "let guestSignins = signins\n    | where ResultType == \"0\"\n    | extend User = tolower(UserPrincipalName), Asn = tostring(AutonomousSystemNumber),\n        Net = iff(IPAddress contains \":\", parse_ipv6_mask(IPAddress, {}), format_ipv4_mask(IPAddress, {}))\n    | join kind=inner (removals | extend User = Guest | union (removals | extend User = Home)) on User;",
            p.prefix_v6_bits, p.prefix_v4_bits
        ));
        let mut q = String::from(
            "let before = guestSignins\n    | where TimeGenerated < RemovedAt\n    | summarize Asns = make_set(Asn, 100), Nets = make_set(Net, 100) by User;\nguestSignins\n| where TimeGenerated >= RemovedAt + 1d",
        );
        for c in p.allow.signin_clauses() {
            q.push('\n');
            q.push_str(&c);
        }
        h.line(&format!("{q}\n| join kind=inner before on User\n| where iff(isnotempty(Asn) and Asn != \"0\", not(set_has_element(Asns, Asn)), not(set_has_element(Nets, Net)))\n| summarize SignIns = count(), Ips = make_set(IPAddress, 10), Apps = make_set(AppDisplayName, 10), FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by User, RemovedAt, RemovedBy\n| sort by FirstSeen asc"));
    }
}

/// The guests (#EXT# names) among a removal's user targets.
fn removed_guests(cx: &Ctx, r: u32) -> Vec<String> {
    targets(cx, r)
        .iter()
        .filter(|t| tkind(cx, t) == "user" || !t.upn.is_empty())
        .map(|t| tname(cx, t))
        .filter(|n| n.to_lowercase().contains("#ext#"))
        .collect()
}

/// The guest's sign-ins: under its directory name, else its home address (`name_partner.example#EXT#@tenant`
/// signs in as `name@partner.example` in some exports).
fn subject_of<'c>(cx: &'c Ctx, guest: &str) -> Option<&'c Subject> {
    cx.subject_named(guest).or_else(|| {
        let lower = guest.to_lowercase();
        let local = &lower[..lower.find("#ext#")?];
        let (name, domain) = local.rsplit_once('_')?;
        cx.subject_named(&format!("{name}@{domain}"))
    })
}

fn used_after(p: &Params, cx: &Ctx, s: &Subject, removal: u32, t: i64, guest: &str) -> Option<Draft> {
    // A network operator, else (no ASN in the export) the address's network.
    let key = |r: u32| {
        let asn = cx.asn(r);
        if asn != NO_INT && asn != 0 {
            Some((0u8, u128::from(asn)))
        } else {
            cx.ips
                .get(cx.ip[r as usize] as usize)
                .and_then(|i| i.parsed)
                .map(|ip| (1u8, net::prefix_key(ip, p.prefix_v4_bits, p.prefix_v6_bits)))
        }
    };
    let ok = |r: u32| cx.ok(r) && !cx.net_ok(r);
    // The guest's sign-ins before the removal: their networks, countries and hours of the day (UTC).
    let before: Vec<u32> = s.rows.iter().copied().take_while(|&r| cx.st(r) < t).filter(|&r| ok(r)).collect();
    let known: HashSet<(u8, u128)> = before.iter().copied().filter_map(key).collect();
    let countries: HashSet<Sym> = before.iter().map(|&r| cx.sym(r, S::Country)).collect();
    let hour = |r: u32| cx.st(r).rem_euclid(DAY_MS) / 3_600_000;
    let mut hours = [false; 24];
    for &r in &before {
        hours[hour(r) as usize] = true;
    }
    if known.is_empty() {
        return None;
    }
    let later: Vec<u32> = s
        .rows
        .iter()
        .copied()
        .filter(|&r| cx.st(r) >= t + AFTER_MS && ok(r))
        .filter(|&r| key(r).is_some_and(|k| !known.contains(&k)))
        .collect();
    let &first = later.first()?;
    // What makes it a stranger's use rather than the guest at another desk of its own: a country,
    // a rented network, or an hour of the day its sign-ins before the removal never had.
    let odd_hour = |r: u32| !(-HOUR_MARGIN..=HOUR_MARGIN).any(|d| hours[(hour(r) + d).rem_euclid(24) as usize]);
    let new_country = |r: u32| {
        let c = cx.sym(r, S::Country);
        !c.is_empty() && !countries.contains(&c)
    };
    let sign = later.iter().copied().find_map(|r| {
        if new_country(r) {
            Some(format!("from a country it never signed in from before ({})", place(cx, r)))
        } else if lists::hosting_asn(cx.asn(r)) {
            Some(format!("through a cloud, hosting or VPN network (AS{})", cx.asn(r)))
        } else if odd_hour(r) {
            Some(format!("at {} UTC, an hour of the day none of its sign-ins before the removal came near", hour(r)))
        } else {
            None
        }
    });
    let sev = if sign.is_some() { Severity::Medium } else { Severity::Low };
    let mut d: Draft = base(cx, &format!("{}-{}", s.name, cx.at(removal)), sev, removal);
    d.title = format!("Guest {} used after its removal from a group", s.name);
    d.why = format!(
        "{} removed the guest {guest} from a group at {}; {} later, at {}, it signed in successfully from {} ({}{}) — a \
         network it never signed in from before the removal{}. {} sign-in{} from such networks followed the removal ({}){}. \
         A removal that leaves the account enabled leaves it usable: by its former holder, or by whoever has its password.",
        by(cx, removal),
        hm(t),
        days_text(cx.st(first) - t),
        hm(cx.st(first)),
        cx.ip_text(first),
        place(cx, first),
        if cx.asn(first) == NO_INT { String::new() } else { format!(", AS{}", cx.asn(first)) },
        if cx.sym(first, S::App).is_empty() { String::new() } else { format!(", to {}", cx.s(first, S::App)) },
        later.len(),
        if later.len() == 1 { "" } else { "s" },
        list(&distinct(cx, &later, S::Ip), 3),
        match &sign {
            Some(x) => format!(", one {x}"),
            None => "; each from its own country, off rented networks, at its usual hours, so Low: the guest at another \
                     desk of its own, most likely"
                .to_owned(),
        },
    );
    d.next_steps = "Confirm with the guest's sponsor whether its access should have ended; if so, block sign-in for the \
                    account, revoke its sessions, remove it from the tenant, and review what it opened after the removal."
        .into();
    d.users = vec![s.name.clone()];
    d.signins = later;
    for ip in distinct(cx, &d.signins, S::Ip) {
        if !d.ips.contains(&ip) {
            d.ips.push(ip);
        }
    }
    Some(d)
}

/// "2 days" / "5 hours" from a span in ms.
fn days_text(ms: i64) -> String {
    let h = ms / 3_600_000;
    if h >= 48 { format!("{} days", h / 24) } else { format!("{h} hours") }
}
