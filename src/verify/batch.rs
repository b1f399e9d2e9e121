//! Ed25519 batch verification for bulk work: a fast *accept* path with exactly the verdicts of
//! one-by-one `verify_strict`.
//!
//! [`verify_all`] verifies many credentials. Each is first verified with its Ed25519 checks
//! *deferred*: every check that passes the cheap strict pre-conditions (below) is recorded and
//! assumed good, and everything else about the verdict is computed as usual. Then all recorded
//! checks are verified together. If the batch holds, every assumption was true and each verdict
//! is exactly what one-by-one verification gives. If it does not hold, each credential's own
//! checks are verified one by one with `verify_strict`; a credential whose checks all pass keeps
//! its verdict, any other is verified again from scratch without deferral. So a batch failure
//! never changes a verdict; it only costs time.
//!
//! Why a batch accept is sound for `verify_strict` semantics. `verify_strict` accepts `(R, s)`
//! on message `M` under key `A` iff `s < ℓ`, `R` and `A` are not of small order, and
//! `encode([s]B − [k]A) = R` with `k = SHA-512(R ‖ A ‖ M) mod ℓ`. A check is deferred only when
//! `s < ℓ`, `R` is a canonical encoding (`y < p`) of a point that is not of small order, and `A`
//! is neither of small order nor has a torsion component (checked once per key). Then strict
//! acceptance is the point equation `Eᵢ = [sᵢ]B − [kᵢ]Aᵢ − Rᵢ = 0`. Write `Eᵢ = Pᵢ + Tᵢ` with
//! `Pᵢ` in the prime-order subgroup and `Tᵢ` in the 8-torsion; as `B` and `A` are torsion-free,
//! `Tᵢ = −torsion(Rᵢ)`. Two tests, with weights drawn from a seed the caller takes from the
//! operating system (unknown to whoever made the credentials, so they cannot be ground):
//!
//! * **Torsion.** 64 random subsets of the `Rᵢ`; for each, the subset sum must be torsion-free
//!   (`[ℓ]Q = 0`). If some `Tᵢ ≠ 0`, each subset sum of the `Tᵢ` is zero with probability at most
//!   ½ (flipping `i` in or out changes it by `Tᵢ`), so all 64 pass with probability ≤ 2⁻⁶⁴.
//!   This is what ed25519-dalek's own `verify_batch` lacks: its single random combination lets
//!   a torsion error through with probability up to ½, and its weights are derived from the
//!   inputs, so a signer could grind for it. A key holder could then make a signature that one
//!   file at a time rejects and a folder accepts; that is why it is not used.
//! * **Prime part.** `∑ zᵢEᵢ = 0` with independent uniform 128-bit `zᵢ`, as one multi-scalar
//!   multiplication. With all `Tᵢ = 0`, if some `Pᵢ ≠ 0` then for any other weights exactly one
//!   `zᵢ` mod ℓ makes the sum vanish: probability ≤ 2⁻¹²⁸.
//!
//! Everything a deferred check does not cover falls through to `verify_strict` at once, so no
//! verdict depends on the batch except through these two tests. Nothing here draws randomness:
//! the seed is passed in.

use super::verdict::Verdict;
use crate::import::Parsed;
use chrono::{DateTime, Utc};
use curve25519_dalek::constants::ED25519_BASEPOINT_POINT;
use curve25519_dalek::edwards::{CompressedEdwardsY, EdwardsPoint};
use curve25519_dalek::scalar::Scalar;
use curve25519_dalek::traits::{Identity, IsIdentity, VartimeMultiscalarMul};
use ed25519_dalek::VerifyingKey;
use sha2::{Digest, Sha512};
use std::cell::RefCell;
use std::collections::HashMap;

/// Independent random subsets in the torsion test (failure probability 2⁻⁶⁴).
const TORSION_TESTS: usize = 64;

/// One Ed25519 check, decoded and hashed, waiting for the batch.
#[derive(Clone)]
pub struct Deferred {
    key: VerifyingKey,
    message: Vec<u8>,
    signature: [u8; 64],
    r: EdwardsPoint,
    s: Scalar,
    k: Scalar,
}

impl Deferred {
    /// The check on its own, exactly as one-by-one verification does it.
    fn verify_strict(&self) -> bool {
        let sig = ed25519_dalek::Signature::from_bytes(&self.signature);
        self.key.verify_strict(&self.message, &sig).is_ok()
    }
}

#[derive(Default)]
struct State {
    /// `Some` while checks are being deferred on this thread.
    deferred: Option<Vec<Deferred>>,
    /// Per key (compressed bytes): may its checks be deferred (not small order, torsion-free)?
    keys: HashMap<[u8; 32], bool>,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
}

