//! Wallet store tests.
