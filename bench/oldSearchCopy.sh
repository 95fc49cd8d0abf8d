#!/bin/sh
# The search code of COMMIT in DIR, for bench/prunedSearchCost.ts to run beside this tree's:
# src/ at COMMIT under DIR/src, its PostingList import pointed at this tree's (the index's
# postings are this tree's PostingLists). Usage: bench/oldSearchCopy.sh COMMIT DIR (then --old DIR/src/search).
set -eu
commit=$1
dir=$2
root=$(git rev-parse --show-toplevel)
rm -rf "$dir"
mkdir -p "$dir"
git -C "$root" archive "$commit" src | tar -x -C "$dir"
for file in "$dir"/src/search/*.ts; do
  sed -i "s#from './postingList.js'#from '$root/src/search/postingList.js'#" "$file"
done
echo "$dir/src/search"
