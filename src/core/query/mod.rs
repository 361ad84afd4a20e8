//! Asking questions of a loaded dataset: filters and facets ([`filter`]), their plain-English
//! descriptions ([`describe`]), summaries per user / app / group / code ([`aggregate`]), cell
//! text ([`view`]) and the virtual grid's range maths ([`window`]).

pub mod aggregate;
pub mod describe;
pub mod filter;
pub mod view;
pub mod window;
