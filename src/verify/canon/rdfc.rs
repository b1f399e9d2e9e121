//! W3C RDF Dataset Canonicalization, RDFC-1.0 (<https://www.w3.org/TR/rdf-canon/>).
//!
//! [`canonicalize`] relabels every blank node `c14nN` and returns the sorted canonical N-Quads
//! document together with the issued-identifier map. Guarantees:
//!
//! - Output is byte-identical to the W3C test suite's expected results (SHA-256 and SHA-384), and
//!   the issued-identifier map equals the suite's map results. Where the specification leaves a
//!   choice open (the order permutations are tried in, ties between interchangeable blank
//!   nodes), rdf-canonize 5's choice is made, so maps agree with it too.
//! - Lines are sorted by code point, as the specification says. (rdf-canonize sorts by UTF-16
//!   code unit; the two differ only where two lines first differ at a character above U+FFFF
//!   against one in U+E000..=U+FFFF.)
//! - The input is treated as a set: a quad repeated in the input appears once in the output.
//! - Work is bounded: the number of Hash N-Degree Quads steps (in proportion to the blank nodes
//!   that need them) and their recursion depth are capped ([`Options`]); a dataset that needs
//!   more fails with [`CanonError::TooComplex`] instead of running for hours (a blank-node clique
//!   is the classic poison graph). Every permutation tried costs at least one step, so the cap
//!   bounds the permutations too.
//!
//! Blank nodes are interned to small integers and each quad's ground terms are serialised once,
//! so the hashing steps only concatenate slices; nothing here reads a clock or allocates per
//! hashed line.

use std::collections::HashMap;

use sha2::{Digest, Sha256, Sha384};

use crate::verify::rdf::{Quad, Term};

/// The hash function RDFC-1.0 runs with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum HashAlgorithm {
    /// SHA-256, the default of RDFC-1.0 and of every Data Integrity suite in use.
    #[default]
    Sha256,
    /// SHA-384 (used by `ecdsa-rdfc-2019` with P-384 keys).
    Sha384,
}

/// Settings for one canonicalisation run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Hash function for every hashing step.
    pub hash_algorithm: HashAlgorithm,
    /// Hash N-Degree Quads steps ("deep iterations") allowed per blank node whose first-degree
    /// hash is shared with another: the work limit grows with the input, never with its
    /// symmetry. `0` forbids the step altogether.
    pub max_deep_iterations_per_node: u64,
    /// An absolute limit on Hash N-Degree Quads steps, overriding the per-node one.
    pub max_deep_iterations: Option<u64>,
    /// How deep Hash N-Degree Quads may recurse. The recursion follows chains of blank nodes that
    /// look alike; the cap keeps a long symmetric chain from exhausting the stack.
    pub max_recursion_depth: u32,
}

impl Default for Options {
    /// SHA-256; 128 deep iterations per ambiguous blank node; recursion depth 256.
    ///
    /// The W3C suite's hardest datasets ("poison - evil", test044 to test046) need 430 steps
    /// for 12 ambiguous nodes (36 each); credentials need none or a handful. A ten-node clique
    /// (test074) is refused after 1,280 steps, about 30 ms optimised. A larger allowance could
    /// never change an output, only accept more datasets. (rdf-canonize's default allows one
    /// step per ambiguous node, so anything it signed passes here.)
    fn default() -> Self {
        Options {
            hash_algorithm: HashAlgorithm::Sha256,
            max_deep_iterations_per_node: 128,
            max_deep_iterations: None,
            max_recursion_depth: 256,
        }
    }
}

impl Options {
    /// Default options with the given hash algorithm.
    pub fn with_hash(hash_algorithm: HashAlgorithm) -> Self {
        Options {
            hash_algorithm,
            ..Options::default()
        }
    }
}

