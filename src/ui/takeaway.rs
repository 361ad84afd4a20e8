//! Taking results away: downloads, the findings report, KQL. (Bound to `core::export`,
//! `core::report` and `core::kql`.)

use leptos::prelude::*;

use crate::core::detect::Finding;

/// The hunting query that reproduces a finding at scale in Sentinel / Log Analytics.
#[component]
pub fn HuntingKql(finding: Finding) -> impl IntoView {
    let _ = finding;
    view! { <span></span> }
}
