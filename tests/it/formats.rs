//! Tests for the `formats` area (filled in by its branch).
