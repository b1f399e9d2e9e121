#!/usr/bin/env python3
"""Writes N distinct, unsigned Open Badges 3.0 credentials (one JSON file each) into a folder,
each aligned to 1-3 real ESCO skills from data/esco, for filling a wallet in the app's memory and
launch-time measurement (tests/e2e/tests/measure.rs). Deterministic for the same N.

Usage: gen_credentials.py N OUT_DIR
"""
import gzip
import json
import os
import random
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")


def esco_skills():
    with gzip.open(os.path.join(ROOT, "data/esco/concepts.tsv.gz"), "rt", encoding="utf-8") as f:
        return [row.split("\t")[1] for row in f if row.split("\t")[2] == "s"]


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    os.makedirs(out, exist_ok=True)
    rng = random.Random(42)
    skills = esco_skills()
    issuers = ["Regional College", "Stichting Werkplaats", "City Language School", "Open Academy"]
    for i in range(n):
        issuer = issuers[i % len(issuers)]
        cred = {
            "@context": [
                "https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
            ],
            "id": f"urn:uuid:00000000-0000-4000-8000-{i:012d}",
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "name": f"Course module {i + 1}",
            "issuer": {"id": f"https://issuer{i % 4}.example.org", "type": ["Profile"], "name": issuer},
            "validFrom": f"20{20 + i % 6}-{1 + i % 12:02d}-{1 + i % 28:02d}T00:00:00Z",
            "credentialSubject": {
                "type": ["AchievementSubject"],
                "name": "Test Learner",
                "achievement": {
                    "id": f"https://issuer{i % 4}.example.org/achievements/{i}",
                    "type": ["Achievement"],
                    "name": f"Course module {i + 1}",
                    "description": "A generated credential for measurements.",
                    "criteria": {"narrative": "Completed the module."},
                    "alignment": [
                        {"type": ["Alignment"], "targetName": "skill", "targetUrl": s,
                         "targetFramework": "ESCO"}
                        for s in rng.sample(skills, 1 + i % 3)
                    ],
                },
            },
        }
        with open(os.path.join(out, f"cred-{i:04d}.json"), "w", encoding="utf-8") as f:
            json.dump(cred, f)


if __name__ == "__main__":
    main()
