//! The core's integration tests: one binary, one module per feature area.
//! Data-driven where a standard publishes test data (copied under `tests/fixtures/`).

mod support;

mod backup;
mod bulk;
mod canon;
mod cards;
mod cli;
mod crash;
mod endorse;
mod esco;
mod formats;
mod fuzz_replay;
mod jsonld;
mod online_cancel;
mod online_http;
mod online_tls;
mod pdf;
mod profile;
mod profile_edit;
mod proof;
mod review;
mod route;
mod store;
mod suites;
mod trust;
mod vaults;
mod vaults_online;
