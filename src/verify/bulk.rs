//! Verifying many inputs at once (`erkend verify` of a folder, bulk re-verification): read,
//! parse and verify in chunks, on every core it is given, with Ed25519 checks batched per chunk
//! ([`super::batch`]). Results come back in input order, one chunk at a time, and each verdict is
//! exactly the one-by-one verdict.
//!
//! Memory stays flat whatever the number of inputs: only one chunk per thread is held.

use super::batch;
use super::verdict::Verdict;
use crate::import::{self, Parsed};
use crate::Result;
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

/// Inputs per thread and chunk. Large enough that the batch's fixed cost (64 torsion tests, a
/// about two milliseconds) is spread thin, small enough to keep memory low.
const CHUNK: usize = 256;

/// Below this many inputs in a thread's share, signatures are checked one by one: the batch's
/// fixed cost would exceed what it saves.
const MIN_BATCH: usize = 48;

/// What one input became.
pub type Outcome = Result<(Parsed, Verdict)>;

/// What one input became, with its bytes (for storing them).
pub type Read = Result<(Vec<u8>, Parsed, Verdict)>;

/// Reads (with `read`), parses and verifies every input at `at` on up to `threads` threads,
/// calling `each(index, outcome)` in input order. `seed` must be fresh randomness from the
/// operating system; without it every signature is checked one by one. Content keys are not
/// computed ([`import::parse_for_verify`]).
pub fn verify_inputs<P: Sync>(
    inputs: &[P],
    read: impl Fn(&P) -> Result<Vec<u8>> + Sync,
    at: DateTime<Utc>,
    seed: Option<[u8; 32]>,
    threads: usize,
    mut each: impl FnMut(usize, Outcome),
) {
    let parse = (
        import::parse_for_verify as fn(&[u8]) -> Result<Parsed>,
        false,
    );
    run(inputs, read, parse, at, seed, threads, |i, r| {
        each(i, r.map(|(_, p, v)| (p, v)))
    });
}

/// [`verify_inputs`] for importing: parsed with content keys ([`import::parse`]), and each
/// outcome carries the input's bytes.
pub fn read_inputs<P: Sync>(
    inputs: &[P],
    read: impl Fn(&P) -> Result<Vec<u8>> + Sync,
    at: DateTime<Utc>,
    seed: Option<[u8; 32]>,
    threads: usize,
    each: impl FnMut(usize, Read),
) {
    let parse = (import::parse as fn(&[u8]) -> Result<Parsed>, true);
    run(inputs, read, parse, at, seed, threads, each);
}

/// How inputs are parsed, and whether their bytes are kept for the caller.
type Parse = (fn(&[u8]) -> Result<Parsed>, bool);

fn run<P: Sync>(
    inputs: &[P],
    read: impl Fn(&P) -> Result<Vec<u8>> + Sync,
    parse: Parse,
    at: DateTime<Utc>,
    seed: Option<[u8; 32]>,
    threads: usize,
    mut each: impl FnMut(usize, Read),
) {
    let threads = threads.max(1);
    let mut index = 0;
    for (chunk_no, chunk) in inputs.chunks(CHUNK * threads).enumerate() {
        let share = chunk.len().div_ceil(threads);
        let part_seed = |part: usize| {
            seed.map(|s| {
                let mut h = Sha256::new();
                h.update(s);
                h.update((chunk_no as u64).to_le_bytes());
                h.update((part as u64).to_le_bytes());
                <[u8; 32]>::from(h.finalize())
            })
        };
        let results: Vec<Vec<Read>> = if threads == 1 || chunk.len() < 2 * MIN_BATCH {
            vec![verify_share(chunk, &read, parse, at, part_seed(0))]
        } else {
            std::thread::scope(|scope| {
                let handles: Vec<_> = chunk
                    .chunks(share)
                    .enumerate()
                    .map(|(part, inputs)| {
                        let read = &read;
                        let seed = part_seed(part);
                        scope.spawn(move || verify_share(inputs, read, parse, at, seed))
                    })
                    .collect();
                handles
                    .into_iter()
                    .zip(chunk.chunks(share))
                    .map(|(h, inputs)| {
                        // A panicking worker is a bug; its share is verified again here so
                        // that no input goes without an answer.
                        h.join()
                            .unwrap_or_else(|_| verify_share(inputs, &read, parse, at, None))
                    })
                    .collect()
            })
        };
        for outcome in results.into_iter().flatten() {
            each(index, outcome);
            index += 1;
        }
    }
}

/// One thread's share of a chunk, in order.
fn verify_share<P>(
    inputs: &[P],
    read: &impl Fn(&P) -> Result<Vec<u8>>,
    (parse, keep_bytes): Parse,
    at: DateTime<Utc>,
    seed: Option<[u8; 32]>,
) -> Vec<Read> {
    let parsed: Vec<Result<(Vec<u8>, Parsed)>> = inputs
        .iter()
        .map(|input| {
            read(input).and_then(|bytes| {
                // Bytes only the caller that stores them needs are dropped at once.
                let p = parse(&bytes)?;
                Ok((if keep_bytes { bytes } else { Vec::new() }, p))
            })
        })
        .collect();
    let ok: Vec<&Parsed> = parsed
        .iter()
        .filter_map(|p| p.as_ref().ok().map(|(_, p)| p))
        .collect();
    let mut verdicts = match seed {
        Some(seed) if ok.len() >= MIN_BATCH => batch::verify_all(&ok, at, seed),
        _ => ok.iter().map(|p| super::verify(p, at)).collect(),
    }
    .into_iter();
    parsed
        .into_iter()
        .map(|p| {
            let (bytes, p) = p?;
            let verdict = verdicts.next().unwrap_or_else(|| super::verify(&p, at));
            Ok((bytes, p, verdict))
        })
        .collect()
}