/// Why a dataset could not be canonicalised.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CanonError {
    /// The dataset's blank nodes are so alike that telling them apart needs more Hash N-Degree
    /// Quads steps (or deeper recursion) than the limit allows. Typical of a deliberately
    /// hostile ("poison") graph.
    #[error("the RDF dataset is too complex to canonicalise (limit: {limit} {what})")]
    TooComplex {
        /// The limit that was reached.
        limit: u64,
        /// Which limit: `steps` or `levels of recursion`.
        what: &'static str,
    },
    /// A quad has a term where RDF does not allow one (a literal as subject, a blank node as
    /// predicate, a literal as graph name).
    #[error("quad {index} is not valid RDF: {reason}")]
    InvalidQuad {
        /// Position of the quad in the input.
        index: usize,
        /// What is wrong with it.
        reason: &'static str,
    },
}

impl CanonError {
    /// Stable kebab-case code for this error.
    pub fn code(&self) -> &'static str {
        match self {
            CanonError::TooComplex { .. } => "canon-too-complex",
            CanonError::InvalidQuad { .. } => "canon-invalid-quad",
        }
    }
}

/// A canonicalised dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Canonical {
    /// The canonical N-Quads document: one line per quad, each ending in `\n`, sorted by code
    /// point, duplicates removed.
    pub nquads: String,
    /// Input blank node labels by canonical number: `labels[i]` was issued `c14n{i}`.
    labels: Vec<String>,
}

impl Canonical {
    /// The issued-identifier map, in issue order: (input label, canonical label), both without
    /// the `_:` prefix.
    pub fn issued_identifiers(&self) -> impl Iterator<Item = (&str, String)> + '_ {
        self.labels
            .iter()
            .enumerate()
            .map(|(i, label)| (label.as_str(), format!("c14n{i}")))
    }

    /// The canonical label issued for an input blank node label (both without `_:`).
    pub fn canonical_label(&self, input: &str) -> Option<String> {
        self.labels
            .iter()
            .position(|l| l == input)
            .map(|i| format!("c14n{i}"))
    }
}

/// Canonicalises `quads` with RDFC-1.0.
pub fn canonicalize(quads: &[Quad], options: &Options) -> Result<Canonical, CanonError> {
    let mut state = State::new(quads, options)?;
    state.label_blank_nodes()?;
    Ok(state.finish())
}

/// "Not issued" in the canonical issuer's table.
const NONE: u32 = u32::MAX;

/// One position of a prepared quad.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    /// A ground term, already serialised: a byte range in the arena.
    Text(u32, u32),
    /// A blank node, by interned number.
    Blank(u32),
    /// The default graph.
    Default,
}

/// A quad with its ground terms serialised once.
struct Prepared<'a> {
    source: &'a Quad,
    /// The predicate IRI as is: Hash Related Blank Node hashes it unescaped.
    predicate_iri: &'a str,
    slots: [Slot; 4],
}

/// A hash as lower-case hex, kept on the stack. Hex order equals byte order, and RDFC-1.0
/// compares and concatenates hashes as hex text, so this is the only form needed.
#[derive(Clone, Copy)]
struct HexHash {
    len: u8,
    hex: [u8; 96],
}

impl HexHash {
    fn as_bytes(&self) -> &[u8] {
        &self.hex[..usize::from(self.len)]
    }

    fn as_str(&self) -> &str {
        // Built only from the ASCII hex alphabet.
        std::str::from_utf8(self.as_bytes()).unwrap_or_default()
    }
}

impl PartialEq for HexHash {
    fn eq(&self, other: &Self) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}
impl Eq for HexHash {}
impl PartialOrd for HexHash {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for HexHash {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_bytes().cmp(other.as_bytes())
    }
}

/// The configured hash function, running.
enum Hasher {
    Sha256(Sha256),
    Sha384(Sha384),
}

impl Hasher {
    fn new(algorithm: HashAlgorithm) -> Self {
        match algorithm {
            HashAlgorithm::Sha256 => Hasher::Sha256(Sha256::new()),
            HashAlgorithm::Sha384 => Hasher::Sha384(Sha384::new()),
        }
    }