/// Runs `f` with this thread's Ed25519 checks deferred; returns its result and the checks it
/// assumed good.
fn deferring<T>(f: impl FnOnce() -> T) -> (T, Vec<Deferred>) {
    /// Ends deferral however `f` ends (a panic included), so no later check on this thread is
    /// ever assumed good without a batch to confirm it.
    struct Stop;
    impl Drop for Stop {
        fn drop(&mut self) {
            STATE.with(|s| s.borrow_mut().deferred = None);
        }
    }
    STATE.with(|s| s.borrow_mut().deferred = Some(Vec::new()));
    let stop = Stop;
    let out = f();
    let items = STATE
        .with(|s| s.borrow_mut().deferred.take())
        .unwrap_or_default();
    drop(stop);
    (out, items)
}

/// Called by the Ed25519 check. While deferring and the strict pre-conditions hold, records the
/// check and returns `true` (assumed good until the batch says otherwise); otherwise returns
/// `false` and the caller runs `verify_strict` itself.
pub(crate) fn try_defer(key: &VerifyingKey, message: &[u8], signature: &[u8; 64]) -> bool {
    STATE.with(|cell| {
        let mut state = cell.borrow_mut();
        if state.deferred.is_none() {
            return false;
        }
        let Some(item) = decode(key, message, signature) else {
            return false;
        };
        let key_ok = *state.keys.entry(key.to_bytes()).or_insert_with(|| {
            let a = key.to_edwards();
            !a.is_small_order() && a.is_torsion_free()
        });
        if !key_ok {
            return false;
        }
        if let Some(list) = state.deferred.as_mut() {
            list.push(item);
        }
        true
    })
}

/// The strict pre-conditions on the signature, and its decoded parts; `None` when they fail.
fn decode(key: &VerifyingKey, message: &[u8], signature: &[u8; 64]) -> Option<Deferred> {
    let mut r_bytes = [0u8; 32];
    r_bytes.copy_from_slice(&signature[..32]);
    let mut s_bytes = [0u8; 32];
    s_bytes.copy_from_slice(&signature[32..]);
    let s = Option::<Scalar>::from(Scalar::from_canonical_bytes(s_bytes))?;
    if !canonical_y(&r_bytes) {
        return None;
    }
    let r = CompressedEdwardsY(r_bytes).decompress()?;
    if r.is_small_order() {
        return None;
    }
    let mut h = Sha512::new();
    h.update(r_bytes);
    h.update(key.as_bytes());
    h.update(message);
    let k = Scalar::from_bytes_mod_order_wide(&h.finalize().into());
    Some(Deferred {
        key: *key,
        message: message.to_vec(),
        signature: *signature,
        r,
        s,
        k,
    })
}

/// Whether the encoded `y` (sign bit aside) is below p = 2²⁵⁵ − 19. `verify_strict` compares
/// encodings, so a non-canonical `R` never verifies; decompression would reduce it silently.
fn canonical_y(bytes: &[u8; 32]) -> bool {
    let top = bytes[31] & 0x7f == 0x7f;
    let middle = bytes[1..31].iter().all(|&b| b == 0xff);
    !(top && middle && bytes[0] >= 0xed)
}

/// A deterministic stream of weights from the caller's seed.
struct Weights {
    seed: [u8; 32],
    counter: u64,
}

impl Weights {
    /// 64 bytes: `SHA-512(domain ‖ seed ‖ counter)`.
    fn next(&mut self) -> [u8; 64] {
        let mut h = Sha512::new();
        h.update(b"erkend ed25519 batch weights v1");
        h.update(self.seed);
        h.update(self.counter.to_le_bytes());
        self.counter += 1;
        h.finalize().into()
    }
}

/// Whether every deferred check holds (see the module documentation for the argument).
pub fn check(items: &[Deferred], seed: [u8; 32]) -> bool {
    if items.is_empty() {
        return true;
    }
    let mut weights = Weights { seed, counter: 0 };
    let mut zs = Vec::with_capacity(items.len());
    let mut subsets = Vec::with_capacity(items.len());
    for _ in items {
        let w = weights.next();
        let mut z = [0u8; 16];
        z.copy_from_slice(&w[..16]);
        zs.push(Scalar::from(u128::from_le_bytes(z)));
        let mut bits = [0u8; 8];
        bits.copy_from_slice(&w[16..24]);
        subsets.push(u64::from_le_bytes(bits));
    }
    torsion_free(items, &subsets) && equation_holds(items, &zs)
}

