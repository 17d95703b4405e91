#!/usr/bin/env python3
"""Kill -9 campaign (issue 10): plays sessions of kata on a pipe, kills the process at a random moment
after a move is sent (half of the kills within 20 ms of Enter), then checks every transcript left
behind: it must verify (a torn last turn is ignored, saying so), hold every turn whose reply was shown,
and resume. Usage: campaign.py KATA [KILLS]"""
import os, random, signal, subprocess, sys, tempfile, time

kata = sys.argv[1]
kills = int(sys.argv[2]) if len(sys.argv) > 2 else 60
moves = ["ask priorities", "offer rebate 10%, payment_days 55", "hold", "cite anniversary_fee", "if dm_slots=8 then rebate=10.5%",
         "challenge", "hold", "返利再让半个点", "hold", "if endcap_fee=65000 then rebate=11%", "hold", "hold"]
folder = tempfile.mkdtemp(prefix="kata-kill-")
random.seed(1)
torn = lost = failed = quick = 0
for run in range(kills):
    path = os.path.join(folder, f"s{run}.jsonl")
    process = subprocess.Popen([kata, "play", "carrefour-annual", "--seed", str(run), "--out", path, "--lang", "en"],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    os.set_blocking(process.stdout.fileno(), False)
    shown = 0
    sent = random.randint(1, len(moves))
    def drain():
        try:
            return process.stdout.read() or b""
        except Exception:
            return b""
    time.sleep(0.15)
    drain()
    for index in range(sent):
        process.stdin.write((moves[index] + "\n").encode()); process.stdin.flush()
        if index < sent - 1:
            time.sleep(0.08)
            if drain():
                shown += 1
    within = run % 2 == 0
    delay = random.uniform(0, 0.02) if within else random.uniform(0.02, 0.3)
    quick += within
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait()
    verify = subprocess.run([kata, "verify", path], capture_output=True, text=True)
    if verify.returncode != 0:
        failed += 1
        print("does not verify:", path, verify.stdout.strip(), verify.stderr.strip())
        continue
    if "was ignored" in verify.stdout:
        torn += 1
    rounds = sum(1 for line in open(path, encoding="utf-8") if '"actor":"trainee"' in line and '"type":"move"' in line)
    if rounds < shown:
        lost += 1
        print(f"lost a shown turn: {path}: {rounds} moves on disk, {shown} replies shown")
    resume = subprocess.run([kata, "resume", path, "--script", "/dev/null"], capture_output=True, text=True)
    again = subprocess.run([kata, "verify", path], capture_output=True, text=True)
    if resume.returncode != 0 or again.returncode != 0:
        failed += 1
        print("resume broke it:", path, resume.stderr.strip(), again.stdout.strip())
print(f"{kills} kills ({quick} within 20 ms of Enter): {kills - failed} transcripts verify and resume, "
      f"{failed} do not; {torn} had a torn last turn that was ignored; {lost} lost a turn that was shown")
sys.exit(1 if failed or lost else 0)
