"""Verifies OB 3.0 credentials with openbadgeslib (PyPI), the second peer of benches/compare.sh.

    python openbadgeslib_verify.py FILE...

eddsa-rdfc-2022 JSON through OB3LdpVerifier, VC-JWT through OB3Verifier, each with its issuer's
did:key resolved offline (did:key needs no network). Prints one line per file ("valid" or
"invalid: reason") and exits 1 if any file did not verify. Test tooling only; not shipped.
"""
import sys

from openbadgeslib.ob3 import OB3Verifier
from openbadgeslib.ob3.ldp import OB3LdpVerifier
from openbadgeslib.verify import issuer_did_from_document, issuer_did_from_token


def main(paths):
    bad = 0
    out = []
    for path in paths:
        with open(path, 'rb') as f:
            data = f.read().decode('utf-8')
        try:
            if path.endswith('.jwt'):
                token = data.strip()
                OB3Verifier.for_issuer_did(issuer_did_from_token(token)).verify(token)
            else:
                OB3LdpVerifier.for_issuer_did(issuer_did_from_document(data)).verify(data)
            out.append('%s: valid' % path)
        except Exception as exc:  # a failed verification is a result, not a crash
            bad += 1
            out.append('%s: invalid: %s' % (path, exc))
    sys.stdout.write('\n'.join(out) + '\n')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
