//! Import of every badge format a newcomer may hold, driven by real files: credentials made by
//! other implementations (`fixtures/peers/`), the standards' public samples
//! (`fixtures/formats/`), and a hostile corpus (`fixtures/hostile/`) where each file must give
//! its own error code. See the README in each fixture folder for sources and licences.

use crate::support::{fixture, shared, skip_loudly};
use erkend::import::{self, Parsed};
use erkend::model::display_text;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn parse(rel: &str) -> Parsed {
    let path = fixture(rel);
    import::parse(&read(&path)).unwrap_or_else(|e| panic!("{rel}: {} ({e})", e.code()))
}

fn error_code(rel: &str) -> &'static str {
    match import::parse(&read(&fixture(rel))) {
        Ok(p) => panic!("{rel}: expected an error, parsed as {}", p.format.as_str()),
        Err(e) => e.code(),
    }
}

fn manifest(folder: &str) -> Value {
    serde_json::from_slice(&read(&fixture(&format!("peers/{folder}/manifest.json"))))
        .expect("manifest is JSON")
}

fn container_of(file: &str) -> &'static str {
    match file.rsplit('.').next() {
        Some("png") => "png",
        Some("svg") => "svg",
        Some("jwt") | Some("jws") => "jws",
        _ => "json",
    }
}

/// Checks one OB 3.0 peer file against its manifest entry: format, container, achievement name,
/// learner name (any script; compared after NFC, since the manifest and the credential may
/// differ in normalisation only) and the ESCO skill. Tampered names must still parse, with the
/// tampered name.
fn check_ob3_peer(folder: &str, entry: &Value) {
    let file = entry["file"].as_str().expect("file");
    let p = parse(&format!("peers/{folder}/{file}"));
    let want_format = match entry["format"].as_str() {
        Some("vc-jwt") => "ob3-jwt",
        Some("ldp_vc") => "ob3-ldp",
        other => panic!("{file}: unknown manifest format {other:?}"),
    };
    assert_eq!(p.format.as_str(), want_format, "{folder}/{file}");
    assert_eq!(p.container.as_str(), container_of(file), "{folder}/{file}");
    let c = &p.credential;
    assert_eq!(
        display_text(
            c.achievement
                .as_ref()
                .and_then(|a| a.name.as_deref())
                .unwrap_or("")
        ),
        display_text(entry["achievementName"].as_str().expect("achievementName")),
        "{folder}/{file}: achievement"
    );
    let learner = display_text(c.subject.name.as_deref().unwrap_or(""));
    let want = display_text(entry["learnerName"].as_str().expect("learnerName"));
    if entry["reason"] == "tampered-name" {
        assert!(
            !learner.is_empty(),
            "{folder}/{file}: tampered name still parses"
        );
    } else {
        assert_eq!(learner, want, "{folder}/{file}: learner");
    }
    let skill = entry["escoSkill"].as_str().expect("escoSkill");
    assert!(
        c.skills.iter().any(|s| s == skill),
        "{folder}/{file}: {skill} in {:?}",
        c.skills
    );
    assert!(!c.issuer_label().is_empty(), "{folder}/{file}: issuer");
    if p.container.as_str() == "jws" {
        assert!(p.jws.is_some(), "{folder}/{file}: JWS kept");
    }
}

#[test]
fn js_and_python_ob3_peers_parse_with_their_manifest_names() {
    let mut count = 0;
    for folder in [
        "js-eddsa-rdfc-2022",
        "js-ed25519signature2020",
        "js-jwt",
        "py-openbadgeslib-ob3",
    ] {
        let m = manifest(folder);
        let entries = m["files"].as_array().into_iter().flatten();
        let baked = m["bakedFiles"].as_array().into_iter().flatten();
        for entry in entries.chain(baked) {
            check_ob3_peer(folder, entry);
            count += 1;
        }
    }
    // 36 + 36 + 36 + 25 + 40 baked: every file the manifests list.
    assert_eq!(count, 173);
}

