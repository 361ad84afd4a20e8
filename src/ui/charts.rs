//! Pictures: the offline world map (per user here; the tenant map and trends come with
//! their own view). Geometry comes from `core::geo`; this file only binds it to SVG.

use leptos::prelude::*;

use super::state::AppState;
use crate::core::{
    aggregate::user_key,
    geo,
    model::{NO_INT, SignInField as S},
};

/// The world outline, drawn once per map.
#[component]
pub fn WorldPaths() -> impl IntoView {
    view! {
        <g class="map__land">
            {geo::countries().iter().map(|c| view! { <path d=c.path data-iso=c.iso2><title>{c.name}</title></path> }).collect_view()}
        </g>
    }
}

/// A user's sign-in places on the world map (successes green, failures red).
#[component]
pub fn UserMap(upn: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let points = Memo::new(move |_| {
        state.with_data(|ds| {
            let t = &ds.signins.table;
            let mut pts: std::collections::BTreeMap<(i32, i32), (f64, f64, u32, u32, String)> = Default::default();
            for r in 0..t.len() {
                if !user_key(ds, r).eq_ignore_ascii_case(&upn) {
                    continue;
                }
                let g = |f: S| ds.strings.get(t.sym(f as usize, r));
                let Some((lat, lon, _)) = geo::locate(t.float(S::Lat as usize, r), t.float(S::Lon as usize, r), g(S::City), g(S::Country)) else {
                    continue;
                };
                let e = pts.entry(((lat * 10.0) as i32, (lon * 10.0) as i32)).or_insert((lat, lon, 0, 0, g(S::Location).to_owned()));
                let code = t.int(S::Code as usize, r);
                if code == 0 || code == NO_INT {
                    e.2 += 1;
                } else {
                    e.3 += 1;
                }
            }
            pts.into_values().collect::<Vec<_>>()
        })
    });
    view! {
        <div class="card card--wide">
            <h3>"Where they signed in from"</h3>
            <svg class="map map--small" viewBox="0 0 360 180" role="img" aria-label="Sign-in locations on a world map" data-testid="user-map">
                <WorldPaths/>
                {move || points.get().into_iter().map(|(lat, lon, ok, bad, label)| {
                    let (x, y) = geo::screen_from_lonlat(lon, lat, 360.0, 180.0);
                    let r = (1.5 + ((ok + bad) as f64).ln_1p() * 0.6).min(5.0);
                    view! {
                        <circle cx=format!("{x:.1}") cy=format!("{y:.1}") r=format!("{r:.1}") class={if bad > ok { "map__pt map__pt--bad" } else { "map__pt" }}>
                            <title>{format!("{label}: {ok} successful, {bad} other")}</title>
                        </circle>
                    }
                }).collect_view()}
            </svg>
        </div>
    }
}
