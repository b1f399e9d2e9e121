//! The bundled JSON-LD contexts: the only documents the processor will ever load.
//!
//! Every context file under `contexts/` is compiled into the binary together with
//! `contexts/index.json`, which maps each context URL (and its `aliases`) to a file and records the
//! file's SHA-256 and size. [`Bundle::load`] checks the index itself and that every indexed file
//! is embedded; each file is checked against its SHA-256 and size and parsed the first time a
//! document names it, before anything uses it, so a corrupted or edited context fails loudly
//! instead of changing what a signature covers. (Lazily, because a process verifying one
//! credential needs two or three of the 34 contexts: checking and parsing all of them was 75 % of
//! a one-file `erkend verify`.) Lookup is by exact URL string; any other URL is unknown and fails
//! closed.

use super::JsonLdError;
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::OnceLock;

macro_rules! embed {
    ($file:literal) => {
        (
            $file,
            include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/contexts/", $file)) as &[u8],
        )
    };
}

/// `contexts/index.json`.
const INDEX: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/contexts/index.json"));

/// Every context file named by the index, embedded byte for byte.
const FILES: &[(&str, &[u8])] = &[
    embed!("credentials-v1.jsonld"),
    embed!("credentials-v2.jsonld"),
    embed!("credentials-examples-v1.jsonld"),
    embed!("credentials-examples-v2.jsonld"),
    embed!("data-integrity-v2.jsonld"),
    embed!("data-integrity-v1.jsonld"),
    embed!("multikey-v1.jsonld"),
    embed!("jwk-v1.jsonld"),
    embed!("ed25519-signature-2020-v1.jsonld"),
    embed!("bitstring-status-list-v1.jsonld"),
    embed!("status-list-2021-v1.jsonld"),
    embed!("citizenship-v4rc1.jsonld"),
    embed!("ob-v3p0-context-3.0.3.json"),
    embed!("ob-v3p0-context-3.0.2.json"),
    embed!("ob-v3p0-context-3.0.1.json"),
    embed!("ob-v3p0-context.json"),
    embed!("ob-v3p0-extensions.json"),
    embed!("clr-v2p0-context-2.0.1.json"),
    embed!("clr-v2p0-context.json"),
    embed!("openbadges-v2.jsonld"),
    embed!("openbadges-v1.jsonld"),
    embed!("openbadges-legacy-v1.jsonld"),
    embed!("edc-ap-context.jsonld"),
    embed!("openbadges-v2-extensions/accessibilityExtension/context.json"),
    embed!("openbadges-v2-extensions/applyLinkExtension/context.json"),
    embed!("openbadges-v2-extensions/assessmentExtension/context.json"),
    embed!("openbadges-v2-extensions/endorsement/context.json"),
    embed!("openbadges-v2-extensions/exampleExtension/context.json"),
    embed!("openbadges-v2-extensions/extraDescription/context.json"),
    embed!("openbadges-v2-extensions/geoCoordinatesExtension/context.json"),
    embed!("openbadges-v2-extensions/issuerAccreditationExtension/context.json"),
    embed!("openbadges-v2-extensions/licenseExtension/context.json"),
    embed!("openbadges-v2-extensions/originalCreatorExtension/context.json"),
    embed!("openbadges-v2-extensions/recipientProfile/context.json"),
];

/// One embedded context file, checked and parsed on first use.
struct Entry {
    file: &'static str,
    bytes: &'static [u8],
    sha256: String,
    size: Option<u64>,
    parsed: OnceLock<Result<&'static Value, JsonLdError>>,
}

impl Entry {
    /// The parsed document, after checking the bytes against the index (once per process).
    fn document(&self) -> Result<&'static Value, JsonLdError> {
        self.parsed
            .get_or_init(|| {
                let corrupt = |why: &str| JsonLdError::BundledContextCorrupt {
                    file: self.file.to_owned(),
                    reason: why.to_owned(),
                };
                if hex::encode(Sha256::digest(self.bytes)) != self.sha256 {
                    return Err(corrupt("SHA-256 differs from index.json"));
                }
                if self.size != Some(self.bytes.len() as u64) {
                    return Err(corrupt("size differs from index.json"));
                }
                let doc: Value =
                    serde_json::from_slice(self.bytes).map_err(|e| corrupt(&e.to_string()))?;
                // Leaked once per process: processed contexts point into these documents, and
                // the pointers double as cache keys, so they must never move or be freed.
                Ok(&*Box::leak(Box::new(doc)))
            })
            .clone()
    }
}

/// The integrity-checked contexts, keyed by URL (aliases included).
pub(crate) struct Bundle {
    entries: Vec<Entry>,
    by_url: HashMap<String, usize>,
}

static BUNDLE: OnceLock<Result<Bundle, JsonLdError>> = OnceLock::new();