#[test]
fn baked_ob3_peers_are_the_same_credential_as_their_plain_files() {
    // openbadgeslib baked the same credential it wrote beside it: the PNG/SVG must collide
    // with the plain file, so the wallet recognises a duplicate whatever the container.
    for n in 1..=10 {
        for (plain, kind) in [("jwt", "jwt"), ("json", "ldp")] {
            let base = parse(&format!("peers/py-openbadgeslib-ob3/ob3-{n:04}.{plain}"));
            for ext in ["png", "svg"] {
                let baked = parse(&format!(
                    "peers/py-openbadgeslib-ob3/baked/ob3-{n:04}.{kind}.{ext}"
                ));
                assert_eq!(
                    baked.credential.credential_id, base.credential.credential_id,
                    "ob3-{n:04}.{kind}.{ext}"
                );
                // The JWT was baked as is; the LDP credential was signed again before baking
                // (new `proof.created` and `proofValue`), which makes it another document.
                assert_eq!(
                    baked.content_key == base.content_key,
                    kind == "jwt",
                    "ob3-{n:04}.{kind}.{ext}"
                );
            }
        }
    }
}

#[test]
fn ob2_peers_parse_hosted_and_signed_in_every_carrier() {
    let m = manifest("py-ob2-baked");
    let url_map = m["urlMap"].as_object().expect("urlMap");
    let served = |iri: &str| -> Value {
        let rel = url_map[iri].as_str().expect("mapped");
        serde_json::from_slice(&read(&fixture(&format!("peers/py-ob2-baked/{rel}")))).expect("json")
    };
    let mut keys: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let files = m["files"].as_array().expect("files");
    for entry in files {
        let file = entry["file"].as_str().expect("file");
        let p = parse(&format!("peers/py-ob2-baked/{file}"));
        let c = &p.credential;
        let kind = entry["kind"].as_str().expect("kind");
        assert_eq!(p.format.as_str(), format!("ob2-{kind}"), "{file}");
        assert_eq!(p.container.as_str(), container_of(file), "{file}");
        assert_eq!(kind == "signed", p.jws.is_some(), "{file}");
        assert_eq!(
            c.credential_id.as_deref(),
            entry["assertionId"].as_str(),
            "{file}"
        );
        // The hashed e-mail matches the plain address only the manifest knows; never a name.
        let email = entry["recipientEmail"].as_str().expect("email");
        let recipient = c.recipient.as_ref().expect("recipient");
        assert!(recipient.hashed, "{file}");
        if entry["reason"] != "tampered-payload" {
            assert_eq!(recipient.matches(email), Some(true), "{file}");
        }
        assert_eq!(
            c.subject.name, None,
            "{file}: a hashed identity gives no name"
        );
        // Name, issuer and ESCO skill when the file embeds the BadgeClass; by IRI, only the
        // IRI is known offline (the served BadgeClass proves which one).
        let doc = &p.document;
        match &doc["badge"] {
            Value::String(iri) => {
                let badge = served(iri);
                assert_eq!(c.name, "", "{file}: name unknown offline");
                assert_eq!(c.display_name(), iri, "{file}");
                assert!(badge["name"].is_string(), "{file}: served badge has a name");
                assert!(c.skills.is_empty(), "{file}");
            }
            badge => {
                let served_badge = served(badge["id"].as_str().expect("badge id"));
                assert_eq!(
                    Some(c.name.as_str()),
                    served_badge["name"].as_str(),
                    "{file}"
                );
                assert_eq!(c.issuer_label(), "Peer Test Academy (OB 2.0)", "{file}");
                let esco = served_badge["alignment"][0]["targetUrl"]
                    .as_str()
                    .expect("esco");
                assert_eq!(c.skills, [esco], "{file}");
                assert!(c
                    .image
                    .as_deref()
                    .is_some_and(|i| i.starts_with("data:image/png")));
            }
        }
        if entry["reason"] == "expired" {
            assert!(c.valid_until.is_some(), "{file}: expires kept");
        }
        keys.entry(
            entry["file"]
                .as_str()
                .expect("f")
                .split('.')
                .next()
                .expect("stem")
                .into(),
        )
        .or_default()
        .push(p.content_key.clone());
    }
    assert_eq!(files.len(), 46);
    // The same assertion as JSON, baked PNG and baked SVG (by both bakers) is one credential.
    for (stem, ks) in keys {
        let distinct: std::collections::BTreeSet<_> = ks.iter().collect();
        let want = if stem == "signed-01" { 3 } else { 1 }; // + tampered + wrong-key
        assert_eq!(distinct.len(), want, "{stem}: {ks:?}");
    }
}

