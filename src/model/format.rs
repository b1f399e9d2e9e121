//! Credential formats and the containers they arrive in.

use serde::{Deserialize, Serialize};

/// The credential format, named as in the CLI contract (`../shared/interfaces.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Format {
    /// Open Badges 3.0 / W3C VC as JSON-LD with an embedded (Data Integrity) proof, or none.
    #[serde(rename = "ob3-ldp")]
    Ob3Ldp,
    /// Open Badges 3.0 / W3C VC as a compact JWS (VC-JWT).
    #[serde(rename = "ob3-jwt")]
    Ob3Jwt,
    /// Open Badges 2.0 hosted assertion (JSON).
    #[serde(rename = "ob2-hosted")]
    Ob2Hosted,
    /// Open Badges 2.0 signed assertion (compact JWS).
    #[serde(rename = "ob2-signed")]
    Ob2Signed,
    /// CLR 2.0 `ClrCredential`.
    #[serde(rename = "clr2")]
    Clr2,
    /// Europass European Digital Credential (ELM v3).
    #[serde(rename = "europass-edc")]
    EuropassEdc,
}

impl Format {
    /// The contract name, e.g. `ob3-ldp`.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Ob3Ldp => "ob3-ldp",
            Format::Ob3Jwt => "ob3-jwt",
            Format::Ob2Hosted => "ob2-hosted",
            Format::Ob2Signed => "ob2-signed",
            Format::Clr2 => "clr2",
            Format::EuropassEdc => "europass-edc",
        }
    }

    /// Parses a contract name.
    pub fn parse(name: &str) -> Option<Format> {
        [
            Format::Ob3Ldp,
            Format::Ob3Jwt,
            Format::Ob2Hosted,
            Format::Ob2Signed,
            Format::Clr2,
            Format::EuropassEdc,
        ]
        .into_iter()
        .find(|f| f.as_str() == name)
    }
}

/// What the credential was wrapped in when it arrived.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Container {
    /// A JSON (or JSON-LD) file.
    Json,
    /// A compact JWS/JWT text file.
    Jws,
    /// A baked PNG image.
    Png,
    /// A baked SVG image.
    Svg,
}

impl Container {
    /// The kebab-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Container::Json => "json",
            Container::Jws => "jws",
            Container::Png => "png",
            Container::Svg => "svg",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_names_round_trip() {
        for name in [
            "ob3-ldp",
            "ob3-jwt",
            "ob2-hosted",
            "ob2-signed",
            "clr2",
            "europass-edc",
        ] {
            assert_eq!(Format::parse(name).map(Format::as_str), Some(name));
        }
        assert_eq!(Format::parse("ob4"), None);
    }
}
