//! `bulk_user_change`: one actor deleting or disabling many users in a short window.

use crate::core::{
    detect::{
        DetectConfig, Severity,
        audit::{bulk_groups, clean, distinct_targets, is, kql_activities, prop, success, timed_rows_where},
        ctx::Ctx,
        rule::{Draft, Meta, Needs, Out, Reads, Rule},
        rules::RuleId,
        signin::MIN_MS,
        text::{hm, list, plural},
    },
    kql::hunt::Hunt,
};

pub struct BulkUserChange;

pub struct Params {
    pub min_targets: u32,
    pub window_min: u32,
}

impl Rule for BulkUserChange {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::BulkUserChange,
        title: "Bulk user deletion or disablement",
        description: "One actor deletes or disables many users in a short window.",
        mitre: &["T1531"],
        severity: "High",
        config: &["bulk_user_min_targets", "bulk_window_min"],
        reads: Reads::Audits,
        needs: Needs::Time,
        source: "Sentinel BulkChangestoPrivilegedAccountPermissions thresholds (AU3, AU13)",
        lookback_days: 7,
    };

    fn params(cfg: &DetectConfig) -> Params {
        Params { min_targets: cfg.bulk_user_min_targets, window_min: cfg.bulk_window_min }
    }

    fn thresholds(p: &Params) -> String {
        format!("≥ {} distinct users deleted or disabled by one actor within {} min", p.min_targets, p.window_min)
    }

    fn run(p: &Params, cx: &Ctx, out: &mut Out) {
        let rows = timed_rows_where(cx, |r, a| {
            success(cx, r)
                && (is("user_removal", a)
                    || (a == "update user"
                        && prop(cx, r, "AccountEnabled").is_some_and(|(_, n)| clean(&n).eq_ignore_ascii_case("false"))))
        });
        for (a, rows) in bulk_groups(cx, &rows, p.window_min as i64 * MIN_MS, p.min_targets) {
            let targets = distinct_targets(cx, &rows);
            let mut d = Draft::new(a.clone(), Severity::High);
            d.title = format!("{a} deleted or disabled {} users", targets.len());
            d.why = format!(
                "{a} deleted or disabled {} between {} and {}: {}.",
                plural(targets.len(), "user", "users"),
                hm(cx.at(rows[0])),
                hm(cx.at(rows[rows.len() - 1])),
                list(&targets, 6)
            );
            d.next_steps = "Confirm it was a planned off-boarding; otherwise restore the users (deleted users stay restorable \
                            for 30 days) and secure the actor's account."
                .into();
            d.users = vec![a.clone()];
            d.users.extend(targets);
            d.audits = rows;
            out.add(cx, d);
        }
    }

    fn hunting(p: &Params, h: &mut Hunt) {
        h.audits();
        h.line(&format!(
            "audits\n| where Result =~ \"success\" and ({} or (OperationName =~ \"Update user\" and tostring(TargetResources[0].modifiedProperties) has \"AccountEnabled\" and tostring(TargetResources[0].modifiedProperties) has \"false\"))\n| extend Target = coalesce(tostring(TargetResources[0].userPrincipalName), tostring(TargetResources[0].displayName))\n| summarize Targets = dcount(Target), TargetSet = make_set(Target, 50), Operations = make_set(OperationName, 10),\n    FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by Actor, bin(TimeGenerated, {}m)\n| where Targets >= {}\n| sort by Targets desc",
            kql_activities("user_removal", "OperationName"),
            p.window_min.max(1),
            p.min_targets
        ));
    }
}