/// Expected format and (start of the) achievement name, or an error code.
type Expect = Result<(&'static str, &'static str), &'static str>;

/// (file under `formats/`, what it must give).
const SAMPLES: &[(&str, Expect)] = &[
    // 1EdTech validator OB 2.0 (Apache-2.0): hosted assertions by IRI, signed JWS, baked PNG.
    (
        "ob2-validator/ob20/basic-assertion.json",
        Ok(("ob2-hosted", "")),
    ),
    (
        "ob2-validator/ob20/basic-assertion-expired.json",
        Ok(("ob2-hosted", "")),
    ),
    (
        "ob2-validator/ob20/basic-assertion-expired-before-issued.json",
        Ok(("ob2-hosted", "")),
    ),
    (
        "ob2-validator/ob20/basic-assertion-in-future.json",
        Ok(("ob2-hosted", "")),
    ),
    (
        "ob2-validator/ob20/basic-assertion-invalid-context.json",
        Ok(("ob2-hosted", "")),
    ),
    (
        "ob2-validator/ob20/basic-assertion-invalid-type.json",
        Err("unsupported-format"),
    ),
    (
        "ob2-validator/ob20/basic-assertion-no-public-key.json",
        Ok(("ob2-hosted", "")),
    ),
    (
        "ob2-validator/ob20/basic-assertion-with-allowed-origins.json",
        Ok(("ob2-hosted", "")),
    ),
    (
        "ob2-validator/ob20/basic-assertion-with-allowed-origins-valid-starts-with.json",
        Ok(("ob2-hosted", "")),
    ),
    (
        "ob2-validator/ob20/basic-assertion-with-allowed-origins-invalid-starts-with.json",
        Ok(("ob2-hosted", "")),
    ),
    (
        "ob2-validator/ob20/basic-assertion-with-allowed-origins-valid-multiple-starts-with.json",
        Ok(("ob2-hosted", "")),
    ),
    (
        "ob2-validator/ob20/basic-assertion-with-allowed-origins-invalid-multiple-starts-with.json",
        Ok(("ob2-hosted", "")),
    ),
    (
        "ob2-validator/ob20/basic-assertion-with-language.json",
        Ok(("ob2-hosted", "")),
    ),
    (
        "ob2-validator/ob20/assertion-with-data-image.json",
        Ok(("ob2-hosted", "")),
    ),
    (
        "ob2-validator/ob20/assertion-with-endorsements.json",
        Ok(("ob2-hosted", "Awesome Robotics Badge")),
    ),
    (
        "ob2-validator/ob20/assertion-with-extension-node-basic.json",
        Ok(("ob2-hosted", "")),
    ),
    (
        "ob2-validator/ob20/assertion-with-extension-node-invalid.json",
        Ok(("ob2-hosted", "")),
    ),
    (
        "ob2-validator/ob20/assertion-with-multiple-extensions.json",
        Ok(("ob2-hosted", "")),
    ),
    (
        "ob2-validator/ob20/warning-issuer-non-http.json",
        Ok(("ob2-hosted", "")),
    ),
    (
        "ob2-validator/ob20/warning-with-redirection.json",
        Ok(("ob2-hosted", "")),
    ),
    (
        "ob2-validator/ob20/simple-badge.png",
        Ok(("ob2-hosted", "")),
    ),
    ("ob2-validator/ob20/simple.jwt", Ok(("ob2-signed", ""))),
    (
        "ob2-validator/ob20/simple-not-revoked.jwt",
        Ok(("ob2-signed", "")),
    ),
    (
        "ob2-validator/ob20/simple-revoked.jwt",
        Ok(("ob2-signed", "")),
    ),
    // Not awarded badges: a BadgeClass or Issuer on its own is refused with a clear detail.
    (
        "ob2-validator/ob20/badge-class-with-language.json",
        Err("unsupported-format"),
    ),
    (
        "ob2-validator/ob20/issuer-compact-iri-validation.json",
        Err("unsupported-format"),
    ),
    (
        "ob2-validator/ob20/assets/badgeclass1.json",
        Err("unsupported-format"),
    ),
    (
        "ob2-validator/ob20/assets/robotics-badge.png",
        Err("no-badge-data"),
    ),
    (
        "ob2-validator/ob20/redirected-validation-subject.json",
        Err("not-json"),
    ),
    // Mozilla bakery (MPL-2.0): OB 1.0-style pointers and images without a badge.
    ("ob2-bakery/baked.svg", Err("baked-url-only")),
    ("ob2-bakery/no-json.svg", Err("baked-url-only")),
    ("ob2-bakery/bad-json.svg", Err("not-json")),
    ("ob2-bakery/unbaked.svg", Err("no-badge-data")),
    ("ob2-bakery/unbaked.png", Err("no-badge-data")),
    // 1EdTech validator OB 3.0 / CLR 2.0 (Apache-2.0).
    (
        "ob3-validator/ob30/simple.json",
        Ok(("ob3-ldp", "Teamwork")),
    ),
    ("ob3-validator/ob30/simple.1ob", Ok(("ob3-ldp", "Teamwork"))),
    (
        "ob3-validator/ob30/simple_v1.json",
        Ok(("ob3-ldp", "Teamwork")),
    ),
    (
        "ob3-validator/ob30/simple-noproof.json",
        Ok(("ob3-ldp", "Example University Degree")),
    ),
    (
        "ob3-validator/ob30/simple-multiple-proofs.json",
        Ok(("ob3-ldp", "Teamwork")),
    ),
    (
        "ob3-validator/ob30/simple-context-alias.json",
        Ok(("ob3-ldp", "Teamwork")),
    ),
    (
        "ob3-validator/ob30/simple-context-version.json",
        Ok(("ob3-ldp", "Teamwork")),
    ),
    (
        "ob3-validator/ob30/simple-did-key-method.json",
        Ok(("ob3-ldp", "test 1")),
    ),
    (
        "ob3-validator/ob30/simple-did-web-method.json",
        Ok(("ob3-ldp", "Teamwork")),
    ),
    (
        "ob3-validator/ob30/simple-eddsa-2022.json",
        Ok(("ob3-ldp", "some name")),
    ),
    (
        "ob3-validator/ob30/simple-json.png",
        Ok(("ob3-ldp", "Teamwork")),
    ),
    (
        "ob3-validator/ob30/simple-json.svg",
        Ok(("ob3-ldp", "Teamwork")),
    ),
    (
        "ob3-validator/ob30/simple-jwt.png",
        Ok(("ob3-jwt", "Teamwork")),
    ),
    (
        "ob3-validator/ob30/simple-jwt.svg",
        Ok(("ob3-jwt", "Teamwork")),
    ),
    (
        "ob3-validator/ob30/simple-jwt_v1.png",
        Ok(("ob3-jwt", "Teamwork")),
    ),
    (
        "ob3-validator/ob30/simple-jwt_v1.svg",
        Ok(("ob3-jwt", "Teamwork")),
    ),
    (
        "ob3-validator/ob30/simple.jwt",
        Ok(("ob3-jwt", "Example University Degree")),
    ),
    (
        "ob3-validator/ob30/velocity.jwt",
        Ok(("ob3-jwt", "Velocity Network Board Member 2022")),
    ),
    (
        "ob3-validator/ob30/complete.json",
        Ok(("ob3-ldp", "1EdTech University Degree")),
    ),
    (
        "ob3-validator/ob30/complete_v1.json",
        Ok(("ob3-ldp", "1EdTech University Degree")),
    ),
    (
        "ob3-validator/ob30/credential-status-revoked.json",
        Ok(("ob3-ldp", "")),
    ),
    (
        "ob3-validator/ob30/bit-string-list/credential-status-revoked.json",
        Ok(("ob3-ldp", "")),
    ),
    (
        "ob3-validator/ob30/bit-string-list/credential-status-revoked-blank-nodes.json",
        Ok(("ob3-ldp", "")),
    ),
    (
        "ob3-validator/ob30/bit-string-list/testlist",
        Err("unsupported-format"),
    ),
    (
        "ob3-validator/ob30/endorsement-valid.json",
        Ok(("ob3-ldp", "")),
    ),
    (
        "ob3-validator/ob30/endorsement-err-schema-status-refresh.json",
        Ok(("ob3-ldp", "")),
    ),
    (
        "ob3-validator/ob30/sd/derivedcredential.json",
        Ok(("ob3-ldp", "Teamwork")),
    ),
    (
        "ob3-validator/ob30/simple-err-context.json",
        Ok(("ob3-ldp", "Example University Degree")),
    ),
    (
        "ob3-validator/ob30/simple-err-expired.json",
        Ok(("ob3-ldp", "Teamwork")),
    ),
    (
        "ob3-validator/ob30/simple-err-issued.json",
        Ok(("ob3-ldp", "Example University Degree")),
    ),
    (
        "ob3-validator/ob30/simple-err-type.json",
        Ok(("ob3-ldp", "Example University Degree")),
    ),
    (
        "ob3-validator/ob30/simple-err-proof-value.json",
        Ok(("ob3-ldp", "Teamwork")),
    ),
    (
        "ob3-validator/ob30/simple-err-proof-method.json",
        Ok(("ob3-ldp", "Teamwork")),
    ),
    (
        "ob3-validator/ob30/simple-err-proof-method-no-scheme.json",
        Ok(("ob3-ldp", "Teamwork")),
    ),
    (
        "ob3-validator/ob30/simple-err-proof-method-unknown-did-method.json",
        Ok(("ob3-ldp", "Teamwork")),
    ),
    (
        "ob3-validator/ob30/simple-err-proof-method-unknown-scheme.json",
        Ok(("ob3-ldp", "Teamwork")),
    ),
    (
        "ob3-validator/ob30/simple-err-evidence-type.json",
        Ok(("ob3-ldp", "Teamwork")),
    ),
    (
        "ob3-validator/ob30/simple-err-issuer-type.json",
        Ok(("ob3-ldp", "Teamwork")),
    ),
    (
        "ob3-validator/ob30/simple-err-issuer-otheridentifier-type.json",
        Ok(("ob3-ldp", "Teamwork")),
    ),
    (
        "ob3-validator/ob30/simple-err-issuer-parentorg-type.json",
        Ok(("ob3-ldp", "Teamwork")),
    ),
    (
        "ob3-validator/ob30/simple-err-credential-subject-type.json",
        Ok(("ob3-ldp", "Teamwork")),
    ),
    (
        "ob3-validator/ob30/simple-err-credential-subject-identifier-type.json",
        Ok(("ob3-ldp", "Teamwork")),
    ),
    (
        "ob3-validator/ob30/simple-err-credential-subject-profile-type.json",
        Ok(("ob3-ldp", "Teamwork")),
    ),
    (
        "ob3-validator/ob30/simple-err-credential-subject-result-type.json",
        Ok(("ob3-ldp", "Teamwork")),
    ),
    (
        "ob3-validator/ob30/simple-err-credential-subject-achievement-result-description-type.json",
        Ok(("ob3-ldp", "Teamwork")),
    ),
    // The one sample without any issuer cannot be shown: who issued it is the first question.
    (
        "ob3-validator/ob30/simple-err-issuer.json",
        Err("malformed-credential"),
    ),
    (
        "ob3-validator/clr20/simple.json",
        Ok(("clr2", "Achievement 1")),
    ),
    (
        "ob3-validator/clr20/simple.jwt",
        Ok(("clr2", "Achievement 1")),
    ),
    (
        "ob3-validator/clr20/simple-noproof.json",
        Ok(("clr2", "Achievement 1")),
    ),
    (
        "ob3-validator/clr20/simple_old_safesigned.json",
        Ok(("clr2", "Achievement 1")),
    ),
    ("ob3-validator/clr20/simple_v1.json", Ok(("clr2", ""))),
    ("ob3-validator/clr20/complex.json", Ok(("clr2", ""))),
    // Europass EDC (EUPL-1.2): unsigned, EDCI upload wrapper, JAdES-sealed.
    (
        "europass/Sample-MC-Annex1-unsigned.jsonld",
        Ok(("europass-edc", "Digital micro-credential creation")),
    ),
    (
        "europass/Sample-MC-Annex1-unsigned-uploadable.json",
        Ok(("europass-edc", "Digital micro-credential creation")),
    ),
    (
        "europass/Sample-MC-Annex1-signed.jsonld",
        Ok(("europass-edc", "Digital micro-credential creation")),
    ),
    (
        "europass/Sample-CertOfPart-unsigned.jsonld",
        Ok(("europass-edc", "EDC Updates Webinar")),
    ),
    (
        "europass/Sample-CertOfPart-unsigned-uploadable.json",
        Ok(("europass-edc", "EDC Updates Webinar")),
    ),
    (
        "europass/Sample-CertOfPart-signed.jsonld",
        Ok(("europass-edc", "EDC Updates Webinar")),
    ),
    (
        "europass/credential-sample.jsonld",
        Ok(("europass-edc", "some kind of learning achievement")),
    ),
    // transmute vc.js VC-JWT (Apache-2.0), VC 1.1 `vc` claim.
    ("vc-jwt/credential-issued.jwt", Ok(("ob3-jwt", ""))),
];

