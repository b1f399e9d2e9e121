//! CLI contract tests.
