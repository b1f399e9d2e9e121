//! The core's integration tests: one binary, one module per feature area.
//! Data-driven where a standard publishes test data (copied under `tests/fixtures/`).

mod support;

mod backup;
mod canon;
mod cli;
mod esco;
mod formats;
mod jsonld;
mod pdf;
mod proof;
mod route;
mod store;
mod suites;