#[test]
fn standards_samples_parse_with_the_right_format_and_name() {
    let mut failures = Vec::new();
    for (rel, want) in SAMPLES {
        let got = import::parse(&read(&fixture(&format!("formats/{rel}"))));
        match (want, got) {
            (Ok((format, name)), Ok(p)) => {
                let c = &p.credential;
                let shown = c
                    .achievement
                    .as_ref()
                    .and_then(|a| a.name.clone())
                    .unwrap_or_else(|| c.name.clone());
                if p.format.as_str() != *format || !shown.starts_with(name) {
                    failures.push(format!("{rel}: got {} {shown:?}", p.format.as_str()));
                }
                if c.issuer_label().is_empty() && !p.format.as_str().starts_with("ob2") {
                    failures.push(format!("{rel}: no issuer"));
                }
            }
            (Err(code), Err(e)) if e.code() == *code => {}
            (_, Err(e)) => failures.push(format!("{rel}: error {} ({e})", e.code())),
            (Err(code), Ok(p)) => failures.push(format!(
                "{rel}: wanted {code}, parsed {}",
                p.format.as_str()
            )),
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn every_sample_credential_file_is_listed() {
    // A new sample copied in without an expectation would go untested: list them all.
    let listed: Vec<String> = SAMPLES
        .iter()
        .map(|(r, _)| format!("formats/{r}"))
        .collect();
    let mut unlisted = Vec::new();
    for dir in [
        "ob2-validator/ob20",
        "ob2-bakery",
        "ob3-validator",
        "europass",
        "vc-jwt",
    ] {
        let mut files = Vec::new();
        walk(&fixture(&format!("formats/{dir}")), &mut files);
        for f in files {
            let rel = f
                .strip_prefix(fixture(""))
                .expect("under fixtures")
                .display()
                .to_string();
            let is_data = !rel.contains("/assets/")
                && !rel.ends_with("LICENSE.txt")
                && !rel.ends_with("README.md")
                && !rel.ends_with("expectations.json")
                && !rel.ends_with("credential-issued.json")
                && !rel.ends_with("credential-verified.json")
                && !rel.contains("/rdf-validation/");
            if is_data && !listed.contains(&rel) {
                unlisted.push(rel);
            }
        }
    }
    assert!(unlisted.is_empty(), "{unlisted:#?}");
}

fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).expect("dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out)
        } else {
            out.push(p)
        }
    }
}