/// `[∑ zᵢsᵢ]B = ∑ zᵢRᵢ + ∑ (zᵢkᵢ)Aᵢ`, with the `A` terms of one key merged.
fn equation_holds(items: &[Deferred], zs: &[Scalar]) -> bool {
    let mut b = Scalar::ZERO;
    let mut per_key: Vec<([u8; 32], EdwardsPoint, Scalar)> = Vec::new();
    let mut scalars = Vec::with_capacity(items.len() + 8);
    let mut points = Vec::with_capacity(items.len() + 8);
    for (item, z) in items.iter().zip(zs) {
        b += z * item.s;
        scalars.push(*z);
        points.push(item.r);
        let zk = z * item.k;
        let bytes = item.key.to_bytes();
        match per_key.iter_mut().find(|(k, _, _)| *k == bytes) {
            Some((_, _, sum)) => *sum += zk,
            None => per_key.push((bytes, item.key.to_edwards(), zk)),
        }
    }
    scalars.push(-b);
    points.push(ED25519_BASEPOINT_POINT);
    for (_, a, sum) in per_key {
        scalars.push(sum);
        points.push(a);
    }
    EdwardsPoint::vartime_multiscalar_mul(scalars, points).is_identity()
}

/// The 64 random-subset sums of the `Rᵢ` are all torsion-free. Subsets are summed four bits at a
/// time: each `R` goes into one of 16 buckets per group of four tests, and each test adds up the
/// eight buckets whose index has its bit set.
fn torsion_free(items: &[Deferred], subsets: &[u64]) -> bool {
    for group in 0..TORSION_TESTS / 4 {
        let mut buckets = [EdwardsPoint::identity(); 16];
        for (item, bits) in items.iter().zip(subsets) {
            let b = ((bits >> (4 * group)) & 15) as usize;
            if b != 0 {
                buckets[b] += item.r;
            }
        }
        for bit in 0..4 {
            let mut sum = EdwardsPoint::identity();
            for (b, point) in buckets.iter().enumerate().skip(1) {
                if (b >> bit) & 1 == 1 {
                    sum += point;
                }
            }
            if !torsion_free_point(&sum) {
                return false;
            }
        }
    }
    true
}

/// `[ℓ]Q = 0`, as `[ℓ − 1]Q + Q` in variable time (the public points need no constant time;
/// `is_torsion_free` is the constant-time form and about a third slower).
fn torsion_free_point(q: &EdwardsPoint) -> bool {
    let l_minus_1 = -Scalar::ONE;
    (EdwardsPoint::vartime_multiscalar_mul([l_minus_1], [*q]) + q).is_identity()
}

/// Verifies every credential at time `at` with the default offline resolver, batching the
/// Ed25519 checks of all of them. The verdicts are exactly those of [`super::verify`] one by one
/// (see the module documentation); `seed` must be fresh randomness from the operating system.
pub fn verify_all(parsed: &[&Parsed], at: DateTime<Utc>, seed: [u8; 32]) -> Vec<Verdict> {
    let mut verdicts = Vec::with_capacity(parsed.len());
    let mut deferred = Vec::with_capacity(parsed.len());
    for p in parsed {
        let (verdict, items) = deferring(|| super::verify(p, at));
        verdicts.push(verdict);
        deferred.push(items);
    }
    let all: Vec<Deferred> = deferred.iter().flatten().cloned().collect();
    if check(&all, seed) {
        return verdicts;
    }
    for ((p, verdict), items) in parsed.iter().zip(&mut verdicts).zip(&deferred) {
        if !items.iter().all(Deferred::verify_strict) {
            *verdict = super::verify(p, at);
        }
    }
    verdicts
}

#[cfg(test)]
mod tests {
    use super::*;
    use ed25519_dalek::{Signer, SigningKey};

    fn signed(n: u8, message: &[u8]) -> (VerifyingKey, [u8; 64]) {
        let key = SigningKey::from_bytes(&[n; 32]);
        (key.verifying_key(), key.sign(message).to_bytes())
    }

    fn deferred(key: &VerifyingKey, message: &[u8], sig: &[u8; 64]) -> Deferred {
        decode(key, message, sig).expect("strict pre-conditions hold")
    }

    #[test]
    fn good_signatures_pass_and_one_bad_one_fails_the_batch() {
        let mut items: Vec<Deferred> = (0..40u8)
            .map(|i| {
                let m = [i; 64];
                let (k, s) = signed(i % 3 + 1, &m);
                deferred(&k, &m, &s)
            })
            .collect();
        assert!(check(&items, [7; 32]));
        let (k, mut s) = signed(9, b"message");
        s[40] ^= 1;
        items.push(deferred(&k, b"message", &s));
        assert!(!check(&items, [7; 32]));
        assert!(!items[40].verify_strict());
        assert!(items[..40].iter().all(Deferred::verify_strict));
    }

