//! Trust: which issuers and attesters are known (signed trust lists), what an online refresh
//! learned (the fetch cache), and the colour of a verdict.
//!
//! [`assess`] is verification with everything the computer knows: the offline engine
//! (`verify`), keys from kept `did:web` / https documents, the hosted copy of an OB 2.0
//! assertion, revocation status, and the trust colour — green only when the credential
//! verified, nothing is unchecked and its issuer is on an installed list. An unknown issuer is
//! amber, never a failed check. Nothing here touches the network (`online` does, on request).

pub mod cache;
pub mod cli;
pub mod hosted;
pub mod installed;
pub mod list;
pub mod public;

pub use cache::{Cached, FetchCache};
pub use installed::{Installed, InstalledList, PINNED_KEYS};
pub use list::{Entry, Role, TrustList};
pub use public::PublicDir;

use crate::import::Parsed;
use crate::model::Format;
use crate::status::{self, Lookup};
use crate::verify::keys::did_of;
use crate::verify::{self, CachedResolver, CheckName, DocumentSource, Verdict};
use crate::Result;
use chrono::{DateTime, Duration, Utc};
use serde_json::Value;

/// How old a kept status list or hosted copy may be before it is shown as stale.
pub const DEFAULT_MAX_AGE_DAYS: i64 = 30;

/// The trust lists in force.
#[derive(Debug, Clone, Default)]
pub struct TrustLists {
    lists: Vec<TrustList>,
}

/// True when two identifiers name the same party (a DID URL's fragment is ignored).
fn same_party(a: &str, b: &str) -> bool {
    !a.is_empty() && did_of(a) == did_of(b)
}

impl TrustLists {
    /// A set of verified lists.
    pub fn new(lists: Vec<TrustList>) -> TrustLists {
        TrustLists { lists }
    }

    /// The lists.
    pub fn lists(&self) -> &[TrustList] {
        &self.lists
    }

    /// The entry for `id` with `role`, valid at `at`, and the list that has it.
    pub fn entry(&self, id: &str, role: Role, at: DateTime<Utc>) -> Option<(&TrustList, &Entry)> {
        self.lists.iter().find_map(|l| {
            l.entries
                .iter()
                .find(|e| same_party(&e.id, id) && e.roles.contains(&role) && e.valid_at(at))
                .map(|e| (l, e))
        })
    }

    /// True when `id` is a listed issuer at `at`.
    pub fn is_trusted_issuer(&self, id: &str, at: DateTime<Utc>) -> bool {
        self.entry(id, Role::Issuer, at).is_some()
    }

    /// True when `id` (a DID or URL) is a listed attester at `at`.
    pub fn is_trusted_attester(&self, id: &str, at: DateTime<Utc>) -> bool {
        self.entry(id, Role::Attester, at).is_some()
    }

    /// "Is this DID/URL a trusted attester (now)?" as a plain function, for modules that only
    /// need the answer (e.g. the proof card).
    pub fn attester_predicate(&self, at: DateTime<Utc>) -> impl Fn(&str) -> bool + '_ {
        move |id| self.is_trusted_attester(id, at)
    }

    /// [`TrustLists::attester_predicate`] owning the lists, for callers that keep it.
    pub fn into_attester_predicate(self, at: DateTime<Utc>) -> impl Fn(&str) -> bool {
        move |id| self.is_trusted_attester(id, at)
    }

    /// The lists installed beside a wallet path, valid at `at` (none when unreadable).
    pub fn installed_beside(wallet: &std::path::Path, at: DateTime<Utc>) -> TrustLists {
        Context::load(&PublicDir::beside_wallet(wallet), at)
            .map(|c| c.lists)
            .unwrap_or_default()
    }
}

/// Everything [`assess`] reads besides the credential: trust lists, kept documents, and the
/// allowed age of kept answers.
#[derive(Debug, Clone)]
pub struct Context {
    lists: TrustLists,
    cache: Option<FetchCache>,
    max_age: Duration,
}

impl Default for Context {
    fn default() -> Context {
        Context::offline()
    }
}

/// A source with no documents (nothing was ever fetched).
struct Nothing;

impl DocumentSource for Nothing {
    fn document(&self, _url: &str) -> Option<Value> {
        None
    }
}

impl Context {
    /// No lists, nothing kept: what a fresh installation knows.
    pub fn offline() -> Context {
        Context {
            lists: TrustLists::default(),
            cache: None,
            max_age: Duration::days(DEFAULT_MAX_AGE_DAYS),
        }
    }

    /// The installed lists valid at `at` and the fetch cache of a public-data folder.
    pub fn load(public: &PublicDir, at: DateTime<Utc>) -> Result<Context> {
        let lists = Installed::new(public)
            .load(at)?
            .into_iter()
            .map(|i| i.list)
            .collect();
        Ok(Context {
            lists: TrustLists::new(lists),
            cache: Some(FetchCache::new(public)),
            max_age: Duration::days(DEFAULT_MAX_AGE_DAYS),
        })
    }

