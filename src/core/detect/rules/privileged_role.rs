//! `privileged_role`: a privileged directory role assigned (outside PIM, the first time, in
//! bulk), and subscription access elevation by a Global Administrator.

use hashbrown::HashMap;

use crate::core::{
    detect::{
        DetectConfig, Severity,
        audit::{MS_PIM_APP_ID, actor, activity, base, bulk_groups, by, detail, distinct_targets, is_role_add, kql_source, principal, role_name, rows_where, success},
        ctx::Ctx,
        rule::{Allow, Draft, Meta, Needs, Out, Reads, Rule},
        rules::RuleId,
        signin::{DAY_MS, MIN_MS},
        text::{hm, list, plural},
    },
    kql::hunt::Hunt,
    model::{AuditField as A, NO_TIME},
};

pub struct PrivilegedRole;

pub struct Params {
    pub roles: Vec<String>,
    pub bulk_min_targets: u32,
    pub bulk_window_min: u32,
    pub learning_days: u32,
    pub allow: Allow,
}

impl Params {
    fn is_privileged(&self, role: &str) -> bool {
        self.roles.iter().any(|p| p.eq_ignore_ascii_case(role.trim()))
    }
}

impl Rule for PrivilegedRole {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::PrivilegedRole,
        title: "Privileged role assigned",
        description: "A privileged directory role assigned; High outside PIM or the first time for that principal, High in bulk; also subscription access elevation.",
        mitre: &["T1098.003"],
        severity: "High outside PIM, in bulk, or for access elevation; Low the first time through PIM; other admin roles Low",
        config: &["privileged_roles", "bulk_role_min_targets", "bulk_window_min", "learning_days", "allow_users"],
        reads: Reads::Audits,
        needs: Needs::Nothing,
        source: "Sentinel UserAssignedPrivilegedRole / DirectoryRoleAssignedOutsidePIM (AU1, AU2)",
        lookback_days: 7,
    };

    fn params(cfg: &DetectConfig) -> Params {
        Params {
            roles: cfg.privileged_roles.clone(),
            bulk_min_targets: cfg.bulk_role_min_targets,
            bulk_window_min: cfg.bulk_window_min,
            learning_days: cfg.learning_days,
            allow: Allow::none().users(cfg),
        }
    }

    fn thresholds(p: &Params) -> String {
        format!(
            "role in the privileged list ({} roles): High outside PIM, Low the first time through PIM in {} days; other admin \
             roles Low; bulk: ≥ {} distinct targets by one actor (not PIM activations, nor the directory applying PIM operations for MS-PIM's app id) within {} min; any access elevation \
             (Microsoft.Authorization/elevateAccess) High{}",
            p.roles.len(),
            p.learning_days,
            p.bulk_min_targets,
            p.bulk_window_min,
            p.allow.sentence()
        )
    }

    fn run(p: &Params, cx: &Ctx, out: &mut Out) {
        let privileged_rows = assignments(p, cx, out);
        bulk(p, cx, &privileged_rows, out);
        elevations(cx, out);
    }

    fn hunting(p: &Params, h: &mut Hunt) {
        h.audits();
        h.let_strings("privilegedRoles", &p.roles);
        h.line(&kql_source("role_add", &[]));
        h.line("| mv-apply TargetResource = TargetResources on (\n    where tostring(TargetResource.type) in~ (\"User\", \"ServicePrincipal\")\n    | extend Target = iff(tostring(TargetResource.type) =~ \"ServicePrincipal\", tostring(TargetResource.displayName), tostring(TargetResource.userPrincipalName)),\n        RoleProps = TargetResource.modifiedProperties\n    )\n| mv-apply Property = RoleProps on (\n    where tostring(Property.displayName) =~ \"Role.DisplayName\"\n    | extend RoleName = trim(@'\"', tostring(Property.newValue))\n    )");
        for c in p.allow.audit_clauses(&["Target"], &[]) {
            h.line(&c);
        }
        h.line(&format!(
            "| extend Privileged = RoleName in~ (privilegedRoles), ThroughPim = (OperationName has \"PIM\" and OperationName !has \"outside of PIM\") or LoggedByService =~ \"PIM\"\n| where Privileged or RoleName contains \"Admin\"\n| summarize Assignments = count(), TargetSet = make_set(Target, 50), Roles = make_set(RoleName, 20), OutsidePim = countif(Privileged and not(ThroughPim)), Activations = countif(OperationName contains \"PIM activation\" or tostring(InitiatedBy.app.appId) == \"{MS_PIM_APP_ID}\"),\n    FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by Actor, ActorIp, bin(TimeGenerated, {}m)\n| extend Bulk = array_length(TargetSet) >= {} and Activations < Assignments\n| sort by OutsidePim desc, Assignments desc",
            p.bulk_window_min.max(1),
            p.bulk_min_targets
        ));
        h.line(&format!("// The first time a principal gets a role counts against the previous {} days.", p.learning_days));
    }
}

