//! woonbeleid: the "Lokaal woonbeleid" list of the Flemish centre cities as a typed dataset,
//! and a terminal browser over it.

pub mod cli;
pub mod commands;
pub mod export;
pub mod import;
pub mod model;
pub mod store;
