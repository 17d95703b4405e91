#!/usr/bin/env bash
# The repros of issue 10, run on a built kata: one line per repro with what happens now.
# Usage: Benchmarks/hostile/repros.sh [path/to/kata]   (from the repository root)
set -u
KATA=$(realpath "${1:-.build/release/kata}")
W=$(mktemp -d)
cd "$(dirname "$0")/../.."
row() { printf '| %s | %s |\n' "$1" "$2"; }
secs() { /usr/bin/time -f "%e s, %M KB" "$@" 2>&1 >/dev/null | tail -1; }

printf 'offer rebate 10%%\nhold\n' > "$W/moves"
"$KATA" play carrefour-annual --seed 2 --script "$W/moves" --out "$W/a.jsonl" >/dev/null 2>&1
before=$(wc -l < "$W/a.jsonl")
"$KATA" resume "$W/a.jsonl" --script "$W/moves" >&- 2>/dev/null; rc=$?
row "1 resume T >&-" "exit $rc; transcript $before → $(wc -l < "$W/a.jsonl") lines; verify: $("$KATA" verify "$W/a.jsonl" | sed 's/^[^:]*: //' | cut -c1-2)"
"$KATA" play carrefour-annual --seed 2 --script "$W/moves" --out "$W/b.jsonl" >&- 2>/dev/null; rc=$?
row "1 play … >&-" "exit $rc; verify: $("$KATA" verify "$W/b.jsonl" | sed 's/^[^:]*: //' | cut -c1-2); $(grep -c '"type":"move"' "$W/b.jsonl") moves, no screen text in the file: $(grep -vc '^{' "$W/b.jsonl")"

printf 'kata: 1\nid: BAD\n' > "$W/bad.yaml"
"$KATA" scenario check "$W/bad.yaml" >/dev/null 2>&-; a=$?
"$KATA" calc carrefour-annual foo=1 2>&- >/dev/null; b=$?
"$KATA" scenario show nope 2>/dev/full; c=$?
row "2 stderr closed/full" "check 2>&- → $a, calc foo=1 2>&- → $b, show nope 2>/dev/full → $c"

"$KATA" play carrefour-annual --seed 3 --script "$W/moves" --out "$W/t.jsonl" >/dev/null 2>&1
head -c -40 "$W/t.jsonl" > "$W/torn.jsonl"
row "3 last line cut mid-JSON (full disk)" "verify: $("$KATA" verify "$W/torn.jsonl" | sed 's/^[^:]*: //' | cut -c1-110); resume → $("$KATA" resume "$W/torn.jsonl" --script /dev/null >/dev/null 2>&1; echo $?), then verify: $("$KATA" verify "$W/torn.jsonl" | sed 's/^[^:]*: //' | cut -c1-2)"

printf 'offer rebate 10%%\nhold\nhold\nhold\nhold\n' > "$W/m4"
"$KATA" play carrefour-annual --seed 3 --script "$W/m4" --out "$W/live.jsonl" >/dev/null 2>&1
row "4 live transcript" "\"truthful\": $(grep -c truthful "$W/live.jsonl") lines, \"gave\": $(grep -c '"gave"' "$W/live.jsonl") lines; unfinished debrief flags a claim 虚张声势/属实: $("$KATA" debrief "$W/live.jsonl" | grep -v 隐藏 | grep -c -e 虚张声势 -e 属实) lines, zopa_exists in JSON: $("$KATA" debrief "$W/live.jsonl" --json | grep -c zopa_exists); scenario list mentions ZOPA: $("$KATA" scenario list | grep -ci zopa)"

python3 - "$W" <<'PY'
import sys
w = sys.argv[1]
lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
for i in range(1, 10):
    p = f"*a{i-1}"
    lines.append(f"a{i}: &a{i} {{ {p} : {p}, k: [{p}, {p}, {p}] }}")
