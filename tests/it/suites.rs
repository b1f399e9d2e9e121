//! Tests for the `suites` area (filled in by its branch).
