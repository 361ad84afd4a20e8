//! The investigator's session around the data: the demo tenant ([`demo`]), the shareable view
//! ([`viewstate`]) and trainer mode ([`trainer`]).

pub mod demo;
pub mod trainer;
pub mod viewstate;