impl Bundle {
    /// The process-wide bundle: the index is read on first use, each file when first named.
    pub(crate) fn get() -> Result<&'static Bundle, JsonLdError> {
        BUNDLE
            .get_or_init(|| Bundle::load(INDEX, FILES))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Reads `index.json` and pairs each entry with its embedded file.
    fn load(index: &str, files: &[(&'static str, &'static [u8])]) -> Result<Bundle, JsonLdError> {
        let corrupt = |file: &str, why: &str| JsonLdError::BundledContextCorrupt {
            file: file.to_owned(),
            reason: why.to_owned(),
        };
        let index: Value =
            serde_json::from_str(index).map_err(|e| corrupt("index.json", &e.to_string()))?;
        let entries = index
            .get("contexts")
            .and_then(Value::as_array)
            .ok_or_else(|| corrupt("index.json", "no `contexts` list"))?;
        let mut by_url = HashMap::new();
        let mut list = Vec::with_capacity(entries.len());
        for entry in entries {
            let field = |name: &str| entry.get(name).and_then(Value::as_str);
            let (Some(url), Some(file), Some(sha)) = (field("url"), field("file"), field("sha256"))
            else {
                return Err(corrupt("index.json", "entry without url, file or sha256"));
            };
            let (name, bytes) = files
                .iter()
                .find(|(name, _)| *name == file)
                .copied()
                .ok_or_else(|| corrupt(file, "listed in index.json but not embedded"))?;
            let aliases = entry
                .get("aliases")
                .and_then(Value::as_array)
                .map(Vec::as_slice)
                .unwrap_or_default();
            by_url.insert(url.to_owned(), list.len());
            for alias in aliases {
                let alias = alias
                    .as_str()
                    .ok_or_else(|| corrupt("index.json", "alias is not a string"))?;
                by_url.insert(alias.to_owned(), list.len());
            }
            list.push(Entry {
                file: name,
                bytes,
                sha256: sha.to_owned(),
                size: entry.get("bytes").and_then(Value::as_u64),
                parsed: OnceLock::new(),
            });
        }
        if files.len() != entries.len() {
            return Err(corrupt(
                "index.json",
                "embedded files and index entries differ",
            ));
        }
        Ok(Bundle {
            entries: list,
            by_url,
        })
    }

    /// Whether `url` is served from the bundle.
    pub(crate) fn contains(&self, url: &str) -> bool {
        self.by_url.contains_key(url)
    }

    /// The context document served for `url`: `None` if it is not bundled, an error if its
    /// embedded bytes do not match the index.
    pub(crate) fn document(&self, url: &str) -> Option<Result<&'static Value, JsonLdError>> {
        let index = *self.by_url.get(url)?;
        self.entries.get(index).map(Entry::document)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_url_and_alias_is_served() {
        let bundle = Bundle::get().expect("intact");
        let index: Value = serde_json::from_str(INDEX).expect("index");
        for entry in index["contexts"].as_array().expect("contexts") {
            let url = entry["url"].as_str().expect("url");
            let doc = bundle.document(url).expect(url).expect("intact");
            assert!(doc.get("@context").is_some(), "{url}");
            for alias in entry["aliases"].as_array().into_iter().flatten() {
                let alias = alias.as_str().expect("alias");
                let same = bundle.document(alias).expect(alias).expect("intact");
                assert!(std::ptr::eq(same, doc));
            }
        }
        assert!(bundle.document("https://www.w3.org/ns/did/v1").is_none());
        assert!(!bundle.contains("https://www.w3.org/ns/did/v1"));
    }

    #[test]
    fn a_changed_byte_is_caught() {
        let (name, bytes) = FILES[1];
        let mut changed = bytes.to_vec();
        changed[10] ^= 0x20;
        let changed: &'static [u8] = Box::leak(changed.into_boxed_slice());
        let mut files = FILES.to_vec();
        files[1] = (name, changed);
        let bundle = Bundle::load(INDEX, &files).expect("the index itself is intact");
        let index: Value = serde_json::from_str(INDEX).expect("index");
        let url = index["contexts"]
            .as_array()
            .expect("contexts")
            .iter()
            .find(|e| e["file"] == name)
            .and_then(|e| e["url"].as_str())
            .expect("url of the changed file");
        match bundle.document(url) {
            Some(Err(JsonLdError::BundledContextCorrupt { file, .. })) => assert_eq!(file, name),
            other => panic!("expected corruption to be caught, got {other:?}"),
        }
        let untouched = FILES[0].0;
        let first = index["contexts"][0]["url"].as_str().expect("url");
        assert_eq!(index["contexts"][0]["file"], untouched);
        assert!(matches!(bundle.document(first), Some(Ok(_))));
    }
}