#[test]
fn baked_and_plain_samples_are_the_same_credential() {
    let key = |rel: &str| parse(&format!("formats/{rel}")).content_key;
    assert_eq!(
        key("ob3-validator/ob30/simple.json"),
        key("ob3-validator/ob30/simple.1ob")
    );
    // 1EdTech signed the PNG and SVG samples separately (different keys): not duplicates.
    assert_ne!(
        key("ob3-validator/ob30/simple-jwt.png"),
        key("ob3-validator/ob30/simple-jwt.svg")
    );
    // The baked PNG of the 1EdTech OB 2.0 samples is basic-assertion.json without `evidence`:
    // a different document, so a different credential.
    assert_ne!(
        key("ob2-validator/ob20/basic-assertion.json"),
        key("ob2-validator/ob20/simple-badge.png")
    );
}

#[test]
fn clr_bundles_keep_their_nested_achievements() {
    let p = parse("formats/ob3-validator/clr20/simple.json");
    assert_eq!(p.nested.len(), 1);
    let n = &p.nested[0];
    assert_eq!(n.format.as_str(), "ob3-ldp");
    assert_eq!(n.credential.name, "Teamwork Badge");
    assert_eq!(n.credential.issuer_label(), "Example Corp");
    // The nested credential has its own key: imported alone, it is the same credential.
    let alone = import::parse(&serde_json::to_vec(&n.document).expect("json")).expect("alone");
    assert_eq!(alone.content_key, n.content_key);

    let jwt = parse("formats/ob3-validator/clr20/simple.jwt");
    assert_eq!(
        (jwt.format.as_str(), jwt.container.as_str()),
        ("clr2", "jws")
    );
    assert_eq!(jwt.nested.len(), 1);
    assert_eq!(jwt.nested[0].format.as_str(), "ob3-jwt");
    assert!(jwt.nested[0].jws.is_some());

    let complex = parse("formats/ob3-validator/clr20/complex.json");
    assert_eq!(complex.nested.len(), 6);
    assert!(complex.nested.iter().all(|n| !n.credential.name.is_empty()));
}

