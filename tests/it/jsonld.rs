//! Tests for the `jsonld` area (filled in by its branch).