/// One finding per role assignment; returns the rows of privileged ones an actor made (for
/// bulk).
fn assignments(p: &Params, cx: &Ctx, out: &mut Out) -> Vec<u32> {
    let learn_ms = p.learning_days as i64 * DAY_MS;
    let mut last_seen: HashMap<(String, String), i64> = HashMap::new();
    let mut priv_rows = Vec::new();
    for r in rows_where(cx, |r, a| is_role_add(a) && success(cx, r)) {
        let role = role_name(cx, r);
        let who = principal(cx, r);
        let t = cx.at(r);
        let key = (who.to_lowercase(), role.to_lowercase());
        // Without a time, "first" cannot be judged (and is not claimed).
        let first = t != NO_TIME && last_seen.get(&key).is_none_or(|&t0| t.saturating_sub(t0) > learn_ms);
        if t != NO_TIME {
            last_seen.insert(key, t);
        }
        if cx.upn_allowed(&who) {
            continue;
        }
        let privileged = p.is_privileged(&role);
        // PIM activations are each person activating a role they were made eligible for: a busy
        // morning of them is not one actor handing out roles. (Told by the activity, not by the
        // actor's name, which any app could take.)
        if privileged && !activity(cx, r).contains("(pim activation)") && !applied_by_pim(cx, r) {
            priv_rows.push(r);
        }
        let d = assignment(p, cx, r, &role, &who, privileged, first);
        out.add(cx, d);
    }
    priv_rows
}


/// Row `r` is the directory applying a PIM operation (an activation, or an assignment someone
/// requested in PIM, whose own audit entry names them): Core Directory's "Add member to role"
/// initiated by MS-PIM's app id. A morning of these is many people activating, not one actor
/// handing out roles.
fn applied_by_pim(cx: &Ctx, r: u32) -> bool {
    cx.a(r, A::ActorAppId).trim().eq_ignore_ascii_case(MS_PIM_APP_ID)
}

fn assignment(p: &Params, cx: &Ctx, r: u32, role: &str, who: &str, privileged: bool, first: bool) -> Draft {
    let a = activity(cx, r);
    // "Add member to role outside of PIM" names PIM but is exactly not through it.
    let pim = (a.contains("pim") && !a.contains("outside of pim"))
        || cx.a(r, A::Service).eq_ignore_ascii_case("PIM")
        || actor(cx, r).eq_ignore_ascii_case("MS-PIM");
    let sev = match (privileged, pim, first) {
        (true, false, _) => Severity::High,
        (true, true, true) => Severity::Low,
        (false, false, _) if role.to_lowercase().contains("admin") => Severity::Low,
        _ => Severity::Info,
    };
    let role_txt = if role.is_empty() { "a role" } else { role };
    let mut d = base(cx, &format!("{who}-{role}"), sev, r);
    d.title = format!("{role_txt} assigned to {}", if who.is_empty() { "an unknown principal" } else { who });
    d.why = format!(
        "{} {} {role_txt} at {}: “{}” by {}{}{}.",
        if who.is_empty() { "A principal" } else { who },
        if a.contains("eligible") { "was made eligible for" } else { "was given" },
        hm(cx.at(r)),
        cx.a(r, A::Activity),
        by(cx, r),
        if pim { ", through PIM" } else { ", outside PIM" },
        if first {
            format!(", the first time this principal got this role in {} days", p.learning_days)
        } else {
            String::new()
        },
    );
    d.next_steps = "Confirm the assignment with the actor through another channel; if unexpected, remove it, revoke the \
                    principal's sessions and review what it did with the role."
        .into();
    d.users = vec![who.to_owned(), actor(cx, r)];
    d
}

fn bulk(p: &Params, cx: &Ctx, rows: &[u32], out: &mut Out) {
    for (a, rows) in bulk_groups(cx, rows, p.bulk_window_min as i64 * MIN_MS, p.bulk_min_targets) {
        let targets = distinct_targets(cx, &rows);
        let mut d = Draft::new(format!("bulk-{a}"), Severity::High);
        d.title = format!("Bulk privileged role assignments by {a}");
        d.why = format!(
            "{a} assigned privileged roles to {} between {} and {}: {}.",
            plural(targets.len(), "principal", "principals"),
            hm(cx.at(rows[0])),
            hm(cx.at(rows[rows.len() - 1])),
            list(&targets, 6)
        );
        d.next_steps = "Verify the change with the actor; remove unexpected assignments.".into();
        d.users = vec![a.clone()];
        d.users.extend(targets);
        d.audits = rows;
        out.add(cx, d);
    }
}

/// Subscription access elevation (Global Administrator → User Access Administrator at root).
fn elevations(cx: &Ctx, out: &mut Out) {
    for r in rows_where(cx, |r, a| {
        success(cx, r) && ((a.contains("elevat") && a.contains("access")) || a.contains("assigns the caller to user access admin"))
            || detail(cx, r, "Action").to_lowercase().contains("elevateaccess")
    }) {
        let who = actor(cx, r);
        let mut d = base(cx, &format!("elevate-{who}"), Severity::High, r);
        d.title = format!("{who} elevated to User Access Administrator");
        d.why = format!(
            "{} used “{}” at {}: a Global Administrator gave themselves control over every Azure subscription.",
            by(cx, r),
            cx.a(r, A::Activity),
            hm(cx.at(r))
        );
        d.next_steps = "Confirm with the administrator; remove the root-scope User Access Administrator assignment when done.".into();
        d.users = vec![who];
        out.add(cx, d);
    }
}
