//! Embeds every `locales/<lang>/*.ftl` file into the core, so the CLI and the desktop app carry
//! their messages with them and a new language is just a new folder.
use std::{env, fs, path::Path};

fn main() {
    // Read at run time, not `env!`: a build script compiled in one checkout and reused by another
    // (a copied target/) must read the locales of the checkout it builds.
    let manifest_dir = env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest_dir).join("locales");
    // Relative paths: cargo resolves them against the package, so a moved or copied checkout
    // (with its target/) still notices edited messages.
    println!("cargo:rerun-if-changed=locales");
    let mut langs: Vec<_> = fs::read_dir(&root)
        .expect("locales/ folder")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .collect();
    langs.sort_by_key(|e| e.file_name());
    let mut out = String::from("/// Every bundled locale: (language tag, [(file name, FTL source)]).\npub const BUNDLED: &[(&str, &[(&str, &str)])] = &[\n");
    for lang in langs {
        let tag = lang.file_name().to_string_lossy().into_owned();
        println!("cargo:rerun-if-changed=locales/{tag}");
        let mut files: Vec<_> = fs::read_dir(lang.path())
            .expect("locale folder")
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        out.push_str(&format!("    ({tag:?}, &[\n"));
        for f in files {
            println!("cargo:rerun-if-changed={}", f.display());
            let name = f
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            out.push_str(&format!(
                "        ({name:?}, include_str!({:?})),\n",
                f.display().to_string()
            ));
        }
        out.push_str("    ]),\n");
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("locales.rs");
    fs::write(dest, out).expect("write locales.rs");
}
