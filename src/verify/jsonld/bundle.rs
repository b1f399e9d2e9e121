//! The bundled JSON-LD contexts: the only documents the processor will ever load.
//!
//! Every context file under `contexts/` is compiled into the binary together with
//! `contexts/index.json`, which maps each context URL (and its `aliases`) to a file and records the
//! file's SHA-256 and size. [`Bundle::load`] checks every file against the index before anything
//! uses it, so a corrupted or edited context fails loudly instead of changing what a signature
//! covers. Lookup is by exact URL string; any other URL is unknown and fails closed.

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

/// The parsed, integrity-checked contexts, keyed by URL (aliases included).
pub(crate) struct Bundle {
    by_url: HashMap<String, &'static Value>,
}

static BUNDLE: OnceLock<Result<Bundle, JsonLdError>> = OnceLock::new();

impl Bundle {
    /// The process-wide bundle, checked and parsed on first use (about 2 ms).
    pub(crate) fn get() -> Result<&'static Bundle, JsonLdError> {
        BUNDLE
            .get_or_init(|| Bundle::load(INDEX, FILES))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Checks each embedded file against `index.json` and parses it.
    fn load(index: &str, files: &[(&str, &'static [u8])]) -> Result<Bundle, JsonLdError> {
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
        for entry in entries {
            let field = |name: &str| entry.get(name).and_then(Value::as_str);
            let (Some(url), Some(file), Some(sha)) = (field("url"), field("file"), field("sha256"))
            else {
                return Err(corrupt("index.json", "entry without url, file or sha256"));
            };
            let bytes = files
                .iter()
                .find(|(name, _)| *name == file)
                .map(|(_, b)| *b)
                .ok_or_else(|| corrupt(file, "listed in index.json but not embedded"))?;
            if hex::encode(Sha256::digest(bytes)) != sha {
                return Err(corrupt(file, "SHA-256 differs from index.json"));
            }
            if entry.get("bytes").and_then(Value::as_u64) != Some(bytes.len() as u64) {
                return Err(corrupt(file, "size differs from index.json"));
            }
            let doc: Value =
                serde_json::from_slice(bytes).map_err(|e| corrupt(file, &e.to_string()))?;
            // Leaked once per process: processed contexts point into these documents, and the
            // pointers double as cache keys, so they must never move or be freed.
            let doc: &'static Value = Box::leak(Box::new(doc));
            let aliases = entry
                .get("aliases")
                .and_then(Value::as_array)
                .map(Vec::as_slice)
                .unwrap_or_default();
            by_url.insert(url.to_owned(), doc);
            for alias in aliases {
                let alias = alias
                    .as_str()
                    .ok_or_else(|| corrupt("index.json", "alias is not a string"))?;
                by_url.insert(alias.to_owned(), doc);
            }
        }
        if files.len() != entries.len() {
            return Err(corrupt(
                "index.json",
                "embedded files and index entries differ",
            ));
        }
        Ok(Bundle { by_url })
    }

    /// The context document served for `url`, if it is bundled.
    pub(crate) fn document(&self, url: &str) -> Option<&'static Value> {
        self.by_url.get(url).copied()
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
            let doc = bundle.document(url).expect(url);
            assert!(doc.get("@context").is_some(), "{url}");
            for alias in entry["aliases"].as_array().into_iter().flatten() {
                let alias = alias.as_str().expect("alias");
                assert!(std::ptr::eq(bundle.document(alias).expect(alias), doc));
            }
        }
        assert!(bundle.document("https://www.w3.org/ns/did/v1").is_none());
    }

    #[test]
    fn a_changed_byte_is_caught() {
        let (name, bytes) = FILES[1];
        let mut changed = bytes.to_vec();
        changed[10] ^= 0x20;
        let changed: &'static [u8] = Box::leak(changed.into_boxed_slice());
        let mut files = FILES.to_vec();
        files[1] = (name, changed);
        match Bundle::load(INDEX, &files) {
            Err(JsonLdError::BundledContextCorrupt { file, .. }) => assert_eq!(file, name),
            other => panic!("expected corruption to be caught, got {:?}", other.err()),
        }
    }
}
