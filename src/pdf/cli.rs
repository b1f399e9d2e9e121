//! `erkend route export`: the CLI side of the route sheet.