    fn update(&mut self, data: &[u8]) {
        match self {
            Hasher::Sha256(h) => h.update(data),
            Hasher::Sha384(h) => h.update(data),
        }
    }

    fn finish(self) -> HexHash {
        let mut out = HexHash {
            len: 0,
            hex: [0; 96],
        };
        let mut put = |digest: &[u8]| {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            for (i, b) in digest.iter().enumerate() {
                out.hex[2 * i] = HEX[usize::from(b >> 4)];
                out.hex[2 * i + 1] = HEX[usize::from(b & 0xf)];
            }
            // 32 or 48 bytes, so at most 96 hex digits.
            out.len = (2 * digest.len()) as u8;
        };
        match self {
            Hasher::Sha256(h) => put(&h.finalize()),
            Hasher::Sha384(h) => put(&h.finalize()),
        }
        out
    }
}

/// Appends the decimal form of `n`.
fn push_num(out: &mut String, n: u32) {
    let mut buf = [0u8; 10];
    out.push_str(digits(n, &mut buf));
}

/// The decimal digits of `n`, written into `buf`.
fn digits(mut n: u32, buf: &mut [u8; 10]) -> &str {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    std::str::from_utf8(&buf[i..]).unwrap_or_default()
}

/// An identifier issuer for temporary `b` labels: blank nodes in issue order, so the label of
/// `issued[i]` is `b{i}`. Temporary issuers hold few nodes, so a linear scan beats a map, and a
/// clone (done once per permutation) is one small copy.
#[derive(Debug, Clone, Default)]
struct Issuer {
    issued: Vec<u32>,
}

impl Issuer {
    fn get(&self, node: u32) -> Option<u32> {
        self.issued
            .iter()
            .position(|&n| n == node)
            .map(|i| i as u32)
    }

    fn issue(&mut self, node: u32) -> u32 {
        match self.get(node) {
            Some(i) => i,
            None => {
                self.issued.push(node);
                (self.issued.len() - 1) as u32
            }
        }
    }
}

/// The canonicalisation state of RDFC-1.0 section 4.4.
struct State<'a> {
    algorithm: HashAlgorithm,
    options: Options,
    /// Serialised ground terms of all quads.
    arena: String,
    quads: Vec<Prepared<'a>>,
    /// Input label of each interned blank node.
    labels: Vec<&'a str>,
    /// The blank node to quads map: indices into `quads`, each quad once.
    node_quads: Vec<Vec<u32>>,
    /// First-degree hash of each blank node.
    first: Vec<HexHash>,
    /// Canonical number of each blank node, or [`NONE`].
    canonical: Vec<u32>,
    /// Blank nodes in canonical issue order.
    canonical_order: Vec<u32>,
    /// Hash N-Degree Quads steps left, and the limit they started from.
    remaining: u64,
    limit: u64,
    depth: u32,
    /// Rank of each blank node when labels are sorted as JavaScript sorts strings (UTF-16 code
    /// units), and its inverse. Permutations are generated over ranks, as rdf-canonize does.
    rank: Vec<u32>,
    by_rank: Vec<u32>,
}

