//! What leaves the tab as a file or a picture: chart geometry ([`chart`]) and its SVG
//! ([`svg`]), downloads ([`export`]) and the self-contained findings report ([`report`]).

pub mod chart;
pub mod export;
pub mod html;
pub mod report;
pub mod svg;