#[test]
fn ob3_details_endorsements_and_micro_credential_elements() {
    let e = parse("formats/ob3-validator/ob30/endorsement-valid.json");
    assert!(e
        .credential
        .types
        .iter()
        .any(|t| t == "EndorsementCredential"));
    let complete = parse("formats/ob3-validator/ob30/complete.json").credential;
    assert_eq!(complete.micro.ects, Some(36.0));
    assert!(!complete.evidence.is_empty());
    assert!(!complete.results.is_empty());
    assert!(!complete.endorsements.is_empty());
    assert!(complete.recipient.is_some());
}

#[test]
fn europass_credentials_carry_outcomes_skills_and_levels() {
    for rel in [
        "Sample-MC-Annex1-unsigned.jsonld",
        "Sample-MC-Annex1-unsigned-uploadable.json",
        "Sample-MC-Annex1-signed.jsonld",
    ] {
        let p = parse(&format!("formats/europass/{rel}"));
        let c = &p.credential;
        assert_eq!(c.subject.name.as_deref(), Some("Ana Andromeda"), "{rel}");
        assert_eq!(c.micro.ects, Some(2.0), "{rel}");
        assert_eq!(c.micro.eqf_level, Some(6), "{rel}");
        assert_eq!(c.micro.workload_hours, Some(60.0), "{rel}");
        assert_eq!(c.learning_outcomes.len(), 2, "{rel}");
        assert_eq!(c.skills.len(), 4, "{rel}: {:?}", c.skills);
        assert!(c
            .skills
            .iter()
            .all(|s| s.starts_with("http://data.europa.eu/esco/skill/")));
        assert_eq!(
            c.awarding_body.as_ref().and_then(|b| b.name.as_deref()),
            Some("University of Zed"),
            "{rel}"
        );
        assert_eq!(p.jades.is_some(), rel.contains("-signed"), "{rel}");
    }
    let sealed = parse("formats/europass/Sample-MC-Annex1-signed.jsonld");
    let seal = sealed.jades.expect("seal");
    assert_eq!(seal.header["alg"], "RS256");
    assert_eq!(seal.header["b64"], false);
}