impl<'a> State<'a> {
    /// Interns blank nodes, serialises ground terms and builds the blank node to quads map.
    fn new(input: &'a [Quad], options: &Options) -> Result<Self, CanonError> {
        let mut state = State {
            algorithm: options.hash_algorithm,
            options: *options,
            // About one typical N-Quads line per quad, so the arena rarely grows.
            arena: String::with_capacity(input.len() * 160),
            quads: Vec::with_capacity(input.len()),
            labels: Vec::new(),
            node_quads: Vec::new(),
            first: Vec::new(),
            canonical: Vec::new(),
            canonical_order: Vec::new(),
            remaining: 0,
            limit: 0,
            depth: 0,
            rank: Vec::new(),
            by_rank: Vec::new(),
        };
        let mut ids: HashMap<&'a str, u32> = HashMap::new();
        for (index, quad) in input.iter().enumerate() {
            let invalid = |reason| CanonError::InvalidQuad { index, reason };
            if matches!(quad.subject, Term::Literal { .. }) {
                return Err(invalid("a literal as subject"));
            }
            let Term::Iri(predicate_iri) = &quad.predicate else {
                return Err(invalid("the predicate is not an IRI"));
            };
            if matches!(quad.graph, Some(Term::Literal { .. })) {
                return Err(invalid("a literal as graph name"));
            }
            if state.is_duplicate(quad, &ids) {
                continue;
            }
            let q = state.quads.len() as u32;
            let mut slot = |term: &'a Term| -> Slot {
                if let Term::Blank(label) = term {
                    let next = ids.len() as u32;
                    let id = *ids.entry(label.as_str()).or_insert(next);
                    if id == next {
                        state.labels.push(label);
                        state.node_quads.push(Vec::new());
                    }
                    let list = &mut state.node_quads[id as usize];
                    // A quad naming the same blank node twice is still one entry.
                    if list.last() != Some(&q) {
                        list.push(q);
                    }
                    Slot::Blank(id)
                } else {
                    let start = state.arena.len() as u32;
                    // Writing to a String cannot fail.
                    let _ = term.write_nquads(&mut state.arena);
                    Slot::Text(start, state.arena.len() as u32)
                }
            };
            // Subject, object, graph: the order rdf-canonize meets blank nodes in, which fixes
            // the interned numbers and so the tie-breaking among look-alike nodes.
            let s = slot(&quad.subject);
            let p = slot(&quad.predicate);
            let o = slot(&quad.object);
            let g = quad.graph.as_ref().map_or(Slot::Default, &mut slot);
            state.quads.push(Prepared {
                source: quad,
                predicate_iri,
                slots: [s, p, o, g],
            });
        }
        Ok(state)
    }

    /// Whether an equal quad was already prepared. Only quads with a blank node are checked
    /// here (a repeated ground quad cannot change any hash and is dropped when the output is
    /// sorted); they are compared against the quads of one of their blank nodes.
    fn is_duplicate(&self, quad: &Quad, ids: &HashMap<&str, u32>) -> bool {
        let blank = [Some(&quad.subject), Some(&quad.object), quad.graph.as_ref()]
            .into_iter()
            .flatten()
            .find_map(|t| match t {
                Term::Blank(label) => Some(label.as_str()),
                _ => None,
            });
        let Some(label) = blank else {
            return false;
        };
        let Some(&id) = ids.get(label) else {
            return false;
        };
        // Objects first: quads of one blank node mostly share subject and predicate prefixes,
        // and differ soonest in the object.
        self.node_quads[id as usize].iter().any(|&q| {
            let other = self.quads[q as usize].source;
            other.object == quad.object
                && other.predicate == quad.predicate
                && other.subject == quad.subject
                && other.graph == quad.graph
        })
    }

    /// Appends one N-Quads line of quad `q`, writing blank nodes with `blank`.
    fn write_line(&self, q: u32, out: &mut String, mut blank: impl FnMut(u32, &mut String)) {
        let [s, p, o, g] = self.quads[q as usize].slots;
        for (i, slot) in [s, p, o, g].into_iter().enumerate() {
            match slot {
                Slot::Text(start, end) => {
                    if i > 0 {
                        out.push(' ');
                    }
                    out.push_str(&self.arena[start as usize..end as usize]);
                }
                Slot::Blank(id) => {
                    if i > 0 {
                        out.push(' ');
                    }
                    out.push_str("_:");
                    blank(id, out);
                }
                Slot::Default => {}
            }
        }
        out.push_str(" .\n");
    }

    /// Hash First Degree Quads (4.6): the node's quads with itself as `_:a` and every other blank
    /// node as `_:z`, sorted and hashed.
    fn hash_first_degree(
        &self,
        node: u32,
        lines: &mut String,
        ranges: &mut Vec<(usize, usize)>,
    ) -> HexHash {
        lines.clear();
        ranges.clear();
        for &q in &self.node_quads[node as usize] {
            let start = lines.len();
            self.write_line(q, lines, |id, out| {
                out.push(if id == node { 'a' } else { 'z' });
            });
            ranges.push((start, lines.len()));
        }
        let text = lines.as_bytes();
        ranges.sort_unstable_by(|a, b| text[a.0..a.1].cmp(&text[b.0..b.1]));
        let mut hasher = Hasher::new(self.algorithm);
        for &(start, end) in ranges.iter() {
            hasher.update(&text[start..end]);
        }
        hasher.finish()
    }

    /// Issues the next canonical identifier to `node` unless it has one.
    fn issue_canonical(&mut self, node: u32) {
        if self.canonical[node as usize] == NONE {
            self.canonical[node as usize] = self.canonical_order.len() as u32;
            self.canonical_order.push(node);
        }
    }

    /// Steps 3 to 6 of the canonicalisation algorithm (4.4.3): every blank node ends with a
    /// canonical identifier.
    fn label_blank_nodes(&mut self) -> Result<(), CanonError> {
        let count = self.labels.len();
        if count == 0 {
            return Ok(());
        }
        self.canonical = vec![NONE; count];
        let mut lines = String::new();
        let mut ranges = Vec::new();
        let first: Vec<HexHash> = (0..count as u32)
            .map(|n| self.hash_first_degree(n, &mut lines, &mut ranges))
            .collect();
        self.first = first;

        // Stable sort: nodes sharing a hash stay in the order they were met.
        let mut by_hash: Vec<(HexHash, u32)> =
            self.first.iter().copied().zip(0..count as u32).collect();
        by_hash.sort_by_key(|a| a.0);

        // The first-degree hashes never change, so one pass settles every unique node (the
        // `simple` loop of the specification ends after one round, as implementations agree).
        let mut shared: Vec<Vec<u32>> = Vec::new();
        for group in by_hash.chunk_by(|a, b| a.0 == b.0) {
            if let [(_, node)] = group {
                self.issue_canonical(*node);
            } else {
                shared.push(group.iter().map(|&(_, n)| n).collect());
            }
        }
        if shared.is_empty() {
            return Ok(());
        }

        let ambiguous: u64 = shared.iter().map(|g| g.len() as u64).sum();
        self.limit = self
            .options
            .max_deep_iterations
            .unwrap_or(ambiguous.saturating_mul(self.options.max_deep_iterations_per_node));
        self.remaining = self.limit;
        self.rank_labels();

        for group in shared {
            let mut results: Vec<(HexHash, Issuer)> = Vec::with_capacity(group.len());
            for node in group {
                if self.canonical[node as usize] != NONE {
                    continue;
                }
                let mut issuer = Issuer::default();
                issuer.issue(node);
                results.push(self.hash_n_degree(node, &issuer)?);
            }
            results.sort_by_key(|a| a.0);
            for (_, issuer) in results {
                for node in issuer.issued {
                    self.issue_canonical(node);
                }
            }
        }
        Ok(())
    }

    /// Ranks blank nodes by label in UTF-16 order, the order rdf-canonize permutes them in.
    fn rank_labels(&mut self) {
        let mut order: Vec<u32> = (0..self.labels.len() as u32).collect();
        order.sort_by(|&a, &b| {
            let (a, b) = (self.labels[a as usize], self.labels[b as usize]);
            a.encode_utf16().cmp(b.encode_utf16())
        });
        self.rank = vec![0; order.len()];
        for (r, &node) in order.iter().enumerate() {
            self.rank[node as usize] = r as u32;
        }
        self.by_rank = order;
    }

    /// Hash Related Blank Node (4.7).
    fn hash_related(&self, related: u32, q: u32, issuer: &Issuer, position: u8) -> HexHash {
        let mut hasher = Hasher::new(self.algorithm);
        hasher.update(&[position]);
        if position != b'g' {
            hasher.update(b"<");
            hasher.update(self.quads[q as usize].predicate_iri.as_bytes());
            hasher.update(b">");
        }
        let mut buf = [0u8; 10];
        let canonical = self.canonical[related as usize];
        if canonical != NONE {
            hasher.update(b"_:c14n");
            hasher.update(digits(canonical, &mut buf).as_bytes());
        } else if let Some(i) = issuer.get(related) {
            hasher.update(b"_:b");
            hasher.update(digits(i, &mut buf).as_bytes());
        } else {
            hasher.update(self.first[related as usize].as_bytes());
        }
        hasher.finish()
    }

    /// Hash N-Degree Quads (4.8), counting against the work and depth limits.
    fn hash_n_degree(
        &mut self,
        node: u32,
        issuer: &Issuer,
    ) -> Result<(HexHash, Issuer), CanonError> {
        if self.remaining == 0 {
            return Err(CanonError::TooComplex {
                limit: self.limit,
                what: "steps",
            });
        }
        if self.depth >= self.options.max_recursion_depth {
            return Err(CanonError::TooComplex {
                limit: u64::from(self.options.max_recursion_depth),
                what: "levels of recursion",
            });
        }
        self.remaining -= 1;
        self.depth += 1;
        let result = self.hash_n_degree_inner(node, issuer);
        self.depth -= 1;
        result
    }

    fn hash_n_degree_inner(
        &mut self,
        node: u32,
        issuer: &Issuer,
    ) -> Result<(HexHash, Issuer), CanonError> {
        // Steps 1-3: the hash to related blank nodes map, as (hash, node) sorted by hash; the
        // stable sort keeps each list in the order the nodes were met.
        let mut related: Vec<(HexHash, u32)> = Vec::new();
        for &q in &self.node_quads[node as usize] {
            let [s, _, o, g] = self.quads[q as usize].slots;
            for (slot, position) in [(s, b's'), (o, b'o'), (g, b'g')] {
                if let Slot::Blank(other) = slot {
                    if other != node {
                        related.push((self.hash_related(other, q, issuer, position), other));
                    }
                }
            }
        }
        related.sort_by_key(|a| a.0);

        let mut data = Hasher::new(self.algorithm);
        let mut issuer = issuer.clone();
        let mut path = String::new();
        let mut chosen_path = String::new();
        // Step 5: for each related hash, in order.
        for group in related.chunk_by(|a, b| a.0 == b.0) {
            data.update(group[0].0.as_bytes());
            chosen_path.clear();
            let mut chosen_issuer: Option<Issuer> = None;
            let mut permuter =
                Permuter::new(group.iter().map(|&(_, n)| self.rank[n as usize]).collect());
            'permutation: while let Some(permutation) = permuter.next() {
                let mut copy = issuer.clone();
                path.clear();
                let mut recursion = Vec::new();
                for &r in &permutation {
                    let related = self.by_rank[r as usize];
                    let canonical = self.canonical[related as usize];
                    if canonical != NONE {
                        path.push_str("_:c14n");
                        push_num(&mut path, canonical);
                    } else {
                        if copy.get(related).is_none() {
                            recursion.push(related);
                        }
                        path.push_str("_:b");
                        push_num(&mut path, copy.issue(related));
                    }
                    // Once path sorts after the best so far, no extension can sort before it.
                    if chosen_issuer.is_some() && path > chosen_path {
                        continue 'permutation;
                    }
                }
                for related in recursion {
                    let (hash, result_issuer) = self.hash_n_degree(related, &copy)?;
                    path.push_str("_:b");
                    push_num(&mut path, copy.issue(related));
                    path.push('<');
                    path.push_str(hash.as_str());
                    path.push('>');
                    copy = result_issuer;
                    if chosen_issuer.is_some() && path > chosen_path {
                        continue 'permutation;
                    }
                }
                if chosen_issuer.is_none() || path < chosen_path {
                    chosen_path.clone_from(&path);
                    chosen_issuer = Some(copy);
                }
            }
            data.update(chosen_path.as_bytes());
            if let Some(chosen) = chosen_issuer {
                issuer = chosen;
            }
        }
        Ok((data.finish(), issuer))
    }

    /// Step 7: relabel, serialise, sort, drop repeats.
    fn finish(self) -> Canonical {
        let mut lines = String::with_capacity(self.arena.len() + self.quads.len() * 24);
        let mut ranges = Vec::with_capacity(self.quads.len());
        for q in 0..self.quads.len() as u32 {
            let start = lines.len();
            self.write_line(q, &mut lines, |id, out| {
                out.push_str("c14n");
                push_num(out, self.canonical[id as usize]);
            });
            ranges.push((start, lines.len()));
        }
        let text = lines.as_bytes();
        ranges.sort_unstable_by(|a, b| text[a.0..a.1].cmp(&text[b.0..b.1]));
        ranges.dedup_by(|a, b| text[a.0..a.1] == text[b.0..b.1]);
        let mut nquads = String::with_capacity(lines.len());
        for &(start, end) in &ranges {
            nquads.push_str(&lines[start..end]);
        }
        let labels = self
            .canonical_order
            .iter()
            .map(|&n| self.labels[n as usize].to_owned())
            .collect();
        Canonical { nquads, labels }
    }
}