    /// The secret scalar `a` of a seed (RFC 8032: SHA-512, first half, clamped).
    fn secret_scalar(seed: &[u8; 32]) -> Scalar {
        let h: [u8; 64] = Sha512::digest(seed).into();
        let mut a = [0u8; 32];
        a.copy_from_slice(&h[..32]);
        a[0] &= 248;
        a[31] &= 127;
        a[31] |= 64;
        Scalar::from_bytes_mod_order(a)
    }

    /// A signature whose `R` is `[n]B + torsion`, with `s` made to fit `[n]B`.
    fn sign_with_torsion(seed: &[u8; 32], message: &[u8], torsion: EdwardsPoint) -> [u8; 64] {
        let key = SigningKey::from_bytes(seed).verifying_key();
        let n = Scalar::from_bytes_mod_order_wide(&[3; 64]);
        let r = (EdwardsPoint::mul_base(&n) + torsion).compress().to_bytes();
        let mut h = Sha512::new();
        h.update(r);
        h.update(key.as_bytes());
        h.update(message);
        let k = Scalar::from_bytes_mod_order_wide(&h.finalize().into());
        let s = n + k * secret_scalar(seed);
        let mut sig = [0u8; 64];
        sig[..32].copy_from_slice(&r);
        sig[32..].copy_from_slice(s.as_bytes());
        sig
    }

    #[test]
    fn a_torsion_component_in_r_is_caught_though_the_prime_part_is_right() {
        // Only the key holder can make these: R = [n]B + T with T of order 2 or 8.
        // verify_strict rejects them; the cofactored equation holds, and a single random
        // combination lets one through whenever its weight is even.
        let seed = [5u8; 32];
        let key = SigningKey::from_bytes(&seed).verifying_key();
        let message = b"credential";
        let honest = sign_with_torsion(&seed, message, EdwardsPoint::identity());
        let sig = ed25519_dalek::Signature::from_bytes(&honest);
        assert!(
            key.verify_strict(message, &sig).is_ok(),
            "the test signer is right"
        );
        let honest = deferred(&key, message, &honest);
        for t in [1, 4] {
            let torsion = curve25519_dalek::constants::EIGHT_TORSION[t];
            let bad = sign_with_torsion(&seed, message, torsion);
            let sig = ed25519_dalek::Signature::from_bytes(&bad);
            assert!(key.verify_strict(message, &sig).is_err(), "strict rejects");
            let bad = deferred(&key, message, &bad);
            for s in 0..16u8 {
                assert!(!check(&[bad.clone(), honest.clone()], [s; 32]), "{t} {s}");
                // Two order-2 errors cancel in any combination with odd weights; the subset
                // test still sees them.
                assert!(!check(&[bad.clone(), bad.clone()], [s; 32]), "{t} {s} pair");
            }
        }
        assert!(check(&[honest], [1; 32]));
    }

    #[test]
    fn the_variable_time_torsion_test_agrees_with_the_library() {
        let p = EdwardsPoint::mul_base(&Scalar::from(12345u64));
        for t in curve25519_dalek::constants::EIGHT_TORSION {
            let q = p + t;
            assert_eq!(torsion_free_point(&q), q.is_torsion_free());
        }
        assert!(torsion_free_point(&p));
    }

    #[test]
    fn non_canonical_r_and_small_order_keys_are_not_deferred() {
        let mut r = [0xffu8; 32];
        r[31] = 0x7f;
        r[0] = 0xee;
        assert!(!canonical_y(&r));
        r[0] = 0xec;
        assert!(canonical_y(&r));
        // The identity (y = 1) as a key: small order, so never deferred.
        let mut identity = [0u8; 32];
        identity[0] = 1;
        let weak = VerifyingKey::from_bytes(&identity).expect("decodes");
        let (_, sig) = signed(1, b"m");
        let (deferred_it, items) = deferring(|| try_defer(&weak, b"m", &sig));
        assert!(!deferred_it && items.is_empty());
        let (key, sig) = signed(1, b"m");
        let (deferred_it, items) = deferring(|| try_defer(&key, b"m", &sig));
        assert!(deferred_it && items.len() == 1);
        assert!(
            !try_defer(&key, b"m", &sig),
            "not deferred outside `deferring`"
        );
    }
}