open(f"{w}/bomb.yaml", "w").write("\n".join(lines) + "\n")
open(f"{w}/ifs.txt", "w").write("如果，" * 200 + "\n" + "如果，" * 166 + "\n")
open(f"{w}/bigname.yaml", "w").write(open("scenarios/tutorial.yaml").read().replace("name: {zh: 年度返利", "name: {zh: " + "名" * 20_000_000, 1))
PY
row "5 alias-key bomb ($(wc -c < "$W/bomb.yaml") bytes), check" "$(secs "$KATA" scenario check "$W/bomb.yaml")"
row "5 600- and 498-character 如果， lines" "$(secs "$KATA" play carrefour-annual --script "$W/ifs.txt" --out "$W/ifs.jsonl")"
row "5 20 MB term name, play" "$("$KATA" play "$W/bigname.yaml" --script /dev/null --out "$W/n.jsonl" 2>&1 | wc -c) bytes printed, exit $("$KATA" play "$W/bigname.yaml" --script /dev/null --out "$W/n.jsonl" >/dev/null 2>&1; echo $?): $("$KATA" play "$W/bigname.yaml" --script /dev/null --out "$W/n.jsonl" 2>&1 | head -1 | sed "s|$W/||")"
python3 -c "import sys; sys.stdout.write(open('$W/a.jsonl').readline() + '{\"text\":\"' + 'x'*50_000_000 + '\"}\n')" > "$W/fat.jsonl"
row "5 transcript with a 50 MB line, verify" "$(secs "$KATA" verify "$W/fat.jsonl")"
mkdir -p "$W/team"; for i in 1 2 3 4 5; do truncate -s 100M "$W/team/f$i.jsonl"; done; cp transcripts/examples/*.jsonl "$W/team/"
row "5 team with five 100 MB files" "$(secs "$KATA" team "$W/team"); skipped: $("$KATA" team "$W/team" 2>&1 >/dev/null | grep -c 'too large')"

"$KATA" play carrefour-annual --script "$W/moves" --out "$W/a.jsonl" >/dev/null 2>&1; rc=$?
row "6 --out EXISTING" "exit $rc, transcript still $(wc -l < "$W/a.jsonl") lines"
printf 'offer rebate 10%%\r\nhold\r\nhold\r\n' > "$W/crlf"
"$KATA" play carrefour-annual --script "$W/crlf" --out "$W/crlf.jsonl" >/dev/null 2>&1
row "7 CRLF --script of 3 lines" "$(grep -c '"type":"move"' "$W/crlf.jsonl") moves"

printf 'rebate 10%% please \033\007\n' > "$W/esc"
"$KATA" play carrefour-annual --script "$W/esc" --trainee $'eve\e[2J' --out "$W/esc.jsonl" >/dev/null 2>&1
row "8 escapes from a transcript" "raw ESC/BEL bytes printed by replay/debrief/team: $( { "$KATA" replay "$W/esc.jsonl"; "$KATA" debrief "$W/esc.jsonl"; "$KATA" team "$W/esc.jsonl"; } 2>&1 | NO_COLOR=1 tr -cd '\007' | wc -c) BEL (colour off: $(NO_COLOR=1 "$KATA" debrief "$W/esc.jsonl" | tr -cd '\033' | wc -c) ESC)"
cp scenarios/tutorial.yaml "$W/mine.yaml"; sed -i 's/^id: tutorial/id: mine-x/' "$W/mine.yaml"
"$KATA" play "$W/mine.yaml" --script /dev/null --out "$W/p.jsonl" >/dev/null 2>&1
printf 'secret: hunter2\n[' > "$W/mine.yaml"
row "8 recorded scenario path now another file" "debrief → $("$KATA" debrief "$W/p.jsonl" >/dev/null 2>&1; echo $?), echoes the file: $("$KATA" debrief "$W/p.jsonl" 2>&1 | grep -c hunter2)"
python3 -c "open('$W/v.yaml','w').write('kata: 1\nlanguage: ' + 'v'*15000 + '\n')"
row "8 a 15,000-character value in an error" "$("$KATA" scenario check "$W/v.yaml" 2>&1 | wc -c) bytes of errors"
printf 'kata: 1\ntitle: caf\xe9\n' > "$W/l1.yaml"
row "8 invalid UTF-8" "$("$KATA" scenario check "$W/l1.yaml" 2>&1 | head -1 | sed "s|$W/||")"
row "9 verify says" "$("$KATA" verify transcripts/examples/carrefour-weak.jsonl | sed 's/^[^:]*: //')"
rm -rf "$W"