/// All permutations of a list, in the Steinhaus-Johnson-Trotter order rdf-canonize's
/// `Permuter` produces: starting from the sorted list, with directions kept per value (so a
/// list with repeated values yields some of its distinct arrangements, exactly those
/// rdf-canonize tries).
struct Permuter {
    list: Vec<u32>,
    /// (value, looking left) for each distinct value.
    left: Vec<(u32, bool)>,
    done: bool,
}

impl Permuter {
    fn new(mut list: Vec<u32>) -> Self {
        list.sort_unstable();
        let mut left: Vec<(u32, bool)> = list.iter().map(|&v| (v, true)).collect();
        left.dedup();
        Permuter {
            list,
            left,
            done: false,
        }
    }

    fn looks_left(&self, value: u32) -> bool {
        self.left
            .iter()
            .find(|(v, _)| *v == value)
            .is_some_and(|&(_, l)| l)
    }

    /// The current permutation, then advances.
    fn next(&mut self) -> Option<Vec<u32>> {
        if self.done {
            return None;
        }
        let current = self.list.clone();
        // The largest mobile element: one greater than the neighbour it looks at.
        let len = self.list.len();
        let mut mobile: Option<(u32, usize)> = None;
        for (i, &e) in self.list.iter().enumerate() {
            let left = self.looks_left(e);
            let is_mobile = (left && i > 0 && e > self.list[i - 1])
                || (!left && i + 1 < len && e > self.list[i + 1]);
            if is_mobile && mobile.is_none_or(|(k, _)| e > k) {
                mobile = Some((e, i));
            }
        }
        match mobile {
            None => self.done = true,
            Some((k, pos)) => {
                let swap = if self.looks_left(k) { pos - 1 } else { pos + 1 };
                self.list.swap(pos, swap);
                // Flipped once per occurrence, as rdf-canonize does: a value present twice
                // keeps its direction. With repeated values the walk visits a subset of the
                // arrangements, and which subset decides the chosen path, so it must match.
                for i in 0..len {
                    let value = self.list[i];
                    if value > k {
                        if let Some(entry) = self.left.iter_mut().find(|(v, _)| *v == value) {
                            entry.1 = !entry.1;
                        }
                    }
                }
            }
        }
        Some(current)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::verify::canon::nquads;

    fn canon(doc: &str) -> Canonical {
        canonicalize(&nquads::parse(doc).unwrap(), &Options::default()).unwrap()
    }

    #[test]
    fn permuter_follows_johnson_trotter() {
        let all: Vec<Vec<u32>> = std::iter::from_fn({
            let mut p = Permuter::new(vec![2, 0, 1]);
            move || p.next()
        })
        .collect();
        assert_eq!(
            all,
            [
                [0, 1, 2],
                [0, 2, 1],
                [2, 0, 1],
                [2, 1, 0],
                [1, 2, 0],
                [1, 0, 2]
            ]
        );
    }

    #[test]
    fn permuter_matches_rdf_canonize_on_repeated_values() {
        // Sequences printed by rdf-canonize's Permuter algorithm under Node.js.
        for (input, expected) in [
            ("112", "112 121 211"),
            (
                "1223",
                "1223 1232 1322 3122 3212 2312 2132 2123 2213 2231 2321 3221",
            ),
            ("0011", "0011 0101 1001 1010 1100"),
            (
                "2010",
                "0012 0021 0201 2001 2010 0210 0120 0102 1002 1020 1200 2100",
            ),
        ] {
            let list = input.bytes().map(|b| u32::from(b - b'0')).collect();
            let mut p = Permuter::new(list);
            let got: Vec<String> = std::iter::from_fn(|| p.next())
                .map(|perm| perm.iter().map(|d| d.to_string()).collect())
                .collect();
            assert_eq!(got.join(" "), expected, "{input}");
        }
    }

    #[test]
    fn ground_dataset_is_sorted_and_deduplicated() {
        let c =
            canon("<urn:b> <urn:p> \"x\" .\n<urn:a> <urn:p> \"x\" .\n<urn:b> <urn:p> \"x\" .\n");
        assert_eq!(
            c.nquads,
            "<urn:a> <urn:p> \"x\" .\n<urn:b> <urn:p> \"x\" .\n"
        );
        assert_eq!(c.issued_identifiers().count(), 0);
    }

    #[test]
    fn repeated_blank_node_quad_counts_once() {
        let quads = nquads::parse("<urn:s> <urn:p> _:o .").unwrap();
        let twice = [quads[0].clone(), quads[0].clone()];
        let c = canonicalize(&twice, &Options::default()).unwrap();
        assert_eq!(c.nquads, "<urn:s> <urn:p> _:c14n0 .\n");
        assert_eq!(c.canonical_label("o").as_deref(), Some("c14n0"));
    }

    #[test]
    fn relabelling_does_not_change_the_output() {
        let a = canon("_:x <urn:p> _:y .\n_:y <urn:q> \"v\" .\n");
        let b = canon(
            "_:y <urn:q> \"v\" .\n_:b1 <urn:p> _:y .\n"
                .replace("_:y", "_:q9")
                .as_str(),
        );
        assert_eq!(a.nquads, b.nquads);
    }

    #[test]
    fn rejects_literal_subject() {
        let quad = Quad {
            subject: Term::Literal {
                value: "x".into(),
                datatype: crate::verify::rdf::XSD_STRING.into(),
                language: None,
            },
            predicate: Term::Iri("urn:p".into()),
            object: Term::Iri("urn:o".into()),
            graph: None,
        };
        let err = canonicalize(&[quad], &Options::default()).unwrap_err();
        assert_eq!(err.code(), "canon-invalid-quad");
    }

    #[test]
    fn symmetric_cycle_hits_the_recursion_cap_not_the_stack() {
        // A ring of 600 look-alike blank nodes: Hash N-Degree Quads walks the whole ring.
        let ring: String = (0..600)
            .map(|i| format!("_:n{i} <urn:next> _:n{} .\n", (i + 1) % 600))
            .collect();
        let err = canonicalize(&nquads::parse(&ring).unwrap(), &Options::default()).unwrap_err();
        assert!(matches!(err, CanonError::TooComplex { .. }), "{err}");
    }

    #[test]
    fn digits_are_decimal() {
        let mut buf = [0; 10];
        assert_eq!(digits(0, &mut buf), "0");
        assert_eq!(digits(4_294_967_295, &mut buf), "4294967295");
    }
}