    /// Adds a list for this run only (e.g. `--trust-list FILE`).
    pub fn with_list(mut self, list: TrustList) -> Context {
        self.lists.lists.push(list);
        self
    }

    /// Sets how old kept answers may be.
    pub fn with_max_age(mut self, max_age: Duration) -> Context {
        self.max_age = max_age;
        self
    }

    /// The trust lists in force.
    pub fn lists(&self) -> &TrustLists {
        &self.lists
    }

    /// The fetch cache, if any.
    pub fn cache(&self) -> Option<&FetchCache> {
        self.cache.as_ref()
    }
}

/// Verifies a parsed credential at `at` with everything the computer knows (see the module
/// docs). Never touches the network.
pub fn assess(parsed: &Parsed, at: DateTime<Utc>, ctx: &Context) -> Verdict {
    let source: &dyn DocumentSource = match &ctx.cache {
        Some(c) => c,
        None => &Nothing,
    };
    let resolver = CachedResolver::new(source);
    let base = verify::verify_with(parsed, at, &resolver);
    finish(parsed, base, at, ctx, &resolver)
}

/// [`assess`] for a verdict the offline engine already made (bulk verification batches the
/// signatures): adds what the kept documents and trust lists say. When the offline verdict left
/// something unchecked that kept documents may answer (a did:web or https key), the credential
/// is verified again with them, so the result is always exactly what [`assess`] gives.
pub fn complete(parsed: &Parsed, offline: Verdict, at: DateTime<Utc>, ctx: &Context) -> Verdict {
    let source: &dyn DocumentSource = match &ctx.cache {
        Some(c) => c,
        None => &Nothing,
    };
    let resolver = CachedResolver::new(source);
    let cache_may_answer = ctx.cache.is_some()
        && offline
            .checks
            .iter()
            .any(|c| c.outcome == verify::Outcome::Unchecked);
    let base = if cache_may_answer {
        verify::verify_with(parsed, at, &resolver)
    } else {
        offline
    };
    finish(parsed, base, at, ctx, &resolver)
}

fn finish(
    parsed: &Parsed,
    base: Verdict,
    at: DateTime<Utc>,
    ctx: &Context,
    resolver: &CachedResolver<'_>,
) -> Verdict {
    let lookup = Lookup {
        cache: ctx.cache.as_ref(),
        resolver,
        at,
        max_age: ctx.max_age,
    };
    let mut checks = base.checks;
    // A key that needs the network says so with the date of the last online check.
    for check in checks.iter_mut() {
        if check.message == "check-signature-needs-network" {
            let method = check.args.get("method").cloned().unwrap_or_default();
            let url = verify::keys::document_url(&method).unwrap_or_else(|| method.clone());
            *check = lookup.offline(check.check, &url).with_arg("method", method);
        }
    }
    let mut issuer = parsed.credential.issuer.id.clone();
    if parsed.format == Format::Ob2Hosted {
        checks.retain(|c| c.check != CheckName::Hosted);
        let hosted = hosted::checks(&parsed.document, &lookup);
        checks.splice(0..0, hosted);
        issuer = issuer.or_else(|| hosted::issuer_of(&parsed.document, &lookup));
    }
    if parsed.format == Format::Ob2Signed {
        bind_linked_issuer(&mut checks, &parsed.document, &lookup);
    }
    checks.extend(status::checks(&parsed.document, &lookup));
    let mut verdict = Verdict::new(checks, at);
    let listed = issuer
        .as_deref()
        .is_some_and(|i| ctx.lists.is_trusted_issuer(i, at));
    verdict.apply_issuer_trust(listed);
    verdict
}

/// Re-derives a stored verdict's colour from the trust lists in force now, so installing or
/// losing a list shows at once without verifying again. A verdict whose issuer the model does
/// not name (a hosted badge with a linked BadgeClass) keeps the colour it was stored with.
pub fn recolour(stored: &mut crate::store::StoredCredential, ctx: &Context, at: DateTime<Utc>) {
    if let (Some(verdict), Some(issuer)) = (&mut stored.verdict, &stored.credential.issuer.id) {
        verdict.apply_issuer_trust(ctx.lists.is_trusted_issuer(issuer, at));
    }
}

/// An OB 2.0 signed assertion whose BadgeClass is only linked: once the BadgeClass was fetched,
/// its issuer is known, and the key's owner (from the fetched key document) must be it.
fn bind_linked_issuer(checks: &mut [verify::Check], document: &Value, lookup: &Lookup<'_>) {
    let Some(check) = checks
        .iter_mut()
        .find(|c| c.check == CheckName::Issuer && c.message == "check-issuer-needs-network")
    else {
        return;
    };
    let Some(issuer) = hosted::issuer_of(document, lookup) else {
        return;
    };
    let controller = check.args.get("controller").cloned().unwrap_or_default();
    *check = if !controller.is_empty() && same_party(&issuer, &controller) {
        verify::Check::passed(CheckName::Issuer, "check-issuer-matches")
    } else {
        verify::Check::failed(CheckName::Issuer, "check-issuer-mismatch")
    }
    .with_arg("issuer", issuer)
    .with_arg("controller", controller);
}
