//! Tests for the `canon` area (filled in by its branch).