#[test]
fn vc_jwt_claims_fill_the_credential() {
    let p = parse("formats/vc-jwt/credential-issued.jwt");
    let c = &p.credential;
    let claims = &p.document;
    assert_eq!(c.issuer.id.as_deref(), claims["iss"].as_str());
    assert_eq!(c.subject.id.as_deref(), claims["sub"].as_str());
    assert!(c.valid_from.is_some());
}

/// The hostile corpus: each file must be refused with its own code, quickly, without panics.
const HOSTILE: &[(&str, &str)] = &[
    ("huge-itxt.png", "png-chunk-too-large"),
    ("dimensions-100000x100000.png", "image-too-large"),
    ("zip-bomb-ztxt.png", "decompressed-too-large"),
    ("too-many-chunks.png", "png-too-many-chunks"),
    ("bad-crc.png", "png-damaged"),
    ("url-only.png", "baked-url-only"),
    ("deep-10000.json", "too-deep"),
    ("deep-in-itxt.png", "too-deep"),
    ("deep-jws-payload.jwt", "too-deep"),
    ("truncated.jwt", "jws-malformed"),
    ("billion-laughs.svg", "xml-doctype-refused"),
    ("external-entity.svg", "xml-doctype-refused"),
    ("undeclared-entity.svg", "svg-malformed"),
    ("clr-101-nested.json", "too-many-nested"),
    ("not-json.txt", "not-json"),
    ("empty.json", "empty-file"),
];

