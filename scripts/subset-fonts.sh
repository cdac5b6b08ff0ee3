#!/bin/sh
# Lotse serves two weights of KERN's Fira Sans (400, 600) from /fonts/, cut down to the characters
# German administrative text uses (Latin-1, Latin Extended-A for names, typographic punctuation,
# €, §, arrows and check marks). Re-run after updating @kern-ux/native (Debian: apt-get install fonttools python3-brotli).
set -e
src=node_modules/@kern-ux/native/dist/fonts/fira-sans
out=public/fonts
unicodes="U+0020-007E,U+00A0-017F,U+0218-021B,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+2000-206F,U+20AC,U+2116,U+2122,U+2190-2193,U+2212,U+2713,U+2717,U+FEFF,U+FFFD"
for w in Regular SemiBold; do
  pyftsubset "$src/FiraSans-$w.woff2" --unicodes="$unicodes" --layout-features='kern,liga,lnum,tnum,onum,case,frac' \
    --flavor=woff2 --output-file="$out/FiraSans-$w.woff2"
done
ls -l "$out"
