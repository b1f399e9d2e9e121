#!/usr/bin/env python3
"""Builds src/proof/dict/ob3-vocab-v1.bin, the preset zlib dictionary of proof format 0x08/0x09.

THE OUTPUT IS A COMPATIBILITY CONTRACT: codes printed with it must decode forever. Never change
this list for v1; a new dictionary is a new file (ob3-vocab-v2.bin) and a new format byte.
`tests` in src/proof/deflate.rs pin the file's SHA-256.

How it was built: by hand, from the vocabulary of the specifications only (VC Data Model 1.1/2.0,
Open Badges 3.0, CLR 2.0, Data Integrity / eddsa cryptosuites, VC-JOSE/JWT claims, ESCO URI
prefixes): JSON keys with their quotes, context URLs, type names, cryptosuite names, fixed
prefixes (did:key Ed25519, urn:uuid, data: URIs, ESCO), and skeletons of a credential both
minified and pretty-printed with 2-space indentation (the two shapes issuers emit). No free text
and no identifier from any test credential. Deflate prefers near matches, so fragments are
ordered from rare (start) to common (end of the dictionary).
"""
import pathlib

RARE = [
    # VC 1.1 / OB 2.0 / CLR vocabulary
    '"https://www.w3.org/2018/credentials/v1"', '"issuanceDate": "', '"expirationDate": "',
    '"https://w3id.org/openbadges/v2"', '"Assertion"', '"BadgeClass"', '"recipient"',
    '"verification"', '"issuedOn"', '"CryptographicKey"', '"hosted"', '"badge"',
    '"https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json"', '"ClrCredential"',
    '"ClrSubject"', '"verifiableCredential"', '"association"',
    '"EndorsementCredential"', '"EndorsementSubject"', '"endorsementComment"',
    '"https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"',
    '"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json"',
    '"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json"',
    '"https://w3id.org/security/data-integrity/v2"',
    '"https://w3id.org/security/suites/ed25519-2020/v1"',
    # optional OB 3.0 parts
    '"credentialSchema": [', '"1EdTechJsonSchemaValidator2019"',
    '"https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json"',
    '"credentialStatus": {', '"BitstringStatusListEntry"', '"1EdTechRevocationList"',
    '"statusPurpose": "revocation"', '"statusListIndex": "', '"statusListCredential": "https://',
    '"refreshService"', '"termsOfUse"', '"evidence": [', '"Evidence"', '"genre"', '"audience"',
    '"resultDescription"', '"ResultDescription"', '"results"', '"Result"', '"resultType"',
    '"achievementType"', '"creditsAvailable"', '"creditsEarned"', '"fieldOfStudy"',
    '"humanCode"', '"specialization"', '"tag"', '"awardedDate": "', '"endorsement"',
    '"inLanguage"', '"version"', '"licenseNumber"', '"activityStartDate"', '"activityEndDate"',
    '"identifier": [', '"IdentityObject"', '"identityHash"', '"identityType": "emailAddress"',
    '"hashed": false', '"salt"', '"email"', '"phone"', '"address"', '"Address"',
    '"otherIdentifier"', '"IdentifierEntry"', '"official"', '"parentOrg"', '"description"',
    '"creator"', '"Profile"', '"image": {', '"Image"', '"caption"',
    '"data:image/png;base64,iVBORw0KGgo', '"data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIH',
    '"targetCode"', '"targetDescription"', '"http://data.europa.eu/esco/occupation/',
    '"https://esco.ec.europa.eu/', '"ext:ESCOSkill"', '"CFItem"', '"ESCO"',
    '"proof": [', '"Ed25519Signature2020"', '"eddsa-jcs-2022"', '"challenge"', '"domain"',
    '"validUntil": "',
    # VC-JOSE / JWT (formats 0x09: header and payload are repacked as bytes)
    '{"alg":"RS256","typ":"JWT","kid":"', '{"alg":"ES256","typ":"JWT","kid":"',
    '"iss":"did:key:z6Mk', '"sub":"', '"nbf":', '"exp":', '"iat":', '"jti":"urn:uuid:', '"vc":{',
    '{"alg":"EdDSA","typ":"JWT","kid":"did:key:z6Mk',
]

MINIFIED = (
    '{"@context":["https://www.w3.org/ns/credentials/v2",'
    '"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],"id":"urn:uuid:",'
    '"type":["VerifiableCredential","OpenBadgeCredential"],"name":"","issuer":{"id":"did:key:z6Mk",'
    '"type":["Profile"],"name":"","url":"https://"},"validFrom":"","credentialSubject":{"type":'
    '["AchievementSubject"],"name":"","achievement":{"id":"https://","type":["Achievement"],'
    '"name":"","description":"","criteria":{"narrative":""},"image":{"id":"","type":"Image",'
    '"caption":""},"alignment":[{"type":["Alignment"],"targetName":"","targetUrl":'
    '"http://data.europa.eu/esco/skill/","targetFramework":"ESCO","targetType":"ext:ESCOSkill"}]},'
    '"id":"did:example:"},"proof":{"type":"DataIntegrityProof","created":"","verificationMethod":'
    '"did:key:z6Mk#z6Mk","cryptosuite":"eddsa-rdfc-2022","proofPurpose":"assertionMethod",'
    '"proofValue":"z"}}'
)

PRETTY = '''{
  "@context": [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
  ],
  "id": "urn:uuid:",
  "type": [
    "VerifiableCredential",
    "OpenBadgeCredential"
  ],
  "name": "",
  "issuer": {
    "id": "did:key:z6Mk",
    "type": [
      "Profile"
    ],
    "name": "",
    "url": "https://"
  },
  "validFrom": "T00:00:00Z",
  "credentialSubject": {
    "type": [
      "AchievementSubject"
    ],
    "name": "",
    "achievement": {
      "id": "https://",
      "type": [
        "Achievement"
      ],
      "name": "",
      "description": "",
      "criteria": {
        "narrative": ""
      },
      "image": {
        "id": "data:image/svg+xml;base64,",
        "type": "Image",
        "caption": ""
      },
      "alignment": [
        {
          "type": [
            "Alignment"
          ],
          "targetName": "",
          "targetUrl": "http://data.europa.eu/esco/skill/",
          "targetFramework": "ESCO",
          "targetType": "ext:ESCOSkill"
        }
      ]
    },
    "id": "did:example:"
  },
  "proof": {
    "type": "DataIntegrityProof",
    "created": "T00:00:00Z",
    "verificationMethod": "did:key:z6Mk#z6Mk",
    "cryptosuite": "eddsa-rdfc-2022",
    "proofPurpose": "assertionMethod",
    "proofValue": "z"
  }
}
'''

def main():
    data = ("\n".join(RARE) + "\n" + MINIFIED + "\n" + PRETTY).encode("utf-8")
    assert len(data) <= 32768, "zlib dictionaries use at most the 32 KiB window"
    out = pathlib.Path(__file__).resolve().parents[2] / "src/proof/dict/ob3-vocab-v1.bin"
    if out.exists() and out.read_bytes() != data:
        raise SystemExit(f"{out} exists with other content: never change a dictionary in place")
    out.write_bytes(data)
    print(f"{out}: {len(data)} bytes")

if __name__ == "__main__":
    main()