#[test]
fn hostile_files_give_their_error_codes() {
    for (file, code) in HOSTILE {
        let started = std::time::Instant::now();
        assert_eq!(error_code(&format!("hostile/{file}")), *code, "{file}");
        assert!(
            started.elapsed().as_secs() < 5,
            "{file} took {:?}",
            started.elapsed()
        );
    }
}

#[test]
fn a_real_oversized_text_chunk_is_refused_before_it_is_read() {
    // Built here rather than committed: 4 MiB + 1 of text in one iTXt chunk.
    let mut text = b"openbadges\0\0\0\0\0".to_vec();
    text.resize(text.len() + import::MAX_TEXT_BYTES as usize + 1, b' ');
    let mut png = import::baked_png::SIGNATURE.to_vec();
    png.extend(import::baked_png::chunk(
        b"IHDR",
        &[0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0],
    ));
    png.extend(import::baked_png::chunk(b"iTXt", &text));
    png.extend(import::baked_png::chunk(b"IEND", b""));
    let err = import::parse(&png).map(|_| ()).unwrap_err();
    assert_eq!(err.code(), "png-chunk-too-large");
}

#[test]
fn every_import_error_code_has_a_message_in_every_locale() {
    let codes: Vec<&str> = HOSTILE
        .iter()
        .map(|(_, c)| *c)
        .chain([
            "no-badge-data",
            "unsupported-format",
            "malformed-credential",
        ])
        .collect();
    for lang in ["en", "nl", "ar"] {
        let all: String = erkend::i18n::sources(lang)
            .into_iter()
            .map(|(_, src)| src)
            .collect();
        for code in &codes {
            assert!(
                all.contains(&format!("\nerror-{code} =")),
                "{lang}: error-{code} missing"
            );
        }
    }
}

#[test]
fn spec_examples_never_panic_and_fail_only_with_input_errors() {
    // 1EdTech spec examples carry a specification licence: read from ../shared, never copied.
    let Some(dir) = shared("vectors") else {
        skip_loudly("spec_examples", "../shared/vectors is absent");
        return;
    };
    let mut files = Vec::new();
    for sub in [
        "openbadges3/spec-examples",
        "openbadges2/spec-examples",
        "openbadges3/spec-test-vectors",
    ] {
        if dir.join(sub).exists() {
            walk(&dir.join(sub), &mut files);
        }
    }
    assert!(!files.is_empty());
    let mut parsed = 0;
    for f in &files {
        match import::parse(&read(f)) {
            Ok(_) => parsed += 1,
            Err(e) => assert!(e.is_input_error(), "{}: {}", f.display(), e.code()),
        }
    }
    assert!(
        parsed >= 10,
        "only {parsed} of {} spec examples parsed",
        files.len()
    );
}
